//! CommonMark output. Message text is escaped so that nothing a translation contains
//! (`*`, `_`, `<script>`, `[x](y)`, a line starting with `#` or `1.`) becomes markup.

use super::{fallback_note, one_line, Document, Options, Piece, FALLBACK_MARK};

pub(super) fn write(doc: &Document, options: &Options) -> String {
    let mut out = String::new();
    if let Some(title) = &doc.title {
        out.push_str("# ");
        out.push_str(&escape_inline(&one_line(&title.text)));
        out.push_str(&mark(title));
        out.push_str("\n\n");
    }
    if let Some(date) = &doc.date {
        push_paragraph(&mut out, date);
    }
    for section in &doc.sections {
        if let Some(heading) = &section.heading {
            out.push_str("## ");
            out.push_str(&escape_inline(heading));
            out.push_str("\n\n");
        }
        for piece in &section.pieces {
            push_paragraph(&mut out, piece);
        }
    }
    let groups = doc.fallback_groups();
    if !groups.is_empty() || !options.hide_conventions {
        out.push_str("---\n\n");
    }
    for (locale, ids) in &groups {
        let note = fallback_note(locale, &doc.locale, ids, |ids| {
            ids.iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        });
        out.push_str(&note);
        out.push_str("\n\n");
    }
    if !options.hide_conventions {
        out.push_str(&escape_inline(&doc.conventions));
        out.push('\n');
    }
    while out.ends_with("\n\n") {
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

fn push_paragraph(out: &mut String, piece: &Piece) {
    let text = escape_block(&piece.text);
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
