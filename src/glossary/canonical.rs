//! The canonical glossary file: human-edited TOML (`glossary/banking.toml`).
//!
//! ```toml
//! [glossary]
//! name = "banking"
//! source_locale = "en"
//! [match]              # default policy per locale
//! ru = "prefix"
//! [[concept]]
//! id = "remote-banking"
//! definition = "..."
//!   [[concept.term]]
//!   locale = "en"
//!   text = "remote banking"
//!   status = "preferred"   # preferred | admitted | forbidden
//! ```

use super::model::{Concept, Glossary, MatchPolicy, Term};
use crate::error::{Error, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
struct Header {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source_locale: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    glossary: Header,
    #[serde(default, rename = "match")]
    defaults: BTreeMap<String, MatchPolicy>,
    #[serde(default, rename = "concept")]
    concepts: Vec<ConceptEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ConceptEntry {
    id: toml::Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    definition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, rename = "term")]
    terms: Vec<toml::Spanned<Term>>,
}

/// Reads a canonical TOML glossary; errors name the file, line and column.
pub fn read(path: &Path, text: &str) -> Result<Glossary> {
    let file: File = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
    let mut g = Glossary {
        name: file.glossary.name,
        description: file.glossary.description,
        source_locale: file.glossary.source_locale,
        defaults: file.defaults,
        concepts: Vec::new(),
        defects: Vec::new(),
    };
    // Terms are checked in parallel (a pattern is parsed, at about 0.1 ms for Unicode
    // classes); the first bad one in file order is the error, unless a duplicate concept
    // comes before it.
    let bad = file
        .concepts
        .par_iter()
        .flat_map(|c| c.terms.par_iter())
        .find_map_first(|t| {
            super::validate_term(t.get_ref())
                .err()
                .map(|m| (t.span().start, m))
        });
    let fail = |(at, m): (usize, String)| Err(Error::config_at(path, text, at, m));
    let mut seen = std::collections::HashSet::new();
    for c in file.concepts {
        if !seen.insert(c.id.get_ref().clone()) {
            let at = c.id.span().start;
            return match bad {
                Some(b) if b.0 < at => fail(b),
                _ => fail((at, format!("concept `{}` is defined twice", c.id.get_ref()))),
            };
        }
        let terms = c.terms.into_iter().map(toml::Spanned::into_inner).collect();
        g.concepts.push(Concept {
            id: c.id.into_inner(),
            domain: c.domain,
            definition: c.definition,
            note: c.note,
            terms,
        });
    }
    match bad {
        Some(b) => fail(b),
        None => Ok(g),
    }
}

/// Writes the canonical TOML form (comments of a hand-edited file are not kept: this is
/// for `glossary import`, which creates a file).
pub fn write(g: &Glossary) -> String {
    #[derive(Serialize)]
    struct OutConcept<'a> {
        id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        domain: &'a Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        definition: &'a Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: &'a Option<String>,
        term: &'a [Term],
    }
    #[derive(Serialize)]
    struct Out<'a> {
        glossary: Header,
        #[serde(rename = "match")]
        defaults: &'a BTreeMap<String, MatchPolicy>,
        concept: Vec<OutConcept<'a>>,
    }
    let out = Out {
        glossary: Header {
            name: g.name.clone(),
            description: g.description.clone(),
            source_locale: g.source_locale.clone(),
        },
        defaults: &g.defaults,
        concept: g
            .concepts
            .iter()
            .map(|c| OutConcept {
                id: &c.id,
                domain: &c.domain,
                definition: &c.definition,
                note: &c.note,
                term: &c.terms,
            })
            .collect(),
    };
    toml::to_string_pretty(&out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_glossary_reads_and_round_trips() {
        let text = include_str!("../../glossary/banking.toml");
        let g = read(Path::new("glossary/banking.toml"), text).unwrap();
        assert!(g.concepts.len() >= 40);
        assert_eq!(g.source_locale.as_deref(), Some("en"));
        let again = read(Path::new("x.toml"), &write(&g)).unwrap();
        assert_eq!(g, again);
    }

    #[test]
    fn errors_have_positions() {
        let e = read(
            Path::new("g.toml"),
            "[[concept]]\nid = \"a\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"...\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("g.toml:3:1:"), "{e}");
        let e = read(Path::new("g.toml"), "[[concept]]\nid = \"a\"\nbogus = 1\n").unwrap_err();
        assert!(e.to_string().contains("g.toml:3:1"), "{e}");
        let e = read(Path::new("g.toml"), "[[concept]]\nid = \"a\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"x\"\nmatch = \"pattern\"\npattern = \"(\"\n").unwrap_err();
        assert!(e.to_string().contains("pattern"), "{e}");
    }

    /// Terms are checked in parallel, but the error is still the first one in the file:
    /// a bad term before a duplicate concept, or the duplicate before a bad term.
    #[test]
    fn first_error_in_file_order() {
        let concept = |(id, text): &(&str, &str)| {
            format!("[[concept]]\nid = \"{id}\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"{text}\"\n")
        };
        for (concepts, at, what) in [
            (
                &[("a", "..."), ("b", "ok"), ("b", "ok")][..],
                "g.toml:3:1:",
                "no letters",
            ),
            (
                &[("b", "ok"), ("b", "ok"), ("a", "...")][..],
                "g.toml:7:6:",
                "defined twice",
            ),
            (
                &[("a", "ok"), ("b", "!!"), ("c", "...")][..],
                "g.toml:8:1:",
                "`!!`",
            ),
        ] {
            let text: String = concepts.iter().map(concept).collect();
            let e = read(Path::new("g.toml"), &text).unwrap_err().to_string();
            assert!(e.starts_with(at) && e.contains(what), "{e}");
        }
    }
}
