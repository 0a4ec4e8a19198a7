//! Cleanup of imported termbases (TBX, CSV). Translators write what a termbase tool shows
//! them: several synonyms in one term ("šifrovat, zašifrovat"), optional parts in
//! parentheses ("(za)útočit", "gevoelig(e)", "Identifizierung (Fingerprinter)"), word
//! alternatives with a slash ("mylné/chybné informace"), notes ("(řidč.)", "... (v.
//! contextul)"). As written, none of them ever matches a text. Each becomes the terms it
//! stands for; what is a flaw of the termbase (several terms in one, a note, an ellipsis,
//! no letters) is recorded once as a [`Defect`], for the termbase's maintainers.

use super::model::{Defect, Glossary, Status, Term};

/// Most variants one written term expands to (optional parts and slashes multiply).
const MAX_VARIANTS: usize = 8;

/// What one written term stands for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Expansion {
    /// The terms, the main one first.
    pub terms: Vec<String>,
    /// Flaws of the written form, if any.
    pub defects: Vec<String>,
}

/// Splits and expands every term of `g`; records defects with `path`.
pub fn clean(g: &mut Glossary, path: &str) {
    for c in &mut g.concepts {
        let mut terms: Vec<Term> = Vec::with_capacity(c.terms.len());
        for t in std::mem::take(&mut c.terms) {
            // Patterns and their literal texts are the glossary author's own: left alone.
            if t.pattern.is_some() {
                terms.push(t);
                continue;
            }
            let x = expand(&t.text);
            if !x.defects.is_empty() {
                let matched = if x.terms.is_empty() {
                    "not matched".to_string()
                } else {
                    format!(
                        "matched as {}",
                        x.terms
                            .iter()
                            .map(|v| format!("`{v}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                g.defects.push(Defect {
                    path: path.to_string(),
                    concept: c.id.clone(),
                    locale: t.locale.clone(),
                    term: t.text.clone(),
                    message: format!("{}: {matched}", x.defects.join("; ")),
                });
            }
            // The first term is the one written first; the others are variants beside it
            // (admitted: using them is not an inconsistency).
            for (k, v) in x.terms.into_iter().enumerate() {
                let status = if k > 0 && t.status == Status::Preferred {
                    Status::Admitted
                } else {
                    t.status
                };
                if !terms
                    .iter()
                    .any(|o| o.locale == t.locale && o.text == v && o.status == status)
                {
                    terms.push(Term {
                        text: v,
                        status,
                        ..t.clone()
                    });
                }
            }
        }
        c.terms = terms;
    }
}

/// The terms `text` stands for.
pub fn expand(text: &str) -> Expansion {
    let mut x = Expansion::default();
    let normalized = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts = split_top_level(&normalized);
    if parts.len() > 1 {
        let sep = if normalized.contains(';') { ";" } else { "," };
        x.defects
            .push(format!("holds {} terms separated by `{sep}`", parts.len()));
    }
    for part in parts {
        for v in expand_slashes(&expand_parentheses(part.trim(), &mut x.defects)) {
            let mut v = v.split_whitespace().collect::<Vec<_>>().join(" ");
            for dots in ["...", "…"] {
                if let Some(stripped) = v.strip_suffix(dots) {
                    x.defects.push("ends with an ellipsis".into());
                    v = stripped.trim().to_string();
                }
            }
            if v.contains("...") || v.contains('…') {
                x.defects.push(format!(
                    "`{v}` has an ellipsis (a term in pieces), which no text matches"
                ));
                continue;
            }
            if !v.chars().any(char::is_alphanumeric) {
                continue;
            }
            if !x.terms.contains(&v) && x.terms.len() < MAX_VARIANTS * 2 {
                x.terms.push(v);
            }
        }
    }
    x.defects.dedup();
    if x.terms.is_empty() && !normalized.is_empty() && x.defects.is_empty() {
        x.defects.push("has no letters or digits".into());
    }
    if normalized.is_empty() {
        x.defects.push("is empty".into());
    }
    x
}

/// Splits at commas and semicolons outside parentheses.
fn split_top_level(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Expands parenthesized parts: attached to a word they are optional letters
/// ("(za)útočit" → útočit, zaútočit); standing apart they are optional words or, when a
/// single word at the end, an alternative ("Identifizierung (Fingerprinter)" →
/// Identifizierung, Identifizierung Fingerprinter, Fingerprinter); notes ("(řidč.)",
/// "(v. contextul)") are dropped and reported.
fn expand_parentheses(s: &str, defects: &mut Vec<String>) -> Vec<String> {
    let Some(open) = s.find('(') else {
        return vec![s.to_string()];
    };
    let Some(close) = s[open..].find(')').map(|c| open + c) else {
        // An unbalanced parenthesis: the text without it.
        return vec![s.replace('(', "")];
    };
    let (before, inner, after) = (&s[..open], &s[open + 1..close], &s[close + 1..]);
    let attached = before.chars().next_back().is_some_and(char::is_alphabetic)
        || after.chars().next().is_some_and(char::is_alphabetic);
    let rests = expand_parentheses(after, defects);
    let mut out = Vec::new();
    let mut push = |v: String| {
        if out.len() < MAX_VARIANTS && !out.contains(&v) {
            out.push(v);
        }
    };
    let is_note = inner.contains('.') || inner.trim().is_empty();
    for rest in &rests {
        push(format!("{before}{rest}"));
    }
    if is_note {
        defects.push(format!("has a note in parentheses `({inner})`"));
        return out;
    }
    for rest in &rests {
        push(format!("{before}{inner}{rest}"));
    }
    let single_word =
        !inner.trim().contains(' ') && inner.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if !attached && single_word && after.trim().is_empty() && !before.trim().is_empty() {
        push(inner.trim().to_string());
    }
    out
}

/// Expands word alternatives written with a slash ("šifrovací metoda/algoritmus").
fn expand_slashes(variants: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in variants {
        let mut acc: Vec<String> = vec![String::new()];
        for (k, word) in v.split(' ').enumerate() {
            let alts: Vec<&str> = word.split('/').collect();
            let alternatives = alts.len() > 1
                && alts.iter().all(|a| {
                    a.chars().count() >= 2
                        && a.chars().all(char::is_alphabetic)
                        && a.chars().any(char::is_lowercase)
                });
            let choices: Vec<&str> = if alternatives { alts } else { vec![word] };
            let mut next = Vec::new();
            for a in &acc {
                for c in &choices {
                    if next.len() < MAX_VARIANTS {
                        next.push(if k == 0 {
                            c.to_string()
                        } else {
                            format!("{a} {c}")
                        });
                    }
                }
            }
            acc = next;
        }
        for a in acc {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        expand(s).terms
    }

    #[test]
    fn synonyms_split_and_are_reported() {
        let x = expand("šifrovat, zašifrovat");
        assert_eq!(x.terms, ["šifrovat", "zašifrovat"]);
        assert_eq!(x.defects, ["holds 2 terms separated by `,`"]);
        assert_eq!(
            terms("meld u aan (gebiedende wijs); aanmelden (werkwoord)"),
            [
                "meld u aan",
                "meld u aan gebiedende wijs",
                "aanmelden",
                "aanmelden werkwoord",
                "werkwoord"
            ]
        );
        // A plain term is neither split nor reported.
        let x = expand("Enhanced Tracking Protection ");
        assert_eq!(x.terms, ["Enhanced Tracking Protection"]);
        assert!(x.defects.is_empty());
    }

    #[test]
    fn optional_parts_expand() {
        assert_eq!(terms("(za)útočit"), ["útočit", "zaútočit"]);
        assert_eq!(terms("ne(za)šifrovaný"), ["nešifrovaný", "nezašifrovaný"]);
        assert_eq!(terms("gevoelig(e)"), ["gevoelig", "gevoelige"]);
        assert_eq!(
            terms("Heimliche Digitalwährungsberechner (Krypto-Miner)"),
            [
                "Heimliche Digitalwährungsberechner",
                "Heimliche Digitalwährungsberechner Krypto-Miner",
                "Krypto-Miner"
            ]
        );
        assert_eq!(
            terms("obnovovací klíč (k účtu), klíč pro obnovení účtu"),
            [
                "obnovovací klíč",
                "obnovovací klíč k účtu",
                "klíč pro obnovení účtu"
            ]
        );
        // No parenthesis inside a word is left: "(cu) sursă deschisă".
        assert_eq!(
            terms("(cu) sursă deschisă"),
            ["sursă deschisă", "cu sursă deschisă"]
        );
    }

    #[test]
    fn notes_slashes_and_ellipses() {
        let x = expand(
            "mylné/chybné/nesprávné/špatné informace, zkreslené/nepřesné informace, (řidč.) dezinformace",
        );
        assert_eq!(
            x.terms,
            [
                "mylné informace",
                "chybné informace",
                "nesprávné informace",
                "špatné informace",
                "zkreslené informace",
                "nepřesné informace",
                "dezinformace"
            ]
        );
        assert!(x
            .defects
            .contains(&"has a note in parentheses `(řidč.)`".to_string()));
        let x = expand("a suprascrie, substitui, supraregla, înlocui...\n(v. contextul)");
        assert_eq!(
            x.terms,
            ["a suprascrie", "substitui", "supraregla", "înlocui"]
        );
        let x = expand("anstatt ... Verwenden");
        assert!(x.terms.is_empty());
        assert!(x.defects[0].contains("ellipsis"), "{:?}", x.defects);
        let x = expand("-");
        assert!(x.terms.is_empty());
        assert_eq!(x.defects, ["has no letters or digits"]);
        // TCP/IP is not two words.
        assert_eq!(terms("TCP/IP"), ["TCP/IP"]);
    }
}
