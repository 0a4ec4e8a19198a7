use super::super::error::FormatError;
use super::super::model::{MatchPolicy, Status};
use super::super::tbx::{read_tbx, read_tbx_v2, read_tbx_v3};
use super::mozilla_dir;

#[test]
fn mozilla_pontoon_files_all_parse() {
    let Some(dir) = mozilla_dir("mozilla_pontoon_files_all_parse") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("Mozilla TBX corpus at {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tbx"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 39, "expected 39 Pontoon TBX files");
    let (mut concepts, mut terms, mut empty_files) = (0, 0, 0);
    let mut with_pos = 0;
    for p in &paths {
        let bytes = std::fs::read(p).expect("read");
        let raw = String::from_utf8_lossy(&bytes);
        let g = read_tbx_v2(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert_eq!(g.source_locale.as_deref(), Some("en-US"), "{}", p.display());
        assert_eq!(g.name.as_deref(), Some("Mozilla Terminology"));
        assert_eq!(
            g.description.as_deref(),
            Some("Terms used for Mozilla localization")
        );
        assert_eq!(g.concepts.len(), raw.matches("<termEntry").count());
        let n_terms: usize = g.concepts.iter().map(|c| c.terms.len()).sum();
        assert_eq!(n_terms, raw.matches("<term>").count());
        // The locale is the file name (es-ES, pt-BR, sv-SE ...), in BCP 47 casing.
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        for c in &g.concepts {
            assert!(
                c.definition.is_some(),
                "{}: {} has no definition",
                stem,
                c.id
            );
            assert!(c
                .note
                .as_deref()
                .is_some_and(|n| n.starts_with("Context: ")));
            for t in &c.terms {
                assert!(
                    t.locale == "en-US" || t.locale == stem,
                    "{stem}: {}",
                    t.locale
                );
                assert_eq!(t.status, Status::Preferred);
                with_pos += usize::from(t.pos.is_some());
            }
        }
        if g.concepts.is_empty() {
            empty_files += 1;
        }
        concepts += g.concepts.len();
        terms += n_terms;
    }
    eprintln!(
        "Mozilla TBX: {} files, {concepts} concepts, {terms} terms, {with_pos} with partOfSpeech, {empty_files} empty files",
        paths.len()
    );
    assert_eq!(concepts, 3299);
    assert_eq!(terms, 6598);
    assert_eq!(with_pos, 3299);
    assert_eq!(empty_files, 3);
}

#[test]
fn mozilla_entry_fields() {
    let Some(dir) = mozilla_dir("mozilla_entry_fields") else {
        return;
    };
    let bytes = std::fs::read(dir.join("de.tbx")).expect("de.tbx");
    let g = read_tbx(&bytes).expect("read");
    let c = g.concepts.iter().find(|c| c.id == "c524").expect("c524");
    assert!(c
        .definition
        .as_deref()
        .is_some_and(|d| d.starts_with("The setting or circumstance in which a thing occurs")));
    assert!(c
        .note
        .as_deref()
        .is_some_and(|n| n.starts_with("Context: A Geolocation request")));
    assert_eq!(c.terms.len(), 2);
    assert_eq!(
        (c.terms[0].locale.as_str(), c.terms[0].text.as_str()),
        ("en-US", "context")
    );
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
    assert_eq!(
        (c.terms[1].locale.as_str(), c.terms[1].text.as_str()),
        ("de", "Kontext")
    );
    assert_eq!(c.terms[1].pos, None);
    let pt = std::fs::read(dir.join("pt-BR.tbx")).expect("pt-BR.tbx");
    let g = read_tbx(&pt).expect("read");
    assert!(g.concepts[0].terms.iter().any(|t| t.locale == "pt-BR"));
}

const V2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>Shop terms</title></titleStmt>
      <sourceDesc><p>From Smartling</p></sourceDesc>
      <sourceDesc><p>second line</p></sourceDesc>
    </fileDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="cart">
        <descrip type="subjectField">e-commerce</descrip>
        <descripGrp>
          <descrip type="definition">A list of items a customer intends to buy.</descrip>
          <admin type="source">ISO</admin>
        </descripGrp>
        <note>Shown on every page.</note>
        <transacGrp><transac type="transactionType">origination</transac><date>2020-01-01</date></transacGrp>
        <langSet xml:lang="en">
          <tig>
            <term>shopping cart</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>basket</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
            <descrip type="context">Add to basket</descrip>
          </tig>
        </langSet>
        <langSet xml:lang="pt-br">
          <descrip type="definition">Lista de itens.</descrip>
          <ntig>
            <termGrp>
              <term>carrinho de <hi type="italics">compras</hi></term>
              <termNote type="partOfSpeech">noun</termNote>
            </termGrp>
            <note>Usual in Brazil &amp; Portugal &#233;&#x20AC;</note>
          </ntig>
          <ntig>
            <termGrp>
              <term>cesta</term>
              <termNote type="normativeAuthorization">deprecated</termNote>
            </termGrp>
          </ntig>
          <tig>
            <term>sacola</term>
            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
            <termNote type="usageNote">old UI</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="DE">
          <tig><term><![CDATA[Warenkorb <alt>]]></term></tig>
          <tig><term>Einkaufswagen</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <tig><term></term></tig>
          <tig><term>…!?</term></tig>
        </langSet>
      </termEntry>
      <termEntry>
        <langSet xml:lang="en"><tig><term>checkout</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"#;

#[test]
fn tbx_v2_structure() {
    let g = read_tbx_v2(V2.as_bytes()).expect("read");
    assert_eq!(g.name.as_deref(), Some("Shop terms"));
    assert_eq!(
        g.description.as_deref(),
        Some("From Smartling\nsecond line")
    );
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    assert!(g.defaults.is_empty());
    assert_eq!(g.concepts.len(), 2);
    let c = &g.concepts[0];
    assert_eq!(c.id, "cart");
    assert_eq!(c.domain.as_deref(), Some("e-commerce"));
    // The concept-level definition wins over the pt-BR one.
    assert_eq!(
        c.definition.as_deref(),
        Some("A list of items a customer intends to buy.")
    );
    assert_eq!(c.note.as_deref(), Some("Shown on every page."));
    let t: Vec<(&str, &str, Status)> = c
        .terms
        .iter()
        .map(|t| (t.locale.as_str(), t.text.as_str(), t.status))
        .collect();
    assert_eq!(
        t,
        [
            ("en", "shopping cart", Status::Preferred),
            ("en", "basket", Status::Admitted),
            ("pt-BR", "carrinho de compras", Status::Preferred),
            ("pt-BR", "cesta", Status::Forbidden),
            ("pt-BR", "sacola", Status::Forbidden),
            ("de", "Warenkorb <alt>", Status::Preferred),
            // Two statuses: the most restrictive wins.
            ("de", "Einkaufswagen", Status::Forbidden),
            // Empty and punctuation-only terms are kept (validation is elsewhere).
            ("de", "", Status::Preferred),
            ("de", "…!?", Status::Preferred),
        ]
    );
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
    assert_eq!(c.terms[1].note.as_deref(), Some("Context: Add to basket"));
    assert_eq!(c.terms[2].pos.as_deref(), Some("noun"));
    assert_eq!(
        c.terms[2].note.as_deref(),
        Some("Usual in Brazil & Portugal é€")
    );
    assert_eq!(c.terms[4].note.as_deref(), Some("old UI"));
    // An entry without id gets one from its position.
    assert_eq!(g.concepts[1].id, "c2");
    assert_eq!(g.concepts[1].terms[0].text, "checkout");
}

#[test]
fn langset_definition_is_used_when_the_concept_has_none() {
    let x = r#"<martif type="TBX" xml:lang="en-US"><text><body>
      <termEntry id="a">
        <langSet xml:lang="de"><descrip type="definition">Deutsch</descrip><tig><term>A</term></tig></langSet>
        <langSet xml:lang="en-us"><descripGrp><descrip type="definition">English</descrip></descripGrp><tig><term>a</term></tig></langSet>
        <langSet xml:lang="fr"><note>fr note</note><tig><term>à</term></tig></langSet>
      </termEntry></body></text></martif>"#;
    let g = read_tbx(x.as_bytes()).expect("read");
    let c = &g.concepts[0];
    assert_eq!(
        c.definition.as_deref(),
        Some("English"),
        "source locale wins"
    );
    assert_eq!(c.note.as_deref(), Some("[fr] fr note"));
    assert_eq!(c.terms[1].locale, "en-US");
}

const V3_DCA: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt><title>Basic</title></titleStmt>
      <sourceDesc><p>exported by a CAT tool</p></sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <descrip type="subjectField">astronomy</descrip>
        <langSec xml:lang="en">
          <descripGrp><descrip type="definition">A group of stars.</descrip></descripGrp>
          <termSec>
            <term>open cluster</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <descrip type="context">Over 1100 open clusters are known.</descrip>
            <note>N-Source</note>
          </termSec>
          <termSec>
            <term>galactic cluster</term>
            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="fi">
          <termSec>
            <term>avoin tähtijoukko</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"#;

#[test]
fn tbx_v3_dca() {
    let g = read_tbx_v3(V3_DCA.as_bytes()).expect("read");
    assert_eq!(g.name.as_deref(), Some("Basic"));
    assert_eq!(g.source_locale.as_deref(), Some("en"));
    let c = &g.concepts[0];
    assert_eq!(c.id, "c1");
    assert_eq!(c.domain.as_deref(), Some("astronomy"));
    assert_eq!(c.definition.as_deref(), Some("A group of stars."));
    assert_eq!(c.terms.len(), 3);
    assert_eq!(c.terms[0].text, "open cluster");
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
    assert_eq!(
        c.terms[0].note.as_deref(),
        Some("Context: Over 1100 open clusters are known.\nN-Source")
    );
    assert_eq!(c.terms[1].status, Status::Forbidden);
    assert_eq!(c.terms[2].locale, "fi");
    assert_eq!(c.terms[2].status, Status::Admitted);
    // A v3 file is not a v2 file.
    assert!(matches!(
        read_tbx_v2(V3_DCA.as_bytes()),
        Err(FormatError::Malformed { line: 3, .. })
    ));
}

#[test]
fn tbx_v3_dct_and_min() {
    let x = r#"<?xml version="1.0"?>
<tbx type="TBX-Min" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
 <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
 <text><body><conceptEntry id="c1"><min:subjectField>Astronomy</min:subjectField><note>G-Source</note>
  <langSec xml:lang="en"><basic:definition>A group of stars.</basic:definition>
   <termSec><term>open cluster</term><min:partOfSpeech>noun</min:partOfSpeech>
    <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
    <basic:context>Over 1100 open clusters are known.</basic:context><note>N-Source</note></termSec>
   <termSec><term>galactic cluster</term><min:administrativeStatus>supersededTerm-admn-sts</min:administrativeStatus></termSec>
   <termSec><term>star cluster</term><termNote type="administrativeStatus">admitted</termNote></termSec>
  </langSec></conceptEntry></body></text></tbx>"#;
    let g = read_tbx_v3(x.as_bytes()).expect("read");
    let c = &g.concepts[0];
    assert_eq!(c.domain.as_deref(), Some("Astronomy"));
    assert_eq!(c.definition.as_deref(), Some("A group of stars."));
    assert_eq!(c.note.as_deref(), Some("G-Source"));
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
    assert_eq!(
        c.terms[0].note.as_deref(),
        Some("Context: Over 1100 open clusters are known.\nN-Source")
    );
    assert_eq!(c.terms[1].status, Status::Forbidden);
    assert_eq!(c.terms[2].status, Status::Admitted);
}

#[test]
fn weblate_tbx_markers() {
    let x = r#"<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Translate Toolkit</p></sourceDesc></fileDesc></martifHeader>
<text><body>
 <termEntry>
  <langSet xml:lang="en"><tig><term>WeChat</term></tig><descrip>A messaging app</descrip></langSet>
  <langSet xml:lang="cs"><tig><term>WeChat</term><termNote type="translationNote">no</termNote></tig></langSet>
 </termEntry>
 <termEntry>
  <descrip type="Translation needed">No</descrip>
  <langSet xml:lang="en"><tig><term>Firefox</term></tig></langSet>
 </termEntry>
 <termEntry>
  <langSet xml:lang="en"><tig><term>address bar</term></tig></langSet>
  <langSet xml:lang="cs"><tig><term>adresní pole</term><termNote type="administrativeStatus">forbidden</termNote><note from="translator">use řádek</note></tig></langSet>
 </termEntry>
</body></text></martif>"#;
    let g = read_tbx(x.as_bytes()).expect("read");
    assert_eq!(g.concepts[0].definition.as_deref(), Some("A messaging app"));
    assert!(!g.concepts[0].terms[0].dnt);
    assert!(g.concepts[0].terms[1].dnt);
    assert!(g.concepts[1].terms[0].dnt);
    assert_eq!(g.concepts[2].terms[1].status, Status::Forbidden);
    assert_eq!(g.concepts[2].terms[1].note.as_deref(), Some("use řádek"));
}

#[test]
fn glossator_fields_are_read() {
    let x = r#"<martif type="TBX" xml:lang="en"><martifHeader><fileDesc/>
  <encodingDesc><p type="x-glossator-match-default" xml:lang="zh-cn">substring</p>
  <p type="x-glossator-match-default" xml:lang="fi">Prefix</p></encodingDesc></martifHeader>
 <text><body><termEntry id="ai"><langSet xml:lang="ru"><tig><term>ИИ</term>
  <termNote type="x-glossator-match">exact</termNote>
  <termNote type="x-glossator-pattern" xml:space="preserve"> (?i)\bии\b </termNote>
  <termNote type="x-glossator-caseSensitive">true</termNote>
  <termNote type="x-glossator-dnt">false</termNote>
 </tig></langSet></termEntry></body></text></martif>"#;
    let g = read_tbx(x.as_bytes()).expect("read");
    assert_eq!(g.defaults.get("zh-CN"), Some(&MatchPolicy::Substring));
    assert_eq!(g.defaults.get("fi"), Some(&MatchPolicy::Prefix));
    let t = &g.concepts[0].terms[0];
    assert_eq!(t.policy, Some(MatchPolicy::Exact));
    assert_eq!(t.pattern.as_deref(), Some(r" (?i)\bии\b "));
    assert!(t.case_sensitive);
    assert!(!t.dnt);
}

#[test]
fn bad_glossator_values_are_reported_with_position() {
    let x = "<martif type=\"TBX\">\n<text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig>\n  <term>a</term>\n  <termNote type=\"x-glossator-match\">fuzzy</termNote>\n</tig></langSet></termEntry></body></text></martif>";
    match read_tbx(x.as_bytes()) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (4, 3));
            assert!(message.contains("fuzzy"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let x = "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>a</term><termNote type=\"x-glossator-dnt\">maybe</termNote></tig></langSet></termEntry></body></text></martif>";
    assert!(matches!(
        read_tbx(x.as_bytes()),
        Err(FormatError::Malformed { line: 1, .. })
    ));
    let x = "<martif><martifHeader><encodingDesc><p type=\"x-glossator-match-default\">exact</p></encodingDesc></martifHeader></martif>";
    assert!(read_tbx(x.as_bytes()).is_err(), "default without xml:lang");
}

#[test]
fn not_tbx() {
    let x = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>";
    match read_tbx(x.as_bytes()) {
        Err(FormatError::Malformed {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (2, 1));
            assert!(message.contains("<tmx>"));
        }
        other => panic!("{other:?}"),
    }
    assert!(read_tbx(b"").is_err());
    assert!(read_tbx(b"   \n").is_err());
}

#[test]
fn utf16_tbx_with_bom() {
    let x = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><martif xml:lang=\"en\"><text><body><termEntry id=\"a\"><langSet xml:lang=\"ja\"><tig><term>銀行</term></tig></langSet></termEntry></body></text></martif>";
    let mut le = vec![0xFF, 0xFE];
    le.extend(x.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(x.encode_utf16().flat_map(u16::to_be_bytes));
    for bytes in [le, be] {
        let g = read_tbx(&bytes).expect("read");
        assert_eq!(g.concepts[0].terms[0].text, "銀行");
    }
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend(x.as_bytes());
    assert_eq!(
        read_tbx(&utf8).expect("read").concepts[0].terms[0].text,
        "銀行"
    );
}

/// What translate-toolkit (Weblate's TBX writer) produces, verbatim.
const TRANSLATE_TOOLKIT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en">
    <martifHeader>
        <fileDesc>
            <sourceDesc>
                <p>Translate Toolkit</p>
            </sourceDesc>
        </fileDesc>
    </martifHeader>
    <text>
        <body>
            <termEntry>
                <langSet xml:lang="en"><tig><term>bank &amp; &lt;trust&gt;</term></tig></langSet>
                <langSet xml:lang="pt_BR"><tig><term>banco</term></tig></langSet>
                <note from="developer">A financial institution</note>
                <note from="translator">Use banco</note>
            </termEntry>
            <termEntry>
                <langSet xml:lang="en"><tig><term>wallet</term></tig></langSet>
                <langSet xml:lang="pt_BR"><tig><term>carteira</term></tig></langSet>
            </termEntry>
        </body>
    </text>
</martif>
"#;

#[test]
fn translate_toolkit_output() {
    let g = read_tbx_v2(TRANSLATE_TOOLKIT.as_bytes()).expect("read");
    assert_eq!(g.description.as_deref(), Some("Translate Toolkit"));
    assert_eq!(g.concepts.len(), 2);
    let c = &g.concepts[0];
    assert_eq!(c.id, "c1");
    assert_eq!(c.terms[0].text, "bank & <trust>");
    assert_eq!(c.terms[1].locale, "pt-BR");
    assert_eq!(
        c.note.as_deref(),
        Some("A financial institution\nUse banco")
    );
}
