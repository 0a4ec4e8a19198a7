//! Which sentences without a figure are key statements.
//!
//! A report's point is not only its numbers: a summary that drops the lead never names
//! the report it keeps calling "the report". Besides every sentence that states a
//! figure (and the title and date), extraction keeps:
//!
//! 1. the **lead**: the first sentence of the first body paragraph (what the report is,
//!    who published it, when);
//! 2. sentences that **name a publication**: a verb of publishing ("released",
//!    "merilis", "veröffentlicht", "发布", "発表", "발표") — who said what, where;
//! 3. **firsts and records**: "the first year of", "tahun pertama", "erstmals",
//!    "首次", "初めて", "최초", "record", "过去最高";
//! 4. **trends**: verbs and nouns of change ("grew rapidly", "tumbuh pesat", "stieg",
//!    "hausse", "增长", "増加", "증가", "transform", "bertransformasi", "转型");
//! 5. **figures written as words**: a number word from two to twelve followed by a word
//!    ("three years", "empat tahun", "drei Jahre", "trois ans", "三年", "두 배").
//!
//! The word lists below are this module's own tables, matched case-insensitively on
//! word starts (Latin, Cyrillic) or as substrings (Chinese, Japanese, Korean, which
//! write no spaces). `--all` keeps every sentence instead.

use super::locale::is_cjk;

/// Why a sentence without a figure is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Lead,
    Publication,
    First,
    Trend,
    NumberWord,
}

const PUBLICATION: &[&str] = &[
    "released",
    "publishes",
    "published",
    "issued",
    "announced",
    "merilis",
    "menerbitkan",
    "mengumumkan",
    "dirilis",
    "diterbitkan",
    "veröffentlicht",
    "veröffentlichte",
    "herausgegeben",
    "publie",
    "publié",
    "publiée",
    "a publié",
    "publica",
    "publicó",
    "publicado",
    "presentó",
    "发布",
    "發布",
    "发表",
    "公布",
    "発表",
    "公表",
    "발표",
    "공개",
];

const FIRSTS: &[&str] = &[
    "first",
    "record",
    "pertama",
    "rekor",
    "erste",
    "ersten",
    "erstes",
    "erstmals",
    "rekord",
    "premier",
    "première",
    "primer",
    "primera",
    "récord",
    "historique",
    "histórico",
    "首次",
    "首个",
    "首家",
    "第一",
    "新高",
    "最高",
    "初めて",
    "初の",
    "過去最高",
    "최초",
    "처음",
    "사상 최대",
    "역대",
];

const TRENDS: &[&str] = &[
    // English
    "grew",
    "grow",
    "rose",
    "rise",
    "rising",
    "fell",
    "fall",
    "increas",
    "decreas",
    "declin",
    "expand",
    "accelerat",
    "rapid",
    "transform",
    "shift",
    "surge",
    "slow",
    // Indonesian
    "tumbuh",
    "pertumbuhan",
    "naik",
    "kenaikan",
    "turun",
    "penurunan",
    "meningkat",
    "peningkatan",
    "menurun",
    "pesat",
    "mempercepat",
    "percepatan",
    "bertransformasi",
    "transformasi",
    "berkembang",
    "perkembangan",
    // German
    "stieg",
    "gestiegen",
    "steigen",
    "sank",
    "gesunken",
    "wuchs",
    "gewachsen",
    "wachstum",
    "zugenommen",
    "abgenommen",
    "anstieg",
    "rückgang",
    "verbessert",
    "beschleunigt",
    "wandel",
    "umbau",
    // French
    "hausse",
    "baisse",
    "augment",
    "diminu",
    "croissance",
    "progress",
    "recul",
    "accélér",
    // Spanish
    "aument",
    "disminu",
    "crec",
    "creci",
    "subió",
    "bajó",
    "caída",
    "descenso",
    "aceler",
    "transforma",
    // Chinese, Japanese, Korean
    "增长",
    "增加",
    "下降",
    "上升",
    "减少",
    "提升",
    "转型",
    "加快",
    "快速",
    "迅速",
    "扩大",
    "増加",
    "減少",
    "上昇",
    "低下",
    "拡大",
    "縮小",
    "急増",
    "伸び",
    "증가",
    "감소",
    "상승",
    "하락",
    "확대",
    "급증",
    "성장",
    "전환",
];

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "puluhan", "ratusan", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    "zehn", "zwölf", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "douze",
    "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce",
];

/// Chinese and Japanese numerals followed by a unit ("三年", "两倍", "三つ"), Korean
/// native numerals followed by a space ("두 배", "세 가지").
const CJK_NUMBER_WORDS: &[&str] = &[
    "两年",
    "二年",
    "三年",
    "四年",
    "五年",
    "十年",
    "两倍",
    "三倍",
    "两个",
    "三个",
    "四个",
    "五个",
    "三つ",
    "二つ",
    "3つ",
    "두 배",
    "세 배",
    "두 가지",
    "세 가지",
    "3년간",
];

/// Lowercased words of a sentence (letters only).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has(sentence: &str, ws: &[String], list: &[&str]) -> bool {
    list.iter().any(|entry| {
        if entry.starts_with(is_cjk) || entry.contains(' ') {
            sentence.contains(entry)
        } else {
            ws.iter().any(|w| w.starts_with(entry))
        }
    })
}

/// Why `sentence` is a key statement though it states no figure (`lead`: it is the
/// first sentence of the first body paragraph), or `None`.
pub fn reason(sentence: &str, lead: bool) -> Option<Reason> {
    if lead {
        return Some(Reason::Lead);
    }
    let lower = sentence.to_lowercase();
    let ws = words(sentence);
    if has(&lower, &ws, PUBLICATION) {
        return Some(Reason::Publication);
    }
    if has(&lower, &ws, FIRSTS) {
        return Some(Reason::First);
    }
    if has(&lower, &ws, TRENDS) {
        return Some(Reason::Trend);
    }
    let number_word = ws
        .windows(2)
        .any(|w| NUMBER_WORDS.contains(&w[0].as_str()) && w[1].chars().count() > 2);
    if number_word || CJK_NUMBER_WORDS.iter().any(|w| sentence.contains(w)) {
        return Some(Reason::NumberWord);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons() {
        assert_eq!(reason("Anything at all.", true), Some(Reason::Lead));
        assert_eq!(
            reason("The association released its annual report.", false),
            Some(Reason::Publication)
        );
        assert_eq!(
            reason(
                "tahun 2023 adalah tahun pertama penerapan model besar.",
                false
            ),
            Some(Reason::First)
        );
        assert_eq!(
            reason("Video services grew rapidly.", false),
            Some(Reason::Trend)
        );
        assert_eq!(reason("视频服务快速发展。", false), Some(Reason::Trend));
        assert_eq!(
            reason(
                "Dalam empat tahun terakhir layanan video semakin populer.",
                false
            ),
            Some(Reason::NumberWord)
        );
        assert_eq!(reason("The weather was pleasant.", false), None);
        assert_eq!(reason("Il a dit cela.", false), None);
    }
}
