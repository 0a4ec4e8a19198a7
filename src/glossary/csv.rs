//! CSV/TSV glossaries: a reader for the shapes users meet (glossator's own lossless
//! shape, Weblate's bilingual `source,target` export, Crowdin/Phrase-style
//! multilingual columns, headerless `source,target` pairs) and a writer of glossator's
//! own shape.
//!
//! glossator's shape has one row per term, with the columns of [`GLOSSATOR_COLUMNS`]:
//!
//! ```text
//! concept,domain,definition,concept_note,locale,term,status,pos,case_sensitive,match,pattern,dnt,term_note
//! #name,,,,,banking,,,,,,,
//! #description,,,,,Banking terminology...,,,,,,,
//! #source_locale,,,,en,,,,,,,,
//! #match,,,,fi,,,,,prefix,,,
//! remote-banking,banking/channels,Banking services...,,en,remote banking,preferred,noun,,,,,
//! ```
//!
//! Glossary-level data sits in rows whose `concept` cell starts with `#`: `#name` and
//! `#description` (value in `term`), `#source_locale` (value in `locale`) and one
//! `#match` row per locale default (locale in `locale`, policy in `match`). A concept
//! id that itself starts with `#` is written with one more `#` (`##x` for `#x`).
//! Concept-level cells repeat on each row of the concept; the reader takes the first
//! non-empty one. A concept without terms is one row with empty term cells.

use super::error::FormatError;
use super::input::{
    self, is_locale_like, malformed_at, normalize_locale, normalize_pos, parse_bool, parse_policy,
    parse_status,
};
use super::model::{Concept, Glossary, Status, Term};
use std::collections::HashMap;

/// The header of glossator's own CSV shape, in the order the writer uses.
pub const GLOSSATOR_COLUMNS: [&str; 13] = [
    "concept",
    "domain",
    "definition",
    "concept_note",
    "locale",
    "term",
    "status",
    "pos",
    "case_sensitive",
    "match",
    "pattern",
    "dnt",
    "term_note",
];

/// The shape of a glossary CSV, recognized from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvShape {
    /// glossator's own lossless shape (header has `concept`, `locale`, `term`).
    Glossator,
    /// Weblate / translate-toolkit bilingual export (header has `source`, `target`).
    Bilingual,
    /// One column per locale (`en`, `Term [en]`, `term_en`, `Term (en)`, ...):
    /// Crowdin, Phrase and hand-made tables.
    Multilingual,
    /// No header: `source,target` pairs (Weblate's "simple CSV"); needs both locales.
    Headerless,
}

/// Reads a glossary CSV or TSV.
///
/// `delimiter`: `Some(b',')`, `Some(b'\t')`, ... or `None` to sniff it from the first
/// row. `source_locale`/`target_locale` name the locales of a bilingual file (which
/// does not name them itself); in a multilingual file `source_locale` marks the
/// source-language columns and defaults to the first locale column. A UTF-8 BOM is
/// dropped. Errors carry the line and column of the offending cell.
pub fn read_csv(
    bytes: &[u8],
    delimiter: Option<u8>,
    source_locale: Option<&str>,
    target_locale: Option<&str>,
) -> Result<Glossary, FormatError> {
    let text = input::decode(bytes)?;
    let text: &str = &text;
    let delim = delimiter.unwrap_or_else(|| sniff_delimiter(text));
    check_quotes(text, delim)?;
    let rows = records(text, delim)?;
    let Some(header) = rows.first() else {
        return Ok(Glossary::default());
    };
    let cx = Cx {
        text,
        delim,
        source: source_locale.map(normalize_locale),
        target: target_locale.map(normalize_locale),
    };
    match classify(&header.fields) {
        Some(CsvShape::Glossator) => cx.glossator(&rows),
        Some(CsvShape::Bilingual) => cx.bilingual(&rows),
        Some(CsvShape::Multilingual) => cx.multilingual(&rows),
        Some(CsvShape::Headerless) | None => {
            if cx.source.is_some() && cx.target.is_some() && header.fields.len() >= 2 {
                cx.headerless(&rows)
            } else {
                Err(malformed_at(
                    text,
                    header.offset,
                    format!(
                        "unrecognized glossary CSV header {:?}: expected glossator's columns \
                         (concept, locale, term, ...), source/target columns, or one column \
                         per locale (en, Term [en], term_en, ...); a headerless source,target \
                         file needs both locales",
                        header.fields
                    ),
                ))
            }
        }
    }
}

