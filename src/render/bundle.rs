//! One locale's fluent-bundle, wired to ICU4X: the number formatter, `NUMBER()`,
//! `DATETIME()` and the plural selector function.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_syntax::ast;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::plurals::{PluralSet, PLURAL_FN};
use super::{format, plurals, Direction, FtlSource, Options, RenderError, PAGE_MESSAGES};

/// Errors reported by glossator's Fluent functions: fluent-bundle keeps no record of a
/// function's failure (it writes `NUMBER()` in place of the value), so they are collected
/// here and read after each message.
#[derive(Debug, Clone, Default)]
pub(super) struct Sink(Arc<Mutex<Vec<String>>>);

impl Sink {
    pub(super) fn push(&self, message: String) {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(message);
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .0
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }
}

/// The variables a message uses, and the messages it references (whose variables it
/// uses too).
#[derive(Debug, Clone, Default)]
struct Uses {
    variables: Vec<String>,
    messages: Vec<String>,
}

/// A locale's bundle with its sources loaded, and glossator's page messages beneath them.
pub(super) struct LocaleBundle {
    pub(super) locale: String,
    /// The locale for ICU4X (the data side's notation of figures depends on it).
    pub(super) icu: icu_locale_core::Locale,
    pub(super) dir: Direction,
    bundle: FluentBundle<FluentResource>,
    sink: Sink,
    /// Syntax errors and duplicate ids of the locale's files.
    pub(super) load_errors: Vec<String>,
    /// The messages of the locale's own files (not glossator's page messages), with what
    /// they use: values under their id, attributes under `id.attr`.
    own: HashMap<String, Uses>,
}

impl LocaleBundle {
    pub(super) fn new(
        locale: &str,
        sources: &[FtlSource],
        options: &Options,
    ) -> Result<LocaleBundle, RenderError> {
        LocaleBundle::build(locale, sources, options, true)
    }

