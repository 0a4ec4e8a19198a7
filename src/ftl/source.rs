//! Reading a file once: bytes, BOM, UTF-8, nesting depth, then the parse.

use super::lines::LineIndex;
use super::model::{self, FileModel};
use std::path::{Path, PathBuf};

/// Deepest placeable nesting glossa parses. fluent-syntax recurses once per level with no
/// limit (about 9 KB of stack per level in debug builds, 0.8 KB in release) and a stack
/// overflow aborts the process, so deeper files get a `too-deep` finding instead. Real
/// Fluent rarely nests beyond 3; parser threads get stacks sized for this limit.
pub const MAX_DEPTH: usize = 100;

/// Stack for threads that parse: room for [`MAX_DEPTH`] levels in a debug build, with margin.
pub const PARSER_STACK: usize = 16 * 1024 * 1024;

/// Largest file glossa reads. The biggest real Fluent files are a few hundred KB; a larger
/// one is generated or hostile, and reading it would cost memory out of proportion.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A file that could not be read as Fluent text, before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unparsed {
    /// Not UTF-8: the first bad byte's offset.
    Encoding { offset: usize },
    /// Nested deeper than [`MAX_DEPTH`]: where the limit was crossed.
    TooDeep { offset: usize },
    /// Larger than [`MAX_FILE_BYTES`]: not read at all.
    TooLarge { bytes: u64 },
}

/// One Fluent file, read and parsed once.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Path relative to the project root, `/`-separated: what reports show.
    pub rel: String,
    /// The text without its BOM (empty when the file is not UTF-8).
    pub text: String,
    pub lines: LineIndex,
    pub bom: bool,
    pub unparsed: Option<Unparsed>,
    pub model: FileModel,
}

impl SourceFile {
    /// Reads and parses `path`. I/O failures are the only error: content problems become
    /// findings, so one bad file never stops a run.
    pub fn load(path: &Path, rel: String) -> std::io::Result<SourceFile> {
        let size = std::fs::metadata(path)?.len();
        if size > MAX_FILE_BYTES {
            let mut f = Self::from_bytes(path.to_path_buf(), rel, Vec::new());
            f.unparsed = Some(Unparsed::TooLarge { bytes: size });
            return Ok(f);
        }
        let bytes = std::fs::read(path)?;
        Ok(Self::from_bytes(path.to_path_buf(), rel, bytes))
    }

    pub fn from_bytes(path: PathBuf, rel: String, mut bytes: Vec<u8>) -> SourceFile {
        let bom = bytes.starts_with(b"\xEF\xBB\xBF");
        if bom {
            bytes.drain(..3);
        }
        let (text, unparsed) = match String::from_utf8(bytes) {
            Ok(t) => (t, None),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to() + if bom { 3 } else { 0 };
                (String::new(), Some(Unparsed::Encoding { offset }))
            }
        };
        let unparsed =
            unparsed.or_else(|| too_deep(&text).map(|offset| Unparsed::TooDeep { offset }));
        let model = if unparsed.is_none() {
            model::build(&text)
        } else {
            FileModel::default()
        };
        let lines = LineIndex::new(&text);
        SourceFile {
            path,
            rel,
            text,
            lines,
            bom,
            unparsed,
            model,
        }
    }

    pub fn position(&self, offset: usize) -> super::lines::Position {
        self.lines.position(&self.text, offset)
    }
}

/// Offset where nesting crosses [`MAX_DEPTH`], if anywhere. Inside placeables, call
/// arguments nest too (`NUMBER(NUMBER(...))` recurses without a brace), so `(` counts
/// like `{`. Braces and parentheses inside string literals are skipped. An overestimate
/// only ever refuses absurd files, never accepts a dangerous one: every parser recursion
/// level needs at least one `{` or `(`.
pub fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut parens = 0usize;
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'{', b'}', b'"', &b[i..]).map(|o| {
        // parentheses matter only inside placeables; find the nearest of all four
        if depth > 0 {
            let p = memchr::memchr2(b'(', b')', &b[i..i + o]);
            p.unwrap_or(o)
        } else {
            o
        }
    }) {
        i += off;
        match b[i] {
            b'{' => {
                depth += 1;
                if depth + parens > MAX_DEPTH {
                    return Some(i);
                }
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    parens = 0;
                }
            }
            b'(' => {
                parens += 1;
                if depth + parens > MAX_DEPTH {
                    return Some(i);
                }
            }
            b')' => parens = parens.saturating_sub(1),
            _ if depth > 0 => {
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
        if i >= b.len() {
            break;
        }
    }
    // A trailing run of parentheses after the last brace-like byte.
    if depth > 0 {
        for (k, &c) in b[i.min(b.len())..].iter().enumerate() {
            match c {
                b'(' => {
                    parens += 1;
                    if depth + parens > MAX_DEPTH {
                        return Some(i + k);
                    }
                }
                b')' => parens = parens.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(bytes: &[u8]) -> SourceFile {
        SourceFile::from_bytes("x.ftl".into(), "x.ftl".into(), bytes.to_vec())
    }

    #[test]
    fn bom_is_stripped_not_junk() {
        let f = load(b"\xEF\xBB\xBFhello = Hi\n");
        assert!(f.bom);
        assert!(f.model.syntax.is_empty());
        assert_eq!(f.model.entries[0].id, "hello");
    }

    #[test]
    fn invalid_utf8_reports_offset() {
        let f = load(b"a = b\nc = \xff\n");
        assert_eq!(f.unparsed, Some(Unparsed::Encoding { offset: 10 }));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let src = format!("a = {}x{}\n", "{".repeat(50_000), "}".repeat(50_000));
        let f = load(src.as_bytes());
        assert_eq!(
            f.unparsed,
            Some(Unparsed::TooDeep {
                offset: 4 + MAX_DEPTH
            })
        );
        let ok = format!(
            "a = {}\"{{\"{}\n",
            "{ ".repeat(MAX_DEPTH - 1),
            " }".repeat(MAX_DEPTH - 1)
        );
        assert_eq!(too_deep(&ok), None);
    }

    #[test]
    fn nested_call_arguments_count_as_depth() {
        let src = format!(
            "a = {{ {}$x{} }}\n",
            "NUMBER(".repeat(20_000),
            ")".repeat(20_000)
        );
        assert!(too_deep(&src).is_some());
        let f = load(src.as_bytes());
        assert!(matches!(f.unparsed, Some(Unparsed::TooDeep { .. })));
        assert_eq!(
            too_deep("a = (((( not in a placeable\nb = { NUMBER($n) }\n"),
            None
        );
    }

    #[test]
    fn crlf_parses() {
        let f = load(b"a = one\r\nb = two\r\n    .attr = x\r\n");
        assert!(f.model.syntax.is_empty());
        assert_eq!(f.model.entries.len(), 2);
        assert_eq!(f.position(f.model.entries[1].id_span.start).line, 2);
    }
}
