//! HTML output: one complete, self-contained page per locale (inline CSS and SVG, no
//! scripts, no external resources), and the index page. Every text is escaped: a
//! translation that contains `<script>` shows it as text.
//!
//! Pages look right in every script: each language gets a font stack naming the fonts of
//! the major systems and Noto as fallbacks (`:lang()` rules, so a fallback message keeps
//! its own language's fonts); Korean breaks between words only (`word-break: keep-all`);
//! whatever runs in the other direction carries `dir`; nothing is wider than a 375 px
//! phone (charts are drawn at the page's width with labels wrapped, tables wrap their
//! labels); dark mode and print have their own colours.

use super::format::{direction, RootPercent};
use super::run::IndexEntry;
use super::{
    one_line, split_holes, strip_holes, wrap, Chart, Direction, Document, FigureRow, KeyFigures,
    Piece, FALLBACK_MARK, MISSING_MARK,
};

const STYLE: &str = "\
:root { color-scheme: light dark; --muted: #5a5f66; --bar: #1f5fa8; --track: #e4e8ee; --mark: #b07f00; --missing: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root { --muted: #a9b0b8; --bar: #8ab4f8; --track: #343a42; --mark: #e0b44c; --missing: #f28b82; }
}
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; line-height: 1.6; overflow-wrap: break-word;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }
:lang(zh) { font-family: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif; }
:lang(ja) { font-family: 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; }
:lang(ko) { font-family: 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif; word-break: keep-all; }
:lang(sa), :lang(hi), :lang(mr), :lang(ne) { font-family: 'Kohinoor Devanagari', 'Nirmala UI', 'Noto Sans Devanagari', Mangal, sans-serif; }
:lang(ar), :lang(fa), :lang(ur) { font-family: 'Geeza Pro', 'Segoe UI', 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif; }
:lang(el), :lang(ru) { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.55rem; line-height: 1.3; margin: .5rem 0; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.date, .source { color: var(--muted); margin: .25rem 0; }
.source { font-size: .92rem; }
nav.languages { max-width: 44rem; margin: 0 auto; padding: .75rem 1.25rem 0; font-size: .9rem; }
nav.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .15rem .9rem; }
nav.languages [aria-current] { font-weight: 600; }
nav.languages a { text-underline-offset: .25em; }
.fallback { border-inline-start: 3px solid var(--mark); padding-inline-start: .6rem; }
.mark { color: var(--mark); font-weight: bold; }
mark.missing { background: none; color: var(--missing); font-weight: 600; border: 1px dashed currentColor; padding: 0 .2em; white-space: nowrap; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--muted); font-size: .85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--track); font-weight: normal; }
thead th { font-weight: 600; border-bottom: 2px solid var(--muted); }
tbody th[colspan] { font-weight: 600; padding-top: 1rem; }
td.value { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.completion { font-variant-numeric: tabular-nums; white-space: nowrap; }
@media (max-width: 30rem) {
  table.index thead { display: none; }
  table.index tr { display: block; padding: .4rem 0; border-bottom: 1px solid var(--track); }
  table.index td { display: block; border: 0; padding: .1rem .5rem; }
  table.index td.completion::before { content: attr(data-label) \" \"; color: var(--muted); }
}
meter { width: 5rem; vertical-align: middle; }
@media (max-width: 30rem) { meter { display: none; } }
figure.chart { margin: 1.25rem 0; }
figure.chart svg { display: block; width: 100%; overflow: visible; }
svg text { fill: currentColor; font-size: 14px; }
svg .value { font-weight: 600; font-variant-numeric: tabular-nums; }
svg .bar { fill: var(--bar); }
svg .track { fill: var(--track); }
figcaption { font-weight: 600; margin-bottom: .4rem; }
code { overflow-wrap: anywhere; }
@media print {
  :root { color-scheme: light; --bar: #333; --track: #ddd; --muted: #444; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.languages { display: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 11pt; }
  figure.chart, table, tr, h2 { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

/// Escapes text for HTML element content and attribute values.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn head(out: &mut String, lang: &str, dir: Direction, title: &str, alternates: &str) {
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(lang),
        dir.as_str()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"glossator render\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str(alternates);
    out.push_str(&format!("<style>\n{STYLE}</style>\n</head>\n<body>\n"));
}

fn tail(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

/// `lang` (and `dir` when it differs from the page's) of a piece in another language.
fn lang_attributes(doc_dir: Direction, piece: &Piece) -> String {
    let mut attrs = String::new();
    if let Some(lang) = &piece.lang {
        attrs.push_str(&format!(" lang=\"{}\"", escape(lang)));
        if piece.dir != doc_dir {
            attrs.push_str(&format!(" dir=\"{}\"", piece.dir.as_str()));
        }
    }
    attrs
}

/// Attributes of an element holding a piece: its id, `lang`/`dir` when its text is in
/// another language (so screen readers, fonts and bidi get it right), and its classes.
fn piece_attributes(doc: &Document, piece: &Piece, class: Option<&str>) -> String {
    let mut classes: Vec<&str> = class.into_iter().collect();
    if piece.shown_in.is_some() {
        classes.push("fallback");
    }
    let mut attrs = lang_attributes(doc.dir, piece);
    if !piece.id.is_empty() {
        attrs.push_str(&format!(" id=\"{}\"", escape(&piece.id)));
    }
    if !classes.is_empty() {
        attrs.push_str(&format!(" class=\"{}\"", classes.join(" ")));
    }
    attrs
}

/// A text with its missing figures marked: `<mark class="missing">⚠ $calls</mark>`.
fn marked(doc: &Document, id: &str, text: &str) -> String {
    let label = doc.missing_label.as_deref().unwrap_or("missing figure");
    split_holes(text)
        .into_iter()
        .map(|(t, hole)| {
            if hole {
                let what = if id.is_empty() {
                    t.to_string()
                } else {
                    format!("{id} {t}")
                };
                format!(
                    "<mark class=\"missing\" title=\"{}: {}\">{MISSING_MARK} {}</mark>",
                    escape(label),
                    escape(&what),
                    escape(t)
                )
            } else {
                escape(t)
            }
        })
        .collect()
}

fn piece_content(doc: &Document, piece: &Piece) -> String {
    let text = one_line(&piece.text);
    let mut out = if text.is_empty() {
        escape(&format!("[{}]", piece.id))
    } else {
        marked(doc, &piece.id, &text)
    };
    if let Some(locale) = &piece.shown_in {
        out.push_str(&format!(
            "<sup class=\"mark\" title=\"{}\">{FALLBACK_MARK}</sup>",
            escape(locale)
        ));
    }
    out
}

/// The page of `doc`: head, language switcher, then the body in reading order.
pub(super) fn write(doc: &Document) -> String {
    let mut out = String::new();
    head(
        &mut out,
        &doc.locale,
        doc.dir,
        &doc.plain_title(),
        &alternates(doc),
    );
    write_languages(&mut out, doc);
    out.push_str("<main>\n");
    write_header(&mut out, doc);
    if let Some(key) = &doc.key_figures {
        write_key_figures(&mut out, doc, key);
    }
    write_sections(&mut out, doc);
    write_footer(&mut out, doc);
    tail(&mut out);
    out
}

/// `<link rel="alternate">` for every language version and the index, so search engines
/// and readers find the other languages.
fn alternates(doc: &Document) -> String {
    let mut alternates = String::new();
    for language in &doc.languages {
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{0}\" href=\"{0}.html\">\n",
            escape(&language.locale)
        ));
    }
    if !doc.languages.is_empty() {
        alternates
            .push_str("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\">\n");
    }
    alternates
}

/// The page's `<header>`: title, date and source lines.
fn write_header(out: &mut String, doc: &Document) {
    out.push_str("<header>\n");
    if let Some(title) = &doc.title {
        out.push_str(&format!(
            "<h1{}>{}</h1>\n",
            piece_attributes(doc, title, None),
            piece_content(doc, title)
        ));
    }
    if let Some(date) = &doc.date {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            piece_attributes(doc, date, Some("date")),
            piece_content(doc, date)
        ));
    }
    for line in &doc.source {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            piece_attributes(doc, line, Some("source")),
            piece_content(doc, line)
        ));
    }
    out.push_str("</header>\n");
}

