//! Tests of the glossary formats. Test data: banking.toml (the canonical glossary,
//! `glossary/banking.toml` in glossator, `testdata/banking.toml` in the dev crate) and
//! Mozilla's Pontoon TBX files, read only when `GLOSSATOR_MOZILLA_TBX` names their directory
//! (`.ci/run` sets it to `../shared/corpora/mozilla-terminology/terminology` when present).

mod csv_shapes;
mod detect;
mod roundtrip;
mod safety;
mod tbx_read;

use super::model::{Concept, Glossary, MatchPolicy, Status, Term};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The TOML file's schema, for the tests only (glossator's TOML loader lives elsewhere).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    glossary: TomlHeader,
    #[serde(rename = "match", default)]
    defaults: BTreeMap<String, MatchPolicy>,
    #[serde(rename = "concept", default)]
    concepts: Vec<Concept>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlHeader {
    name: Option<String>,
    description: Option<String>,
    source_locale: Option<String>,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// banking.toml read into the model.
pub(super) fn banking() -> Glossary {
    let dir = manifest_dir();
    let path = ["glossary/banking.toml", "testdata/banking.toml"]
        .iter()
        .map(|p| dir.join(p))
        .find(|p| p.is_file())
        .expect("banking.toml not found (glossary/ or testdata/)");
    let text = std::fs::read_to_string(&path).expect("read banking.toml");
    let f: TomlFile = toml::from_str(&text).expect("parse banking.toml");
    Glossary {
        name: f.glossary.name,
        description: f.glossary.description,
        source_locale: f.glossary.source_locale,
        defaults: f.defaults,
        concepts: f.concepts,
        defects: Vec::new(),
    }
}

/// The directory of Mozilla's Pontoon TBX files, when `GLOSSATOR_MOZILLA_TBX` names it.
/// Tests read nothing outside the repository unless told where, so that `cargo test` passes
/// on a fresh clone; `None` (after printing why) means the calling test skips.
pub(super) fn mozilla_dir(test: &str) -> Option<PathBuf> {
    match std::env::var_os("GLOSSATOR_MOZILLA_TBX").filter(|d| !d.is_empty()) {
        Some(d) => Some(PathBuf::from(d)),
        None => {
            eprintln!(
                "{test}: skipped: set GLOSSATOR_MOZILLA_TBX to the directory of Mozilla's \
                 Pontoon TBX files (mozilla-terminology/terminology) to run it"
            );
            None
        }
    }
}

pub(super) fn term(locale: &str, text: &str) -> Term {
    Term {
        locale: locale.to_string(),
        text: text.to_string(),
        status: Status::Preferred,
        pos: None,
        case_sensitive: false,
        policy: None,
        pattern: None,
        dnt: false,
        note: None,
    }
}

#[test]
fn banking_toml_loads() {
    let g = banking();
    assert_eq!(g.name.as_deref(), Some("banking"));
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    assert_eq!(g.concepts.len(), 59);
    assert_eq!(g.defaults.len(), 15);
    assert_eq!(
        g.concepts.iter().map(|c| c.terms.len()).sum::<usize>(),
        1450
    );
}

#[test]
fn locale_normalization() {
    use super::input::normalize_locale as n;
    assert_eq!(n("pt-br"), "pt-BR");
    assert_eq!(n("pt_BR"), "pt-BR");
    assert_eq!(n("EN-us"), "en-US");
    assert_eq!(n("en-US"), "en-US");
    assert_eq!(n("zh-hant-tw"), "zh-Hant-TW");
    assert_eq!(n("sr-LATN"), "sr-Latn");
    assert_eq!(n("es-419"), "es-419");
    assert_eq!(n("de-CH-x-Formal"), "de-CH-x-formal");
    assert_eq!(n(" fi "), "fi");
    assert_eq!(n(""), "");
}

#[test]
fn status_spellings() {
    use super::input::parse_status as p;
    assert_eq!(p("preferredTerm-admn-sts"), Some(Status::Preferred));
    assert_eq!(p("admittedTerm-admn-sts"), Some(Status::Admitted));
    assert_eq!(p("deprecatedTerm-admn-sts"), Some(Status::Forbidden));
    assert_eq!(p("supersededTerm-admn-sts"), Some(Status::Forbidden));
    assert_eq!(p("deprecated"), Some(Status::Forbidden));
    assert_eq!(p("superseded"), Some(Status::Forbidden));
    assert_eq!(p("Not recommended"), Some(Status::Forbidden));
    assert_eq!(p("obsolete"), Some(Status::Forbidden));
    assert_eq!(p("Preferred"), Some(Status::Preferred));
    assert_eq!(p("standardizedTerm"), Some(Status::Preferred));
    assert_eq!(p("admitted"), Some(Status::Admitted));
    assert_eq!(p("whatever"), None);
    assert_eq!(p(""), None);
}
