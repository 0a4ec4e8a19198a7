//! Rules about reading a file at all: syntax, byte order mark, encoding, nesting depth.

use super::{declare_rule, Sink};
use crate::ftl::lines::floor_char_boundary;
use crate::ftl::model::SyntaxIssue;
use crate::ftl::source::{Unparsed, MAX_DEPTH};
use fluent_syntax::parser::ErrorKind;

use crate::diagnostic::{Applicability, Edit, Fix};
use crate::ftl::SourceFile;

declare_rule! {
    /// The file has Fluent syntax the parser cannot read; the entry becomes junk.
    ///
    /// The finding points at the cause (the `{` left open, the unindented line, the `->` of
    /// a select without a `*` default, the character an id cannot hold), says what is
    /// wrong in plain words, and its help line what to do. An entry that is there but does
    /// not parse is this finding alone: not `missing-message` as well (compare-locales
    /// still counts it missing, and so does the summary), so `glossator fix --add-missing`
    /// never copies it a second time; a broken reference entry does not make its
    /// translations `obsolete-message`.
    ///
    /// ## Why
    /// Fluent skips junk at runtime: the broken message silently disappears from the UI,
    /// and every message after a broken one in the same entry is lost with it.
    ///
    /// ## Example
    /// ```ftl
    /// hello = Hello { $name
    /// cont = First line
    /// second line
    /// ```
    /// reports "placeable `{ $name` is not closed with `}`" at the `{`, with the help "add
    /// `}` where the placeable ends", and "this line is not indented, so it is not part of
    /// the text of `cont` above" at line 3, with the help "indent every line that continues
    /// a message".
    ///
    /// ## Fix
    /// Edit the entry as the help line says. No automatic fix.
    pub static SYNTAX_ERROR = ("syntax-error", Error, "syntax");
}

declare_rule! {
    /// The file starts with a UTF-8 byte order mark.
    ///
    /// ## Why
    /// Fluent files are UTF-8 without a BOM; some tools keep the BOM as part of the first
    /// entry's identifier, which turns it into junk. glossator strips it before parsing.
    ///
    /// ## Example
    /// A file saved by an editor set to "UTF-8 with BOM".
    ///
    /// ## Fix
    /// Safe: remove the three bytes `EF BB BF` (`glossator fix`).
    pub static BOM = ("bom", Warning, "syntax");
}

declare_rule! {
    /// The file is not valid UTF-8.
    ///
    /// ## Why
    /// Fluent files must be UTF-8. A file saved in a legacy encoding (Latin-1, Windows-1251)
    /// shows mojibake or is rejected by the runtime, so glossator does not parse it.
    ///
    /// ## Example
    /// `caf\xe9 = ...` saved as Latin-1: the finding points at the first bad byte (line and
    /// column) and names it (`0xE9`). The file's messages are not also reported missing.
    ///
    /// ## Fix
    /// Re-save the file as UTF-8. No automatic fix: the original encoding is a guess.
    pub static ENCODING = ("encoding", Error, "syntax");
}

declare_rule! {
    /// An entry nests placeables or call arguments deeper than the parser's limit of 100
    /// levels; the entry is skipped as junk, the rest of the file is checked.
    ///
    /// ## Why
    /// The Fluent parser recurses once per level, and a stack overflow kills the process
    /// (projectfluent/fluent#284). No real translation nests beyond a few levels; such an
    /// entry is generated or hostile. glossator's parser stops at the limit instead of crashing,
    /// and braces in comments, string literals or other entries never count. The entry is
    /// not also reported missing.
    ///
    /// ## Example
    /// `a = { { { ... 50,000 levels ... } } }` or `a = { NUMBER(NUMBER(NUMBER(...))) }`
    ///
    /// ## Fix
    /// Flatten the expression. No automatic fix.
    pub static TOO_DEEP = ("too-deep", Error, "syntax");
}

