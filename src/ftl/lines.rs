//! Byte offsets to 1-based line and column (column counted in characters).

/// Start offsets of every line, so a lookup is a binary search, not a scan. Offsets are
/// `u32` (files glossator reads are far below 4 GiB): a file of millions of short lines
/// costs half the memory.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<u32>,
}

/// A 1-based position in a file; `column` counts characters, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        debug_assert!(text.len() < u32::MAX as usize);
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| (i + 1) as u32));
        LineIndex { starts }
    }

    /// Position of a byte offset; offsets inside a character or past the end are clamped.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = self.starts[line] as usize;
        let column = text[start..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    /// Byte range of line `line` (1-based), without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .map_or(text.len(), |&s| s as usize);
        let mut end = self
            .starts
            .get(line)
            .map_or(text.len(), |&e| e as usize - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// Largest char boundary not after `i` (str::floor_char_boundary is unstable).
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_lines() {
        let text = "ab\nçé x\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(text, 3), Position { line: 2, column: 1 });
        // 'x' is after two 2-byte chars and a space
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(text, x), Position { line: 2, column: 4 });
        assert_eq!(
            idx.position(text, text.len()),
            Position { line: 3, column: 5 }
        );
        assert_eq!(&text[idx.line_range(text, 2)], "çé x");
        assert_eq!(idx.line_count(), 3);
    }

    #[test]
    fn offsets_inside_a_character_are_clamped() {
        let text = "é";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 1), Position { line: 1, column: 1 });
    }
}
