//! Merging a new extraction into existing FTL and figures files.
//!
//! Policy (see NOTES.md):
//! * a message whose `# ` source comment matches a statement's source sentence
//!   (whitespace-insensitive) is **kept**: its id, comment and text stay byte for byte,
//!   hand edits included, and so does its `[id]` table in the figures file (values and
//!   comments);
//! * otherwise a message with the statement's id is **updated**: re-extracted, since
//!   the sentence changed and its figures probably did too;
//! * statements matching nothing are **added**;
//! * messages with a source comment that match no statement are **removed** (dropped
//!   and listed): the report no longer states them;
//! * messages without any comment, and terms, were not written by `glossator extract`;
//!   they are kept as written at the end of the file (listed as kept).
//!
//! Group comments and file headers are regenerated. Merging an extraction into the
//! files it produced gives the same bytes back.

use std::collections::{HashMap, HashSet};

use fluent_syntax::ast;

use super::writer::{
    assemble_figures, assemble_ftl, figures_header, figures_table, ftl_header, message_entry,
    FtlItem,
};
use super::{ExtractError, Extraction, Statement};
use crate::ftl::LineIndex;

/// Name used in errors before [`super::run`] substitutes the real paths.
pub(crate) const EXISTING_FTL: &str = "existing FTL";
pub(crate) const EXISTING_FIGURES: &str = "existing figures";

/// The merged files and what happened to each message id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merged {
    /// The new FTL text.
    pub ftl: String,
    /// The new figures text.
    pub figures: String,
    /// Ids of new statements.
    pub added: Vec<String>,
    /// Ids kept as they were (source unchanged, or not written by extract).
    pub kept: Vec<String>,
    /// Ids dropped because the report no longer states them.
    pub removed: Vec<String>,
    /// Ids whose source sentence changed: re-extracted under the same id.
    pub updated: Vec<String>,
}

/// A message or term of the existing FTL file, as raw lines.
#[derive(Debug, Clone)]
struct OldEntry {
    id: String,
    is_term: bool,
    /// Raw attached comment lines (`# ...`).
    comment: Vec<String>,
    /// Raw lines from `id =` to the last non-blank line of the entry.
    body: Vec<String>,
}

impl OldEntry {
    fn text(&self) -> String {
        let mut lines = self.comment.clone();
        lines.extend(self.body.iter().cloned());
        lines.join("\n")
    }

    /// Comment lines without their `# ` prefix.
    fn comment_content(&self) -> Vec<&str> {
        self.comment
            .iter()
            .map(|l| {
                let l = l.strip_prefix('#').unwrap_or(l);
                l.strip_prefix(' ').unwrap_or(l)
            })
            .collect()
    }
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entry_start(line: &str) -> Option<(String, bool)> {
    let (is_term, rest) = match line.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, line),
    };
    let id_len = rest
        .char_indices()
        .find(|(i, c)| {
            !(c.is_ascii_alphabetic() || (*i > 0 && (c.is_ascii_digit() || *c == '_' || *c == '-')))
        })
        .map_or(rest.len(), |(i, _)| i);
    if id_len == 0 {
        return None;
    }
    let after = rest[id_len..].trim_start_matches([' ', '\t']);
    after
        .starts_with('=')
        .then(|| (rest[..id_len].to_string(), is_term))
}

fn is_attached_comment(line: &str) -> bool {
    line == "#" || (line.starts_with("# ") && !line.starts_with("##"))
}

/// Parses the existing FTL: validates it with fluent-syntax, then cuts it into raw
/// entries so kept messages can be copied byte for byte.
fn parse_ftl(text: &str) -> Result<Vec<OldEntry>, ExtractError> {
    let text = text.replace("\r\n", "\n");
    let ast_ids = parsed_ids(&text)?;
    let entries = raw_entries(&text);
    let scanned: Vec<String> = entries
        .iter()
        .map(|e| {
            if e.is_term {
                format!("-{}", e.id)
            } else {
                e.id.clone()
            }
        })
        .collect();
    if scanned != ast_ids {
        return Err(ExtractError::InvalidFtl {
            file: EXISTING_FTL.to_string(),
            line: 1,
            column: 1,
            message: "could not map its entries to lines (unusual layout); fix or remove it"
                .to_string(),
        });
    }
    Ok(entries)
}

/// The ids of the entries fluent-syntax reads in `text` (terms with their `-`); the
/// first syntax error, where it is, when it does not parse.
fn parsed_ids(text: &str) -> Result<Vec<String>, ExtractError> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => {
            let index = LineIndex::new(text);
            let first = errors.first();
            let pos = first.map_or(0, |e| e.pos.start);
            let p = index.position(text, pos.min(text.len()));
            let (line, column) = (p.line, p.column);
            return Err(ExtractError::InvalidFtl {
                file: EXISTING_FTL.to_string(),
                line,
                column,
                message: first.map_or_else(|| "syntax error".to_string(), |e| e.kind.to_string()),
            });
        }
    };
    Ok(resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect())
}

