//! Terminology rules: forbidden, missing and inconsistent terms, against the project's
//! glossaries (see `src/glossary/`).

use super::{declare_rule, Sink};
use crate::diagnostic::{Applicability, Edit, Fix, TermInfo};
use crate::ftl::model::{Entry, Part, Span};
use crate::ftl::SourceFile;
use crate::glossary::{Glossary, LocaleMatcher, Status};
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
    /// `glossator fix` replaces the term with the concept's preferred term, keeping its case
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
    /// The reference asks for the concepts of its longest matches ("sign in", not also
    /// "sign"); concepts matching the same words (homographs such as the verb and the noun
    /// "report") are alternatives, reported once when the translation has none of them.
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
    /// Within one locale, one concept is rendered by two or more preferred forms.
    ///
    /// ## Why
    /// Readers take two words for two things: a page that says "obnovit" in one sentence
    /// and "zrušit" in the next for the same action seems to describe two. One finding per
    /// concept and locale names each form with its count and points at the first
    /// occurrence of a form other than the most used one. Admitted terms are variants the
    /// glossary allows beside the preferred one: they are listed but never make an
    /// inconsistency; variants of one word ("šifrovat", "zašifrovat") are one form;
    /// abbreviations (`AI`, `KI`) are not counted; forbidden occurrences are reported by
    /// `forbidden-term`.
    ///
    /// ## Example
    /// `cs`: `revert` is rendered 2 ways: `obnovit` ×5, `vrátit zpět` ×1 (admitted),
    /// `zrušit` ×2; use `obnovit` throughout.
    ///
    /// ## Fix
    /// Use one preferred term everywhere, or mark the other admitted in the glossary. No
    /// automatic fix (the form may need inflection).
    pub static INCONSISTENT_TERM = ("inconsistent-term", Warning, "terms");
}

declare_rule! {
    /// A glossary term that no text can match as written: several terms in one ("šifrovat,
    /// zašifrovat"), a note in parentheses ("(řidč.) dezinformace"), an ellipsis ("anstatt
    /// ... Verwenden"), no letters.
    ///
    /// ## Why
    /// Termbase tools let translators type anything into a term field, and a term that
    /// never matches makes every `missing-term` of its concept a false alarm. glossator
    /// reads such a term as the terms it stands for (split at commas and semicolons,
    /// optional parts in parentheses expanded, notes dropped) and reports the flaw once,
    /// about the termbase, for the locales checked.
    ///
    /// ## Example
    /// `cs.tbx`: concept `c575`, `cs` term `šifrovat, zašifrovat` holds 2 terms separated
    /// by `,`: matched as `šifrovat`, `zašifrovat`.
    ///
    /// ## Fix
    /// Make each synonym a term of its own in the termbase (the others `admitted`), move
    /// notes to a note field.
    pub static TERMBASE_DEFECT = ("termbase-defect", Warning, "terms");
}

