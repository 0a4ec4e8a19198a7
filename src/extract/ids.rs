//! Names: message ids, variable names and group (section) titles.
//!
//! Reports are often in a language the id reader does not speak, so ids come from a
//! small built-in keyword table (Indonesian and English phrases -> English id words),
//! matched case-insensitively on whole words. Table order is priority order: the more
//! specific subject wins ("petugas layanan pelanggan" before "pelanggan"), so an id
//! depends on the statement's own words, not on its position in the report. A
//! statement no entry matches gets its first content words, ASCII-folded.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::numbers::{count_role, Kind, NumberStyle, Token};

/// A keyword-table row: any of `phrases` gives `id`; `technology` subjects take an
/// "-adoption" suffix when the statement talks about adopting them.
struct Subject {
    phrases: &'static [&'static str],
    id: &'static str,
    technology: bool,
}

const fn subject(phrases: &'static [&'static str], id: &'static str) -> Subject {
    Subject {
        phrases,
        id,
        technology: false,
    }
}

const fn technology(phrases: &'static [&'static str], id: &'static str) -> Subject {
    Subject {
        phrases,
        id,
        technology: true,
    }
}

/// Subject keywords, most specific first.
const SUBJECTS: &[Subject] = &[
    subject(
        &[
            "pusat perbankan jarak jauh",
            "remote banking center",
            "remote banking centers",
            "远程银行",
            "遠隔銀行",
        ],
        "remote-banking-centers",
    ),
    subject(
        &[
            "petugas layanan pelanggan",
            "staf layanan pelanggan",
            "customer service staff",
            "customer service agents",
            "客服从业人员",
            "客服人员",
            "坐席人员",
        ],
        "customer-service-staff",
    ),
    subject(
        &[
            "panggilan masuk",
            "inbound calls",
            "incoming calls",
            "来电",
            "呼入",
        ],
        "inbound-calls",
    ),
    subject(
        &[
            "tingkat penyelesaian",
            "tingkat jawab",
            "answer rate",
            "completion rate",
            "接通率",
        ],
        "answer-rate",
    ),
    subject(
        &[
            "kepuasan pelanggan",
            "kepuasan nasabah",
            "customer satisfaction",
            "满意度",
            "満足度",
            "만족도",
        ],
        "customer-satisfaction",
    ),
    subject(
        &[
            "layanan untuk lansia",
            "layanan lansia",
            "elderly services",
            "services for the elderly",
        ],
        "elderly-services",
    ),
    technology(
        &[
            "model besar",
            "large model",
            "large models",
            "llm",
            "大模型",
            "大規模言語モデル",
        ],
        "large-model",
    ),
    technology(&["pemrosesan data", "data processing"], "data-processing"),
    technology(
        &["dasbor data", "data dashboard", "data dashboards"],
        "data-dashboard",
    ),
    technology(
        &["database vektor", "basis data vektor", "vector database"],
        "vector-database",
    ),
    technology(
        &["data tidak terstruktur", "unstructured data"],
        "unstructured-data",
    ),
    technology(&["kecerdasan buatan", "artificial intelligence"], "ai"),
    subject(
        &[
            "menyediakan layanan",
            "saluran layanan",
            "service channels",
            "provide services",
        ],
        "service-channels",
    ),
    subject(
        &[
            "layanan video",
            "video service",
            "video services",
            "视频客服",
            "视频服务",
        ],
        "video-services",
    ),
    subject(
        &[
            "pengalaman pelanggan",
            "customer experience",
            "客户体验",
            "顧客体験",
        ],
        "customer-experience",
    ),
    subject(
        &[
            "bertransformasi",
            "transformasi",
            "transformation",
            "transform",
            "转型",
        ],
        "transformation",
    ),
    subject(&["lansia", "lanjut usia", "elderly"], "elderly"),
    subject(&["kepuasan", "satisfaction"], "satisfaction"),
    subject(
        &["petugas", "staf", "staff", "karyawan", "employees"],
        "staff",
    ),
    subject(&["panggilan", "calls"], "calls"),
    subject(&["wechat"], "wechat"),
    subject(
        &[
            "pusat layanan pelanggan",
            "customer service centers",
            "customer service center",
            "客服中心",
        ],
        "customer-service-centers",
    ),
    // Common report subjects in every language, after the survey's own (so those win).
    subject(
        &[
            "net profit",
            "net income",
            "profit before tax",
            "laba bersih",
            "laba",
            "vorsteuergewinn",
            "gewinn",
            "bénéfice net",
            "bénéfice",
            "beneficio",
            "净利润",
            "純利益",
            "순이익",
        ],
        "net-profit",
    ),
    subject(
        &[
            "revenue",
            "total income",
            "pendapatan",
            "erträge",
            "produit net bancaire",
            "ingresos",
            "营业收入",
            "経常収益",
            "매출",
        ],
        "revenue",
    ),
    subject(
        &[
            "non performing",
            "npl",
            "kredit bermasalah",
            "morosidad",
            "不良贷款",
            "不良債権",
            "연체율",
        ],
        "non-performing-loans",
    ),
    subject(
        &[
            "capital ratio",
            "cet1",
            "kernkapitalquote",
            "kecukupan modal",
            "自己資本比率",
            "资本充足率",
        ],
        "capital-ratio",
    ),
    subject(
        &[
            "bank rate",
            "bi rate",
            "interest rate",
            "suku bunga",
            "leitzins",
            "taux",
            "tipo de interés",
            "euríbor",
            "基准利率",
            "기준금리",
            "금리",
        ],
        "interest-rate",
    ),
    subject(
        &[
            "inflation",
            "inflasi",
            "inflación",
            "cpi",
            "物价",
            "物価",
            "물가",
        ],
        "inflation",
    ),
    subject(
        &[
            "deposits",
            "dpk",
            "dana pihak ketiga",
            "einlagen",
            "dépôts",
            "depósitos",
            "存款",
            "預金",
            "예금",
        ],
        "deposits",
    ),
    subject(
        &[
            "loans",
            "lending",
            "kredit",
            "kreditvolumen",
            "crédits",
            "crédit",
            "crédito",
            "贷款",
            "貸出",
            "대출",
        ],
        "loans",
    ),
    subject(
        &[
            "branches",
            "kantor cabang",
            "zweigstellen",
            "filialen",
            "agences",
            "oficinas",
            "网点",
            "店舗",
            "점포",
        ],
        "branches",
    ),
];

