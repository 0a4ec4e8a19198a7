use super::super::csv::{detect_shape, read_csv, CsvShape};
use super::super::error::FormatError;
use super::super::model::{MatchPolicy, Status};

fn shape(header: &str) -> Option<CsvShape> {
    let cells: Vec<String> = header.split(',').map(str::to_string).collect();
    detect_shape(&cells)
}

#[test]
fn shapes_from_headers() {
    assert_eq!(
        shape("concept,domain,definition,concept_note,locale,term,status"),
        Some(CsvShape::Glossator)
    );
    assert_eq!(shape("source,target,context"), Some(CsvShape::Bilingual));
    assert_eq!(
        shape("location,source,target,id,fuzzy,context,translator_comments,developer_comments"),
        Some(CsvShape::Bilingual)
    );
    assert_eq!(
        shape("Term [en],Description [en],Term [de]"),
        Some(CsvShape::Multilingual)
    );
    assert_eq!(
        shape("term_en,description_en,term_de"),
        Some(CsvShape::Multilingual)
    );
    assert_eq!(shape("Term (en),Term (fr)"), Some(CsvShape::Multilingual));
    assert_eq!(shape("en,de,fr"), Some(CsvShape::Multilingual));
    assert_eq!(
        shape("term,description,case sensitive,translatable,en,de"),
        Some(CsvShape::Multilingual)
    );
    assert_eq!(shape("Bank,Pankki"), None);
}

