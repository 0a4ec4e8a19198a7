//! Fallback chains and message resolution.
//!
//! A locale's chain is fluent-langneg's filtering negotiation of the locale against the
//! project's locales, with the reference as default: `pt-BR` → `pt-BR`, `pt`, `en`;
//! `zh-CN` → `zh-CN`, `en`. A message missing in the page's locale, or failing to format
//! there, is taken from the first locale of the chain that formats it without error, and
//! is formatted by that locale's bundle (its text, numbers and plural rules agree). When
//! no locale formats it cleanly, the page's own attempt is shown (fluent-bundle writes
//! `{$var}` for what it could not resolve). Either way, the text is never blank, and
//! every missing message and error is named in the errors.

use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

use super::bundle::LocaleBundle;
use super::format::{self, FluentDate, Hole};
use super::{
    plurals, Chart, DocSection, Document, FigureRef, FigureRow, KeyFigures, Language, Options,
    Piece, RenderError, RenderInput,
};

/// The page messages the renderer asks for by id.
pub(super) mod ids {
    pub const LANGUAGES: &str = "page-languages";
    pub const SOURCE: &str = "page-source";
    pub const REPORT: &str = "page-report";
    pub const KEY_FIGURES: &str = "page-key-figures";
    pub const FIGURE: &str = "page-figure";
    pub const VALUE: &str = "page-value";
    pub const CONVENTIONS: &str = "page-conventions";
    pub const PLURAL_RULES: &str = "page-plural-rules";
    pub const FALLBACK_NOTE: &str = "page-fallback-note";
    pub const MISSING_NOTE: &str = "page-missing-note";
    pub const MISSING_MARK: &str = "page-missing-mark";
    pub const INDEX_TITLE: &str = "page-index-title";
    pub const INDEX_LANGUAGE: &str = "page-index-language";
    pub const INDEX_SUMMARY: &str = "page-index-summary";
    pub const INDEX_COMPLETION: &str = "page-index-completion";
}

/// The language of glossator's own page messages.
const BUILTIN_LANG: &str = "en";

/// The locales to try for `locale`, the locale first and the reference last.
pub(super) fn chain(input: &RenderInput, locale: &str) -> Result<Vec<String>, RenderError> {
    if !input.locales.iter().any(|l| l == locale) {
        return Err(RenderError::UnknownLocale(locale.to_string()));
    }
    let parse = |l: &str| {
        l.parse::<LanguageIdentifier>()
            .map_err(|_| RenderError::InvalidLocale(l.to_string()))
    };
    let requested = parse(locale)?;
    let reference = parse(&input.reference)?;
    let available = input
        .locales
        .iter()
        .map(|l| parse(l))
        .collect::<Result<Vec<_>, _>>()?;
    let negotiated = negotiate_languages(
        &[requested],
        &available,
        Some(&reference),
        NegotiationStrategy::Filtering,
    );
    let mut chain = vec![locale.to_string()];
    for lang in negotiated {
        // Map back to the project's spelling of the locale.
        if let Some(i) = available.iter().position(|a| a == lang) {
            let name = &input.locales[i];
            if !chain.contains(name) {
                chain.push(name.clone());
            }
        }
    }
    if !chain.contains(&input.reference) {
        chain.push(input.reference.clone());
    }
    Ok(chain)
}

/// The bundles of `locale`'s chain, the locale's first.
pub(super) fn bundles(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<Vec<LocaleBundle>, RenderError> {
    chain(input, locale)?
        .iter()
        .map(|l| {
            let sources = input.sources.get(l).map_or(&[][..], Vec::as_slice);
            LocaleBundle::new(l, sources, options)
        })
        .collect()
}

/// The number, date and plural conventions of `locale` ([`super::Rendered::conventions`]).
pub(super) fn conventions(locale: &str) -> Result<String, RenderError> {
    let icu = format::icu_locale(locale)?;
    let plural_rules = plurals::PluralSet::new(&icu).map_err(|e| RenderError::Icu {
        locale: locale.to_string(),
        message: e.to_string(),
    })?;
    format::describe(
        locale,
        plural_rules.origin().as_deref(),
        &plural_rules.describe(),
    )
}

/// The arguments the renderer gives the conventions line (`page-conventions`): `$source`,
/// "Unicode CLDR (fr)" ("und" for a locale CLDR has no data for), and samples of how the
/// page writes numbers: `$number` 1234567.5 (`maximumFractionDigits: 1`), `$percent` 0.125
/// (percent, `maximumFractionDigits: 1`) and `$date` 2024-07-22, a date whose style the
/// translation chooses with `DATETIME()`. `tests/fluentjs/render.mjs` gives fluent.js the
/// same.
pub(super) fn conventions_args(locale: &Locale) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let data = if format::has_locale_data(locale) {
        locale.to_string()
    } else {
        "und".to_string()
    };
    args.set("source", format!("Unicode CLDR ({data})"));
    let mut number = FluentNumber::from(1_234_567.5);
    number.options.maximum_fraction_digits = Some(1);
    args.set("number", FluentValue::Number(number));
    let mut percent = FluentNumber::from(0.125);
    percent.options.style = FluentNumberStyle::Percent;
    percent.options.maximum_fraction_digits = Some(1);
    args.set("percent", FluentValue::Number(percent));
    args.set(
        "date",
        FluentValue::Custom(Box::new(FluentDate::new(2024, 7, 22))),
    );
    args
}

