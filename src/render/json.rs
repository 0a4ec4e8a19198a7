//! `--format json`: every message of the reference, formatted in a locale, as data.
//!
//! For publishers whose pages assemble themselves (a web page that inserts the texts), and
//! to compare runtimes: `tests/fluentjs.rs` formats the same messages with fluent.js. The
//! document of a run is `{ "locale": { "message-id": "text", "message-id.attr": "text" } }`,
//! locales in the order asked for, messages in the reference's file order, each value and
//! attribute of every reference message (terms are not messages). Every text is resolved
//! as on the pages: the figures file's arguments (large whole figures in the locale's
//! notation), the locale's fallback chain, a missing figure as "⚠ $name". Page messages
//! whose arguments the renderer supplies get the page's: the conventions line its
//! samples; the notes on fallbacks and missing figures list this object's, and are left
//! out when there is nothing to note.

use fluent_bundle::FluentArgs;
use fluent_syntax::ast;

use super::fallback::{self, ids};
use super::{
    format, one_line, strip_holes, Options, RenderError, RenderInput, Rendered, RunOutput,
};

/// The keys of the reference's messages: `id` for a value, `id.attr` for an attribute.
fn keys(input: &RenderInput) -> Vec<String> {
    let mut keys = Vec::new();
    for source in input.sources.get(&input.reference).into_iter().flatten() {
        let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name;
                if m.value.is_some() {
                    keys.push(id.to_string());
                }
                keys.extend(m.attributes.iter().map(|a| format!("{id}.{}", a.id.name)));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    keys.retain(|k| seen.insert(k.clone()));
    keys
}

/// One locale's messages as a JSON object, with the fallbacks, missing figures and errors
/// of a page. Page messages get the arguments the page gives them: the conventions line
/// its samples ([`fallback::conventions_args`]), the plural rules line their source
/// ([`fallback::plural_rules_args`]); the notes on fallbacks and missing figures are the
/// object's own, and only there when it has some.
pub(super) fn render(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<Rendered, RenderError> {
    let bundles = fallback::bundles(input, locale, options)?;
    let icu = format::icu_locale(locale)?;
    let mut r = fallback::Resolver::new(input, &bundles);
    let notes = [ids::FALLBACK_NOTE, ids::MISSING_NOTE];
    let mut pieces = Vec::new();
    let mut fallbacks = Vec::new();
    let mut missing = Vec::new();
    for key in keys(input) {
        if notes.contains(&key.as_str()) {
            pieces.push((key, None));
            continue;
        }
        let extra = match key.as_str() {
            ids::CONVENTIONS => fallback::conventions_args(&icu),
            ids::PLURAL_RULES => fallback::plural_rules_args(&icu)?.0,
            _ => FluentArgs::new(),
        };
        let piece = r.piece(&key, &extra);
        if let Some(shown_in) = &piece.shown_in {
            fallbacks.push((key.clone(), shown_in.clone()));
        }
        missing.extend(piece.missing.iter().map(|v| (key.clone(), v.clone())));
        pieces.push((key, Some(piece.text)));
    }
    let (note_pieces, _) = fallback::notes(&mut r, &fallbacks, &missing);
    let mut fields = Vec::new();
    let mut title = String::new();
    for (key, text) in pieces {
        let text = match text {
            Some(text) => text,
            None => {
                let texts: Vec<&str> = note_pieces
                    .iter()
                    .filter(|p| p.id == key)
                    .map(|p| p.text.as_str())
                    .collect();
                if texts.is_empty() {
                    continue;
                }
                texts.join("\n")
            }
        };
        let text = strip_holes(&text);
        if input.layout.title.as_deref() == Some(key.as_str()) {
            title = one_line(&text);
        }
        fields.push(format!("  {}: {}", quote(&key), quote(&text)));
    }
    let text = if fields.is_empty() {
        "{}\n".to_string()
    } else {
        format!("{{\n{}\n}}\n", fields.join(",\n"))
    };
    let mut errors = r.errors;
    let mut seen = std::collections::HashSet::new();
    errors.retain(|e| seen.insert(e.clone()));
    Ok(Rendered {
        text,
        messages: fields.len(),
        fallbacks,
        missing,
        errors,
        conventions: fallback::conventions(locale)?,
        title,
    })
}

fn quote(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// The JSON document of a run rendered with `--format json`: every locale's object under
/// its tag, `{ "en": { ... }, "fr": { ... } }`.
pub fn document(outputs: &[RunOutput]) -> String {
    if outputs.is_empty() {
        return "{}\n".to_string();
    }
    let locales: Vec<String> = outputs
        .iter()
        .map(|o| {
            let object = o.rendered.text.trim_end().replace('\n', "\n  ");
            format!("  {}: {object}", quote(&o.locale))
        })
        .collect();
    format!("{{\n{}\n}}\n", locales.join(",\n"))
}
