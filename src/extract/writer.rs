//! Rendering an extraction as Fluent and as a TOML figures file.
//!
//! Both writers are deterministic and are also used by [`super::merge`] for new and
//! re-extracted entries, so a fresh file and a merged file have the same layout.

use super::{Extraction, Figure, NumberStyle, Statement};

/// Width at which source comments wrap (at single spaces only, so joining the comment
/// lines with one space gives back the exact source).
const COMMENT_WIDTH: usize = 80;

/// The `###` resource comment of a generated FTL file.
pub(crate) fn ftl_header(source_name: &str, locale: &str) -> String {
    format!(
        "### Key statements of {source_name}, extracted by `glossator extract` (locale: {locale}).\n\
         ### The messages are translatable: translate or edit their text freely. Figures are\n\
         ### not written here: each NUMBER() placeable takes its value from the figures file,\n\
         ### so every translation shows the same data, formatted for its locale.\n\
         ### Re-running `glossator extract` keeps a message, with its edits, while its source\n\
         ### sentence (the comment above it) is unchanged.\n"
    )
}

/// Splits one line at single spaces into pieces of at most `width` chars where possible.
fn wrap(line: &str, width: usize) -> Vec<&str> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0; // byte
    let mut start_char = 0;
    let mut candidate: Option<(usize, usize)> = None; // (byte, char index) of a space
    for (ci, &(bi, c)) in chars.iter().enumerate() {
        let single = c == ' '
            && ci > 0
            && chars[ci - 1].1 != ' '
            && chars.get(ci + 1).is_some_and(|(_, n)| *n != ' ');
        if ci - start_char > width {
            if let Some((cb, cc)) = candidate.take() {
                out.push(&line[start..cb]);
                start = cb + 1;
                start_char = cc + 1;
            }
        }
        if single && ci > start_char {
            candidate = Some((bi, ci));
        }
    }
    if chars.len() - start_char > width {
        if let Some((cb, _)) = candidate {
            out.push(&line[start..cb]);
            start = cb + 1;
        }
    }
    out.push(&line[start..]);
    out
}

/// The `# ` comment lines holding a statement's exact source text.
pub(crate) fn source_comment(source: &str) -> String {
    let mut out = Vec::new();
    for line in source.split('\n') {
        let line: String = line
            .trim_end_matches('\r')
            .chars()
            .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
            .collect();
        for piece in wrap(&line, COMMENT_WIDTH) {
            if piece.is_empty() {
                out.push("#".to_string());
            } else {
                out.push(format!("# {piece}"));
            }
        }
    }
    out.join("\n")
}

/// One message with its source comment (no trailing newline).
pub(crate) fn message_entry(st: &Statement, id: &str) -> String {
    format!("{}\n{id} = {}", source_comment(&st.source), st.pattern)
}

/// One entry of an FTL file being assembled.
pub(crate) struct FtlItem<'a> {
    pub group: Option<&'a str>,
    pub text: String,
}

