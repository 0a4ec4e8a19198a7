//! What the server answers about a document: hover, go to definition, completion and code
//! actions. Each works on the document's last parsed text and the project's
//! [`Workspace`]; none changes a file.

use super::text::Document;
use crate::check::Workspace;
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::ftl::model::{comment_lines, Entry, EntryKind, Named, Part, Reference};
use crate::ftl::SourceFile;
use crate::glossary::matcher::locale_matches;
use crate::glossary::{Glossary, Status};
use std::fmt::Write;

/// What lies at an offset of a parsed file.
pub enum Target<'a> {
    /// A message or term id where it is defined.
    Id(&'a Entry),
    /// A variable (`$name`) in a message.
    Variable(&'a Entry, &'a Named),
    /// A message or term reference.
    Reference(&'a Reference),
    /// The text of a message part (value or attribute).
    Text(&'a Entry, &'a Part),
    Nothing,
}

/// The entry whose source holds `offset`: from its comment to where the next top-level
/// item starts.
pub fn entry_at(file: &SourceFile, offset: usize) -> Option<&Entry> {
    let m = &file.model;
    let start = |e: &Entry| e.comment.as_ref().map_or(e.id_span.start, |c| c.start);
    let i = m.entries.partition_point(|e| start(e) <= offset);
    let e = m.entries.get(i.checked_sub(1)?)?;
    let next = m.starts.partition_point(|&s| s <= e.id_span.start);
    let end = m.starts.get(next).copied().unwrap_or(file.text.len());
    (offset <= end).then_some(e)
}

fn parts(e: &Entry) -> impl Iterator<Item = &Part> {
    e.value.iter().chain(e.attributes.iter().map(|a| &a.part))
}

/// What is at `offset` of `file` (the end of a name counts as on it: the cursor is often
/// just after what it means).
pub fn target(file: &SourceFile, offset: usize) -> Target<'_> {
    let Some(e) = entry_at(file, offset) else {
        return Target::Nothing;
    };
    let on = |s: &std::ops::Range<usize>| s.start <= offset && offset <= s.end;
    if on(&e.id_span) {
        return Target::Id(e);
    }
    for p in parts(e) {
        if let Some(v) = file.model.variables(p).iter().find(|v| on(&v.span)) {
            return Target::Variable(e, v);
        }
        if let Some(r) = file.model.references(p).iter().find(|r| on(&r.span)) {
            return Target::Reference(r);
        }
    }
    match parts(e).find(|p| on(&p.source)) {
        Some(p) => Target::Text(e, p),
        None => Target::Nothing,
    }
}

/// The comment of an entry, without its `#` markers.
fn comment(file: &SourceFile, e: &Entry) -> Option<String> {
    let c = file.text.get(e.comment.clone()?)?;
    Some(comment_lines(c).collect::<Vec<_>>().join("\n"))
}

/// The reference's definition of `id`: its file and entry.
fn reference_entry<'w>(ws: &'w Workspace, id: &str) -> Option<(&'w SourceFile, &'w Entry)> {
    ws.reference_index()
        .lookup(crate::ftl::model::hash_id(id), id)
}

fn fenced(src: &str) -> String {
    let fence = if src.contains("```") { "````" } else { "```" };
    format!("{fence}fluent\n{src}\n{fence}\n")
}

