//! Figures: the numbers a translation states must be the reference's, read with each
//! locale's conventions (`crate::ftl::numbers`).

use super::{declare_rule, part_name, PartFacts, PartRef, Sink};
use crate::ftl::model::Part;
use crate::ftl::numbers::{self, Number, Strictness};
use crate::ftl::visible;
use crate::ftl::SourceFile;

declare_rule! {
    /// A number of the reference is missing from the translation, or changed.
    ///
    /// Numbers are read with each locale's CLDR conventions, so `41,700` (English),
    /// `41.700` (German) and `41 700` (French, with a narrow no-break space) are one value,
    /// as are `92.88%` and `92,88 %`, and `723 million`, `723 millions` and `7,23亿`
    /// (magnitude words from CLDR's compact number data). Ordinals are their number (`4th`,
    /// `4e`, `4.`), digits of any script count (`४१,७००`), numbers inside placeables
    /// (`{ "5" }`) are text, and links, markup and character references are not read.
    /// A translation may keep the source's separators (`1,000` in German): either reading
    /// matches.
    ///
    /// Numbers are compared as sets of values, per value and attribute (`.style` and
    /// `.accesskey` have their own rules). A number written out in words is not a
    /// mismatch: an English reference's number words (`five`, `fourth`, month names)
    /// match the translation's digits, Han and Roman numerals (`一亿`, `MMXXIV`) match the
    /// reference's digits, and a reference number that the translation may well write in
    /// words (a whole number up to 12, a round ten up to 100, 1000, an ordinal such as
    /// `15th`, a decade such as `'90s`, the idiom `24/7`) is not required. Thai years may
    /// be in the Buddhist era (2560 for 2017); a reference's `100 million` is also matched
    /// by a bare `100` (a magnitude word CLDR does not list). So a finding is either a
    /// changed number (the reference's `5` is gone and a `7` appeared) or a reference
    /// figure the translation lacks. A number the translation adds without dropping one is
    /// not reported: translations add "24 h/24" and "1er" on their own. Number words only
    /// stand in for digits; "two decades" translated "20 ans" is not told from a changed
    /// word, so words are never reported as changed.
    ///
    /// ## Why
    /// A report is made of figures; a translator's slip (`5` typed `7`, a dropped
    /// `41,700`) changes what it says in one language only, and no reader of that
    /// language can tell. Xbench, Verifika, Crowdin, Phrase and Lokalise all check this.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// fee = Pay 5 dollars to join.
    /// # fr
    /// fee = Payez 7 dollars pour adhérer.
    /// ```
    /// reports that `fee` has `7` where the reference has `5`.
    ///
    /// ## Fix
    /// Write the reference's number in the locale's format. No automatic fix: which of the
    /// two is right needs a human.
    pub static NUMBER_MISMATCH = ("number-mismatch", Warning, "figures");
}

/// Attributes whose text is not prose: keys and CSS (checked by their own rules).
fn skipped(attr: Option<&str>) -> bool {
    matches!(
        attr,
        Some("style" | "accesskey" | "commandkey" | "key" | "width" | "height")
    )
}

/// Reads the numbers of a part's visible runs, masked ([`visible::Visible::masked`]);
/// spans are file offsets. A run without a digit has no number, so only runs with one
/// are masked and read (all of them when English number words are read too).
pub fn numbers_of(
    vis: &visible::Visible,
    conv: &numbers::Conventions,
    strictness: Strictness,
    english_words: bool,
) -> (Vec<Number>, Vec<Number>) {
    let mut found = Vec::new();
    let mut words = Vec::new();
    for run in &vis.runs {
        let Some(raw) = vis.raw(run) else {
            continue;
        };
        let digits = any_digit(raw);
        if !digits && !english_words {
            continue;
        }
        let masked = vis.masked(run);
        let text = masked.as_deref().unwrap_or(raw);
        if digits {
            for mut n in numbers::scan(text, conv, strictness) {
                n.span = run.span.start + n.span.start..run.span.start + n.span.end;
                found.push(n);
            }
        }
        if english_words {
            for mut n in numbers::english_words(text) {
                n.span = run.span.start + n.span.start..run.span.start + n.span.end;
                words.push(n);
            }
        }
    }
    (found, words)
}

