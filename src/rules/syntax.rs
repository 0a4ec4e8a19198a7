//! Rules about reading a file at all: syntax, byte order mark, encoding, nesting depth.

use super::{declare_rule, Sink};
use crate::ftl::lines::{floor_char_boundary, Position};
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

/// The findings about reading `file`: its byte order mark, why it was not read at all,
/// then each entry the parser could not read.
pub fn check(sink: &mut Sink, file: &SourceFile) {
    if file.bom {
        bom(sink, file);
    }
    match &file.unparsed {
        Some(Unparsed::Encoding { byte, position, .. }) => encoding(sink, file, *byte, *position),
        Some(Unparsed::TooLarge { bytes }) => too_large(sink, file, *bytes),
        None => {}
    }
    syntax_issues(sink, file);
}

/// `bom`, with its safe fix.
fn bom(sink: &mut Sink, file: &SourceFile) {
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

/// `encoding`: the first byte that is not UTF-8, and where it is.
fn encoding(sink: &mut Sink, file: &SourceFile, byte: u8, position: Position) {
    if let Some(d) = sink.file(
        &ENCODING,
        file.rel.clone(),
        None,
        format!("file is not valid UTF-8: byte 0x{byte:02X} is not part of a UTF-8 character"),
    ) {
        // Where the bad byte is, for the editor; not in the message (baselines).
        d.start = position;
        d.end = position;
        d.help("save the file as UTF-8 (it was probably saved in a legacy encoding such as Latin-1 or Windows-1252); until then no message of it is read");
    }
}

/// `too-large`: the file's size against the limit.
fn too_large(sink: &mut Sink, file: &SourceFile, bytes: u64) {
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

/// `syntax-error` and `too-deep` for each entry the parser could not read.
fn syntax_issues(sink: &mut Sink, file: &SourceFile) {
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
            too_deep(sink, file, issue);
            continue;
        }
        let e = match value_on_next_line(file, issue, issues.get(k + 1)) {
            Some(e) => {
                skip = true;
                e
            }
            None => explain(&file.text, issue, file),
        };
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

/// `too-deep` for an entry the parser stopped reading at its nesting limit.
fn too_deep(sink: &mut Sink, file: &SourceFile, issue: &SyntaxIssue) {
    let id = issue.id.as_deref();
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
}

/// `msg =` with its text on the next line, unindented: one mistake, reported once, at the
/// text (the parser sees two: a message without text, then junk), when `next` is that
/// text.
fn value_on_next_line(
    file: &SourceFile,
    issue: &SyntaxIssue,
    next: Option<&SyntaxIssue>,
) -> Option<Explained> {
    let ErrorKind::ExpectedMessageField { entry_id } = &issue.kind else {
        return None;
    };
    let next = next.filter(|n| n.junk.start == issue.junk.end && continues(&file.text, n))?;
    Some(Explained {
        span: explain(&file.text, next, file).span,
        message: format!(
            "the text of `{entry_id}` is on a line that is not indented, so `{entry_id}` has no text"
        ),
        help: "indent the text (at least one space), or write it right after `=`".into(),
    })
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

/// Where a parser error is, in the terms its explanations start from: the junk, the
/// position the parser stopped at (within the junk), the junk's first line.
struct Place<'t> {
    text: &'t str,
    issue: &'t SyntaxIssue,
    junk: std::ops::Range<usize>,
    pos: usize,
    first_line: &'t str,
    first_line_end: usize,
    /// The junk starts a line (the parser expected an entry there).
    starts_line: bool,
}

impl<'t> Place<'t> {
    fn new(text: &'t str, issue: &'t SyntaxIssue) -> Self {
        let junk = issue.junk.clone();
        let pos = issue.pos.start.clamp(junk.start, junk.end.max(junk.start));
        let first_line_end = text[junk.start..]
            .find('\n')
            .map_or(text.len(), |i| junk.start + i);
        Place {
            text,
            issue,
            first_line: &text[junk.start..first_line_end],
            first_line_end,
            starts_line: junk.start == 0 || text.as_bytes()[junk.start - 1] == b'\n',
            junk,
            pos,
        }
    }

    /// The span of the character at byte `s` (from the char boundary at or before it).
    fn char_span(&self, s: usize) -> std::ops::Range<usize> {
        let s = floor_char_boundary(self.text, s.min(self.text.len()));
        let e = self.text[s..]
            .chars()
            .next()
            .map_or(s, |c| s + c.len_utf8());
        s..e
    }

    fn char_at(&self, o: usize) -> Option<char> {
        self.text.get(o..).and_then(|t| t.chars().next())
    }

    /// [`Place::says`] with [`Words`].
    fn says_words(&self, (message, help): Words) -> Explained {
        self.says(message, help)
    }

    /// An explanation at the parser's own span.
    fn says(&self, message: impl Into<String>, help: &str) -> Explained {
        Explained {
            span: self.issue.span.clone(),
            message: message.into(),
            help: help.to_string(),
        }
    }
}

/// Why Fluent rejected an entry, in plain words, pointing at the cause. One arm per
/// parser error kind (so a new kind of the parser does not compile without words); the
/// kinds whose words depend on the text have a function of their own.
fn explain(text: &str, issue: &SyntaxIssue, file: &SourceFile) -> Explained {
    use ErrorKind as K;
    let at = Place::new(text, issue);
    if continues(text, issue) {
        return unindented_line(&at, file);
    }
    match &issue.kind {
        K::ExpectedToken(c) => expected_token(&at, *c),
        K::ExpectedCharRange { range } => expected_char(&at, range),
        K::ExpectedMessageField { entry_id } => {
            at.says(format!("message `{entry_id}` has no text"), NO_TEXT_HELP)
        }
        K::ExpectedTermField { entry_id } => at.says(
            format!("term `-{entry_id}` has no value"),
            "a term needs its text after `=`",
        ),
        K::MissingValue => missing_value(&at),
        K::MissingDefaultVariant => missing_default_variant(&at),
        K::DuplicatedNamedArgument(n) => {
            at.says(format!("argument `{n}` is given twice"), "keep one of them")
        }
        K::UnknownEscapeSequence(_) => {
            let seq = escape_at(text, at.junk.start, at.pos, 2);
            at.says(
                format!("`{seq}` is not an escape sequence Fluent knows"),
                ESCAPES_HELP,
            )
        }
        K::InvalidUnicodeEscapeSequence(_) => {
            let seq = escape_at(text, at.junk.start, at.pos, 8);
            at.says(
                format!("`{seq}` is not a valid Unicode escape"),
                UNICODE_ESCAPE_HELP,
            )
        }
        K::ExpectedInlineExpression if at.char_at(at.pos) == Some('}') => {
            at.says_words(EMPTY_PLACEABLE)
        }
        K::ExpectedInlineExpression => at.says_words(NO_EXPRESSION),
        K::TooDeep(_) => at.says(issue.message.clone(), "flatten the expression"),
        K::ForbiddenCallee => at.says_words(FORBIDDEN_CALLEE),
        K::MultipleDefaultVariants => at.says_words(MULTIPLE_DEFAULTS),
        K::MessageReferenceAsSelector | K::MessageAttributeAsSelector => {
            at.says_words(MESSAGE_SELECTOR)
        }
        K::TermReferenceAsSelector => at.says_words(TERM_SELECTOR),
        K::TermAttributeAsPlaceable => at.says_words(TERM_ATTRIBUTE_SHOWN),
        K::UnterminatedStringLiteral => at.says_words(UNCLOSED_STRING),
        K::PositionalArgumentFollowsNamed => at.says_words(POSITIONAL_AFTER_NAMED),
        K::UnbalancedClosingBrace => at.says_words(STRAY_CLOSING_BRACE),
        K::ExpectedSimpleExpressionAsSelector => at.says_words(COMPLEX_SELECTOR),
        K::ExpectedLiteral => at.says_words(EXPECTED_LITERAL),
    }
}

/// What is wrong and what to do, for an error whose words need nothing of the text.
type Words = (&'static str, &'static str);

const NO_TEXT_HELP: &str = "write its text after `=` (for text meant to be empty, `{ \"\" }`); attributes go on indented lines below: `    .title = ...`";
const ESCAPES_HELP: &str = "in a string literal only `\\\\`, `\\\"`, `\\uXXXX` and `\\UXXXXXX` are escapes; in plain text a backslash needs no escape";
const UNICODE_ESCAPE_HELP: &str =
    "write `\\u` with 4 hexadecimal digits or `\\U` with 6: `\\u00A0`";

const SELECT_ARROW: Words = (
    "`-` must be followed by `>` to start a select expression",
    "write a select as `{ $count ->` followed by its variants on the next lines",
);
const UNCLOSED_VARIANT_KEY: Words = (
    "variant key is not closed with `]`",
    "write variant keys in brackets: `[one]`, `*[other]`",
);
const UNCLOSED_PLACEABLE: Words = (
    "a placeable is not closed with `}`",
    "add `}` to close it; to show a brace as text, write `{ \"{\" }`",
);
const NO_VARIABLE_NAME: Words = (
    "`$` is not followed by a variable name",
    "write the variable's name right after `$`, as in the reference: `{ $name }`",
);
const NO_TERM_NAME: Words = (
    "`-` is not followed by a term name",
    "write the term's name right after `-`, as in the reference: `{ -brand-name }`",
);
const NO_ATTRIBUTE_NAME: Words = (
    "`.` is not followed by an attribute name",
    "write the attribute's name right after `.`: `.title = ...`",
);
const NO_NAME: Words = (
    "expected a name here (it starts with a letter a-z or A-Z)",
    "names of messages, terms, variables and attributes start with an ASCII letter",
);
const NO_TERM_NAME_OR_NUMBER: Words = (
    "`-` is not followed by a term name or a number",
    "write the term's name right after `-`, as in the reference: `{ -brand-name }`",
);
const NO_DIGIT: Words = (
    "expected a digit here",
    "write numbers with ASCII digits: `1`, `-2`, `3.5`",
);
const VARIANTS_ON_ARROW_LINE: Words = (
    "the variants of a select expression start on the next line",
    "end the line after `->` and put each variant on a line of its own",
);
const FORBIDDEN_CALLEE: Words = (
    "only functions can be called, and their names are in capitals",
    "Fluent's functions are `NUMBER(...)` and `DATETIME(...)`; a term takes arguments as `-brand(case: \"gen\")`",
);
const MULTIPLE_DEFAULTS: Words = (
    "select expression has more than one default variant (`*`)",
    "keep `*` on one variant only",
);
const MESSAGE_SELECTOR: Words = (
    "a message cannot choose between variants",
    "select on a variable (`{ $count ->`) or on a term's attribute (`{ -brand.gender ->`)",
);
const TERM_SELECTOR: Words = (
    "a term cannot choose between variants (one of its attributes can)",
    "select on an attribute of the term: `{ -brand.gender ->`",
);
const TERM_ATTRIBUTE_SHOWN: Words = (
    "a term's attribute cannot be shown as text, only used to choose a variant",
    "show the term itself (`{ -brand }`) or select on the attribute (`{ -brand.gender ->`)",
);
const UNCLOSED_STRING: Words = (
    "string literal is not closed with `\"`",
    "close it with `\"` on the same line",
);
const POSITIONAL_AFTER_NAMED: Words = (
    "a positional argument comes after a named one",
    "put positional arguments first: `NUMBER($n, minimumFractionDigits: 1)`",
);
const STRAY_CLOSING_BRACE: Words = (
    "`}` closes nothing",
    "remove it; to show a brace as text, write `{ \"}\" }`",
);
const EMPTY_PLACEABLE: Words = (
    "placeable `{ }` is empty",
    "put a variable, term or message in it (`{ $name }`, `{ -brand }`); to show a brace as text, write `{ \"{\" }`",
);
const NO_EXPRESSION: Words = (
    "expected a variable, term, message, string or number inside the braces",
    "write `{ $variable }`, `{ -term }`, `{ message }`, `{ \"text\" }` or `{ 42 }`; to show a brace as text, write `{ \"{\" }`",
);
const COMPLEX_SELECTOR: Words = (
    "this expression cannot choose between variants",
    "select on a variable, a number, a string, a function call or a term's attribute",
);
const EXPECTED_LITERAL: Words = (
    "expected a string or a number",
    "named arguments take a literal: `-brand(case: \"gen\")`, `NUMBER($n, minimumFractionDigits: 2)`",
);

/// A line at column 1 below a message's text that the translator meant to continue it.
fn unindented_line(at: &Place, file: &SourceFile) -> Explained {
    let above = file
        .model
        .entries
        .iter()
        .rev()
        .find(|e| e.id_span.start < at.junk.start)
        .map(|e| format!(" of `{}`", e.id))
        .unwrap_or_default();
    let trimmed = at.first_line.trim_end();
    Explained {
        span: at.junk.start..at.junk.start + trimmed.len(),
        message: format!("this line is not indented, so it is not part of the text{above} above"),
        help: "indent every line that continues a message (at least one space); a line that starts at column 1 begins a new message".into(),
    }
}

/// The parser expected character `c`: a brace, `=`, a variant key's `]`, a select's `>`.
fn expected_token(at: &Place, c: char) -> Explained {
    match c {
        '}' if at.char_at(at.pos) == Some('-') => at.says_words(SELECT_ARROW),
        '}' => unclosed_placeable(at),
        '=' => no_equals(at),
        ']' => at.says_words(UNCLOSED_VARIANT_KEY),
        '>' => at.says_words(SELECT_ARROW),
        c => at.says(
            format!("expected `{c}` here"),
            "compare this line with the reference's: a character is missing or extra",
        ),
    }
}

/// A `{` left open: the select or the placeable it opens, at the brace.
fn unclosed_placeable(at: &Place) -> Explained {
    let Some(open) = unclosed_brace(at.text, at.junk.start, at.pos) else {
        return at.says_words(UNCLOSED_PLACEABLE);
    };
    let opened = at.text[open..at.pos.max(open)].trim_end();
    if opened.contains("->") {
        let head = opened.lines().next().unwrap_or(opened).trim_end();
        Explained {
            span: open..open + head.len(),
            message: format!(
                "select expression `{}` is not closed with `}}`",
                shorten(head, 40)
            ),
            help: "add a line with `}` after its last variant".into(),
        }
    } else {
        let shown = opened.lines().next().unwrap_or(opened).trim_end();
        Explained {
            span: open..open + 1,
            message: format!("placeable `{}` is not closed with `}}`", shorten(shown, 40)),
            help: "add `}` where the placeable ends; to show a brace as text, write `{ \"{\" }`"
                .into(),
        }
    }
}

/// An entry without `=` after its name: a character no identifier holds before the `=`,
/// or a line with no `=` at all.
fn no_equals(at: &Place) -> Explained {
    let (first_line, start) = (at.first_line, at.junk.start);
    let name_end = first_line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .map_or(at.first_line_end, |i| start + i);
    match first_line.find('=') {
        Some(eq) if at.pos < start + eq => {
            let name = first_line[..eq].trim_end();
            let bad = at.char_at(at.pos).unwrap_or(' ');
            let what = if bad == ' ' || bad == '\t' { "a space".to_string() } else { format!("`{bad}`") };
            Explained {
                span: at.char_span(at.pos),
                message: format!("`{}` is not a valid identifier: it contains {what}", shorten(name, 40)),
                help: "message, term and attribute names use only ASCII letters, digits, `-` and `_`, and start with a letter".into(),
            }
        }
        _ => Explained {
            span: start..name_end.max(start + 1).min(at.first_line_end.max(start)),
            message: format!("`{}` is followed by no `=`", shorten(first_line.trim_end(), 40)),
            help: "write a message as `id = text` and start a comment with `#`; lines that continue a message's text must be indented".into(),
        },
    }
}

/// The parser expected a character of `range`: a name's first letter, a digit, the line
/// end after a select's `->`.
fn expected_char(at: &Place, range: &str) -> Explained {
    let before = at.text.get(..at.pos).and_then(|t| t.chars().next_back());
    match range {
        "a-zA-Z" => match before {
            Some('$') => at.says_words(NO_VARIABLE_NAME),
            Some('-') => at.says_words(NO_TERM_NAME),
            Some('.') => at.says_words(NO_ATTRIBUTE_NAME),
            _ if at.starts_line && at.pos == at.junk.start => line_without_entry(at),
            _ => at.says_words(NO_NAME),
        },
        "0-9" if before == Some('-') => at.says_words(NO_TERM_NAME_OR_NUMBER),
        "0-9" => at.says_words(NO_DIGIT),
        _ if range.contains('\n') => at.says_words(VARIANTS_ON_ARROW_LINE),
        _ => at.says(
            format!("expected one of `{range}` here"),
            "compare this line with the reference's: a character is missing or extra",
        ),
    }
}

/// A line where an entry should start but none does: an indented line that continues no
/// message (a stray attribute or variant), or an id starting with a character ids cannot.
fn line_without_entry(at: &Place) -> Explained {
    if !at.char_at(at.pos).is_some_and(char::is_whitespace) {
        return Explained {
            span: at.char_span(at.pos),
            message: format!("a message id cannot start with `{}`", at.char_at(at.pos).unwrap_or(' ')),
            help: "ids start with an ASCII letter (a-z, A-Z); lines that continue a message's text must be indented".into(),
        };
    }
    let first_line = at.first_line;
    let trimmed = first_line.trim();
    let (message, help) = if trimmed.starts_with('.') {
        (
            format!("`{}` is not an attribute", shorten(trimmed, 40)),
            "write attributes as `.name = text`, indented right below their message",
        )
    } else if trimmed.starts_with(['[', '*']) {
        (
            format!(
                "variant `{}` is outside of a select expression",
                shorten(trimmed, 40)
            ),
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
        span: at.junk.start + lead..at.junk.start + first_line.trim_end().len(),
        message,
        help: help.into(),
    }
}

/// A variant or an attribute without text: the line it is missing from.
fn missing_value(at: &Place) -> Explained {
    let before = at.text[at.junk.start..at.pos].trim_end();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before[line_start..].trim();
    let span = at.junk.start
        + line_start
        + (before[line_start..].len() - before[line_start..].trim_start().len());
    let span = span..span + line.len();
    let what = if line.ends_with(']') && line.trim_start_matches('*').starts_with('[') {
        format!("variant `{line}` has no text")
    } else if line.starts_with('.') {
        format!(
            "attribute `{}` has no text",
            line.trim_end_matches('=').trim_end()
        )
    } else {
        "expected text here".to_string()
    };
    Explained {
        span: if line.is_empty() {
            at.issue.span.clone()
        } else {
            span
        },
        message: what,
        help: "write the text; for text meant to be empty, write `{ \"\" }`".into(),
    }
}

/// A select without a `*` default: at its `->`.
fn missing_default_variant(at: &Place) -> Explained {
    let (start, pos) = (at.junk.start, at.pos);
    let arrow = at.text[start..pos.max(start)]
        .rfind("->")
        .map(|i| start + i);
    Explained {
        span: arrow.map_or(at.issue.span.clone(), |a| a..a + 2),
        message: "select expression has no default variant".into(),
        help: "mark the variant to use when no other matches with `*`, as in the reference: `*[other]`".into(),
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
