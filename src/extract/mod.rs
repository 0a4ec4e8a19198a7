//! `glossator extract`: turns a report's key statements into Fluent messages plus a
//! TOML figures file.
//!
//! A key statement is the report's title, its date, or a sentence that states a
//! figure. Each becomes one message whose text is the source sentence with every
//! figure replaced by a `NUMBER()` placeable, so translators translate words while the
//! numbers stay data: they live once in the figures file and are formatted per locale.
//!
//! Pipeline: [`extract`] (pure: layout -> sentences -> figures -> names) produces an
//! [`Extraction`]; [`write_ftl`] and [`write_figures`] render it; [`merge`] folds it
//! into existing files keeping hand edits; [`run`] does all of it on disk, atomically.

mod cldr;
mod ids;
mod locale;
mod merge;
mod numbers;
mod run;
pub(crate) mod segment;
mod select;
mod writer;

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;

use serde::Serialize;

pub use self::merge::{merge, Merged};
pub use self::numbers::NumberStyle;
pub use self::run::{extract_report, extract_report_with, findings_for_display, RunReport};
pub use self::writer::{write_figures, write_ftl};

use self::numbers::Token;
use crate::ftl::LineIndex;

/// Rule name of a figure whose separators contradict the locale (e.g. "41,700" in `id`).
pub const AMBIGUOUS_NUMBER: &str = "ambiguous-number";
/// Rule name of a `%` sign that follows no number (a figure lost in translation).
pub const ORPHAN_PERCENT: &str = "orphan-percent";
/// Rule name used when the locale has no number conventions: English ones are assumed.
pub const UNSUPPORTED_LOCALE: &str = "unsupported-locale";

/// Message id of the report title.
pub const TITLE_ID: &str = "report-title";
/// Message id of the report date.
pub const DATE_ID: &str = "report-date";
/// Message id of the lead: the first sentence of the report's body.
pub const LEAD_ID: &str = "report-lead";
/// Group (section) of the title and date.
pub const REPORT_GROUP: &str = "Report";

/// Why extraction could not run. Extraction itself never fails; reading, merging and
/// writing files can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The report is not UTF-8.
    #[error("{}: not valid UTF-8 at byte offset {offset}", path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A file could not be written (or atomically replaced).
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The locale is not a BCP 47 language identifier.
    #[error("invalid locale {locale:?}: {reason}")]
    InvalidLocale {
        /// The locale as given.
        locale: String,
        /// The parser's complaint.
        reason: String,
    },
    /// No number conventions are known for the locale.
    #[error("no number conventions for locale {locale:?} (supported: {supported})")]
    UnsupportedLocale {
        /// The locale as given.
        locale: String,
        /// Comma-separated supported tags.
        supported: String,
    },
    /// The existing FTL file does not parse; merging would lose hand edits.
    #[error("{file}:{line}:{column}: existing FTL does not parse: {message}")]
    InvalidFtl {
        /// The FTL file.
        file: String,
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The existing figures file is not valid TOML.
    #[error("{file}: existing figures file is not valid TOML: {message}")]
    InvalidFigures {
        /// The figures file.
        file: String,
        /// The TOML parser's message (with position).
        message: String,
    },
    /// Output and input paths collide (writing would overwrite the report).
    #[error("{}: {reason}", path.display())]
    PathConflict {
        /// The output path.
        path: PathBuf,
        /// Which paths collide.
        reason: String,
    },
    /// A generated file failed its own validation: a bug, reported instead of written.
    #[error("generated {what} is invalid: {message}")]
    Internal {
        /// Which output.
        what: &'static str,
        /// The validator's message.
        message: String,
    },
}

