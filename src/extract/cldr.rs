//! What extraction takes from CLDR: compact-number vocabulary (ICU4X `icu_decimal`'s
//! compact decimal data, long and short forms) and sentence-break suppressions
//! (`data/cldr-suppressions.txt`, copied from CLDR `common/segments`).
//!
//! The compact words are read by formatting powers of ten with ICU4X's
//! `CompactDecimalFormatter` and keeping what is not digits: "723 juta", "1,2 Mrd.",
//! "5億". Each gets the exponent CLDR gives it (`compact_exponent_for_magnitude`), so the
//! Japanese 万 is 10^4 and the Spanish "mil millones" 10^9. The locale table
//! ([`super::locale`]) adds what CLDR lacks (inflected and unabbreviated forms, "milyar",
//! "Mrd" without its period, Japanese 兆 in Chinese text, ...).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

use fixed_decimal::Decimal;
use icu_decimal::CompactDecimalFormatter;
use icu_locale_core::Locale;

/// A scale word: its text and power of ten. `glued_only` words (single letters such as
/// "M" or "T") count only when they touch the number and an amount of money precedes
/// ("$2.4B"): alone they are too often something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleWord {
    pub text: String,
    pub exp: u32,
    pub glued_only: bool,
}

fn formatter_words(f: &CompactDecimalFormatter, out: &mut Vec<ScaleWord>) {
    for magnitude in 3..=15u32 {
        let exp = u32::from(f.compact_exponent_for_magnitude(magnitude as i16));
        if exp == 0 {
            continue;
        }
        // 1, 2 and 5 reach the plural forms CLDR uses (one, few/two, many/other).
        for lead in ["1", "2", "5"] {
            let digits = format!("{lead}{}", "0".repeat(magnitude as usize));
            let Ok(value) = Decimal::from_str(&digits) else {
                continue;
            };
            let text = f.format(&value).to_string();
            let word: String = text
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || c.is_whitespace() || ",.\u{a0}\u{202f}'’".contains(c)
                })
                .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
                .to_string();
            if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let cjk = word.chars().any(super::locale::is_cjk);
            let glued_only = letters < 2 && !cjk;
            if !out.iter().any(|w| w.text == word) {
                out.push(ScaleWord {
                    text: word,
                    exp,
                    glued_only,
                });
            }
        }
    }
}

/// CLDR's compact-number words of a locale (long, then short forms), or none when ICU4X
/// has no data for it.
pub fn compact_words(tag: &str) -> Vec<ScaleWord> {
    let mut out = Vec::new();
    let Ok(locale) = Locale::from_str(tag) else {
        return out;
    };
    let prefs = (&locale).into();
    if let Ok(f) = CompactDecimalFormatter::try_new_long(prefs, Default::default()) {
        formatter_words(&f, &mut out);
    }
    if let Ok(f) = CompactDecimalFormatter::try_new_short(prefs, Default::default()) {
        formatter_words(&f, &mut out);
    }
    out
}

static SUPPRESSIONS_TEXT: &str = include_str!("data/cldr-suppressions.txt");

/// CLDR's sentence-break suppressions for a language (`de`, `en`, `fr`, `es`).
pub fn suppressions(language: &str) -> &'static [&'static str] {
    static CELL: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let map = CELL.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        let mut current = "";
        for line in SUPPRESSIONS_TEXT.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some(lang) = line.strip_prefix("@ ") {
                current = lang.trim();
                continue;
            }
            map.entry(current).or_default().push(line.trim());
        }
        map
    });
    map.get(language).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(tag: &str, text: &str, exp: u32) -> bool {
        compact_words(tag)
            .iter()
            .any(|w| w.text == text && w.exp == exp)
    }

    #[test]
    fn compact_words_come_from_cldr() {
        assert!(has("id", "juta", 6) && has("id", "miliar", 9) && has("id", "triliun", 12));
        assert!(has("en", "million", 6) && has("en", "billion", 9));
        assert!(has("de", "Mio.", 6) && has("de", "Mrd.", 9) && has("de", "Milliarden", 9));
        assert!(has("fr", "milliards", 9));
        assert!(has("ja", "万", 4) && has("ja", "億", 8) && has("ja", "兆", 12));
        assert!(has("zh", "万", 4) && has("zh", "亿", 8));
        assert!(has("ko", "억", 8) && has("ko", "조", 12));
        // Single letters are kept only for glued amounts of money.
        assert!(compact_words("en")
            .iter()
            .filter(|w| w.text == "M")
            .all(|w| w.glued_only));
    }

    #[test]
    fn suppressions_are_loaded() {
        assert!(suppressions("de").contains(&"Mio."));
        assert!(suppressions("de").contains(&"D. h."));
        assert!(suppressions("en").contains(&"Mr."));
        assert!(suppressions("fr").contains(&"av. J.-C."));
        assert!(suppressions("id").is_empty());
    }
}
