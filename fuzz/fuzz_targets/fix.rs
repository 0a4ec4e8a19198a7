//! `fix`: any text and any set of edits through `fix::apply_edits`.
//!
//! The documented contract: edits are byte ranges of the text, applied in order, and
//! an edit that overlaps an earlier one (or is out of bounds, or splits a character) is
//! skipped. The target checks it against an independent model: no panic; the applied
//! count and the output are the model's; every byte outside the applied edits is kept
//! in order (so the output is the text's unedited gaps and the replacements, nothing
//! duplicated, nothing lost); no edits means the text unchanged. An edit whose range is
//! reversed (`start > end`) is not a byte range of the text: the model skips it.
#![no_main]

use arbitrary::Arbitrary;
use glossator::diagnostic::Edit;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    edits: Vec<(u16, u16, String)>,
    /// Also try edits with raw (possibly huge or reversed) bounds. (Reversed ranges were
    /// applied, duplicating bytes: found here, fixed in 8282c55;
    /// `hostile::fix_apply_edits_skips_reversed_range`.)
    wild: Vec<(usize, usize)>,
}

/// The model: which edits are applied (indices into the sorted list), and the output.
fn model(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut kept: Vec<&Edit> = Vec::new();
    let mut end = 0usize;
    for e in sorted {
        let valid = e.range.start <= e.range.end
            && e.range.end <= text.len()
            && text.is_char_boundary(e.range.start)
            && text.is_char_boundary(e.range.end)
            && e.range.start >= end;
        if valid {
            end = e.range.end;
            kept.push(e);
        }
    }
    let mut out = String::new();
    let mut pos = 0;
    for e in &kept {
        out.push_str(&text[pos..e.range.start]);
        out.push_str(&e.replacement);
        pos = e.range.end;
    }
    out.push_str(&text[pos..]);
    (out, kept.len())
}

fuzz_target!(|input: Input| {
    let len = input.text.len();
    let mut edits: Vec<Edit> = input
        .edits
        .iter()
        .map(|(a, b, r)| {
            // Mostly in bounds, sometimes just past the end.
            let m = len + 2;
            let (a, b) = (*a as usize % m, *b as usize % m);
            Edit {
                range: a.min(b)..a.max(b),
                replacement: r.clone(),
            }
        })
        .collect();
    edits.extend(input.wild.iter().map(|&(a, b)| Edit {
        range: a..b,
        replacement: String::from("W"),
    }));
    let (out, applied) = glossator::fix::apply_edits(&input.text, &edits);
    if edits.is_empty() {
        assert_eq!(out, input.text);
        assert_eq!(applied, 0);
    }
    let (want, n) = model(&input.text, &edits);
    assert_eq!(
        applied, n,
        "applied count differs from the model; edits {edits:?}"
    );
    assert_eq!(
        out, want,
        "output differs from the model (bytes outside edits changed); text {:?} edits {edits:?}",
        input.text
    );
});
