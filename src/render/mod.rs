//! `glossator render`: localized summaries of a report, one per locale.
//!
//! The report's Fluent messages are formatted with `fluent-bundle`, fed with the figures
//! file (one `[message-id]` table of `variable = value` per message), in the reference
//! locale's order and sections (its `##` group comments), under its `report-title` and
//! `report-date`. Around them, the page's own words are messages too (`page-…`, see
//! [`PAGE_MESSAGES`]): the language switcher, the source, the section headings, the key
//! figures and charts of glossator.toml's `[render]` ([`PageSpec`]), the footer, the index.
//! Numbers, percentages, currencies, dates and plural categories follow each locale's CLDR
//! conventions through ICU4X 2.x:
//!
//! * `format`: `NUMBER()` (digit options as ECMA-402; style and currency from the data)
//!   with `icu_decimal` (large whole figures in the locale's [`Notation`]) and
//!   `icu_experimental`'s percent and currency formatters; `DATETIME()` with
//!   `icu_datetime`; the bundle's formatter for plain numbers. Formatters are cached per
//!   bundle locale in fluent-bundle's `IntlLangMemoizer`. A figure the data lacks is a
//!   marked hole, never fluent-bundle's "NUMBER()".
//! * `plurals`: plural categories come from `icu_plurals` (current CLDR), never from
//!   fluent-bundle's own CLDR 37 tables: numeric selectors are routed through a function.
//! * `fallback`: resolves the document; a message missing (or failing) in a locale comes
//!   from the next locale of its fluent-langneg chain, ending at the reference, and is
//!   marked in the output.
//! * `markdown`, `html`, `text`: the three page formats; [`index_html`] the index page.
//!   [`render_project`] writes one file per locale, atomically.
//! * `json`: every message of every locale as data (`{locale: {message-id: text}}`),
//!   one `messages.json` ([`json_document`]).
//!
//! Plural rules are [`crate::plural_rules`]'s, shared with the checker: CLDR's, and for
//! Latin and Sanskrit, which CLDR has none for, rules written from their grammars.
//!
//! Locales without CLDR data (`la`) are formatted by CLDR's root locale (dates in ISO
//! 8601); `sa` keeps CLDR's default Devanagari digits. Every page ends with a line, in its
//! language, saying which conventions were used; [`Rendered::conventions`] has the details.

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

use icu_segmenter::options::{LineBreakOptions, LineBreakWordOption};
use icu_segmenter::LineSegmenter;
use unicode_width::UnicodeWidthStr;

pub use format::{compact_eligible, notation, Notation, COMPACT_DIGITS};
pub use input::{
    ChartSpec, Figure, FigureRef, Figures, FtlSource, Layout, PageSpec, RenderInput, Section,
    DATE_ID, PAGE_MESSAGES, PAGE_PREFIX, TITLE_ID,
};
pub use json::document as json_document;
pub use run::{
    index_html, render_project, run, write_atomic, IndexEntry, Report, Request, RunOutput,
    JSON_FILE,
};

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
    #[error("{path}: {message}")]
    Settings { path: PathBuf, message: String },
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
    /// Figures the data lacks: (message id or place, variable), in document order. Each is
    /// marked where it should appear.
    pub missing: Vec<(String, String)>,
    /// Every message missing in the locale, every missing figure, every formatting error
    /// (each naming the message id) and every syntax error of the locale's files.
    /// Non-empty means the CLI exits non-zero unless `--allow-fallback`.
    pub errors: Vec<String>,
    /// The number, date and plural conventions used, e.g. "Numbers: CLDR 'fr' (decimal ','
    /// group U+202F, digits latn: 1 234 567,5 · 12,5 %) · Dates: … · Plurals: …". The page
    /// itself says it in its language (`page-conventions`).
    pub conventions: String,
    /// How many messages the document shows (page messages, title and date included).
    pub messages: usize,
    /// The page's title as plain text (the index links it).
    pub title: String,
}

impl Rendered {
    /// Share of the messages shown in the locale itself, from a fallback and with every
    /// figure, 0.0 to 1.0.
    pub fn completion(&self) -> f64 {
        if self.messages == 0 {
            return 1.0;
        }
        let mut incomplete: Vec<&str> = self.fallbacks.iter().map(|(id, _)| id.as_str()).collect();
        incomplete.extend(self.missing.iter().map(|(id, _)| id.as_str()));
        incomplete.sort_unstable();
        incomplete.dedup();
        let n = incomplete.len().min(self.messages);
        (self.messages - n) as f64 / self.messages as f64
    }
}