/// Words that mark adoption of a technology subject.
const ADOPTION: &[&str] = &[
    "penerapan",
    "menerapkan",
    "diterapkan",
    "menjajaki",
    "adopsi",
    "adoption",
    "adopt",
    "adopted",
    "deploy",
    "deployed",
    "deployment",
    "apply",
    "applied",
    "应用",
    "部署",
    "探索",
    "導入",
    "도입",
];

/// Topic keywords that name a figure after what follows it ("94% ... layanan APP").
const TOPICS: &[(&[&str], &str)] = &[
    (
        &["dasbor data", "data dashboard", "dasbor", "dashboard"],
        "dashboard",
    ),
    (
        &["data tidak terstruktur", "unstructured data"],
        "unstructured-data",
    ),
    (
        &["database vektor", "basis data vektor", "vector database"],
        "vector-database",
    ),
    (&["app", "aplikasi", "mobile app"], "app"),
    (&["wechat"], "wechat"),
    (&["weibo"], "weibo"),
    (&["sms"], "sms"),
    (&["email", "e mail", "surel"], "email"),
    (&["video"], "video"),
    (&["online", "daring"], "online"),
    (
        &[
            "mengidentifikasi",
            "identifikasi",
            "identify",
            "identification",
        ],
        "auto-identify",
    ),
    (&["prioritas manual", "manual priority"], "manual-priority"),
    (&["model besar", "large model"], "large-model"),
    (&["kecerdasan buatan", "artificial intelligence"], "ai"),
];

