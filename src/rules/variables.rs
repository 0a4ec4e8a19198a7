//! Rules comparing the variables of a translation with the reference, part by part.

use super::{and_list, declare_rule, pair_up, part_name, PartRef, Sink};
use crate::ftl::model::Named;
use std::collections::BTreeSet;

declare_rule! {
    /// A variable of the reference is not used in the translation (value or attribute).
    ///
    /// ## Why
    /// The figure or name the variable carries is lost: "{ $count } files" rendered as
    /// "files". A variable used as a selector counts for all its variants, so a translation
    /// may drop `$count` from a `[one]` variant ("one file") without a finding. One finding
    /// per value or attribute names every variable it drops; a variable replaced by another
    /// (`$username` for `$userName`) is `unknown-variable`'s finding alone.
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
    /// When the translation lacks a variable of the reference that this one stands for (a
    /// close name, or the only one missing beside the only unknown one), the help names it
    /// ("did you mean `$url`?") and no `missing-variable` finding repeats it.
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

/// The variables of a reference part (`r`) against those of its translation (`l`). A
/// variable the translation uses instead of a missing one (a typo, a translated name) is
/// one finding, `unknown-variable`, that names the missing one; the other missing ones are
/// one `missing-variable` finding for the part.
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
    let missing: Vec<&str> = rv.difference(&lv).copied().collect();
    // Each unknown variable once, at its first use.
    let mut unknown: Vec<&Named> = Vec::new();
    for v in l {
        if !rv.contains(v.name.as_str()) && !unknown.iter().any(|u| u.name == v.name) {
            unknown.push(v);
        }
    }
    let names: Vec<&str> = unknown.iter().map(|v| v.name.as_str()).collect();
    let pairs = pair_up(&missing, &names);
    let mut explained = vec![false; missing.len()];
    for (v, pair) in unknown.iter().zip(&pairs) {
        let Some(d) = sink.at(
            &UNKNOWN_VARIABLE,
            file,
            v.span.clone(),
            Some(id),
            format!(
                "`{name}` uses `${}`, which the reference does not have",
                v.name
            ),
        ) else {
            continue;
        };
        match pair {
            Some((j, close)) => {
                explained[*j] = true;
                let m = missing[*j];
                d.help(if *close {
                    format!("did you mean `${m}`? The reference uses it, this translation does not")
                } else {
                    format!("the reference uses `${m}` here, which this translation does not: use the reference's name")
                });
            }
            None => {
                d.help("the code never passes it, so the text shows it raw: remove it or use one of the reference's variables");
            }
        }
    }
    let left: Vec<String> = missing
        .iter()
        .zip(&explained)
        .filter(|(_, e)| !**e)
        .map(|(m, _)| format!("`${m}`"))
        .collect();
    if !left.is_empty() {
        let them = if left.len() == 1 { "it" } else { "them" };
        if let Some(d) = sink.at(
            &MISSING_VARIABLE,
            file,
            at.anchor.clone(),
            Some(id),
            format!(
                "`{name}` leaves out {} (the reference uses {them})",
                and_list(&left)
            ),
        ) {
            d.help(format!(
                "put {them} back where the sentence needs {them}: the figure or name is lost otherwise"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testutil::pair_findings;

    use crate::rules::testutil::rules_of;

    fn run(r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        pair_findings("fr", "en", r, l, &[])
    }

    #[test]
    fn typo_is_one_unknown_variable_naming_the_missing_one() {
        let d = run(
            "link = Read more at { $url }\n",
            "link = Lire la suite sur { $ur }\n",
        );
        assert_eq!(rules_of(&d), vec!["unknown-variable"]);
        assert_eq!(
            d[0].message,
            "`link` uses `$ur`, which the reference does not have"
        );
        assert_eq!(
            d[0].help.as_deref(),
            Some("did you mean `$url`? The reference uses it, this translation does not")
        );
        assert_eq!(d[0].start.column, 28);
        // A case slip is a typo too.
        let d = run("w = Hi { $userName }\n", "w = Salut { $username }\n");
        assert_eq!(rules_of(&d), vec!["unknown-variable"]);
        assert!(d[0]
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("`$userName`"));
    }

    #[test]
    fn renamed_variable_is_one_finding_and_the_rest_one_more() {
        // One missing, one unknown, far apart: a renamed variable, one finding.
        let d = run("a = { $count } files\n", "a = { $nombre } fichiers\n");
        assert_eq!(rules_of(&d), vec!["unknown-variable"]);
        assert!(d[0]
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("`$count` here"));
        // Two missing, no unknown: one finding naming both.
        let d = run("a = { $n } of { $total } by { $user }\n", "a = { $user }\n");
        assert_eq!(rules_of(&d), vec!["missing-variable"]);
        assert_eq!(
            d[0].message,
            "`a` leaves out `$n` and `$total` (the reference uses them)"
        );
        // A typo and an unrelated missing one: the typo is named, the other is missing.
        let d = run("a = { $url } { $count }\n", "a = { $ur }\n");
        assert_eq!(rules_of(&d), vec!["missing-variable", "unknown-variable"]);
        assert!(d.iter().any(|d| d.message.contains("leaves out `$count`")));
    }

    #[test]
    fn compared_per_part() {
        let d = run(
            "a = { $n } items\n    .title = For { $user }\n",
            "a = { $n } éléments\n    .title = Pour { $n }\n",
        );
        assert_eq!(rules_of(&d), vec!["unknown-variable"]);
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
