//! Human output in the style of rustc and ruff: location, severity, rule, message, the
//! source line with the span underlined, then a per-locale summary table.

use super::paths::PathBase;
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::ftl::SourceFile;
use crate::summary::Summary;
use anstyle::{AnsiColor, Style};
use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write;
use std::sync::Arc;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const DIM: Style = AnsiColor::Blue.on_default().bold();
const BOLD: Style = Style::new().bold();

fn sev_style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
    }
}

/// Width of the output when neither `COLUMNS` nor a terminal says otherwise.
pub const DEFAULT_WIDTH: usize = 100;

/// Columns the output may use: `COLUMNS` when set (as shells and `shutil` read it), else
/// the width of the terminal standard output is, else [`DEFAULT_WIDTH`].
pub fn width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    from_env
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// Narrower than this, a snippet could not show a span with its gutter.
const MIN_WIDTH: usize = 40;

/// Renders diagnostics (already sorted) with snippets from `files`. Styles are always
/// written; the output stream (anstream) strips them when color is off.
pub fn render(diagnostics: &[Diagnostic], files: &HashMap<String, Arc<SourceFile>>) -> String {
    render_with(diagnostics, files, &PathBase::root())
}

/// [`render`], with paths shown from `paths`' folder (the current directory, so that a
/// terminal can open them), at the terminal's [`width`].
pub fn render_with(
    diagnostics: &[Diagnostic],
    files: &HashMap<String, Arc<SourceFile>>,
    paths: &PathBase,
) -> String {
    render_width(diagnostics, files, paths, width())
}

/// [`render_with`] at `width` columns: snippet lines are trimmed around their span to fit,
/// help lines wrapped.
pub fn render_width(
    diagnostics: &[Diagnostic],
    files: &HashMap<String, Arc<SourceFile>>,
    paths: &PathBase,
    width: usize,
) -> String {
    let width = width.max(MIN_WIDTH);
    let mut out = String::new();
    for d in diagnostics {
        let s = sev_style(d.severity);
        let _ = writeln!(
            out,
            "{BOLD}{}:{}:{}{BOLD:#}: {s}{}[{}]{s:#} {BOLD}{}{BOLD:#}",
            escape(&paths.show(&d.path)),
            d.start.line,
            d.start.column,
            d.severity.as_str(),
            d.rule,
            escape(&d.message)
        );
        let mut gutter = 0;
        if let (Some(span), Some(f)) = (&d.span, files.get(d.path.as_str())) {
            gutter = snippet(&mut out, d, span.clone(), f, s, width);
        }
        let pad = " ".repeat(gutter.max(1) + 1);
        if let Some(r) = &d.related {
            let text = format!(
                "{}: {}:{}:{}",
                r.message,
                paths.show(&r.path),
                r.start.line,
                r.start.column
            );
            note(&mut out, &pad, "note", &text, width);
        }
        if let Some(help) = &d.help {
            note(&mut out, &pad, "help", help, width);
        }
        if let Some(fix) = &d.fix {
            let how = match fix.applicability {
                Applicability::Safe => "`glossator fix` applies it",
                Applicability::Unsafe => "`glossator fix` leaves it to you: check it first",
            };
            note(
                &mut out,
                &pad,
                "fix",
                &format!("{} ({how})", fix.description),
                width,
            );
        }
    }
    out
}

/// `= label: text`, wrapped at `width` with continuation lines aligned after the label.
fn note(out: &mut String, pad: &str, label: &str, text: &str, width: usize) {
    note_styled(out, pad, label, BOLD, text, width);
}

/// [`note`] with the label in `style`.
fn note_styled(out: &mut String, pad: &str, label: &str, style: Style, text: &str, width: usize) {
    let lead = pad.len() + 2 + label.len() + 2;
    let lines = wrap(&escape(text), width.saturating_sub(lead).max(20));
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(out, "{pad}{DIM}={DIM:#} {style}{label}{style:#}: {l}");
        } else {
            let _ = writeln!(out, "{}{l}", " ".repeat(lead));
        }
    }
}

/// Columns of `s` as terminals draw it: each character its own width.
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
        .sum()
}