/// A figure in a statement: a value passed to `NUMBER()` under a variable name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Variable name without `$` (`share`, `change`, `staff`, `app`, ...).
    pub name: String,
    /// The value passed to `NUMBER()`: 0.29 for "29%" (percent style multiplies by
    /// 100), 723000000 for "723 juta".
    pub value: f64,
    /// The exact decimal text of `value` (`0.0479`), computed from the source digits;
    /// the figures file is written from it so no binary-float artefacts appear.
    pub value_text: String,
    /// Percent or decimal formatting.
    pub style: NumberStyle,
    /// `minimumFractionDigits` that reproduces the source ("4,79%" -> 2).
    pub minimum_fraction_digits: u32,
    /// `maximumFractionDigits` that reproduces the source ("4,79%" -> 2).
    pub maximum_fraction_digits: u32,
    /// The figure as written ("4,79%", "723 juta", "41,700").
    pub source_text: String,
    /// 1-based line of the figure in the report.
    pub line: usize,
    /// 1-based column (in chars) of the figure in the report.
    pub column: usize,
    /// True when its separators contradict the locale (see [`AMBIGUOUS_NUMBER`]).
    pub ambiguous: bool,
    /// The whole amount as written, currency and sign included ("Rp8.153,59 triliun",
    /// "+7%", "2兆5495億円"); equal to `source_text` when there is neither.
    pub written: String,
    /// Power of ten of the scale word it was written with ("723 juta" -> 6, "7,23亿" -> 8,
    /// "2兆5495億" -> 12): a compact notation a renderer can write back.
    pub scale: Option<u32>,
    /// ISO 4217 code of the currency written with the amount ("IDR", "EUR", "JPY").
    /// The symbol or word stays in the message text.
    pub currency: Option<String>,
    /// True when the source writes an explicit "+" (kept in the message text).
    pub plus: bool,
}

/// A key statement: one Fluent message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// Message id (kebab-case, unique in the extraction).
    pub id: String,
    /// Section title for the `## ` group comment.
    pub group: Option<String>,
    /// The source sentence (or `;` clause) exactly as in the report.
    pub source: String,
    /// 1-based line of the statement's first character.
    pub line: usize,
    /// 1-based column (in chars) of the statement's first character.
    pub column: usize,
    /// Fluent pattern: the source text with `NUMBER()` placeables for the figures.
    pub pattern: String,
    /// The figures, in text order.
    pub figures: Vec<Figure>,
}

/// A problem found in the report, for the CLI to print as a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// [`AMBIGUOUS_NUMBER`], [`ORPHAN_PERCENT`] or [`UNSUPPORTED_LOCALE`].
    pub rule: &'static str,
    /// 1-based start line.
    pub line: usize,
    /// 1-based start column, in chars.
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// 1-based end column, in chars, exclusive (one past the last char).
    pub end_column: usize,
    /// What was found, what was extracted and why.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: warning[{}]: {}",
            self.line, self.column, self.rule, self.message
        )
    }
}

/// The result of [`extract`]: the key statements of a report and its findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    /// Canonical locale tag the report was read with.
    pub locale: String,
    /// The title statement (`report-title`).
    pub title: Option<Statement>,
    /// The date statement (`report-date`).
    pub date: Option<Statement>,
    /// Statements that state figures, in report order.
    pub statements: Vec<Statement>,
    /// Findings, sorted by position.
    pub findings: Vec<Finding>,
}

impl Extraction {
    /// All statements in output order: title, date, then the figure statements.
    pub fn all(&self) -> impl Iterator<Item = &Statement> {
        self.title
            .iter()
            .chain(self.date.iter())
            .chain(self.statements.iter())
    }
}

/// Text with `\n` line ends and no byte-order mark, so offsets map to editor lines.
fn normalize_newlines(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// Escapes text for a Fluent pattern and puts it on one line: `{`/`}` become string
/// literal placeables, line breaks (hard-wrapped source) become one space.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\n' | '\r') {
            // Collapse the whitespace run around a line break into one space.
            while out.ends_with([' ', '\t']) {
                out.pop();
            }
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The `NUMBER()` placeable for a figure, with only the digit options a translator may
/// also set.
fn placeable(fig: &Figure) -> String {
    // No `style`: a percentage is typed in the figures file (see `figures_table`).
    let mut args = format!("${}", fig.name);
    if fig.maximum_fraction_digits > 0 {
        args.push_str(&format!(
            ", minimumFractionDigits: {}, maximumFractionDigits: {}",
            fig.minimum_fraction_digits, fig.maximum_fraction_digits
        ));
    }
    format!("{{ NUMBER({args}) }}")
}

/// A statement before ids are assigned.
struct Draft {
    range: Range<usize>,
    group: Option<String>,
    tokens: Vec<Token>,
    orphans: Vec<usize>,
    /// Why a statement without figures is kept (`None` with `--all`).
    reason: Option<select::Reason>,
}

struct Context<'a> {
    text: &'a str,
    index: LineIndex,
}

