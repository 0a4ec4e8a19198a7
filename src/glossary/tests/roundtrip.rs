use super::super::csv::{read_csv, write_csv};
use super::super::detect::read_any;
use super::super::model::{Concept, Glossary, MatchPolicy, Status};
use super::super::tbx::{
    read_tbx, read_tbx_v2, read_tbx_v3, write_tbx, write_tbx_version, TbxVersion,
};
use super::{banking, term};

/// Compares concept by concept first, for a readable failure.
fn assert_same(a: &Glossary, b: &Glossary) {
    assert_eq!(a.name, b.name);
    assert_eq!(a.description, b.description);
    assert_eq!(a.source_locale, b.source_locale);
    assert_eq!(a.defaults, b.defaults);
    assert_eq!(a.concepts.len(), b.concepts.len());
    for (x, y) in a.concepts.iter().zip(&b.concepts) {
        assert_eq!(x, y);
    }
    assert_eq!(a, b);
}

#[test]
fn banking_through_tbx_v2() {
    let g = banking();
    let x = write_tbx(&g).expect("write");
    assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE martif"));
    assert!(x.contains("<termNote type=\"x-glossator-match\">pattern</termNote>"));
    assert!(x.contains("<p type=\"x-glossator-match-default\" xml:lang=\"zh-CN\">substring</p>"));
    let back = read_tbx_v2(x.as_bytes()).expect("read back");
    assert_same(&g, &back);
    // Stable: writing again gives the same bytes.
    assert_eq!(write_tbx(&back).expect("write"), x);
}

#[test]
fn banking_through_tbx_v3() {
    let g = banking();
    let x = write_tbx_version(&g, TbxVersion::V3).expect("write");
    assert!(x.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\""));
    let back = read_tbx_v3(x.as_bytes()).expect("read back");
    assert_same(&g, &back);
}

#[test]
fn banking_through_csv_and_tsv() {
    let g = banking();
    for d in [b',', b'\t'] {
        let s = write_csv(&g, d).expect("write");
        let back = read_csv(s.as_bytes(), Some(d), None, None).expect("read back");
        assert_same(&g, &back);
        // Sniffed delimiter.
        let back = read_csv(s.as_bytes(), None, None, None).expect("read back");
        assert_same(&g, &back);
    }
}

#[test]
fn banking_through_files_and_read_any() {
    let g = banking();
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        ("banking.tbx", write_tbx(&g).expect("tbx")),
        (
            "banking-v3.tbx",
            write_tbx_version(&g, TbxVersion::V3).expect("tbx3"),
        ),
        ("banking.csv", write_csv(&g, b',').expect("csv")),
        ("banking.tsv", write_csv(&g, b'\t').expect("tsv")),
        ("banking.txt", write_csv(&g, b'\t').expect("txt")),
    ];
    for (name, content) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write file");
        let bytes = std::fs::read(&path).expect("read file");
        let back = read_any(&path, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_same(&g, &back);
    }
}

/// Values that stress the writers: markup characters, whitespace at the edges, line
/// breaks and carriage returns, ids starting with `#`, a concept without terms, a
/// locale that recurs after another one, every policy, no source locale.
fn edge_glossary() -> Glossary {
    let mut a = term("en", "  spaced  ");
    a.note = Some("line 1\nline 2\r\nline 3\t\"quoted\" & <tagged> ]]>".into());
    a.pattern = Some(r#"(?i)\bx\w*,"y";\t"#.into());
    a.policy = Some(MatchPolicy::Pattern);
    a.case_sensitive = true;
    a.dnt = true;
    a.pos = Some("properNoun".into());
    a.status = Status::Admitted;
    let mut b = term("fi", "pankki");
    b.policy = Some(MatchPolicy::Stem);
    b.status = Status::Forbidden;
    let mut c = term("en", "#hash,comma;semi|pipe");
    c.policy = Some(MatchPolicy::Substring);
    let mut d = term("zh-CN", "银行");
    d.policy = Some(MatchPolicy::Exact);
    let mut e = term("en", "=SUM(A1)");
    e.policy = Some(MatchPolicy::Prefix);
    Glossary {
        name: Some("edge <&> \"cases\"".into()),
        description: Some("\n leading newline and trailing space ".into()),
        source_locale: None,
        defaults: [
            ("en".to_string(), MatchPolicy::Prefix),
            ("ja".to_string(), MatchPolicy::Substring),
        ]
        .into_iter()
        .collect(),
        concepts: vec![
            Concept {
                id: "#tricky id".into(),
                domain: Some("a/b".into()),
                definition: Some("Def, with \"quotes\"".into()),
                note: Some(" note ".into()),
                terms: vec![a, b, c, d, e],
            },
            Concept {
                id: "empty".into(),
                domain: None,
                definition: Some("no terms".into()),
                note: None,
                terms: vec![],
            },
            Concept {
                id: "##two".into(),
                domain: None,
                definition: None,
                note: None,
                terms: vec![term("de", "…"), term("de", "!")],
            },
        ],
        defects: Vec::new(),
    }
}

#[test]
fn edge_cases_through_tbx() {
    let g = edge_glossary();
    for v in [TbxVersion::V2, TbxVersion::V3] {
        let x = write_tbx_version(&g, v).expect("write");
        let back = read_tbx(x.as_bytes()).expect("read back");
        assert_same(&g, &back);
    }
    // Empty strings are kept apart from absent values in TBX.
    let mut g = edge_glossary();
    g.name = Some(String::new());
    g.concepts[1].note = Some(String::new());
    g.concepts[0].terms[1].pos = Some(String::new());
    g.concepts[2].terms[0].text = String::new();
    let back = read_tbx(write_tbx(&g).expect("write").as_bytes()).expect("read");
    assert_same(&g, &back);
}

#[test]
fn edge_cases_through_csv() {
    let g = edge_glossary();
    for d in [b',', b'\t', b';'] {
        let s = write_csv(&g, d).expect("write");
        let back = read_csv(s.as_bytes(), Some(d), None, None).expect("read back");
        assert_same(&g, &back);
    }
    // The glossary-level empty strings survive as well.
    let mut g = edge_glossary();
    g.name = Some(String::new());
    g.description = Some(String::new());
    let back = read_csv(write_csv(&g, b',').expect("w").as_bytes(), None, None, None).expect("r");
    assert_same(&g, &back);
}

#[test]
fn empty_glossary() {
    let g = Glossary::default();
    assert_same(
        &g,
        &read_tbx(write_tbx(&g).expect("w").as_bytes()).expect("r"),
    );
    assert_same(
        &g,
        &read_csv(write_csv(&g, b',').expect("w").as_bytes(), None, None, None).expect("r"),
    );
}
