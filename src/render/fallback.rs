//! Fallback chains and message resolution.
//!
//! A locale's chain is fluent-langneg's filtering negotiation of the locale against the
//! project's locales, with the reference as default: `pt-BR` → `pt-BR`, `pt`, `en`;
//! `zh-CN` → `zh-CN`, `en`. A message missing in the page's locale, or failing to format
//! there, is taken from the first locale of the chain that formats it without error, and
//! is formatted by that locale's bundle (its text, numbers and plural rules agree). When
//! no locale formats it cleanly, the page's own attempt is shown (fluent-bundle writes
//! `{$var}` for what it could not resolve). Either way, the text is never blank, and
//! every missing message and error is named in the errors.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::bundle::LocaleBundle;
use super::{format, plurals, DocSection, Document, Options, Piece, RenderError, RenderInput};

/// The locales to try for `locale`, the locale first and the reference last.
pub(super) fn chain(input: &RenderInput, locale: &str) -> Result<Vec<String>, RenderError> {
    if !input.locales.iter().any(|l| l == locale) {
        return Err(RenderError::UnknownLocale(locale.to_string()));
    }
    let parse = |l: &str| {
        l.parse::<LanguageIdentifier>()
            .map_err(|_| RenderError::InvalidLocale(l.to_string()))
    };
    let requested = parse(locale)?;
    let reference = parse(&input.reference)?;
    let available = input
        .locales
        .iter()
        .map(|l| parse(l))
        .collect::<Result<Vec<_>, _>>()?;
    let negotiated = negotiate_languages(
        &[requested],
        &available,
        Some(&reference),
        NegotiationStrategy::Filtering,
    );
    let mut chain = vec![locale.to_string()];
    for lang in negotiated {
        // Map back to the project's spelling of the locale.
        if let Some(i) = available.iter().position(|a| a == lang) {
            let name = &input.locales[i];
            if !chain.contains(name) {
                chain.push(name.clone());
            }
        }
    }
    if !chain.contains(&input.reference) {
        chain.push(input.reference.clone());
    }
    Ok(chain)
}

/// The bundles of `locale`'s chain, the locale's first.
pub(super) fn bundles(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<Vec<LocaleBundle>, RenderError> {
    chain(input, locale)?
        .iter()
        .map(|l| {
            let sources = input.sources.get(l).map_or(&[][..], Vec::as_slice);
            LocaleBundle::new(l, sources, options)
        })
        .collect()
}

/// The number, date and plural conventions of `locale` ([`super::Rendered::conventions`]).
pub(super) fn conventions(locale: &str) -> Result<String, RenderError> {
    let icu = format::icu_locale(locale)?;
    let plural_rules = plurals::PluralSet::new(&icu).map_err(|e| RenderError::Icu {
        locale: locale.to_string(),
        message: e.to_string(),
    })?;
    format::describe(
        locale,
        plural_rules.origin().as_deref(),
        &plural_rules.describe(),
    )
}

/// The document of `locale`, and its errors.
pub(super) fn resolve(
    input: &RenderInput,
    locale: &str,
    options: &Options,
) -> Result<(Document, Vec<String>), RenderError> {
    let bundles = bundles(input, locale, options)?;
    let mut errors = bundles[0].load_errors.clone();
    let mut piece = |id: &str| resolve_message(id, input, &bundles, &mut errors);

    let layout = &input.layout;
    let title = layout.title.as_deref().map(&mut piece);
    let date = layout.date.as_deref().map(&mut piece);
    let sections = layout
        .sections
        .iter()
        .map(|s| DocSection {
            heading: s.heading.clone(),
            pieces: s.messages.iter().map(|id| piece(id)).collect(),
        })
        .collect();

    let conventions = conventions(locale)?;
    let doc = Document {
        locale: locale.to_string(),
        reference: input.reference.clone(),
        dir: bundles[0].dir,
        title,
        date,
        sections,
        conventions,
    };
    Ok((doc, errors))
}

/// Message `id` (or attribute `id.attr`) from the first locale of the chain that formats
/// it without error.
pub(super) fn resolve_message(
    id: &str,
    input: &RenderInput,
    bundles: &[LocaleBundle],
    errors: &mut Vec<String>,
) -> Piece {
    let args = input.figures.args(id);
    let page = &bundles[0];
    let mut attempt: Option<(usize, String)> = None;
    let mut chosen: Option<(usize, String)> = None;
    for (i, bundle) in bundles.iter().enumerate() {
        if !bundle.has_message(id) {
            continue;
        }
        let (text, message_errors) = bundle.format(id, &args);
        for e in &message_errors {
            errors.push(format!("{id}: {e} (in {})", bundle.locale));
        }
        if message_errors.is_empty() {
            chosen = Some((i, text));
            break;
        }
        attempt.get_or_insert((i, text));
    }
    let (i, text) = match chosen.or(attempt) {
        Some(found) => found,
        None => {
            errors.push(format!("{id}: missing in every locale of the chain"));
            return Piece {
                id: id.to_string(),
                text: format!("[{id}]"),
                shown_in: None,
                dir: page.dir,
            };
        }
    };
    let used = &bundles[i];
    if !page.has_message(id) {
        errors.push(format!(
            "{id}: missing in {}, shown in {}",
            page.locale, used.locale
        ));
    } else if i > 0 {
        errors.push(format!(
            "{id}: not formattable in {}, shown in {}",
            page.locale, used.locale
        ));
    }
    Piece {
        id: id.to_string(),
        text,
        shown_in: (i > 0).then(|| used.locale.clone()),
        dir: used.dir,
    }
}