/// The argument the renderer gives the plural rules line (`page-plural-rules`): `$rules`,
/// where the locale's plural rules come from: the grammar for a language CLDR has none for
/// ("Allen and Greenough, New Latin Grammar §§ 134–135"), else "Unicode CLDR (fr)" as in
/// [`conventions_args`]. With whether they come from a grammar: pages show the line only
/// then.
pub(super) fn plural_rules_args(
    locale: &Locale,
) -> Result<(FluentArgs<'static>, bool), RenderError> {
    let rules = plurals::PluralSet::new(locale).map_err(|e| RenderError::Icu {
        locale: locale.to_string(),
        message: e.to_string(),
    })?;
    let mut args = FluentArgs::new();
    let grammar = rules.grammar_source();
    match grammar {
        Some(source) => args.set("rules", source),
        None => {
            if let Some(source) = conventions_args(locale).get("source") {
                args.set("rules", source.clone());
            }
        }
    }
    Ok((args, grammar.is_some()))
}

/// The document of `locale`, and its errors. Messages are resolved in page order (head,
/// charts, key figures, sections, footer, notes) so the errors read in that order too.
pub(super) fn resolve(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<(Document, Vec<String>), RenderError> {
    let bundles = bundles(input, locale, options)?;
    let icu = format::icu_locale(locale)?;
    let mut r = Resolver::new(input, &bundles);

    let head = head(&mut r);
    let languages = languages(input);
    // Charts first: the key figures table repeats their rows.
    let charts = charts(&mut r, &icu);
    let key_figures = key_figures(&mut r, &icu, &charts);
    let mut sections = sections(&mut r, locale);
    let loose_charts = place_charts(&mut sections, charts);
    let conventions = conventions(locale)?;
    let footer = footer(&mut r, &icu, options)?;

    let mut doc = Document {
        locale: locale.to_string(),
        reference: input.reference.clone(),
        dir: bundles[0].dir,
        title: head.title,
        date: head.date,
        source: head.source,
        languages_label: head.languages_label,
        languages,
        key_figures,
        sections,
        loose_charts,
        footer,
        notes: Vec::new(),
        missing_label: None,
        conventions,
    };

    let (notes, missing_label) = notes(&mut r, &doc.fallbacks(), &doc.missing());
    doc.notes = notes;
    doc.missing_label = missing_label;
    Ok((doc, r.errors))
}

/// The pieces above a page's body, resolved together so they keep their order.
struct Head {
    title: Option<Piece>,
    date: Option<Piece>,
    source: Vec<Piece>,
    languages_label: Piece,
}

/// The title and date the layout names, the source lines the page defines, and the
/// languages label.
fn head(r: &mut Resolver) -> Head {
    let input = r.input;
    let layout = &input.layout;
    let none = FluentArgs::new();
    let title = layout.title.as_deref().map(|id| r.piece(id, &none));
    let date = layout.date.as_deref().map(|id| r.piece(id, &none));
    let mut source = Vec::new();
    for id in [ids::SOURCE, ids::REPORT] {
        if r.defined(id) {
            source.push(r.piece(id, &none));
        }
    }
    let languages_label = r.piece(ids::LANGUAGES, &none);
    Head {
        title,
        date,
        source,
        languages_label,
    }
}

/// The charts of `[render]`, each with the index of the layout section holding its first
/// bar's message (its home), so it is drawn beside the text it illustrates.
fn charts(r: &mut Resolver, icu: &Locale) -> Vec<(Option<usize>, Chart)> {
    let input = r.input;
    let mut charts = Vec::new();
    for (n, spec) in input.page.charts.iter().enumerate() {
        let title = r.piece(&spec.title, &FluentArgs::new());
        let description = r.piece(&spec.description, &FluentArgs::new());
        let bars = r.rows(icu, &spec.bars);
        let home = spec.bars.first().and_then(|b| {
            let message = b.parts().0;
            input
                .layout
                .sections
                .iter()
                .position(|s| s.messages.iter().any(|m| m == message))
        });
        charts.push((
            home,
            Chart {
                id: format!("chart-{}", n + 1),
                title,
                description,
                bars,
            },
        ));
    }
    charts
}

/// The key figures table: `[render]`'s key figures, then each chart's rows under its
/// title, so a reader without the charts still has every number. None without either.
fn key_figures(
    r: &mut Resolver,
    icu: &Locale,
    charts: &[(Option<usize>, Chart)],
) -> Option<KeyFigures> {
    let input = r.input;
    let page = &input.page;
    if page.key_figures.is_empty() && charts.is_empty() {
        return None;
    }
    let heading = r.piece(ids::KEY_FIGURES, &FluentArgs::new());
    let figure_header = r.piece(ids::FIGURE, &FluentArgs::new());
    let value_header = r.piece(ids::VALUE, &FluentArgs::new());
    let mut groups = Vec::new();
    if !page.key_figures.is_empty() {
        groups.push((None, r.rows(icu, &page.key_figures)));
    }
    for (_, chart) in charts {
        groups.push((Some(chart.title.clone()), chart.bars.clone()));
    }
    Some(KeyFigures {
        heading,
        figure_header,
        value_header,
        groups,
    })
}

/// The layout's sections with their messages, charts not yet placed. A heading without a
/// page message keeps the reference's group comment, marked as the reference's language.
fn sections(r: &mut Resolver, locale: &str) -> Vec<DocSection> {
    let input = r.input;
    let bundles = r.bundles;
    let mut sections = Vec::new();
    for section in &input.layout.sections {
        let heading = match section.heading_id() {
            Some(id) if r.defined(&id) => Some(r.piece(&id, &FluentArgs::new())),
            Some(_) => section.heading.as_ref().map(|text| Piece {
                // The reference's group comment, untranslated (no page message for it).
                id: String::new(),
                text: text.clone(),
                shown_in: None,
                lang: (locale != input.reference).then(|| input.reference.clone()),
                dir: bundles.last().map_or(bundles[0].dir, |b| b.dir),
                missing: Vec::new(),
            }),
            None => None,
        };
        let pieces = section
            .messages
            .iter()
            .map(|id| r.piece(id, &FluentArgs::new()))
            .collect();
        sections.push(DocSection {
            heading,
            pieces,
            charts: Vec::new(),
        });
    }
    sections
}

/// Puts each chart into its home section; returns those without one, drawn after the
/// sections.
fn place_charts(sections: &mut [DocSection], charts: Vec<(Option<usize>, Chart)>) -> Vec<Chart> {
    let mut loose_charts = Vec::new();
    for (home, chart) in charts {
        match home {
            Some(i) => sections[i].charts.push(chart),
            None => loose_charts.push(chart),
        }
    }
    loose_charts
}

/// The conventions line; on a page whose plural rules come from a grammar, the line
/// naming it. Nothing when the options hide the conventions.
fn footer(r: &mut Resolver, icu: &Locale, options: &Options) -> Result<Vec<Piece>, RenderError> {
    let mut footer = Vec::new();
    if !options.hide_conventions {
        footer.push(r.piece(ids::CONVENTIONS, &conventions_args(icu)));
        let (args, grammar) = plural_rules_args(icu)?;
        if grammar {
            footer.push(r.piece(ids::PLURAL_RULES, &args));
        }
    }
    Ok(footer)
}

/// The notes on what a page lacks, in its language: one per locale messages were shown
/// in (`page-fallback-note`), one for the figures the data lacks (`page-missing-note`);
/// and the title of a missing figure's mark when one is missing.
pub(super) fn notes(
    r: &mut Resolver,
    fallbacks: &[(String, String)],
    missing: &[(String, String)],
) -> (Vec<Piece>, Option<String>) {
    let mut notes = Vec::new();
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for (id, shown_in) in fallbacks {
        match groups.iter_mut().find(|(l, _)| l == shown_in) {
            Some((_, ids)) => ids.push(id),
            None => groups.push((shown_in, vec![id])),
        }
    }
    for (shown_in, message_ids) in groups {
        let mut args = FluentArgs::new();
        args.set("language", r.input.language_name(shown_in));
        args.set("ids", message_ids.join(", "));
        notes.push(r.piece(ids::FALLBACK_NOTE, &args));
    }
    let mut missing_label = None;
    if !missing.is_empty() {
        let mut args = FluentArgs::new();
        let list: Vec<String> = missing.iter().map(|(id, v)| format!("{id} ${v}")).collect();
        args.set("ids", list.join(", "));
        notes.push(r.piece(ids::MISSING_NOTE, &args));
        let label = r.piece(ids::MISSING_MARK, &FluentArgs::new());
        missing_label = Some(super::one_line(&label.text));
    }
    (notes, missing_label)
}

/// Every language of the project, the reference first and the others by code, each named
/// in itself.
fn languages(input: &RenderInput) -> Vec<Language> {
    let mut others: Vec<&String> = input
        .locales
        .iter()
        .filter(|l| **l != input.reference)
        .collect();
    others.sort();
    others.dedup();
    let mut locales: Vec<&String> = vec![&input.reference];
    locales.extend(others);
    locales
        .into_iter()
        .map(|l| Language {
            locale: l.clone(),
            name: input.language_name(l),
            dir: Locale::try_from_str(l)
                .map(|l| format::direction(&l))
                .unwrap_or(super::Direction::Ltr),
        })
        .collect()
}

/// Resolves messages through a locale's chain, collecting errors.
pub(super) struct Resolver<'a> {
    input: &'a RenderInput,
    bundles: &'a [LocaleBundle],
    /// Every error so far: the page locale's load errors, then each message's.
    pub(super) errors: Vec<String>,
}

