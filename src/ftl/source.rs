//! Reading a file once: bytes, BOM, UTF-8, nesting depth, then the parse.

use super::lines::LineIndex;
use super::model::{self, FileModel};
use std::path::{Path, PathBuf};

/// Deepest nesting of placeables and call arguments glossator parses: the limit of glossator's
/// patched fluent-syntax (vendor/fluent-syntax/PATCHES.md), which turns a deeper entry into
/// junk instead of overflowing the stack. 100 levels fit a default 2 MiB thread even in
/// a debug build, so no thread needs a larger stack.
pub const MAX_DEPTH: usize = fluent_syntax::parser::MAX_NESTING;

/// Largest file glossator reads. The biggest real Fluent files are a few hundred KB; a larger
/// one is generated or hostile, and reading it would cost memory out of proportion.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A file that could not be read as Fluent text, before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unparsed {
    /// Not UTF-8: the first bad byte, its offset, and its line and column (the text
    /// before it is valid, so its characters can be counted).
    Encoding {
        offset: usize,
        byte: u8,
        position: super::lines::Position,
    },
    /// Larger than [`MAX_FILE_BYTES`]: not read at all.
    TooLarge { bytes: u64 },
}

/// One Fluent file, read and parsed once.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Path relative to the project root, `/`-separated: what reports show, shared (not
    /// copied) by every finding in the file.
    pub rel: smol_str::SmolStr,
    /// The text without its BOM (empty when the file is not UTF-8).
    pub text: String,
    /// Built on first use: most files of a run never need a line number.
    lines: std::sync::OnceLock<LineIndex>,
    pub bom: bool,
    pub unparsed: Option<Unparsed>,
    pub model: FileModel,
}

impl SourceFile {
    /// Reads and parses `path`. I/O failures are the only error: content problems become
    /// findings, so one bad file never stops a run.
    pub fn load(path: &Path, rel: impl Into<smol_str::SmolStr>) -> std::io::Result<SourceFile> {
        use std::io::Read;
        let file = std::fs::File::open(path)?;
        let size = file.metadata()?.len();
        if size > MAX_FILE_BYTES {
            return Ok(Self::too_large(path, rel, size));
        }
        // Bounded even when the size changed since fstat, or when it is a special file
        // whose size stat does not know (/proc): reads stop one byte past the limit.
        let mut bytes = Vec::with_capacity(size as usize);
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Ok(Self::too_large(path, rel, bytes.len() as u64));
        }
        Ok(Self::from_bytes(path.to_path_buf(), rel, bytes))
    }

    fn too_large(path: &Path, rel: impl Into<smol_str::SmolStr>, bytes: u64) -> SourceFile {
        let mut f = Self::from_bytes(path.to_path_buf(), rel, Vec::new());
        f.unparsed = Some(Unparsed::TooLarge { bytes });
        f
    }

    pub fn from_bytes(
        path: PathBuf,
        rel: impl Into<smol_str::SmolStr>,
        mut bytes: Vec<u8>,
    ) -> SourceFile {
        let bom = bytes.starts_with(b"\xEF\xBB\xBF");
        if bom {
            bytes.drain(..3);
        }
        // Most files are valid: simdutf8 says so at a fraction of std's cost on
        // non-Latin text (CJK, Cyrillic), and the text is copied out of the checked slice;
        // std's validation runs only on invalid text, for the offset of the first bad byte.
        let checked = match simdutf8::basic::from_utf8(&bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => String::from_utf8(bytes),
        };
        let (text, unparsed) = match checked {
            Ok(t) => (t, None),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let line_start = memchr::memrchr(b'\n', &bytes[..valid]).map_or(0, |i| i + 1);
                let before = std::str::from_utf8(&bytes[line_start..valid]).unwrap_or("");
                let position = super::lines::Position {
                    line: 1 + memchr::memchr_iter(b'\n', &bytes[..valid]).count(),
                    column: 1 + before.chars().count(),
                };
                let encoding = Unparsed::Encoding {
                    offset: valid + if bom { 3 } else { 0 },
                    byte: bytes.get(valid).copied().unwrap_or(0),
                    position,
                };
                (String::new(), Some(encoding))
            }
        };
        let model = if unparsed.is_none() {
            model::build(&text)
        } else {
            FileModel::default()
        };
        SourceFile {
            path,
            rel: rel.into(),
            text,
            lines: std::sync::OnceLock::new(),
            bom,
            unparsed,
            model,
        }
    }

    pub fn position(&self, offset: usize) -> super::lines::Position {
        self.lines().position(&self.text, offset)
    }

    /// The line index of the text.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(bytes: &[u8]) -> SourceFile {
        SourceFile::from_bytes("x.ftl".into(), "x.ftl", bytes.to_vec())
    }

    fn offset(f: &SourceFile) -> Option<usize> {
        match f.unparsed {
            Some(Unparsed::Encoding { offset, .. }) => Some(offset),
            _ => None,
        }
    }

    #[test]
    fn valid_multibyte_text_is_kept_and_bad_bytes_are_placed() {
        // Past the validator's 64-byte blocks: valid text in three scripts is read as is.
        let long = format!("a = {}\n", "é€😀한".repeat(40));
        let f = load(long.as_bytes());
        assert_eq!((f.unparsed.clone(), f.text.as_str()), (None, long.as_str()));
        assert_eq!(f.model.entries.len(), 1);
        // An invalid sequence after a BOM and the long line: its offset counts the BOM.
        let mut bad = format!("\u{feff}{long}").into_bytes();
        bad.extend_from_slice(b"b = \xe2\x82\n");
        assert_eq!(offset(&load(&bad)), Some(bad.len() - 3));
        // A sequence cut short at the end of the file.
        let cut = [long.as_bytes(), b"b = \xf0\x9f"].concat();
        let f = load(&cut);
        assert_eq!(offset(&f), Some(cut.len() - 2));
        assert!(f.text.is_empty() && f.model.entries.is_empty());
    }
}