impl Context<'_> {
    fn pos(&self, byte: usize) -> (usize, usize) {
        let p = self.index.position(self.text, byte);
        (p.line, p.column)
    }

    /// Builds the statement (without its final id) for a draft.
    fn statement(&self, d: &Draft) -> (Statement, Option<&'static str>) {
        let unit = &self.text[d.range.clone()];
        let rel = |r: &Range<usize>| r.start - d.range.start..r.end - d.range.start;
        let tokens: Vec<(Range<usize>, &Token)> =
            d.tokens.iter().map(|t| (rel(&t.range), t)).collect();
        let orphans: Vec<usize> = d.orphans.iter().map(|p| p - d.range.start).collect();
        let mut roles = Vec::new();
        let mut topics = Vec::new();
        for (k, (r, t)) in tokens.iter().enumerate() {
            let prev_end = if k == 0 { 0 } else { tokens[k - 1].0.end };
            let next_start = tokens.get(k + 1).map_or(unit.len(), |(n, _)| n.start).min(
                orphans
                    .iter()
                    .copied()
                    .find(|&o| o >= r.end)
                    .unwrap_or(unit.len()),
            );
            roles.push(ids::role(
                &unit[prev_end..r.start],
                &unit[..r.start],
                t,
                &unit[r.end..],
            ));
            topics.push(ids::topic(&unit[r.end..next_start.max(r.end)]));
        }
        let names = ids::variable_names(&roles, &topics);
        let mut figures = Vec::new();
        let mut pattern = String::new();
        let mut last = 0;
        for ((r, t), name) in tokens.iter().zip(names) {
            let (line, column) = self.pos(d.range.start + r.start);
            let value_text = t.value.to_text();
            let fig = Figure {
                name,
                value: value_text.parse().unwrap_or(f64::NAN),
                value_text,
                style: t.style,
                minimum_fraction_digits: t.fraction_digits,
                maximum_fraction_digits: t.fraction_digits,
                source_text: unit[r.clone()].to_string(),
                line,
                column,
                ambiguous: t.ambiguous,
                written: self.text[t.display.clone()].to_string(),
                scale: t.scale,
                currency: t.currency.map(str::to_string),
                plus: t.plus,
            };
            pattern.push_str(&escape_text(&unit[last..r.start]));
            pattern.push_str(&placeable(&fig));
            last = r.end;
            figures.push(fig);
        }
        pattern.push_str(&escape_text(&unit[last..]));
        let (line, column) = self.pos(d.range.start);
        let statement = Statement {
            id: ids::base_id(unit),
            group: d.group.clone(),
            source: unit.to_string(),
            line,
            column,
            pattern,
            figures,
        };
        (statement, topics.first().copied().flatten())
    }

    fn finding(&self, rule: &'static str, range: Range<usize>, message: String) -> Finding {
        let (line, column) = self.pos(range.start);
        let (end_line, end_column) = self.pos(range.end);
        Finding {
            rule,
            line,
            column,
            end_line,
            end_column,
            message,
        }
    }
}

/// A few words around byte `p` of `s`, for messages.
fn snippet(s: &str, p: usize) -> String {
    let before: Vec<&str> = s[..p].split_whitespace().rev().take(3).collect();
    let after: Vec<&str> = s[p..].split_whitespace().take(4).collect();
    let mut words: Vec<&str> = before.into_iter().rev().collect();
    words.extend(after);
    words.join(" ")
}

/// Splits a sentence into statements at `;` when at least two clauses state figures
/// (each clause then reads as a message on its own); clauses without figures join the
/// next clause (or the previous one at the end).
fn units(sentence: Range<usize>, text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let s = &text[sentence.clone()];
    let clauses: Vec<Range<usize>> = segment::clauses(s)
        .into_iter()
        .map(|r| sentence.start + r.start..sentence.start + r.end)
        .collect();
    let has_figure = |r: &Range<usize>| tokens.iter().any(|t| r.contains(&t.range.start));
    if clauses.len() < 2 || clauses.iter().filter(|r| has_figure(r)).count() < 2 {
        return vec![sentence];
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<usize> = None;
    for r in clauses {
        let start = pending.take().unwrap_or(r.start);
        if has_figure(&r) {
            out.push(start..r.end);
        } else {
            pending = Some(start);
        }
    }
    if let (Some(_), Some(last)) = (pending, out.last_mut()) {
        last.end = sentence.end;
    }
    out
}

/// What an extraction keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Keep every sentence, not only the key statements.
    pub all: bool,
}

