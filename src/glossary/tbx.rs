//! TBX: readers for TBX v2 (`<martif>`, TBXcoreStructV02, as Pontoon and Smartling
//! export) and TBX v3 (`<tbx>`, ISO 30042:2019, TBX-Basic/TBX-Min in DCA or DCT
//! style), and a writer of either that keeps every field of glossator's model.
//!
//! The XML is parsed without a DTD: no entity is ever expanded and nothing is ever
//! fetched. A DOCTYPE that declares entities is refused ([`FormatError::Unsafe`]);
//! references to any entity but the five predefined ones are errors.
//!
//! glossator's own fields travel as `termNote type="x-glossator-match"`, `x-glossator-pattern`,
//! `x-glossator-caseSensitive`, `x-glossator-dnt`; the per-locale default policies as
//! `<p type="x-glossator-match-default" xml:lang="..">` in the header's `encodingDesc`.
//! See NOTES.md for the full mapping.

use super::error::FormatError;
use super::input::{self, malformed_at, normalize_locale, parse_policy, parse_status};
use super::model::{Concept, Glossary, MatchPolicy, Status, Term};
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::fmt::Write as _;

/// The deepest element nesting the reader accepts (TBX needs fewer than 12 levels).
pub const MAX_DEPTH: usize = 256;

/// The TBX generation: v2 is `<martif>` (ISO 30042:2008, TBXcoreStructV02), v3 is
/// `<tbx>` (ISO 30042:2019).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TbxVersion {
    V2,
    V3,
}

/// Reads a TBX file of either version (chosen by the root element).
pub fn read_tbx(bytes: &[u8]) -> Result<Glossary, FormatError> {
    read(bytes, None)
}

/// Reads a TBX v2 file (root `<martif>`); a `<tbx>` root is an error.
pub fn read_tbx_v2(bytes: &[u8]) -> Result<Glossary, FormatError> {
    read(bytes, Some(TbxVersion::V2))
}

/// Reads a TBX v3 file (root `<tbx>`); a `<martif>` root is an error.
pub fn read_tbx_v3(bytes: &[u8]) -> Result<Glossary, FormatError> {
    read(bytes, Some(TbxVersion::V3))
}

fn read(bytes: &[u8], want: Option<TbxVersion>) -> Result<Glossary, FormatError> {
    let text = input::decode(bytes)?;
    let text: &str = &text;
    let root = parse_xml(text)?;
    let version = match root.name.as_str() {
        "martif" => TbxVersion::V2,
        "tbx" => TbxVersion::V3,
        other => {
            return Err(malformed_at(
                text,
                root.offset,
                format!(
                    "not TBX: the root element is <{other}>, expected <martif> (TBX v2) or <tbx> (TBX v3)"
                ),
            ))
        }
    };
    if let Some(want) = want {
        if want != version {
            let (w, f) = match want {
                TbxVersion::V2 => ("TBX v2 (<martif>)", "<tbx> (TBX v3)"),
                TbxVersion::V3 => ("TBX v3 (<tbx>)", "<martif> (TBX v2)"),
            };
            return Err(malformed_at(
                text,
                root.offset,
                format!("expected {w}, found {f}"),
            ));
        }
    }
    Interp { text }.glossary(&root)
}

// ---------------------------------------------------------------------------------
// A small element tree built from quick-xml events.

#[derive(Debug)]
struct Elem {
    /// Local name (namespace prefix removed: `min:partOfSpeech` -> `partOfSpeech`).
    name: String,
    /// Attributes by qualified name (`xml:lang`, `type`, ...), values normalized.
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    /// Byte offset of the start tag in the decoded text.
    offset: usize,
}

#[derive(Debug)]
enum Node {
    Elem(Elem),
    Text(String),
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Elem {
    fn attr(&self, qname: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == qname)
            .map(|(_, v)| v.as_str())
    }

    fn lang(&self) -> Option<&str> {
        self.attr("xml:lang").or_else(|| self.attr("lang"))
    }

