//! Suppression comments: `# glossator-ignore: RULE[, RULE] -- reason` in a message's comment
//! silences those rules for that message; in a `##` group comment, for the whole group.

use super::{declare_rule, Sink};
use crate::diagnostic::Diagnostic;
use crate::ftl::model::comment_lines;
use crate::ftl::SourceFile;
use std::collections::HashMap;
use std::sync::Arc;

declare_rule! {
    /// A `glossator-ignore` comment silences nothing.
    ///
    /// ## Why
    /// Suppressions outlive the problem they were written for; a stale one hides the next
    /// real finding of that rule on the message.
    ///
    /// ## Example
    /// ```ftl
    /// # glossator-ignore: untranslated -- brand name
    /// title = Remote banking in Indonesia
    /// ```
    /// when `title` is translated and nothing is silenced.
    ///
    /// ## Fix
    /// Delete the suppression (or the rule from its list). No automatic fix.
    pub static UNUSED_SUPPRESSION = ("unused-suppression", Warning, "suppress");
}

declare_rule! {
    /// A `glossator-ignore` comment names an unknown rule or gives no reason.
    ///
    /// ## Why
    /// Every suppression must say why (`-- reason`), so reviewers can judge it later; an
    /// unknown rule name (a typo) silences nothing.
    ///
    /// ## Example
    /// `# glossator-ignore: untranslatd` (typo, no reason).
    ///
    /// ## Fix
    /// Correct the rule name and add `-- reason`. No automatic fix.
    pub static INVALID_SUPPRESSION = ("invalid-suppression", Warning, "suppress");
}

const MARKER: &str = "glossator-ignore:";

/// One parsed suppression.
#[derive(Debug, Clone)]
struct Suppression {
    rules: Vec<String>,
    /// Byte span of the comment line in the file.
    span: std::ops::Range<usize>,
    used: bool,
}

