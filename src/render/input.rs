//! What a rendering reads: FTL sources per locale, the figures table, the layout.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use icu_experimental::dimension::currency::CurrencyType;
use serde::Deserialize;

use super::format::FluentDate;
use super::RenderError;

/// The message that titles the report.
pub const TITLE_ID: &str = "report-title";
/// The message that dates the report (may use `DATETIME($date, dateStyle: "long")`).
pub const DATE_ID: &str = "report-date";

/// One Fluent file: its path (for messages) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlSource {
    pub path: PathBuf,
    pub text: String,
}

impl FtlSource {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        FtlSource {
            path: path.into(),
            text: text.into(),
        }
    }

    /// Every `*.ftl` file under `dir`, recursively (walked as `check` walks: linked
    /// folders not entered), sorted by path. A missing directory gives no sources (the
    /// locale then falls back for every message).
    pub fn read_dir(dir: &Path) -> Result<Vec<FtlSource>, RenderError> {
        let mut paths = if dir.is_dir() {
            crate::fs::walk::files(dir).map_err(|e| RenderError::Io {
                path: e.path,
                source: e.source,
            })?
        } else {
            Vec::new()
        };
        paths.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                std::fs::read_to_string(&path)
                    .map(|text| FtlSource::new(path.clone(), text))
                    .map_err(|source| RenderError::Io { path, source })
            })
            .collect()
    }
}

/// A value of the figures file.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// A TOML integer or float.
    Number(f64),
    /// A fraction shown as a percentage (0.29 shows as 29%): `{ value = 0.29, style =
    /// "percent" }`. The style is the data's, so translations need no `style: "percent"`
    /// (which fluent.js ignores in a translation).
    Percent(f64),
    /// An amount of money: `{ value = 1.5e9, style = "currency", currency = "CNY" }`,
    /// written with the locale's currency pattern and the currency's own decimals.
    Currency { value: f64, currency: String },
    /// A TOML date (`2024-07-22`); a date-time keeps its date only.
    Date { year: i32, month: u8, day: u8 },
    /// A TOML string, passed as a Fluent string.
    Text(String),
}

impl Figure {
    pub(super) fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Figure::Number(n) => FluentValue::Number(FluentNumber::from(*n)),
            Figure::Percent(n) => {
                let mut number = FluentNumber::from(*n);
                number.options.style = FluentNumberStyle::Percent;
                FluentValue::Number(number)
            }
            Figure::Currency { value, currency } => {
                let mut number = FluentNumber::from(*value);
                number.options.style = FluentNumberStyle::Currency;
                number.options.currency = Some(currency.clone());
                FluentValue::Number(number)
            }
            Figure::Date { year, month, day } => {
                FluentValue::Custom(Box::new(FluentDate::new(*year, *month, *day)))
            }
            Figure::Text(s) => FluentValue::String(s.clone().into()),
        }
    }

    /// The value as a locale's messages get it: a whole number in the locale's notation
    /// (compact where [`super::notation`] says so, as data-side options), else as
    /// [`Figure::to_fluent`].
    pub(super) fn to_fluent_in(&self, locale: &icu_locale_core::Locale) -> FluentValue<'static> {
        match self {
            Figure::Number(n) => super::format::figure_number(*n, locale),
            _ => self.to_fluent(),
        }
    }
}

/// The figures table: per message id, its variables. Top-level `key = value` pairs
/// apply to every message (a message's own table wins).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub global: BTreeMap<String, Figure>,
    pub messages: BTreeMap<String, BTreeMap<String, Figure>>,
}

impl Figures {
    /// Reads a figures file.
    pub fn read(path: &Path) -> Result<Figures, RenderError> {
        let text = std::fs::read_to_string(path).map_err(|source| RenderError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Figures::parse(&text, path)
    }

    /// Parses a figures file's text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Figures, RenderError> {
        let err = |message: String| RenderError::Figures {
            path: path.to_path_buf(),
            message,
        };
        let table: toml::Table = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        let mut figures = Figures::default();
        for (key, value) in table {
            match value {
                toml::Value::Table(vars) => {
                    let mut out = BTreeMap::new();
                    for (var, value) in vars {
                        let figure =
                            figure(&value).map_err(|m| err(format!("[{key}] {var}: {m}")))?;
                        out.insert(var, figure);
                    }
                    figures.messages.insert(key, out);
                }
                value => {
                    let figure = figure(&value).map_err(|m| err(format!("{key}: {m}")))?;
                    figures.global.insert(key, figure);
                }
            }
        }
        Ok(figures)
    }

