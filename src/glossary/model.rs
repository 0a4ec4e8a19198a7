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
}

impl Glossary {
    /// Adds another glossary's concepts (a concept id seen twice keeps both term lists).
    pub fn extend(&mut self, other: Glossary) {
        for (l, p) in other.defaults {
            self.defaults.entry(l).or_insert(p);
        }
        for c in other.concepts {
            match self.concepts.iter_mut().find(|x| x.id == c.id) {
                Some(existing) => existing.terms.extend(c.terms),
                None => self.concepts.push(c),
            }
        }
    }
}
