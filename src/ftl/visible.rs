//! The text a part shows, for the rules that read it (figures, links, typography): its
//! text elements and the contents of its positional string literals (`{ "5 %" }`), with
//! markup tags, character references and links found so rules can skip them.
//!
//! The model keeps only text element spans; literals are found on demand by a small scan
//! of the placeables between them (named arguments such as `case: "acc"` and
//! `minimumFractionDigits: 2`, and variant keys `[1]`, are code, not text).

use super::model::{Part, Span};
use super::SourceFile;
use std::borrow::Cow;

/// One run of visible text: a text element, or a string or number literal's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    /// A literal inside a placeable (its text cannot be fixed like a text element's).
    pub literal: bool,
}

/// The visible runs of `part` (a part of `file`), in source order.
pub fn runs(file: &SourceFile, part: &Part) -> Vec<Run> {
    let src = file.text.as_str();
    let mut texts: Vec<Span> = file.model.texts(part).to_vec();
    texts.sort_by_key(|s| s.start);
    let mut out = Vec::with_capacity(texts.len());
    let mut pos = part.source.start;
    for t in &texts {
        if t.start > pos {
            literals(src, pos..t.start, &mut out);
        }
        out.push(Run {
            span: t.clone(),
            literal: false,
        });
        pos = pos.max(t.end);
    }
    if part.source.end > pos {
        literals(src, pos..part.source.end, &mut out);
    }
    out
}

/// The placeable code of `part`: its source between text elements (`{ NUMBER($n, …) }`,
/// selectors, variant keys), in source order.
pub fn code(file: &SourceFile, part: &Part) -> Vec<Span> {
    let mut texts: Vec<Span> = file.model.texts(part).to_vec();
    texts.sort_by_key(|s| s.start);
    let mut out = Vec::new();
    let mut pos = part.source.start;
    for t in &texts {
        if t.start > pos {
            out.push(pos..t.start);
        }
        pos = pos.max(t.end);
    }
    if part.source.end > pos {
        out.push(pos..part.source.end);
    }
    out.retain(|s| {
        file.text
            .get(s.clone())
            .is_some_and(|t| t.contains('{') || t.contains('('))
    });
    out
}

/// Positional string and number literals in `range` of `src` (placeable code).
fn literals(src: &str, range: Span, out: &mut Vec<Run>) {
    let Some(code) = src.get(range.clone()) else {
        return;
    };
    // A literal is a string (`"`) or a number (a digit): most placeables are references
    // (`{ -brand-name }`, `{ $n }`) and hold neither.
    if !code.bytes().any(|c| c == b'"' || c.is_ascii_digit()) {
        return;
    }
    let b = code.as_bytes();
    let mut i = 0;
    // The last significant byte: a literal after `:` is a named argument's value.
    let mut prev = b'{';
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(b.len());
                if prev != b':' && end > start {
                    out.push(Run {
                        span: range.start + start..range.start + end,
                        literal: true,
                    });
                }
                i = end + 1;
                prev = b'"';
            }
            b'[' => {
                // A variant key.
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
                i += 1;
                prev = b']';
            }
            b'0'..=b'9' | b'-' if !matches!(prev, b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' | b'0'..=b'9') =>
            {
                let start = i;
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
                    j += 1;
                }
                let is_number = b[start..j].iter().any(u8::is_ascii_digit);
                if is_number && prev != b':' {
                    out.push(Run {
                        span: range.start + start..range.start + j,
                        literal: true,
                    });
                }
                if !is_number {
                    // A term reference or an identifier's dash: skip the identifier.
                    while j < b.len() && (b[j].is_ascii_alphanumeric() || b"-_".contains(&b[j])) {
                        j += 1;
                    }
                }
                i = j;
                prev = b'0';
            }
            c if c.is_ascii_alphabetic() || c == b'$' || c == b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b"-_$.".contains(&b[i])) {
                    i += 1;
                }
                prev = b'a';
            }
            c if c.is_ascii_whitespace() => i += 1,
            c => {
                prev = c;
                i += 1;
            }
        }
    }
}