declare_rule! {
    /// The file is larger than glossator's limit of 16 MiB and was not read.
    ///
    /// ## Why
    /// Real Fluent files are at most a few hundred kilobytes; a file of hundreds of
    /// megabytes is generated or hostile, and parsing it would take memory out of
    /// proportion to any use. glossator reports it instead of reading it; its messages are
    /// not also reported missing (they are counted missing).
    ///
    /// ## Example
    /// A 200 MB `.ftl` file produced by a broken export.
    ///
    /// ## Fix
    /// Split or regenerate the file. No automatic fix.
    pub static TOO_LARGE = ("too-large", Error, "syntax");
}

/// Syntax errors reported per file, the last one summing up the rest.
pub const MAX_SYNTAX_FINDINGS: usize = crate::ftl::model::MAX_SYNTAX_ISSUES;

pub fn check(sink: &mut Sink, file: &SourceFile) {
    if file.bom {
        let fix = Fix {
            description: "remove the byte order mark".into(),
            applicability: Applicability::Safe,
            // The BOM lies before the text glossator keeps; fix applies it to the raw bytes.
            edits: vec![Edit {
                range: 0..0,
                replacement: String::new(),
            }],
        };
        if let Some(d) = sink.file(
            &BOM,
            file.rel.clone(),
            None,
            "file starts with a byte order mark (BOM)".into(),
        ) {
            d.fix = Some(Box::new(fix));
        }
    }
    match &file.unparsed {
        Some(Unparsed::Encoding { byte, position, .. }) => {
            if let Some(d) = sink.file(
                &ENCODING,
                file.rel.clone(),
                None,
                format!(
                    "file is not valid UTF-8: byte 0x{byte:02X} is not part of a UTF-8 character"
                ),
            ) {
                // Where the bad byte is, for the editor; not in the message (baselines).
                d.start = *position;
                d.end = *position;
                d.help("save the file as UTF-8 (it was probably saved in a legacy encoding such as Latin-1 or Windows-1252); until then no message of it is read");
            }
        }
        Some(Unparsed::TooLarge { bytes }) => {
            if let Some(d) = sink.file(
                &TOO_LARGE,
                file.rel.clone(),
                None,
                format!(
                    "file is {} MiB, larger than the limit of {} MiB, and was not read",
                    bytes >> 20,
                    crate::ftl::source::MAX_FILE_BYTES >> 20
                ),
            ) {
                d.help("split or regenerate the file; no message of it is read");
            }
        }
        None => {}
    }
    // A file of junk would otherwise give one finding per line (memory out of proportion);
    // the first ones say enough, the last names how many more there are.
    let total = file.model.syntax_total.max(file.model.syntax.len());
    let issues = &file.model.syntax;
    let mut skip = false;
    for (k, issue) in issues.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        if k + 1 == MAX_SYNTAX_FINDINGS && total > MAX_SYNTAX_FINDINGS {
            sink.at(
                &SYNTAX_ERROR,
                file,
                issue.span.clone(),
                None,
                format!("{} more syntax errors in this file not shown", total - k),
            );
            break;
        }
        let id = issue.id.as_deref();
        if issue.too_deep {
            if let Some(d) = sink.at(
                &TOO_DEEP,
                file,
                issue.span.clone(),
                id,
                format!(
                    "placeables or call arguments nested deeper than {MAX_DEPTH} levels; {}",
                    skipped(id)
                ),
            ) {
                d.help("flatten the expression");
            }
            continue;
        }
        let mut e = explain(&file.text, issue, file);
        // `msg =` with its text on the next line, unindented: one mistake, reported once,
        // at the text.
        if let (ErrorKind::ExpectedMessageField { entry_id }, Some(next)) =
            (&issue.kind, issues.get(k + 1))
        {
            if next.junk.start == issue.junk.end && continues(&file.text, next) {
                let n = explain(&file.text, next, file);
                e = Explained {
                    span: n.span,
                    message: format!(
                        "the text of `{entry_id}` is on a line that is not indented, so `{entry_id}` has no text"
                    ),
                    help: "indent the text (at least one space), or write it right after `=`"
                        .into(),
                };
                skip = true;
            }
        }
        if let Some(d) = sink.at(
            &SYNTAX_ERROR,
            file,
            e.span,
            id,
            format!("{}; {}", e.message, skipped(id)),
        ) {
            d.help(e.help);
        }
    }
}

