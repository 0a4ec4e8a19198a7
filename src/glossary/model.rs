//! The concept model, as in TBX: a concept has terms per locale, each with a status.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The term to use; a term with no status is preferred.
    #[default]
    Preferred,
    /// Acceptable (a variant, an abbreviation, a common loanword).
    Admitted,
    /// Must not be used (a mistranslation, a calque, a deprecated term).
    Forbidden,
}

/// How a term is found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchPolicy {
    /// Whole words, as written.
    Exact,
    /// Whole words; each word of the term may take endings (Verifika, memoQ fuzzy).
    Prefix,
    /// Whole words in any inflected form: endings added, the dictionary form's own ending
    /// replaced, the same stem (Snowball, Dolamic, Yarovoy), the language's rules (German
    /// compounds and umlauts, Slavic aspect prefixes, Japanese する verbs); see
    /// `matcher::Morphology`. The default of imported termbases.
    Inflect,
    /// Words compared by their Snowball stems, where Snowball covers the language.
    Stem,
    /// The term's `pattern`, a regular expression.
    Pattern,
    /// Anywhere, no word boundaries (Chinese, Japanese).
    Substring,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub locale: String,
    pub text: String,
    #[serde(default)]
    pub status: Status,
    /// Part of speech: noun, verb, adjective, properNoun, phrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub case_sensitive: bool,
    /// Overrides the locale's default policy.
    #[serde(default, rename = "match", skip_serializing_if = "Option::is_none")]
    pub policy: Option<MatchPolicy>,
    /// A regular expression (Rust `regex` syntax), with `match = "pattern"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Do not translate (names such as WeChat).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dnt: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
}

/// A flaw of a termbase found while reading it (a term that holds several terms, a note
/// inside a term, an ellipsis): reported once, about the termbase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defect {
    /// The glossary file, as given.
    pub path: String,
    pub concept: String,
    pub locale: String,
    /// The term as written in the file.
    pub term: String,
    /// What is wrong and what glossator does about it.
    pub message: String,
}

/// A glossary: its concepts and the default match policy of each locale.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Glossary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The locale whose terms the reference messages contain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_locale: Option<String>,
    /// Default match policy per locale.
    #[serde(default)]
    pub defaults: BTreeMap<String, MatchPolicy>,
    pub concepts: Vec<Concept>,
    /// What the readers found wrong with the file (not written back).
    #[serde(skip)]
    pub defects: Vec<Defect>,
}

impl Glossary {
    /// Adds another glossary's concepts. A concept id seen again is the same concept (Pontoon
    /// exports one file per locale, each with the source terms): its new terms are added,
    /// terms it already has (same locale, text and status) are not, so the source side is
    /// matched once however many files repeat it.
    pub fn extend(&mut self, other: Glossary) {
        for (l, p) in other.defaults {
            self.defaults.entry(l).or_insert(p);
        }
        let mut index: std::collections::HashMap<String, usize> = self
            .concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        for c in other.concepts {
            let Some(&i) = index.get(&c.id) else {
                index.insert(c.id.clone(), self.concepts.len());
                self.concepts.push(c);
                continue;
            };
            let existing = &mut self.concepts[i];
            existing.domain = existing.domain.take().or(c.domain);
            existing.definition = existing.definition.take().or(c.definition);
            existing.note = existing.note.take().or(c.note);
            for t in c.terms {
                let same = existing
                    .terms
                    .iter_mut()
                    .find(|x| x.locale == t.locale && x.text == t.text && x.status == t.status);
                match same {
                    Some(x) => {
                        x.pos = x.pos.take().or(t.pos);
                        x.note = x.note.take().or(t.note);
                    }
                    None => existing.terms.push(t),
                }
            }
        }
        self.defects.extend(other.defects);
    }
}