/// Renders the report for one locale.
///
/// Fails only on inputs that prevent any rendering (unknown or invalid locale, empty
/// reference); missing messages, missing figures and formatting errors are reported in
/// [`Rendered::errors`] and the text still shows every message, from a fallback locale
/// where needed, with each missing figure marked.
pub fn render(
    input: &RenderInput,
    locale: &str,
    format: PageFormat,
    options: &Options,
) -> Result<Rendered, RenderError> {
    let write: fn(&Document) -> String = match format {
        PageFormat::Markdown => markdown::write,
        PageFormat::Html => html::write,
        PageFormat::Text => text::write,
        PageFormat::Json => return json::render(input, locale, options),
    };
    let (doc, mut errors) = fallback::resolve(input, locale, options)?;
    let text = write(&doc);
    let mut seen = std::collections::HashSet::new();
    errors.retain(|e| seen.insert(e.clone()));
    Ok(Rendered {
        text,
        fallbacks: doc.fallbacks(),
        missing: doc.missing(),
        errors,
        conventions: doc.conventions.clone(),
        messages: doc.message_count(),
        title: doc.plain_title(),
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
    /// The text; missing figures are [`format::HOLE_OPEN`] name [`format::HOLE_CLOSE`].
    text: String,
    /// `Some(locale)` when the message was shown from a fallback locale.
    shown_in: Option<String>,
    /// The language of the text when it is not the page's: a fallback's locale, or the
    /// reference's for glossator's own English page messages and untranslated headings.
    lang: Option<String>,
    /// Writing direction of the text's language.
    dir: Direction,
    /// Variables the data lacks (marked in the text).
    missing: Vec<String>,
}

/// A figure outside the messages: its label and its formatted value.
#[derive(Debug, Clone, PartialEq)]
struct FigureRow {
    label: Piece,
    /// The formatted value, or a hole naming the missing figure.
    value: String,
    /// Bar length, 0.0 to 1.0 (`None` when the figure is missing).
    share: Option<f64>,
    /// (message id, variable) when the figures file lacks it.
    missing: Option<(String, String)>,
}

/// A bar chart of figures.
#[derive(Debug, Clone, PartialEq)]
struct Chart {
    /// The element id (`chart-1`).
    id: String,
    title: Piece,
    description: Piece,
    bars: Vec<FigureRow>,
}

/// The key figures: one table, its rows grouped (the headline figures, then each
/// chart's).
#[derive(Debug, Clone, PartialEq)]
struct KeyFigures {
    heading: Piece,
    figure_header: Piece,
    value_header: Piece,
    /// (group title, rows); the first group has no title.
    groups: Vec<(Option<Piece>, Vec<FigureRow>)>,
}

/// Another language version of the page.
#[derive(Debug, Clone, PartialEq)]
struct Language {
    locale: String,
    /// The language's name in itself.
    name: String,
    dir: Direction,
}

#[derive(Debug, Clone, PartialEq)]
struct DocSection {
    heading: Option<Piece>,
    pieces: Vec<Piece>,
    /// Charts of this section's figures, after its messages.
    charts: Vec<Chart>,
}

/// The resolved document, independent of the output format.
#[derive(Debug, Clone, PartialEq)]
struct Document {
    locale: String,
    reference: String,
    dir: Direction,
    title: Option<Piece>,
    date: Option<Piece>,
    /// The source lines (`page-source`, `page-report`), when the project has them.
    source: Vec<Piece>,
    /// Label of the language list, and every language of the project (this one included).
    languages_label: Piece,
    languages: Vec<Language>,
    key_figures: Option<KeyFigures>,
    sections: Vec<DocSection>,
    /// Charts whose figures belong to no section.
    loose_charts: Vec<Chart>,
    /// The conventions line in the page's language, and the plural rules line where they
    /// come from a grammar.
    footer: Vec<Piece>,
    /// Notes on fallbacks and missing figures, in the page's language.
    notes: Vec<Piece>,
    /// What a missing figure's mark says ("missing figure"), when one is missing.
    missing_label: Option<String>,
    conventions: String,
}

impl Document {
    fn charts(&self) -> impl Iterator<Item = &Chart> {
        self.sections
            .iter()
            .flat_map(|s| s.charts.iter())
            .chain(self.loose_charts.iter())
    }

    /// Every piece that counts as a message of the page, in document order.
    fn counted(&self) -> impl Iterator<Item = &Piece> {
        let key =
            self.key_figures.iter().flat_map(|k| {
                [&k.heading, &k.figure_header, &k.value_header]
                    .into_iter()
                    .chain(k.groups.iter().flat_map(|(title, rows)| {
                        title.iter().chain(rows.iter().map(|r| &r.label))
                    }))
            });
        let charts = self.charts().flat_map(|c| [&c.title, &c.description]);
        self.title
            .iter()
            .chain(self.date.iter())
            .chain(self.source.iter())
            .chain(std::iter::once(&self.languages_label))
            .chain(key)
            .chain(self.sections.iter().flat_map(|s| {
                // A heading written from a group comment (no page message) is not counted.
                s.heading
                    .iter()
                    .filter(|h| !h.id.is_empty())
                    .chain(s.pieces.iter())
            }))
            .chain(charts)
            .chain(self.footer.iter())
    }

    fn fallbacks(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for p in self.counted() {
            if let Some(l) = &p.shown_in {
                if !out.iter().any(|(id, _)| *id == p.id) {
                    out.push((p.id.clone(), l.clone()));
                }
            }
        }
        out
    }

    /// Missing figures: (message id, variable), each once, in document order.
    fn missing(&self) -> Vec<(String, String)> {
        let rows = self
            .key_figures
            .iter()
            .flat_map(|k| k.groups.iter().flat_map(|(_, rows)| rows.iter()))
            .filter_map(|r| r.missing.clone());
        let mut out: Vec<(String, String)> = Vec::new();
        let pieces = self
            .counted()
            .flat_map(|p| p.missing.iter().map(|v| (p.id.clone(), v.clone())));
        for entry in pieces.chain(rows) {
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
        out
    }

    /// How many distinct messages the page shows.
    fn message_count(&self) -> usize {
        let mut ids: Vec<&str> = self.counted().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// Plain title for `<title>` and similar places.
    fn plain_title(&self) -> String {
        match &self.title {
            Some(p) => one_line(&strip_holes(&p.text)),
            None => self.locale.clone(),
        }
    }
}

/// Marker appended to a message shown from a fallback locale.
const FALLBACK_MARK: &str = "†";

/// Marker of a missing figure.
const MISSING_MARK: &str = "⚠";

/// Splits a text at its holes: `(text, false)` runs and `(name, true)` missing figures.
fn split_holes(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(format::HOLE_OPEN) {
        if start > 0 {
            out.push((&rest[..start], false));
        }
        let after = &rest[start + format::HOLE_OPEN.len_utf8()..];
        match after.find(format::HOLE_CLOSE) {
            Some(end) => {
                out.push((&after[..end], true));
                rest = &after[end + format::HOLE_CLOSE.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    if !rest.is_empty() {
        out.push((rest, false));
    }
    out
}

/// The text with each hole written as "⚠ $name" (plain-text outputs).
fn strip_holes(text: &str) -> String {
    split_holes(text)
        .into_iter()
        .map(|(t, hole)| {
            if hole {
                format!("{MISSING_MARK} {t}")
            } else {
                t.to_string()
            }
        })
        .collect()
}

/// Breaks a text into lines of at most `columns` terminal columns (a CJK character is
/// two) at UAX #14 line-break opportunities (between words; between CJK characters except
/// before closing punctuation; never inside Korean words). A word wider than `columns`
/// stays whole on its line.
fn wrap(text: &str, lang: &str, columns: usize) -> Vec<String> {
    let mut options = LineBreakOptions::default();
    if lang.starts_with("ko") {
        options.word_option = Some(LineBreakWordOption::KeepAll);
    }
    let segmenter = LineSegmenter::new_for_non_complex_scripts(options);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for end in segmenter.segment_str(text).skip(1) {
        let chunk = &text[start..end];
        start = end;
        let candidate = format!("{line}{chunk}");
        if !line.is_empty() && UnicodeWidthStr::width(candidate.trim_end()) > columns {
            lines.push(line.trim_end().to_string());
            line = chunk.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Collapses a possibly multi-line text into one line. Only ASCII whitespace is
/// collapsed: no-break spaces (U+00A0, U+202F) are part of formatted numbers.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
