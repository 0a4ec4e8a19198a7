//! Plain-text output: headings underlined, one paragraph per message, the key figures as
//! aligned columns.

use unicode_width::UnicodeWidthStr;

use super::{one_line, strip_holes, wrap, Document, KeyFigures, Piece, FALLBACK_MARK};

/// Widest label of the key figures, in terminal columns: lines stay within 80 with the
/// value.
const LABEL_COLUMNS: usize = 60;

/// The page of `doc` as plain text, in reading order.
pub(super) fn write(doc: &Document) -> String {
    let mut out = String::new();
    write_languages(&mut out, doc);
    write_header(&mut out, doc);
    if let Some(key) = &doc.key_figures {
        write_key_figures(&mut out, doc, key);
    }
    for section in &doc.sections {
        if let Some(heading) = &section.heading {
            push_heading(&mut out, &line(heading), '-');
        }
        for piece in &section.pieces {
            push_paragraph(&mut out, piece);
        }
    }
    for note in doc.notes.iter().chain(doc.footer.iter()) {
        out.push_str(&line(note));
        out.push('\n');
    }
    if out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Every language named in itself, this page's in brackets (text has no links); nothing
/// for a single language.
fn write_languages(out: &mut String, doc: &Document) {
    if doc.languages.len() <= 1 {
        return;
    }
    let names: Vec<String> = doc
        .languages
        .iter()
        .map(|l| {
            if l.locale == doc.locale {
                format!("[{}]", l.name)
            } else {
                l.name.clone()
            }
        })
        .collect();
    out.push_str(&format!(
        "{}: {}\n\n",
        one_line(&doc.languages_label.text),
        names.join(" · ")
    ));
}

/// The title underlined, the date, and the source lines as one block.
fn write_header(out: &mut String, doc: &Document) {
    if let Some(title) = &doc.title {
        push_heading(out, &line(title), '=');
    }
    if let Some(date) = &doc.date {
        push_paragraph(out, date);
    }
    for source in &doc.source {
        out.push_str(&line(source));
        out.push('\n');
    }
    if !doc.source.is_empty() {
        out.push('\n');
    }
}

/// The key figures as aligned columns: the header row, then each group's title and its
/// rows indented under it.
fn write_key_figures(out: &mut String, doc: &Document, key: &KeyFigures) {
    push_heading(out, &line(&key.heading), '-');
    let mut rows: Vec<(String, String, usize)> =
        vec![(line(&key.figure_header), line(&key.value_header), 0)];
    for (title, group) in &key.groups {
        if let Some(title) = title {
            rows.push((format!("{}:", line(title)), String::new(), 0));
        }
        for row in group {
            rows.push((line(&row.label), strip_holes(&row.value), 2));
        }
    }
    push_columns(out, &doc.locale, &rows);
    out.push('\n');
}

/// `(label, value, indent)` rows as two columns. Labels wrap at LABEL_COLUMNS; values are
/// right-aligned after the widest label; a row without a value is a group title.
fn push_columns(out: &mut String, lang: &str, rows: &[(String, String, usize)]) {
    let label_width = rows
        .iter()
        .filter(|(_, v, _)| !v.is_empty())
        .flat_map(|(l, _, indent)| {
            wrap(l, lang, LABEL_COLUMNS)
                .into_iter()
                .map(move |w| w.width() + indent)
        })
        .max()
        .unwrap_or(0);
    let value_width = rows.iter().map(|(_, v, _)| v.width()).max().unwrap_or(0);
    for (label, value, indent) in rows {
        let indent = *indent;
        let lines = if value.is_empty() {
            vec![label.clone()]
        } else {
            wrap(label, lang, LABEL_COLUMNS)
        };
        for (n, text) in lines.iter().enumerate() {
            let pad = " ".repeat(indent);
            if n == 0 && !value.is_empty() {
                let gap = label_width + 2 + value_width - indent - text.width() - value.width();
                out.push_str(&format!("{pad}{text}{}{value}\n", " ".repeat(gap)));
            } else if n > 0 {
                // A wrapped label's next lines, indented under its first.
                out.push_str(&format!("{pad}  {text}\n"));
            } else {
                out.push_str(&format!("{pad}{text}\n"));
            }
        }
    }
}

/// A piece on one line, holes marked, with its fallback mark.
fn line(piece: &Piece) -> String {
    format!("{}{}", one_line(&strip_holes(&piece.text)), mark(piece))
}

fn mark(piece: &Piece) -> String {
    match piece.shown_in {
        Some(_) => format!(" {FALLBACK_MARK}"),
        None => String::new(),
    }
}

fn push_heading(out: &mut String, text: &str, underline: char) {
    out.push_str(text);
    out.push('\n');
    let width = UnicodeWidthStr::width(text).max(1);
    out.extend(std::iter::repeat_n(underline, width));
    out.push_str("\n\n");
}

fn push_paragraph(out: &mut String, piece: &Piece) {
    let text = one_line(&strip_holes(&piece.text));
    if text.is_empty() {
        out.push_str(&format!("[{}]", piece.id));
    } else {
        out.push_str(&text);
    }
    out.push_str(&mark(piece));
    out.push_str("\n\n");
}