/// Hover text (Markdown) at `offset` of `file`, a file of `locale`.
pub fn hover(
    ws: &mut Workspace,
    file: &SourceFile,
    locale: &str,
    is_reference: bool,
    offset: usize,
    findings: &[Diagnostic],
) -> Option<String> {
    let mut out = String::new();
    let reference_locale = ws.project().reference.clone();
    match target(file, offset) {
        Target::Id(e) if !is_reference => hover_id(&mut out, ws, e, &reference_locale),
        Target::Variable(e, v) => {
            let own = (is_reference).then_some((file, e));
            let found = own.or_else(|| reference_entry(ws, &e.id));
            hover_variable(&mut out, e, v.name.as_str(), found);
        }
        Target::Reference(r) => {
            if let Some((rf, _)) = reference_entry(ws, &r.id) {
                let _ = writeln!(
                    out,
                    "**`{}`** in the reference ({reference_locale})\n",
                    r.id
                );
                out.push_str(&fenced(
                    &crate::fix::entry_source(rf, &r.id).unwrap_or_default(),
                ));
            }
        }
        Target::Text(_, part) => {
            hover_terms(&mut out, ws, file, part, locale, offset, &reference_locale);
        }
        _ => {}
    }
    for d in findings {
        if let Some(rule) = crate::rules::find(d.rule) {
            if !out.is_empty() {
                out.push_str("\n---\n\n");
            }
            let _ = writeln!(
                out,
                "**{}** ({}): {}",
                rule.name,
                d.severity.as_str(),
                rule.summary()
            );
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A translation's message id: the reference's message, with its comment.
fn hover_id(out: &mut String, ws: &Workspace, e: &Entry, reference_locale: &str) {
    let Some((rf, re)) = reference_entry(ws, &e.id) else {
        let _ = writeln!(
            out,
            "**`{}`**: not in the reference ({reference_locale})",
            e.id
        );
        return;
    };
    let line = rf.position(re.id_span.start).line;
    let _ = writeln!(
        out,
        "**`{}`** in the reference ({reference_locale}), `{}:{line}`\n",
        e.id, rf.rel
    );
    out.push_str(&fenced(
        &crate::fix::entry_source(rf, &e.id).unwrap_or_default(),
    ));
    if let Some(c) = comment(rf, re) {
        let _ = write!(out, "\n{c}\n");
    }
}

/// Variable `name` of message `e`: what the reference's comment says of it (`found`: the
/// reference's message), and whether the reference uses it.
fn hover_variable(out: &mut String, e: &Entry, name: &str, found: Option<(&SourceFile, &Entry)>) {
    let _ = writeln!(out, "**`${name}`** in `{}`\n", e.id);
    let Some((rf, re)) = found else {
        out.push_str("The reference has no such message.\n");
        return;
    };
    let said: Vec<String> = comment(rf, re)
        .unwrap_or_default()
        .lines()
        .filter(|l| mentions(l, name))
        .map(|l| l.trim().to_string())
        .collect();
    if said.is_empty() {
        out.push_str("The reference comment says nothing of it.\n");
    } else {
        out.push_str("The reference comment says:\n\n");
        for l in said {
            let _ = writeln!(out, "> {l}");
        }
    }
    let used = parts(re).any(|p| rf.model.variables(p).iter().any(|x| x.name == name));
    if !used {
        let _ = write!(out, "\nThe reference message does not use `${name}`.\n");
    }
}

/// Text of `part`: the glossary concepts whose terms are at `offset`.
fn hover_terms(
    out: &mut String,
    ws: &mut Workspace,
    file: &SourceFile,
    part: &Part,
    locale: &str,
    offset: usize,
    reference_locale: &str,
) {
    let Some((matcher, glossary)) = ws.matcher(locale) else {
        return;
    };
    let segments = crate::rules::terms::segments(file, part);
    let mut seen = Vec::new();
    for m in matcher.find_all(&file.text, &segments) {
        if m.range.start <= offset && offset <= m.range.end && !seen.contains(&m.concept) {
            seen.push(m.concept);
            if !out.is_empty() {
                out.push_str("\n---\n\n");
            }
            out.push_str(&concept(glossary, m.concept, locale, reference_locale));
        }
    }
}

/// Whether a comment line speaks of variable `name` (`$name`, not `$names`).
fn mentions(line: &str, name: &str) -> bool {
    let needle = format!("${name}");
    line.match_indices(&needle).any(|(i, _)| {
        !line[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
    })
}

/// A glossary concept as hover shows it: definition, then the locale's terms by status.
pub fn concept(g: &Glossary, concept: usize, locale: &str, reference: &str) -> String {
    let c = &g.concepts[concept];
    let mut out = format!("**{}** (glossary", c.id);
    if let Some(d) = &c.domain {
        let _ = write!(out, ", {d}");
    }
    out.push_str(")\n\n");
    if let Some(d) = &c.definition {
        let _ = writeln!(out, "{d}\n");
    }
    let mut list = |label: &str, status: Status, for_locale: &str| {
        let terms: Vec<String> = c
            .terms
            .iter()
            .filter(|t| t.status == status && locale_matches(&t.locale, for_locale))
            .map(|t| match &t.note {
                Some(n) => format!("`{}` ({n})", t.text),
                None => format!("`{}`", t.text),
            })
            .collect();
        if !terms.is_empty() {
            let _ = writeln!(out, "- {label}: {}", terms.join(", "));
        }
    };
    list("preferred", Status::Preferred, locale);
    list("admitted", Status::Admitted, locale);
    list("forbidden", Status::Forbidden, locale);
    if locale != reference {
        list(
            &format!("reference ({reference})"),
            Status::Preferred,
            reference,
        );
    }
    if let Some(n) = &c.note {
        let _ = write!(out, "\n{n}\n");
    }
    out
}

/// Where the thing at `offset` is defined: `(project-relative path, span)`. A reference
/// goes to the locale's definition (the reference's when the locale has none); a message
/// id of a translation goes to the reference message.
pub fn definition(
    ws: &mut Workspace,
    file: &SourceFile,
    locale: &str,
    is_reference: bool,
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    match target(file, offset) {
        Target::Reference(r) => {
            let in_locale = ws.locale_files(locale).ok().and_then(|files| {
                files.iter().find_map(|f| {
                    let e = f.model.first(&r.id)?;
                    Some((f.rel.to_string(), span_of(e, r.attribute.as_deref())))
                })
            });
            in_locale.or_else(|| {
                let (rf, re) = reference_entry(ws, &r.id)?;
                Some((rf.rel.to_string(), span_of(re, r.attribute.as_deref())))
            })
        }
        Target::Id(e) | Target::Variable(e, _) | Target::Text(e, _) if !is_reference => {
            let (rf, re) = reference_entry(ws, &e.id)?;
            Some((rf.rel.to_string(), re.id_span.clone()))
        }
        _ => None,
    }
}

fn span_of(e: &Entry, attribute: Option<&str>) -> std::ops::Range<usize> {
    attribute
        .and_then(|a| e.attributes.iter().find(|x| x.name == a))
        .map_or(e.id_span.clone(), |a| a.span.clone())
}

/// A completion: what the list shows and what replaces `range` (a byte range of the
/// document's text).
#[derive(Debug, Clone)]
pub struct Completion {
    pub label: String,
    pub kind: lsp_types::CompletionItemKind,
    pub detail: Option<String>,
    pub documentation: Option<String>,
    pub insert: String,
    pub range: std::ops::Range<usize>,
    /// Sorts first (what the reference message itself uses).
    pub first: bool,
}

const MAX_COMPLETIONS: usize = 200;

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Completions at byte `at` of the document's raw text (`doc`, as typed: it may not parse),
/// whose last parse is `file`.
pub fn complete(
    ws: &mut Workspace,
    doc: &Document,
    file: &SourceFile,
    locale: &str,
    reference_rel: Option<&str>,
    at: usize,
) -> Vec<Completion> {
    let typing = Typing::new(doc.text.as_str(), at);
    let (before, word_start) = (typing.before, typing.word_start);
    let ahead = before[..word_start].trim_end();
    // `$na|`: the reference message's variables.
    if before[..word_start].ends_with('$') {
        return complete_variables(ws, &typing);
    }
    // `{ -br|`: the terms (Fluent's `-term`s) the locale defines, else the reference's.
    if typing.word().starts_with('-') && ahead.ends_with('{') {
        return complete_terms(ws, &typing, locale);
    }
    // An id at the start of a line: the reference file's messages this file lacks, with
    // the reference text as a draft to translate.
    if ahead.is_empty() && word_start == 0 && !before.starts_with([' ', '\t']) {
        let Some(rf) = reference_rel.and_then(|r| ws.reference_file(r)) else {
            return Vec::new();
        };
        return complete_missing(rf, file, &typing);
    }
    complete_glossary(ws, &typing, locale)
}

/// Where completion was asked for in the text as typed: the line up to the cursor, and
/// the word (an id's characters) that ends at it.
struct Typing<'t> {
    text: &'t str,
    at: usize,
    line_start: usize,
    /// The line up to the cursor.
    before: &'t str,
    /// Where the id being typed starts in `before`.
    word_start: usize,
}

impl<'t> Typing<'t> {
    fn new(text: &'t str, at: usize) -> Self {
        let at = crate::ftl::lines::floor_char_boundary(text, at);
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..at];
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_id_char(*c))
            .last()
            .map_or(before.len(), |(i, _)| i);
        Typing {
            text,
            at,
            line_start,
            before,
            word_start,
        }
    }

    fn word(&self) -> &'t str {
        &self.before[self.word_start..]
    }

    /// The range of the document from byte `i` of the line to the cursor.
    fn from(&self, i: usize) -> std::ops::Range<usize> {
        self.line_start + i..self.at
    }
}