/// Tells the shape of a CSV from its header row; `None` if it is none of the known
/// headers (which may mean a headerless file).
pub fn detect_shape(header: &[String]) -> Option<CsvShape> {
    classify(header)
}

fn classify(header: &[String]) -> Option<CsvShape> {
    let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let has = |n: &str| names.iter().any(|h| h == n);
    if has("concept") && has("locale") && has("term") {
        return Some(CsvShape::Glossator);
    }
    if has("source") && has("target") {
        return Some(CsvShape::Bilingual);
    }
    let cols = parse_columns(header);
    if cols.iter().any(|c| c.field == Field::Term) {
        return Some(CsvShape::Multilingual);
    }
    None
}

/// Guesses the delimiter from the first row: the most frequent of tab, `,`, `;`, `|`
/// outside quotes (tab wins ties, then comma); `,` if none occurs.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b'\t', 0usize), (b',', 0), (b';', 0), (b'|', 0)];
    let mut in_quotes = false;
    for b in text.bytes() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            _ if !in_quotes => {
                for (d, n) in &mut counts {
                    if *d == b {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    let mut best = (b',', 0);
    for (d, n) in counts {
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

// ---------------------------------------------------------------------------------
// Records.

struct Row {
    fields: Vec<String>,
    /// Byte offset of the record's start in the text.
    offset: usize,
    /// 1-based record number (the header is record 1).
    number: usize,
}

impl Row {
    fn get(&self, i: Option<usize>) -> &str {
        i.and_then(|i| self.fields.get(i))
            .map_or("", String::as_str)
    }

    fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Reports a quoted field that is never closed (a truncated file) at its opening quote.
fn check_quotes(text: &str, delim: u8) -> Result<(), FormatError> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut field_start = true;
    let mut open: Option<usize> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(_start) = open {
            if c == b'"' {
                if b.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    open = None;
                }
            }
        } else if c == b'"' && field_start {
            open = Some(i);
        } else if c == delim || c == b'\n' || c == b'\r' {
            field_start = true;
            i += 1;
            continue;
        }
        field_start = false;
        i += 1;
    }
    match open {
        Some(start) => Err(malformed_at(
            text,
            start,
            "unterminated quoted field (the file may be truncated)",
        )),
        None => Ok(()),
    }
}

/// Byte offset of the start of field `index` (0-based) of the record at `start`.
fn field_offset(text: &str, start: usize, delim: u8, index: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut field = 0;
    let mut in_quotes = false;
    let mut field_start = true;
    while i < b.len() && field < index {
        let c = b[i];
        if in_quotes {
            if c == b'"' {
                if b.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quotes = false;
                }
            }
        } else if c == b'"' && field_start {
            in_quotes = true;
        } else if c == delim {
            field += 1;
            field_start = true;
            i += 1;
            continue;
        } else if c == b'\n' || c == b'\r' {
            break;
        }
        field_start = false;
        i += 1;
    }
    i
}

fn records(text: &str, delim: u8) -> Result<Vec<Row>, FormatError> {
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let off = e
                .position()
                .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
            malformed_at(text, off, format!("malformed CSV: {e}"))
        })?;
        let offset = rec
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let row = Row {
            fields: rec.iter().map(str::to_string).collect(),
            offset,
            number: rows.len() + 1,
        };
        rows.push(row);
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------
// Shapes.

struct Cx<'t> {
    text: &'t str,
    delim: u8,
    source: Option<String>,
    target: Option<String>,
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn push_note(note: &mut Option<String>, text: String) {
    match note {
        Some(n) if !n.is_empty() => {
            n.push('\n');
            n.push_str(&text);
        }
        _ => *note = Some(text),
    }
}

