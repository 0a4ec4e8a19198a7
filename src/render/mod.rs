//! `glossator render`: localized summaries of a report, one per locale.
//!
//! The report's Fluent messages are formatted with `fluent-bundle`, fed with the figures
//! file (one `[message-id]` table of `variable = value` per message), in the reference
//! locale's order and sections (its `##` group comments), under its `report-title` and
//! `report-date`. Numbers, percentages, dates and plural categories follow each locale's
//! CLDR conventions through ICU4X 2.x:
//!
//! * `format`: `NUMBER()` (decimal and percent, grouping, fraction, significant and
//!   integer digits, rounding half-expand as ECMA-402) with `icu_decimal` and
//!   `icu_experimental`'s `PercentFormatter`; `DATETIME()` with `icu_datetime`; the
//!   bundle's formatter for plain numbers. Formatters are cached per bundle locale in
//!   fluent-bundle's `IntlLangMemoizer`.
//! * `plurals`: plural categories come from `icu_plurals` (current CLDR), never from
//!   fluent-bundle's own CLDR 37 tables: numeric selectors are routed through a function.
//! * `fallback`: a message missing (or failing) in a locale comes from the next locale of
//!   its fluent-langneg chain, ending at the reference, and is marked in the output.
//! * `markdown`, `html`, `text`: the three page formats; [`index_html`]
//!   the index page. [`run`] writes one file per locale, atomically.
//! * `json`: every message of every locale as data (`{locale: {message-id: text}}`),
//!   one `messages.json` ([`json_document`]).
//!
//! Plural rules are [`crate::plural_rules`]'s, shared with the checker: CLDR's, and for
//! Latin and Sanskrit, which CLDR has none for, rules written from their grammars.
//!
//! Locales without CLDR data (`la`) are formatted by CLDR's root locale; `sa` keeps
//! CLDR's default Devanagari digits. Every output ends with a line that says which
//! conventions were used ([`Rendered::conventions`]).

mod bundle;
mod fallback;
mod format;
mod html;
mod input;
mod json;
mod markdown;
mod plurals;
mod run;
mod text;

#[cfg(test)]
mod tests;

use std::path::PathBuf;

pub use html::index_html;
pub use input::{Figure, Figures, FtlSource, Layout, RenderInput, Section, DATE_ID, TITLE_ID};
pub use json::document as json_document;
pub use run::{render_project, write_atomic, RunOutput, JSON_FILE};

/// What can stop a rendering. Problems inside messages (a missing translation, a
/// formatting error) do not: they end up in [`Rendered::errors`].
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("unknown locale '{0}': it is not among the project's locales")]
    UnknownLocale(String),
    #[error("invalid locale identifier '{0}'")]
    InvalidLocale(String),
    #[error("the reference locale '{0}' has no messages to render")]
    EmptyReference(String),
    #[error("{path}: {message}")]
    Figures { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("ICU4X data for '{locale}': {message}")]
    Icu { locale: String, message: String },
}

/// Output format of a rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageFormat {
    /// CommonMark; message text is escaped.
    Markdown,
    /// A complete, self-contained HTML page; message text is escaped.
    Html,
    /// Plain text.
    Text,
    /// Every message of the reference, formatted, as JSON (`render --format json`): one
    /// document for all locales, [`json_document`].
    Json,
}

impl PageFormat {
    /// File extension of the format: `md`, `html`, `txt`.
    pub fn extension(self) -> &'static str {
        match self {
            PageFormat::Markdown => "md",
            PageFormat::Html => "html",
            PageFormat::Text => "txt",
            PageFormat::Json => "json",
        }
    }
}

impl std::str::FromStr for PageFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(PageFormat::Markdown),
            "html" | "htm" => Ok(PageFormat::Html),
            "txt" | "text" => Ok(PageFormat::Text),
            "json" => Ok(PageFormat::Json),
            other => Err(format!(
                "unknown format '{other}' (expected md, html, txt or json)"
            )),
        }
    }
}

/// Rendering options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Wrap placeables in Unicode bidi isolation marks (U+2068 … U+2069), fluent-bundle's
    /// `set_use_isolating`. Off by default: the marks are invisible but end up in files,
    /// diffs and copied text.
    pub isolating: bool,
    /// Leave the conventions line out of the text (it stays in [`Rendered::conventions`]).
    pub hide_conventions: bool,
}