/// What the parser's error costs: the entry is dropped at runtime.
fn skipped(id: Option<&str>) -> String {
    match id {
        Some(id) if id.starts_with('-') => format!("Fluent skips the term `{id}`"),
        Some(id) => format!("Fluent skips the message `{id}`"),
        None => "Fluent skips this text".into(),
    }
}

/// A syntax error in a translator's words: where its cause is, what is wrong, what to do.
struct Explained {
    span: std::ops::Range<usize>,
    message: String,
    help: String,
}

/// Up to `n` characters of `s`, with `…` when cut.
fn shorten(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

/// The innermost `{` of `text[..end]` (from `start`) left open, ignoring braces inside
/// string literals of placeables.
fn unclosed_brace(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.get(start..end)?.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => open.push(start + i),
            '}' => {
                open.pop();
            }
            '"' if !open.is_empty() => in_string = true,
            _ => {}
        }
    }
    open.pop()
}

/// The escape sequence that ends at or after `pos`: from the last `\\` before it, `n`
/// characters at most, up to the string's end.
fn escape_at(text: &str, from: usize, pos: usize, n: usize) -> String {
    let end = floor_char_boundary(text, (pos + 1).min(text.len()));
    let start = text[from.min(end)..end]
        .rfind('\\')
        .map_or(pos, |i| from + i);
    text[start..]
        .chars()
        .take(n)
        .take_while(|c| *c != '"' && *c != '\n')
        .collect()
}

/// Whether the junk of `issue` is a line at column 1 right below a message's text that is
/// no entry of its own: the translator meant it to continue the text above.
fn continues(text: &str, issue: &SyntaxIssue) -> bool {
    let junk = issue.junk.clone();
    let first_line_end = text[junk.start..]
        .find('\n')
        .map_or(text.len(), |i| junk.start + i);
    let first_line = &text[junk.start..first_line_end];
    let previous_line = text[..junk.start]
        .strip_suffix('\n')
        .map(|t| t.rsplit('\n').next().unwrap_or(t).trim_end_matches('\r'));
    let starts_line = junk.start == 0 || text.as_bytes()[junk.start - 1] == b'\n';
    // `wéird = x`, `my id = x`: an entry whose name is not an identifier.
    let entry_like = first_line.split_once('=').is_some_and(|(name, _)| {
        !name.trim().is_empty() && !name.trim().contains([' ', '\t', '{', '}'])
    });
    starts_line
        && issue.id.is_none()
        && !entry_like
        && !first_line.trim().is_empty()
        && !first_line.starts_with(['#', ' ', '\t', '-', '.', '[', '*', '}'])
        && previous_line.is_some_and(|p| !p.trim().is_empty() && !p.starts_with('#'))
}

