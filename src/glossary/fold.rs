//! Text folding for term matching: canonical decomposition, full Unicode case folding
//! (ß → ss, final sigma → σ) and Greek accents dropped (Greek capitals are written without
//! them), with a map from every folded byte back to its source byte.

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

/// Folds one character into `out`.
pub fn fold_char(c: char, out: &mut String) {
    // Hangul syllables stay composed: particles are compared as syllables.
    if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
        out.push(c);
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
    for &d in &decomposed[..n] {
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
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folds `segments` of `source` (byte ranges), separated by a space, with the offset map.
/// Markup tags inside a segment become a space: they are never part of a term.
pub fn fold_segments(source: &str, segments: &[std::ops::Range<usize>]) -> Folded {
    let mut f = Folded::default();
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
            fold_char(c, &mut f.text);
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