/// One locale's rendering.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The document, in the requested format.
    pub text: String,
    /// Messages shown from another locale: (message id, locale used), in document order.
    pub fallbacks: Vec<(String, String)>,
    /// Every message missing in the locale, every formatting error (each naming the message
    /// id) and every syntax error of the locale's files. Non-empty means the CLI exits
    /// non-zero unless `--allow-fallback`.
    pub errors: Vec<String>,
    /// The number, date and plural conventions used, e.g. "Numbers: CLDR 'fr' (decimal ','
    /// group U+202F, digits latn: 1 234 567,5 · 12,5 %) · Dates: … · Plurals: …".
    pub conventions: String,
    /// How many messages the document shows (title and date included).
    pub messages: usize,
}

impl Rendered {
    /// Share of the messages shown in the locale itself (not from a fallback), 0.0 to 1.0.
    pub fn completion(&self) -> f64 {
        if self.messages == 0 {
            return 1.0;
        }
        (self.messages - self.fallbacks.len().min(self.messages)) as f64 / self.messages as f64
    }
}

/// Renders the report for one locale.
///
/// Fails only on inputs that prevent any rendering (unknown or invalid locale, empty
/// reference); missing messages and formatting errors are reported in
/// [`Rendered::errors`] and the text still shows every message, from a fallback locale
/// where needed.
pub fn render(
    input: &RenderInput,
    locale: &str,
    format: PageFormat,
    options: &Options,
) -> Result<Rendered, RenderError> {
    let write: fn(&Document, &Options) -> String = match format {
        PageFormat::Markdown => markdown::write,
        PageFormat::Html => html::write,
        PageFormat::Text => text::write,
        PageFormat::Json => return json::render(input, locale, options),
    };
    let (doc, errors) = fallback::resolve(input, locale, options)?;
    let text = write(&doc, options);
    Ok(Rendered {
        text,
        fallbacks: doc.fallbacks(),
        errors,
        conventions: doc.conventions.clone(),
        messages: doc.pieces().count(),
    })
}

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A formatted message, and the locale it came from when that is not the page's.
#[derive(Debug, Clone, PartialEq)]
struct Piece {
    id: String,
    text: String,
    /// `Some(locale)` when the message was shown from a fallback locale.
    shown_in: Option<String>,
    /// Writing direction of the locale the text is in.
    dir: Direction,
}

#[derive(Debug, Clone, PartialEq)]
struct DocSection {
    heading: Option<String>,
    pieces: Vec<Piece>,
}

/// The resolved document, independent of the output format.
#[derive(Debug, Clone, PartialEq)]
struct Document {
    locale: String,
    reference: String,
    dir: Direction,
    title: Option<Piece>,
    date: Option<Piece>,
    sections: Vec<DocSection>,
    conventions: String,
}

impl Document {
    /// Every piece in document order: title, date, then the sections'.
    fn pieces(&self) -> impl Iterator<Item = &Piece> {
        self.title
            .iter()
            .chain(self.date.iter())
            .chain(self.sections.iter().flat_map(|s| s.pieces.iter()))
    }

    fn fallbacks(&self) -> Vec<(String, String)> {
        self.pieces()
            .filter_map(|p| p.shown_in.as_ref().map(|l| (p.id.clone(), l.clone())))
            .collect()
    }

    /// Fallback message ids grouped by the locale they were shown in.
    fn fallback_groups(&self) -> Vec<(String, Vec<String>)> {
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for (id, locale) in self.fallbacks() {
            match groups.iter_mut().find(|(l, _)| *l == locale) {
                Some((_, ids)) => ids.push(id),
                None => groups.push((locale, vec![id])),
            }
        }
        groups
    }

    /// Plain title for `<title>` and similar places.
    fn plain_title(&self) -> String {
        match &self.title {
            Some(p) => one_line(&p.text),
            None => format!("Report ({})", self.locale),
        }
    }
}

/// Marker appended to a message shown from a fallback locale.
const FALLBACK_MARK: &str = "†";

/// "† 2 messages shown in en: a, b" (the ids joined by `join_ids`).
fn fallback_note(
    locale: &str,
    page: &str,
    ids: &[String],
    join_ids: impl Fn(&[String]) -> String,
) -> String {
    let n = ids.len();
    let noun = if n == 1 { "message" } else { "messages" };
    format!(
        "{FALLBACK_MARK} {n} {noun} shown in {locale} (missing or not formattable in {page}): {}",
        join_ids(ids)
    )
}

/// Collapses a possibly multi-line text into one line. Only ASCII whitespace is
/// collapsed: no-break spaces (U+00A0, U+202F) are part of formatted numbers.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