fn explain(text: &str, issue: &SyntaxIssue, file: &SourceFile) -> Explained {
    let junk = issue.junk.clone();
    let pos = issue.pos.start.clamp(junk.start, junk.end.max(junk.start));
    let first_line_end = text[junk.start..]
        .find('\n')
        .map_or(text.len(), |i| junk.start + i);
    let first_line = &text[junk.start..first_line_end];
    let at = |s: usize| {
        let s = floor_char_boundary(text, s.min(text.len()));
        let e = text[s..].chars().next().map_or(s, |c| s + c.len_utf8());
        s..e
    };
    let char_at = |o: usize| text.get(o..).and_then(|t| t.chars().next());
    let default = |message: String, help: &str| Explained {
        span: issue.span.clone(),
        message,
        help: help.to_string(),
    };
    let starts_line = junk.start == 0 || text.as_bytes()[junk.start - 1] == b'\n';
    if continues(text, issue) {
        let above = file
            .model
            .entries
            .iter()
            .rev()
            .find(|e| e.id_span.start < junk.start)
            .map(|e| format!(" of `{}`", e.id))
            .unwrap_or_default();
        let trimmed = first_line.trim_end();
        return Explained {
            span: junk.start..junk.start + trimmed.len(),
            message: format!("this line is not indented, so it is not part of the text{above} above"),
            help: "indent every line that continues a message (at least one space); a line that starts at column 1 begins a new message".into(),
        };
    }
    match &issue.kind {
        ErrorKind::ExpectedToken('}') if char_at(pos) == Some('-') => default(
            "`-` must be followed by `>` to start a select expression".into(),
            "write a select as `{ $count ->` followed by its variants on the next lines",
        ),
        ErrorKind::ExpectedToken('}') => {
            let Some(open) = unclosed_brace(text, junk.start, pos) else {
                return default(
                    "a placeable is not closed with `}`".into(),
                    "add `}` to close it; to show a brace as text, write `{ \"{\" }`",
                );
            };
            let opened = text[open..pos.max(open)].trim_end();
            if opened.contains("->") {
                let head = opened.lines().next().unwrap_or(opened).trim_end();
                Explained {
                    span: open..open + head.len(),
                    message: format!("select expression `{}` is not closed with `}}`", shorten(head, 40)),
                    help: "add a line with `}` after its last variant".into(),
                }
            } else {
                let shown = opened.lines().next().unwrap_or(opened).trim_end();
                Explained {
                    span: open..open + 1,
                    message: format!("placeable `{}` is not closed with `}}`", shorten(shown, 40)),
                    help: "add `}` where the placeable ends; to show a brace as text, write `{ \"{\" }`".into(),
                }
            }
        }
        ErrorKind::ExpectedToken('=') => {
            let name_end = first_line
                .bytes()
                .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                .map_or(first_line_end, |i| junk.start + i);
            match first_line.find('=') {
                Some(eq) if pos < junk.start + eq => {
                    let name = first_line[..eq].trim_end();
                    let bad = char_at(pos).unwrap_or(' ');
                    let what = if bad == ' ' || bad == '\t' { "a space".to_string() } else { format!("`{bad}`") };
                    Explained {
                        span: at(pos),
                        message: format!("`{}` is not a valid identifier: it contains {what}", shorten(name, 40)),
                        help: "message, term and attribute names use only ASCII letters, digits, `-` and `_`, and start with a letter".into(),
                    }
                }
                _ => Explained {
                    span: junk.start..name_end.max(junk.start + 1).min(first_line_end.max(junk.start)),
                    message: format!("`{}` is followed by no `=`", shorten(first_line.trim_end(), 40)),
                    help: "write a message as `id = text` and start a comment with `#`; lines that continue a message's text must be indented".into(),
                },
            }
        }
        ErrorKind::ExpectedToken(']') => default(
            "variant key is not closed with `]`".into(),
            "write variant keys in brackets: `[one]`, `*[other]`",
        ),
        ErrorKind::ExpectedToken('>') => default(
            "`-` must be followed by `>` to start a select expression".into(),
            "write a select as `{ $count ->` followed by its variants on the next lines",
        ),
        ErrorKind::ExpectedToken(c) => default(
            format!("expected `{c}` here"),
            "compare this line with the reference's: a character is missing or extra",
        ),
        ErrorKind::ExpectedCharRange { range } if range == "a-zA-Z" => {
            match text[..pos].chars().next_back() {
                Some('$') => default(
                    "`$` is not followed by a variable name".into(),
                    "write the variable's name right after `$`, as in the reference: `{ $name }`",
                ),
                Some('-') => default(
                    "`-` is not followed by a term name".into(),
                    "write the term's name right after `-`, as in the reference: `{ -brand-name }`",
                ),
                Some('.') => default(
                    "`.` is not followed by an attribute name".into(),
                    "write the attribute's name right after `.`: `.title = ...`",
                ),
                _ if starts_line && pos == junk.start && char_at(pos).is_some_and(char::is_whitespace) => {
                    let trimmed = first_line.trim();
                    let (message, help) = if trimmed.starts_with('.') {
                        (
                            format!("`{}` is not an attribute", shorten(trimmed, 40)),
                            "write attributes as `.name = text`, indented right below their message",
                        )
                    } else if trimmed.starts_with(['[', '*']) {
                        (
                            format!("variant `{}` is outside of a select expression", shorten(trimmed, 40)),
                            "variants go between `{ $var ->` and `}`; check the lines above",
                        )
                    } else {
                        (
                            "this indented line continues no message".to_string(),
                            "indented lines continue the message above them; remove the indentation to start a message (`id = text`)",
                        )
                    };
                    let lead = first_line.len() - first_line.trim_start().len();
                    Explained {
                        span: junk.start + lead..junk.start + first_line.trim_end().len(),
                        message,
                        help: help.into(),
                    }
                }
                _ if starts_line && pos == junk.start => Explained {
                    span: at(pos),
                    message: format!("a message id cannot start with `{}`", char_at(pos).unwrap_or(' ')),
                    help: "ids start with an ASCII letter (a-z, A-Z); lines that continue a message's text must be indented".into(),
                },
                _ => default(
                    "expected a name here (it starts with a letter a-z or A-Z)".into(),
                    "names of messages, terms, variables and attributes start with an ASCII letter",
                ),
            }
        }
        ErrorKind::ExpectedCharRange { range } if range == "0-9" && text[..pos].ends_with('-') => default(
            "`-` is not followed by a term name or a number".into(),
            "write the term's name right after `-`, as in the reference: `{ -brand-name }`",
        ),
        ErrorKind::ExpectedCharRange { range } if range == "0-9" => default(
            "expected a digit here".into(),
            "write numbers with ASCII digits: `1`, `-2`, `3.5`",
        ),
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => default(
            "the variants of a select expression start on the next line".into(),
            "end the line after `->` and put each variant on a line of its own",
        ),
        ErrorKind::ExpectedCharRange { range } => default(
            format!("expected one of `{range}` here"),
            "compare this line with the reference's: a character is missing or extra",
        ),
        ErrorKind::ExpectedMessageField { entry_id } => default(
            format!("message `{entry_id}` has no text"),
            "write its text after `=` (for text meant to be empty, `{ \"\" }`); attributes go on indented lines below: `    .title = ...`",
        ),
        ErrorKind::ExpectedTermField { entry_id } => default(
            format!("term `-{entry_id}` has no value"),
            "a term needs its text after `=`",
        ),
        ErrorKind::MissingValue => {
            // The line the value was missing from: a variant's or an attribute's.
            let before = text[junk.start..pos].trim_end();
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line = before[line_start..].trim();
            let span = junk.start + line_start + (before[line_start..].len() - before[line_start..].trim_start().len());
            let span = span..span + line.len();
            let what = if line.ends_with(']') && line.trim_start_matches('*').starts_with('[') {
                format!("variant `{line}` has no text")
            } else if line.starts_with('.') {
                format!("attribute `{}` has no text", line.trim_end_matches('=').trim_end())
            } else {
                "expected text here".to_string()
            };
            Explained {
                span: if line.is_empty() { issue.span.clone() } else { span },
                message: what,
                help: "write the text; for text meant to be empty, write `{ \"\" }`".into(),
            }
        }
        ErrorKind::ForbiddenCallee => default(
            "only functions can be called, and their names are in capitals".into(),
            "Fluent's functions are `NUMBER(...)` and `DATETIME(...)`; a term takes arguments as `-brand(case: \"gen\")`",
        ),
        ErrorKind::MissingDefaultVariant => {
            let arrow = text[junk.start..pos.max(junk.start)].rfind("->").map(|i| junk.start + i);
            Explained {
                span: arrow.map_or(issue.span.clone(), |a| a..a + 2),
                message: "select expression has no default variant".into(),
                help: "mark the variant to use when no other matches with `*`, as in the reference: `*[other]`".into(),
            }
        }
        ErrorKind::MultipleDefaultVariants => default(
            "select expression has more than one default variant (`*`)".into(),
            "keep `*` on one variant only",
        ),
        ErrorKind::MessageReferenceAsSelector | ErrorKind::MessageAttributeAsSelector => default(
            "a message cannot choose between variants".into(),
            "select on a variable (`{ $count ->`) or on a term's attribute (`{ -brand.gender ->`)",
        ),
        ErrorKind::TermReferenceAsSelector => default(
            "a term cannot choose between variants (one of its attributes can)".into(),
            "select on an attribute of the term: `{ -brand.gender ->`",
        ),
        ErrorKind::TermAttributeAsPlaceable => default(
            "a term's attribute cannot be shown as text, only used to choose a variant".into(),
            "show the term itself (`{ -brand }`) or select on the attribute (`{ -brand.gender ->`)",
        ),
        ErrorKind::UnterminatedStringLiteral => default(
            "string literal is not closed with `\"`".into(),
            "close it with `\"` on the same line",
        ),
        ErrorKind::PositionalArgumentFollowsNamed => default(
            "a positional argument comes after a named one".into(),
            "put positional arguments first: `NUMBER($n, minimumFractionDigits: 1)`",
        ),
        ErrorKind::DuplicatedNamedArgument(n) => default(
            format!("argument `{n}` is given twice"),
            "keep one of them",
        ),
        ErrorKind::UnknownEscapeSequence(_) => default(
            format!("`{}` is not an escape sequence Fluent knows", escape_at(text, junk.start, pos, 2)),
            "in a string literal only `\\\\`, `\\\"`, `\\uXXXX` and `\\UXXXXXX` are escapes; in plain text a backslash needs no escape",
        ),
        ErrorKind::InvalidUnicodeEscapeSequence(_) => default(
            format!("`{}` is not a valid Unicode escape", escape_at(text, junk.start, pos, 8)),
            "write `\\u` with 4 hexadecimal digits or `\\U` with 6: `\\u00A0`",
        ),
        ErrorKind::UnbalancedClosingBrace => default(
            "`}` closes nothing".into(),
            "remove it; to show a brace as text, write `{ \"}\" }`",
        ),
        ErrorKind::ExpectedInlineExpression if char_at(pos) == Some('}') => default(
            "placeable `{ }` is empty".into(),
            "put a variable, term or message in it (`{ $name }`, `{ -brand }`); to show a brace as text, write `{ \"{\" }`",
        ),
        ErrorKind::ExpectedInlineExpression => default(
            "expected a variable, term, message, string or number inside the braces".into(),
            "write `{ $variable }`, `{ -term }`, `{ message }`, `{ \"text\" }` or `{ 42 }`; to show a brace as text, write `{ \"{\" }`",
        ),
        ErrorKind::ExpectedSimpleExpressionAsSelector => default(
            "this expression cannot choose between variants".into(),
            "select on a variable, a number, a string, a function call or a term's attribute",
        ),
        ErrorKind::ExpectedLiteral => default(
            "expected a string or a number".into(),
            "named arguments take a literal: `-brand(case: \"gen\")`, `NUMBER($n, minimumFractionDigits: 2)`",
        ),
        ErrorKind::TooDeep(_) => default(
            issue.message.clone(),
            "flatten the expression",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(bytes: &[u8]) -> Vec<crate::diagnostic::Diagnostic> {
        let f = SourceFile::from_bytes("a.ftl".into(), "a.ftl", bytes.to_vec());
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        check(&mut sink, &f);
        sink.out
    }

    /// The one finding of `src`: its message, help, and where it points (line, column).
    fn one(src: &str) -> (String, String, (usize, usize)) {
        let d = run(src.as_bytes());
        assert_eq!(rules_of(&d), vec!["syntax-error"], "{d:?}");
        let help = d[0].help.as_deref().unwrap_or_default().to_string();
        (
            d[0].message.clone(),
            help,
            (d[0].start.line, d[0].start.column),
        )
    }

    #[test]
    fn syntax_error_points_at_the_unclosed_brace() {
        let d = run(b"ok = fine\nhello = Hello { $name\nnext = x\n");
        assert_eq!(rules_of(&d), vec!["syntax-error"]);
        assert_eq!(
            d[0].message,
            "placeable `{ $name` is not closed with `}`; Fluent skips the message `hello`"
        );
        assert!(d[0].help.as_deref().unwrap_or_default().contains("add `}`"));
        assert_eq!((d[0].start.line, d[0].start.column), (2, 15));
        assert_eq!(d[0].id.as_deref(), Some("hello"));
    }

    #[test]
    fn unindented_continuation_line_says_indent() {
        let (m, help, at) = one("cont = First line\nsecond line\nnext = x\n");
        assert!(m.contains("not indented") && m.contains("`cont`"), "{m}");
        assert!(help.contains("indent"), "{help}");
        assert_eq!(at, (2, 1), "the unindented line, not the next one");
        // A line beginning with a character no id starts with, too.
        let (m, _, at) = one("cont = First line\nélan second\n");
        assert!(m.contains("not indented"), "{m}");
        assert_eq!(at, (2, 1));
        // A value on the line below its `=`, unindented: one finding, at the text.
        let (m, help, at) = one("msg =\nFirst line\nnext = x\n");
        assert_eq!(
            m,
            "the text of `msg` is on a line that is not indented, so `msg` has no text; Fluent skips the message `msg`"
        );
        assert!(help.starts_with("indent the text"), "{help}");
        assert_eq!(at, (2, 1));
        // After a blank line it is no continuation.
        let (m, _, _) = one("cont = First line\n\nsecond line\n");
        assert!(!m.contains("indented"), "{m}");
    }

    #[test]
    fn select_errors_name_the_select_and_the_star() {
        let (m, help, at) = one("sel = { $n ->\n    [one] un\n   *[other] des\n\nnext = x\n");
        assert!(
            m.starts_with("select expression `{ $n ->` is not closed"),
            "{m}"
        );
        assert!(help.contains("`}` after its last variant"), "{help}");
        assert_eq!(at, (1, 7), "the select's opening brace");
        let (m, help, at) = one("sel = { $n ->\n    [one] un\n    [other] des\n}\n");
        assert!(
            m.starts_with("select expression has no default variant"),
            "{m}"
        );
        assert!(
            help.contains("`*`") && help.contains("`*[other]`"),
            "{help}"
        );
        assert_eq!(at, (1, 12), "the select's arrow");
    }

    #[test]
    fn identifiers_with_foreign_characters() {
        let (m, help, at) = one("wéird = x\n");
        assert!(
            m.starts_with("`wéird` is not a valid identifier: it contains `é`"),
            "{m}"
        );
        assert!(help.contains("ASCII letters"), "{help}");
        assert_eq!(at, (1, 2));
    }

    /// No parser jargon reaches a translator: every error kind has words and a help line.
    #[test]
    fn every_syntax_error_has_plain_words_and_help() {
        let cases = [
            "a = { $n ->\n   *[one x\n}\n",
            "a = { $n -\n   *[one] x\n}\n",
            "a = { $ }\n",
            "a = { - }\n",
            "1a = x\n",
            "a = { -1.x }\n",
            "a =\n",
            "-t =\n",
            "a = { $n ->\n    [one] x\n   *[other]\n}\n",
            "a = { foo() }\n",
            "a = { $n ->\n   *[one] x\n   *[other] y\n}\n",
            "a = { b ->\n   *[one] x\n}\n",
            "a = { -t ->\n   *[one] x\n}\n",
            "a = { -t.attr }\n",
            "a = { \"abc }\n",
            "a = { NUMBER(a: 1, $n) }\n",
            "a = { NUMBER($n, a: 1, a: 2) }\n",
            "a = { \"\\q\" }\n",
            "a = { \"\\u00ZZ\" }\n",
            "a = x }\n",
            "a = { }\n",
            "a = { $n -> [one] x }\n",
            "a = { { $n } ->\n *[one] x\n}\n",
            "a = { -t(case: $x) }\n",
            "a = x\n    .b\n",
        ];
        for src in cases {
            let d = run(src.as_bytes());
            assert!(!d.is_empty(), "no finding for {src:?}");
            for f in &d {
                assert!(
                    !f.message.contains("Expected") && !f.message.contains("a-zA-Z"),
                    "jargon for {src:?}: {}",
                    f.message
                );
                assert!(
                    f.help.as_deref().is_some_and(|h| h.len() > 10),
                    "no help for {src:?}: {}",
                    f.message
                );
            }
        }
    }

    #[test]
    fn clean_file_has_no_findings() {
        assert!(run(b"a = b\n").is_empty());
        let f = file("a.ftl", "a = b\n");
        assert!(f.model.syntax.is_empty());
    }

    #[test]
    fn bom_encoding_and_depth() {
        let d = run(b"\xEF\xBB\xBFa = b\n");
        assert_eq!(rules_of(&d), vec!["bom"]);
        assert!(d[0].fix.is_some());
        let d = run(b"a = \xC3\x28\n");
        assert_eq!(rules_of(&d), vec!["encoding"]);
        assert_eq!(
            d[0].message,
            "file is not valid UTF-8: byte 0xC3 is not part of a UTF-8 character"
        );
        // Where the byte is, outside the message (baselines key on messages).
        assert_eq!((d[0].start.line, d[0].start.column), (1, 5));
        let d = run(b"a = b\nc = d \xE9\n");
        assert_eq!((d[0].start.line, d[0].start.column), (2, 7));
        let deep = format!("a = {}\nb = B\n", "{".repeat(50_000));
        let d = run(deep.as_bytes());
        assert_eq!(rules_of(&d), vec!["too-deep"]);
        assert_eq!(d[0].start.column, 4 + MAX_DEPTH + 1);
        assert_eq!(d[0].id.as_deref(), Some("a"));
        // Only the deep entry is lost.
        let f = SourceFile::from_bytes("a.ftl".into(), "a.ftl", deep.into());
        assert_eq!(f.model.entries.len(), 1);
        assert_eq!(f.model.entries[0].id, "b");
        // Exactly at the limit is fine, one more is not.
        let at = |n: usize| format!("a = {}x{}\n", "{".repeat(n), "}".repeat(n));
        assert!(run(at(MAX_DEPTH).as_bytes()).is_empty());
        assert_eq!(
            rules_of(&run(at(MAX_DEPTH + 1).as_bytes())),
            vec!["too-deep"]
        );
    }

    #[test]
    fn syntax_findings_are_capped_per_file() {
        let junk = "k = }\n".repeat(5_000);
        let d = run(junk.as_bytes());
        assert_eq!(d.len(), MAX_SYNTAX_FINDINGS);
        assert!(d.last().unwrap().message.contains("more syntax errors"));
    }

    #[test]
    fn oversized_file_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.ftl");
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(crate::ftl::source::MAX_FILE_BYTES + 1).unwrap();
        let loaded = SourceFile::load(&p, "big.ftl").unwrap();
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        check(&mut sink, &loaded);
        assert_eq!(rules_of(&sink.out), vec!["too-large"]);
        assert!(loaded.text.is_empty(), "nothing was read");
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        let d = run(b"a = { NUMBER($n) ->\n    [one] x\n");
        assert_eq!(rules_of(&d), vec!["syntax-error"]);
    }
}
