use super::super::detect::{detect_format, read_any, read_any_with, Format, ReadOptions};
use super::super::error::FormatError;
use std::path::Path;

fn fmt(name: &str, content: &str) -> Result<Format, FormatError> {
    detect_format(Path::new(name), content.as_bytes(), None)
}

#[test]
fn content_decides_before_extension() {
    let v2 = "<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif type=\"TBX\"/>";
    assert_eq!(fmt("a.csv", v2).ok(), Some(Format::TbxV2));
    assert_eq!(
        fmt("a", "\u{FEFF}  <tbx type=\"TBX-Basic\"/>").ok(),
        Some(Format::TbxV3)
    );
    assert_eq!(
        fmt(
            "a.tbx",
            "<tbx:tbx xmlns:tbx=\"urn:iso:std:iso:30042:ed-2\"/>"
        )
        .ok(),
        Some(Format::TbxV3)
    );
    assert_eq!(
        fmt("a.tsv", "concept,locale,term").ok(),
        Some(Format::Csv(b'\t'))
    );
    assert_eq!(
        fmt("a.csv", "concept\tlocale\tterm").ok(),
        Some(Format::Csv(b','))
    );
    assert_eq!(
        fmt("a.csv", "concept;locale;term").ok(),
        Some(Format::Csv(b';'))
    );
    assert_eq!(
        fmt("a.txt", "concept\tlocale\tterm").ok(),
        Some(Format::Csv(b'\t'))
    );
    assert_eq!(fmt("a", "\"a,b\";c;d\n").ok(), Some(Format::Csv(b';')));
    assert_eq!(
        detect_format(Path::new("a.csv"), b"x\ty", Some(b'\t')).ok(),
        Some(Format::Csv(b'\t'))
    );
}

#[test]
fn unsupported_inputs() {
    assert!(matches!(
        fmt("banking.toml", "[glossary]\nname = \"x\""),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        fmt("banking.TOML", "anything"),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        fmt("g.txt", "# comment\n\n[glossary]\nname = \"x\""),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        fmt("g.xlsx", ""),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        detect_format(Path::new("g"), b"PK\x03\x04rest", None),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        fmt("g.tmx", "<tmx version=\"1.4\"/>"),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        fmt("g.tbx", "term,locale"),
        Err(FormatError::Malformed {
            line: 1,
            column: 1,
            ..
        })
    ));
    // The real banking.toml.
    let toml = std::fs::read(super::manifest_dir().join("testdata/banking.toml"))
        .or_else(|_| std::fs::read(super::manifest_dir().join("glossary/banking.toml")))
        .expect("banking.toml");
    assert!(matches!(
        read_any(Path::new("banking.toml"), &toml),
        Err(FormatError::Unsupported(_))
    ));
    assert!(matches!(
        read_any(Path::new("banking"), &toml),
        Err(FormatError::Unsupported(_))
    ));
}

#[test]
fn read_any_passes_locales_to_bilingual_csv() {
    let csv = b"source,target\nbank,pankki\n";
    assert!(matches!(
        read_any(Path::new("g.csv"), csv),
        Err(FormatError::MissingLocale(_))
    ));
    let opts = ReadOptions {
        source_locale: Some("en".into()),
        target_locale: Some("fi".into()),
        delimiter: None,
    };
    let g = read_any_with(Path::new("g.csv"), csv, &opts).expect("read");
    assert_eq!(g.concepts[0].terms[1].locale, "fi");
}

#[test]
fn mozilla_file_through_read_any() {
    let Some(dir) = super::mozilla_dir("mozilla_file_through_read_any") else {
        return;
    };
    let p = dir.join("fr.tbx");
    let bytes = std::fs::read(&p).expect("fr.tbx");
    let g = read_any(&p, &bytes).expect("read");
    assert_eq!(g.concepts.len(), 96);
}