/// `text` cut into entries by lines: each with its attached comment and its lines
/// (trailing blank lines dropped).
fn raw_entries(text: &str) -> Vec<OldEntry> {
    let mut entries: Vec<OldEntry> = Vec::new();
    let mut comment: Vec<String> = Vec::new();
    let mut current: Option<OldEntry> = None;
    let finish = |entry: Option<OldEntry>, entries: &mut Vec<OldEntry>| {
        if let Some(mut e) = entry {
            while e.body.last().is_some_and(|l| l.trim().is_empty()) {
                e.body.pop();
            }
            entries.push(e);
        }
    };
    for line in text.split('\n') {
        if let Some((id, is_term)) = entry_start(line) {
            finish(current.take(), &mut entries);
            current = Some(OldEntry {
                id,
                is_term,
                comment: std::mem::take(&mut comment),
                body: vec![line.to_string()],
            });
        } else if line.starts_with('#') {
            finish(current.take(), &mut entries);
            if is_attached_comment(line) {
                comment.push(line.to_string());
            } else {
                comment.clear();
            }
        } else if let Some(e) = current.as_mut() {
            e.body.push(line.to_string());
        } else if line.trim().is_empty() {
            // A blank line detaches a comment from what follows.
            comment.clear();
        }
    }
    finish(current.take(), &mut entries);
    entries
}

/// First key segment of a TOML table header line (`[a.b]` -> `a`), if it is one.
fn table_key(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = t.strip_prefix("[[").or_else(|| t.strip_prefix('['))?;
    let inner = inner.trim_start();
    if let Some(quoted) = inner.strip_prefix('"') {
        return quoted.find('"').map(|end| quoted[..end].to_string());
    }
    if let Some(quoted) = inner.strip_prefix('\'') {
        return quoted.find('\'').map(|end| quoted[..end].to_string());
    }
    let end = inner.find(['.', ']']).unwrap_or(inner.len());
    let key = inner[..end].trim();
    (!key.is_empty()).then(|| key.to_string())
}

/// The raw per-id chunks of a figures file, and their order in it.
#[derive(Debug, Default)]
struct Chunks {
    by_key: HashMap<String, String>,
    order: Vec<String>,
}

impl Chunks {
    fn get(&self, key: &str) -> Option<&String> {
        self.by_key.get(key)
    }
}

/// Cuts the existing figures file into raw per-id chunks (comment lines right above a
/// table header belong to it; `[id.sub]` tables join `[id]`).
fn parse_figures(text: &str) -> Result<Chunks, ExtractError> {
    let text = text.replace("\r\n", "\n");
    let parsed = text
        .parse::<toml::Table>()
        .map_err(|e| ExtractError::InvalidFigures {
            file: EXISTING_FIGURES.to_string(),
            message: e.to_string().trim().to_string(),
        })?;
    let lines: Vec<&str> = text.split('\n').collect();
    let mut headers: Vec<(usize, String)> = Vec::new();
    let mut in_multiline: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(delim) = in_multiline {
            if line.matches(delim).count() % 2 == 1 {
                in_multiline = None;
            }
            continue;
        }
        for delim in ["\"\"\"", "'''"] {
            if line.matches(delim).count() % 2 == 1 {
                in_multiline = Some(delim);
            }
        }
        if line.trim_start().starts_with('[') {
            if let Some(key) = table_key(line)
                .filter(|k| parsed.get(k).is_some_and(|v| v.is_table() || v.is_array()))
            {
                headers.push((i, key));
            }
        }
    }
    // Chunk starts: a header, moved up over directly preceding comment lines.
    let mut starts: Vec<(usize, String)> = Vec::new();
    for (i, key) in headers {
        if starts.last().is_some_and(|(_, k)| *k == key) {
            continue;
        }
        let mut s = i;
        while s > 0 && lines[s - 1].trim_start().starts_with('#') {
            s -= 1;
        }
        starts.push((s, key));
    }
    let mut chunks = Chunks::default();
    for (n, (s, key)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(lines.len(), |(e, _)| *e);
        let mut body: Vec<&str> = lines[*s..end].to_vec();
        while body.last().is_some_and(|l| l.trim().is_empty()) {
            body.pop();
        }
        if !chunks.by_key.contains_key(key) {
            chunks.order.push(key.clone());
            chunks.by_key.insert(key.clone(), body.join("\n"));
        }
    }
    Ok(chunks)
}

enum Plan {
    Kept(usize),
    Updated(usize),
    Added,
}