    /// The value of `variable` for `message_id` (its own table first, then the global ones).
    pub fn get(&self, message_id: &str, variable: &str) -> Option<&Figure> {
        self.messages
            .get(message_id)
            .and_then(|vars| vars.get(variable))
            .or_else(|| self.global.get(variable))
    }

    /// The Fluent arguments of a message; an attribute (`id.attr`) takes its message's.
    pub fn args(&self, message_id: &str) -> FluentArgs<'static> {
        self.args_with(message_id, Figure::to_fluent)
    }

    /// The Fluent arguments of a message formatted in `locale`: large whole figures in
    /// its notation ([`super::notation`]), as data-side options.
    pub fn args_in(
        &self,
        message_id: &str,
        locale: &icu_locale_core::Locale,
    ) -> FluentArgs<'static> {
        self.args_with(message_id, |f| f.to_fluent_in(locale))
    }

    fn args_with(
        &self,
        message_id: &str,
        value: impl Fn(&Figure) -> FluentValue<'static>,
    ) -> FluentArgs<'static> {
        let message_id = message_id.split_once('.').map_or(message_id, |(id, _)| id);
        let mut args = FluentArgs::new();
        for (k, v) in &self.global {
            args.set(k.clone(), value(v));
        }
        if let Some(vars) = self.messages.get(message_id) {
            for (k, v) in vars {
                args.set(k.clone(), value(v));
            }
        }
        args
    }
}

fn figure(value: &toml::Value) -> Result<Figure, String> {
    match value {
        toml::Value::Integer(i) => Ok(Figure::Number(*i as f64)),
        toml::Value::Float(f) => Ok(Figure::Number(*f)),
        toml::Value::String(s) => Ok(Figure::Text(s.clone())),
        toml::Value::Datetime(dt) => {
            let date = dt
                .date
                .ok_or_else(|| format!("the time {dt} has no date"))?;
            let (year, month, day) = (i32::from(date.year), date.month, date.day);
            if FluentDate::new(year, month, day).to_iso().is_none() {
                return Err(format!("{dt} is not a valid date"));
            }
            Ok(Figure::Date { year, month, day })
        }
        toml::Value::Boolean(_) => Err("a boolean is not a figure (use a number)".into()),
        toml::Value::Array(_) => Err("an array is not a figure".into()),
        toml::Value::Table(t) => typed(t),
    }
}

/// A typed number: `{ value = 0.29, style = "percent" }` (or `style = "decimal"`), or an
/// amount `{ value = 1.5e9, style = "currency", currency = "CNY" }`.
fn typed(t: &toml::Table) -> Result<Figure, String> {
    if let Some(k) = t
        .keys()
        .find(|k| !matches!(k.as_str(), "value" | "style" | "currency"))
    {
        return Err(format!(
            "`{k}` is not a figure field (a typed figure is {{ value = 0.29, style = \"percent\" }})"
        ));
    }
    let value = match t.get("value") {
        Some(toml::Value::Integer(i)) => *i as f64,
        Some(toml::Value::Float(f)) => *f,
        Some(_) => return Err("`value` must be a number".into()),
        None => return Err("a typed figure needs `value` (a number)".into()),
    };
    let style = t.get("style").map(|s| s.as_str());
    if style != Some(Some("currency")) && t.contains_key("currency") {
        return Err("`currency` needs style = \"currency\"".into());
    }
    match style {
        None | Some(Some("decimal")) => Ok(Figure::Number(value)),
        Some(Some("percent")) => Ok(Figure::Percent(value)),
        Some(Some("currency")) => {
            let code = match t.get("currency") {
                Some(toml::Value::String(c)) => c,
                _ => {
                    return Err(
                        "a currency amount needs `currency`, an ISO 4217 code (\"CNY\")".into(),
                    )
                }
            };
            let valid = code.len() == 3
                && code.chars().all(|c| c.is_ascii_uppercase())
                && CurrencyType::try_from_str(&code.to_ascii_lowercase()).is_ok();
            if !valid {
                return Err(format!(
                    "currency \"{code}\" is not an ISO 4217 code (three capital letters: \"CNY\")"
                ));
            }
            Ok(Figure::Currency {
                value,
                currency: code.clone(),
            })
        }
        Some(Some(s)) => Err(format!(
            "style \"{s}\" is not \"decimal\", \"percent\" or \"currency\""
        )),
        Some(None) => Err("`style` must be a string".into()),
    }
}

/// The page message naming a language in itself ("Deutsch"); plain text.
pub const LANGUAGE_NAME_ID: &str = "page-language-name";

/// Messages with this prefix are the page's own words (headings, labels, the source, the
/// footer, the index), not statements of the report: see [`PAGE_MESSAGES`].
pub const PAGE_PREFIX: &str = "page-";