const CHANGE_WORDS: &[&str] = &[
    "turun",
    "naik",
    "meningkat",
    "menurun",
    "bertambah",
    "berkurang",
    "tumbuh",
    "melonjak",
    "merosot",
    "anjlok",
    "kenaikan",
    "penurunan",
    "pertumbuhan",
    "increase",
    "increased",
    "increases",
    "decrease",
    "decreased",
    "decreases",
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "grew",
    "grow",
    "grows",
    "growth",
    "up",
    "down",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "gained",
    "gain",
    "stieg",
    "gestiegen",
    "sank",
    "gesunken",
    "anstieg",
    "rückgang",
    "hausse",
    "baisse",
    "augmenté",
    "diminué",
    "recul",
    "aumentó",
    "disminuyó",
    "subió",
    "bajó",
    "creció",
    "aumento",
    "caída",
    "aumentato",
    "diminuito",
    "crescita",
    "calo",
    "aumentou",
    "diminuiu",
    "cresceu",
    "caiu",
    "queda",
    "вырос",
    "выросла",
    "снизился",
    "снизилась",
    "рост",
    "снижение",
];

const THRESHOLDS: &[&str] = &[
    "lebih tinggi dari",
    "lebih tinggi daripada",
    "lebih rendah dari",
    "lebih dari",
    "kurang dari",
    "di atas",
    "di bawah",
    "higher than",
    "lower than",
    "more than",
    "less than",
    "above",
    "below",
    "over",
    "under",
];

const SATISFACTION: &[&str] = &[
    "kepuasan",
    "satisfaction",
    "zufriedenheit",
    "satisfacción",
    "soddisfazione",
    "satisfação",
];
const RATE: &[&str] = &[
    "tingkat", "rasio", "rate", "ratio", "quote", "taux", "tasa", "tasso", "taxa",
];

const STOP_WORDS: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "dalam",
    "ini",
    "itu",
    "tersebut",
    "adalah",
    "telah",
    "akan",
    "sebesar",
    "menurut",
    "tahun",
    "bahwa",
    "oleh",
    "sebagai",
    "juga",
    "secara",
    "atau",
    "serta",
    "para",
    "hal",
    "sudah",
    "masih",
    "lebih",
    "tidak",
    "ada",
    "terdapat",
    "mencapai",
    "sepanjang",
    "selama",
    "setiap",
    "seluruh",
    "jumlah",
    "rata",
    "persen",
    "sekitar",
    "hingga",
    "sampai",
    "sejak",
    "antara",
    "bagi",
    "karena",
    "namun",
    "tetapi",
    "akhir",
    "awal",
    "saat",
    "sama",
    "laporan",
    "statistik",
    "lengkap",
    "yaitu",
    "seperti",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "to",
    "and",
    "or",
    "for",
    "with",
    "by",
    "from",
    "at",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "percent",
    "year",
    "according",
    "report",
    "per",
    "der",
    "die",
    "das",
    "und",
    "le",
    "la",
    "les",
    "des",
    "et",
    "el",
    "los",
    "las",
    "y",
    "il",
    "e",
    "o",
    "os",
    "as",
];

/// Lowercase words (alphanumeric runs) with their byte offsets.
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text[s..].to_lowercase()));
    }
    out
}

/// Index of the first word where `phrase` (whole words) occurs. A Chinese, Japanese or
/// Korean phrase (written without spaces) may occur inside a word.
fn find_phrase(ws: &[(usize, String)], phrase: &str) -> Option<usize> {
    if phrase.starts_with(super::locale::is_cjk) {
        return ws.iter().position(|(_, w)| w.contains(phrase));
    }
    let p: Vec<String> = words(phrase).into_iter().map(|(_, w)| w).collect();
    if p.is_empty() || p.len() > ws.len() {
        return None;
    }
    (0..=ws.len() - p.len()).find(|&i| p.iter().zip(&ws[i..]).all(|(a, (_, b))| a == b))
}

fn has_any(ws: &[(usize, String)], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| find_phrase(ws, p).is_some())
}

/// Folds Latin letters with diacritics to ASCII and drops everything else.
pub fn ascii_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let folded = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'æ' => "ae",
            'Æ' => "AE",
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
            'Ç' | 'Ć' | 'Č' => "C",
            'ď' | 'đ' => "d",
            'Ď' | 'Đ' => "D",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
            'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
            'Ł' | 'Ľ' => "L",
            'ñ' | 'ń' | 'ň' | 'ņ' => "n",
            'Ñ' | 'Ń' | 'Ň' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
            'œ' => "oe",
            'Œ' => "OE",
            'ŕ' | 'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' | 'Ÿ' => "Y",
            'ź' | 'ż' | 'ž' => "z",
            'Ź' | 'Ż' | 'Ž' => "Z",
            _ if c.is_whitespace() => " ",
            _ => "",
        };
        out.push_str(folded);
    }
    out
}