/// `$na|`: the variables of the reference message, with what its comment says of each.
fn complete_variables(ws: &Workspace, typing: &Typing) -> Vec<Completion> {
    let mut out = Vec::new();
    let id = current_id(typing.text, typing.line_start);
    let Some((rf, re)) = id.as_deref().and_then(|id| reference_entry(ws, id)) else {
        return out;
    };
    let mut names: Vec<&str> = Vec::new();
    for p in parts(re) {
        for v in rf.model.variables(p) {
            if !names.contains(&v.name.as_str()) {
                names.push(v.name.as_str());
            }
        }
    }
    let said = comment(rf, re).unwrap_or_default();
    for n in names {
        out.push(Completion {
            label: format!("${n}"),
            kind: lsp_types::CompletionItemKind::VARIABLE,
            detail: said
                .lines()
                .find(|l| mentions(l, n))
                .map(|l| l.trim().to_string()),
            documentation: None,
            insert: format!("${n}"),
            range: typing.from(typing.word_start - 1),
            first: true,
        });
    }
    out
}

/// `{ -br|`: the terms the locale defines, then the reference's, each id once.
fn complete_terms(ws: &mut Workspace, typing: &Typing, locale: &str) -> Vec<Completion> {
    let mut out = Vec::new();
    let word = typing.word();
    let mut seen: Vec<String> = Vec::new();
    let locale_files: Vec<std::sync::Arc<SourceFile>> = ws
        .locale_files(locale)
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    let reference_files: Vec<&std::sync::Arc<SourceFile>> =
        ws.reference_index().files.iter().collect();
    for f in locale_files.iter().chain(reference_files) {
        for e in f.model.entries.iter().filter(|e| e.kind == EntryKind::Term) {
            if seen.iter().any(|s| *s == e.id) || !e.id.starts_with(word) {
                continue;
            }
            seen.push(e.id.to_string());
            out.push(Completion {
                label: e.id.to_string(),
                kind: lsp_types::CompletionItemKind::CONSTANT,
                detail: e
                    .value
                    .as_ref()
                    .and_then(|v| f.text.get(v.source.clone()))
                    .map(|s| s.trim().lines().next().unwrap_or("").to_string()),
                documentation: None,
                insert: e.id.to_string(),
                range: typing.from(typing.word_start),
                first: false,
            });
        }
    }
    out
}

