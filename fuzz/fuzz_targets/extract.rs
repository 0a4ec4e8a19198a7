//! `extract`: report text through `extract::extract`, the writers and the merge.
//!
//! Byte 0: bits 0-3 pick the locale (supported, unsupported and invalid tags); bit 7
//! switches to "existing files" mode. The rest (as UTF-8, lossily) is the report.
//!
//! Normal mode checks what the module documents: `write_ftl` output parses without
//! junk; merging an extraction into its own output succeeds and changes nothing (two
//! runs give byte-identical files); merging into nothing succeeds. (Control characters in a
//! report broke re-runs: found here, fixed in 849a20c;
//! `hostile::extract_rerun_is_stable_with_control_characters`.)
//! Existing-files mode splits the rest at the first 0xFF into report and an arbitrary
//! existing FTL file, and merges into it: errors are fine, panics and crashes are not.
#![no_main]

use glossator::extract::{extract, merge, write_figures, write_ftl};
use libfuzzer_sys::fuzz_target;

const LOCALES: [&str; 16] = [
    "id",
    "en",
    "fr",
    "de",
    "ru",
    "zh-CN",
    "ja",
    "ko",
    "es",
    "pt",
    "it",
    "el",
    "fi",
    "sa",
    "xx",
    "not a locale",
];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let locale = LOCALES[(flags & 0x0f) as usize];
    if flags & 0x80 != 0 {
        let mut parts = rest.splitn(2, |&b| b == 0xff);
        let report = String::from_utf8_lossy(parts.next().unwrap_or_default());
        let existing = String::from_utf8_lossy(parts.next().unwrap_or_default());
        let ex = extract(&report, locale);
        let _ = merge(Some(&existing), None, &ex, "report.txt");
        let _ = merge(None, Some(&existing), &ex, "report.txt");
        return;
    }
    let text = String::from_utf8_lossy(rest);
    let ex = extract(&text, locale);
    let again = extract(&text, locale);
    assert_eq!(ex, again, "extract is not deterministic");
    let ftl = write_ftl(&ex, "report.txt");
    let figures = write_figures(&ex, "report.txt");
    let parsed = glossator::ftl::SourceFile::from_bytes(
        "out.ftl".into(),
        "out.ftl",
        ftl.clone().into_bytes(),
    );
    assert!(
        parsed.unparsed.is_none() && parsed.model.syntax.is_empty(),
        "write_ftl output does not parse: {:?}\n{ftl}",
        parsed.model.syntax
    );
    let fresh = merge(None, None, &ex, "report.txt")
        .unwrap_or_else(|e| panic!("merge into nothing failed: {e}\n{ftl}"));
    let merged = merge(Some(&fresh.ftl), Some(&fresh.figures), &ex, "report.txt")
        .unwrap_or_else(|e| panic!("merge into its own output failed: {e}\n{}", fresh.ftl));
    assert_eq!(merged.ftl, fresh.ftl, "re-running extract changed the FTL");
    assert_eq!(
        merged.figures, fresh.figures,
        "re-running extract changed the figures"
    );
    let _ = figures;
});
