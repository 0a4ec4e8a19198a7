//! What extraction takes from CLDR: compact-number vocabulary and sentence-break
//! suppressions (`data/cldr-suppressions.txt`, copied from CLDR `common/segments`).
//!
//! The compact words are the figures rule's own reading of ICU4X's compact decimal data
//! ([`crate::ftl::numbers::cldr_magnitude_words`]: "723 juta", "1,2 Mrd.", "5億", each with
//! the power of ten CLDR gives it, so the Japanese 万 is 10^4 and the Spanish "mil
//! millones" 10^9): a figure extracted from a report and a figure checked in a translation
//! are read with the same words. The locale table ([`super::locale`]) adds what CLDR lacks
//! (inflected and unabbreviated forms, "milyar", "Mrd" without its period, Japanese 兆 in
//! Chinese text, ...).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

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

/// CLDR's compact-number words of a locale (long, then short forms), as the figures rule
/// reads them ([`crate::ftl::numbers::cldr_magnitude_words`]), or none when ICU4X has no
/// data for it.
pub fn compact_words(tag: &str) -> Vec<ScaleWord> {
    let mut out: Vec<ScaleWord> = Vec::new();
    let Ok(locale) = Locale::from_str(tag) else {
        return out;
    };
    for (word, exp) in crate::ftl::numbers::cldr_magnitude_words(&locale) {
        let Ok(exp) = u32::try_from(exp) else {
            continue;
        };
        if exp == 0 || out.iter().any(|w| w.text == word) {
            continue;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let cjk = word.chars().any(super::locale::is_cjk);
        out.push(ScaleWord {
            glued_only: letters < 2 && !cjk,
            text: word,
            exp,
        });
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
