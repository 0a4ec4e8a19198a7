//! HTML output: one complete, self-contained page per locale (inline CSS, no scripts, no
//! external resources), and the index page. Every text is escaped: a translation that
//! contains `<script>` shows it as text.

use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;

use super::format::{direction, has_locale_data, RootPercent};
use super::{fallback_note, one_line, Direction, Document, Options, Piece, FALLBACK_MARK};

const STYLE: &str = "\
:root { color-scheme: light dark; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif; line-height: 1.6; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.date { color: GrayText; margin-top: 0; }
.fallback { border-inline-start: 3px solid #d9a400; padding-inline-start: .6rem; }
.mark { color: #b07f00; font-weight: bold; }
footer { margin-top: 2.5rem; border-top: 1px solid GrayText; font-size: .85rem; color: GrayText; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; padding: .35rem .5rem; border-bottom: 1px solid GrayText; }
td.completion { font-variant-numeric: tabular-nums; white-space: nowrap; }
meter { width: 6rem; vertical-align: middle; }
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

fn head(out: &mut String, lang: &str, dir: Direction, title: &str) {
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(lang),
        dir.as_str()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"glossator render\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str(&format!(
        "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n"
    ));
}

fn tail(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

/// Attributes of an element holding a piece: `lang`/`dir` when it was shown from a
/// fallback locale (so screen readers and bidi get it right), and its class.
fn piece_attributes(doc: &Document, piece: &Piece, class: Option<&str>) -> String {
    let mut classes: Vec<&str> = class.into_iter().collect();
    let mut attrs = String::new();
    if let Some(locale) = &piece.shown_in {
        classes.push("fallback");
        attrs.push_str(&format!(" lang=\"{}\"", escape(locale)));
        if piece.dir != doc.dir {
            attrs.push_str(&format!(" dir=\"{}\"", piece.dir.as_str()));
        }
    }
    attrs.push_str(&format!(" id=\"{}\"", escape(&piece.id)));
    if !classes.is_empty() {
        attrs.push_str(&format!(" class=\"{}\"", classes.join(" ")));
    }
    attrs
}

fn piece_content(piece: &Piece) -> String {
    let text = one_line(&piece.text);
    let mut out = if text.is_empty() {
        escape(&format!("[{}]", piece.id))
    } else {
        escape(&text)
    };
    if let Some(locale) = &piece.shown_in {
        out.push_str(&format!(
            "<sup class=\"mark\" title=\"shown in {}\">{FALLBACK_MARK}</sup>",
            escape(locale)
        ));
    }
    out
}

pub(super) fn write(doc: &Document, options: &Options) -> String {
    let mut out = String::new();
    head(&mut out, &doc.locale, doc.dir, &doc.plain_title());
    out.push_str("<header>\n");
    if let Some(title) = &doc.title {
        out.push_str(&format!(
            "<h1{}>{}</h1>\n",
            piece_attributes(doc, title, None),
            piece_content(title)
        ));
    }
    if let Some(date) = &doc.date {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            piece_attributes(doc, date, Some("date")),
            piece_content(date)
        ));
    }
    out.push_str("</header>\n");
    for section in &doc.sections {
        out.push_str("<section>\n");
        if let Some(heading) = &section.heading {
            // Headings are the reference's `##` group comments, in its language.
            let lang = if doc.locale == doc.reference {
                String::new()
            } else {
                format!(" lang=\"{}\"", escape(&doc.reference))
            };
            out.push_str(&format!("<h2{lang}>{}</h2>\n", escape(heading)));
        }
        for piece in &section.pieces {
            out.push_str(&format!(
                "<p{}>{}</p>\n",
                piece_attributes(doc, piece, None),
                piece_content(piece)
            ));
        }
        out.push_str("</section>\n");
    }
    let groups = doc.fallback_groups();
    if !groups.is_empty() || !options.hide_conventions {
        out.push_str("<footer>\n");
        for (locale, ids) in &groups {
            let note = fallback_note(locale, &doc.locale, ids, |ids| {
                ids.iter()
                    .map(|id| format!("<a href=\"#{0}\"><code>{0}</code></a>", escape(id)))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            // The note's words are glossator's (English); the ids are already escaped.
            out.push_str(&format!("<p class=\"fallbacks\" lang=\"en\">{note}</p>\n"));
        }
        if !options.hide_conventions {
            out.push_str(&format!(
                "<p class=\"conventions\" lang=\"en\">{}</p>\n",
                escape(&doc.conventions)
            ));
        }
        out.push_str("</footer>\n");
    }
    tail(&mut out);
    out
}

/// The index page: every locale with its name in its own language (CLDR display names),
/// its completion (share of messages shown in the locale itself, 0.0 to 1.0) and a link
/// to its page. Entries are `(locale, completion, file name)`.
pub fn index_html<L: AsRef<str>, F: AsRef<str>>(entries: &[(L, f64, F)]) -> String {
    let mut out = String::new();
    head(&mut out, "en", Direction::Ltr, "Report: locales");
    out.push_str("<h1>Report: locales</h1>\n<table>\n<thead><tr><th>Locale</th><th>Completion</th></tr></thead>\n<tbody>\n");
    let percent = RootPercent::new();
    for (locale, completion, file) in entries {
        let (locale, file) = (locale.as_ref(), file.as_ref());
        let completion = if completion.is_finite() {
            completion.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (name, dir) = match Locale::try_from_str(locale) {
            Ok(l) => (autonym(&l), direction(&l)),
            Err(_) => (locale.to_string(), Direction::Ltr),
        };
        let label = if name == locale {
            format!("<code>{}</code>", escape(locale))
        } else {
            format!(
                "<span lang=\"{0}\" dir=\"{1}\">{2}</span> <code>{0}</code>",
                escape(locale),
                dir.as_str(),
                escape(&name)
            )
        };
        out.push_str(&format!(
            "<tr><td><a href=\"{}\" hreflang=\"{}\">{label}</a></td><td class=\"completion\"><meter min=\"0\" max=\"1\" value=\"{completion}\"></meter> {}</td></tr>\n",
            escape(file),
            escape(locale),
            escape(&percent.format(completion)),
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    tail(&mut out);
    out
}

/// The locale's name in its own language ("français"), or its code when CLDR has none
/// (`la`; `sa` has a language name but no complete display-name data).
fn autonym(locale: &Locale) -> String {
    if !has_locale_data(locale) {
        return locale.to_string();
    }
    let bare =
        locale.id.script.is_none() && locale.id.region.is_none() && locale.id.variants.is_empty();
    if bare {
        if let Ok(names) = LanguageDisplayNames::try_new(locale.into(), Default::default()) {
            if let Some(name) = names.of(locale.id.language) {
                return name.to_string();
            }
        }
    }
    match LocaleDisplayNamesFormatter::try_new(locale.into(), Default::default()) {
        Ok(names) => names.of(locale).into_owned(),
        Err(_) => locale.to_string(),
    }
}
