//! Fixes: edits to byte ranges, applied to the original bytes; the binary writes them
//! through [`crate::fs`]. Nothing outside an edited range changes (comments, blank lines,
//! order, CRLF, BOM).

use crate::check::Outcome;
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::error::{Error, Result};
use crate::ftl::SourceFile;
use std::collections::BTreeMap;
use std::path::Path;

/// What `glossator fix` may do beyond the safe fixes findings carry.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only fixes of these rules (all when empty).
    pub rules: Vec<String>,
    /// Delete obsolete messages (with their comments).
    pub remove_obsolete: bool,
    /// Copy missing messages from the reference, marked for translation.
    pub add_missing: bool,
}

/// The new content of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFix {
    pub path: String,
    pub before: Vec<u8>,
    pub after: Vec<u8>,
    /// Rules whose findings this fixes, with counts.
    pub fixed: BTreeMap<&'static str, usize>,
}

/// A fix not applied because it is not safe: shown to the user.
#[derive(Debug, Clone)]
pub struct Suggestion<'a> {
    pub diagnostic: &'a Diagnostic,
}

/// Marks lines copied by `--add-missing`, so translators find them.
pub const MISSING_MARK: &str =
    "# glossator: copied from the reference by `glossator fix --add-missing`; translate it.";

/// Applies non-overlapping `edits` (byte ranges of `text`) in order; overlapping ones
/// after the first are skipped. Returns the new text and the number applied.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for e in sorted {
        if e.range.start < pos
            || e.range.start > e.range.end
            || e.range.end > text.len()
            || !text.is_char_boundary(e.range.start)
            || !text.is_char_boundary(e.range.end)
        {
            continue;
        }
        out.push_str(&text[pos..e.range.start]);
        out.push_str(&e.replacement);
        pos = e.range.end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}

/// Byte ranges of every definition of `id`: from its attached comment to where the
/// parser's next top-level item starts (so select variants and braces at column 0 stay
/// inside), blank lines after it included.
fn entry_ranges(f: &SourceFile, id: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for e in f.model.entries.iter().filter(|e| e.id == id) {
        let at = e
            .comment
            .as_ref()
            .map(|c| c.start)
            .unwrap_or(e.id_span.start);
        let start = f.text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let next = f.model.starts.partition_point(|&s| s <= e.id_span.start);
        let end = f.model.starts.get(next).copied().unwrap_or(f.text.len());
        out.push(start..end.max(start));
    }
    out
}

fn entry_range(f: &SourceFile, id: &str) -> Option<std::ops::Range<usize>> {
    entry_ranges(f, id).into_iter().next()
}

/// Source text of an entry of the reference (without its comment), for `--add-missing`.
pub fn entry_source(f: &SourceFile, id: &str) -> Option<String> {
    let e = f.model.entries.iter().find(|e| e.id == id)?;
    let r = entry_range(f, id)?;
    let start = f.text[..e.id_span.start]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0)
        .max(r.start);
    Some(f.text[start..r.end].trim_end().to_string())
}

/// The edit that appends message `id` of `reference` to a translation file's `text`,
/// under [`MISSING_MARK`] so a translator finds it: what `--add-missing` writes.
pub fn add_missing(text: &str, reference: &SourceFile, id: &str) -> Option<Edit> {
    let src = entry_source(reference, id)?;
    let nl = line_ending(text);
    let sep = if text.is_empty() || text.ends_with("\n\n") || text.ends_with("\r\n\r\n") {
        ""
    } else if text.ends_with('\n') {
        nl
    } else {
        // no final newline: end the last line first
        "\n\n"
    };
    Some(Edit {
        range: text.len()..text.len(),
        replacement: format!("{sep}{MISSING_MARK}{nl}{}{nl}", src.replace('\n', nl)),
    })
}

fn line_ending(text: &str) -> &'static str {
    if text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}