/// The key figures table, one `<tbody>` per group so each chart's rows keep its title as
/// a row group header (screen readers announce it).
fn write_key_figures(out: &mut String, doc: &Document, key: &KeyFigures) {
    out.push_str(&format!(
        "<section class=\"key-figures\">\n<h2{}>{}</h2>\n<table>\n<thead><tr><th scope=\"col\"{}>{}</th><th scope=\"col\"{}>{}</th></tr></thead>\n",
        piece_attributes(doc, &key.heading, None),
        piece_content(doc, &key.heading),
        piece_attributes(doc, &key.figure_header, None),
        piece_content(doc, &key.figure_header),
        piece_attributes(doc, &key.value_header, None),
        piece_content(doc, &key.value_header),
    ));
    for (title, rows) in &key.groups {
        out.push_str("<tbody>\n");
        if let Some(title) = title {
            out.push_str(&format!(
                "<tr><th scope=\"rowgroup\" colspan=\"2\"{}>{}</th></tr>\n",
                piece_attributes(doc, title, None),
                piece_content(doc, title)
            ));
        }
        for row in rows {
            out.push_str(&format!(
                "<tr><th scope=\"row\"{}>{}</th><td class=\"value\">{}</td></tr>\n",
                piece_attributes(doc, &row.label, None),
                piece_content(doc, &row.label),
                marked(doc, "", &row.value),
            ));
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n</section>\n");
}

/// The layout's sections, each chart beside its text, then the charts with no section.
fn write_sections(out: &mut String, doc: &Document) {
    for section in &doc.sections {
        out.push_str("<section>\n");
        if let Some(heading) = &section.heading {
            out.push_str(&format!(
                "<h2{}>{}</h2>\n",
                piece_attributes(doc, heading, None),
                piece_content(doc, heading)
            ));
        }
        for piece in &section.pieces {
            out.push_str(&format!(
                "<p{}>{}</p>\n",
                piece_attributes(doc, piece, None),
                piece_content(doc, piece)
            ));
        }
        for chart in &section.charts {
            write_chart(out, doc, chart);
        }
        out.push_str("</section>\n");
    }
    if !doc.loose_charts.is_empty() {
        out.push_str("<section>\n");
        for chart in &doc.loose_charts {
            write_chart(out, doc, chart);
        }
        out.push_str("</section>\n");
    }
}

/// The `<footer>`: notes on what the page lacks, then the conventions lines; none when
/// there is neither.
fn write_footer(out: &mut String, doc: &Document) {
    if doc.footer.is_empty() && doc.notes.is_empty() {
        return;
    }
    out.push_str("<footer>\n");
    for note in &doc.notes {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            piece_attributes(doc, note, Some("note")),
            piece_content(doc, note)
        ));
    }
    for footer in &doc.footer {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            piece_attributes(doc, footer, Some("conventions")),
            piece_content(doc, footer)
        ));
    }
    out.push_str("</footer>\n");
}

