//! CommonMark output. Message text is escaped so that nothing a translation contains
//! (`*`, `_`, `<script>`, `[x](y)`, a line starting with `#` or `1.`) becomes markup. The
//! key figures are a table (GitHub's table extension); charts are HTML-only.

use super::{one_line, strip_holes, Document, FigureRow, KeyFigures, Piece, FALLBACK_MARK};

/// The page of `doc` as CommonMark, in reading order.
pub(super) fn write(doc: &Document) -> String {
    let mut out = String::new();
    write_languages(&mut out, doc);
    write_header(&mut out, doc);
    if let Some(key) = &doc.key_figures {
        write_key_figures(&mut out, key);
    }
    for section in &doc.sections {
        if let Some(heading) = &section.heading {
            out.push_str("## ");
            out.push_str(&cell(heading));
            out.push_str("\n\n");
        }
        for piece in &section.pieces {
            push_paragraph(&mut out, piece);
        }
    }
    if !doc.notes.is_empty() || !doc.footer.is_empty() {
        out.push_str("---\n\n");
    }
    for note in doc.notes.iter().chain(doc.footer.iter()) {
        push_paragraph(&mut out, note);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Links to every other language version (`{locale}.md`), this page's in bold; nothing
/// for a single language.
fn write_languages(out: &mut String, doc: &Document) {
    if doc.languages.len() <= 1 {
        return;
    }
    let links: Vec<String> = doc
        .languages
        .iter()
        .map(|l| {
            if l.locale == doc.locale {
                format!("**{}**", escape_inline(&l.name))
            } else {
                format!("[{}]({}.md)", escape_inline(&l.name), l.locale)
            }
        })
        .collect();
    out.push_str(&format!(
        "{}: {}\n\n",
        escape_inline(&one_line(&doc.languages_label.text)),
        links.join(" · ")
    ));
}

/// The title as `#`, the date, and the source lines as one paragraph.
fn write_header(out: &mut String, doc: &Document) {
    if let Some(title) = &doc.title {
        out.push_str("# ");
        out.push_str(&escape_inline(&one_line(&strip_holes(&title.text))));
        out.push_str(&mark(title));
        out.push_str("\n\n");
    }
    if let Some(date) = &doc.date {
        push_paragraph(out, date);
    }
    if !doc.source.is_empty() {
        let lines: Vec<String> = doc
            .source
            .iter()
            .map(|p| {
                format!(
                    "{}{}",
                    escape_inline(&one_line(&strip_holes(&p.text))),
                    mark(p)
                )
            })
            .collect();
        // Two trailing spaces: a line break inside the paragraph.
        out.push_str(&lines.join("  \n"));
        out.push_str("\n\n");
    }
}

/// The key figures as one table, values right-aligned, each chart's rows under its title
/// in bold (tables have no row groups).
fn write_key_figures(out: &mut String, key: &KeyFigures) {
    out.push_str("## ");
    out.push_str(&cell(&key.heading));
    out.push_str("\n\n");
    out.push_str(&format!(
        "| {} | {} |\n| --- | ---: |\n",
        cell(&key.figure_header),
        cell(&key.value_header)
    ));
    for (title, rows) in &key.groups {
        if let Some(title) = title {
            out.push_str(&format!("| **{}** | |\n", cell(title)));
        }
        for row in rows {
            push_row(out, row);
        }
    }
    out.push('\n');
}

/// A piece as one escaped line, with its fallback mark.
fn cell(piece: &Piece) -> String {
    format!(
        "{}{}",
        escape_inline(&one_line(&strip_holes(&piece.text))),
        mark(piece)
    )
}

fn push_row(out: &mut String, row: &FigureRow) {
    out.push_str(&format!(
        "| {} | {} |\n",
        cell(&row.label),
        escape_inline(&strip_holes(&row.value))
    ));
}

fn mark(piece: &Piece) -> String {
    match piece.shown_in {
        Some(_) => format!(" {FALLBACK_MARK}"),
        None => String::new(),
    }
}

fn push_paragraph(out: &mut String, piece: &Piece) {
    let text = escape_block(&strip_holes(&piece.text));
    if text.is_empty() {
        // Never blank: an empty message still shows as its id.
        out.push_str(&escape_inline(&format!("[{}]", piece.id)));
    } else {
        out.push_str(&text);
    }
    out.push_str(&mark(piece));
    out.push_str("\n\n");
}

/// Backslash-escapes the ASCII punctuation that CommonMark (or a common extension) may
/// read as markup anywhere in a line.
pub(super) fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes a paragraph: each line trimmed (leading spaces could make a code block, blank
/// lines a new paragraph), inline markup escaped, and line starts that open a block
/// (`-`, `+`, `=`, `1.`, `1)`) escaped.
pub(super) fn escape_block(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches(|c: char| c.is_ascii_whitespace()))
        .filter(|l| !l.is_empty())
        .map(|line| {
            let mut escaped = escape_inline(line);
            if escaped.starts_with(['-', '+', '=']) {
                escaped.insert(0, '\\');
            }
            let digits = escaped.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
                escaped.insert(digits, '\\');
            }
            escaped
        })
        .collect::<Vec<_>>()
        .join("\n")
}