impl Options {
    /// Options that keep every sentence (`glossator extract --all`).
    pub fn all() -> Options {
        Options { all: true }
    }
}

/// Extracts the key statements of a report written in `locale`.
///
/// Pure and deterministic: the same text and locale always give the same result.
/// An unsupported locale falls back to English separators and is reported as an
/// [`UNSUPPORTED_LOCALE`] finding ([`run`] rejects it instead).
pub fn extract(text: &str, locale: &str) -> Extraction {
    extract_with(text, locale, Options::default())
}

/// [`extract`] with options: `Options::all()` keeps every sentence.
///
/// Key statements are the title, the date, every sentence that states a figure, and
/// the sentences without one that [`select`] keeps (the lead, publications, firsts,
/// trends, figures written as words).
pub fn extract_with(text: &str, locale: &str, options: Options) -> Extraction {
    let text = normalize_newlines(text);
    // Control characters (NUL, vertical tab, ...) cannot survive a Fluent comment, so a
    // source sentence holding one would never match its comment on re-extraction. They
    // carry no meaning in a report: each becomes a space (columns, counted in characters,
    // stay the same).
    let text = if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        text.chars()
            .map(|c| {
                if c.is_control() && c != '\n' && c != '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    } else {
        text
    };
    let ctx = Context {
        text: &text,
        index: LineIndex::new(&text),
    };
    let mut findings = Vec::new();
    let (tag, conv) = match locale::lookup(locale) {
        Ok(found) => found,
        Err(problem) => {
            let why = match problem {
                locale::LocaleProblem::Invalid(e) => format!("is not a valid locale ({e})"),
                locale::LocaleProblem::Unsupported => "has no number conventions".to_string(),
            };
            findings.push(Finding {
                rule: UNSUPPORTED_LOCALE,
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
                message: format!(
                    "locale {locale:?} {why}; numbers were read with English separators \
                     (supported: {})",
                    locale::supported_tags()
                ),
            });
            (locale.to_string(), locale::english())
        }
    };
    let layout = segment::layout(&text);

    let mut drafts = Vec::new();
    let mut scan_range = |range: Range<usize>,
                          group: Option<String>,
                          drafts: &mut Vec<Draft>,
                          split: bool| {
        let s = &text[range.clone()];
        let scan = numbers::scan(s, conv);
        let shift = |r: &Range<usize>| range.start + r.start..range.start + r.end;
        for note in &scan.notes {
            findings.push(ctx.finding(AMBIGUOUS_NUMBER, shift(&note.range), note.message.clone()));
        }
        for &p in &scan.orphans {
            let nearest = scan
                .tokens
                .iter()
                .rfind(|t| t.range.end <= p)
                .map(|t| {
                    format!(
                        " The nearest figure before it, \"{}\", may belong to this clause in \
                         the original: check it too.",
                        &s[t.range.clone()]
                    )
                })
                .unwrap_or_default();
            let message = format!(
                "'%' follows no number (\"{}\"): the figure was probably lost in translation; \
                 the sign is kept as text.{nearest} Restore the number from the original \
                 report: add it to the figures file with a comment naming that source and use \
                 it in the message with NUMBER()",
                snippet(s, p)
            );
            let width = s[p..].chars().next().map_or(1, char::len_utf8);
            findings.push(ctx.finding(
                ORPHAN_PERCENT,
                range.start + p..range.start + p + width,
                message,
            ));
        }
        let tokens: Vec<Token> = scan
            .tokens
            .into_iter()
            .map(|mut t| {
                t.range = shift(&t.range);
                t.number = shift(&t.number);
                t.display = shift(&t.display);
                t
            })
            .collect();
        let orphans: Vec<usize> = scan.orphans.iter().map(|p| range.start + p).collect();
        let parts = if split {
            units(range.clone(), &text, &tokens)
        } else {
            vec![range.clone()]
        };
        for part in parts {
            let in_part: Vec<Token> = tokens
                .iter()
                .filter(|t| part.start <= t.range.start && t.range.end <= part.end)
                .cloned()
                .collect();
            drafts.push(Draft {
                orphans: orphans
                    .iter()
                    .copied()
                    .filter(|p| part.contains(p))
                    .collect(),
                range: part,
                group: group.clone(),
                tokens: in_part,
                reason: None,
            });
        }
    };

    let mut title_draft = Vec::new();
    if let Some(r) = layout.title.clone() {
        scan_range(r, Some(REPORT_GROUP.to_string()), &mut title_draft, false);
    }
    let lang = tag.split(['-', '_']).next().unwrap_or("").to_string();
    for (n, par) in layout.paragraphs.iter().enumerate() {
        let par_text = &text[par.range.clone()];
        let group = ids::group_title(par_text, par.heading.as_deref(), n + 1);
        for (k, s) in segment::sentences(par_text, &lang).into_iter().enumerate() {
            let range = par.range.start + s.start..par.range.start + s.end;
            let lead = n == 0 && k == 0;
            let before = drafts.len();
            scan_range(range, Some(group.clone()), &mut drafts, true);
            let kept: Vec<Draft> = drafts
                .drain(before..)
                .filter_map(|mut d| {
                    if d.tokens.is_empty() {
                        d.reason = select::reason(&text[d.range.clone()], lead);
                    }
                    (options.all || !d.tokens.is_empty() || d.reason.is_some()).then_some(d)
                })
                .collect();
            drafts.extend(kept);
        }
    }

    let title = title_draft.first().map(|d| {
        let (mut st, _) = ctx.statement(d);
        st.id = TITLE_ID.to_string();
        st
    });
    let date = layout.date.clone().map(|r| {
        let (line, column) = ctx.pos(r.start);
        let source = text[r].to_string();
        Statement {
            id: DATE_ID.to_string(),
            group: Some(REPORT_GROUP.to_string()),
            pattern: escape_text(&source),
            source,
            line,
            column,
            figures: Vec::new(),
        }
    });
    let built: Vec<(Statement, Option<&'static str>)> =
        drafts.iter().map(|d| ctx.statement(d)).collect();
    // Statements with figures are named first, exactly as when they were the only
    // statements, so keeping more sentences renames none of them; the others take a
    // suffix saying why they were kept ("-first", "-trend") and what is left.
    let with_figures: Vec<usize> = (0..built.len())
        .filter(|&k| !drafts[k].tokens.is_empty())
        .collect();
    let bases: Vec<String> = with_figures
        .iter()
        .map(|&k| built[k].0.id.clone())
        .collect();
    let qualifiers: Vec<Option<&'static str>> = with_figures.iter().map(|&k| built[k].1).collect();
    let mut reserved: HashSet<String> = [TITLE_ID.to_string(), DATE_ID.to_string()].into();
    let mut final_ids = vec![String::new(); built.len()];
    for (k, id) in with_figures
        .iter()
        .zip(ids::unique_ids(&bases, &qualifiers, &reserved))
    {
        reserved.insert(id.clone());
        final_ids[*k] = id;
    }
    let others: Vec<usize> = (0..built.len())
        .filter(|&k| drafts[k].tokens.is_empty())
        .collect();
    let other_bases: Vec<String> = others
        .iter()
        .map(|&k| {
            let base = &built[k].0.id;
            match drafts[k].reason {
                Some(select::Reason::Lead) => LEAD_ID.to_string(),
                Some(select::Reason::Publication) => format!("{base}-published"),
                Some(select::Reason::First) => format!("{base}-first"),
                Some(select::Reason::Trend) => format!("{base}-trend"),
                Some(select::Reason::NumberWord) => format!("{base}-in-words"),
                None => base.clone(),
            }
        })
        .collect();
    for (k, id) in others.iter().zip(ids::unique_ids(
        &other_bases,
        &vec![None; others.len()],
        &reserved,
    )) {
        final_ids[*k] = id;
    }
    let statements = built
        .into_iter()
        .zip(final_ids)
        .map(|((mut s, _), id)| {
            s.id = id;
            s
        })
        .collect();
    findings.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    findings.dedup();
    Extraction {
        locale: tag,
        title,
        date,
        statements,
        findings,
    }
}
