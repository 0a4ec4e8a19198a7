//! Rendering several locales and writing their files.

use std::path::{Path, PathBuf};

use super::{
    index_html, json_document, render, Options, PageFormat, RenderError, RenderInput, Rendered,
};

/// The file `render --format json --out DIR` writes.
pub const JSON_FILE: &str = "messages.json";

/// One locale's result of [`run`].
#[derive(Debug, Clone, PartialEq)]
pub struct RunOutput {
    pub locale: String,
    pub rendered: Rendered,
    /// The file written, when an output directory was given.
    pub path: Option<PathBuf>,
}

/// Renders `locales` (every project locale when empty) and, with `out_dir`, writes
/// `{locale}.{md,html,txt}` there, each atomically (temporary file in the same
/// directory, then rename), plus `index.html` for HTML; for JSON, one `messages.json`
/// with every locale ([`super::json_document`]). Without `out_dir` nothing is written:
/// the caller prints [`Rendered::text`] (stdout for one locale), or the JSON document.
///
/// The caller decides the exit status: any [`Rendered::errors`] means failure unless
/// fallbacks are allowed.
pub fn render_project(
    input: &RenderInput,
    locales: &[String],
    format: PageFormat,
    options: &Options,
    out_dir: Option<&Path>,
) -> Result<Vec<RunOutput>, RenderError> {
    let locales = if locales.is_empty() {
        input.locales.as_slice()
    } else {
        locales
    };
    let mut outputs = Vec::with_capacity(locales.len());
    for locale in locales {
        let rendered = render(input, locale, format, options)?;
        let path = match out_dir {
            Some(dir) if format == PageFormat::Json => Some(dir.join(JSON_FILE)),
            Some(dir) => {
                let path = dir.join(format!("{locale}.{}", format.extension()));
                write_atomic(&path, &rendered.text)?;
                Some(path)
            }
            None => None,
        };
        outputs.push(RunOutput {
            locale: locale.clone(),
            rendered,
            path,
        });
    }
    if let (Some(dir), PageFormat::Json) = (out_dir, format) {
        write_atomic(&dir.join(JSON_FILE), &json_document(&outputs))?;
    }
    if let (Some(dir), PageFormat::Html) = (out_dir, format) {
        let entries: Vec<(String, f64, String)> = outputs
            .iter()
            .map(|o| {
                let file = format!("{}.{}", o.locale, format.extension());
                (o.locale.clone(), o.rendered.completion(), file)
            })
            .collect();
        write_atomic(&dir.join("index.html"), &index_html(&entries))?;
    }
    Ok(outputs)
}

/// Writes a file through [`crate::fs`] (atomically onto regular files).
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), RenderError> {
    crate::fs::write(path, contents.as_bytes()).map_err(|source| RenderError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(())
}