fn term(locale: &str, text: &str) -> Term {
    Term {
        locale: locale.to_string(),
        text: text.to_string(),
        status: Status::Preferred,
        pos: None,
        case_sensitive: false,
        policy: None,
        pattern: None,
        dnt: false,
        note: None,
    }
}

fn concept(id: String) -> Concept {
    Concept {
        id,
        domain: None,
        definition: None,
        note: None,
        terms: Vec::new(),
    }
}

impl Cx<'_> {
    fn at(&self, row: &Row, field: Option<usize>, message: impl Into<String>) -> FormatError {
        let off = field_offset(self.text, row.offset, self.delim, field.unwrap_or(0));
        malformed_at(self.text, off, message)
    }

    /// Checks a data row against the header's width: a short row (a truncated file,
    /// a lost delimiter) is an error; extra cells are allowed only when empty.
    fn check_width(&self, row: &Row, width: usize) -> Result<(), FormatError> {
        if row.fields.len() < width {
            let end = field_offset(self.text, row.offset, self.delim, usize::MAX);
            return Err(malformed_at(
                self.text,
                end,
                format!(
                    "row has {} fields, the header has {width} (truncated row?)",
                    row.fields.len()
                ),
            ));
        }
        if let Some(i) = (width..row.fields.len()).find(|&i| !row.fields[i].trim().is_empty()) {
            return Err(self.at(
                row,
                Some(i),
                format!(
                    "row has {} fields, the header has {width}",
                    row.fields.len()
                ),
            ));
        }
        Ok(())
    }

    fn missing_locale(&self, row: &Row, which: &str) -> FormatError {
        let (line, _) = input::line_col(self.text, row.offset);
        FormatError::MissingLocale(format!(
            "line {line}: this CSV does not name its {which} locale; give it to the reader"
        ))
    }

    fn glossator(&self, rows: &[Row]) -> Result<Glossary, FormatError> {
        let header = &rows[0];
        let col = |name: &str| {
            header
                .fields
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        let cols = GlossatorCols::from(GLOSSATOR_COLUMNS.map(col));
        let mut g = Glossary::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        for row in &rows[1..] {
            self.check_width(row, header.fields.len())?;
            if row.is_blank() {
                continue;
            }
            let raw_id = row.get(cols.id);
            if let Some(key) = raw_id.strip_prefix('#').filter(|k| !k.starts_with('#')) {
                self.glossary_row(&mut g, row, key, &cols)?;
                continue;
            }
            let id = raw_id.strip_prefix('#').unwrap_or(raw_id);
            let ci = *index.entry(id.to_string()).or_insert_with(|| {
                g.concepts.push(concept(id.to_string()));
                g.concepts.len() - 1
            });
            let c = &mut g.concepts[ci];
            for (slot, col) in [
                (&mut c.domain, cols.domain),
                (&mut c.definition, cols.definition),
                (&mut c.note, cols.concept_note),
            ] {
                if slot.is_none() {
                    *slot = opt(row.get(col));
                }
            }
            if let Some(t) = self.glossator_term(row, &cols)? {
                c.terms.push(t);
            }
        }
        Ok(g)
    }

    /// A row about the glossary itself (`#name`, `#description`, `#source_locale`,
    /// `#match`), its key `key`.
    fn glossary_row(
        &self,
        g: &mut Glossary,
        row: &Row,
        key: &str,
        cols: &GlossatorCols,
    ) -> Result<(), FormatError> {
        match key {
            "name" => g.name = Some(row.get(cols.term).to_string()),
            "description" => g.description = Some(row.get(cols.term).to_string()),
            "source_locale" => g.source_locale = Some(normalize_locale(row.get(cols.locale))),
            "match" => {
                let v = row.get(cols.policy);
                let p = parse_policy(v).ok_or_else(|| {
                    self.at(row, cols.policy, format!("unknown match policy {v:?}"))
                })?;
                g.defaults.insert(normalize_locale(row.get(cols.locale)), p);
            }
            _ => {
                return Err(self.at(
                    row,
                    cols.id,
                    format!(
                        "unknown glossary row {:?}: expected #name, #description, \
                         #source_locale or #match (write a concept id starting with # \
                         as ##...)",
                        row.get(cols.id)
                    ),
                ))
            }
        }
        Ok(())
    }

    /// The term of a concept row; `None` when its term columns are all empty (a row
    /// about the concept only).
    fn glossator_term(&self, row: &Row, cols: &GlossatorCols) -> Result<Option<Term>, FormatError> {
        let term_cols = [
            cols.locale,
            cols.term,
            cols.status,
            cols.pos,
            cols.case_sensitive,
            cols.policy,
            cols.pattern,
            cols.dnt,
            cols.term_note,
        ];
        if term_cols.iter().all(|&i| row.get(i).is_empty()) {
            return Ok(None);
        }
        let flag = |col: Option<usize>| {
            let v = row.get(col);
            parse_bool(v)
                .ok_or_else(|| self.at(row, col, format!("expected true or false, found {v:?}")))
        };
        let status = match row.get(cols.status) {
            "" => Status::Preferred,
            v => parse_status(v).ok_or_else(|| {
                self.at(
                    row,
                    cols.status,
                    format!("unknown status {v:?}; expected preferred, admitted or forbidden"),
                )
            })?,
        };
        let policy = match row.get(cols.policy) {
            "" => None,
            v => Some(parse_policy(v).ok_or_else(|| {
                self.at(
                    row,
                    cols.policy,
                    format!(
                        "unknown match policy {v:?}; expected exact, prefix, inflect, stem, pattern or substring"
                    ),
                )
            })?),
        };
        Ok(Some(Term {
            locale: normalize_locale(row.get(cols.locale)),
            text: row.get(cols.term).to_string(),
            status,
            pos: opt(row.get(cols.pos)),
            case_sensitive: flag(cols.case_sensitive)?,
            policy,
            pattern: opt(row.get(cols.pattern)),
            dnt: flag(cols.dnt)?,
            note: opt(row.get(cols.term_note)),
        }))
    }

    fn bilingual(&self, rows: &[Row]) -> Result<Glossary, FormatError> {
        let header = &rows[0];
        let names: Vec<String> = header
            .fields
            .iter()
            .map(|h| h.trim().to_lowercase().replace(['-', ' '], "_"))
            .collect();
        let col = |n: &str| names.iter().position(|h| h == n);
        let c_source = col("source");
        let c_target = col("target");
        let c_id = col("id");
        let c_context = col("context");
        let c_expl = col("explanation").or_else(|| col("description"));
        let c_flags = col("flags");
        let note_cols: Vec<usize> = names
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                matches!(
                    h.as_str(),
                    "notes"
                        | "note"
                        | "comment"
                        | "comments"
                        | "translator_comments"
                        | "developer_comments"
                )
            })
            .map(|(i, _)| i)
            .collect();
        let mut g = Glossary {
            source_locale: self.source.clone(),
            ..Glossary::default()
        };
        for row in &rows[1..] {
            self.check_width(row, header.fields.len())?;
            if row.is_blank() {
                continue;
            }
            let mut c = concept(match row.get(c_id) {
                "" => format!("row-{}", row.number),
                id => id.to_string(),
            });
            c.definition = opt(row.get(c_expl));
            for &i in &note_cols {
                if let Some(n) = opt(row.get(Some(i))) {
                    push_note(&mut c.note, n);
                }
            }
            if let Some(ctx) = opt(row.get(c_context)) {
                push_note(&mut c.note, format!("Context: {ctx}"));
            }
            let flags: Vec<String> = row
                .get(c_flags)
                .split(',')
                .map(|f| f.trim().to_ascii_lowercase())
                .collect();
            let has = |f: &str| flags.iter().any(|x| x == f);
            let read_only = has("read-only") || has("readonly");
            let case_sensitive = has("case-sensitive");
            self.pair(
                row,
                &mut c,
                row.get(c_source),
                row.get(c_target),
                read_only,
                case_sensitive,
                has("forbidden"),
            )?;
            g.concepts.push(c);
        }
        Ok(g)
    }

    #[allow(clippy::too_many_arguments)]
    fn pair(
        &self,
        row: &Row,
        c: &mut Concept,
        source: &str,
        target: &str,
        dnt: bool,
        case_sensitive: bool,
        forbidden: bool,
    ) -> Result<(), FormatError> {
        if !source.is_empty() {
            let l = self
                .source
                .as_deref()
                .ok_or_else(|| self.missing_locale(row, "source"))?;
            let mut t = term(l, source);
            t.dnt = dnt;
            t.case_sensitive = case_sensitive;
            c.terms.push(t);
        }
        if !target.is_empty() {
            let l = self
                .target
                .as_deref()
                .ok_or_else(|| self.missing_locale(row, "target"))?;
            let mut t = term(l, target);
            t.dnt = dnt;
            t.case_sensitive = case_sensitive;
            if forbidden {
                t.status = Status::Forbidden;
            }
            c.terms.push(t);
        }
        Ok(())
    }

    fn headerless(&self, rows: &[Row]) -> Result<Glossary, FormatError> {
        let mut g = Glossary {
            source_locale: self.source.clone(),
            ..Glossary::default()
        };
        for row in rows {
            if row.is_blank() {
                continue;
            }
            if row.fields.len() < 2 {
                return Err(self.at(row, None, "expected two fields: source and target"));
            }
            let mut c = concept(format!("row-{}", row.number));
            self.pair(
                row,
                &mut c,
                row.get(Some(0)),
                row.get(Some(1)),
                false,
                false,
                false,
            )?;
            g.concepts.push(c);
        }
        Ok(g)
    }

    fn multilingual(&self, rows: &[Row]) -> Result<Glossary, FormatError> {
        let header = &rows[0];
        let (groups, concept_cols) = self.term_groups(&parse_columns(&header.fields));
        let source = self.source.clone().or_else(|| first_locale(&groups));
        let mut g = Glossary {
            source_locale: source.clone(),
            ..Glossary::default()
        };
        let mut index: HashMap<String, usize> = HashMap::new();
        let id_col = concept_cols
            .iter()
            .find(|(f, _)| *f == Field::ConceptId)
            .map(|&(_, i)| i);
        for row in &rows[1..] {
            self.check_width(row, header.fields.len())?;
            if row.is_blank() {
                continue;
            }
            let ci = match row.get(id_col) {
                "" => {
                    g.concepts.push(concept(format!("row-{}", row.number)));
                    g.concepts.len() - 1
                }
                id => *index.entry(id.to_string()).or_insert_with(|| {
                    g.concepts.push(concept(id.to_string()));
                    g.concepts.len() - 1
                }),
            };
            let c = &mut g.concepts[ci];
            concept_fields(c, row, &concept_cols);
            for grp in &groups {
                let text = row.get(Some(grp.term));
                if text.is_empty() {
                    continue;
                }
                let locale = match grp.locale.as_deref().or(source.as_deref()) {
                    Some(l) => l.to_string(),
                    None => return Err(self.missing_locale(row, "source")),
                };
                let is_source = source.as_deref() == Some(locale.as_str());
                let t = group_term(c, row, grp, &locale, text, is_source);
                add_term(c, t);
            }
        }
        Ok(g)
    }

    /// The columns' meaning: term groups (one per term column, with the attribute
    /// columns of its locale) and the concept's columns.
    fn term_groups(&self, cols: &[Column]) -> (Vec<Group>, Vec<(Field, usize)>) {
        let mut groups: Vec<Group> = Vec::new();
        let mut unattached: Vec<(Field, Option<String>, usize)> = Vec::new();
        let mut concept_cols: Vec<(Field, usize)> = Vec::new();
        for (i, c) in cols.iter().enumerate() {
            match (&c.field, &c.locale) {
                (Field::Term, loc) => groups.push(Group {
                    locale: loc.clone(),
                    term: i,
                    attrs: Vec::new(),
                }),
                (Field::Ignore, _) => {}
                (
                    Field::ConceptId
                    | Field::ConceptDefinition
                    | Field::ConceptDomain
                    | Field::ConceptNote,
                    _,
                ) => concept_cols.push((c.field, i)),
                (Field::Description, None) => concept_cols.push((Field::ConceptDefinition, i)),
                (Field::Note, None) => concept_cols.push((Field::ConceptNote, i)),
                (f, loc) => match groups.iter_mut().rev().find(|g| &g.locale == loc) {
                    Some(g) => g.attrs.push((*f, i)),
                    None => unattached.push((*f, loc.clone(), i)),
                },
            }
        }
        for (f, loc, i) in unattached {
            match groups.iter_mut().find(|g| g.locale == loc) {
                Some(g) => g.attrs.push((f, i)),
                // Locale-less attributes (Phrase's `case sensitive`, `translatable`) go
                // to the source term.
                None if loc.is_none() => {
                    let src = self.source.clone().or_else(|| first_locale(&groups));
                    if let Some(g) = groups.iter_mut().find(|g| g.locale == src) {
                        g.attrs.push((f, i));
                    }
                }
                None => {}
            }
        }
        (groups, concept_cols)
    }
}