/// Numbers written as Han or Roman numerals in a translation's runs ("一亿", "MMXXIV"):
/// they stand in for digits.
fn numeral_words(vis: &visible::Visible) -> Vec<Number> {
    let mut out = Vec::new();
    for run in &vis.runs {
        let Some(raw) = vis.raw(run) else {
            continue;
        };
        let masked = vis.masked(run);
        let text = masked.as_deref().unwrap_or(raw);
        let mut found = numbers::roman_numerals(text);
        if !text.is_ascii() {
            found.extend(numbers::han_numerals(text));
        }
        for mut n in found {
            n.span = run.span.start + n.span.start..run.span.start + n.span.end;
            out.push(n);
        }
    }
    out
}

/// True when `text` has a digit of any script: the test every part pair starts with.
fn any_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || (!text.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && numbers::digit(c).is_some()))
}

fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// How a number is named in messages: as written ("41,700", "92.88%").
fn written(file: &SourceFile, n: &Number) -> String {
    file.text
        .get(n.span.clone())
        .unwrap_or("")
        .trim()
        .to_string()
}

/// A reference number that a translation may write in words: a whole number up to 12, a
/// round ten up to 100, a thousand, an ordinal ("15th": "quindicesimo").
fn may_be_words(n: &Number) -> bool {
    let round = |v: u64| v <= 12 || (v <= 100 && v.is_multiple_of(10)) || v == 1000;
    !n.percent && (n.glued || n.integer().is_some_and(round))
}

/// Part `r` of `reference` against part `l` of the translation (`at.file`).
pub fn compare(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    reference_locale: &str,
    r: &Part,
    l: &Part,
    facts: Option<&PartFacts>,
) {
    if !sink.enabled(&NUMBER_MISMATCH) || skipped(at.attr) {
        return;
    }
    let file = at.file;
    let read = || {
        // Only a reference number can go missing or change: most parts have none. (The
        // test reads the part's code too, `[1]` and `minimumFractionDigits: 2`: a cheap
        // superset.)
        if !reference.text.get(r.source.clone()).is_some_and(any_digit) {
            return Vec::new();
        }
        let rconv = numbers::conventions(reference_locale);
        let rvis = visible::Visible::new(reference, r);
        numbers_of(&rvis, &rconv, Strictness::Strict, false).0
    };
    let local;
    let rnums: &[Number] = match facts {
        Some(facts) => facts.numbers.get_or_init(read),
        None => {
            local = read();
            &local
        }
    };
    if rnums.is_empty() {
        return;
    }
    let lvis = visible::Visible::new(file, l);
    let lconv = numbers::conventions(sink.locale);
    let (lnums, _) = numbers_of(&lvis, &lconv, Strictness::Lenient, false);
    // Distinct values: "5 and 5" is one figure; plural variants repeat theirs.
    let (rnums, lnums) = (distinct(rnums), distinct(&lnums));
    let mut lost = unmatched(&rnums, &lnums);
    if lost.is_empty() {
        return;
    }
    // Words, read only when a number is unaccounted for: Han and Roman numerals of the
    // translation stand in for lost digits, English number words of the reference for
    // added ones.
    let lwords = numeral_words(&lvis);
    lost.retain(|n| !lwords.iter().any(|m| m.same_value(n)));
    let mut added = unmatched(&lnums, &rnums);
    if !added.is_empty() && language(reference_locale).eq_ignore_ascii_case("en") {
        let rconv = numbers::conventions(reference_locale);
        let rvis = visible::Visible::new(reference, r);
        let (_, rwords) = numbers_of(&rvis, &rconv, Strictness::Strict, true);
        added.retain(|n| !rwords.iter().any(|w| w.same_value(n)));
    }
    report(sink, at, reference, lost, &added);
}

/// Distinct values: "5 and 5" is one figure; plural variants repeat theirs.
/// The numbers of `ns` with no value among `others`.
fn unmatched<'n>(ns: &[&'n Number], others: &[&Number]) -> Vec<&'n Number> {
    ns.iter()
        .copied()
        .filter(|n| !others.iter().any(|m| m.same_value(n)))
        .collect()
}