/// Reports each defect of the glossaries once, for the locales in `locales` (and the
/// reference): about the glossary file, not about any message.
pub fn check_glossary(sink: &mut Sink, glossary: &Glossary, locales: &[String]) {
    let Some(severity) = sink.severities.of(&TERMBASE_DEFECT) else {
        return;
    };
    for d in &glossary.defects {
        let checked = crate::glossary::matcher::locale_matches(&d.locale, sink.locale)
            || locales
                .iter()
                .any(|l| crate::glossary::matcher::locale_matches(&d.locale, l));
        if !checked {
            continue;
        }
        let mut diag = crate::diagnostic::Diagnostic::file_level(
            TERMBASE_DEFECT.name,
            severity,
            &d.locale,
            d.path.as_str(),
            None,
            format!(
                "concept `{}`, `{}` term `{}` {}",
                d.concept,
                d.locale,
                d.term.replace('\n', " "),
                d.message
            ),
        );
        diag.term = Some(Box::new(TermInfo {
            concept: d.concept.clone(),
            expected: Vec::new(),
        }));
        sink.out.push(diag);
    }
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

/// The concepts one message part mentions.
#[derive(Debug, Default)]
pub struct PartTerms {
    /// Every concept with a term in the part (but forbidden terms), nested ones too: in a
    /// translation, any of its terms anywhere counts.
    pub found: BTreeSet<usize>,
    /// Concepts rendered by a forbidden term.
    pub forbidden: BTreeSet<usize>,
    /// Concepts the part uses: those of the longest matches, not of words inside a longer
    /// term ("sign" in "sign in", "tracking" in "Enhanced Tracking Protection"). What a
    /// reference part uses is what its translation must render.
    pub used: BTreeSet<usize>,
    /// Concepts found at the very same words: homographs such as "report" (the verb,
    /// "melden") and "report" (the noun, "Bericht"). Which sense the text means is not
    /// known, so a translation with any of them has the term.
    pub senses: Vec<BTreeSet<usize>>,
    /// Used concept → concepts with a term of the same words ("report", the verb and the
    /// noun), even where the words around chose one sense: a translation may turn a verb
    /// into a noun ("Reporting" → "Les rapports").
    pub homographs: BTreeMap<usize, Vec<usize>>,
    /// Used concepts with the words that first name them: a translation that keeps the
    /// words (a product name such as "Rapid Release", a loanword) renders the concept.
    pub words: Vec<(usize, String)>,
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
    /// (path, message id, attribute) → the part's terms ([`PartTerms`]).
    pub parts: BTreeMap<PartKey, PartTerms>,
}

impl LocaleTerms {
    /// Adds the terms of other files of the locale (each concept's occurrences after
    /// those already here: files are added in the locale's order).
    pub fn append(&mut self, other: LocaleTerms) {
        self.parts.extend(other.parts);
        for (concept, occurrences) in other.occurrences {
            self.occurrences
                .entry(concept)
                .or_default()
                .extend(occurrences);
        }
    }
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

/// Every preferred term of `concept` in `locale`.
fn preferred_all(g: &Glossary, concept: usize, locale: &str) -> Vec<String> {
    g.concepts[concept]
        .terms
        .iter()
        .filter(|t| {
            t.status == Status::Preferred
                && crate::glossary::matcher::locale_matches(&t.locale, locale)
        })
        .map(|t| t.text.clone())
        .collect()
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
    // A locale the glossary has no term for has nothing to find.
    if matcher.is_empty() {
        return;
    }
    for e in &file.model.entries {
        for (attr, part) in e.parts() {
            let segs = segments(file, part);
            let all = matcher.find_all(&file.text, &segs);
            // A part without terms needs no entry (an absent part has none).
            if all.is_empty() {
                continue;
            }
            let key = (
                file.rel.to_string(),
                e.id.to_string(),
                attr.map(str::to_string),
            );
            let slot = acc.parts.entry(key).or_default();
            for m in record_part(slot, all, matcher, &file.text) {
                if m.status == Status::Forbidden {
                    slot.forbidden.insert(m.concept);
                    report_forbidden(sink, file, &e.id, &m, glossary);
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

/// Records in `slot` what a part's matches (`all`, sorted by range) say: the concepts
/// found, the senses of the same words, the concepts used with their homographs and
/// words. Returns the matches that count: the longest, not those nested in them.
fn record_part(
    slot: &mut PartTerms,
    all: Vec<crate::glossary::Match>,
    matcher: &LocaleMatcher,
    text: &str,
) -> Vec<crate::glossary::Match> {
    slot.senses.extend(senses(&all));
    slot.found.extend(
        all.iter()
            .filter(|m| m.status != Status::Forbidden)
            .map(|m| m.concept),
    );
    let mut found: Vec<crate::glossary::Match> = Vec::new();
    for m in all {
        let last = found.last().map(|l| l.range.clone());
        if last.as_ref().is_some_and(|l| m.range.start < l.end) {
            // A homograph of the kept match (same words) is used as much as it.
            if last == Some(m.range.clone()) && m.status != Status::Forbidden {
                slot.used.insert(m.concept);
            }
            continue;
        }
        if m.status != Status::Forbidden {
            slot.used.insert(m.concept);
            let h = matcher.homographs(m.concept);
            if !h.is_empty() {
                slot.homographs.insert(m.concept, h.to_vec());
            }
            if !slot.words.iter().any(|(k, _)| *k == m.concept) {
                slot.words
                    .push((m.concept, text[m.range.clone()].to_string()));
            }
        }
        found.push(m);
    }
    found
}

/// The groups of concepts matched at the very same words ([`PartTerms::senses`]).
fn senses(all: &[crate::glossary::Match]) -> Vec<BTreeSet<usize>> {
    // Matches come sorted by range: concepts at one range are neighbours.
    let mut senses: Vec<(Span, BTreeSet<usize>)> = Vec::new();
    for w in all.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let usable = a.status != Status::Forbidden && b.status != Status::Forbidden;
        if a.range == b.range && a.concept != b.concept && usable {
            match senses.last_mut().filter(|(r, _)| *r == a.range) {
                Some((_, g)) => {
                    g.extend([a.concept, b.concept]);
                }
                None => senses.push((a.range.clone(), BTreeSet::from([a.concept, b.concept]))),
            }
        }
    }
    senses.into_iter().map(|(_, g)| g).collect()
}

/// `forbidden-term` for match `m` in message `id`, naming the preferred term, with a fix
/// that puts it in.
fn report_forbidden(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    m: &crate::glossary::Match,
    glossary: &Glossary,
) {
    let concept = &glossary.concepts[m.concept];
    let term = &concept.terms[m.term];
    let text = &file.text[m.range.clone()];
    let pref = preferred(glossary, m.concept, sink.locale);
    let why = term
        .note
        .as_deref()
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    // The concept is named only when it says more than the text.
    let of = if concept.id.replace('-', " ").eq_ignore_ascii_case(text) {
        String::new()
    } else {
        format!(" for `{}`", concept.id)
    };
    let message = match pref {
        Some(p) => format!("the glossary forbids `{text}`{of}{why}; use `{p}`"),
        None => format!("the glossary forbids `{text}`{of}{why}"),
    };
    let fix = pref.map(|p| replace_forbidden(text, &term.text, p, m.range.clone()));
    let expected = preferred_all(glossary, m.concept, sink.locale);
    if let Some(d) = sink.at(&FORBIDDEN_TERM, file, m.range.clone(), Some(id), message) {
        d.fix = fix.map(Box::new);
        d.term = Some(Box::new(TermInfo {
            concept: concept.id.clone(),
            expected,
        }));
    }
}

/// The fix of a forbidden `text` (a match of `term`): the preferred term in its case.
fn replace_forbidden(text: &str, term: &str, preferred: &str, range: Span) -> Fix {
    // Safe only when the text is the forbidden term exactly as written (no inflection
    // to carry over to the replacement).
    let exact = crate::glossary::fold::fold(text) == crate::glossary::fold::fold(term);
    Fix {
        description: format!("replace `{text}` with `{}`", keep_case(text, preferred)),
        applicability: if exact {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        },
        edits: vec![Edit {
            range,
            replacement: keep_case(text, preferred),
        }],
    }
}

fn is_abbreviation(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !text.contains(char::is_whitespace)
        && letters.len() <= 5
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
}

/// Preferred terms that are variants of one another (one's folded text begins or ends
/// with the other's: "šifrovat", "zašifrovat") count as one form.
fn same_form(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::glossary::fold::fold(a),
        crate::glossary::fold::fold(b),
    );
    a.starts_with(&b) || b.starts_with(&a) || a.ends_with(&b) || b.ends_with(&a)
}

/// Reports concepts rendered by more than one preferred form in the locale: one finding per
/// concept, at the first occurrence of a form other than the most used one, naming every
/// form with its count. Admitted terms are variants the glossary allows beside the
/// preferred one: they are counted but never make an inconsistency.
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
            .filter(|o| o.status != Status::Forbidden && !is_abbreviation(&c.terms[o.term].text))
            .collect();
        let mut tally: BTreeMap<usize, usize> = BTreeMap::new();
        for o in &counted {
            *tally.entry(o.term).or_default() += 1;
        }
        let mut groups = preferred_forms(c, &tally);
        if groups.len() < 2 {
            continue;
        }
        groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let main = &groups[0].0;
        let expected = main
            .iter()
            .max_by_key(|t| (tally[t], std::cmp::Reverse(**t)))
            .map(|&t| c.terms[t].text.clone())
            .unwrap_or_default();
        // The first occurrence, in file order, of a preferred form outside the main group.
        let Some(first) = counted
            .iter()
            .filter(|o| c.terms[o.term].status == Status::Preferred && !main.contains(&o.term))
            .min_by_key(|o| (o.file, o.range.start))
        else {
            continue;
        };
        let message = format!(
            "`{}` is rendered {} ways in `{}`: {}; use `{expected}` throughout",
            c.id,
            groups.len(),
            sink.locale,
            listing(c, &tally),
        );
        let f = &files[first.file];
        if let Some(d) = sink.at(
            &INCONSISTENT_TERM,
            f,
            first.range.clone(),
            Some(&first.id),
            message,
        ) {
            d.term = Some(Box::new(TermInfo {
                concept: c.id.clone(),
                expected: vec![expected],
            }));
        }
    }
}

/// The preferred forms of concept `c` used in a locale (`tally`: term → occurrences),
/// variants of one another ([`same_form`]) grouped, each group with its occurrences.
fn preferred_forms(
    c: &crate::glossary::Concept,
    tally: &BTreeMap<usize, usize>,
) -> Vec<(Vec<usize>, usize)> {
    let mut groups: Vec<(Vec<usize>, usize)> = Vec::new();
    for (&t, &n) in tally {
        if c.terms[t].status != Status::Preferred {
            continue;
        }
        let text = &c.terms[t].text;
        match groups
            .iter_mut()
            .find(|(g, _)| g.iter().any(|&o| same_form(&c.terms[o].text, text)))
        {
            Some((g, total)) => {
                g.push(t);
                *total += n;
            }
            None => groups.push((vec![t], n)),
        }
    }
    groups
}

/// Every form of concept `c` used in a locale with its count, the most used first.
fn listing(c: &crate::glossary::Concept, tally: &BTreeMap<usize, usize>) -> String {
    let mut forms: Vec<(usize, &str, bool)> = tally
        .iter()
        .map(|(t, n)| {
            let term = &c.terms[*t];
            (*n, term.text.as_str(), term.status == Status::Admitted)
        })
        .collect();
    forms.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    forms
        .iter()
        .map(|(n, t, admitted)| {
            let note = if *admitted { " (admitted)" } else { "" };
            format!("`{t}` ×{n}{note}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The folded text of an entry's value or attribute `attr`.
fn part_text(file: &SourceFile, entry: &Entry, attr: Option<&str>) -> String {
    entry
        .parts()
        .find(|(a, _)| *a == attr)
        .map(|(_, p)| crate::glossary::fold::fold_segments(&file.text, &segments(file, p)).text)
        .unwrap_or_default()
}

/// `words` occur in `text` as whole words (both folded; a hyphen between words is a space:
/// "open-source" keeps "open source").
fn contains_words(text: &str, words: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric();
    let text = text.replace('-', " ");
    let words = words.replace('-', " ");
    let words = words.as_str();
    text.match_indices(words).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + words.len()..].chars().next();
        before.is_none_or(|c| !is_word(c)) && after.is_none_or(|c| !is_word(c))
    })
}

/// Concepts of the reference part missing from the translation part.
#[allow(clippy::too_many_arguments)]
pub fn check_missing(
    sink: &mut Sink,
    file: &SourceFile,
    entry: &Entry,
    attr: Option<&str>,
    reference: &PartTerms,
    found: Option<&PartTerms>,
    glossary: &Glossary,
    reference_locale: &str,
) {
    let empty = PartTerms::default();
    let found = found.unwrap_or(&empty);
    // The translation's text (folded), made when first needed.
    let translation = std::cell::OnceCell::new();
    for &c in &reference.used {
        let Some(group) = unrendered(c, reference, found) else {
            continue;
        };
        let terms = locale_terms(glossary, &group, sink.locale);
        if terms.is_empty() {
            continue;
        }
        let kept = reference
            .words
            .iter()
            .filter(|(k, _)| group.contains(k))
            .any(|(_, w)| {
                let text = translation.get_or_init(|| part_text(file, entry, attr));
                contains_words(text, &crate::glossary::fold::fold(w))
            });
        if kept {
            continue;
        }
        let missing = Missing {
            concept: c,
            group: &group,
            terms: &terms,
        };
        report_missing(
            sink,
            file,
            entry,
            attr,
            &missing,
            glossary,
            reference_locale,
        );
    }
}

/// The concepts that stand for reference concept `c` (its senses, or itself) when the
/// translation (`found`) renders none of them, and reports none as forbidden; `None`
/// when it does, or when another sense of the same words reports them.
fn unrendered(c: usize, reference: &PartTerms, found: &PartTerms) -> Option<Vec<usize>> {
    let (have, forbidden) = (&found.found, &found.forbidden);
    if forbidden.contains(&c) {
        return None;
    }
    // Another sense of the same reference words is rendered: the text may mean that.
    // With none rendered, one finding names every sense (from its first concept).
    let sense = reference.senses.iter().find(|g| g.contains(&c));
    if sense.is_some_and(|g| g.iter().any(|o| have.contains(o)) || g.first() != Some(&c)) {
        return None;
    }
    if have.contains(&c) {
        return None;
    }
    if reference
        .homographs
        .get(&c)
        .is_some_and(|h| h.iter().any(|o| have.contains(o)))
    {
        return None;
    }
    Some(sense.map_or_else(|| vec![c], |g| g.iter().copied().collect()))
}

/// The terms of the concepts of `group` a translation into `locale` may use (not the
/// forbidden ones), each once.
fn locale_terms<'g>(glossary: &'g Glossary, group: &[usize], locale: &str) -> Vec<&'g str> {
    let mut terms: Vec<&str> = Vec::new();
    for &k in group {
        for t in &glossary.concepts[k].terms {
            let usable = t.status != Status::Forbidden
                && crate::glossary::matcher::locale_matches(&t.locale, locale);
            if usable && !terms.contains(&t.text.as_str()) {
                terms.push(t.text.as_str());
            }
        }
    }
    terms
}

/// A concept a translation part lacks: its senses, the terms it could have used.
struct Missing<'a> {
    concept: usize,
    group: &'a [usize],
    terms: &'a [&'a str],
}

