//! `glossator init`: writes the glossator.toml of the folder's project, from its
//! compare-locales files or its locale folders, and never over an existing file.

use super::discover::l10n_files;
use super::layout::{self, rules_table};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `init` wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    /// One line for the user: what the config describes.
    pub summary: String,
}

/// The glossator.toml for `dir`: pointing at its `l10n.toml` (or `l10n-*.toml`) when it
/// has one (so their filters keep applying), else listing its detected locale folders.
pub fn text(dir: &Path, reference: Option<&str>) -> Result<(String, String)> {
    let l10n = l10n_files(dir);
    if !l10n.is_empty() {
        // Loaded once so a broken file stops `init` rather than the first `check`.
        let mut project = super::l10n_toml::load(&l10n, None)?;
        if let Some(r) = reference {
            project.set_reference(r)?;
        }
        let names: Vec<String> = l10n
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| format!("{:?}", n.to_string_lossy()))
            .collect();
        let mut out = String::from(
            "# Written by `glossator init`: the project is the compare-locales files' (locales,\n# paths, filters); the rules and glossaries are this file's.\n\n[project]\n",
        );
        out.push_str(&format!("l10n_toml = [{}]\n", names.join(", ")));
        match reference {
            Some(_) => out.push_str(&format!("reference = {:?}\n", project.reference)),
            None => out.push_str(&format!(
                "# reference = {:?}    # guessed from the reference paths; set it if the guess is wrong\n",
                project.reference
            )),
        }
        out.push_str("# glossaries = [\"glossary.toml\"]\n\n");
        out.push_str(&rules_table());
        let files: Vec<String> = l10n
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        let summary = format!(
            "the project of {} ({} locale(s) besides the reference {})",
            files.join(" and "),
            project.locales.len(),
            project.reference
        );
        return Ok((out, summary));
    }
    match layout::detect(dir, reference)? {
        Ok(l) => {
            let summary = format!(
                "{} locale(s) besides the reference {}, as `{}`",
                l.locales.len() - 1,
                l.reference,
                l.pattern()
            );
            Ok((l.to_toml(), summary))
        }
        Err(why) => Err(Error::Usage(format!(
            "nothing to write: no l10n.toml here and no locale folders to detect: {} (give --reference LOCALE if the reference is not en-US or en)",
            why.0
        ))),
    }
}

/// Writes `dir/glossator.toml`; an existing file is left alone (a usage error).
pub fn write(dir: &Path, reference: Option<&str>) -> Result<Written> {
    let path = dir.join("glossator.toml");
    let exists = || {
        Error::Usage(format!(
            "{} exists already; glossator init never overwrites it (edit it, or remove it first)",
            path.display()
        ))
    };
    if path.exists() {
        return Err(exists());
    }
    let (text, summary) = text(dir, reference)?;
    // `create_new`: a file that appeared meanwhile is not overwritten either.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                exists()
            } else {
                Error::io(&path, e)
            }
        })?;
    f.write_all(text.as_bytes())
        .map_err(|e| Error::io(&path, e))?;
    Ok(Written { path, summary })
}
