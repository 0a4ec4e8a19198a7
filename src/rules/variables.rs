//! Rules comparing the variables of a translation with the reference, part by part.

use super::{declare_rule, part_name, PartRef, Sink};
use crate::ftl::model::Named;
use std::collections::BTreeSet;

declare_rule! {
    /// A variable of the reference is not used in the translation (value or attribute).
    ///
    /// ## Why
    /// The figure or name the variable carries is lost: "{ $count } files" rendered as
    /// "files". A variable used as a selector counts for all its variants, so a translation
    /// may drop `$count` from a `[one]` variant ("one file") without a finding.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// staff = { $staff } customer service staff
    /// # fr
    /// staff = Personnel du service client
    /// ```
    ///
    /// ## Fix
    /// Put the variable back where the sentence needs it. No automatic fix.
    pub static MISSING_VARIABLE = ("missing-variable", Warning, "variables");
}

declare_rule! {
    /// The translation uses a variable the reference message does not have.
    ///
    /// ## Why
    /// The code never passes it, so Fluent shows `{$ur}` (or an error) in the UI. Typos such
    /// as `$ur` for `$url` are the most common real defect, and compare-locales does not see them.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// link = Read more at { $url }
    /// # fr
    /// link = En savoir plus sur { $ur }
    /// ```
    ///
    /// ## Fix
    /// Use the reference's variable name. No automatic fix (the right name is a guess).
    pub static UNKNOWN_VARIABLE = ("unknown-variable", Error, "variables");
}

/// The variables of a reference part (`r`) against those of its translation (`l`).
pub fn compare(sink: &mut Sink, at: &PartRef, r: &[Named], l: &[Named]) {
    let (file, id, attr) = (at.file, at.id, at.attr);
    // Most parts agree: the same variables in the same order (or none at all).
    if r.len() == l.len() && r.iter().zip(l).all(|(a, b)| a.name == b.name) {
        return;
    }
    let rv: BTreeSet<&str> = r.iter().map(|v| v.name.as_str()).collect();
    let lv: BTreeSet<&str> = l.iter().map(|v| v.name.as_str()).collect();
    if rv == lv {
        return;
    }
    let name = part_name(id, attr);
    for missing in rv.difference(&lv) {
        sink.at(
            &MISSING_VARIABLE,
            file,
            at.anchor.clone(),
            Some(id),
            format!("`{name}` does not use the variable `${missing}` of the reference"),
        );
    }
    let mut reported = BTreeSet::new();
    for v in l {
        if !rv.contains(v.name.as_str()) && reported.insert(v.name.as_str()) {
            let hint = closest(&v.name, &rv)
                .map(|c| format!(" (did you mean `${c}`?)"))
                .unwrap_or_default();
            sink.at(
                &UNKNOWN_VARIABLE,
                file,
                v.span.clone(),
                Some(id),
                format!(
                    "`{name}` uses `${}`, which the reference does not have{hint}",
                    v.name
                ),
            );
        }
    }
}

/// The reference variable nearest by edit distance, when close enough to be a typo.
fn closest<'a>(name: &str, candidates: &BTreeSet<&'a str>) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (levenshtein(name, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min()
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use crate::rules::dispatch::file_pair as compare;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Action;
    use crate::rules::Severities;
    use crate::rules::Sink;

    fn run(r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        compare(
            &mut sink,
            &file("en/a.ftl", r),
            &file("fr/a.ftl", l),
            "en",
            &|_| Action::Report(None),
            None,
        );
        sink.out
    }

    #[test]
    fn typo_is_unknown_variable_with_hint() {
        let d = run(
            "link = Read more at { $url }\n",
            "link = Lire la suite sur { $ur }\n",
        );
        assert_eq!(rules_of(&d), vec!["missing-variable", "unknown-variable"]);
        let u = d.iter().find(|d| d.rule == "unknown-variable").unwrap();
        assert!(u.message.contains("did you mean `$url`"));
        assert_eq!(u.start.column, 28);
    }

    #[test]
    fn compared_per_part() {
        let d = run(
            "a = { $n } items\n    .title = For { $user }\n",
            "a = { $n } éléments\n    .title = Pour { $n }\n",
        );
        assert_eq!(rules_of(&d), vec!["missing-variable", "unknown-variable"]);
        assert!(d.iter().all(|d| d.message.contains("a.title")));
    }

    #[test]
    fn selector_counts_for_all_variants() {
        let d = run(
            "f = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n",
            "f = { $n ->\n    [one] un fichier\n   *[other] { $n } fichiers\n}\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
