//! Plain-text output: headings underlined, one paragraph per message.

use unicode_width::UnicodeWidthStr;

use super::{fallback_note, one_line, Document, Options, Piece, FALLBACK_MARK};

pub(super) fn write(doc: &Document, options: &Options) -> String {
    let mut out = String::new();
    if let Some(title) = &doc.title {
        let line = format!("{}{}", one_line(&title.text), mark(title));
        push_heading(&mut out, &line, '=');
    }
    if let Some(date) = &doc.date {
        push_paragraph(&mut out, date);
    }
    for section in &doc.sections {
        if let Some(heading) = &section.heading {
            push_heading(&mut out, heading, '-');
        }
        for piece in &section.pieces {
            push_paragraph(&mut out, piece);
        }
    }
    let groups = doc.fallback_groups();
    for (locale, ids) in &groups {
        out.push_str(&fallback_note(locale, &doc.locale, ids, |ids| {
            ids.join(", ")
        }));
        out.push('\n');
    }
    if !options.hide_conventions {
        out.push_str(&doc.conventions);
        out.push('\n');
    }
    if out.ends_with("\n\n") {
        out.pop();
    }
    out
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
    let text = one_line(&piece.text);
    if text.is_empty() {
        out.push_str(&format!("[{}]", piece.id));
    } else {
        out.push_str(&text);
    }
    out.push_str(&mark(piece));
    out.push_str("\n\n");
}
