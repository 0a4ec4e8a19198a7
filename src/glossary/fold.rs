//! Text folding for term matching: canonical decomposition, full Unicode case folding
//! (ß → ss, final sigma → σ), Greek accents dropped (Greek capitals are written without
//! them), typographic apostrophes as ASCII (`d’utilisation` = `d'utilisation`) and Russian
//! ё as е (usually written without its dots), with a map from every folded byte back to its
//! source byte. A locale may drop more marks ([`Marks`]).

use caseless::Caseless;
use unicode_normalization::char::decompose_canonical;

/// Folded text and, for each of its bytes, the offset of the source character it came from.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the source byte offset of the character folded byte `i` belongs to;
    /// one extra entry holds the source end.
    pub map: Vec<usize>,
}

fn is_greek(c: char) -> bool {
    matches!(c as u32, 0x0370..=0x03FF | 0x1F00..=0x1FFF)
}

/// Combining marks a locale's matcher drops besides the Greek accents: German umlauts
/// (the plural "Abstürze" of "Absturz"), Spanish acute accents (which come and go with
/// endings: "versión", "versiones").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub diaeresis: bool,
    pub acute: bool,
}

impl Marks {
    /// The marks `lang` (a bare language code) drops.
    pub fn for_language(lang: &str) -> Marks {
        Marks {
            diaeresis: lang == "de",
            acute: lang == "es",
        }
    }
}

const DIAERESIS: char = '\u{308}';
const ACUTE: char = '\u{301}';

/// Folds one character into `out`.
pub fn fold_char(c: char, out: &mut String) {
    fold_char_with(c, Marks::default(), out)
}

/// Folds one character into `out`, dropping `marks`.
pub fn fold_char_with(c: char, marks: Marks, out: &mut String) {
    // Most text is ASCII: its folding is lowercasing. Basic Cyrillic letters but й (и with
    // a breve) and CJK ideographs neither decompose nor fold otherwise.
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'а'..='я' if c != 'й' => {
            out.push(c);
            return;
        }
        'А'..='Я' if c != 'Й' => {
            out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            return;
        }
        '\u{4E00}'..='\u{9FFF}' => {
            out.push(c);
            return;
        }
        _ => {}
    }
    // Hangul syllables stay composed: particles are compared as syllables.
    if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
        out.push(c);
        return;
    }
    // Apostrophes: typographic (right and left single quotation marks, the modifier
    // letter) as ASCII.
    if matches!(c, '\u{2019}' | '\u{2018}' | '\u{2BC}') {
        out.push('\'');
        return;
    }
    let greek = is_greek(c);
    let mut decomposed = [' '; 8];
    let mut n = 0;
    decompose_canonical(c, |d| {
        if n < decomposed.len() {
            decomposed[n] = d;
            n += 1;
        }
    });
    for (k, &d) in decomposed[..n].iter().enumerate() {
        // ё is е with a diaeresis, which Russian mostly leaves out.
        if d == DIAERESIS && k > 0 && matches!(decomposed[k - 1], 'е' | 'Е') {
            continue;
        }
        if (marks.diaeresis && d == DIAERESIS) || (marks.acute && d == ACUTE) {
            continue;
        }
        // Greek tonos/oxia, varia, perispomeni and psili/dasia are dropped.
        if greek
            && matches!(
                d as u32,
                0x0300 | 0x0301 | 0x0313 | 0x0314 | 0x0342 | 0x0345
            )
        {
            continue;
        }
        for f in std::iter::once(d).default_case_fold() {
            out.push(f);
        }
    }
}

/// Folds a term or pattern literal.
pub fn fold(s: &str) -> String {
    fold_with(s, Marks::default())
}

/// Folds a term, dropping `marks`.
pub fn fold_with(s: &str, marks: Marks) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_with(c, marks, &mut out);
    }
    out
}

/// Folds `segments` of `source` (byte ranges), separated by a space, with the offset map.
/// Markup tags inside a segment become a space: they are never part of a term.
pub fn fold_segments(source: &str, segments: &[std::ops::Range<usize>]) -> Folded {
    fold_segments_with(source, segments, Marks::default())
}