/// The id a statement's words give, before making it unique.
pub fn base_id(text: &str) -> String {
    let ws = words(text);
    if let Some(s) = SUBJECTS.iter().find(|s| has_any(&ws, s.phrases)) {
        if s.technology && has_any(&ws, ADOPTION) {
            return format!("{}-adoption", s.id);
        }
        return s.id.to_string();
    }
    fallback_id(&ws)
}

fn fallback_id(ws: &[(usize, String)]) -> String {
    let content: Vec<String> = ws
        .iter()
        .map(|(_, w)| ascii_fold(w).to_ascii_lowercase())
        .filter(|w| {
            w.len() >= 3
                && w.starts_with(|c: char| c.is_ascii_alphabetic())
                && !STOP_WORDS.contains(&w.as_str())
        })
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .take(20)
                .collect()
        })
        .take(3)
        .collect();
    if content.is_empty() {
        "statement".to_string()
    } else {
        content.join("-")
    }
}

/// The figure topic: the first topic keyword between `from` and `to` in `text`.
pub fn topic(text: &str) -> Option<&'static str> {
    let ws = words(text);
    TOPICS
        .iter()
        .filter_map(|(phrases, name)| {
            phrases
                .iter()
                .filter_map(|p| find_phrase(&ws, p))
                .min()
                .map(|i| (i, *name))
        })
        .min_by_key(|(i, _)| *i)
        .map(|(_, name)| name)
}

/// The role of a figure from the words around it: `points`, `change`, `threshold`,
/// `satisfaction`, `rate`, `share` for percentages, or a count noun role (the noun
/// after the number, else the nearest one before it: "Staff fell to 41,700").
/// `before` is the text since the previous figure, `head` the whole statement before
/// the figure, `after` the rest of the statement.
pub fn role(before: &str, head: &str, token: &Token, after: &str) -> &'static str {
    if token.kind == Kind::Points {
        return "points";
    }
    // The words right before the figure, within its clause.
    let near_start = before.rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let near = words(&before[near_start..]);
    let tail: Vec<&str> = near.iter().rev().take(3).map(|(_, w)| w.as_str()).collect();
    if tail.iter().any(|w| CHANGE_WORDS.contains(w)) {
        return "change";
    }
    if token.style == NumberStyle::Percent {
        let near_text: Vec<&str> = near.iter().map(|(_, w)| w.as_str()).collect();
        let near_text = near_text.join(" ");
        if THRESHOLDS.iter().any(|t| near_text.ends_with(t)) {
            return "threshold";
        }
        let ws = words(before);
        if has_any(&ws, SATISFACTION) {
            return "satisfaction";
        }
        if has_any(&ws, RATE) {
            return "rate";
        }
        return "share";
    }
    if token.currency.is_some() {
        return "amount";
    }
    count_role(after)
        .or_else(|| words(head).iter().rev().find_map(|(_, w)| count_role(w)))
        .unwrap_or("count")
}

/// Variable names for the figures of one statement: the role when it is unique in the
/// statement, else the topic ("app", "wechat"), else the role with a number suffix.
pub fn variable_names(roles: &[&'static str], topics: &[Option<&'static str>]) -> Vec<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for r in roles {
        *counts.entry(r).or_default() += 1;
    }
    let wanted: Vec<&str> = roles
        .iter()
        .zip(topics)
        .map(|(r, t)| match (counts.get(r).copied().unwrap_or(0), t) {
            (n, Some(t)) if n > 1 => *t,
            _ => *r,
        })
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    wanted
        .iter()
        .map(|w| {
            let n = seen.entry(w).or_default();
            *n += 1;
            if *n == 1 {
                w.to_string()
            } else {
                format!("{w}{n}")
            }
        })
        .collect()
}

