//! `--format json`: every message of the reference, formatted in a locale, as data.
//!
//! For publishers whose pages assemble themselves (a web page that inserts the texts), and
//! to compare runtimes: `tests/fluentjs.rs` formats the same messages with fluent.js. The
//! document of a run is `{ "locale": { "message-id": "text", "message-id.attr": "text" } }`,
//! locales in the order asked for, messages in the reference's file order, each value and
//! attribute of every reference message (terms are not messages). Every text is resolved
//! as on the pages: the figures file's arguments, the locale's fallback chain.

use fluent_syntax::ast;

use super::{fallback, Options, RenderError, RenderInput, Rendered, RunOutput};

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

/// One locale's messages as a JSON object, with the fallbacks and errors of a page.
pub(super) fn render(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<Rendered, RenderError> {
    let bundles = fallback::bundles(input, locale, options)?;
    let mut errors = bundles[0].load_errors.clone();
    let mut fields = Vec::new();
    let mut fallbacks = Vec::new();
    for key in keys(input) {
        let piece = fallback::resolve_message(&key, input, &bundles, &mut errors);
        if let Some(shown_in) = piece.shown_in {
            fallbacks.push((key.clone(), shown_in));
        }
        fields.push(format!("  {}: {}", quote(&key), quote(&piece.text)));
    }
    let text = if fields.is_empty() {
        "{}\n".to_string()
    } else {
        format!("{{\n{}\n}}\n", fields.join(",\n"))
    };
    Ok(Rendered {
        text,
        messages: fields.len(),
        fallbacks,
        errors,
        conventions: fallback::conventions(locale)?,
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
