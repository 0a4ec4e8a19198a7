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
    /// Not UTF-8: the first bad byte's offset.
    Encoding { offset: usize },
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
        // One open and one fstat: this runs for every file of a project.
        let file = std::fs::File::open(path)?;
        let size = file.metadata()?.len();
        if size > MAX_FILE_BYTES {
            let mut f = Self::from_bytes(path.to_path_buf(), rel, Vec::new());
            f.unparsed = Some(Unparsed::TooLarge { bytes: size });
            return Ok(f);
        }
        let mut bytes = read_size(&file, size as usize)?;
        if size == 0 {
            // Empty, or a special file whose size stat does not know: read what is there
            // (and report what fails, such as /proc/self/mem).
            file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        }
        Ok(Self::from_bytes(path.to_path_buf(), rel, bytes))
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
        // Validated with SIMD (a third of std's instructions: 0.31 M for one locale of
        // www-l10n, 1 MB, against 0.83 M); std's validation runs only on invalid text, for
        // the offset of the first bad byte.
        let checked = if simdutf8::basic::from_utf8(&bytes).is_ok() {
            // SAFETY: `simdutf8` has just validated `bytes` as UTF-8.
            Ok(unsafe { String::from_utf8_unchecked(bytes) })
        } else {
            String::from_utf8(bytes)
        };
        let (text, unparsed) = match checked {
            Ok(t) => (t, None),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to() + if bom { 3 } else { 0 };
                (String::new(), Some(Unparsed::Encoding { offset }))
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

/// Reads up to `size` bytes (the size fstat gave), until it is reached or the file ends
/// early (it may change meanwhile): one read per file, where `read_to_end` adds a second
/// to see the end (9,000 files, 9,000 system calls), into memory that is not zeroed first.
#[cfg(unix)]
fn read_size(file: &std::fs::File, size: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(size);
    while bytes.len() < size {
        match rustix::io::read(file, rustix::buffer::spare_capacity(&mut bytes)) {
            Ok(0) => break,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(bytes)
}

/// [`read_size`] with std alone.
#[cfg(not(unix))]
fn read_size(mut file: &std::fs::File, size: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = vec![0u8; size];
    let mut filled = 0;
    while filled < bytes.len() {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(bytes: &[u8]) -> SourceFile {
        SourceFile::from_bytes("x.ftl".into(), "x.ftl", bytes.to_vec())
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
        // Past the SIMD validator's 64-byte blocks, after a BOM, and a sequence cut short
        // at the end of the file; valid multi-byte text is accepted as is.
        let long = format!("a = {}\n", "é€😀".repeat(40));
        let f = load(long.as_bytes());
        assert_eq!(f.unparsed, None);
        assert_eq!(f.text, long);
        let mut bad = format!("\u{feff}{long}").into_bytes();
        bad.extend_from_slice(b"b = \xe2\x82\n");
        let at = bad.len() - 3;
        assert_eq!(load(&bad).unparsed, Some(Unparsed::Encoding { offset: at }));
        let cut = [long.as_bytes(), b"b = \xf0\x9f"].concat();
        assert_eq!(
            load(&cut).unparsed,
            Some(Unparsed::Encoding {
                offset: cut.len() - 2
            })
        );
    }

    #[test]
    fn deep_nesting_is_junk_not_a_crash() {
        // Placeables, call arguments, and the select-variant cycle, each far deeper than
        // the limit; the test thread has the default stack.
        for deep in [
            format!("a = {}x{}\n", "{".repeat(50_000), "}".repeat(50_000)),
            format!(
                "a = {{ {}$x{} }}\n",
                "NUMBER(".repeat(20_000),
                ")".repeat(20_000)
            ),
            format!("a = {}\n", "{ $n ->\n *[other] ".repeat(20_000)),
            format!("a = {{ $n ->\n *[other] \"{}\n}}\n", "{".repeat(50_000)),
        ] {
            let f = load(format!("{deep}b = B\n").as_bytes());
            assert_eq!(f.unparsed, None);
            assert!(f.model.syntax[0].too_deep, "{:?}", f.model.syntax[0]);
            let ids: Vec<_> = f.model.entries.iter().map(|e| e.id.as_str()).collect();
            assert_eq!(ids, ["b"]);
        }
    }

    /// Comment lines end at `\n` or at the `\r` of `\r\n` only (the parser finds them with
    /// memchr: glossator's patch 3 of fluent-syntax, vendor/fluent-syntax/PATCHES.md).
    #[test]
    fn parser_comment_lines_end_at_line_ends() {
        use fluent_syntax::ast::Entry as E;
        let src = "# one\r\n# two\rstill two\n#\n# four\r\r\na = A\n# at the end";
        let lines: Vec<Vec<&str>> = fluent_syntax::parser::parse_entries(src)
            .filter_map(|(e, _)| match e {
                E::Message(m) => m.comment.map(|c| c.content),
                E::Comment(c) => Some(c.content),
                _ => None,
            })
            .collect();
        assert_eq!(
            lines,
            [
                vec!["one", "two\rstill two", "", "four\r"],
                vec!["at the end"]
            ]
        );
    }

    /// The patched parser's entry iterator attaches comments as fluent-syntax always did:
    /// to the next message or term unless two or more blank lines separate them.
    #[test]
    fn parser_entries_attach_comments_like_parse() {
        use fluent_syntax::ast::Entry as E;
        let src = "### res\n\n## group\n\n# a's\na = A\n\n# detached\n\n\nb = B\njunk here\n# c's\n-c = C\n# trailing\n";
        let kinds: Vec<String> = fluent_syntax::parser::parse_entries(src)
            .map(|(e, err)| {
                let k = match &e {
                    E::Message(m) => format!("msg {} comment={}", m.id.name, m.comment.is_some()),
                    E::Term(t) => format!("term {} comment={}", t.id.name, t.comment.is_some()),
                    E::Comment(_) => "comment".into(),
                    E::GroupComment(_) => "group".into(),
                    E::ResourceComment(_) => "resource".into(),
                    E::Junk { .. } => "junk".into(),
                };
                format!("{k}{}", if err.is_some() { " +error" } else { "" })
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "resource",
                "group",
                "msg a comment=true",
                "comment",
                "msg b comment=false",
                "junk +error",
                "term c comment=true",
                "comment"
            ]
        );
        let whole = fluent_syntax::parser::parse(src).unwrap_err();
        assert_eq!(whole.0.body.len(), kinds.len());
        assert_eq!(whole.1.len(), 1);
    }

    #[test]
    fn braces_outside_placeables_do_not_nest() {
        let braces = "{".repeat(500);
        let src = format!(
            "# {braces}\n## {braces}\na = {{ \"{braces}\" }}\n    .title = T\nb = (((( {{ NUMBER($n) }}\n"
        );
        let f = load(src.as_bytes());
        assert!(f.model.syntax.is_empty(), "{:?}", f.model.syntax);
        assert_eq!(f.model.entries.len(), 2);
    }

    #[test]
    fn crlf_parses() {
        let f = load(b"a = one\r\nb = two\r\n    .attr = x\r\n");
        assert!(f.model.syntax.is_empty());
        assert_eq!(f.model.entries.len(), 2);
        assert_eq!(f.position(f.model.entries[1].id_span.start).line, 2);
    }
}