    fn elems(&self) -> impl Iterator<Item = &Elem> {
        self.children.iter().filter_map(|n| match n {
            Node::Elem(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn child(&self, name: &str) -> Option<&Elem> {
        self.elems().find(|e| e.name == name)
    }

    /// The text of the element and its descendants (inline markup such as `<hi>` is
    /// dropped, its text kept), trimmed of XML whitespace unless the element has
    /// `xml:space="preserve"`.
    fn text(&self) -> String {
        let mut s = String::new();
        self.collect_text(&mut s);
        if self.attr("xml:space") == Some("preserve") {
            s
        } else {
            s.trim_matches(is_xml_space).to_string()
        }
    }

    fn collect_text(&self, out: &mut String) {
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Elem(e) => e.collect_text(out),
            }
        }
    }

    /// Calls `f` on this element and every descendant element.
    fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Elem)) {
        f(self);
        for e in self.elems() {
            e.visit(f);
        }
    }
}

fn offset(pos: u64) -> usize {
    usize::try_from(pos).unwrap_or(usize::MAX)
}

fn parse_xml(text: &str) -> Result<Elem, FormatError> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Elem> = Vec::new();
    let mut root: Option<Elem> = None;
    loop {
        let start = offset(reader.buffer_position());
        let event = reader.read_event().map_err(|e| {
            malformed_at(
                text,
                offset(reader.error_position()),
                format!("malformed XML: {e}"),
            )
        })?;
        match event {
            Event::DocType(d) => check_doctype(text, start, &d)?,
            Event::Start(s) => {
                if stack.is_empty() && root.is_some() {
                    return Err(malformed_at(text, start, "more than one root element"));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(malformed_at(
                        text,
                        start,
                        format!("elements nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                stack.push(make_elem(text, start, &s)?);
            }
            Event::Empty(s) => {
                let e = make_elem(text, start, &s)?;
                attach(text, &mut stack, &mut root, e)?;
            }
            Event::End(_) => match stack.pop() {
                Some(e) => attach(text, &mut stack, &mut root, e)?,
                None => return Err(malformed_at(text, start, "unexpected end tag")),
            },
            Event::Text(t) => push_text(text, start, &mut stack, &t.xml10_content())?,
            Event::CData(c) => push_text(text, start, &mut stack, &c.xml10_content())?,
            Event::GeneralRef(r) => {
                let s = resolve_ref(text, start, &r)?;
                push_text(text, start, &mut stack, &s)?;
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        let (line, column) = input::line_col(text, open.offset);
        return Err(malformed_at(
            text,
            text.len(),
            format!(
                "unexpected end of input: <{}> opened at line {line}, column {column} is not closed",
                open.name
            ),
        ));
    }
    root.ok_or_else(|| malformed_at(text, text.len(), "no root element (empty or not XML)"))
}

fn check_doctype(text: &str, start: usize, d: &str) -> Result<(), FormatError> {
    let upper = d.to_ascii_uppercase();
    if upper.contains("<!ENTITY") {
        let (line, column) = input::line_col(text, start);
        return Err(FormatError::Unsafe {
            line,
            column,
            message: "the DOCTYPE declares entities; entity declarations (internal or external) \
                      are never processed, to rule out entity expansion bombs and external \
                      entity access"
                .to_string(),
        });
    }
    Ok(())
}

fn make_elem(text: &str, start: usize, s: &BytesStart<'_>) -> Result<Elem, FormatError> {
    let name = s.local_name().as_ref().to_string();
    let mut attrs = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(|e| malformed_at(text, start, format!("malformed attribute: {e}")))?;
        let value = a.normalized_value(XmlVersion::Implicit1_0).map_err(|e| {
            malformed_at(
                text,
                start,
                format!(
                    "attribute {}: {e} (only the five predefined XML entities and character \
                     references are allowed)",
                    a.key.as_ref()
                ),
            )
        })?;
        attrs.push((a.key.as_ref().to_string(), value.into_owned()));
    }
    Ok(Elem {
        name,
        attrs,
        children: Vec::new(),
        offset: start,
    })
}

fn attach(
    text: &str,
    stack: &mut [Elem],
    root: &mut Option<Elem>,
    e: Elem,
) -> Result<(), FormatError> {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(Node::Elem(e));
    } else if root.is_none() {
        *root = Some(e);
    } else {
        return Err(malformed_at(text, e.offset, "more than one root element"));
    }
    Ok(())
}

fn push_text(text: &str, start: usize, stack: &mut [Elem], s: &str) -> Result<(), FormatError> {
    match stack.last_mut() {
        Some(parent) => {
            if let Some(Node::Text(prev)) = parent.children.last_mut() {
                prev.push_str(s);
            } else {
                parent.children.push(Node::Text(s.to_string()));
            }
            Ok(())
        }
        None if s.chars().all(is_xml_space) => Ok(()),
        None => Err(malformed_at(text, start, "text outside the root element")),
    }
}

fn resolve_ref(text: &str, start: usize, r: &BytesRef<'_>) -> Result<String, FormatError> {
    let name: &str = r;
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) if valid_xml_char(c) => Ok(c.to_string()),
            _ => Err(malformed_at(
                text,
                start,
                format!("invalid character reference &{name};"),
            )),
        };
    }
    let s = match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "apos" => "'",
        "quot" => "\"",
        _ => {
            return Err(malformed_at(
                text,
                start,
                format!(
                    "reference to undefined entity &{name}; (entities are never expanded: only \
                     the five predefined XML entities and character references are allowed)"
                ),
            ))
        }
    };
    Ok(s.to_string())
}