/// [`fold_segments`], dropping `marks`.
pub fn fold_segments_with(
    source: &str,
    segments: &[std::ops::Range<usize>],
    marks: Marks,
) -> Folded {
    // Folding rarely changes the length much: one allocation each, not a dozen regrowths.
    let len: usize = segments.iter().map(|s| s.len() + 1).sum::<usize>() + 8;
    let mut f = Folded {
        text: String::with_capacity(len),
        map: Vec::with_capacity(len),
    };
    for (k, seg) in segments.iter().enumerate() {
        if k > 0 {
            f.text.push(' ');
            f.map.push(seg.start);
        }
        let text = &source[seg.clone()];
        let mut in_tag = false;
        for (i, c) in text.char_indices() {
            let at = seg.start + i;
            if c == '<'
                && text[i..]
                    .chars()
                    .nth(1)
                    .is_some_and(|n| n.is_ascii_alphabetic() || n == '/')
            {
                in_tag = true;
                f.text.push(' ');
                f.map.push(at);
                continue;
            }
            if in_tag {
                if c == '>' {
                    in_tag = false;
                }
                continue;
            }
            let before = f.text.len();
            fold_char_with(c, marks, &mut f.text);
            f.map.extend(std::iter::repeat_n(at, f.text.len() - before));
        }
    }
    f.map.push(segments.last().map(|s| s.end).unwrap_or(0));
    f
}

impl Folded {
    /// Source byte range of folded range `r`.
    pub fn source_range(&self, r: std::ops::Range<usize>, source: &str) -> std::ops::Range<usize> {
        let start = self.map.get(r.start).copied().unwrap_or(0);
        // The end is the end of the source character holding the last folded byte.
        let last = self
            .map
            .get(r.end.saturating_sub(1))
            .copied()
            .unwrap_or(start);
        let end = source[last..]
            .chars()
            .next()
            .map(|c| last + c.len_utf8())
            .unwrap_or(last);
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_case_folding_and_greek_accents() {
        assert_eq!(fold("Straße"), fold("STRASSE"));
        assert_eq!(fold("ΤΡΑΠΕΖΙΚΉ"), fold("τραπεζική"));
        assert_eq!(fold("τραπεζικής"), fold("ΤΡΑΠΕΖΙΚΗΣ"));
        assert_eq!(fold("é"), fold("e\u{301}"));
        assert_ne!(fold("é"), fold("e"));
    }

    /// Typographic and ASCII apostrophes and ё/е fold alike; German umlauts and Spanish
    /// accents only where the locale asks, and й (и with a breve) is never и.
    #[test]
    fn apostrophes_yo_and_locale_marks() {
        assert_eq!(
            fold("Conditions d’utilisation"),
            fold("conditions d'utilisation")
        );
        assert_eq!(fold("всё"), fold("все"));
        assert_eq!(fold("Ёлка"), fold("елка"));
        assert_ne!(fold("й"), fold("и"));
        assert_eq!(fold("ДОМАШНЯЯ Страница"), "домашняя страница");
        assert_eq!(fold("ЙОД"), fold("йод"));
        assert_ne!(fold("Abstürze"), fold("absturze"));
        let de = Marks::for_language("de");
        assert_eq!(fold_with("Abstürze", de), "absturze");
        let es = Marks::for_language("es");
        assert_eq!(fold_with("Versión", es), "version");
        assert_eq!(
            fold_with("año", es),
            fold("año"),
            "ñ is a letter of its own"
        );
        let src = "Der Absturz";
        let f = fold_segments_with(src, std::slice::from_ref(&(0..src.len())), de);
        assert_eq!(f.text, "der absturz");
    }

    #[test]
    fn map_points_back_to_source() {
        let src = "Die Straße <b>Bank</b> x";
        let f = fold_segments(src, std::slice::from_ref(&(0..src.len())));
        let i = f.text.find("bank").unwrap();
        assert_eq!(&src[f.source_range(i..i + 4, src)], "Bank");
        let j = f.text.find("strasse").unwrap();
        assert_eq!(&src[f.source_range(j..j + 7, src)], "Straße");
        assert!(!f.text.contains('<'));
    }
}
