//! Rendering several locales and writing their files.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use super::bundle::LocaleBundle;
use super::fallback::ids;
use super::html::{self, IndexDoc};
use super::{
    json_document, one_line, render, Options, PageFormat, RenderError, RenderInput, Rendered,
};

/// The file `render --format json --out DIR` writes.
pub const JSON_FILE: &str = "messages.json";

/// One locale's result of [`render_project`].
#[derive(Debug, Clone, PartialEq)]
pub struct RunOutput {
    pub locale: String,
    pub rendered: Rendered,
    /// The file written, when an output directory was given.
    pub path: Option<PathBuf>,
}

/// A line of the index page.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    pub locale: String,
    /// The language's name in itself.
    pub name: String,
    /// The page's title, in its language.
    pub title: String,
    /// Share of the page shown in its language with every figure, 0.0 to 1.0.
    pub completion: f64,
    /// The page's file name, relative to the index.
    pub file: String,
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
        let entries: Vec<IndexEntry> = outputs
            .iter()
            .map(|o| IndexEntry {
                locale: o.locale.clone(),
                name: input.language_name(&o.locale),
                title: o.rendered.title.clone(),
                completion: o.rendered.completion(),
                file: format!("{}.{}", o.locale, format.extension()),
            })
            .collect();
        write_atomic(&dir.join("index.html"), &index_html(input, &entries)?)?;
    }
    Ok(outputs)
}

/// The index page of `entries`, in the reference's language: its page messages (or
/// glossator's) title it and head its columns.
pub fn index_html(input: &RenderInput, entries: &[IndexEntry]) -> Result<String, RenderError> {
    let reference = &input.reference;
    let sources = input.sources.get(reference).map_or(&[][..], Vec::as_slice);
    let bundle = LocaleBundle::new(reference, sources, &Options::default())?;
    let text = |id: &str| {
        let (text, _) = bundle.format(id, &FluentArgs::new());
        one_line(&text)
    };
    let doc = IndexDoc {
        locale: reference.clone(),
        dir: bundle.dir,
        title: text(ids::INDEX_TITLE),
        language: text(ids::INDEX_LANGUAGE),
        summary: text(ids::INDEX_SUMMARY),
        completion: text(ids::INDEX_COMPLETION),
    };
    Ok(html::index(&doc, entries))
}

/// Writes a file through [`crate::fs`] (atomically onto regular files).
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), RenderError> {
    crate::fs::write(path, contents.as_bytes()).map_err(|source| RenderError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(())
}