/// The text in which to find the tags of `part` that span placeables (`<a href="{ $url }">`),
/// and its file offset; `None` when no text element starts or ends inside a tag (then each
/// text's own tags are all there is). The part's source is read as written where no
/// placeable holds a `<` or `>` (masking them would change no tag found), else with its
/// placeables, select variants included, replaced by `_` bytes.
pub fn tag_source<'f>(file: &'f SourceFile, part: &Part) -> Option<(usize, Cow<'f, str>)> {
    let src = file.text.get(part.source.clone()).unwrap_or("");
    let (edge, in_code) = brackets(src, part.source.start, file.model.texts(part));
    if !edge {
        return None;
    }
    let text = if file.model.selects(part).is_empty() && !in_code {
        Cow::Borrowed(src)
    } else {
        Cow::Owned(flatten(src))
    };
    Some((part.source.start, text))
}

/// Reads the brackets (`<`, `>`) of `src`, at file offset `base`, in one pass: whether a
/// text of `texts` (spans of `src`) may start or end inside a tag, its first bracket being
/// a `>` or its last a `<` (`<a href="{ $url }">` is three text runs), and whether a
/// bracket lies outside every text (in a placeable). Tags wholly inside one text element
/// are found by [`code_ranges`].
fn brackets(src: &str, base: usize, texts: &[Span]) -> (bool, bool) {
    let texts: Cow<[Span]> = if texts.is_sorted_by_key(|t| t.start) {
        Cow::Borrowed(texts)
    } else {
        let mut sorted = texts.to_vec();
        sorted.sort_by_key(|t| t.start);
        Cow::Owned(sorted)
    };
    let b = src.as_bytes();
    let (mut edge, mut in_code) = (false, false);
    // The text of the last bracket read in a text, and that bracket.
    let mut last: Option<(usize, u8)> = None;
    let mut k = 0;
    for i in memchr::memchr2_iter(b'<', b'>', b) {
        let at = base + i;
        while texts.get(k).is_some_and(|t| t.end <= at) {
            k += 1;
        }
        if texts.get(k).is_none_or(|t| t.start > at) {
            in_code = true;
            continue;
        }
        if last.is_none_or(|(j, _)| j != k) {
            // The first bracket of text `k`, after the last one of an earlier text.
            edge |= b[i] == b'>' || last.is_some_and(|(_, c)| c == b'<');
        }
        last = Some((k, b[i]));
    }
    (edge || last.is_some_and(|(_, c)| c == b'<'), in_code)
}

/// `src` (Fluent pattern source) with every placeable replaced by `_` bytes. Text is
/// copied a slice at a time: only placeables are walked byte by byte.
fn flatten(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut pos = 0;
    while let Some(off) = memchr::memchr(b'{', &b[pos..]) {
        let start = pos + off;
        let end = placeable_end(b, start);
        out.push_str(&src[pos..start]);
        out.extend(std::iter::repeat_n('_', end - start));
        pos = end;
    }
    out.push_str(&src[pos..]);
    out
}

/// The end of the placeable opening at `b[start]` (`{`), past its closing `}`: braces
/// nest, and those inside string literals (with their escapes) do not count. An unclosed
/// placeable runs to the end.
fn placeable_end(b: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'{' if !in_string => depth += 1,
            b'}' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The visible runs of `part` (a part of `file`), each masked only when a rule asks for
/// it: tags that span placeables (`<a href="{ $url }">`) are found once per part, and
/// most runs of a part are never masked (their text has nothing a rule looks for).
pub struct Visible<'f> {
    file: &'f SourceFile,
    pub runs: Vec<Run>,
    /// Tags of the whole pattern that span placeables, in file offsets.
    tags: Vec<Span>,
    /// `tags` hold every tag of the part's text elements too: they were read from its
    /// source, which has no variants.
    all_tags: bool,
}