/// The concept's own columns of `row`: the first definition and domain, every note.
fn concept_fields(c: &mut Concept, row: &Row, concept_cols: &[(Field, usize)]) {
    for &(f, i) in concept_cols {
        let Some(v) = opt(row.get(Some(i))) else {
            continue;
        };
        match f {
            Field::ConceptDefinition if c.definition.is_none() => c.definition = Some(v),
            Field::ConceptDomain if c.domain.is_none() => c.domain = Some(v),
            Field::ConceptNote => push_note(&mut c.note, v),
            _ => {}
        }
    }
}

/// The term `text` of group `grp` in `row`, with its attributes; the source term's
/// description is the concept's definition when it has none.
fn group_term(
    c: &mut Concept,
    row: &Row,
    grp: &Group,
    locale: &str,
    text: &str,
    is_source: bool,
) -> Term {
    let mut t = term(locale, text);
    let mut forbidden = false;
    for &(f, i) in &grp.attrs {
        let v = row.get(Some(i));
        if v.is_empty() {
            continue;
        }
        match f {
            Field::Description if is_source && c.definition.is_none() => {
                c.definition = Some(v.to_string())
            }
            Field::Description | Field::Note => push_note(&mut t.note, v.to_string()),
            Field::Pos => t.pos = Some(normalize_pos(v)),
            Field::Status => {
                if let Some(s) = parse_status(v) {
                    t.status = s;
                }
            }
            Field::CaseSensitive => t.case_sensitive = parse_bool(v).unwrap_or(false),
            Field::Translatable => t.dnt = parse_bool(v) == Some(false),
            Field::Dnt => t.dnt = parse_bool(v).unwrap_or(false),
            Field::Forbidden => forbidden = parse_bool(v).unwrap_or(false),
            _ => {}
        }
    }
    if forbidden {
        t.status = Status::Forbidden;
    }
    t
}

