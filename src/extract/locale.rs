//! Per-locale number conventions used to read figures.
//!
//! The separator table mirrors CLDR numbers data (`numbers/symbols-numberSystem-latn`:
//! `group` and `decimal`) for the locales listed in [`CONVENTIONS`]; a test checks every
//! row against ICU4X's CLDR data, so the copy cannot drift. Scale words are CLDR's
//! compact-number words ([`super::cldr::compact_words`]) plus the documented table of
//! each row (inflected and unabbreviated forms CLDR does not list). Percent words,
//! percentage-point phrases, month names, currencies and time words are this module's
//! own tables: they only help decide what a number is, never how it is formatted
//! (formatting is left to `NUMBER()` in the Fluent runtime).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

use unic_langid::LanguageIdentifier;

use super::cldr::{self, ScaleWord};

/// Separators and vocabulary for reading numbers written in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conventions {
    /// Locale tag of the table row (`id`, `de-CH`, ...).
    pub tag: &'static str,
    /// CLDR `group` symbol (thousands separator).
    pub group: char,
    /// CLDR `decimal` symbol.
    pub decimal: char,
    /// Scale words with their power of ten, e.g. `("juta", 6)`; longest first.
    pub scales: &'static [(&'static str, u32)],
    /// Words that mean "percent" after a number (`persen`).
    pub percent_words: &'static [&'static str],
    /// Phrases that mean "percentage points" after a number (`poin persentase`).
    pub point_words: &'static [&'static str],
    /// Month names, used to tell dates ("22 Juli") from figures.
    pub months: &'static [&'static str],
}

impl Conventions {
    /// True when the locale groups thousands with a space-like character
    /// (fr, ru, pl, ...): then U+00A0, U+202F, U+2009 and a plain space all group.
    pub fn groups_with_space(&self) -> bool {
        is_space_like(self.group)
    }

    /// True when `c` groups thousands in this locale.
    pub fn is_group(&self, c: char) -> bool {
        c == self.group
            || (self.groups_with_space() && is_space_like(c))
            || (is_apostrophe(self.group) && is_apostrophe(c))
    }

    /// Human name of a separator for messages.
    pub fn describe(c: char) -> &'static str {
        match c {
            '.' => "'.'",
            ',' => "','",
            '\'' | '\u{2019}' => "an apostrophe",
            _ if is_space_like(c) => "a space",
            _ => "a separator",
        }
    }
}

/// Han, Kana, Hangul and CJK punctuation: scripts that write no spaces between a number
/// and its unit ("5%", "31家", "2兆5495億円", "31개"), so a digit touching them is
/// never part of an identifier.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3130..=0x318F
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0xFF65..=0xFF9F)
}