/// Joins the header, `## ` group comments (when the group changes) and entries.
pub(crate) fn assemble_ftl(header: &str, items: &[FtlItem<'_>]) -> String {
    let mut out = header.to_string();
    let mut current: Option<&str> = None;
    for item in items {
        if let Some(g) = item.group {
            if current != Some(g) {
                out.push_str(&format!("\n## {}\n", one_line(g)));
                current = Some(g);
            }
        }
        out.push('\n');
        out.push_str(&item.text);
        out.push('\n');
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders an extraction as a Fluent resource.
///
/// Layout: a `###` header naming the source and saying the messages are translatable
/// while figures come from the figures file; a `## ` group comment per section; each
/// message preceded by a `# ` comment with its exact source sentence. Messages stay on
/// one line. The result always parses without junk.
pub fn write_ftl(ex: &Extraction, source_name: &str) -> String {
    let items: Vec<FtlItem<'_>> = ex
        .all()
        .map(|st| FtlItem {
            group: st.group.as_deref(),
            text: message_entry(st, &st.id),
        })
        .collect();
    assemble_ftl(&ftl_header(source_name, &ex.locale), &items)
}

/// The header comment of a figures file.
pub(crate) fn figures_header(source_name: &str) -> String {
    format!(
        "# Figures for {source_name}, written by glossator extract. Values are data: NUMBER() formats them per locale.\n\
         # Percentages are fractions (0.29 shows as 29%). A change holds its magnitude: the\n\
         # message's words (\"turun\", \"meningkat\", \"fell\") say whether it rose or fell.\n\
         # Corrections made here are kept while their source sentence is unchanged: name\n\
         # their source in a comment.\n"
    )
}

/// The TOML literal for a figure: integers stay integers, percentages are always
/// floats, fractions keep exactly their source digits.
pub(crate) fn toml_number(fig: &Figure) -> String {
    let t = &fig.value_text;
    let integral = !t.contains('.');
    if !integral {
        return t.clone();
    }
    if fig.style == NumberStyle::Percent || t.parse::<i64>().is_err() {
        return format!("{t}.0");
    }
    t.clone()
}

fn comment_text(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The `[id]` table of a statement, or `None` when it has no figures.
pub(crate) fn figures_table(st: &Statement, id: &str) -> Option<String> {
    if st.figures.is_empty() {
        return None;
    }
    let mut out = format!("[{id}]");
    for fig in &st.figures {
        // The style is data, not a translator's choice: fluent.js ignores `style` in a
        // translation's NUMBER(), so a percentage is typed here and its messages stay portable.
        let value = match fig.style {
            NumberStyle::Percent => {
                format!("{{ value = {}, style = \"percent\" }}", toml_number(fig))
            }
            NumberStyle::Decimal => toml_number(fig),
        };
        out.push_str(&format!(
            "\n{} = {value}  # \"{}\"",
            fig.name,
            comment_text(&fig.written)
        ));
        if fig.ambiguous {
            out.push_str(
                " (ambiguous separators: check this value, see the ambiguous-number warning)",
            );
        }
        // How it was written, for a renderer that writes "723 million" or "7,23亿":
        // extra keys, which a reader that only wants values passes on unused.
        if let Some(exp) = fig.scale {
            out.push_str(&format!("\n{}-scale = {exp}", fig.name));
        }
        if let Some(code) = &fig.currency {
            out.push_str(&format!("\n{}-currency = \"{code}\"", fig.name));
        }
        if fig.plus {
            out.push_str(&format!("\n{}-sign = \"+\"", fig.name));
        }
    }
    Some(out)
}

/// Joins the header and tables of a figures file.
pub(crate) fn assemble_figures(header: &str, tables: &[String]) -> String {
    let mut out = header.to_string();
    for t in tables {
        out.push('\n');
        out.push_str(t);
        out.push('\n');
    }
    out
}

/// Renders the figures of an extraction as TOML keyed by message id; each value has a
/// comment with the figure as written in the report.
pub fn write_figures(ex: &Extraction, source_name: &str) -> String {
    let tables: Vec<String> = ex
        .all()
        .filter_map(|st| figures_table(st, &st.id))
        .collect();
    assemble_figures(&figures_header(source_name), &tables)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value_text: &str, style: NumberStyle) -> Figure {
        Figure {
            name: "x".into(),
            value: value_text.parse().unwrap_or(0.0),
            value_text: value_text.into(),
            style,
            minimum_fraction_digits: 0,
            maximum_fraction_digits: 0,
            source_text: "x".into(),
            line: 1,
            column: 1,
            ambiguous: false,
            written: "x".into(),
            scale: None,
            currency: None,
            plus: false,
        }
    }

    #[test]
    fn toml_numbers() {
        assert_eq!(toml_number(&fig("41700", NumberStyle::Decimal)), "41700");
        assert_eq!(toml_number(&fig("0.0479", NumberStyle::Percent)), "0.0479");
        assert_eq!(toml_number(&fig("1", NumberStyle::Percent)), "1.0");
        assert_eq!(
            toml_number(&fig("5000000000000000000000", NumberStyle::Decimal)),
            "5000000000000000000000.0"
        );
        let parsed: toml::Table = "a = 0.0479\nb = 1.0\nc = 5000000000000000000000.0"
            .parse()
            .unwrap_or_default();
        assert_eq!(
            parsed.get("a").and_then(toml::Value::as_float),
            Some(0.0479)
        );
        assert_eq!(parsed.len(), 3);
    }

    #[test]
    fn comments_wrap_only_at_single_spaces() {
        let source = "kata ".repeat(40) + "akhir  dua  spasi" + &" x".repeat(50);
        let comment = source_comment(&source);
        assert!(comment
            .lines()
            .all(|l| l.starts_with("# ") && l.chars().count() <= COMMENT_WIDTH + 3));
        let joined: Vec<&str> = comment.lines().map(|l| &l[2..]).collect();
        assert_eq!(joined.join(" "), source);
    }

    #[test]
    fn long_words_are_not_split() {
        let word = "x".repeat(120);
        assert_eq!(wrap(&word, 80), [word.as_str()]);
        assert_eq!(wrap("a b", 80), ["a b"]);
    }
}