// ---------------------------------------------------------------------------------
// Interpretation of the tree.

struct Interp<'t> {
    text: &'t str,
}

/// The data category of a data element: the `type` attribute of a DCA carrier
/// (`descrip`, `termNote`, `admin`, ...), or the element's own name in DCT style
/// (`<min:partOfSpeech>`) and for `<note>`.
fn category(e: &Elem) -> &str {
    match e.name.as_str() {
        "descrip" | "termNote" | "admin" | "descripNote" | "adminNote" | "transacNote" => {
            e.attr("type").unwrap_or("")
        }
        other => other,
    }
}

/// The data elements in `e`: `e` itself, or the members of a group element.
fn data_items<'a>(e: &'a Elem, out: &mut Vec<&'a Elem>) {
    match e.name.as_str() {
        "descripGrp" | "adminGrp" | "termNoteGrp" => {
            for c in e.elems() {
                data_items(c, out);
            }
        }
        "transacGrp" | "transac" | "date" | "ref" | "xref" => {}
        _ => out.push(e),
    }
}

/// Where a data element sits, for the priority of definitions and labels of notes.
#[derive(Clone, Copy)]
enum Level<'a> {
    Concept,
    Lang { locale: &'a str, source: bool },
}

#[derive(Default)]
struct ConceptAcc {
    /// (priority, text): lower wins, the first of equals wins.
    definition: Option<(u8, String)>,
    domain: Option<String>,
    notes: Vec<String>,
    dnt: bool,
}

impl ConceptAcc {
    fn definition(&mut self, prio: u8, text: String) {
        if self.definition.as_ref().is_none_or(|(p, _)| prio < *p) {
            self.definition = Some((prio, text));
        }
    }
}

/// `context` -> `Context: ...`; the label used for descriptive categories that have no
/// field of their own and go to a note.
fn labeled(cat: &str, text: &str) -> Option<String> {
    let label = match cat {
        "context" => "Context",
        "example" => "Example",
        "explanation" => "Explanation",
        _ => return None,
    };
    Some(format!("{label}: {text}"))
}

fn is_note(cat: &str) -> bool {
    matches!(cat, "note" | "usageNote" | "Usage note" | "usage note")
}

fn is_status(cat: &str) -> bool {
    matches!(
        cat,
        "administrativeStatus" | "normativeAuthorization" | "usageStatus" | "termStatus" | "status"
    )
}

fn is_translation_needed(cat: &str) -> bool {
    matches!(cat, "Translation needed" | "translationNeeded")
}