/// Makes ids unique. Colliding ids are first qualified by the topic of their first
/// figure ("service-channels-app", "service-channels-email"), which does not depend
/// on order; ids still colliding get `-2`, `-3` in document order. `reserved` ids
/// (`report-title`, `report-date`, ids kept by a merge) are never reused.
pub fn unique_ids(
    bases: &[String],
    qualifiers: &[Option<&'static str>],
    reserved: &HashSet<String>,
) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for b in bases {
        *counts.entry(b.as_str()).or_default() += 1;
    }
    let qualified: Vec<String> = bases
        .iter()
        .zip(qualifiers)
        .map(|(b, q)| match q {
            Some(q) if counts.get(b.as_str()).copied().unwrap_or(0) > 1 || reserved.contains(b) => {
                format!("{b}-{q}")
            }
            _ => b.clone(),
        })
        .collect();
    let mut used: HashSet<String> = reserved.clone();
    qualified
        .into_iter()
        .map(|id| {
            let mut candidate = id.clone();
            let mut n = 1;
            while used.contains(&candidate) {
                n += 1;
                candidate = format!("{id}-{n}");
            }
            used.insert(candidate.clone());
            candidate
        })
        .collect()
}

/// Phrases that open a paragraph with its topic: "Dalam hal X, ...".
const LEADS: &[&str] = &[
    "dalam hal",
    "di bidang",
    "terkait",
    "mengenai",
    "dari segi",
    "dari sisi",
    "in terms of",
    "regarding",
    "as for",
    "in the area of",
    "im bereich",
    "en matière de",
    "en ce qui concerne",
    "en cuanto a",
    "en materia de",
    "in termini di",
    "per quanto riguarda",
    "em termos de",
    "no que diz respeito a",
];

/// Section keywords -> English section titles, most specific first.
const SECTIONS: &[(&[&str], &str)] = &[
    (&["pemrosesan data", "data processing"], "data processing"),
    (
        &["pembiayaan pensiun", "keuangan pensiun", "pension finance"],
        "pension finance",
    ),
    (
        &["keuangan inklusif", "inclusive finance"],
        "inclusive finance",
    ),
    (&["keuangan digital", "digital finance"], "digital finance"),
    (&["manajemen risiko", "risk management"], "risk management"),
    (
        &["perlindungan konsumen", "consumer protection"],
        "consumer protection",
    ),
    (
        &["bertransformasi", "transformasi", "transformation"],
        "transformation",
    ),
    (
        &["model besar", "large model", "large models"],
        "large models",
    ),
    (
        &["kecerdasan buatan", "artificial intelligence"],
        "artificial intelligence",
    ),
    (
        &["menyediakan layanan", "saluran layanan", "service channels"],
        "service channels",
    ),
    (
        &["pengalaman pelanggan", "customer experience"],
        "customer experience",
    ),
    (&["lansia", "lanjut usia", "elderly"], "elderly services"),
];

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn translate_section(phrase: &str) -> Option<&'static str> {
    let target: Vec<String> = words(phrase).into_iter().map(|(_, w)| w).collect();
    SECTIONS
        .iter()
        .find(|(ps, _)| {
            ps.iter().any(|p| {
                let pw: Vec<String> = words(p).into_iter().map(|(_, w)| w).collect();
                pw == target
            })
        })
        .map(|(_, t)| *t)
}

