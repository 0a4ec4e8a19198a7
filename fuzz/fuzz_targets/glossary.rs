//! `glossary`: glossary files in every format, then the matcher and the writers.
//!
//! Byte 0 picks the reader: 0 `.tbx`, 1 `.csv`, 2 `.tsv`, 3 `.txt` (content sniffed) through
//! `glossary::detect::read_any(path, bytes)`; 4 `.toml` through `glossary::canonical::read`.
//! A glossary that reads (and whose terms pass `validate_term`, as `glossary::load`
//! requires) is then (a) compiled into a matcher for several locales and
//! matched against a text made of its own terms, and (b) written in every exchange format
//! and read back: the writers promise to keep every field, so the read-back must succeed
//! and equal the original (an inequality is a finding, reported as a panic).
#![no_main]

use glossator::glossary::{canonical, csv, detect, tbx, Glossary, LocaleMatcher};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const MATCH_LOCALES: [&str; 8] = ["en", "ru", "de", "ko", "zh-CN", "fi", "el", "tr"];

fn matchers(g: &Glossary) {
    let mut text = String::from("Remote banking grew 5% in 2023; the customer service center ");
    for c in &g.concepts {
        for t in &c.terms {
            text.push_str(&t.text);
            text.push_str(" (");
            text.push_str(&t.text.to_uppercase());
            text.push_str("), ");
        }
    }
    let mut locales: Vec<&str> = MATCH_LOCALES.to_vec();
    for c in &g.concepts {
        for t in &c.terms {
            if locales.len() < 12 && !locales.contains(&t.locale.as_str()) {
                locales.push(&t.locale);
            }
        }
    }
    // Segments: the whole text, and a split in the middle (on a char boundary).
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid -= 1;
    }
    let segments = [0..mid, mid..text.len()];
    for l in locales {
        let m = LocaleMatcher::new(g, l);
        for found in m.find(&text, &segments) {
            // Matches are byte ranges of `text` on char boundaries.
            assert!(found.range.start <= found.range.end && found.range.end <= text.len());
            assert!(text.is_char_boundary(found.range.start));
            assert!(text.is_char_boundary(found.range.end));
        }
        let _ = m.find_all(&text, &segments[..1]);
    }
}

fn roundtrip(g: &Glossary) {
    for v in [tbx::TbxVersion::V2, tbx::TbxVersion::V3] {
        if let Ok(x) = tbx::write_tbx_version(g, v) {
            let back = tbx::read_tbx(x.as_bytes()).unwrap_or_else(|e| {
                panic!("TBX {v:?} written by glossator does not read back: {e}\n{x}")
            });
            assert_eq!(&back, g, "TBX {v:?} round trip changed the glossary\n{x}");
        }
    }
    for d in [b',', b'\t'] {
        if let Ok(s) = csv::write_csv(g, d) {
            let back = csv::read_csv(s.as_bytes(), Some(d), None, None).unwrap_or_else(|e| {
                panic!(
                    "CSV ({:?}) written by glossator does not read back: {e}\n{s}",
                    d as char
                )
            });
            assert_eq!(
                &back, g,
                "CSV ({:?}) round trip changed the glossary\n{s}",
                d as char
            );
        }
    }
    // The canonical TOML validates terms; only a glossary whose terms all pass is expected
    // to read back.
    let valid = g.concepts.iter().all(|c| {
        c.terms
            .iter()
            .all(|t| glossator::glossary::validate_term(t).is_ok())
    });
    let ids_unique = {
        let mut ids: Vec<&str> = g.concepts.iter().map(|c| c.id.as_str()).collect();
        ids.sort();
        ids.windows(2).all(|w| w[0] != w[1])
    };
    if valid && ids_unique {
        let t = canonical::write(g);
        if let Err(e) = canonical::read(Path::new("g.toml"), &t) {
            panic!("TOML written by glossator does not read back: {e}\n{t}");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let g = match mode % 5 {
        4 => {
            let Ok(text) = std::str::from_utf8(bytes) else {
                return;
            };
            match canonical::read(Path::new("g.toml"), text) {
                Ok(g) => g,
                Err(e) => {
                    let _ = e.to_string();
                    return;
                }
            }
        }
        m => {
            let name = ["g.tbx", "g.csv", "g.tsv", "g.txt"][m as usize];
            match detect::read_any(Path::new(name), bytes) {
                Ok(g) => g,
                Err(e) => {
                    let _ = e.to_string();
                    return;
                }
            }
        }
    };
    // `glossary::load` refuses a glossary with an invalid term before any matcher is built.
    let valid = g.concepts.iter().all(|c| {
        c.terms
            .iter()
            .all(|t| glossator::glossary::validate_term(t).is_ok())
    });
    if valid {
        matchers(&g);
    }
    roundtrip(&g);
    for f in ["tbx", "csv", "tsv", "toml"] {
        let _ = glossator::glossary::export(&g, f);
    }
});
