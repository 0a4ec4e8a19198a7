//! HTML-like markup in pattern text, found once per part when the model is built.

/// HTML-like tags in `text`: `(closing, name, byte range)` for each `<name ...>`,
/// `</name>` or `<name/>`. A hand-written scan (this runs over every text of every file):
/// it accepts exactly what `<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>` would.
pub fn scan_tags(text: &str) -> impl Iterator<Item = (bool, &str, std::ops::Range<usize>)> + '_ {
    let b = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(off) = memchr::memchr(b'<', &b[from.min(b.len())..]) {
            let start = from + off;
            from = start + 1;
            let mut j = start + 1;
            let closing = b.get(j) == Some(&b'/');
            if closing {
                j += 1;
            }
            if !b.get(j).is_some_and(u8::is_ascii_alphabetic) {
                continue;
            }
            let name_start = j;
            while b
                .get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
            {
                j += 1;
            }
            let name = &text[name_start..j];
            let end = match b.get(j) {
                Some(b'>') => Some(j + 1),
                Some(b'/') if b.get(j + 1) == Some(&b'>') => Some(j + 2),
                _ if text[j..].chars().next().is_some_and(char::is_whitespace) => {
                    // Attributes: anything up to the first `>`, unless a `<` comes first.
                    match memchr::memchr2(b'<', b'>', &b[j..]) {
                        Some(k) if b[j + k] == b'>' => Some(j + k + 1),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(end) = end {
                from = end;
                return Some((closing, name, start..end));
            }
        }
        None
    })
}