impl Interp<'_> {
    fn glossary(&self, root: &Elem) -> Result<Glossary, FormatError> {
        let mut g = Glossary {
            source_locale: root.lang().map(normalize_locale),
            ..Glossary::default()
        };
        if let Some(h) = root
            .elems()
            .find(|e| matches!(e.name.as_str(), "martifHeader" | "tbxHeader"))
        {
            self.header(h, &mut g)?;
        }
        if let Some(body) = root.child("text").and_then(|t| t.child("body")) {
            let entries = body
                .elems()
                .filter(|e| matches!(e.name.as_str(), "termEntry" | "conceptEntry"));
            for (i, entry) in entries.enumerate() {
                let c = self.concept(entry, i, g.source_locale.as_deref())?;
                g.concepts.push(c);
            }
        }
        Ok(g)
    }

    fn header(&self, h: &Elem, g: &mut Glossary) -> Result<(), FormatError> {
        if let Some(fd) = h.child("fileDesc") {
            if let Some(title) = fd.child("titleStmt").and_then(|t| t.child("title")) {
                g.name = Some(title.text());
            }
            let descs: Vec<String> = fd
                .elems()
                .filter(|e| e.name == "sourceDesc")
                .flat_map(|sd| sd.elems())
                .filter(|p| p.name == "p" && p.attr("type").is_none())
                .map(Elem::text)
                .collect();
            if !descs.is_empty() {
                g.description = Some(descs.join("\n"));
            }
        }
        let mut defaults = Vec::new();
        h.visit(&mut |e| {
            if e.name == "p" && e.attr("type") == Some("x-glossator-match-default") {
                defaults.push(e);
            }
        });
        for p in defaults {
            let lang = p.lang().ok_or_else(|| {
                malformed_at(
                    self.text,
                    p.offset,
                    "x-glossator-match-default without xml:lang",
                )
            })?;
            let policy = self.policy(p)?;
            g.defaults.insert(normalize_locale(lang), policy);
        }
        Ok(())
    }

    fn policy(&self, e: &Elem) -> Result<MatchPolicy, FormatError> {
        let v = e.text();
        parse_policy(&v).ok_or_else(|| {
            malformed_at(
                self.text,
                e.offset,
                format!(
                    "unknown match policy {v:?}; expected exact, prefix, inflect, stem, pattern or substring"
                ),
            )
        })
    }

    fn flag(&self, e: &Elem) -> Result<bool, FormatError> {
        let v = e.text();
        match v.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Ok(true),
            "false" | "no" | "0" | "" => Ok(false),
            _ => Err(malformed_at(
                self.text,
                e.offset,
                format!("{}: expected true or false, found {v:?}", category(e)),
            )),
        }
    }

    fn concept(
        &self,
        entry: &Elem,
        index: usize,
        src: Option<&str>,
    ) -> Result<Concept, FormatError> {
        let id = entry
            .attr("id")
            .map(str::to_string)
            .unwrap_or_else(|| format!("c{}", index + 1));
        let mut acc = ConceptAcc::default();
        let mut terms = Vec::new();
        for child in entry.elems() {
            match child.name.as_str() {
                "langSet" | "langSec" => self.lang_set(child, src, &mut acc, &mut terms)?,
                _ => {
                    let mut items = Vec::new();
                    data_items(child, &mut items);
                    for item in items {
                        acc.dnt |= self.descriptive(item, Level::Concept, &mut acc);
                    }
                }
            }
        }
        if acc.dnt {
            for t in &mut terms {
                t.dnt = true;
            }
        }
        Ok(Concept {
            id,
            domain: acc.domain,
            definition: acc.definition.map(|(_, d)| d),
            note: (!acc.notes.is_empty()).then(|| acc.notes.join("\n")),
            terms,
        })
    }

    /// A concept- or language-level data element. Returns true for a "Translation
    /// needed: no" marker (Weblate's read-only terms).
    fn descriptive(&self, e: &Elem, level: Level<'_>, acc: &mut ConceptAcc) -> bool {
        let cat = category(e);
        let prefix = match level {
            Level::Concept => String::new(),
            Level::Lang { locale, .. } => format!("[{locale}] "),
        };
        match cat {
            "definition" => self.definition(level, 0, e, acc),
            // A typeless <descrip> (Weblate's explanation) ranks after typed definitions.
            "" if e.name == "descrip" => self.definition(level, 5, e, acc),
            "subjectField" => {
                if acc.domain.is_none() {
                    acc.domain = Some(e.text());
                }
            }
            c if is_note(c) => acc.notes.push(format!("{prefix}{}", e.text())),
            c if is_translation_needed(c) => return e.text().eq_ignore_ascii_case("no"),
            c => {
                if let Some(n) = labeled(c, &e.text()) {
                    acc.notes.push(format!("{prefix}{n}"));
                }
            }
        }
        false
    }

    fn definition(&self, level: Level<'_>, penalty: u8, e: &Elem, acc: &mut ConceptAcc) {
        let prio = match level {
            Level::Concept => 0,
            Level::Lang { source: true, .. } => 1,
            Level::Lang { source: false, .. } => 2,
        };
        acc.definition(prio + penalty, e.text());
    }

    fn lang_set(
        &self,
        ls: &Elem,
        src: Option<&str>,
        acc: &mut ConceptAcc,
        terms: &mut Vec<Term>,
    ) -> Result<(), FormatError> {
        let locale = ls
            .lang()
            .map(normalize_locale)
            .unwrap_or_else(|| "und".to_string());
        let source = src == Some(locale.as_str());
        let first = terms.len();
        let mut dnt = false;
        for child in ls.elems() {
            match child.name.as_str() {
                "tig" | "ntig" | "termSec" => terms.push(self.term(child, &locale, source, acc)?),
                _ => {
                    let mut items = Vec::new();
                    data_items(child, &mut items);
                    for item in items {
                        let level = Level::Lang {
                            locale: &locale,
                            source,
                        };
                        dnt |= self.descriptive(item, level, acc);
                    }
                }
            }
        }
        if dnt {
            for t in &mut terms[first..] {
                t.dnt = true;
            }
        }
        Ok(())
    }

    fn term(
        &self,
        tig: &Elem,
        locale: &str,
        source: bool,
        acc: &mut ConceptAcc,
    ) -> Result<Term, FormatError> {
        let mut t = Term {
            locale: locale.to_string(),
            text: String::new(),
            status: Status::Preferred,
            pos: None,
            case_sensitive: false,
            policy: None,
            pattern: None,
            dnt: false,
            note: None,
        };
        let mut found = false;
        let mut status: Option<Status> = None;
        let mut notes = Vec::new();
        for e in term_items(tig) {
            if e.name == "term" {
                if !found {
                    t.text = e.text();
                    found = true;
                }
                continue;
            }
            match category(e) {
                c if is_status(c) => {
                    if let Some(s) = parse_status(&e.text()) {
                        // The most restrictive status wins.
                        status = Some(status.map_or(s, |old| old.max(s)));
                    }
                }
                "partOfSpeech" => {
                    if t.pos.is_none() {
                        t.pos = Some(e.text());
                    }
                }
                "x-glossator-match" => t.policy = Some(self.policy(e)?),
                "x-glossator-pattern" => t.pattern = Some(e.text()),
                "x-glossator-caseSensitive" => t.case_sensitive = self.flag(e)?,
                "x-glossator-dnt" => t.dnt = self.flag(e)?,
                c if is_note(c) => notes.push(e.text()),
                "translationNote" => {
                    let v = e.text();
                    if v.eq_ignore_ascii_case("no") {
                        t.dnt = true; // Weblate: "translation needed: no"
                    } else {
                        notes.push(v);
                    }
                }
                c if is_translation_needed(c) => {
                    if e.text().eq_ignore_ascii_case("no") {
                        t.dnt = true;
                    }
                }
                "definition" => acc.definition(if source { 3 } else { 4 }, e.text()),
                c => {
                    if let Some(n) = labeled(c, &e.text()) {
                        notes.push(n);
                    }
                }
            }
        }
        t.status = status.unwrap_or_default();
        if !notes.is_empty() {
            t.note = Some(notes.join("\n"));
        }
        Ok(t)
    }
}

