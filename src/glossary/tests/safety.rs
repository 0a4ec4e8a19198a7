use super::super::csv::read_csv;
use super::super::detect::read_any;
use super::super::error::FormatError;
use super::super::input::MAX_INPUT;
use super::super::model::{Concept, Glossary};
use super::super::tbx::{read_tbx, write_tbx, MAX_DEPTH};
use super::term;
use std::path::Path;
use std::time::{Duration, Instant};

const BILLION_LAUGHS: &str = r#"<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<martif type="TBX" xml:lang="en"><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>
"#;

#[test]
fn entity_bomb_is_refused_quickly() {
    let start = Instant::now();
    let r = read_tbx(BILLION_LAUGHS.as_bytes());
    assert!(start.elapsed() < Duration::from_secs(2));
    match r {
        Err(FormatError::Unsafe {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (2, 1));
            assert!(message.contains("entit"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // Through the format detection too.
    assert!(matches!(
        read_any(Path::new("bomb.tbx"), BILLION_LAUGHS.as_bytes()),
        Err(FormatError::Unsafe { .. })
    ));
}

#[test]
fn external_entities_are_refused_without_file_access() {
    // A file the reader would leak if it resolved the entity.
    let dir = tempfile::tempdir().expect("tempdir");
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "TOP-SECRET").expect("write");
    let url = format!("file://{}", secret.display());
    let docs = [
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [ <!ENTITY xxe SYSTEM \"{url}\"> ]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>"
        ),
        format!(
            "<!DOCTYPE tbx [ <!ENTITY % p SYSTEM \"{url}\"> %p; ]><tbx><text><body/></text></tbx>"
        ),
    ];
    for d in &docs {
        match read_tbx(d.as_bytes()) {
            Err(FormatError::Unsafe { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    // An entity reference with no declaration (an external DTD is never read) is an
    // error too, in text and in attributes.
    let undeclared = "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&nbsp;x</term></tig></langSet></termEntry></body></text></martif>";
    match read_tbx(undeclared.as_bytes()) {
        Err(FormatError::Malformed { line, message, .. }) => {
            assert_eq!(line, 2);
            assert!(message.contains("&nbsp;"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let in_attr = "<martif><text><body><termEntry id=\"&xxe;\"/></body></text></martif>";
    assert!(matches!(
        read_tbx(in_attr.as_bytes()),
        Err(FormatError::Malformed { line: 1, .. })
    ));
}

#[test]
fn malformed_xml_has_line_and_column() {
    let x = "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n  <text>\n    <body>\n      <termEntry id=\"a\">\n      </termEntri>\n    </body>\n  </text>\n</martif>\n";
    match read_tbx(x.as_bytes()) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!(line, 6, "{message}");
            assert!((7..=9).contains(&column), "column {column}: {message}");
        }
        other => panic!("{other:?}"),
    }
    // Truncated file: an element left open.
    let x = "<martif>\n  <text>\n    <body>\n      <termEntry id=\"a\">";
    match read_tbx(x.as_bytes()) {
        Err(FormatError::Malformed { message, .. }) => {
            assert!(message.contains("termEntry"), "{message}");
            assert!(message.contains("line 4, column 7"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // Broken attribute and stray text.
    for bad in [
        "<martif><text x=\"1></text></martif>",
        "<martif></martif>trailing",
        "<martif></martif><martif/>",
        "<martif><a></b></martif>",
        "<martif>&#1;</martif>",
        "<martif>&#0;</martif>",
    ] {
        assert!(
            matches!(read_tbx(bad.as_bytes()), Err(FormatError::Malformed { .. })),
            "{bad}"
        );
    }
    // Invalid UTF-8 is located too.
    let mut bytes = b"<martif>\n<text>ab".to_vec();
    bytes.push(0xFF);
    bytes.extend(b"</text></martif>");
    assert!(matches!(
        read_tbx(&bytes),
        Err(FormatError::Malformed {
            line: 2,
            column: 9,
            ..
        })
    ));
}

#[test]
fn deep_nesting_is_bounded() {
    let depth = MAX_DEPTH + 10;
    let x = format!(
        "<martif>{}{}</martif>",
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    );
    assert!(matches!(
        read_tbx(x.as_bytes()),
        Err(FormatError::Malformed { .. })
    ));
}

#[test]
fn input_size_is_bounded() {
    let big = vec![b' '; MAX_INPUT + 1];
    let expected = FormatError::TooLarge {
        size: MAX_INPUT + 1,
        max: MAX_INPUT,
    };
    assert_eq!(read_tbx(&big).err(), Some(expected.clone()));
    assert_eq!(
        read_csv(&big, None, None, None).err(),
        Some(expected.clone())
    );
    assert_eq!(read_any(Path::new("x.csv"), &big).err(), Some(expected));
}

#[test]
fn unwritable_characters_are_reported() {
    let mut t = term("en", "bell\u{7}");
    t.note = None;
    let g = Glossary {
        concepts: vec![Concept {
            id: "a".into(),
            domain: None,
            definition: None,
            note: None,
            terms: vec![t],
        }],
        ..Glossary::default()
    };
    assert!(matches!(
        write_tbx(&g),
        Err(FormatError::Unrepresentable(_))
    ));
}

/// Every prefix of a small TBX and CSV, and a sample of prefixes and byte flips of
/// banking in both formats, reads without panicking (an error or a glossary).
#[test]
fn truncated_and_corrupted_inputs_never_panic() {
    use super::super::csv::write_csv;
    use super::banking;
    let g = banking();
    let tbx = write_tbx(&g).expect("tbx");
    let csv = write_csv(&g, b',').expect("csv");
    let small_tbx = &tbx.as_bytes()[..tbx.len().min(3000)];
    let small_csv = &csv.as_bytes()[..csv.len().min(3000)];
    for doc in [small_tbx, small_csv] {
        for cut in 0..doc.len() {
            let bytes = &doc[..cut];
            let _ = read_tbx(bytes);
            let _ = read_csv(bytes, None, Some("en"), Some("fi"));
            let _ = read_any(Path::new("x"), bytes);
        }
    }
    for doc in [&tbx, &csv] {
        let bytes = &doc.as_bytes()[..doc.len().min(60_000)];
        for cut in (0..bytes.len()).step_by(4001) {
            let _ = read_tbx(&bytes[..cut]);
            let _ = read_csv(&bytes[..cut], None, None, None);
            let mut flipped = bytes.to_vec();
            for b in [b'<', b'>', b'"', b',', b'&', b'\n', 0xFF, b'/'] {
                flipped[cut] = b;
                let _ = read_tbx(&flipped);
                let _ = read_csv(&flipped, None, None, None);
            }
        }
    }
}