/// Adds `t` to the concept, or merges it into the same term already there (Phrase
/// repeats the source term in its locale column: keep one).
fn add_term(c: &mut Concept, t: Term) {
    if let Some(dup) = c
        .terms
        .iter_mut()
        .find(|x| x.locale == t.locale && x.text == t.text)
    {
        dup.case_sensitive |= t.case_sensitive;
        dup.dnt |= t.dnt;
        dup.status = dup.status.max(t.status);
        if dup.pos.is_none() {
            dup.pos = t.pos;
        }
        if dup.note.is_none() {
            dup.note = t.note;
        }
        return;
    }
    c.terms.push(t);
}

/// The columns of glossator's own CSV shape ([`GLOSSATOR_COLUMNS`]), where present.
struct GlossatorCols {
    id: Option<usize>,
    domain: Option<usize>,
    definition: Option<usize>,
    concept_note: Option<usize>,
    locale: Option<usize>,
    term: Option<usize>,
    status: Option<usize>,
    pos: Option<usize>,
    case_sensitive: Option<usize>,
    policy: Option<usize>,
    pattern: Option<usize>,
    dnt: Option<usize>,
    term_note: Option<usize>,
}

impl From<[Option<usize>; 13]> for GlossatorCols {
    fn from(c: [Option<usize>; 13]) -> Self {
        let [id, domain, definition, concept_note, locale, term, status, pos, case_sensitive, policy, pattern, dnt, term_note] =
            c;
        GlossatorCols {
            id,
            domain,
            definition,
            concept_note,
            locale,
            term,
            status,
            pos,
            case_sensitive,
            policy,
            pattern,
            dnt,
            term_note,
        }
    }
}