/// The language switcher: every language named in itself, this page's marked current.
fn write_languages(out: &mut String, doc: &Document) {
    if doc.languages.len() < 2 {
        return;
    }
    out.push_str(&format!(
        "<nav class=\"languages\" aria-label=\"{}\"{}>\n<ul>\n",
        escape(&one_line(&doc.languages_label.text)),
        lang_attributes(doc.dir, &doc.languages_label),
    ));
    for language in &doc.languages {
        let dir = if language.dir != doc.dir {
            format!(" dir=\"{}\"", language.dir.as_str())
        } else {
            String::new()
        };
        if language.locale == doc.locale {
            out.push_str(&format!(
                "<li><span aria-current=\"page\" lang=\"{}\"{dir}>{}</span></li>\n",
                escape(&language.locale),
                escape(&language.name)
            ));
        } else {
            out.push_str(&format!(
                "<li><a href=\"{0}.html\" hreflang=\"{0}\" lang=\"{0}\"{dir}>{1}</a></li>\n",
                escape(&language.locale),
                escape(&language.name)
            ));
        }
    }
    out.push_str("</ul>\n</nav>\n");
}

/// Widest label line of a chart, in terminal columns (a CJK character is two): fits a
/// 320 px screen beside the value at 14 px.
const LABEL_COLUMNS: usize = 30;
const LINE_HEIGHT: usize = 18;
const BAR_HEIGHT: usize = 12;
const ROW_GAP: usize = 14;

/// An inline SVG bar chart: `role="img"` with its title and description for assistive
/// technology, one bar per figure on a 0–100 % track, each label above its bar and the
/// value at the bar's end side. Drawn in CSS pixels at the container's width (bar lengths
/// in percent), so text keeps its size on a phone.
fn write_chart(out: &mut String, doc: &Document, chart: &Chart) {
    let rtl = doc.dir == Direction::Rtl;
    // Label at the start edge, value at the end edge, in the page's direction.
    let (label_x, value_x) = if rtl { ("100%", "0") } else { ("0", "100%") };
    let mut body = String::new();
    let mut y = 0;
    for bar in &chart.bars {
        body.push_str(&bar_group(doc, bar, y, label_x, value_x, rtl, &mut y));
    }
    let height = y.saturating_sub(ROW_GAP).max(1);
    out.push_str(&format!(
        "<figure class=\"chart\" id=\"{0}\">\n<figcaption{1}>{2}</figcaption>\n<svg role=\"img\" aria-labelledby=\"{0}-title\" aria-describedby=\"{0}-desc\" width=\"100%\" height=\"{height}\" direction=\"{3}\">\n<title id=\"{0}-title\"{1}>{4}</title>\n<desc id=\"{0}-desc\"{5}>{6}</desc>\n{body}</svg>\n</figure>\n",
        escape(&chart.id),
        lang_attributes(doc.dir, &chart.title),
        piece_content(doc, &chart.title),
        doc.dir.as_str(),
        escape(&one_line(&chart.title.text)),
        lang_attributes(doc.dir, &chart.description),
        escape(&one_line(&chart.description.text)),
    ));
}