/// Edits of one file, whether to drop its BOM, and the rules they fix.
type PlannedFile = (Vec<Edit>, bool, BTreeMap<&'static str, usize>);

/// Plans the fixes of a check outcome: the new bytes of every file that changes, and the
/// unsafe fixes left as suggestions.
pub fn plan<'a>(
    outcome: &'a Outcome,
    root: &Path,
    options: &Options,
) -> Result<(Vec<FileFix>, Vec<Suggestion<'a>>)> {
    let wanted = |rule: &str| options.rules.is_empty() || options.rules.iter().any(|r| r == rule);
    let mut planned = Planned::default();
    for d in &outcome.diagnostics {
        // Never edit a file glossator could not read (not UTF-8, too deep, too large): its
        // text is unknown, so no edit can be byte-exact, and every message would look
        // missing on every run.
        let unread = outcome
            .files
            .get(d.path.as_str())
            .is_some_and(|f| f.unparsed.is_some());
        if wanted(d.rule) && !unread {
            planned.add(d, outcome, options);
        }
    }
    let mut out = Vec::new();
    for (path, file) in planned.per_file {
        if let Some(fix) = file_fix(root, path, file)? {
            out.push(fix);
        }
    }
    for (path, (text, fixed)) in planned.new_files {
        out.push(FileFix {
            path,
            before: Vec::new(),
            after: text.into_bytes(),
            fixed,
        });
    }
    Ok((out, planned.suggestions))
}

/// The fixes a check's findings ask for, before any file is read again.
#[derive(Default)]
struct Planned<'a> {
    per_file: BTreeMap<&'a str, PlannedFile>,
    /// Files `--add-missing` creates: their text and the rules they fix.
    new_files: BTreeMap<String, (String, BTreeMap<&'static str, usize>)>,
    suggestions: Vec<Suggestion<'a>>,
}

impl<'a> Planned<'a> {
    /// Adds the fix of finding `d`: its own when safe (a suggestion when not), else what
    /// `options` asks of its rule.
    fn add(&mut self, d: &'a Diagnostic, outcome: &'a Outcome, options: &Options) {
        match (d.rule, &d.fix) {
            ("bom", Some(_)) => self.fixes(d, Vec::new()).1 = true,
            (_, Some(fix)) if fix.applicability == Applicability::Safe => {
                self.fixes(d, fix.edits.clone());
            }
            (_, Some(_)) => self.suggestions.push(Suggestion { diagnostic: d }),
            ("obsolete-message", None) if options.remove_obsolete => {
                let (Some(f), Some(id)) = (outcome.files.get(d.path.as_str()), &d.id) else {
                    return;
                };
                // Every definition of the id: a duplicated obsolete message goes at once.
                let ranges = entry_ranges(f, id);
                if !ranges.is_empty() {
                    let edits = ranges
                        .into_iter()
                        .map(|range| Edit {
                            range,
                            replacement: String::new(),
                        })
                        .collect();
                    self.fixes(d, edits);
                }
            }
            ("missing-message", None) if options.add_missing => {
                let (Some(r), Some(id)) = (reference_of(outcome, d), &d.id) else {
                    return;
                };
                let Some(f) = outcome.files.get(d.path.as_str()) else {
                    return;
                };
                if let Some(edit) = add_missing(&f.text, r, id) {
                    self.fixes(d, vec![edit]);
                }
            }
            ("missing-file", None) if options.add_missing => {
                if let Some(r) = reference_of(outcome, d) {
                    let entry = self
                        .new_files
                        .entry(d.path.to_string())
                        .or_insert((missing_file_text(r), BTreeMap::new()));
                    *entry.1.entry(d.rule).or_default() += 1;
                }
            }
            _ => {}
        }
    }

    /// Plans `edits` in the file of `d`, counted as fixing `d`.
    fn fixes(&mut self, d: &'a Diagnostic, edits: Vec<Edit>) -> &mut PlannedFile {
        let slot = self.per_file.entry(&d.path).or_default();
        slot.0.extend(edits);
        *slot.2.entry(d.rule).or_default() += 1;
        slot
    }
}

/// The reference file of finding `d`, as the check read it.
fn reference_of<'a>(
    outcome: &'a Outcome,
    d: &Diagnostic,
) -> Option<&'a std::sync::Arc<SourceFile>> {
    outcome.files.get(d.reference.as_deref()?)
}

/// A missing file as `--add-missing` writes it: every message of reference `r`, each
/// under [`MISSING_MARK`].
fn missing_file_text(r: &SourceFile) -> String {
    let mut text = String::new();
    for e in &r.model.entries {
        if let Some(src) = entry_source(r, &e.id) {
            text.push_str(MISSING_MARK);
            text.push('\n');
            text.push_str(&src);
            text.push_str("\n\n");
        }
    }
    text.trim_end().to_string() + "\n"
}