/// Space characters that CLDR locales use to group digits.
pub fn is_space_like(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

const ID_SCALES: &[(&str, u32)] = &[
    ("triliun", 12),
    ("miliar", 9),
    ("milyar", 9),
    ("juta", 6),
    ("ribu", 3),
];
const MS_SCALES: &[(&str, u32)] = &[("trilion", 12), ("bilion", 9), ("juta", 6), ("ribu", 3)];
const EN_SCALES: &[(&str, u32)] = EN_EXTRA_SCALES;
const DE_SCALES: &[(&str, u32)] = &[
    ("milliarden", 9),
    ("mrd.", 9),
    ("mio.", 6),
    ("milliarde", 9),
    ("millionen", 6),
    ("billionen", 12),
    ("million", 6),
    ("billion", 12),
    ("tausend", 3),
    ("mrd", 9),
    ("mio", 6),
];
const FR_SCALES: &[(&str, u32)] = &[
    ("milliards", 9),
    ("milliard", 9),
    ("millions", 6),
    ("billions", 12),
    ("million", 6),
    ("billion", 12),
    ("mille", 3),
    ("mds", 9),
    ("md", 9),
];
const ES_SCALES: &[(&str, u32)] = &[
    ("mil millones", 9),
    ("millones", 6),
    ("billones", 12),
    ("millón", 6),
    ("billón", 12),
    ("mil", 3),
];
const IT_SCALES: &[(&str, u32)] = &[
    ("miliardi", 9),
    ("miliardo", 9),
    ("milioni", 6),
    ("milione", 6),
    ("mila", 3),
    ("mille", 3),
];
const PT_SCALES: &[(&str, u32)] = &[
    ("bilhões", 9),
    ("trilhões", 12),
    ("milhões", 6),
    ("bilhão", 9),
    ("trilhão", 12),
    ("milhão", 6),
    ("mil", 3),
];
const PT_PT_SCALES: &[(&str, u32)] = &[
    ("mil milhões", 9),
    ("milhões", 6),
    ("milhão", 6),
    ("mil", 3),
];
const RU_SCALES: &[(&str, u32)] = &[
    ("миллиардов", 9),
    ("миллиарда", 9),
    ("миллиард", 9),
    ("миллионов", 6),
    ("миллиона", 6),
    ("миллион", 6),
    ("тысячи", 3),
    ("тысяча", 3),
    ("тысяч", 3),
    ("млрд", 9),
    ("млн", 6),
    ("тыс", 3),
];
/// Chinese, Japanese and Korean scale characters. CLDR's compact data gives 万, 亿/億,
/// 兆/万亿 and 만, 억, 조; the rest are the multipliers they combine with ("千万" = 10^7,
/// "百万円", "5천억") and the characters of the other CJK languages that Chinese and
/// Japanese reports quote.
const ZH_SCALES: &[(&str, u32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
    ("千", 3),
    ("百", 2),
    ("十", 1),
];
const JA_SCALES: &[(&str, u32)] = &[("兆", 12), ("億", 8), ("万", 4), ("千", 3), ("百", 2)];
const KO_SCALES: &[(&str, u32)] = &[("조", 12), ("억", 8), ("만", 4), ("천", 3), ("백", 2)];
const NL_SCALES: &[(&str, u32)] = &[("miljard", 9), ("miljoen", 6), ("duizend", 3)];
const NONE: &[(&str, u32)] = &[];
const EN_EXTRA_SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("trillion", 12),
    ("billion", 9),
    ("million", 6),
    ("bn", 9),
    ("mn", 6),
    ("mln", 6),
];

const ID_MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
const EN_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DE_MONTHS: &[&str] = &[
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];
const FR_MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const ES_MONTHS: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const IT_MONTHS: &[&str] = &[
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];
const PT_MONTHS: &[&str] = &[
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const RU_MONTHS: &[&str] = &[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const NL_MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

macro_rules! row {
    ($tag:expr, $group:expr, $decimal:expr, $scales:expr, $pct:expr, $pts:expr, $months:expr) => {
        Conventions {
            tag: $tag,
            group: $group,
            decimal: $decimal,
            scales: $scales,
            percent_words: $pct,
            point_words: $pts,
            months: $months,
        }
    };
}

const ID_PCT: &[&str] = &["persen"];
const ID_PTS: &[&str] = &["poin persentase", "persen poin"];
const EN_PCT: &[&str] = &["percent", "per cent"];
const EN_PTS: &[&str] = &["percentage points", "percentage point", "pp"];
const DE_PCT: &[&str] = &["prozent"];
const DE_PTS: &[&str] = &["prozentpunkte", "prozentpunkten", "prozentpunkt"];
const FR_PCT: &[&str] = &["pour cent"];
const FR_PTS: &[&str] = &["points de pourcentage", "point de pourcentage"];
const ES_PCT: &[&str] = &["por ciento"];
const ES_PTS: &[&str] = &["puntos porcentuales", "punto porcentual"];
const IT_PCT: &[&str] = &["per cento"];
const IT_PTS: &[&str] = &["punti percentuali", "punto percentuale"];
const PT_PCT: &[&str] = &["por cento"];
const PT_PTS: &[&str] = &["pontos percentuais", "ponto percentual"];
const RU_PCT: &[&str] = &["процентов", "процента", "процент"];
const RU_PTS: &[&str] = &[
    "процентных пункта",
    "процентных пунктов",
    "процентный пункт",
];
const NL_PCT: &[&str] = &["procent"];
const NL_PTS: &[&str] = &["procentpunten", "procentpunt"];
const MS_PCT: &[&str] = &["peratus"];
const MS_PTS: &[&str] = &["mata peratusan"];
const ZH_PCT: &[&str] = &[];
const ZH_PTS: &[&str] = &["个百分点", "個百分點", "个百分比点", "百分点", "百分點"];
const JA_PCT: &[&str] = &["パーセント"];
const JA_PTS: &[&str] = &["ポイント", "パーセントポイント"];
const KO_PCT: &[&str] = &["퍼센트", "프로"];
const KO_PTS: &[&str] = &["퍼센트포인트", "포인트"];
const NO_WORDS: &[&str] = &[];

/// The supported locales: `(group, decimal)` copied from CLDR, plus vocabulary.
/// Looked up by `language-REGION` first, then by `language`.
pub const CONVENTIONS: &[Conventions] = &[
    row!("id", '.', ',', ID_SCALES, ID_PCT, ID_PTS, ID_MONTHS),
    row!("en", ',', '.', EN_SCALES, EN_PCT, EN_PTS, EN_MONTHS),
    row!("de", '.', ',', DE_SCALES, DE_PCT, DE_PTS, DE_MONTHS),
    row!("de-AT", '\u{00A0}', ',', DE_SCALES, DE_PCT, DE_PTS, DE_MONTHS),
    row!("de-CH", '\'', '.', DE_SCALES, DE_PCT, DE_PTS, DE_MONTHS),
    row!("fr", '\u{202F}', ',', FR_SCALES, FR_PCT, FR_PTS, FR_MONTHS),
    row!("es", '.', ',', ES_SCALES, ES_PCT, ES_PTS, ES_MONTHS),
    row!("es-MX", ',', '.', ES_SCALES, ES_PCT, ES_PTS, ES_MONTHS),
    row!("it", '.', ',', IT_SCALES, IT_PCT, IT_PTS, IT_MONTHS),
    row!("it-CH", '\'', '.', IT_SCALES, IT_PCT, IT_PTS, IT_MONTHS),
    row!("pt", '.', ',', PT_SCALES, PT_PCT, PT_PTS, PT_MONTHS),
    row!(
        "pt-PT",
        '\u{00A0}',
        ',',
        PT_PT_SCALES,
        PT_PCT,
        PT_PTS,
        PT_MONTHS
    ),
    row!("ru", '\u{00A0}', ',', RU_SCALES, RU_PCT, RU_PTS, RU_MONTHS),
    row!("nl", '.', ',', NL_SCALES, NL_PCT, NL_PTS, NL_MONTHS),
    row!("pl", '\u{00A0}', ',', NONE, NO_WORDS, NO_WORDS, NO_WORDS),
    row!("sv", '\u{00A0}', ',', NONE, NO_WORDS, NO_WORDS, NO_WORDS),
    row!("vi", '.', ',', NONE, NO_WORDS, NO_WORDS, NO_WORDS),
    row!("ms", ',', '.', MS_SCALES, MS_PCT, MS_PTS, ID_MONTHS),
    row!("ja", ',', '.', JA_SCALES, JA_PCT, JA_PTS, NO_WORDS),
    row!("zh", ',', '.', ZH_SCALES, ZH_PCT, ZH_PTS, NO_WORDS),
    row!("ko", ',', '.', KO_SCALES, KO_PCT, KO_PTS, NO_WORDS),
];

/// All scale words of a locale, longest first: CLDR's compact words, then the row's own
/// table (matched case-insensitively; CJK characters of other CJK rows too, since a
/// Japanese report quotes 亿 and a Chinese one 兆 only rarely but never as a word).
pub fn scales(conv: &Conventions) -> &'static [ScaleWord] {
    static CELL: OnceLock<HashMap<&'static str, Vec<ScaleWord>>> = OnceLock::new();
    let map = CELL.get_or_init(|| {
        CONVENTIONS
            .iter()
            .map(|c| {
                let mut words = cldr::compact_words(c.tag);
                for (w, e) in c.scales {
                    if !words.iter().any(|x| x.text.to_lowercase() == *w) {
                        words.push(ScaleWord {
                            text: (*w).to_string(),
                            exp: *e,
                            glued_only: false,
                        });
                    }
                }
                // Longest first so "Milliarden" wins over "Mio" and "万亿" over "万".
                words.sort_by(|a, b| {
                    b.text
                        .chars()
                        .count()
                        .cmp(&a.text.chars().count())
                        .then_with(|| a.text.cmp(&b.text))
                });
                (c.tag, words)
            })
            .collect()
    });
    map.get(conv.tag).map_or(&[], Vec::as_slice)
}

/// Currency symbols and codes written before an amount ("Rp8.153,59", "US$ 1.2"), with
/// their ISO 4217 code. Longest first. "$" is read as USD and "¥" as JPY (CNY in a
/// Chinese report): a report naming another dollar writes its prefix ("S$", "HK$").
pub const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("R$", "BRL"),
    ("Rp.", "IDR"),
    ("IDR", "IDR"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("KRW", "KRW"),
    ("CHF", "CHF"),
    ("SGD", "SGD"),
    ("MYR", "MYR"),
    ("Rp", "IDR"),
    ("RM", "MYR"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
];

/// Currency words and codes written after an amount ("2,4 Mrd. Euro", "5亿元").
/// Longest first; matched case-sensitively for codes, case-insensitively for words.
pub const CURRENCY_AFTER: &[(&str, &str)] = &[
    ("dollars américains", "USD"),
    ("dólares estadounidenses", "USD"),
    ("US-Dollar", "USD"),
    ("dolar AS", "USD"),
    ("d’euros", "EUR"),
    ("d'euros", "EUR"),
    ("de euros", "EUR"),
    ("de dólares", "USD"),
    ("de dollars", "USD"),
    ("dollars", "USD"),
    ("dólares", "USD"),
    ("rupiah", "IDR"),
    ("dollar", "USD"),
    ("dolar", "USD"),
    ("euros", "EUR"),
    ("Euro", "EUR"),
    ("euro", "EUR"),
    ("yuan", "CNY"),
    ("yen", "JPY"),
    ("won", "KRW"),
    ("EUR", "EUR"),
    ("USD", "USD"),
    ("IDR", "IDR"),
    ("CNY", "CNY"),
    ("JPY", "JPY"),
    ("KRW", "KRW"),
    ("CHF", "CHF"),
    ("人民币", "CNY"),
    ("美元", "USD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("ドル", "USD"),
    ("ユーロ", "EUR"),
    ("달러", "USD"),
    ("유로", "EUR"),
    ("€", "EUR"),
    ("$", "USD"),
    ("円", "JPY"),
    ("元", "CNY"),
    ("원", "KRW"),
];

/// Words after a number that make it a time of day ("14.30 Uhr", "10.00 WIB").
pub const TIME_WORDS: &[&str] = &[
    "uhr", "wib", "wita", "wit", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "cet", "cest", "heures",
    "heure", "horas", "hrs", "h", "时", "時", "시",
];

/// The English row, used as the fallback for unsupported locales.
pub fn english() -> &'static Conventions {
    &CONVENTIONS[1]
}

/// Why a locale string could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleProblem {
    /// Not a BCP 47 language identifier.
    Invalid(String),
    /// Well formed, but no row in [`CONVENTIONS`].
    Unsupported,
}

/// Resolves a locale string (`id`, `id-ID`, `de_CH`) to its canonical tag and row.
pub fn lookup(locale: &str) -> Result<(String, &'static Conventions), LocaleProblem> {
    let langid = LanguageIdentifier::from_str(locale.trim())
        .map_err(|e| LocaleProblem::Invalid(e.to_string()))?;
    let canonical = langid.to_string();
    let language = langid.language.as_str();
    if language == "und" {
        return Err(LocaleProblem::Invalid("no language subtag".to_string()));
    }
    let with_region = langid
        .region
        .map(|r| format!("{language}-{}", r.as_str()))
        .unwrap_or_default();
    let row = CONVENTIONS
        .iter()
        .find(|c| c.tag == with_region)
        .or_else(|| CONVENTIONS.iter().find(|c| c.tag == language))
        .ok_or(LocaleProblem::Unsupported)?;
    Ok((canonical, row))
}

/// Comma-separated list of supported tags, for error messages.
pub fn supported_tags() -> String {
    CONVENTIONS
        .iter()
        .map(|c| c.tag)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_separators_for_required_locales() {
        let sep = |l: &str| {
            let (_, c) = lookup(l).expect("supported");
            (c.group, c.decimal)
        };
        assert_eq!(sep("id"), ('.', ','));
        assert_eq!(sep("en"), (',', '.'));
        assert_eq!(sep("de"), ('.', ','));
        assert_eq!(sep("fr"), ('\u{202F}', ','));
        assert_eq!(sep("es"), ('.', ','));
        assert_eq!(sep("it"), ('.', ','));
        assert_eq!(sep("pt"), ('.', ','));
        assert_eq!(sep("ru"), ('\u{00A0}', ','));
    }

    /// Every row's separators are CLDR's, as ICU4X formats them.
    #[test]
    fn separators_match_icu4x_cldr_data() {
        use icu_decimal::input::Decimal;
        use icu_decimal::DecimalFormatter;
        for row in CONVENTIONS {
            let locale: icu_locale_core::Locale = row.tag.parse().expect("tag");
            let f = DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("decimal data");
            let value: Decimal = "1234567.5".parse().expect("decimal");
            let text = f.format(&value).to_string();
            let seps: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
            assert_eq!(
                (seps.first().copied(), seps.last().copied()),
                (Some(row.group), Some(row.decimal)),
                "{}: ICU4X formats {text}",
                row.tag
            );
        }
    }

    #[test]
    fn scale_words_merge_cldr_and_own_tables() {
        let (_, de) = lookup("de").expect("de");
        let words: Vec<(&str, u32)> = scales(de)
            .iter()
            .map(|w| (w.text.as_str(), w.exp))
            .collect();
        assert!(words.contains(&("Mrd.", 9)) && words.contains(&("Milliarden", 9)));
        assert!(words.contains(&("mrd", 9)));
        let (_, zh) = lookup("zh").expect("zh");
        assert!(scales(zh).iter().any(|w| w.text == "亿" && w.exp == 8));
    }

    #[test]
    fn region_rows_win_and_underscores_parse() {
        assert_eq!(lookup("de_CH").map(|(_, c)| c.tag), Ok("de-CH"));
        assert_eq!(
            lookup("id-ID").map(|(t, c)| (t, c.tag)),
            Ok(("id-ID".into(), "id"))
        );
        assert_eq!(lookup("pt-BR").map(|(_, c)| c.tag), Ok("pt"));
    }

    #[test]
    fn bad_and_unknown_locales() {
        assert!(matches!(
            lookup("not a locale"),
            Err(LocaleProblem::Invalid(_))
        ));
        assert_eq!(
            lookup("xh").map(|(_, c)| c.tag),
            Err(LocaleProblem::Unsupported)
        );
    }

    #[test]
    fn space_groups() {
        let (_, fr) = lookup("fr").expect("fr");
        assert!(fr.is_group(' ') && fr.is_group('\u{00A0}') && !fr.is_group('.'));
        let (_, id) = lookup("id").expect("id");
        assert!(!id.is_group(' ') && id.is_group('.'));
    }
}