#[test]
fn weblate_bilingual_export() {
    let csv = "\u{FEFF}\"source\",\"target\",\"context\",\"explanation\",\"notes\",\"flags\"\n\
        \"remote banking\",\"perbankan jarak jauh\",\"\",\"Banking at a distance\",\"\",\"\"\n\
        \"remote bank\",\"bank terpencil\",\"\",\"\",\"Mistranslation\",\"forbidden\"\n\
        \"WeChat\",\"WeChat\",\"app\",\"\",\"\",\"read-only, terminology\"\n\
        \"customer\",\"\",\"\",\"\",\"\",\"\"\n";
    let g = read_csv(csv.as_bytes(), Some(b','), Some("en"), Some("id")).expect("read");
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    assert_eq!(g.concepts.len(), 4);
    let c = &g.concepts[0];
    assert_eq!(c.id, "row-2");
    assert_eq!(c.definition.as_deref(), Some("Banking at a distance"));
    assert_eq!(c.terms.len(), 2);
    assert_eq!(
        (c.terms[1].locale.as_str(), c.terms[1].text.as_str()),
        ("id", "perbankan jarak jauh")
    );
    let c = &g.concepts[1];
    assert_eq!(c.terms[0].status, Status::Preferred);
    assert_eq!(c.terms[1].status, Status::Forbidden);
    assert_eq!(c.note.as_deref(), Some("Mistranslation"));
    let c = &g.concepts[2];
    assert!(c.terms.iter().all(|t| t.dnt));
    assert_eq!(c.note.as_deref(), Some("Context: app"));
    assert_eq!(
        g.concepts[3].terms.len(),
        1,
        "empty target: source term only"
    );

    // The file names no locale: the caller must.
    match read_csv(csv.as_bytes(), None, None, None) {
        Err(FormatError::MissingLocale(m)) => assert!(m.contains("line 2"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        read_csv(csv.as_bytes(), None, Some("en"), None),
        Err(FormatError::MissingLocale(_))
    ));
}

#[test]
fn headerless_source_target_pairs() {
    let csv = "Bank;Pankki\nbranch;konttori\n";
    let g = read_csv(csv.as_bytes(), None, Some("en"), Some("fi")).expect("read");
    assert_eq!(g.concepts.len(), 2);
    assert_eq!(g.concepts[1].id, "row-2");
    assert_eq!(g.concepts[1].terms[1].text, "konttori");
    assert_eq!(g.concepts[1].terms[1].locale, "fi");
    // Without locales the header is not recognized.
    assert!(matches!(
        read_csv(csv.as_bytes(), None, None, None),
        Err(FormatError::Malformed {
            line: 1,
            column: 1,
            ..
        })
    ));
}

#[test]
fn crowdin_glossary_export() {
    let csv = "Term [en],Description [en],Part of Speech [en],Term [de],Description [de],Part of Speech [de],Status [de],Term [pt-br],Concept Definition,Concept Subject,Concept Note\n\
        remote banking,The channel,Noun,Remote Banking,Anglicism,noun,preferred,banco remoto,Banking at a distance,banking,Doubts recorded\n\
        call center,,Noun,Callcenter,,,not recommended,,,,\n\
        customer,A client,Proper Noun,Kunde,,,,cliente,,,\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    assert_eq!(g.concepts.len(), 3);
    let c = &g.concepts[0];
    assert_eq!(c.definition.as_deref(), Some("Banking at a distance"));
    assert_eq!(c.domain.as_deref(), Some("banking"));
    assert_eq!(c.note.as_deref(), Some("Doubts recorded"));
    assert_eq!(c.terms.len(), 3);
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
    // The concept definition is taken, so the source description is a term note.
    assert_eq!(c.terms[0].note.as_deref(), Some("The channel"));
    assert_eq!(c.terms[1].note.as_deref(), Some("Anglicism"));
    assert_eq!(c.terms[2].locale, "pt-BR");
    assert_eq!(g.concepts[1].terms[1].status, Status::Forbidden);
    // No concept definition: the source-language description is the definition.
    let c = &g.concepts[2];
    assert_eq!(c.definition.as_deref(), Some("A client"));
    assert_eq!(c.terms[0].pos.as_deref(), Some("properNoun"));
}

#[test]
fn phrase_term_base_csv() {
    // Phrase Strings: `term` (source) + settings + one column per locale code.
    let csv = "term,description,case sensitive,translatable,en,de,fr\n\
        WeChat,Messaging app,true,false,WeChat,WeChat,WeChat\n\
        account,A customer's account,false,true,,Konto,compte\n";
    let g = read_csv(csv.as_bytes(), Some(b','), Some("en"), None).expect("read");
    assert_eq!(g.concepts.len(), 2);
    let c = &g.concepts[0];
    assert_eq!(c.definition.as_deref(), Some("Messaging app"));
    assert_eq!(c.terms.len(), 3, "the en column repeats the source term");
    assert!(c.terms[0].case_sensitive && c.terms[0].dnt);
    assert_eq!(c.terms[0].locale, "en");
    let c = &g.concepts[1];
    assert_eq!(
        c.terms.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
        ["account", "Konto", "compte"]
    );
    assert!(!c.terms[0].dnt);
    // Without the source locale, the first locale column is taken as the source.
    assert_eq!(read_csv(csv.as_bytes(), None, None, None).expect("read"), g);
    // With no locale column at all, the `term` column cannot be placed.
    let csv = "term,description\nbank,A bank\n";
    assert!(matches!(
        read_csv(csv.as_bytes(), None, None, None),
        Err(FormatError::MissingLocale(_))
    ));
    assert_eq!(
        read_csv(csv.as_bytes(), None, Some("en"), None)
            .expect("read")
            .concepts[0]
            .terms[0]
            .locale,
        "en"
    );

    // Suffix and parenthesis forms.
    let csv = "term_en,description_en,term_de,description_de,status_de,term_pt_br\nbank,A bank,Bank,Geldinstitut,admitted,banco\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    let c = &g.concepts[0];
    assert_eq!(c.definition.as_deref(), Some("A bank"));
    assert_eq!(c.terms[1].note.as_deref(), Some("Geldinstitut"));
    assert_eq!(c.terms[1].status, Status::Admitted);
    assert_eq!(c.terms[2].locale, "pt-BR");
    let csv = "Term (en),Term (fi),Note (fi)\nbank,pankki,genitive pankin\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    assert_eq!(
        g.concepts[0].terms[1].note.as_deref(),
        Some("genitive pankin")
    );
}

#[test]
fn bare_locale_columns_and_the_id_column() {
    // `id` beside other locale columns is Indonesian.
    let csv = "en,id,zh-cn\nbank,bank,银行\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    let locales: Vec<&str> = g.concepts[0]
        .terms
        .iter()
        .map(|t| t.locale.as_str())
        .collect();
    assert_eq!(locales, ["en", "id", "zh-CN"]);
    // Alone with prefixed columns it is the concept id, and rows sharing it merge.
    let csv = "ID,Term [en],Term [fi]\nk1,bank,pankki\nk1,bank office,\nk2,branch,konttori\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    assert_eq!(g.concepts.len(), 2);
    assert_eq!(g.concepts[0].id, "k1");
    assert_eq!(g.concepts[0].terms.len(), 3);
}

const GLOSSATOR: &str = "concept,domain,definition,concept_note,locale,term,status,pos,case_sensitive,match,pattern,dnt,term_note
#name,,,,,banking,,,,,,,
#source_locale,,,,EN,,,,,,,,
#match,,,,fi,,,,,prefix,,,
ai,tech,Artificial intelligence,,en,AI,preferred,noun,true,exact,,,
ai,,,,ru,ИИ,,,yes,Exact,,,abbr
ai,,,,ru,искусственный интеллект,admitted,,,pattern,(?i)\\bискусственн\\w*,,
wechat,,,,en,WeChat,,properNoun,,,,true,
ai,,,,fi,tekoäly,forbidden,,,,,,
";