/// The new bytes of file `path` with its planned edits, from the file as it is now;
/// `None` when nothing changes or it can no longer be edited byte-exactly.
fn file_fix(root: &Path, path: &str, planned: PlannedFile) -> Result<Option<FileFix>> {
    let (edits, strip_bom, fixed) = planned;
    let abs = root.join(path);
    // Read again (the check dropped its copy), bounded: a file that became too large,
    // a pipe or a device since the check cannot be edited byte-exactly.
    let before = match crate::fs::read_bounded(&abs, crate::fs::MAX_FILE_BYTES) {
        Ok(crate::fs::Existing::Bytes(b)) => b,
        Ok(crate::fs::Existing::Missing) => {
            // Deleted since the check: the OS's own words for it.
            let e = std::fs::metadata(&abs)
                .err()
                .unwrap_or_else(|| std::io::ErrorKind::NotFound.into());
            return Err(Error::io(&abs, e));
        }
        Ok(_) => return Ok(None),
        Err(e) => return Err(Error::io(&abs, e)),
    };
    let has_bom = before.starts_with(b"\xEF\xBB\xBF");
    let body = if has_bom { &before[3..] } else { &before[..] };
    let Ok(text) = std::str::from_utf8(body) else {
        return Ok(None);
    };
    let (new_text, _) = apply_edits(text, &edits);
    let mut after = Vec::with_capacity(new_text.len() + 3);
    if has_bom && !strip_bom {
        after.extend_from_slice(b"\xEF\xBB\xBF");
    }
    after.extend_from_slice(new_text.as_bytes());
    Ok((after != before).then(|| FileFix {
        path: path.to_string(),
        before,
        after,
        fixed,
    }))
}

/// Writes the fixes under `root` through [`crate::fs`] (links written through, atomic
/// replacement). All are prepared before any is committed, so a failure while preparing (a
/// read-only directory, a full disk) leaves every file as it was.
pub fn write(root: &Path, fixes: &[FileFix]) -> Result<()> {
    let pending = fixes
        .iter()
        .map(|f| {
            let path = root.join(&f.path);
            match crate::fs::prepare(&path, &f.after) {
                Ok(p) => Ok((path, p)),
                Err(e) => Err(Error::io(path, e)),
            }
        })
        .collect::<Result<Vec<_>>>()?;
    for (path, p) in pending {
        p.commit().map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

/// A unified diff of one file fix, for `--diff`.
pub fn diff(fix: &FileFix) -> String {
    let before = String::from_utf8_lossy(&fix.before);
    let after = String::from_utf8_lossy(&fix.after);
    similar::TextDiff::from_lines(before.as_ref(), after.as_ref())
        .unified_diff()
        .header(&format!("a/{}", fix.path), &format!("b/{}", fix.path))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_only_their_bytes() {
        let text = "a = x bank terpencil\r\n# note\r\nb = y\r\n";
        let start = text.find("bank").unwrap();
        let (out, n) = apply_edits(
            text,
            &[
                Edit {
                    range: start..start + 14,
                    replacement: "perbankan jarak jauh".into(),
                },
                Edit {
                    range: start + 2..start + 3,
                    replacement: "overlap".into(),
                },
            ],
        );
        assert_eq!(n, 1);
        assert_eq!(out, "a = x perbankan jarak jauh\r\n# note\r\nb = y\r\n");
    }

    #[test]
    fn entry_ranges_cover_comment_and_continuations() {
        let src = "# c\na = { $n ->\n    [one] x\n   *[other] y\n}\n\nb = B\n    .t = T\n\n## group\nc = C\n";
        let f = SourceFile::from_bytes("x".into(), "x", src.as_bytes().to_vec());
        let r = entry_range(&f, "a").unwrap();
        assert_eq!(
            &src[r],
            "# c\na = { $n ->\n    [one] x\n   *[other] y\n}\n\n"
        );
        let r = entry_range(&f, "b").unwrap();
        assert_eq!(&src[r], "b = B\n    .t = T\n\n");
        let r = entry_range(&f, "c").unwrap();
        assert_eq!(&src[r], "c = C\n");
    }

    #[test]
    fn entries_end_where_the_parser_says() {
        let src = "a = { $n ->\n[one] x\n*[other] y\n}\nb = B\na = again\n";
        let f = SourceFile::from_bytes("x".into(), "x", src.as_bytes().to_vec());
        let r = entry_ranges(&f, "a");
        assert_eq!(r.len(), 2, "every definition");
        assert_eq!(&src[r[0].clone()], "a = { $n ->\n[one] x\n*[other] y\n}\n");
        assert_eq!(&src[r[1].clone()], "a = again\n");
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)]
    fn reversed_ranges_are_skipped() {
        let (out, n) = apply_edits(
            "abcdef",
            &[Edit {
                range: 4..2,
                replacement: "X".into(),
            }],
        );
        assert_eq!((out.as_str(), n), ("abcdef", 0));
    }
}