/// `missing-term` on the message or attribute `attr` of `entry`.
fn report_missing(
    sink: &mut Sink,
    file: &SourceFile,
    entry: &Entry,
    attr: Option<&str>,
    missing: &Missing,
    glossary: &Glossary,
    reference_locale: &str,
) {
    let concept = &glossary.concepts[missing.concept];
    let source_term = preferred(glossary, missing.concept, reference_locale).unwrap_or(&concept.id);
    let ids = missing
        .group
        .iter()
        .map(|&k| format!("`{}`", glossary.concepts[k].id))
        .collect::<Vec<_>>()
        .join(" or ");
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
    let listed = missing
        .terms
        .iter()
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(d) = sink.at(
        &MISSING_TERM,
        file,
        span,
        Some(&entry.id),
        format!(
            "`{name}`: the reference says `{source_term}` ({ids}), the translation has none of: {listed}"
        ),
    ) {
        d.term = Some(Box::new(TermInfo {
            concept: concept.id.clone(),
            expected: missing.terms.iter().map(|t| t.to_string()).collect(),
        }));
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

    fn run(locale: &str, src: &str) -> Vec<crate::diagnostic::Diagnostic> {
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

    /// `missing-term` as the check runs it: the reference file's terms first, then the
    /// translation's, compared part by part.
    fn missing(glossary: &str, en: &str, locale: &str, l10n: &str) -> Vec<String> {
        let g = crate::glossary::canonical::read(std::path::Path::new("g.toml"), glossary)
            .expect("glossary");
        let sev = Severities::default();
        let (rf, lf) = (file("en/a.ftl", en), file("x/a.ftl", l10n));
        let mut ref_terms = LocaleTerms::default();
        let mut sink = Sink::new("en", &sev);
        check_file(
            &mut sink,
            &rf,
            0,
            &LocaleMatcher::new(&g, "en"),
            &g,
            &mut ref_terms,
        );
        let mut terms = LocaleTerms::default();
        let mut sink = Sink::new(locale, &sev);
        check_file(
            &mut sink,
            &lf,
            0,
            &LocaleMatcher::new(&g, locale),
            &g,
            &mut terms,
        );
        sink.out.clear();
        for e in &lf.model.entries {
            let rkey = (rf.rel.to_string(), e.id.to_string(), None);
            let lkey = (lf.rel.to_string(), e.id.to_string(), None);
            // A reference part without terms has no entry (as in the check).
            let Some(reference) = ref_terms.parts.get(&rkey) else {
                continue;
            };
            check_missing(
                &mut sink,
                &lf,
                e,
                None,
                reference,
                terms.parts.get(&lkey),
                &g,
                "en",
            );
        }
        sink.out.into_iter().map(|d| d.message).collect()
    }

    const SENSES: &str = r#"
[[concept]]
id = "report-verb"
  [[concept.term]]
  locale = "en"
  text = "report"
  pos = "verb"
  [[concept.term]]
  locale = "de"
  text = "melden"
[[concept]]
id = "report-noun"
  [[concept.term]]
  locale = "en"
  text = "report"
  pos = "noun"
  [[concept.term]]
  locale = "de"
  text = "Bericht"
[[concept]]
id = "sign"
  [[concept.term]]
  locale = "en"
  text = "sign"
  pos = "verb"
  [[concept.term]]
  locale = "de"
  text = "signieren"
[[concept]]
id = "sign-in"
  [[concept.term]]
  locale = "en"
  text = "sign in"
  pos = "verb"
  [[concept.term]]
  locale = "de"
  text = "anmelden"
[[concept]]
id = "import"
  [[concept.term]]
  locale = "en"
  text = "import"
  pos = "verb"
  [[concept.term]]
  locale = "de"
  text = "importieren"
"#;

    /// Homographs: "report" may be the verb or the noun; a translation with either has
    /// the term, one with neither gets one finding naming both.
    #[test]
    fn homographs_accept_any_sense_and_report_once() {
        let en = "a = Read the report\nb = Report a bug\nc = See the report\n";
        let de = "a = Lies den Bericht\nb = Fehler melden\nc = Siehe die Übersicht\n";
        let found = missing(SENSES, en, "de", de);
        assert_eq!(found.len(), 1, "{found:?}");
        // "the report" is the noun: the finding asks for its term only.
        assert_eq!(
            found[0],
            "`c`: the reference says `report` (`report-noun`), the translation has none of: `Bericht`"
        );
        // Where the words leave both senses open, one finding names both.
        let found = missing(SENSES, "d = Report\n", "de", "d = Übersicht\n");
        assert!(
            found[0]
                .starts_with("`d`: the reference says `report` (`report-verb` or `report-noun`)")
                && found[0].ends_with("none of: `melden`, `Bericht`"),
            "{found:?}"
        );
        // A translation that turns the noun into the verb's noun ("Meldung") has the term.
        assert!(missing(
            SENSES,
            "e = Read the report\n",
            "de",
            "e = Lies die Meldung\n"
        )
        .is_empty());
    }

    /// The reference uses the longest term: "sign in" is not also "sign"; and "important"
    /// is not an inflection of "import", so nothing is missing there.
    #[test]
    fn nested_terms_and_derived_words_are_not_required() {
        let en = "a = Sign in to sync\nb = An important update\nc = Sign the add-on\nd = Imported bookmarks\n";
        let de = "a = Anmelden und synchronisieren\nb = Ein wichtiges Update\nc = Das Add-on unterzeichnen\nd = Lesezeichen importieren\n";
        let found = missing(SENSES, en, "de", de);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("`c`: the reference says `sign`"),
            "{found:?}"
        );
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

    /// Admitted terms are variants the glossary allows: mixing them with the preferred term
    /// is not an inconsistency (forbidden ones are reported as such).
    #[test]
    fn admitted_terms_are_not_an_inconsistency() {
        let d = run(
            "id",
            "a = perbankan jarak jauh\nb = bank jarak jauh\nc = bank jarak jauh { $x } bank terpencil\n",
        );
        assert_eq!(rules_of(&d), vec!["forbidden-term"]);
        let t = d[0].term.as_ref().expect("term info");
        assert_eq!(t.concept, "remote-banking");
        assert_eq!(t.expected, ["perbankan jarak jauh"]);
    }

    const TWO_PREFERRED: &str = r#"
[[concept]]
id = "revert"
  [[concept.term]]
  locale = "en"
  text = "revert"
  [[concept.term]]
  locale = "cs"
  text = "obnovit"
  [[concept.term]]
  locale = "cs"
  text = "zrušit"
  [[concept.term]]
  locale = "cs"
  text = "vrátit zpět"
  status = "admitted"
[[concept]]
id = "encrypt"
  [[concept.term]]
  locale = "en"
  text = "encrypt"
  [[concept.term]]
  locale = "cs"
  text = "šifrovat"
  [[concept.term]]
  locale = "cs"
  text = "zašifrovat"
"#;

    fn run_with(glossary: &str, locale: &str, src: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let g = crate::glossary::canonical::read(std::path::Path::new("g.toml"), glossary)
            .expect("glossary");
        let m = LocaleMatcher::new(&g, locale);
        let sev = Severities::default();
        let mut sink = Sink::new(locale, &sev);
        let f = file("a.ftl", src);
        let mut acc = LocaleTerms::default();
        check_file(&mut sink, &f, 0, &m, &g, &mut acc);
        check_consistency(&mut sink, &[f], &g, &acc);
        sink.out
    }

    /// Two preferred forms of one concept: one finding for the concept and locale, at the
    /// first occurrence of the less used form, naming every form with its count.
    #[test]
    fn inconsistent_forms_are_counted_once() {
        let d = run_with(
            TWO_PREFERRED,
            "cs",
            "a = Obnovit nastavení\nb = Zrušit změny\nc = obnovit vše\nd = vrátit zpět\n",
        );
        assert_eq!(rules_of(&d), vec!["inconsistent-term"], "{d:?}");
        assert_eq!(d[0].id.as_deref(), Some("b"));
        assert_eq!(
            d[0].message,
            "`revert` is rendered 2 ways in `cs`: `obnovit` ×2, `vrátit zpět` ×1 (admitted), \
             `zrušit` ×1; use `obnovit` throughout"
        );
        let t = d[0].term.as_ref().expect("term info");
        assert_eq!(
            (t.concept.as_str(), t.expected.clone()),
            ("revert", vec!["obnovit".to_string()])
        );
        // Aspect variants of one verb (šifrovat, zašifrovat) are one form.
        let d = run_with(
            TWO_PREFERRED,
            "cs",
            "a = šifrovat\nb = zašifrovat\nc = šifruje\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }

    /// Defects of a termbase are reported once each, about the file, for checked locales.
    #[test]
    fn termbase_defects_are_reported_once_per_checked_locale() {
        let mut g = Glossary::default();
        crate::glossary::cleanup::clean(&mut g, "x.tbx");
        g.concepts.push(crate::glossary::Concept {
            id: "c575".into(),
            domain: None,
            definition: None,
            note: None,
            terms: vec![crate::glossary::Term {
                locale: "cs".into(),
                text: "šifrovat, zašifrovat".into(),
                status: Status::Preferred,
                pos: None,
                case_sensitive: false,
                policy: None,
                pattern: None,
                dnt: false,
                note: None,
            }],
        });
        crate::glossary::cleanup::clean(&mut g, "cs.tbx");
        let sev = Severities::default();
        let mut sink = Sink::new("en", &sev);
        check_glossary(&mut sink, &g, &["cs".to_string(), "de".to_string()]);
        assert_eq!(rules_of(&sink.out), vec!["termbase-defect"]);
        let d = &sink.out[0];
        assert_eq!((d.locale.as_str(), d.path.as_str()), ("cs", "cs.tbx"));
        assert_eq!(
            d.message,
            "concept `c575`, `cs` term `šifrovat, zašifrovat` holds 2 terms separated by `,`: \
             matched as `šifrovat`, `zašifrovat`"
        );
        let mut sink = Sink::new("en", &sev);
        check_glossary(&mut sink, &g, &["de".to_string()]);
        assert!(sink.out.is_empty(), "not a checked locale");
        assert_eq!(g.concepts[0].terms.len(), 2);
        assert_eq!(g.concepts[0].terms[1].status, Status::Admitted);
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
        let refs = PartTerms {
            used: [0].into(),
            ..PartTerms::default()
        };
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