impl<'f> Visible<'f> {
    pub fn new(file: &'f SourceFile, part: &Part) -> Visible<'f> {
        Visible::with_runs(file, part, runs(file, part))
    }

    /// Only the text elements of `part`, in source order: for rules that read no literal.
    pub fn texts(file: &'f SourceFile, part: &Part) -> Visible<'f> {
        let mut runs: Vec<Run> = (file.model.texts(part).iter())
            .map(|s| Run {
                span: s.clone(),
                literal: false,
            })
            .collect();
        runs.sort_by_key(|r| r.span.start);
        Visible::with_runs(file, part, runs)
    }

    fn with_runs(file: &'f SourceFile, part: &Part, runs: Vec<Run>) -> Visible<'f> {
        let (tags, all_tags) = match tag_source(file, part) {
            Some((base, text)) => (
                super::markup::scan_tags(&text)
                    .map(|(_, _, r)| base + r.start..base + r.end)
                    .collect(),
                file.model.selects(part).is_empty(),
            ),
            None => (Vec::new(), false),
        };
        Visible {
            file,
            runs,
            tags,
            all_tags,
        }
    }

    /// The text of `run` (one of [`Visible::runs`]) as written.
    pub fn raw(&self, run: &Run) -> Option<&'f str> {
        self.file.text.get(run.span.clone())
    }

    /// The text of `run` (one of [`Visible::runs`]) masked ([`mask`]), with the parts of
    /// tags spanning placeables that fall in it; `None` when nothing needed masking.
    pub fn masked(&self, run: &Run) -> Option<String> {
        let text = self.file.text.get(run.span.clone()).unwrap_or("");
        mask_with(text, self.spanning(run).collect())
    }

    /// The parts of tags spanning placeables that fall in `run`, in its offsets, sorted.
    fn spanning(&self, run: &Run) -> impl Iterator<Item = Span> + '_ {
        let span = run.span.clone();
        self.tags
            .iter()
            .filter(move |t| t.start < span.end && span.start < t.end)
            .map(move |t| t.start.max(span.start) - span.start..t.end.min(span.end) - span.start)
    }

    /// Whether `pred` holds for a stretch of `run`'s text (its file offsets) outside markup
    /// tags, its own and those spanning placeables (`<a href="{ $url }">`). Masking only
    /// blanks text out, so when this is false the masked text has nothing `pred` looks for
    /// either, and a rule needs no masked copy.
    pub fn outside_tags(&self, run: &Run, pred: impl Fn(Span) -> bool) -> bool {
        let Some(text) = self.raw(run) else {
            return false;
        };
        let base = run.span.start;
        if self.all_tags && !run.literal {
            // The run's own tags are among the part's: no need to find them again.
            return between(text, base, self.spanning(run), pred);
        }
        outside(text, base, self.spanning(run), pred)
    }
}

/// Whether `pred` holds for a stretch of `text` (at file offset `base`; `pred` reads
/// stretches by their file offsets) outside its markup tags: most quotation marks of a
/// translation are its HTML attributes' (`<a href="…">`). A cheap test before a part's
/// runs are built (tags that span placeables are not known yet).
pub fn outside_tags(text: &str, base: usize, pred: impl Fn(Span) -> bool) -> bool {
    outside(text, base, std::iter::empty(), pred)
}

/// Whether `pred` holds for a stretch of `text` outside its own tags and `more` ranges
/// (sorted): the two lists are merged as they are read, with no copy.
fn outside(
    text: &str,
    base: usize,
    more: impl Iterator<Item = Span>,
    pred: impl Fn(Span) -> bool,
) -> bool {
    let mut own = super::markup::scan_tags(text).map(|(_, _, r)| r).peekable();
    let mut more = more.peekable();
    let merged = std::iter::from_fn(|| match (own.peek(), more.peek()) {
        (Some(a), Some(b)) if a.start < b.start => own.next(),
        (_, Some(_)) => more.next(),
        _ => own.next(),
    });
    between(text, base, merged, pred)
}

/// Whether `pred` holds for a stretch of `text` (at file offset `base`) between `tags`
/// (offsets in `text`, sorted, maybe overlapping); `pred` reads file offsets.
fn between(
    text: &str,
    base: usize,
    tags: impl Iterator<Item = Span>,
    pred: impl Fn(Span) -> bool,
) -> bool {
    let mut pos = 0;
    for t in tags {
        if t.start > pos && pred(base + pos..base + t.start) {
            return true;
        }
        pos = pos.max(t.end);
    }
    pred(base + pos..base + text.len())
}

/// The visible runs of `part`, each with its text masked ([`mask`]) where it has code:
/// markup tags, including those that span placeables (`<a href="{ $url }">`), character
/// references and links. The text is `None` when nothing needed masking.
pub fn masked_runs(file: &SourceFile, part: &Part) -> Vec<(Run, Option<String>)> {
    let v = Visible::new(file, part);
    let masked: Vec<Option<String>> = v.runs.iter().map(|r| v.masked(r)).collect();
    v.runs.into_iter().zip(masked).collect()
}

/// Byte ranges of `text` that are not prose: markup tags (`<a href="…">`) and character
/// references (`&nbsp;`, `&#160;`), sorted.
pub fn code_ranges(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    if text.contains('<') {
        out.extend(super::markup::scan_tags(text).map(|(_, _, r)| r));
    }
    if text.contains('&') {
        let b = text.as_bytes();
        for (i, _) in text.match_indices('&') {
            let mut j = i + 1;
            if b.get(j) == Some(&b'#') {
                j += 1;
                if matches!(b.get(j), Some(b'x' | b'X')) {
                    j += 1;
                }
            }
            let name = j;
            while j < b.len() && b[j].is_ascii_alphanumeric() && j - name < 32 {
                j += 1;
            }
            if j > name && b.get(j) == Some(&b';') {
                out.push(i..j + 1);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// `text` with markup tags, character references and links blanked out (same byte
/// offsets), or `None` when it has none. A space written as a reference (`&thinsp;`,
/// `&#160;`) becomes a no-break space and NULs, which the number reader reads through:
/// `100&thinsp;985&thinsp;047` is one number.
pub fn mask(text: &str) -> Option<String> {
    mask_with(text, Vec::new())
}

/// [`mask`], with more ranges to blank out.
fn mask_with(text: &str, mut ranges: Vec<Span>) -> Option<String> {
    ranges.extend(code_ranges(text));
    ranges.extend(links(text).into_iter().map(|l| l.span));
    if ranges.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        let reference = text.get(r.clone()).unwrap_or("");
        let space = reference.starts_with('&')
            && [
                "&nbsp;", "&thinsp;", "&#160;", "&#xa0;", "&#8239;", "&#x202f;", "&#8201;",
                "&#x2009;",
            ]
            .iter()
            .any(|s| reference.eq_ignore_ascii_case(s));
        for (k, b) in bytes[r].iter_mut().enumerate() {
            *b = match (space, k) {
                (true, 0) => 0xC2,
                (true, 1) => 0xA0,
                (true, _) => 0,
                _ => b'|',
            };
        }
    }
    // Whole characters were replaced by ASCII bytes: still UTF-8.
    String::from_utf8(bytes).ok()
}

/// A link in text: a URL or an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub span: Span,
    pub email: bool,
}

/// URLs (`https://…`, `http://…`, `ftp://…`, `www.…`, `mailto:…`) and e-mail addresses in
/// `text`, without trailing sentence punctuation or an unbalanced closing bracket.
pub fn links(text: &str) -> Vec<Link> {
    let mut out = Vec::new();
    // Searchers built once: this runs on every masked text.
    static SCHEME: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("://"));
    static WWW: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("www."));
    let b = text.as_bytes();
    if memchr::memchr(b'@', b).is_none() && SCHEME.find(b).is_none() && WWW.find(b).is_none() {
        return out;
    }
    // Non-ASCII ends a link: text in Korean, Chinese or Thai follows it without a space
    // ("www.mozilla.org는"); addresses in running text are percent-encoded.
    let stop = |c: char| {
        c.is_whitespace()
            || !c.is_ascii()
            || matches!(c, '<' | '>' | '"' | '{' | '}' | '\'')
            || c.is_control()
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &text[i..];
        // Only `h`, `f`, `m` and `w` start a scheme: other bytes skip the tests.
        let scheme = if matches!(b[i] | 0x20, b'h' | b'f' | b'm' | b'w') {
            ["https://", "http://", "ftp://", "mailto:", "www."]
                .iter()
                .find(|p| {
                    rest.get(..p.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(p))
                })
        } else {
            None
        };
        let boundary = || i == 0 || !text[..i].chars().last().is_some_and(char::is_alphanumeric);
        if let Some(p) = scheme.filter(|_| boundary()) {
            let end = i + rest.find(stop).unwrap_or(rest.len());
            let end = trim_link_end(text, i + p.len(), end);
            if end > i + p.len() {
                out.push(Link {
                    span: i..end,
                    email: p.eq_ignore_ascii_case("mailto:"),
                });
                i = end;
                continue;
            }
        }
        if b[i] == b'@' {
            if let Some(span) = email_at(text, i) {
                if !out.iter().any(|l| l.span.end > span.start) {
                    out.push(Link { span, email: true });
                }
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Drops trailing punctuation that ends the sentence, not the link.
fn trim_link_end(text: &str, min: usize, mut end: usize) -> usize {
    while end > min {
        let Some(c) = text[..end].chars().last() else {
            break;
        };
        let unbalanced = match c {
            ')' => text[min..end].matches('(').count() < text[min..end].matches(')').count(),
            ']' => text[min..end].matches('[').count() < text[min..end].matches(']').count(),
            _ => false,
        };
        if matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '’' | '…' | '。' | '、'
        ) || unbalanced
        {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// The e-mail address around the `@` at `at`: `local@domain.tld`.
fn email_at(text: &str, at: usize) -> Option<Span> {
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain_ok = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| local_ok(c))
        .last()
        .map(|(i, _)| i)?;
    let after = &text[at + 1..];
    let len = after.find(|c: char| !domain_ok(c)).unwrap_or(after.len());
    let domain = after[..len].trim_end_matches(['.', '-']);
    let tld = domain.rsplit('.').next().unwrap_or("");
    let valid =
        domain.contains('.') && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    (valid && start < at).then(|| start..at + 1 + domain.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn file(src: &str) -> Arc<SourceFile> {
        Arc::new(SourceFile::from_bytes(
            "x.ftl".into(),
            "x.ftl",
            src.as_bytes().to_vec(),
        ))
    }

    fn texts(src: &str) -> Vec<(String, bool)> {
        let f = file(src);
        let p = f.model.entries[0].value.clone().unwrap();
        runs(&f, &p)
            .into_iter()
            .map(|r| (src[r.span].to_string(), r.literal))
            .collect()
    }

    #[test]
    fn runs_are_text_and_positional_literals() {
        let got = texts(
            "a = Pay { \"5\" } or { 7 } { NUMBER($n, minimumFractionDigits: 2) } { -t(case: \"acc\") } { $x ->\n    [1] one\n   *[other] { $x2 } many\n}\n",
        );
        let want: Vec<(String, bool)> = [
            ("Pay ", false),
            ("5", true),
            (" or ", false),
            ("7", true),
            (" ", false),
            (" ", false),
            (" ", false),
            ("one", false),
            (" many", false),
        ]
        .iter()
        .map(|(s, l)| (s.to_string(), *l))
        .collect();
        let got: Vec<(String, bool)> = got
            .into_iter()
            .filter(|(s, _)| !s.trim().is_empty() || s == " ")
            .collect();
        assert_eq!(got, want);
    }

    /// [`Visible::texts`] has the text runs of [`Visible::new`], without literals.
    #[test]
    fn texts_are_the_runs_without_literals() {
        let f =
            file("a = Pay { \"5\" } or { 7 } { $x ->\n    [1] one\n   *[other] { $x2 } many\n}\n");
        let p = f.model.entries[0].value.clone().expect("value");
        let all = Visible::new(&f, &p).runs;
        let texts = Visible::texts(&f, &p).runs;
        assert!(all.iter().any(|r| r.literal));
        let want: Vec<Run> = all.into_iter().filter(|r| !r.literal).collect();
        assert_eq!(texts, want);
    }

    /// A text's first bracket a `>` or its last a `<` is an open edge; a bracket outside the
    /// texts is a placeable's. Texts may come in any order.
    #[test]
    fn brackets_tell_edges_and_brackets_in_code() {
        let read = |src: &str, texts: &[(usize, usize)]| {
            let spans: Vec<Span> = texts.iter().map(|&(a, b)| 10 + a..10 + b).collect();
            brackets(src, 10, &spans)
        };
        assert_eq!(read("a<b>c", &[(0, 5)]), (false, false));
        assert_eq!(read("", &[]), (false, false));
        assert_eq!(
            read("<b>x</b>{ $n }<i>y</i>", &[(0, 8), (14, 22)]),
            (false, false)
        );
        assert_eq!(read("a <x{ $u }>b", &[(0, 4), (10, 12)]), (true, false));
        assert_eq!(read("a <x{ $u }>b", &[(10, 12), (0, 4)]), (true, false));
        assert_eq!(read("ab{ $u }>b", &[(0, 2), (8, 10)]), (true, false));
        assert_eq!(read("a <b>{ $u } <x", &[(0, 5), (11, 14)]), (true, false));
        assert_eq!(read("a{ \"<\" }b", &[(0, 1), (8, 9)]), (false, true));
        assert_eq!(read(">", &[(0, 1)]), (true, false));
        assert_eq!(read("<<>", &[(0, 3)]), (false, false));
    }

    /// The source is read as written unless a placeable holds a bracket or the part has
    /// variants; a part whose texts close their own tags needs no source.
    #[test]
    fn tag_source_flattens_only_when_it_must() {
        let f = file(
            "a = <a href=\"{ $url }\">A</a>\nb = <a href=\"{ $url }\">{ \"<b>\" }</a>\nc = <b>{ $n }</b>\nd = <a href=\"{ $u }\">{ $n ->\n   *[x] <b>y</b>\n }</a>\n",
        );
        let source = |i: usize| {
            let part = f.model.entries[i].value.as_ref().expect("value");
            tag_source(&f, part).map(|(base, t)| {
                assert_eq!(base, part.source.start);
                (matches!(t, Cow::Borrowed(_)), t.trim().to_string())
            })
        };
        assert_eq!(
            source(0),
            Some((true, "<a href=\"{ $url }\">A</a>".to_string()))
        );
        assert_eq!(
            source(1),
            Some((false, "<a href=\"________\">_________</a>".to_string()))
        );
        assert_eq!(source(2), None);
        let (read, flat) = source(3).expect("an open tag edge");
        assert!(!read && !flat.contains("<b>"), "{flat:?}");
    }

    /// A run's own tags and those spanning placeables, read together: only text outside
    /// both counts.
    #[test]
    fn outside_tags_reads_own_and_spanning_tags() {
        let outside = |src: &str| {
            let f = file(src);
            let quote = |r: Span| f.text[r].contains(['"', '\'']);
            let part = f.model.entries[0].value.clone().expect("value");
            let v = Visible::new(&f, &part);
            (v.runs.iter())
                .map(|r| v.outside_tags(r, quote))
                .collect::<Vec<_>>()
        };
        let src = "a = <a href=\"{ $u }\" title=\"t\">x <b class=\"y\">z</b></a>\n";
        assert_eq!(outside(src), [false, false]);
        let src = "a = <a href=\"{ $u }\" title=\"t\">x <b class=\"y\">\"z\"</b></a>\n";
        assert_eq!(outside(src), [false, true]);
        // A variant's own tags and a literal's are not among the part's tags.
        let src = "a = <a href=\"{ $u }\">x</a>{ $n ->\n   *[one] <b class=\"c\">y</b>\n }\n";
        assert_eq!(outside(src), [false, false, false]);
        let src = "a = <a href=\"{ $u }\">x</a> { \"<i class='c'>\" }\n";
        assert_eq!(outside(src), [false, false, false]);
        let quote_in = |t: &'static str| move |r: Span| t[r.start - 7..r.end - 7].contains('"');
        let t = "<b class=\"y\">z</b>";
        assert!(!outside_tags(t, 7, quote_in(t)));
        let t = "<b>\"z\"</b>";
        assert!(outside_tags(t, 7, quote_in(t)));
    }

    #[test]
    fn code_ranges_are_tags_and_references() {
        let t = "a <a href=\"x\">b</a>&nbsp;&#160; & c";
        let r: Vec<&str> = code_ranges(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(r, ["<a href=\"x\">", "</a>", "&nbsp;", "&#160;"]);
    }

    #[test]
    fn links_without_sentence_punctuation() {
        let t = "See https://example.com/a_(b). Or (www.mozilla.org/fr/), write to press@mozilla.com! mailto:x@y.org";
        let l: Vec<&str> = links(t).into_iter().map(|l| &t[l.span]).collect();
        assert_eq!(
            l,
            [
                "https://example.com/a_(b)",
                "www.mozilla.org/fr/",
                "press@mozilla.com",
                "mailto:x@y.org"
            ]
        );
        assert!(links("user@localhost, a @ b, @handle").is_empty());
        let t = "이 웹사이트 www.mozilla.org는 20년";
        let l: Vec<&str> = links(t).into_iter().map(|l| &t[l.span]).collect();
        assert_eq!(l, ["www.mozilla.org"]);
        // Non-ASCII text right before a scheme's length.
        assert!(links("m</a>. يُرجى <a href=\"").is_empty());
    }
}