/// An id at the start of a line: the messages of reference file `rf` that `file` lacks,
/// the reference text as the draft.
fn complete_missing(rf: &SourceFile, file: &SourceFile, typing: &Typing) -> Vec<Completion> {
    let mut out = Vec::new();
    let word = typing.word();
    for e in rf.model.entries.iter().filter(|e| e.first) {
        if file.model.first(&e.id).is_some() || !e.id.starts_with(word) {
            continue;
        }
        let Some(src) = crate::fix::entry_source(rf, &e.id) else {
            continue;
        };
        out.push(Completion {
            label: e.id.to_string(),
            kind: lsp_types::CompletionItemKind::TEXT,
            detail: Some("missing: the reference text, to translate".into()),
            documentation: Some(fenced(&src)),
            insert: src,
            range: typing.from(0),
            first: false,
        });
        if out.len() >= MAX_COMPLETIONS {
            break;
        }
    }
    out
}

/// In a message's text: the locale's glossary terms that start with the word typed,
/// those of the concepts the reference message uses first (offered even before a letter
/// is typed).
fn complete_glossary(ws: &mut Workspace, typing: &Typing, locale: &str) -> Vec<Completion> {
    let mut out = Vec::new();
    let before = typing.before;
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let typed = before[word_start..].to_lowercase();
    let used = used_concepts(ws, typing);
    let Some((_, g)) = ws.matcher(locale) else {
        return out;
    };
    for (ci, c) in g.concepts.iter().enumerate() {
        let first = used.contains(&ci);
        if !first && typed.is_empty() {
            continue;
        }
        for t in &c.terms {
            if t.status == Status::Forbidden
                || !locale_matches(&t.locale, locale)
                || !t.text.to_lowercase().starts_with(&typed)
            {
                continue;
            }
            out.push(Completion {
                label: t.text.clone(),
                kind: lsp_types::CompletionItemKind::VALUE,
                detail: Some(format!(
                    "glossary: {} ({})",
                    c.id,
                    match t.status {
                        Status::Preferred => "preferred",
                        _ => "admitted",
                    }
                )),
                documentation: c.definition.clone(),
                insert: t.text.clone(),
                range: typing.from(word_start),
                first,
            });
        }
        if out.len() >= MAX_COMPLETIONS {
            break;
        }
    }
    out
}