fn first_locale(groups: &[Group]) -> Option<String> {
    groups.iter().find_map(|g| g.locale.clone())
}

struct Group {
    locale: Option<String>,
    term: usize,
    attrs: Vec<(Field, usize)>,
}

// ---------------------------------------------------------------------------------
// Column names of multilingual CSVs.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Term,
    Description,
    Pos,
    Status,
    Note,
    CaseSensitive,
    Translatable,
    Dnt,
    Forbidden,
    ConceptId,
    ConceptDefinition,
    ConceptDomain,
    ConceptNote,
    Ignore,
}

struct Column {
    field: Field,
    locale: Option<String>,
}

fn squash(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A term-level field name (may carry a locale).
fn term_field(name: &str) -> Option<Field> {
    Some(match squash(name).as_str() {
        "term" | "terms" | "text" | "translation" => Field::Term,
        "description" | "definition" | "desc" | "explanation" => Field::Description,
        "part of speech" | "partofspeech" | "pos" | "word class" => Field::Pos,
        "status" | "term status" | "usage status" | "administrative status" => Field::Status,
        "note" | "notes" | "comment" | "comments" | "usage note" | "remark" => Field::Note,
        "case sensitive" | "casesensitive" => Field::CaseSensitive,
        "translatable" => Field::Translatable,
        "dnt" | "do not translate" | "non translatable" | "untranslatable" | "not translatable" => {
            Field::Dnt
        }
        "forbidden" => Field::Forbidden,
        "type" | "gender" | "url" | "figure" | "tags" | "tag" | "key" | "row" | "nr" | "num"
        | "ref" | "src" | "tgt" | "created" | "updated" | "modified" | "author" | "creator"
        | "created at" | "updated at" | "created by" | "updated by" | "abbreviation" | "lemma"
        | "plural" | "number" | "reference" => Field::Ignore,
        _ => return None,
    })
}

/// A concept-level field name (never carries a locale).
fn concept_field(name: &str) -> Option<Field> {
    Some(match squash(name).as_str() {
        "concept id" | "conceptid" | "concept" | "entry id" | "entry" | "term id" => {
            Field::ConceptId
        }
        "concept definition" => Field::ConceptDefinition,
        "concept subject" | "subject" | "subject field" | "domain" => Field::ConceptDomain,
        "concept note" | "concept notes" => Field::ConceptNote,
        "concept url" | "concept figure" => Field::Ignore,
        _ => return None,
    })
}

fn parse_columns(header: &[String]) -> Vec<Column> {
    let mut cols: Vec<(Column, bool)> = header.iter().map(|h| parse_column(h)).collect();
    // A bare `id` column is Indonesian when other bare locale columns stand beside
    // it, and the concept id otherwise.
    let other_bare = cols
        .iter()
        .zip(header)
        .filter(|((_, bare), h)| *bare && !h.trim().eq_ignore_ascii_case("id"))
        .count();
    for ((c, bare), h) in cols.iter_mut().zip(header) {
        if *bare && h.trim().eq_ignore_ascii_case("id") && other_bare == 0 {
            *c = Column {
                field: Field::ConceptId,
                locale: None,
            };
        }
    }
    cols.into_iter().map(|(c, _)| c).collect()
}

/// Parses one header cell: `Term [en]`, `Term (en)`, `term_en`, `en_term`, `en`,
/// `Part of Speech [de]`, `Concept Definition`, ... The flag says whether the cell
/// was a bare locale code.
fn parse_column(raw: &str) -> (Column, bool) {
    let raw = raw.trim();
    let col = |field, locale: Option<&str>| Column {
        field,
        locale: locale.map(normalize_locale),
    };
    if let Some(f) = concept_field(raw) {
        return (col(f, None), false);
    }
    if let Some(f) = term_field(raw) {
        return (col(f, None), false);
    }
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = raw.strip_suffix(close) {
            if let Some(at) = inner.rfind(open) {
                let (name, loc) = (inner[..at].trim(), inner[at + 1..].trim());
                if is_locale_like(loc) {
                    let field = if name.is_empty() {
                        Some(Field::Term)
                    } else {
                        term_field(name)
                    };
                    if let Some(f) = field {
                        return (col(f, Some(loc)), false);
                    }
                }
            }
        }
    }
    if is_locale_like(raw) {
        return (col(Field::Term, Some(raw)), true);
    }
    for (i, ch) in raw.char_indices() {
        if !matches!(ch, '_' | ' ' | '-' | ':' | '.') {
            continue;
        }
        let (left, right) = (raw[..i].trim(), raw[i + 1..].trim());
        if let Some(f) = term_field(left) {
            if is_locale_like(right) {
                return (col(f, Some(right)), false);
            }
        }
        if is_locale_like(left) {
            if let Some(f) = term_field(right) {
                return (col(f, Some(left)), false);
            }
        }
    }
    (col(Field::Ignore, None), false)
}