/// `text` in lines of at most `room` columns, broken at spaces; code in backticks is never
/// broken (`{ "{" }` stays on one line), nor a word longer than the room.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut open = false;
    for word in text.split(' ') {
        match words.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
        if word.matches('`').count() % 2 == 1 {
            open = !open;
        }
    }
    let mut lines: Vec<String> = vec![String::new()];
    for word in &words {
        let current = lines.last_mut().expect("one line at least");
        let w = columns(current);
        if w > 0 && w + 1 + columns(word) > room {
            lines.push(word.clone());
        } else {
            if w > 0 {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    lines
}

/// Characters that must not reach the terminal as they are: control characters (a
/// carriage return or an escape sequence rewrites what is shown; they would be stripped
/// anyway) and the bidirectional embeddings, overrides and isolates that reorder text
/// (the "Trojan Source" trick, CVE-2021-42574).
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with hidden characters written as `<U+XXXX>` and tabs as four spaces.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| hidden(c) || c == '\t') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        shown(c, &mut out);
    }
    out.into()
}

/// How one character of a snippet is displayed, appended to `out`; returns its columns.
fn shown(c: char, out: &mut String) -> usize {
    if c == '\t' {
        out.push_str("    ");
        4
    } else if hidden(c) {
        let before = out.len();
        let _ = write!(out, "<U+{:04X}>", c as u32);
        out.len() - before
    } else {
        out.push(c);
        // Each character on its own, as terminals draw them: an Arabic lam-alef is two
        // columns there, though `UnicodeWidthStr` counts the ligature as one.
        unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
    }
}

/// The source line of `d` with its span underlined, trimmed to `width` columns around the
/// span. Returns the gutter's width (the line number's digits).
fn snippet(
    out: &mut String,
    d: &Diagnostic,
    span: std::ops::Range<usize>,
    f: &SourceFile,
    s: Style,
    width: usize,
) -> usize {
    let line = d.start.line;
    let range = f.lines().line_range(&f.text, line);
    let text = &f.text[range.clone()];
    let start = span.start.clamp(range.start, range.end) - range.start;
    let end = span.end.clamp(range.start, range.end) - range.start;
    let start = crate::ftl::lines::floor_char_boundary(text, start);
    let end = crate::ftl::lines::floor_char_boundary(text, end).max(start);
    let cells = Cells::new(text);
    let (span_from, span_to) = (cells.col(start), cells.col(end));
    let total = cells.total();
    let gutter = line.to_string().len();
    let room = width.saturating_sub(gutter + 3).max(10);
    let (from, to) = window(total, span_from, span_to, room);
    let cut = cells.cut(from, to);
    let caret_from = span_from.clamp(cut.first_col, cut.last_col.max(cut.first_col));
    let caret_to = span_to.clamp(caret_from, cut.last_col.max(caret_from));
    let pad = cut.lead + caret_from - cut.first_col;
    let carets = (caret_to - caret_from).max(1);
    let gutter_pad = " ".repeat(gutter);
    let _ = writeln!(out, "{gutter_pad} {DIM}|{DIM:#}");
    let _ = writeln!(out, "{DIM}{line} |{DIM:#} {}", cut.line);
    let _ = writeln!(
        out,
        "{gutter_pad} {DIM}|{DIM:#} {}{s}{}{s:#}",
        " ".repeat(pad),
        "^".repeat(carets)
    );
    let what = match (cells.controls, cells.bidi) {
        (true, true) => Some("control and bidirectional characters"),
        (true, false) => Some("control characters"),
        (false, true) => Some("bidirectional control characters"),
        (false, false) => None,
    };
    if let Some(what) = what {
        let text = format!(
            "this line has {what}, shown as <U+XXXX>: they can make the text look different from what it is"
        );
        let pad = " ".repeat(gutter.max(1) + 1);
        note_styled(out, &pad, "warning", WARNING, &text, width);
    }
    gutter
}

/// The columns of a line shown when it has `total` and `room` for fewer: all of them when
/// they fit, else a window that starts a little before the span (`span_from..span_to`;
/// a quarter of the room) and holds as much of it as fits, with room for `…` where text
/// is cut.
fn window(total: usize, span_from: usize, span_to: usize, room: usize) -> (usize, usize) {
    if total <= room {
        return (0, total);
    }
    let budget = room - 2;
    let from = if span_to.max(span_from + 1) <= budget {
        0
    } else {
        span_from.saturating_sub(budget / 4)
    };
    (from, (from + budget).min(total))
}

/// A source line as a terminal shows it, character by character.
struct Cells {
    /// Each character's byte offset, display text and columns.
    cells: Vec<(usize, String, usize)>,
    /// The line has control characters shown escaped; bidirectional ones.
    controls: bool,
    bidi: bool,
}

/// The part of a line that fits: its text (with `…` where cut), the columns it starts and
/// ends at, and whether a `…` leads it.
struct Cut {
    line: String,
    first_col: usize,
    last_col: usize,
    lead: usize,
}