/// The data items of a term (`tig`, `ntig`): its own and those of its `termGrp`.
fn term_items(tig: &Elem) -> Vec<&Elem> {
    let mut items = Vec::new();
    for child in tig.elems() {
        if child.name == "termGrp" {
            for c in child.elems() {
                data_items(c, &mut items);
            }
        } else {
            data_items(child, &mut items);
        }
    }
    items
}

// ---------------------------------------------------------------------------------
// Writer.

struct Names {
    root: &'static str,
    header: &'static str,
    entry: &'static str,
    lang: &'static str,
    term: &'static str,
}

const V2_NAMES: Names = Names {
    root: "martif",
    header: "martifHeader",
    entry: "termEntry",
    lang: "langSet",
    term: "tig",
};

const V3_NAMES: Names = Names {
    root: "tbx",
    header: "tbxHeader",
    entry: "conceptEntry",
    lang: "langSec",
    term: "termSec",
};

fn valid_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn escape(s: &str, attr: bool) -> Result<String, FormatError> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attr => out.push_str("&quot;"),
            '\t' if attr => out.push_str("&#9;"),
            '\n' if attr => out.push_str("&#10;"),
            c if valid_xml_char(c) => out.push(c),
            c => {
                let snippet: String = s.chars().take(40).collect();
                return Err(FormatError::Unrepresentable(format!(
                    "character U+{:04X} cannot be written in XML 1.0 (in {snippet:?})",
                    u32::from(c)
                )));
            }
        }
    }
    Ok(out)
}

