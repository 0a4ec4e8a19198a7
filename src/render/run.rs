//! Rendering several locales and writing their files.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use super::bundle::LocaleBundle;
use super::fallback::ids;
use super::html::{self, IndexDoc};
use super::{
    json_document, one_line, render, Options, PageFormat, PageSpec, RenderError, RenderInput,
    Rendered,
};
use crate::project::{self, Project, Selection};

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

/// What `glossator render` asks for.
#[derive(Debug, Clone)]
pub struct Request {
    /// glossator.toml to use; default: found from the current directory.
    pub config: Option<PathBuf>,
    /// The locales to render; empty for every language of the project.
    pub locales: Vec<String>,
    pub format: PageFormat,
    /// Where to write the files; `None` for standard output.
    pub out: Option<PathBuf>,
    /// Succeed even when messages fell back or failed to format.
    pub allow_fallback: bool,
    /// Wrap placeables in Unicode bidi isolation marks.
    pub isolating: bool,
}

/// What a [`run`] leaves to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub outputs: Vec<RunOutput>,
    /// For standard output: the pages (or the JSON document) without an output
    /// directory, else one line per file written.
    pub stdout: String,
    /// For standard error: each message error, as `locale: error`.
    pub errors: Vec<String>,
    /// Whether the run failed: errors, and fallbacks not allowed.
    pub failed: bool,
}

/// `glossator render`: loads the project of `request.config`, renders the locales asked
/// for (every language, the reference included, by default) and writes them when an
/// output directory is given.
pub fn run(request: &Request) -> crate::Result<Report> {
    let project = load_project(request)?;
    let locales_dir = project.locales_dir().ok_or_else(|| {
        crate::Error::Usage("render needs a path pattern of the form DIR/{locale}/...".into())
    })?;
    let page = page_spec(&project)?;
    let input = RenderInput::load(
        &locales_dir,
        &project.reference,
        &project.locales,
        project.extract.figures.as_deref(),
    )?
    .with_page(page);
    let options = Options {
        isolating: request.isolating,
        ..Options::default()
    };
    let wanted = wanted_locales(request, &project);
    let outputs = render_project(
        &input,
        &wanted,
        request.format,
        &options,
        request.out.as_deref(),
    )?;
    Ok(report(request, outputs))
}

/// The project with every locale: each page links every language version, so the input
/// holds them all. Loaded with the requested locales first, so that an unknown one is a
/// usage error.
fn load_project(request: &Request) -> crate::Result<Project> {
    let selected = project::load(&Selection {
        config: request.config.clone(),
        locales: request.locales.clone(),
        ..Selection::default()
    })?;
    if request.locales.is_empty() {
        return Ok(selected);
    }
    project::load(&Selection {
        config: request.config.clone(),
        ..Selection::default()
    })
}

/// The key figures and charts: `[render]` of the glossator.toml read, if any.
fn page_spec(project: &Project) -> Result<PageSpec, RenderError> {
    match project
        .sources
        .iter()
        .find(|p| p.file_name().is_some_and(|n| n == "glossator.toml"))
    {
        Some(config) => PageSpec::read(config),
        None => Ok(PageSpec::default()),
    }
}

/// The locales asked for, else every language of the project, the reference included,
/// sorted.
fn wanted_locales(request: &Request, project: &Project) -> Vec<String> {
    if !request.locales.is_empty() {
        return request.locales.clone();
    }
    let mut all = project.locales.clone();
    all.push(project.reference.clone());
    all.sort();
    all
}

/// What to print of `outputs`, and whether the run failed.
fn report(request: &Request, outputs: Vec<RunOutput>) -> Report {
    let json = request.format == PageFormat::Json;
    let mut stdout = String::new();
    if json && request.out.is_none() {
        stdout.push_str(&json_document(&outputs));
    }
    let mut errors = Vec::new();
    for o in &outputs {
        match &o.path {
            None if json => {}
            Some(p) => stdout.push_str(&format!(
                "{}: {} ({} fallback(s), {} missing figure(s))\n",
                o.locale,
                p.display(),
                o.rendered.fallbacks.len(),
                o.rendered.missing.len()
            )),
            None => stdout.push_str(&o.rendered.text),
        }
        for e in &o.rendered.errors {
            errors.push(format!("{}: {e}", o.locale));
        }
    }
    let failed = !errors.is_empty() && !request.allow_fallback;
    Report {
        outputs,
        stdout,
        errors,
        failed,
    }
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