/// The concepts the reference's message (of the one being typed) uses.
fn used_concepts(ws: &mut Workspace, typing: &Typing) -> Vec<usize> {
    let reference_locale = ws.project().reference.clone();
    current_id(typing.text, typing.line_start)
        .and_then(|id| {
            let (rf, re) = reference_entry(ws, &id)?;
            let (rf, re) = (rf.rel.clone(), re.id.clone());
            let rfile = ws.reference_file(&rf)?.clone();
            let re = rfile.model.first(&re)?;
            let (m, _) = ws.matcher(&reference_locale)?;
            let mut c: Vec<usize> = Vec::new();
            for p in parts(re) {
                let segments = crate::rules::terms::segments(&rfile, p);
                c.extend(m.find(&rfile.text, &segments).iter().map(|m| m.concept));
            }
            Some(c)
        })
        .unwrap_or_default()
}

/// The id of the message being written at a line starting at `line_start`: the nearest
/// line at or above it that starts with `id =` (the text may not parse while typed).
fn current_id(text: &str, line_start: usize) -> Option<String> {
    let end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    for line in text[..end].lines().rev() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            let (id, rest) = line.split_at(line.find(|c: char| !is_id_char(c))?);
            if rest.trim_start().starts_with('=') {
                return Some(id.to_string());
            }
            return None;
        }
        if !(line.starts_with([' ', '\t']) || line.trim().is_empty()) {
            return None;
        }
    }
    None
}

/// A code action before conversion: a title, its kind, whether it is the one to apply,
/// the edits (byte ranges of the parsed text) and the findings it settles.
#[derive(Debug, Clone)]
pub struct Action<'a> {
    pub title: String,
    pub kind: lsp_types::CodeActionKind,
    pub preferred: bool,
    pub edits: Vec<Edit>,
    /// The edit removes the byte order mark (which lies before the parsed text).
    pub strip_bom: bool,
    pub fixes: Vec<&'a Diagnostic>,
}

/// The fix-all action's kind: a `source.fixAll` editors run on save when asked.
pub const FIX_ALL: &str = "source.fixAll.glossator";
/// The kind of the action that adds every missing message.
pub const ADD_MISSING: &str = "source.addMissing.glossator";

/// The code actions for the findings in `selected` (indexes into `findings`), then the
/// file-wide ones: every safe fix at once, every missing message at once.
pub fn actions<'a>(
    findings: &'a [Diagnostic],
    selected: &[usize],
    file: &SourceFile,
    reference: Option<&SourceFile>,
) -> Vec<Action<'a>> {
    let missing = |d: &Diagnostic| -> Option<Edit> {
        (d.rule == "missing-message")
            .then_some(())
            .and_then(|_| crate::fix::add_missing(&file.text, reference?, d.id.as_deref()?))
    };
    let mut out: Vec<Action> = selected
        .iter()
        .filter_map(|&i| quick_fix(&findings[i], missing(&findings[i])))
        .collect();
    out.extend(fix_all(findings));
    out.extend(add_all_missing(findings, file, missing));
    out
}

/// The action of finding `d`: its own fix, else adding the missing message (`missing`,
/// the edit that would).
fn quick_fix(d: &Diagnostic, missing: Option<Edit>) -> Option<Action<'_>> {
    if let Some(fix) = &d.fix {
        return Some(Action {
            title: fix.description.clone(),
            kind: lsp_types::CodeActionKind::QUICKFIX,
            preferred: fix.applicability == Applicability::Safe,
            edits: if d.rule == "bom" {
                Vec::new()
            } else {
                fix.edits.clone()
            },
            strip_bom: d.rule == "bom",
            fixes: vec![d],
        });
    }
    missing.map(|edit| Action {
        title: format!(
            "Add `{}` from the reference, marked to translate",
            d.id.as_deref().unwrap_or_default()
        ),
        kind: lsp_types::CodeActionKind::QUICKFIX,
        preferred: false,
        edits: vec![edit],
        strip_bom: false,
        fixes: vec![d],
    })
}