/// Merges `ex` into the existing FTL and figures texts (either may be absent).
///
/// Kept statements keep their id, their (possibly hand-edited) message and their
/// figures table verbatim; see the module documentation for the full policy. The
/// output is validated (FTL parses without junk, figures are valid TOML) before it is
/// returned. Errors: the existing files do not parse.
pub fn merge(
    existing_ftl: Option<&str>,
    existing_figures: Option<&str>,
    ex: &Extraction,
    source_name: &str,
) -> Result<Merged, ExtractError> {
    let old = existing_ftl.map(parse_ftl).transpose()?.unwrap_or_default();
    let old_figures = existing_figures
        .map(parse_figures)
        .transpose()?
        .unwrap_or_default();
    let statements: Vec<_> = ex.all().collect();
    let (plans, used) = plan(&statements, &old);
    // Entries extract did not write stay as they are.
    let preserved: Vec<usize> = (0..old.len())
        .filter(|&k| !used[k] && (old[k].is_term || old[k].comment.is_empty()))
        .collect();
    let removed: Vec<String> = (0..old.len())
        .filter(|&k| !used[k] && !old[k].is_term && !old[k].comment.is_empty())
        .map(|k| old[k].id.clone())
        .collect();
    let mut w = Writer {
        taken: taken_ids(&old, &plans, &preserved),
        old: &old,
        old_figures: &old_figures,
        items: Vec::new(),
        tables: Vec::new(),
        out: Merged::default(),
    };
    for (st, plan) in statements.iter().zip(&plans) {
        w.statement(st, plan);
    }
    for &k in &preserved {
        w.preserved(k);
    }
    // Tables no message of the file owns (page data such as `[page-report]`, which
    // `render` reads for the page's own messages) are kept as written, in their order.
    let owned: HashSet<&str> = old
        .iter()
        .map(|e| e.id.as_str())
        .chain(w.taken.iter().map(String::as_str))
        .collect();
    for key in &old_figures.order {
        if !owned.contains(key.as_str()) {
            if let Some(chunk) = old_figures.get(key) {
                w.tables.push(chunk.clone());
            }
        }
    }
    let mut out = w.out;
    out.removed = removed;
    out.ftl = assemble_ftl(&ftl_header(source_name, &ex.locale), &w.items);
    out.figures = assemble_figures(&figures_header(source_name), &w.tables);
    validate(&out)?;
    Ok(out)
}

/// What becomes of each statement: kept (an old message has its source comment),
/// updated (an old message has its id), or added; and which old entries are used.
fn plan(statements: &[&Statement], old: &[OldEntry]) -> (Vec<Plan>, Vec<bool>) {
    let by_source = source_index(old);
    let mut used = vec![false; old.len()];
    let mut plans: Vec<Plan> = Vec::with_capacity(statements.len());
    for st in statements {
        let found = by_source
            .get(&normalize(&st.source))
            .and_then(|ks| ks.iter().copied().find(|&k| !used[k]));
        match found {
            Some(k) => {
                used[k] = true;
                plans.push(Plan::Kept(k));
            }
            None => plans.push(Plan::Added),
        }
    }
    for (st, plan) in statements.iter().zip(plans.iter_mut()) {
        if matches!(plan, Plan::Added) {
            if let Some(k) =
                (0..old.len()).find(|&k| !used[k] && !old[k].is_term && old[k].id == st.id)
            {
                used[k] = true;
                *plan = Plan::Updated(k);
            }
        }
    }
    (plans, used)
}

/// Old messages by every run of consecutive comment lines, so a source comment with hand
/// notes above or below it still matches.
fn source_index(old: &[OldEntry]) -> HashMap<String, Vec<usize>> {
    let mut by_source: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, e) in old.iter().enumerate().filter(|(_, e)| !e.is_term) {
        let content = e.comment_content();
        let mut keys = HashSet::new();
        for i in 0..content.len() {
            // Sources wrap to a few lines; 64 bounds the work on huge hand comments.
            for j in i..content.len().min(i + 64) {
                keys.insert(normalize(&content[i..=j].join(" ")));
            }
        }
        for key in keys {
            by_source.entry(key).or_default().push(k);
        }
    }
    by_source
}

/// The ids that stay: kept and updated messages', preserved entries'. New ones avoid
/// them.
fn taken_ids(old: &[OldEntry], plans: &[Plan], preserved: &[usize]) -> HashSet<String> {
    let mut taken: HashSet<String> = HashSet::new();
    for plan in plans {
        if let Plan::Kept(k) | Plan::Updated(k) = plan {
            taken.insert(old[*k].id.clone());
        }
    }
    for &k in preserved {
        taken.insert(old[k].id.clone());
    }
    taken
}