/// `number-mismatch`: numbers changed (the translation's `added` where the reference
/// has `lost` ones), else reference numbers lost. Numbers a translation may well not
/// write in digits are not reported lost.
fn report(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    lost: Vec<&Number>,
    added: &[&Number],
) {
    let file = at.file;
    let name = part_name(at.id, at.attr);
    let list = |f: &SourceFile, ns: &[&Number]| {
        ns.iter()
            .map(|n| format!("`{}`", written(f, n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lost: Vec<&Number> = lost.into_iter().filter(|n| !n.optional).collect();
    if !added.is_empty() && !lost.is_empty() {
        sink.at(
            &NUMBER_MISMATCH,
            file,
            added[0].span.clone(),
            Some(at.id),
            format!(
                "`{name}` has {} where the reference has {}",
                list(file, added),
                list(reference, &lost)
            ),
        );
        return;
    }
    let lost: Vec<&Number> = lost.into_iter().filter(|n| !may_be_words(n)).collect();
    if !lost.is_empty() {
        sink.at(
            &NUMBER_MISMATCH,
            file,
            at.anchor.clone(),
            Some(at.id),
            format!(
                "`{name}` lacks the reference's {} {}",
                if lost.len() == 1 { "number" } else { "numbers" },
                list(reference, &lost)
            ),
        );
    }
}

/// Distinct values, each at its first occurrence.
fn distinct(ns: &[Number]) -> Vec<&Number> {
    let mut out: Vec<&Number> = Vec::new();
    for n in ns {
        if !out.iter().any(|m| m.same_value(n)) {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::testutil::pair_findings;

    use crate::rules::testutil::rules_of;

    fn run(locale: &str, r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        pair_findings(locale, "en", r, l, &["number-mismatch"])
    }

    #[test]
    fn a_changed_number_is_named() {
        let d = run("fr", "fee = Pay 5 dollars\n", "fee = Payez 7 dollars\n");
        assert_eq!(rules_of(&d), ["number-mismatch"]);
        assert_eq!(d[0].message, "`fee` has `7` where the reference has `5`");
        assert_eq!(d[0].start.column, 13);
    }

    #[test]
    fn localized_numbers_are_the_same_figures() {
        let r = "a = 41,700 staff, down 4.79%, 723 million calls, the 4th year, 92.88%\n";
        for (locale, l) in [
            ("fr", "a = 41\u{202f}700 agents, en baisse de 4,79\u{a0}%, 723 millions d’appels, la 4e année, 92,88 %\n"),
            ("de", "a = 41.700 Mitarbeiter, minus 4,79 %, 723 Millionen Anrufe, im 4. Jahr, 92,88 %\n"),
            ("zh-CN", "a = 41,700名员工，下降4.79%，7.23亿通电话，第4年，92.88%\n"),
            ("ja", "a = 職員41,700人、4.79%減、7億2300万件、4年目、92.88%\n"),
            ("id", "a = 41.700 petugas, turun 4,79%, 723 juta panggilan, tahun ke-4, 92,88%\n"),
        ] {
            let d = run(locale, r, l);
            assert!(d.is_empty(), "{locale}: {d:?}");
        }
    }

    #[test]
    fn a_dropped_figure_is_reported_small_numbers_may_be_words() {
        let d = run("fr", "a = 41,700 staff\n", "a = Le personnel\n");
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message
                .contains("lacks the reference's number `41,700`"),
            "{}",
            d[0].message
        );
        assert!(run(
            "fr",
            "a = Pick 3 plans\n",
            "a = Choisissez trois forfaits\n"
        )
        .is_empty());
        // An English number word matches the translation's digits.
        assert!(run("fr", "a = For the fourth year\n", "a = Pour la 4e année\n").is_empty());
        // Number words only stand in for digits: a word that became another number is
        // not told from a word used otherwise ("two decades" for "20 ans").
        assert!(run("fr", "a = For two decades\n", "a = Pendant 20 ans\n").is_empty());
        assert!(run(
            "fr",
            "a = Pick one of 3 plans\n",
            "a = L’un des 3 forfaits, 24 h/24\n"
        )
        .is_empty());
    }

    #[test]
    fn code_links_and_placeables() {
        // Numbers in URLs, tags, entities and named arguments are not figures; literals are.
        let r = "a = See <a href=\"https://x.org/2023\">the { NUMBER($n, minimumFractionDigits: 2) } report</a>&#160;{ \"5\" }\n";
        let l = "a = Voir <a href=\"https://x.org/2024\">le rapport { NUMBER($n, minimumFractionDigits: 3) }</a>&#8239;{ \"5\" }\n";
        assert!(run("fr", r, l).is_empty());
        let d = run("fr", "a = { \"5\" } items\n", "a = { \"6\" } éléments\n");
        assert_eq!(d.len(), 1);
        // Variant keys are not numbers; `.style` is left to its rule.
        let d = run(
            "fr",
            "a = { $n ->\n    [1] one item\n   *[other] many\n}\n    .style = width: 20em\n",
            "a = { $n ->\n    [1] un élément\n   *[other] plusieurs\n}\n    .style = width: 24em\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