/// glossator's English page messages, the last resort of every page message: a project
/// whose reference defines none still gets a readable page.
pub const PAGE_MESSAGES: &str = include_str!("page.ftl");

/// A section of the document: a `##` group comment of the reference and its messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The group comment's text; `None` for messages before any group comment.
    pub heading: Option<String>,
    pub messages: Vec<String>,
}

impl Section {
    /// The page message that translates the heading: `page-section-` and the group
    /// comment's words in lower case joined by hyphens ("Service channels" →
    /// `page-section-service-channels`).
    pub fn heading_id(&self) -> Option<String> {
        let heading = self.heading.as_deref()?;
        let mut slug = String::new();
        for c in heading.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        (!slug.is_empty()).then(|| format!("{PAGE_PREFIX}section-{slug}"))
    }
}

/// Order of the document, from the reference locale's files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// `report-title`, when the reference has it.
    pub title: Option<String>,
    /// `report-date`, when the reference has it.
    pub date: Option<String>,
    /// Sections with at least one message, in file order.
    pub sections: Vec<Section>,
}

impl Layout {
    /// Reads the messages (with values) and `##` group comments of the reference's
    /// files, in order. Terms, attributes-only messages, page messages (`page-…`) and
    /// resource comments are skipped; a section left without messages (e.g. one holding
    /// only the title, or a file of page messages) is dropped.
    pub fn from_sources(sources: &[FtlSource]) -> Layout {
        let mut layout = Layout::default();
        let mut current = Section::default();
        for source in sources {
            let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            // A group comment ends at the end of its file.
            let finished = std::mem::take(&mut current);
            if !finished.messages.is_empty() {
                layout.sections.push(finished);
            }
            for entry in &resource.body {
                match entry {
                    ast::Entry::GroupComment(comment) => {
                        let finished = std::mem::take(&mut current);
                        if !finished.messages.is_empty() {
                            layout.sections.push(finished);
                        }
                        let heading = super::one_line(&comment.content.join(" "));
                        current.heading = (!heading.is_empty()).then_some(heading);
                    }
                    ast::Entry::Message(m)
                        if m.value.is_some() && !m.id.name.starts_with(PAGE_PREFIX) =>
                    {
                        let id = m.id.name.to_string();
                        if id == TITLE_ID {
                            layout.title = Some(id);
                        } else if id == DATE_ID {
                            layout.date = Some(id);
                        } else if !layout.contains(&id) && !current.messages.contains(&id) {
                            current.messages.push(id);
                        }
                    }
                    _ => {}
                }
            }
        }
        if !current.messages.is_empty() {
            layout.sections.push(current);
        }
        layout
    }

    fn contains(&self, id: &str) -> bool {
        self.sections
            .iter()
            .any(|s| s.messages.iter().any(|m| m == id))
    }

    /// Every message id in document order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.title
            .iter()
            .chain(self.date.iter())
            .map(String::as_str)
            .chain(
                self.sections
                    .iter()
                    .flat_map(|s| s.messages.iter().map(String::as_str)),
            )
    }

    pub fn is_empty(&self) -> bool {
        self.message_ids().next().is_none()
    }
}

/// A figure shown outside the messages (in the key figures table or a chart):
/// `figure = "message-id.variable"` of the figures file, `label` the page message that
/// names it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureRef {
    pub figure: String,
    pub label: String,
}

impl FigureRef {
    /// The message id and the variable.
    pub fn parts(&self) -> (&str, &str) {
        self.figure
            .rsplit_once('.')
            .unwrap_or((self.figure.as_str(), ""))
    }
}

/// A bar chart: its title and description (page messages) and its bars.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    pub title: String,
    pub description: String,
    pub bars: Vec<FigureRef>,
}

/// The figures a page shows besides the messages: glossator.toml's `[render]` section.
///
/// ```toml
/// [render]
/// key-figures = [{ figure = "inbound-calls.calls", label = "page-figure-calls" }]
/// [[render.chart]]
/// title = "page-chart-channels"
/// description = "page-chart-channels-description"
/// bars = [{ figure = "service-channels-app.app", label = "page-channel-app" }]
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PageSpec {
    #[serde(default)]
    pub key_figures: Vec<FigureRef>,
    #[serde(default, rename = "chart")]
    pub charts: Vec<ChartSpec>,
}

