//! One locale's fluent-bundle, wired to ICU4X: the number formatter, `NUMBER()`,
//! `DATETIME()` and the plural selector function.

use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::plurals::{PluralSet, PLURAL_FN};
use super::{format, plurals, Direction, FtlSource, Options, RenderError};

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

/// A locale's bundle with its sources loaded.
pub(super) struct LocaleBundle {
    pub(super) locale: String,
    pub(super) dir: Direction,
    bundle: FluentBundle<FluentResource>,
    sink: Sink,
    /// Syntax errors and duplicate ids of the locale's files.
    pub(super) load_errors: Vec<String>,
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

        for source in sources {
            let (prepared, syntax_errors) = plurals::prepare(
                &source.text,
                plurals::Rewrite {
                    plurals: rewrite,
                    isolate_references: options.isolating,
                },
            );
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
        Ok(LocaleBundle {
            locale: locale.to_string(),
            dir: format::direction(&icu),
            bundle,
            sink,
            load_errors,
        })
    }

    /// Whether the locale has the message, with a value (or the attribute, for `id.attr`).
    pub(super) fn has_message(&self, id: &str) -> bool {
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