/// Parses the suppressions of a comment span; reports malformed ones.
fn parse(
    sink: &mut Sink,
    file: &SourceFile,
    span: &std::ops::Range<usize>,
    id: Option<&str>,
) -> Vec<Suppression> {
    let mut out = Vec::new();
    let text = &file.text[span.clone()];
    let mut offset = span.start;
    for raw in text.split_inclusive('\n') {
        let line_span = offset..offset + raw.trim_end().len();
        offset += raw.len();
        let Some(line) = comment_lines(raw).next() else {
            continue;
        };
        let Some(rest) = line.trim().strip_prefix(MARKER) else {
            continue;
        };
        let (list, reason) = match rest.split_once("--") {
            Some((l, r)) => (l, r.trim()),
            None => (rest, ""),
        };
        let rules: Vec<String> = list
            .split(',')
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect();
        let unknown: Vec<&String> = rules.iter().filter(|r| super::find(r).is_none()).collect();
        if !unknown.is_empty() || reason.is_empty() || rules.is_empty() {
            let mut problems = Vec::new();
            if rules.is_empty() {
                problems.push("names no rule".to_string());
            }
            if !unknown.is_empty() {
                problems.push(format!(
                    "unknown rule{} {}",
                    if unknown.len() == 1 { "" } else { "s" },
                    unknown
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if reason.is_empty() {
                problems.push("gives no reason (`-- reason`)".into());
            }
            let help = unknown
                .first()
                .and_then(|r| super::closest(r, super::all().iter().map(|x| x.name)))
                .map(|c| format!("did you mean `{c}`? Write `# glossator-ignore: RULE -- reason`"))
                .unwrap_or_else(|| {
                    "write `# glossator-ignore: RULE[, RULE] -- reason` (`glossator rules` lists the rules)".into()
                });
            if let Some(d) = sink.at(
                &INVALID_SUPPRESSION,
                file,
                line_span.clone(),
                id,
                format!("suppression {}", problems.join(" and ")),
            ) {
                d.help(help);
            }
        }
        out.push(Suppression {
            rules,
            span: line_span,
            used: false,
        });
    }
    out
}

/// An entry's own suppressions and the key of its group's.
type EntrySuppressions = (Vec<Suppression>, Option<(usize, u32)>);

/// The suppressions of a locale's files.
#[derive(Default)]
struct Suppressions {
    /// (path, id) → suppressions of the entry and of its group.
    by_entry: HashMap<(String, String), EntrySuppressions>,
    /// (file index, group index) → suppressions of a `##` group comment.
    groups: HashMap<(usize, u32), Vec<Suppression>>,
}

/// A suppression that silenced nothing: where, and which rules it names.
struct Unused {
    /// Index of its file.
    file: usize,
    span: std::ops::Range<usize>,
    /// The entry, for an entry's suppression (not a group's).
    id: Option<String>,
    rules: String,
}

/// Drops the findings that suppressions silence and reports unused suppressions.
/// `diagnostics` are the locale's findings; `files` its files.
pub fn apply(
    sink: &mut Sink,
    diagnostics: Vec<Diagnostic>,
    files: &[Arc<SourceFile>],
) -> Vec<Diagnostic> {
    let mut found = Suppressions::default();
    // Suppressions live in group and entry comments: only those are searched.
    let finder = memchr::memmem::Finder::new(MARKER);
    for (fi, f) in files.iter().enumerate() {
        found.collect(sink, &finder, fi, f);
    }
    if found.by_entry.is_empty() {
        return diagnostics;
    }
    let mut kept = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        if !found.silences(&d) {
            kept.push(d);
        }
    }
    found.report_unused(sink, files);
    kept
}

impl Suppressions {
    /// Reads the suppressions of file `fi` (reporting malformed ones), when one of its
    /// comments has the marker.
    fn collect(
        &mut self,
        sink: &mut Sink,
        finder: &memchr::memmem::Finder,
        fi: usize,
        f: &SourceFile,
    ) {
        let has = |s: &crate::ftl::model::Span| {
            f.text
                .get(s.clone())
                .is_some_and(|c| finder.find(c.as_bytes()).is_some())
        };
        let comments = f.model.entries.iter().filter_map(|e| e.comment.as_ref());
        if !f.model.groups.iter().chain(comments).any(has) {
            return;
        }
        for (gi, g) in f.model.groups.iter().enumerate() {
            let s = parse(sink, f, g, None);
            if !s.is_empty() {
                self.groups.insert((fi, gi as u32), s);
            }
        }
        for e in &f.model.entries {
            let own = e
                .comment
                .as_ref()
                .map(|c| parse(sink, f, c, Some(&e.id)))
                .unwrap_or_default();
            let group = e
                .group
                .map(|g| (fi, g))
                .filter(|k| self.groups.contains_key(k));
            if !own.is_empty() || group.is_some() {
                self.by_entry
                    .entry((f.rel.to_string(), e.id.to_string()))
                    .or_insert((own, group));
            }
        }
    }

    /// Whether a suppression of the finding's entry, else of its group, names its rule;
    /// those that do are marked used.
    fn silences(&mut self, d: &Diagnostic) -> bool {
        let key = d.id.clone().map(|id| (d.path.to_string(), id));
        let Some((own, group)) = key.and_then(|k| self.by_entry.get_mut(&k)) else {
            return false;
        };
        let mut hit = false;
        for s in own
            .iter_mut()
            .filter(|s| s.rules.iter().any(|r| r == d.rule))
        {
            s.used = true;
            hit = true;
        }
        if !hit {
            if let Some(g) = group.and_then(|g| self.groups.get_mut(&g)) {
                for s in g.iter_mut().filter(|s| s.rules.iter().any(|r| r == d.rule)) {
                    s.used = true;
                    hit = true;
                }
            }
        }
        hit
    }

    /// Reports the suppressions that silenced nothing, in file order.
    fn report_unused(&self, sink: &mut Sink, files: &[Arc<SourceFile>]) {
        let mut unused: Vec<Unused> = Vec::new();
        for ((path, id), (own, _)) in &self.by_entry {
            if let Some(fi) = files.iter().position(|f| f.rel == *path) {
                for s in own.iter().filter(|s| !s.used && !s.rules.is_empty()) {
                    unused.push(Unused {
                        file: fi,
                        span: s.span.clone(),
                        id: Some(id.to_string()),
                        rules: s.rules.join(", "),
                    });
                }
            }
        }
        for ((fi, _), list) in &self.groups {
            for s in list.iter().filter(|s| !s.used && !s.rules.is_empty()) {
                unused.push(Unused {
                    file: *fi,
                    span: s.span.clone(),
                    id: None,
                    rules: s.rules.join(", "),
                });
            }
        }
        unused.sort_by_key(|u| (u.file, u.span.start));
        for u in unused {
            if let Some(d) = sink.at(
                &UNUSED_SUPPRESSION,
                &files[u.file],
                u.span,
                u.id.as_deref(),
                format!("suppression of `{}` silences nothing", u.rules),
            ) {
                d.help("delete it: a stale suppression hides the next real finding");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dispatch::file_pair as compare;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Action;
    use crate::rules::Severities;

    fn run(r: &str, l: &str) -> Vec<Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new("de", &sev);
        let lf = file("de/a.ftl", l);
        let report = |_: &str| Action::Report(None);
        compare(&mut sink, &file("en/a.ftl", r), &lf, "en", &report, None);
        let found = std::mem::take(&mut sink.out);
        let kept = apply(&mut sink, found, &[lf]);
        let mut all = kept;
        all.extend(sink.out);
        all
    }

    const EN: &str = "a = The answer rate { $r }\nb = Remote banking report\n";

    #[test]
    fn message_suppression_silences_its_rule() {
        let d = run(EN, "# glossator-ignore: untranslated -- quoted English title\na = The answer rate { $r }\nb = Bericht\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn group_suppression_covers_the_group() {
        let d = run(EN, "## glossator-ignore: untranslated -- English section\n\na = The answer rate { $r }\nb = Remote banking report\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn unused_and_invalid_suppressions_are_reported() {
        let d = run(EN, "# glossator-ignore: untranslated -- stale\na = Die Erreichbarkeit { $r }\n# glossator-ignore: untranslatd\nb = Bericht\n");
        assert_eq!(
            rules_of(&d),
            vec![
                "invalid-suppression",
                "unused-suppression",
                "unused-suppression"
            ]
        );
        let inv = d.iter().find(|d| d.rule == "invalid-suppression").unwrap();
        assert!(
            inv.message.contains("unknown rule `untranslatd`") && inv.message.contains("no reason"),
            "{}",
            inv.message
        );
    }
}