struct XmlOut {
    buf: String,
}

impl XmlOut {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.buf.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<(), FormatError> {
        self.buf.push('<');
        self.buf.push_str(name);
        for (k, v) in attrs {
            let _ = write!(self.buf, " {k}=\"{}\"", escape(v, true)?);
        }
        Ok(())
    }

    fn open(
        &mut self,
        level: usize,
        name: &str,
        attrs: &[(&str, &str)],
    ) -> Result<(), FormatError> {
        self.indent(level);
        self.start_tag(name, attrs)?;
        self.buf.push_str(">\n");
        Ok(())
    }

    fn close(&mut self, level: usize, name: &str) {
        self.indent(level);
        let _ = writeln!(self.buf, "</{name}>");
    }

    /// `<name attrs>text</name>`; `xml:space="preserve"` keeps leading or trailing
    /// whitespace that the reader would otherwise trim.
    fn leaf(
        &mut self,
        level: usize,
        name: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> Result<(), FormatError> {
        self.indent(level);
        self.start_tag(name, attrs)?;
        if text.starts_with(is_xml_space) || text.ends_with(is_xml_space) {
            self.buf.push_str(" xml:space=\"preserve\"");
        }
        let _ = writeln!(self.buf, ">{}</{name}>", escape(text, false)?);
        Ok(())
    }
}

/// Writes a glossary as TBX v2 (`<martif>`), the format Pontoon users exchange.
pub fn write_tbx(g: &Glossary) -> Result<String, FormatError> {
    write_tbx_version(g, TbxVersion::V2)
}

/// Writes a glossary as TBX v2 or v3 (TBX-Basic, DCA style). Both keep every field of
/// the model; fails only on characters XML 1.0 cannot carry (C0 controls other than
/// tab, line feed and carriage return).
pub fn write_tbx_version(g: &Glossary, version: TbxVersion) -> Result<String, FormatError> {
    let n = match version {
        TbxVersion::V2 => &V2_NAMES,
        TbxVersion::V3 => &V3_NAMES,
    };
    let mut w = XmlOut {
        buf: String::with_capacity(1024 + g.concepts.len() * 2048),
    };
    w.buf
        .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let mut root_attrs: Vec<(&str, &str)> = Vec::new();
    match version {
        TbxVersion::V2 => {
            w.buf
                .push_str("<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n");
            root_attrs.push(("type", "TBX"));
        }
        TbxVersion::V3 => {
            root_attrs.push(("type", "TBX-Basic"));
            root_attrs.push(("style", "dca"));
        }
    }
    if let Some(l) = &g.source_locale {
        root_attrs.push(("xml:lang", l));
    }
    if version == TbxVersion::V3 {
        root_attrs.push(("xmlns", "urn:iso:std:iso:30042:ed-2"));
    }
    w.open(0, n.root, &root_attrs)?;

    // Header.
    w.open(1, n.header, &[])?;
    w.open(2, "fileDesc", &[])?;
    if let Some(name) = &g.name {
        w.open(3, "titleStmt", &[])?;
        w.leaf(4, "title", &[], name)?;
        w.close(3, "titleStmt");
    }
    if let Some(d) = &g.description {
        w.open(3, "sourceDesc", &[])?;
        w.leaf(4, "p", &[], d)?;
        w.close(3, "sourceDesc");
    }
    w.close(2, "fileDesc");
    if version == TbxVersion::V2 || !g.defaults.is_empty() {
        w.open(2, "encodingDesc", &[])?;
        if version == TbxVersion::V2 {
            w.leaf(3, "p", &[("type", "XCSURI")], "TBXXCSV02.xcs")?;
        }
        for (locale, policy) in &g.defaults {
            w.leaf(
                3,
                "p",
                &[("type", "x-glossator-match-default"), ("xml:lang", locale)],
                input::policy_name(*policy),
            )?;
        }
        w.close(2, "encodingDesc");
    }
    w.close(1, n.header);

    w.open(1, "text", &[])?;
    w.open(2, "body", &[])?;
    for c in &g.concepts {
        write_concept(&mut w, n, c)?;
    }
    w.close(2, "body");
    w.close(1, "text");
    w.close(0, n.root);
    Ok(w.buf)
}

fn write_concept(w: &mut XmlOut, n: &Names, c: &Concept) -> Result<(), FormatError> {
    w.open(3, n.entry, &[("id", &c.id)])?;
    if let Some(d) = &c.domain {
        w.leaf(4, "descrip", &[("type", "subjectField")], d)?;
    }
    if let Some(d) = &c.definition {
        w.leaf(4, "descrip", &[("type", "definition")], d)?;
    }
    if let Some(note) = &c.note {
        w.leaf(4, "note", &[], note)?;
    }
    // Terms are grouped into language sections in their model order: a locale that
    // recurs after another one opens a new section, so the order survives a round trip.
    let mut i = 0;
    while i < c.terms.len() {
        let locale = &c.terms[i].locale;
        w.open(4, n.lang, &[("xml:lang", locale)])?;
        while i < c.terms.len() && &c.terms[i].locale == locale {
            write_term(w, n, &c.terms[i])?;
            i += 1;
        }
        w.close(4, n.lang);
    }
    w.close(3, n.entry);
    Ok(())
}

fn write_term(w: &mut XmlOut, n: &Names, t: &Term) -> Result<(), FormatError> {
    w.open(5, n.term, &[])?;
    w.leaf(6, "term", &[], &t.text)?;
    let note = |w: &mut XmlOut, ty: &str, v: &str| w.leaf(6, "termNote", &[("type", ty)], v);
    note(w, "administrativeStatus", input::status_tbx(t.status))?;
    if let Some(pos) = &t.pos {
        note(w, "partOfSpeech", pos)?;
    }
    if let Some(p) = t.policy {
        note(w, "x-glossator-match", input::policy_name(p))?;
    }
    if let Some(p) = &t.pattern {
        note(w, "x-glossator-pattern", p)?;
    }
    if t.case_sensitive {
        note(w, "x-glossator-caseSensitive", "true")?;
    }
    if t.dnt {
        note(w, "x-glossator-dnt", "true")?;
    }
    if let Some(text) = &t.note {
        w.leaf(6, "note", &[], text)?;
    }
    w.close(5, n.term);
    Ok(())
}