/// The section title of a paragraph: its heading line, else its lead phrase
/// ("Dalam hal pembiayaan pensiun dan keuangan inklusif," -> "Pension finance and
/// inclusive finance"), else the first section keyword it mentions, else
/// "Section N" (N = the paragraph's number in the report).
pub fn group_title(paragraph: &str, heading: Option<&str>, number: usize) -> String {
    if let Some(h) = heading {
        return h.trim().to_string();
    }
    for lead in LEADS {
        let n = lead.chars().count();
        let head_end = paragraph
            .char_indices()
            .nth(n)
            .map_or(paragraph.len(), |(i, _)| i);
        if paragraph[..head_end].to_lowercase() != *lead {
            continue;
        }
        let rest = &paragraph[head_end..];
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let Some(end) = rest.find([',', '.', ';', ':']) else {
            continue;
        };
        let original = rest[..end].trim();
        if original.is_empty() || original.split_whitespace().count() > 8 {
            continue;
        }
        let parts: Vec<&str> = original
            .split([','])
            .flat_map(|p| p.split(" dan "))
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let translated: Option<Vec<&str>> = parts.iter().map(|p| translate_section(p)).collect();
        return match translated {
            Some(t) if !t.is_empty() => capitalize(&t.join(" and ")),
            _ => capitalize(original),
        };
    }
    let ws = words(paragraph);
    if let Some((_, title)) = SECTIONS.iter().find(|(ps, _)| has_any(&ws, ps)) {
        return capitalize(title);
    }
    format!("Section {number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_the_keyword_table() {
        assert_eq!(
            base_id(
                "29% pusat layanan pelanggan telah mulai menjajaki penerapan teknologi model besar"
            ),
            "large-model-adoption"
        );
        assert_eq!(
            base_id("terdapat 41,700 petugas layanan pelanggan"),
            "customer-service-staff"
        );
        assert_eq!(
            base_id("723 juta panggilan masuk diproses"),
            "inbound-calls"
        );
        assert_eq!(
            base_id("Rata-rata tingkat penyelesaian panggilan mencapai 92,88%"),
            "answer-rate"
        );
        assert_eq!(
            base_id("31 pusat telah diubah namanya menjadi pusat perbankan jarak jauh"),
            "remote-banking-centers"
        );
        assert_eq!(base_id("60% have a data dashboard"), "data-dashboard");
        assert_eq!(base_id("Lanjut usia 5%"), "elderly");
    }

    #[test]
    fn fallback_ids_are_ascii_kebab() {
        assert_eq!(
            base_id("Die Größe der Häuser stieg um 5%"),
            "grosse-hauser-stieg"
        );
        assert_eq!(base_id("增长了5%"), "statement");
        assert_eq!(ascii_fold("Çà été Łódź"), "Ca ete Lodz");
    }

    #[test]
    fn unique_ids_qualify_then_number() {
        let bases = vec![
            "service-channels".to_string(),
            "service-channels".to_string(),
            "x".into(),
            "x".into(),
        ];
        let q = vec![Some("app"), Some("email"), None, None];
        let reserved: HashSet<String> = ["report-title".to_string()].into();
        assert_eq!(
            unique_ids(&bases, &q, &reserved),
            ["service-channels-app", "service-channels-email", "x", "x-2"]
        );
    }

    #[test]
    fn variable_names_prefer_roles_then_topics() {
        assert_eq!(
            variable_names(&["staff", "change"], &[None, None]),
            ["staff", "change"]
        );
        assert_eq!(
            variable_names(
                &["share", "share", "share"],
                &[Some("app"), Some("wechat"), None]
            ),
            ["app", "wechat", "share"]
        );
        assert_eq!(
            variable_names(&["share", "share"], &[None, None]),
            ["share", "share2"]
        );
        assert_eq!(
            variable_names(&["share", "share"], &[Some("video"), Some("video")]),
            ["video", "video2"]
        );
    }

    #[test]
    fn topics_are_the_first_keyword() {
        assert_eq!(topic(" akan menyediakan layanan APP, "), Some("app"));
        assert_eq!(
            topic(" telah menerapkan database vektor untuk Skenario"),
            Some("vector-database")
        );
        assert_eq!(topic(" pusat layanan"), None);
    }

    #[test]
    fn group_titles() {
        assert_eq!(
            group_title("Dalam hal pemrosesan data, menurut statistik", None, 3),
            "Data processing"
        );
        assert_eq!(
            group_title(
                "Dalam hal pembiayaan pensiun dan keuangan inklusif, pada tahun 2023",
                None,
                6
            ),
            "Pension finance and inclusive finance"
        );
        assert_eq!(
            group_title("Dalam hal tata kelola, naik 5%.", None, 2),
            "Tata kelola"
        );
        assert_eq!(
            group_title("Tidak ada kata kunci 5%.", None, 4),
            "Section 4"
        );
        assert_eq!(group_title("x", Some("Ringkasan"), 1), "Ringkasan");
    }
}
