//! Running an extraction on files: read, extract, merge, write atomically.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::fs::{Existing, Pending};

use super::merge::{EXISTING_FIGURES, EXISTING_FTL};
use super::{extract_with, locale, merge, ExtractError, Finding, Options};

/// What [`run`] did, for the CLI to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    /// The report that was read.
    pub report: PathBuf,
    /// The FTL file.
    pub ftl: PathBuf,
    /// The figures file.
    pub figures: PathBuf,
    /// Number of messages in the FTL file.
    pub messages: usize,
    /// Ids of new statements.
    pub added: Vec<String>,
    /// Ids kept as they were.
    pub kept: Vec<String>,
    /// Ids dropped because the report no longer states them.
    pub removed: Vec<String>,
    /// Ids re-extracted because their source sentence changed.
    pub updated: Vec<String>,
    /// Findings in the report (positions refer to `report`).
    pub findings: Vec<Finding>,
    /// False when the FTL file already had exactly this content (not touched).
    pub ftl_written: bool,
    /// False when the figures file already had exactly this content (not touched).
    pub figures_written: bool,
}

impl RunReport {
    /// The findings as `path:line:col: warning[rule]: message` lines.
    pub fn diagnostics(&self) -> Vec<String> {
        findings_for_display(&self.report, &self.findings)
    }
}

/// Formats findings as `path:line:col: warning[rule]: message`, the form editors and
/// CI logs link to.
pub fn findings_for_display(path: &Path, findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| format!("{}:{f}", path.display()))
        .collect()
}

fn read_text(path: &Path) -> Result<String, ExtractError> {
    let bytes = fs::read(path).map_err(|source| ExtractError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| ExtractError::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// An existing output, to merge with: none when missing, or when it is a pipe or a device
/// (written directly, nothing to merge; reading one could block or never end).
fn read_optional(path: &Path) -> Result<Option<String>, ExtractError> {
    let read_error = |source| ExtractError::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = match crate::fs::read_bounded(path, crate::fs::MAX_FILE_BYTES) {
        Ok(Existing::Bytes(b)) => b,
        Ok(Existing::Missing | Existing::NotRegular) => return Ok(None),
        Ok(Existing::TooLarge(n)) => {
            return Err(read_error(std::io::Error::new(
                ErrorKind::InvalidData,
                format!(
                    "{n} bytes, over the {} MiB limit",
                    crate::fs::MAX_FILE_BYTES >> 20
                ),
            )))
        }
        Err(e) => return Err(read_error(e)),
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| ExtractError::InvalidUtf8 {
            path: path.to_path_buf(),
            offset: e.utf8_error().valid_up_to(),
        })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Prepares `contents` for `path` without showing it yet (see [`crate::fs::write`]):
/// both outputs are prepared before either is committed.
fn prepare(path: &Path, contents: &str) -> Result<Pending, ExtractError> {
    crate::fs::prepare(path, contents.as_bytes()).map_err(|source| ExtractError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn persist(tmp: Pending, path: &Path) -> Result<bool, ExtractError> {
    tmp.commit().map_err(|source| ExtractError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Extracts `report` (read as `locale`) into the FTL file `out` and the TOML
/// `figures` file, merging with them when they exist (hand edits of unchanged
/// statements survive; see [`merge`]).
///
/// Both files are written through [`crate::fs`]: atomically (a temporary file in the
/// same directory, then a rename) keeping the permissions of the files they replace,
/// through symbolic links, directly into pipes and devices; a file whose content would
/// not change is not touched. Errors name the file involved; a report that is
/// not UTF-8 gives the byte offset of the first invalid byte.
pub fn extract_report(
    report: &Path,
    locale: &str,
    out: &Path,
    figures: &Path,
) -> Result<RunReport, ExtractError> {
    extract_report_with(report, locale, out, figures, Options::default())
}

/// [`run`] with extraction options (`Options::all()` keeps every sentence).
pub fn extract_report_with(
    report: &Path,
    locale: &str,
    out: &Path,
    figures: &Path,
    options: Options,
) -> Result<RunReport, ExtractError> {
    check_locale(locale)?;
    check_paths(report, out, figures)?;
    let text = read_text(report)?;
    let ex = extract_with(&text, locale, options);
    let old_ftl = read_optional(out)?;
    let old_figures = read_optional(figures)?;
    let source_name = report.file_name().map_or_else(
        || report.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let merged = merge(
        old_ftl.as_deref(),
        old_figures.as_deref(),
        &ex,
        &source_name,
    )
    .map_err(|e| with_paths(e, out, figures))?;
    let ftl_tmp = prepare(out, &merged.ftl)?;
    let figures_tmp = prepare(figures, &merged.figures)?;
    let ftl_written = persist(ftl_tmp, out)?;
    let figures_written = persist(figures_tmp, figures)?;
    Ok(RunReport {
        report: report.to_path_buf(),
        ftl: out.to_path_buf(),
        figures: figures.to_path_buf(),
        messages: merged.added.len() + merged.kept.len() + merged.updated.len(),
        added: merged.added,
        kept: merged.kept,
        removed: merged.removed,
        updated: merged.updated,
        findings: ex.findings,
        ftl_written,
        figures_written,
    })
}

/// A locale extract has no conventions for is a usage error, said before reading.
fn check_locale(locale: &str) -> Result<(), ExtractError> {
    locale::lookup(locale).map_err(|problem| match problem {
        locale::LocaleProblem::Invalid(reason) => ExtractError::InvalidLocale {
            locale: locale.to_string(),
            reason,
        },
        locale::LocaleProblem::Unsupported => ExtractError::UnsupportedLocale {
            locale: locale.to_string(),
            supported: locale::supported_tags(),
        },
    })?;
    Ok(())
}

/// The outputs may not be the report or each other: writing one would destroy another.
fn check_paths(report: &Path, out: &Path, figures: &Path) -> Result<(), ExtractError> {
    for (path, other, what) in [
        (out, report, "the FTL output is the report itself"),
        (figures, report, "the figures output is the report itself"),
        (figures, out, "the figures output is the FTL output"),
    ] {
        if same_file(path, other) {
            return Err(ExtractError::PathConflict {
                path: path.to_path_buf(),
                reason: what.to_string(),
            });
        }
    }
    Ok(())
}

/// [`merge`]'s errors about the existing files, with their real paths.
fn with_paths(e: ExtractError, out: &Path, figures: &Path) -> ExtractError {
    match e {
        ExtractError::InvalidFtl {
            file,
            line,
            column,
            message,
        } if file == EXISTING_FTL => ExtractError::InvalidFtl {
            file: out.display().to_string(),
            line,
            column,
            message,
        },
        ExtractError::InvalidFigures { file, message } if file == EXISTING_FIGURES => {
            ExtractError::InvalidFigures {
                file: figures.display().to_string(),
                message,
            }
        }
        other => other,
    }
}