// ---------------------------------------------------------------------------------
// Writer.

/// Writes a glossary in glossator's own CSV shape (see the module documentation) with the
/// given delimiter (`b','` for .csv, `b'\t'` for .tsv). Lines end in `\n`; cells are
/// quoted only when needed.
pub fn write_csv(g: &Glossary, delimiter: u8) -> Result<String, FormatError> {
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::Any(b'\n'))
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let err = |e: ::csv::Error| FormatError::Unrepresentable(format!("CSV writer: {e}"));
    w.write_record(GLOSSATOR_COLUMNS).map_err(err)?;
    let meta = |key: &str, locale: &str, term: &str, policy: &str| -> [String; 13] {
        let mut r: [String; 13] = Default::default();
        r[0] = key.to_string();
        r[4] = locale.to_string();
        r[5] = term.to_string();
        r[9] = policy.to_string();
        r
    };
    if let Some(n) = &g.name {
        w.write_record(meta("#name", "", n, "")).map_err(err)?;
    }
    if let Some(d) = &g.description {
        w.write_record(meta("#description", "", d, ""))
            .map_err(err)?;
    }
    if let Some(l) = &g.source_locale {
        w.write_record(meta("#source_locale", l, "", ""))
            .map_err(err)?;
    }
    for (l, p) in &g.defaults {
        w.write_record(meta("#match", l, "", input::policy_name(*p)))
            .map_err(err)?;
    }
    for c in &g.concepts {
        let id = if c.id.starts_with('#') {
            format!("#{}", c.id)
        } else {
            c.id.clone()
        };
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        let concept_cells = [id, s(&c.domain), s(&c.definition), s(&c.note)];
        if c.terms.is_empty() {
            let mut r: [String; 13] = Default::default();
            r[..4].clone_from_slice(&concept_cells);
            w.write_record(&r).map_err(err)?;
        }
        for t in &c.terms {
            let flag = |b: bool| if b { "true" } else { "" }.to_string();
            let r: [String; 13] = [
                concept_cells[0].clone(),
                concept_cells[1].clone(),
                concept_cells[2].clone(),
                concept_cells[3].clone(),
                t.locale.clone(),
                t.text.clone(),
                input::status_name(t.status).to_string(),
                s(&t.pos),
                flag(t.case_sensitive),
                t.policy
                    .map(input::policy_name)
                    .unwrap_or_default()
                    .to_string(),
                s(&t.pattern),
                flag(t.dnt),
                s(&t.note),
            ];
            w.write_record(&r).map_err(err)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| FormatError::Unrepresentable(format!("CSV writer: {e}")))?;
    String::from_utf8(bytes).map_err(|e| FormatError::Unrepresentable(format!("CSV writer: {e}")))
}