impl Cells {
    fn new(text: &str) -> Cells {
        let mut cells = Cells {
            cells: Vec::with_capacity(text.len()),
            controls: false,
            bidi: false,
        };
        for (i, c) in text.char_indices() {
            let mut cell = String::new();
            let w = shown(c, &mut cell);
            if hidden(c) {
                if is_bidi(c) {
                    cells.bidi = true;
                } else {
                    cells.controls = true;
                }
            }
            cells.cells.push((i, cell, w));
        }
        cells
    }

    /// The column byte `byte` is shown at.
    fn col(&self, byte: usize) -> usize {
        self.cells
            .iter()
            .take_while(|(i, _, _)| *i < byte)
            .map(|c| c.2)
            .sum()
    }

    fn total(&self) -> usize {
        self.cells.iter().map(|c| c.2).sum()
    }

    /// The characters that fit within columns `from..to`.
    fn cut(&self, from: usize, to: usize) -> Cut {
        let mut line = String::new();
        let (mut x, mut first_col, mut last_col) = (0, None, 0);
        for (_, cell, w) in &self.cells {
            if x >= from && x + w <= to {
                first_col.get_or_insert(x);
                line.push_str(cell);
                last_col = x + w;
            }
            x += w;
        }
        let first_col = first_col.unwrap_or(from);
        let lead = usize::from(first_col > 0);
        if lead == 1 {
            line.insert(0, '…');
        }
        if last_col < self.total() {
            line.push('…');
        }
        Cut {
            line,
            first_col,
            last_col,
            lead,
        }
    }
}

/// The per-locale table and the closing count line, with what `glossator fix` would fix
/// among `diagnostics`, wrapped at `width` columns.
pub fn render_summary(summary: &Summary, diagnostics: &[Diagnostic], width: usize) -> String {
    let mut out = String::new();
    let w = summary
        .per_locale
        .keys()
        .map(|k| k.len())
        .max()
        .unwrap_or(6)
        .max(6);
    let _ = writeln!(
        out,
        "\n{BOLD}{:<w$}  {:>8}  {:>7}  {:>8}  {:>6}  {:>8}  {:>9}{BOLD:#}",
        "locale", "messages", "missing", "obsolete", "errors", "warnings", "complete"
    );
    for (locale, s) in &summary.per_locale {
        let _ = writeln!(
            out,
            "{:<w$}  {:>8}  {:>7}  {:>8}  {:>6}  {:>8}  {:>8.1}%",
            escape(locale),
            s.messages,
            s.missing,
            s.obsolete,
            s.errors,
            s.warnings,
            s.completion
        );
    }
    let style = if summary.errors > 0 {
        ERROR
    } else if summary.warnings > 0 {
        WARNING
    } else {
        BOLD
    };
    let _ = writeln!(
        out,
        "\n{style}{} error{}, {} warning{}{style:#} in {} files, {} locales.",
        summary.errors,
        if summary.errors == 1 { "" } else { "s" },
        summary.warnings,
        if summary.warnings == 1 { "" } else { "s" },
        summary.files,
        summary.locales
    );
    if let Some(line) = fixable(diagnostics) {
        for l in wrap(&line, width.max(MIN_WIDTH)) {
            let _ = writeln!(out, "{l}");
        }
    }
    out
}

/// How many findings `glossator fix` would fix: by default (safe fixes), and with
/// `--add-missing` and `--remove-obsolete`.
fn fixable(diagnostics: &[Diagnostic]) -> Option<String> {
    let (mut safe, mut add, mut remove) = (0, 0, 0);
    for d in diagnostics {
        match (d.rule, &d.fix) {
            (_, Some(f)) if f.applicability == Applicability::Safe => safe += 1,
            ("missing-message" | "missing-file", None) => add += 1,
            ("obsolete-message", None) => remove += 1,
            _ => {}
        }
    }
    let mut parts: Vec<String> = Vec::new();
    if safe > 0 {
        parts.push(format!(
            "`glossator fix` would fix {safe} of these findings"
        ));
    }
    for (n, flag, what) in [
        (add, "--add-missing", "missing messages and files"),
        (remove, "--remove-obsolete", "obsolete messages"),
    ] {
        if n == 0 {
            continue;
        }
        parts.push(if parts.is_empty() {
            format!("`glossator fix {flag}` would fix {n} of these findings ({what})")
        } else {
            format!("with `{flag}`, {n} more ({what})")
        });
    }
    (!parts.is_empty()).then(|| format!("{}.", parts.join("; ")))
}