    /// `rewrite: false` leaves plural selection to fluent-bundle (for tests that compare).
    pub(super) fn build(
        locale: &str,
        sources: &[FtlSource],
        options: &Options,
        rewrite: bool,
    ) -> Result<LocaleBundle, RenderError> {
        let lang: LanguageIdentifier = locale
            .parse()
            .map_err(|_| RenderError::InvalidLocale(locale.to_string()))?;
        let icu = format::icu_locale(locale)?;
        let rules = PluralSet::new(&icu).map_err(|e| RenderError::Icu {
            locale: locale.to_string(),
            message: e.to_string(),
        })?;
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(options.isolating);
        bundle.set_formatter(Some(format::format_value));
        let sink = Sink::default();
        let mut load_errors = Vec::new();

        let s = sink.clone();
        let number = bundle.add_function("NUMBER", move |p, n| format::number(p, n, &s));
        let s = sink.clone();
        let datetime = bundle.add_function("DATETIME", move |p, n| format::datetime(p, n, &s));
        let plural = bundle.add_function(PLURAL_FN, move |p, n| plurals::select(p, n, &rules));
        for result in [number, datetime, plural] {
            if let Err(e) = result {
                load_errors.push(format!("{locale}: {e}"));
            }
        }

        let rewrite_as = plurals::Rewrite {
            plurals: rewrite,
            isolate_references: options.isolating,
        };
        let mut own = HashMap::new();
        for source in sources {
            collect_uses(&source.text, &mut own);
            let (prepared, syntax_errors) = plurals::prepare(&source.text, rewrite_as);
            if !syntax_errors.is_empty() {
                let lines = crate::ftl::LineIndex::new(&source.text);
                for e in syntax_errors {
                    let line = lines.position(&source.text, e.pos.start).line;
                    load_errors.push(format!("{}:{line}: {}", source.path.display(), e.kind));
                }
            }
            let text = prepared.unwrap_or_else(|| source.text.clone());
            // Syntax errors were reported from the source itself; the entries that parsed
            // are kept (too-deep ones are not in `prepared`: see `plurals::prepare`).
            let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    load_errors.push(format!("{}: {e}", source.path.display()));
                }
            }
        }
        // glossator's English page messages, beneath the locale's own: formatted by this
        // bundle, so their numbers and dates are the locale's. The locale's own messages
        // win (fluent-bundle keeps the first definition; the overrides are not errors).
        let (prepared, _) = plurals::prepare(PAGE_MESSAGES, rewrite_as);
        let builtin = prepared.unwrap_or_else(|| PAGE_MESSAGES.to_string());
        if let Ok(resource) = FluentResource::try_new(builtin) {
            let _ = bundle.add_resource(resource);
        }
        Ok(LocaleBundle {
            locale: locale.to_string(),
            dir: format::direction(&icu),
            icu,
            bundle,
            sink,
            load_errors,
            own,
        })
    }

    /// Whether the locale's own files have the message, with a value (or the attribute,
    /// for `id.attr`).
    pub(super) fn has_message(&self, id: &str) -> bool {
        let message = id.split_once('.').map_or(id, |(m, _)| m);
        self.own.contains_key(message) && self.has_pattern(id)
    }

    /// Whether glossator's page messages have it (and the locale's files do not).
    pub(super) fn has_builtin(&self, id: &str) -> bool {
        let message = id.split_once('.').map_or(id, |(m, _)| m);
        !self.own.contains_key(message) && self.has_pattern(id)
    }

    /// Whether the bundle has the message's value (or the attribute, for `id.attr`).
    fn has_pattern(&self, id: &str) -> bool {
        match id.split_once('.') {
            Some((message, attribute)) => self
                .bundle
                .get_message(message)
                .is_some_and(|m| m.get_attribute(attribute).is_some()),
            None => self
                .bundle
                .get_message(id)
                .is_some_and(|m| m.value().is_some()),
        }
    }

    /// The variables a message (or attribute, `id.attr`) of the locale uses, directly or
    /// through the messages it references, in order of first use.
    pub(super) fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = vec![id.to_string()];
        let mut queue = vec![id.to_string()];
        while let Some(next) = queue.pop() {
            let Some(uses) = self.own.get(&next) else {
                continue;
            };
            for v in &uses.variables {
                if !out.contains(v) {
                    out.push(v.clone());
                }
            }
            for m in uses.messages.iter().rev() {
                if !seen.contains(m) {
                    seen.push(m.clone());
                    queue.push(m.clone());
                }
            }
        }
        out
    }

    /// The formatted message (or attribute, for `id.attr`) and its errors (fluent-bundle's
    /// and the functions').
    pub(super) fn format(&self, id: &str, args: &FluentArgs) -> (String, Vec<String>) {
        self.sink.take();
        let message = self
            .bundle
            .get_message(id.split_once('.').map_or(id, |(m, _)| m));
        let pattern = match id.split_once('.') {
            Some((_, attribute)) => message
                .and_then(|m| m.get_attribute(attribute))
                .map(|a| a.value()),
            None => message.and_then(|m| m.value()),
        };
        let Some(pattern) = pattern else {
            return (String::new(), vec![format!("no message {id}")]);
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        let mut messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        messages.extend(self.sink.take());
        (text, messages)
    }
}

/// Records the variables and message references of every message of an FTL text: its
/// value's under its id, each attribute's under `id.attr` (not inside terms, whose
/// variables are their own arguments).
fn collect_uses(text: &str, out: &mut HashMap<String, Uses>) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name;
            if out.contains_key(id) {
                continue; // fluent-bundle keeps the first definition
            }
            let mut uses = Uses::default();
            if let Some(pattern) = &m.value {
                pattern_uses(pattern, &mut uses);
            }
            out.insert(id.to_string(), uses);
            for a in &m.attributes {
                let mut uses = Uses::default();
                pattern_uses(&a.value, &mut uses);
                out.insert(format!("{id}.{}", a.id.name), uses);
            }
        }
    }
}

fn pattern_uses(pattern: &ast::Pattern<&str>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(expression: &ast::Expression<&str>, uses: &mut Uses) {
    match expression {
        ast::Expression::Inline(inline) => inline_uses(inline, uses),
        ast::Expression::Select { selector, variants } => {
            inline_uses(selector, uses);
            for variant in variants {
                pattern_uses(&variant.value, uses);
            }
        }
    }
}

fn inline_uses(inline: &ast::InlineExpression<&str>, uses: &mut Uses) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let name = id.name.to_string();
            if !uses.variables.contains(&name) {
                uses.variables.push(name);
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            uses.messages.push(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            });
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_uses(a, uses);
            }
            for a in &arguments.named {
                inline_uses(&a.value, uses);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        _ => {}
    }
}