/// Every safe fix, overlapping ones after the first left out (as `glossator fix`).
fn fix_all(findings: &[Diagnostic]) -> Option<Action<'_>> {
    let mut all = Action {
        title: String::new(),
        kind: lsp_types::CodeActionKind::from(FIX_ALL),
        preferred: false,
        edits: Vec::new(),
        strip_bom: false,
        fixes: Vec::new(),
    };
    let mut safe: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| {
            d.fix
                .as_ref()
                .is_some_and(|f| f.applicability == Applicability::Safe)
        })
        .collect();
    safe.sort_by_key(|d| {
        d.fix
            .as_ref()
            .and_then(|f| f.edits.first())
            .map(|e| (e.range.start, e.range.end))
    });
    let mut end = 0;
    for d in safe {
        let Some(fix) = &d.fix else { continue };
        if d.rule == "bom" {
            all.strip_bom = true;
            all.fixes.push(d);
            continue;
        }
        let mut edits = fix.edits.clone();
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        if edits.first().is_some_and(|e| e.range.start < end) {
            continue;
        }
        end = edits.last().map_or(end, |e| e.range.end);
        all.edits.extend(edits);
        all.fixes.push(d);
    }
    if all.fixes.is_empty() {
        return None;
    }
    all.title = format!("Fix all safe findings in this file ({})", all.fixes.len());
    Some(all)
}

/// Every missing message, in one edit (one insertion point), when there are several.
fn add_all_missing<'a>(
    findings: &'a [Diagnostic],
    file: &SourceFile,
    missing: impl Fn(&Diagnostic) -> Option<Edit>,
) -> Option<Action<'a>> {
    let mut adds: Vec<&Diagnostic> = Vec::new();
    let mut inserted = String::new();
    for d in findings {
        if let Some(e) = missing(d) {
            inserted.push_str(&e.replacement);
            adds.push(d);
        }
    }
    (adds.len() > 1).then(|| Action {
        title: format!(
            "Add the {} missing messages from the reference, marked to translate",
            adds.len()
        ),
        kind: lsp_types::CodeActionKind::from(ADD_MISSING),
        preferred: false,
        edits: vec![Edit {
            range: file.text.len()..file.text.len(),
            replacement: inserted,
        }],
        strip_bom: false,
        fixes: adds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(src: &str) -> SourceFile {
        SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.as_bytes().to_vec())
    }

    #[test]
    fn targets_under_the_cursor() {
        let src =
            "# $n: how many\nhello = Hi { $n } { -brand }\n    .title = Title\n\n-brand = B\n";
        let f = file(src);
        let at = |needle: &str| src.find(needle).unwrap();
        assert!(matches!(target(&f, at("hello")), Target::Id(e) if e.id == "hello"));
        assert!(matches!(target(&f, at("$n }")), Target::Variable(_, v) if v.name == "n"));
        assert!(matches!(target(&f, at("-brand }") + 2), Target::Reference(r) if r.id == "-brand"));
        assert!(matches!(target(&f, at("Title")), Target::Text(e, _) if e.id == "hello"));
        assert!(matches!(target(&f, at("-brand =")), Target::Id(e) if e.id == "-brand"));
        assert!(matches!(target(&f, at("# $n")), Target::Nothing));
    }

    #[test]
    fn comments_mention_variables_by_whole_name() {
        assert!(mentions("  $count (Number) - how many", "count"));
        assert!(!mentions("  $counts - how many", "count"));
    }

    #[test]
    fn the_message_being_typed() {
        let text = "a = x\nb =\n    { $\n\n# c\nc = y\n";
        let line = |n: &str| text.find(n).unwrap();
        assert_eq!(current_id(text, line("    {")).as_deref(), Some("b"));
        assert_eq!(current_id(text, line("a =")).as_deref(), Some("a"));
        assert_eq!(current_id(text, line("# c")), None);
    }
}
