//! Terminology rules: forbidden, missing and inconsistent terms, against the project's
//! glossaries (see `src/glossary/`).

use super::{declare_rule, Sink};
use crate::ftl::model::{Entry, Part, Span};
use crate::ftl::SourceFile;
use crate::glossary::{Glossary, LocaleMatcher, Status};
use crate::report::{Applicability, Edit, Fix};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

declare_rule! {
    /// A term the glossary marks forbidden appears in a translation.
    ///
    /// ## Why
    /// Forbidden terms are the mistranslations and calques users actually meet: Indonesian
    /// "bank terpencil" (an isolated bank) for remote banking, "layanan manual" for service
    /// by a human agent. They mislead readers and break the terminology a bank publishes.
    /// Matching follows each term's policy (inflected forms, compounds, patterns; see the
    /// README), never inside placeables or markup tags.
    ///
    /// ## Example
    /// ```ftl
    /// # id
    /// share = { NUMBER($share, style: "percent") } pusat layanan pelanggan dan bank terpencil
    /// ```
    /// reports `bank terpencil` (concept `remote-banking`) and names `perbankan jarak jauh`.
    ///
    /// ## Fix
    /// `glossa fix` replaces the term with the concept's preferred term, keeping its case
    /// pattern, when the match is the term exactly as written (safe); an inflected match is
    /// only a suggestion (unsafe).
    pub static FORBIDDEN_TERM = ("forbidden-term", Error, "terms");
}

declare_rule! {
    /// The reference message uses a glossary concept, the translation none of its
    /// preferred or admitted terms.
    ///
    /// ## Why
    /// A translator who paraphrases "remote banking" as "online services" changes what the
    /// report says. Checked per value and attribute; a concept with no term for the
    /// locale, or rendered by a forbidden term (reported as such), is not reported here.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// answer-rate = The answer rate of agent-handled calls reached { $rate }
    /// # fr
    /// answer-rate = Le taux de réponse a atteint { $rate }
    /// ```
    /// reports that `agent-handled call` is missing (expected `appel traité par un conseiller`).
    ///
    /// ## Fix
    /// Use one of the listed terms. No automatic fix.
    pub static MISSING_TERM = ("missing-term", Warning, "terms");
}

declare_rule! {
    /// Within one locale, one concept is rendered by different terms across messages.
    ///
    /// ## Why
    /// Readers take two words for two things: a summary that says "bank jarak jauh" in one
    /// sentence and "perbankan jarak jauh" in the next seems to describe two channels. The
    /// finding names each form and its count; it points at every occurrence of a form other
    /// than the locale's preferred one (the most frequent, when it has none).
    /// Abbreviations (`AI`, `KI`) may stand beside their full form and are not counted;
    /// forbidden occurrences are counted but reported by `forbidden-term`.
    ///
    /// ## Example
    /// `id`: `bank jarak jauh` ×6, `perbankan jarak jauh` ×2 for `remote-banking`.
    ///
    /// ## Fix
    /// Use the preferred term everywhere. No automatic fix (the form may need inflection).
    pub static INCONSISTENT_TERM = ("inconsistent-term", Warning, "terms");
}

/// Text runs of a part: text elements joined when only whitespace separates them in the
/// source (a wrapped line), split at placeables and variant keys.
pub fn segments(file: &SourceFile, part: &Part) -> Vec<Span> {
    let src = file.text.as_str();
    let mut out: Vec<Span> = Vec::new();
    for t in file.model.texts(part) {
        if let Some(last) = out.last_mut() {
            if t.start >= last.end && src[last.end..t.start].trim().is_empty() {
                last.end = t.end;
                continue;
            }
        }
        out.push(t.clone());
    }
    out
}

/// Every part of an entry with its attribute name.
pub fn parts(e: &Entry) -> impl Iterator<Item = (Option<&str>, &Part)> {
    e.value.iter().map(|p| (None, p)).chain(
        e.attributes
            .iter()
            .map(|a| (Some(a.name.as_str()), &a.part)),
    )
}