fn bar_group(
    doc: &Document,
    bar: &FigureRow,
    top: usize,
    label_x: &str,
    value_x: &str,
    rtl: bool,
    next: &mut usize,
) -> String {
    let lang = bar.label.lang.as_deref().unwrap_or(&doc.locale);
    let lines = wrap(&one_line(&bar.label.text), lang, LABEL_COLUMNS);
    let label_dir = bar.label.dir.as_str();
    // `start` is the start of the text in its own direction: the right edge for RTL.
    let label_anchor = if (bar.label.dir == Direction::Rtl) == rtl {
        "start"
    } else {
        "end"
    };
    let mut g = format!("<g{}>\n", lang_attributes(doc.dir, &bar.label));
    for (n, line) in lines.iter().enumerate() {
        g.push_str(&format!(
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{label_anchor}\" direction=\"{label_dir}\">{}</text>\n",
            top + LINE_HEIGHT * n + 14,
            escape(line)
        ));
    }
    let value = strip_holes(&bar.value);
    g.push_str(&format!(
        "<text class=\"value\" x=\"{value_x}\" y=\"{}\" text-anchor=\"end\" direction=\"{}\">{}</text>\n",
        top + 14,
        doc.dir.as_str(),
        escape(&value)
    ));
    let bar_y = top + LINE_HEIGHT * lines.len() + 4;
    g.push_str(&format!(
        "<rect class=\"track\" x=\"0\" y=\"{bar_y}\" width=\"100%\" height=\"{BAR_HEIGHT}\" rx=\"2\"/>\n"
    ));
    if let Some(share) = bar.share {
        let percent = (share * 1000.0).round() / 10.0;
        let x = if rtl {
            (1000.0 - share * 1000.0).round() / 10.0
        } else {
            0.0
        };
        g.push_str(&format!(
            "<rect class=\"bar\" x=\"{x}%\" y=\"{bar_y}\" width=\"{percent}%\" height=\"{BAR_HEIGHT}\" rx=\"2\"/>\n"
        ));
    }
    g.push_str("</g>\n");
    *next = bar_y + BAR_HEIGHT + ROW_GAP;
    g
}

/// The index page, in the reference's language (its page messages): every locale named
/// in itself, its summary's title linked, its completion (share of the page's messages
/// shown in the locale itself with every figure, 0.0 to 1.0).
pub(super) fn index(doc: &IndexDoc, entries: &[IndexEntry]) -> String {
    let mut out = String::new();
    let mut alternates = String::new();
    for e in entries {
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            escape(&e.locale),
            escape(&e.file)
        ));
    }
    head(&mut out, &doc.locale, doc.dir, &doc.title, &alternates);
    out.push_str("<main>\n");
    out.push_str(&format!(
        "<h1>{}</h1>\n<table class=\"index\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&doc.title),
        escape(&doc.language),
        escape(&doc.summary),
        escape(&doc.completion),
    ));
    let percent = RootPercent::new();
    for e in entries {
        let completion = if e.completion.is_finite() {
            e.completion.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let e_dir = icu_locale_core::Locale::try_from_str(&e.locale)
            .map(|l| direction(&l))
            .unwrap_or(Direction::Ltr);
        let dir = if e_dir != doc.dir {
            format!(" dir=\"{}\"", e_dir.as_str())
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<tr><td><span lang=\"{0}\"{dir}>{1}</span> <code>{0}</code></td><td><a href=\"{2}\" hreflang=\"{0}\" lang=\"{0}\"{dir}>{3}</a></td><td class=\"completion\" data-label=\"{5}\"><meter min=\"0\" max=\"1\" value=\"{completion}\"></meter> {4}</td></tr>\n",
            escape(&e.locale),
            escape(&e.name),
            escape(&e.file),
            escape(&e.title),
            escape(&percent.format(completion)),
            escape(&doc.completion),
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    tail(&mut out);
    out
}

/// The index page's own words, from the reference's page messages.
pub(super) struct IndexDoc {
    pub(super) locale: String,
    pub(super) dir: Direction,
    pub(super) title: String,
    pub(super) language: String,
    pub(super) summary: String,
    pub(super) completion: String,
}