impl PageSpec {
    /// The `[render]` section of a glossator.toml (an empty spec without one).
    pub fn read(path: &Path) -> Result<PageSpec, RenderError> {
        let text = std::fs::read_to_string(path).map_err(|source| RenderError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        PageSpec::parse(&text, path)
    }

    /// Parses the `[render]` section of a glossator.toml's text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<PageSpec, RenderError> {
        #[derive(Deserialize)]
        struct Config {
            #[serde(default)]
            render: Option<PageSpec>,
        }
        let err = |message: String| RenderError::Settings {
            path: path.to_path_buf(),
            message,
        };
        let config: Config = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|span| {
                    let (line, column) = line_column(text, span.start);
                    format!("{line}:{column}: ")
                })
                .unwrap_or_default();
            err(format!("{at}[render]: {}", e.message()))
        })?;
        let spec = config.render.unwrap_or_default();
        let refs = spec
            .key_figures
            .iter()
            .chain(spec.charts.iter().flat_map(|c| c.bars.iter()));
        for r in refs {
            let (message, variable) = r.parts();
            if message.is_empty() || variable.is_empty() {
                return Err(err(format!(
                    "[render]: figure \"{}\" is not message-id.variable (\"inbound-calls.calls\")",
                    r.figure
                )));
            }
        }
        let labels = spec
            .key_figures
            .iter()
            .chain(spec.charts.iter().flat_map(|c| c.bars.iter()))
            .map(|r| r.label.as_str())
            .chain(
                spec.charts
                    .iter()
                    .flat_map(|c| [c.title.as_str(), c.description.as_str()]),
            );
        for label in labels {
            if !label.starts_with(PAGE_PREFIX) {
                return Err(err(format!(
                    "[render]: \"{label}\" is not a page message id (page messages start with \"{PAGE_PREFIX}\")"
                )));
            }
        }
        Ok(spec)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Everything a rendering needs.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderInput {
    /// The reference locale: the last locale of every fallback chain.
    pub reference: String,
    /// The project's locales (the candidates of fallback chains).
    pub locales: Vec<String>,
    /// Per locale, its FTL sources.
    pub sources: BTreeMap<String, Vec<FtlSource>>,
    pub figures: Figures,
    /// Message order and sections, from the reference's files.
    pub layout: Layout,
    /// The key figures and charts.
    pub page: PageSpec,
}

impl RenderInput {
    /// Builds the input and reads the layout from the reference's sources. The reference
    /// is added to `locales` when missing.
    pub fn new(
        reference: impl Into<String>,
        locales: Vec<String>,
        sources: BTreeMap<String, Vec<FtlSource>>,
        figures: Figures,
    ) -> Result<RenderInput, RenderError> {
        let reference = reference.into();
        let mut locales = locales;
        if !locales.contains(&reference) {
            locales.push(reference.clone());
        }
        let layout = Layout::from_sources(sources.get(&reference).map_or(&[][..], Vec::as_slice));
        if layout.is_empty() {
            return Err(RenderError::EmptyReference(reference));
        }
        Ok(RenderInput {
            reference,
            locales,
            sources,
            figures,
            layout,
            page: PageSpec::default(),
        })
    }

    /// The language's name in itself: the locale's `page-language-name` when its files
    /// have it as plain text, else CLDR's name ("français"), else the code (`la` has no
    /// CLDR name).
    pub fn language_name(&self, locale: &str) -> String {
        let own = self.sources.get(locale).and_then(|sources| {
            sources.iter().find_map(|source| {
                let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                resource.body.iter().find_map(|entry| match entry {
                    ast::Entry::Message(m) if m.id.name == LANGUAGE_NAME_ID => {
                        let pattern = m.value.as_ref()?;
                        let text: Option<String> = pattern
                            .elements
                            .iter()
                            .map(|e| match e {
                                ast::PatternElement::TextElement { value } => Some(*value),
                                _ => None,
                            })
                            .collect();
                        text.map(|t| super::one_line(&t)).filter(|t| !t.is_empty())
                    }
                    _ => None,
                })
            })
        });
        own.unwrap_or_else(|| match icu_locale_core::Locale::try_from_str(locale) {
            Ok(l) => super::format::autonym(&l),
            Err(_) => locale.to_string(),
        })
    }

    /// The input with the key figures and charts of `page`.
    pub fn with_page(mut self, page: PageSpec) -> RenderInput {
        self.page = page;
        self
    }

    /// Reads `{locales_dir}/{locale}/**/*.ftl` for each locale, and the figures file when
    /// given.
    pub fn load(
        locales_dir: &Path,
        reference: &str,
        locales: &[String],
        figures: Option<&Path>,
    ) -> Result<RenderInput, RenderError> {
        let mut sources = BTreeMap::new();
        for locale in locales.iter().map(String::as_str).chain([reference]) {
            sources.insert(
                locale.to_string(),
                FtlSource::read_dir(&locales_dir.join(locale))?,
            );
        }
        let figures = match figures {
            Some(path) => Figures::read(path)?,
            None => Figures::default(),
        };
        RenderInput::new(reference, locales.to_vec(), sources, figures)
    }
}