/// A term found in one locale, for the consistency tally.
#[derive(Debug, Clone)]
pub struct Occurrence {
    pub file: usize,
    pub range: Span,
    pub id: String,
    pub term: usize,
    pub status: Status,
}

/// A message part: file path, message id, attribute.
pub type PartKey = (String, String, Option<String>);

/// What a locale's files say, term by term.
#[derive(Debug, Default)]
pub struct LocaleTerms {
    /// Concept → occurrences.
    pub occurrences: BTreeMap<usize, Vec<Occurrence>>,
    /// (path, message id, attribute) → concepts found (any status) and forbidden ones.
    pub parts: BTreeMap<PartKey, (BTreeSet<usize>, BTreeSet<usize>)>,
}

fn preferred<'g>(g: &'g Glossary, concept: usize, locale: &str) -> Option<&'g str> {
    g.concepts[concept]
        .terms
        .iter()
        .find(|t| {
            t.status == Status::Preferred
                && crate::glossary::matcher::locale_matches(&t.locale, locale)
        })
        .map(|t| t.text.as_str())
}

/// Replacement text with the case pattern of `found` (Capitalized, UPPER, lower).
pub fn keep_case(found: &str, replacement: &str) -> String {
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    if found.chars().next().is_some_and(char::is_uppercase) {
        let mut c = replacement.chars();
        return match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        };
    }
    replacement.to_string()
}

/// Finds terms in one file of a locale: reports forbidden ones and records the rest.
pub fn check_file(
    sink: &mut Sink,
    file: &SourceFile,
    file_index: usize,
    matcher: &LocaleMatcher,
    glossary: &Glossary,
    acc: &mut LocaleTerms,
) {
    for e in &file.model.entries {
        for (attr, part) in parts(e) {
            let segs = segments(file, part);
            let all = matcher.find_all(&file.text, &segs);
            let key = (
                file.rel.to_string(),
                e.id.to_string(),
                attr.map(str::to_string),
            );
            let slot = acc.parts.entry(key).or_default();
            slot.0.extend(
                all.iter()
                    .filter(|m| m.status != Status::Forbidden)
                    .map(|m| m.concept),
            );
            let mut found: Vec<crate::glossary::Match> = Vec::new();
            for m in all {
                if found.last().is_some_and(|l| m.range.start < l.range.end) {
                    continue;
                }
                found.push(m);
            }
            for m in found {
                let concept = &glossary.concepts[m.concept];
                let term = &concept.terms[m.term];
                if m.status == Status::Forbidden {
                    slot.1.insert(m.concept);
                    let text = &file.text[m.range.clone()];
                    let pref = preferred(glossary, m.concept, sink.locale);
                    let why = term
                        .note
                        .as_deref()
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default();
                    let message = match pref {
                        Some(p) => format!(
                            "forbidden term `{text}` for `{}`{why}: use `{p}`",
                            concept.id
                        ),
                        None => format!("forbidden term `{text}` for `{}`{why}", concept.id),
                    };
                    let fix = pref.map(|p| {
                        // Safe only when the text is the forbidden term exactly as written
                        // (no inflection to carry over to the replacement).
                        let exact = crate::glossary::fold::fold(text)
                            == crate::glossary::fold::fold(&term.text);
                        Fix {
                            description: format!("replace `{text}` with `{}`", keep_case(text, p)),
                            applicability: if exact {
                                Applicability::Safe
                            } else {
                                Applicability::Unsafe
                            },
                            edits: vec![Edit {
                                range: m.range.clone(),
                                replacement: keep_case(text, p),
                            }],
                        }
                    });
                    if let Some(d) =
                        sink.at(&FORBIDDEN_TERM, file, m.range.clone(), Some(&e.id), message)
                    {
                        d.fix = fix.map(Box::new);
                    }
                }
                acc.occurrences
                    .entry(m.concept)
                    .or_default()
                    .push(Occurrence {
                        file: file_index,
                        range: m.range,
                        id: e.id.to_string(),
                        term: m.term,
                        status: m.status,
                    });
            }
        }
    }
}

fn is_abbreviation(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !text.contains(char::is_whitespace)
        && letters.len() <= 5
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
}