impl<'a> Resolver<'a> {
    pub(super) fn new(input: &'a RenderInput, bundles: &'a [LocaleBundle]) -> Self {
        Resolver {
            input,
            bundles,
            errors: bundles[0].load_errors.clone(),
        }
    }

    /// Whether some locale of the chain, or glossator's page messages, has the message.
    pub(super) fn defined(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id)) || self.bundles[0].has_builtin(id)
    }

    /// Formats `id` in `bundle` with its figures and `extra`. A variable of the reference's
    /// message that neither gives is missing data: it becomes a hole (marked, named, no
    /// fallback: every locale lacks it alike). A variable only the translation has is the
    /// translation's error: fluent-bundle reports it and the chain falls back.
    /// Returns the text, the errors and the missing variables.
    fn format_in(
        &self,
        bundle: &LocaleBundle,
        id: &str,
        extra: &FluentArgs,
    ) -> (String, Vec<String>, Vec<String>) {
        let mut args = self.input.figures.args_in(id, &bundle.icu);
        for (k, v) in extra.iter() {
            args.set(k.to_string(), v.clone());
        }
        let reference = self.bundles.last().filter(|r| r.has_message(id));
        let expected = reference.map(|r| r.variables(id));
        let mut missing = Vec::new();
        for v in bundle.variables(id) {
            let data = expected.as_ref().is_none_or(|e| e.contains(&v));
            if data && args.get(&v).is_none() {
                args.set(v.clone(), Hole::value(format!("${v}")));
                missing.push(v);
            }
        }
        let (text, errors) = bundle.format(id, &args);
        (text, errors, missing)
    }

    /// The piece of message `id`: from the first locale of the chain that formats it
    /// without error, else glossator's page message, else the page's own failed attempt;
    /// every missing message, missing figure and error is recorded.
    pub(super) fn piece(&mut self, id: &str, extra: &FluentArgs) -> Piece {
        let page = &self.bundles[0];
        let mut attempt: Option<(usize, String, Vec<String>)> = None;
        let mut chosen: Option<(usize, String, Vec<String>)> = None;
        for (i, bundle) in self.bundles.iter().enumerate() {
            if !bundle.has_message(id) {
                continue;
            }
            let (text, message_errors, missing) = self.format_in(bundle, id, extra);
            for e in &message_errors {
                self.errors
                    .push(format!("{id}: {e} (in {})", bundle.locale));
            }
            if message_errors.is_empty() {
                chosen = Some((i, text, missing));
                break;
            }
            attempt.get_or_insert((i, text, missing));
        }
        let (i, text, missing) = match chosen.or(attempt) {
            Some(found) => found,
            None if page.has_builtin(id) => {
                let (text, message_errors, missing) = self.format_in(page, id, extra);
                for e in &message_errors {
                    self.errors
                        .push(format!("{id}: {e} (glossator's page message)"));
                }
                self.record_missing(id, &missing);
                let english = Locale::try_from_str(&page.locale)
                    .is_ok_and(|l| l.id.language.as_str() == BUILTIN_LANG);
                return Piece {
                    id: id.to_string(),
                    text,
                    shown_in: None,
                    lang: (!english).then(|| BUILTIN_LANG.to_string()),
                    dir: super::Direction::Ltr,
                    missing,
                };
            }
            None => {
                self.errors
                    .push(format!("{id}: missing in every locale of the chain"));
                return Piece {
                    id: id.to_string(),
                    text: format!("[{id}]"),
                    shown_in: None,
                    lang: None,
                    dir: page.dir,
                    missing: Vec::new(),
                };
            }
        };
        let used = &self.bundles[i];
        if !page.has_message(id) {
            self.errors.push(format!(
                "{id}: missing in {}, shown in {}",
                page.locale, used.locale
            ));
        } else if i > 0 {
            self.errors.push(format!(
                "{id}: not formattable in {}, shown in {}",
                page.locale, used.locale
            ));
        }
        self.record_missing(id, &missing);
        Piece {
            id: id.to_string(),
            text,
            shown_in: (i > 0).then(|| used.locale.clone()),
            lang: (i > 0).then(|| used.locale.clone()),
            dir: used.dir,
            missing,
        }
    }

    fn record_missing(&mut self, id: &str, missing: &[String]) {
        for v in missing {
            self.errors.push(missing_error(self.input, id, v));
        }
    }

    /// The rows of figures outside the messages, formatted for the page's locale.
    fn rows(&mut self, locale: &Locale, refs: &[FigureRef]) -> Vec<FigureRow> {
        let figures = &self.input.figures;
        let max = refs
            .iter()
            .filter_map(|r| {
                let (m, v) = r.parts();
                figures.get(m, v).and_then(magnitude)
            })
            .fold(0.0_f64, f64::max);
        let all_percent = refs.iter().all(|r| {
            let (m, v) = r.parts();
            matches!(figures.get(m, v), Some(super::Figure::Percent(_)) | None)
        });
        refs.iter()
            .map(|fref| {
                let label = self.piece(&fref.label, &FluentArgs::new());
                let (message, variable) = fref.parts();
                match figures.get(message, variable) {
                    Some(figure) => {
                        let value = format::format_figure(locale, figure)
                            .unwrap_or_else(|| format!("{}", magnitude(figure).unwrap_or(0.0)));
                        let share = magnitude(figure).map(|v| {
                            let scale = if all_percent { 1.0 } else { max };
                            if scale > 0.0 {
                                (v / scale).clamp(0.0, 1.0)
                            } else {
                                0.0
                            }
                        });
                        FigureRow {
                            label,
                            value,
                            share,
                            missing: None,
                        }
                    }
                    None => {
                        self.errors
                            .push(missing_error(self.input, message, variable));
                        FigureRow {
                            label,
                            value: format!(
                                "{}${variable}{}",
                                format::HOLE_OPEN,
                                format::HOLE_CLOSE
                            ),
                            share: None,
                            missing: Some((message.to_string(), variable.to_string())),
                        }
                    }
                }
            })
            .collect()
    }
}

/// "inbound-calls: figure $calls is missing from the figures (no `calls` in [inbound-calls])".
fn missing_error(input: &RenderInput, id: &str, variable: &str) -> String {
    let place = if input.figures.messages.contains_key(id) {
        format!("no `{variable}` in [{id}]")
    } else {
        format!("no [{id}] table with `{variable}`")
    };
    format!("{id}: figure ${variable} is missing from the figures ({place})")
}

/// A figure's numeric value (bar length), `None` for dates and text.
fn magnitude(figure: &super::Figure) -> Option<f64> {
    match figure {
        super::Figure::Number(v) | super::Figure::Percent(v) => Some(v.abs()),
        super::Figure::Currency { value, .. } => Some(value.abs()),
        _ => None,
    }
}