/// The merged files as they are written: FTL items and figures tables, in order.
struct Writer<'a> {
    old: &'a [OldEntry],
    old_figures: &'a Chunks,
    taken: HashSet<String>,
    items: Vec<FtlItem<'a>>,
    tables: Vec<String>,
    out: Merged,
}

impl<'a> Writer<'a> {
    /// Statement `st` as planned: the old message and table as they are (kept), the old
    /// id with the new text (updated), or a new id (added).
    fn statement(&mut self, st: &'a Statement, plan: &Plan) {
        let group = st.group.as_deref();
        match plan {
            Plan::Kept(k) => {
                let e = &self.old[*k];
                self.items.push(FtlItem {
                    group,
                    text: e.text(),
                });
                if let Some(chunk) = self.old_figures.get(&e.id) {
                    self.tables.push(chunk.clone());
                } else if let Some(t) = figures_table(st, &e.id) {
                    self.tables.push(t);
                }
                self.out.kept.push(e.id.clone());
            }
            Plan::Updated(k) => {
                let id = self.old[*k].id.clone();
                self.items.push(FtlItem {
                    group,
                    text: message_entry(st, &id),
                });
                self.tables.extend(figures_table(st, &id));
                self.out.updated.push(id);
            }
            Plan::Added => {
                let mut id = st.id.clone();
                let mut n = 1;
                while self.taken.contains(&id) {
                    n += 1;
                    id = format!("{}-{n}", st.id);
                }
                self.taken.insert(id.clone());
                self.items.push(FtlItem {
                    group,
                    text: message_entry(st, &id),
                });
                self.tables.extend(figures_table(st, &id));
                self.out.added.push(id);
            }
        }
    }

    /// Old entry `k`, which extract did not write, as it is.
    fn preserved(&mut self, k: usize) {
        let e = &self.old[k];
        self.items.push(FtlItem {
            group: Some("Kept as written (not extracted)"),
            text: e.text(),
        });
        if !e.is_term {
            if let Some(chunk) = self.old_figures.get(&e.id) {
                self.tables.push(chunk.clone());
            }
            self.out.kept.push(e.id.clone());
        }
    }
}

/// The merged FTL parses without junk and the figures are TOML: a failure is extract's
/// own bug.
fn validate(out: &Merged) -> Result<(), ExtractError> {
    if let Err((_, errors)) = fluent_syntax::parser::parse(out.ftl.as_str()) {
        return Err(ExtractError::Internal {
            what: "FTL",
            message: errors
                .first()
                .map_or_else(String::new, |e| e.kind.to_string()),
        });
    }
    if let Err(e) = out.figures.parse::<toml::Table>() {
        return Err(ExtractError::Internal {
            what: "figures TOML",
            message: e.to_string(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_cut_into_raw_lines() {
        let ftl = "### header\n\n## Group\n\n# source one\n# hand note\nfirst = One { $x }\n\n\
                   # detached\n\nsecond =\n    multi\n\n    line\n    .attr = A\n-term = T\n";
        let entries = match parse_ftl(ftl) {
            Ok(e) => e,
            Err(e) => panic!("{e}"),
        };
        let ids: Vec<_> = entries.iter().map(|e| (e.id.as_str(), e.is_term)).collect();
        assert_eq!(ids, [("first", false), ("second", false), ("term", true)]);
        assert_eq!(entries[0].comment, ["# source one", "# hand note"]);
        assert!(entries[1].comment.is_empty());
        assert_eq!(entries[1].body.len(), 5);
        assert_eq!(entries[1].body[4], "    .attr = A");
    }

    #[test]
    fn invalid_ftl_is_an_error_with_position() {
        match parse_ftl("ok = fine\nbroken = { }\nnext = y\n") {
            Err(ExtractError::InvalidFtl { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected InvalidFtl, got {other:?}"),
        }
    }

    #[test]
    fn figures_chunks_keep_comments_and_subtables() {
        let toml = "# header\n\n# why: from the original report\n[a]\nx = 1 # hand\n\n[a.more]\ny = 2\n\n[b]\nz = 0.5\n";
        let chunks = match parse_figures(toml) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            chunks.get("a").map(String::as_str),
            Some("# why: from the original report\n[a]\nx = 1 # hand\n\n[a.more]\ny = 2")
        );
        assert_eq!(chunks.get("b").map(String::as_str), Some("[b]\nz = 0.5"));
        assert!(matches!(
            parse_figures("[a\n"),
            Err(ExtractError::InvalidFigures { .. })
        ));
    }

    #[test]
    fn table_keys() {
        assert_eq!(table_key("[answer-rate]"), Some("answer-rate".into()));
        assert_eq!(
            table_key(" [ \"quoted key\".sub ]"),
            Some("quoted key".into())
        );
        assert_eq!(table_key("[[list]]"), Some("list".into()));
        assert_eq!(table_key("x = [1]"), None);
    }
}