/// Reports concepts rendered by more than one term in the locale.
pub fn check_consistency(
    sink: &mut Sink,
    files: &[Arc<SourceFile>],
    glossary: &Glossary,
    acc: &LocaleTerms,
) {
    for (&concept, occ) in &acc.occurrences {
        let c = &glossary.concepts[concept];
        let counted: Vec<&Occurrence> = occ
            .iter()
            .filter(|o| !is_abbreviation(&c.terms[o.term].text))
            .collect();
        let mut tally: BTreeMap<usize, usize> = BTreeMap::new();
        for o in &counted {
            *tally.entry(o.term).or_default() += 1;
        }
        if tally.len() < 2 {
            continue;
        }
        // The locale's preferred term, used or not; the most frequent form without one.
        let expected = c
            .terms
            .iter()
            .position(|t| {
                t.status == Status::Preferred
                    && crate::glossary::matcher::locale_matches(&t.locale, sink.locale)
            })
            .or_else(|| {
                tally
                    .iter()
                    .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
                    .map(|(t, _)| *t)
            })
            .unwrap_or(0);
        let mut forms: Vec<(usize, &str)> = tally
            .iter()
            .map(|(t, n)| (*n, c.terms[*t].text.as_str()))
            .collect();
        forms.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let listing = forms
            .iter()
            .map(|(n, t)| format!("`{t}` ×{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        for o in counted {
            if o.term == expected || o.status == Status::Forbidden {
                continue;
            }
            let f = &files[o.file];
            sink.at(
                &INCONSISTENT_TERM,
                f,
                o.range.clone(),
                Some(&o.id),
                format!(
                    "`{}` is rendered {} ways in `{}`: {listing}; use `{}`",
                    c.id,
                    tally.len(),
                    sink.locale,
                    c.terms[expected].text
                ),
            );
        }
    }
}

/// Concepts of the reference part missing from the translation part.
#[allow(clippy::too_many_arguments)]
pub fn check_missing(
    sink: &mut Sink,
    file: &SourceFile,
    entry: &Entry,
    attr: Option<&str>,
    reference_concepts: &BTreeSet<usize>,
    found: Option<&(BTreeSet<usize>, BTreeSet<usize>)>,
    glossary: &Glossary,
    reference_locale: &str,
) {
    let empty = (BTreeSet::new(), BTreeSet::new());
    let (have, forbidden) = found.unwrap_or(&empty);
    for &c in reference_concepts {
        if forbidden.contains(&c) {
            continue;
        }
        let concept = &glossary.concepts[c];
        let locale_terms: Vec<&str> = concept
            .terms
            .iter()
            .filter(|t| {
                t.status != Status::Forbidden
                    && crate::glossary::matcher::locale_matches(&t.locale, sink.locale)
            })
            .map(|t| t.text.as_str())
            .collect();
        if locale_terms.is_empty() || have.contains(&c) {
            continue;
        }
        let source_term = preferred(glossary, c, reference_locale).unwrap_or(&concept.id);
        let name = match attr {
            Some(a) => format!("{}.{a}", entry.id),
            None => entry.id.to_string(),
        };
        let span = match attr {
            Some(a) => entry
                .attributes
                .iter()
                .find(|x| x.name == a)
                .map(|x| x.span.clone())
                .unwrap_or(entry.id_span.clone()),
            None => entry.id_span.clone(),
        };
        sink.at(
            &MISSING_TERM,
            file,
            span,
            Some(&entry.id),
            format!(
                "`{name}`: the reference says `{source_term}` (`{}`), the translation has none of: {}",
                concept.id,
                locale_terms.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    const GLOSSARY: &str = r#"
[match]
ru = "prefix"
[[concept]]
id = "remote-banking"
  [[concept.term]]
  locale = "en"
  text = "remote banking"
  [[concept.term]]
  locale = "id"
  text = "perbankan jarak jauh"
  [[concept.term]]
  locale = "id"
  text = "bank jarak jauh"
  status = "admitted"
  [[concept.term]]
  locale = "id"
  text = "bank terpencil"
  status = "forbidden"
  note = "terpencil means isolated"
  [[concept.term]]
  locale = "ru"
  text = "дистанционное банковское обслуживание"
  match = "pattern"
  pattern = '(?i)\bдистанционн\w*\s+банковск\w*\s+обслуживани\w*'
[[concept]]
id = "ai"
  [[concept.term]]
  locale = "en"
  text = "artificial intelligence"
  [[concept.term]]
  locale = "id"
  text = "kecerdasan buatan"
"#;

    fn glossary() -> Glossary {
        crate::glossary::canonical::read(std::path::Path::new("g.toml"), GLOSSARY).unwrap()
    }

    fn run(locale: &str, src: &str) -> Vec<crate::report::Diagnostic> {
        let g = glossary();
        let m = LocaleMatcher::new(&g, locale);
        let sev = Severities::default();
        let mut sink = Sink::new(locale, &sev);
        let f = file("a.ftl", src);
        let mut acc = LocaleTerms::default();
        check_file(&mut sink, &f, 0, &m, &g, &mut acc);
        check_consistency(&mut sink, &[f], &g, &acc);
        sink.out
    }

    #[test]
    fn forbidden_term_with_safe_fix() {
        let d = run("id", "a = Pusat layanan dan Bank terpencil\n");
        assert_eq!(rules_of(&d), vec!["forbidden-term"]);
        assert_eq!(d[0].start.column, 23);
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].replacement, "Perbankan jarak jauh");
        assert!(d[0].message.contains("terpencil means isolated"));
    }

    #[test]
    fn inconsistent_forms_are_counted() {
        let d = run(
            "id",
            "a = perbankan jarak jauh\nb = bank jarak jauh\nc = bank jarak jauh { $x } bank terpencil\n",
        );
        assert_eq!(
            rules_of(&d),
            vec!["forbidden-term", "inconsistent-term", "inconsistent-term"]
        );
        let i = d.iter().find(|d| d.rule == "inconsistent-term").unwrap();
        assert!(i.message.contains("`bank jarak jauh` ×2"), "{}", i.message);
        assert!(
            i.message.contains("use `perbankan jarak jauh`"),
            "{}",
            i.message
        );
    }

    #[test]
    fn consistent_and_inflected_text_is_clean() {
        assert!(run(
            "id",
            "a = perbankan jarak jauh\nb = Perbankan Jarak Jauh { $x }\n"
        )
        .is_empty());
        assert!(run("ru", "a = центры дистанционного банковского обслуживания\nb = дистанционное банковское обслуживание\n").is_empty());
        assert!(run(
            "id",
            "a = { -bank-terpencil }\nb = <span title=\"bank terpencil\">x</span>\n"
        )
        .is_empty());
    }

    #[test]
    fn missing_term_fires_and_respects_forbidden() {
        let g = glossary();
        let sev = Severities::default();
        let mut sink = Sink::new("id", &sev);
        let f = file("id/a.ftl", "a = layanan daring\nb = bank terpencil\n");
        let refs: BTreeSet<usize> = [0].into();
        let mut acc = LocaleTerms::default();
        let m = LocaleMatcher::new(&g, "id");
        check_file(&mut sink, &f, 0, &m, &g, &mut acc);
        for e in &f.model.entries {
            let key = (f.rel.to_string(), e.id.to_string(), None);
            check_missing(&mut sink, &f, e, None, &refs, acc.parts.get(&key), &g, "en");
        }
        assert_eq!(rules_of(&sink.out), vec!["forbidden-term", "missing-term"]);
        let mt = sink.out.iter().find(|d| d.rule == "missing-term").unwrap();
        assert_eq!(mt.id.as_deref(), Some("a"));
        assert!(
            mt.message
                .contains("`perbankan jarak jauh`, `bank jarak jauh`"),
            "{}",
            mt.message
        );
    }

    #[test]
    fn case_pattern_is_kept() {
        assert_eq!(
            keep_case("Bank terpencil", "perbankan jarak jauh"),
            "Perbankan jarak jauh"
        );
        assert_eq!(keep_case("BANK TERPENCIL", "perbankan"), "PERBANKAN");
        assert_eq!(keep_case("bank", "perbankan"), "perbankan");
    }
}