#[test]
fn glossator_shape() {
    let g = read_csv(GLOSSATOR.as_bytes(), None, None, None).expect("read");
    assert_eq!(g.name.as_deref(), Some("banking"));
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    assert_eq!(g.defaults.get("fi"), Some(&MatchPolicy::Prefix));
    assert_eq!(g.concepts.len(), 2);
    let ai = &g.concepts[0];
    assert_eq!(ai.domain.as_deref(), Some("tech"));
    // Rows of a concept need not be contiguous.
    assert_eq!(ai.terms.len(), 4);
    assert!(ai.terms[1].case_sensitive);
    assert_eq!(ai.terms[1].policy, Some(MatchPolicy::Exact));
    assert_eq!(ai.terms[1].note.as_deref(), Some("abbr"));
    assert_eq!(
        ai.terms[2].pattern.as_deref(),
        Some(r"(?i)\bискусственн\w*")
    );
    assert_eq!(ai.terms[3].status, Status::Forbidden);
    assert!(g.concepts[1].terms[0].dnt);
}

#[test]
fn glossator_shape_errors_point_at_the_cell() {
    let bad = GLOSSATOR.replace("admitted,,,pattern", "maybe,,,pattern");
    match read_csv(bad.as_bytes(), None, None, None) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!(line, 7);
            assert_eq!(column, 34, "{message}");
            assert!(message.contains("maybe"));
        }
        other => panic!("{other:?}"),
    }
    let bad = GLOSSATOR.replace("yes,Exact", "yes,fuzzy");
    assert!(matches!(
        read_csv(bad.as_bytes(), None, None, None),
        Err(FormatError::Malformed {
            line: 6,
            column: 19,
            ..
        })
    ));
    let bad = GLOSSATOR.replace("#name", "#title");
    assert!(matches!(
        read_csv(bad.as_bytes(), None, None, None),
        Err(FormatError::Malformed {
            line: 2,
            column: 1,
            ..
        })
    ));
}

#[test]
fn truncated_csv() {
    // Cut inside a quoted cell.
    let csv = "source,target,explanation\nbank,pankki,\"a financial\ninstitution";
    match read_csv(csv.as_bytes(), None, Some("en"), Some("fi")) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (2, 13));
            assert!(message.contains("unterminated"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // Cut between cells: the last row is short.
    let csv = "concept,locale,term,status\nbank,en,bank,preferred\nbank,fi,pank";
    match read_csv(csv.as_bytes(), None, None, None) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (3, 13));
            assert!(message.contains("3 fields"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // Extra non-empty cells are an error too; extra empty ones are not.
    let csv = "source,target\nbank,pankki,oops\n";
    assert!(read_csv(csv.as_bytes(), None, Some("en"), Some("fi")).is_err());
    let csv = "source,target\nbank,pankki,,\n";
    assert!(read_csv(csv.as_bytes(), None, Some("en"), Some("fi")).is_ok());
}

#[test]
fn bom_tsv_crlf_and_blank_lines() {
    let tsv = "\u{FEFF}Term [en]\tTerm [ja]\r\nbank\t銀行\r\n\r\n\t\r\nbranch\t支店\r\n";
    let g = read_csv(tsv.as_bytes(), None, None, None).expect("read");
    assert_eq!(g.concepts.len(), 2);
    assert_eq!(
        g.concepts[0].terms[0].locale, "en",
        "BOM not part of the header"
    );
    assert_eq!(g.concepts[1].terms[1].text, "支店");
    let g2 = read_csv(tsv.as_bytes(), Some(b'\t'), None, None).expect("read");
    assert_eq!(g, g2);
    // Empty input is an empty glossary.
    assert_eq!(
        read_csv(b"", None, None, None)
            .expect("empty")
            .concepts
            .len(),
        0
    );
    assert_eq!(
        read_csv(b"\xEF\xBB\xBF", None, None, None)
            .expect("bom")
            .concepts
            .len(),
        0
    );
}

#[test]
fn empty_and_punctuation_terms_are_kept() {
    let csv = "concept,locale,term\na,en,\na,de,…\na,fr,\"\"\"\"\n";
    let g = read_csv(csv.as_bytes(), None, None, None).expect("read");
    let texts: Vec<&str> = g.concepts[0]
        .terms
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(texts, ["", "…", "\""]);
}
