//! Open documents: their text as the editor has it, edits applied, and LSP positions
//! (line and character in the encoding agreed at initialization) to and from byte
//! offsets.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// How a position's `character` counts: UTF-16 code units (the protocol's default),
/// bytes or characters, as negotiated with the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// Units of `c` in this encoding.
    fn width(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf32 => "utf-32",
        }
    }
}

/// Start offsets of the lines of a text (after `\n`; a lone `\r` is no line break here,
/// as in Fluent).
#[derive(Debug, Clone, Default)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Lines { starts }
    }

    /// Byte offset of `pos`; positions past a line's end or the text's end are clamped to
    /// them (the protocol asks for that), and a position inside a character goes to its start.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(text.len(), |&e| e - 1);
        let line = &text[start..end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut units = 0u32;
        for (i, c) in line.char_indices() {
            if units >= pos.character {
                return start + i;
            }
            units += enc.width(c);
            if units > pos.character {
                return start + i;
            }
        }
        start + line.len()
    }

    /// The position of byte `offset` (clamped to the text, moved back to a character's start).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let offset = crate::ftl::lines::floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = text[start..offset].chars().map(|c| enc.width(c)).sum();
        Position::new(line as u32, character)
    }

    pub fn range(&self, text: &str, span: std::ops::Range<usize>, enc: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, enc),
            self.position(text, span.end.max(span.start), enc),
        )
    }
}

/// A document the editor has open.
#[derive(Debug, Clone)]
pub struct Document {
    pub version: i32,
    pub text: String,
    pub lines: Lines,
}

impl Document {
    pub fn new(version: i32, text: String) -> Document {
        let lines = Lines::new(&text);
        Document {
            version,
            text,
            lines,
        }
    }

    /// Bytes before the text glossator parses: a byte order mark the editor kept.
    pub fn base(&self) -> usize {
        if self.text.starts_with('\u{feff}') {
            3
        } else {
            0
        }
    }

    /// Applies the changes of one `didChange`, in order: a change with a range replaces
    /// it (incremental sync), one without replaces the whole text (full sync).
    pub fn apply(
        &mut self,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        enc: Encoding,
    ) {
        for c in changes {
            match c.range {
                Some(r) => {
                    let start = self.lines.offset(&self.text, r.start, enc);
                    let end = self.lines.offset(&self.text, r.end, enc).max(start);
                    self.text.replace_range(start..end, &c.text);
                }
                None => self.text = c.text,
            }
            self.lines = Lines::new(&self.text);
        }
        self.version = version;
    }

    /// Byte offset in the parsed text (after any BOM) of `pos`.
    pub fn offset(&self, pos: Position, enc: Encoding) -> usize {
        self.lines
            .offset(&self.text, pos, enc)
            .saturating_sub(self.base())
    }

    /// The range of `span`, a byte range of the parsed text.
    pub fn range(&self, span: std::ops::Range<usize>, enc: Encoding) -> Range {
        let b = self.base();
        self.lines
            .range(&self.text, span.start + b..span.end + b, enc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_in_the_agreed_encoding() {
        let text = "a = é𝄞x\r\nb\n";
        let lines = Lines::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            lines.position(text, x, Encoding::Utf16),
            Position::new(0, 7)
        );
        assert_eq!(
            lines.position(text, x, Encoding::Utf8),
            Position::new(0, 10)
        );
        assert_eq!(
            lines.position(text, x, Encoding::Utf32),
            Position::new(0, 6)
        );
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let p = lines.position(text, x, enc);
            assert_eq!(lines.offset(text, p, enc), x);
        }
        // Past the line's end: its end, before the CR; past the text: its end.
        assert_eq!(
            lines.offset(text, Position::new(0, 99), Encoding::Utf16),
            text.find('\r').unwrap()
        );
        assert_eq!(
            lines.offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
        // Inside the surrogate pair: the character's start.
        let clef = text.find('𝄞').unwrap();
        assert_eq!(
            lines.offset(text, Position::new(0, 6), Encoding::Utf16),
            clef
        );
    }

    #[test]
    fn incremental_and_full_changes() {
        let mut d = Document::new(1, "a = one\nb = two\n".into());
        let change = |r: Option<Range>, t: &str| TextDocumentContentChangeEvent {
            range: r,
            range_length: None,
            text: t.into(),
        };
        d.apply(
            2,
            vec![
                change(
                    Some(Range::new(Position::new(1, 4), Position::new(1, 7))),
                    "deux",
                ),
                change(
                    Some(Range::new(Position::new(0, 4), Position::new(0, 4))),
                    "très ",
                ),
            ],
            Encoding::Utf16,
        );
        assert_eq!(d.text, "a = très one\nb = deux\n");
        assert_eq!(d.version, 2);
        d.apply(3, vec![change(None, "c = 3\n")], Encoding::Utf16);
        assert_eq!((d.text.as_str(), d.lines.starts.len()), ("c = 3\n", 2));
    }

    #[test]
    fn a_kept_byte_order_mark_shifts_positions() {
        let d = Document::new(1, "\u{feff}a = b\n".into());
        assert_eq!(d.base(), 3);
        let r = d.range(4..5, Encoding::Utf16);
        assert_eq!(r.start, Position::new(0, 5));
        assert_eq!(d.offset(Position::new(0, 5), Encoding::Utf16), 4);
    }
}
