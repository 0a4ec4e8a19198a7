//! An owned summary of a parsed Fluent file: everything the rules need, with byte spans.
//!
//! fluent-syntax's AST has no spans, but `parse(&str)` hands back slices of the source, so
//! every identifier and text element knows its byte offset (pointer difference). The AST
//! borrows the source; this summary does not, so files can be parsed once, in parallel, and
//! the AST dropped right away.

use fluent_syntax::ast;
use std::ops::Range;

pub type Span = Range<usize>;

/// Identifiers, attribute and variable names: short strings kept inline (no allocation up
/// to 23 bytes), as nearly all Fluent identifiers are; clones of longer ones share them.
pub type Name = smol_str::SmolStr;

/// Message and term ids.
pub type Id = smol_str::SmolStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    Message,
    Term,
}

/// A message or term. `id` of a term keeps its leading `-`, as Fluent references it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: EntryKind,
    pub id: Id,
    /// Span of the identifier (with the `-` of a term).
    pub id_span: Span,
    pub value: Option<Part>,
    pub attributes: Vec<Attribute>,
    /// The entry's own `#` comment: span from its first to its last line's content.
    pub comment: Option<Span>,
    /// Index into [`FileModel::groups`] of the `##` group comment in force here.
    pub group: Option<u32>,
    /// Hash of `id`, computed once: every locale looks every reference id up.
    pub hash: u64,
    /// The first definition of its id in this file (later ones are duplicates).
    pub first: bool,
}

impl Entry {
    /// Every part of the entry, the value first, each with its attribute's name: what the
    /// rules on message parts go through.
    pub fn parts(&self) -> impl Iterator<Item = (Option<&str>, &Part)> {
        self.value.iter().map(|p| (None, p)).chain(
            self.attributes
                .iter()
                .map(|a| (Some(a.name.as_str()), &a.part)),
        )
    }
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: Name,
    pub span: Span,
    pub part: Part,
}

/// One translatable pattern: a value or an attribute. What it contains lives in its
/// file's pools ([`FileModel::variables`] and the like), one vector per kind per file
/// instead of several per part: building and dropping a model is most of a check's
/// allocation work otherwise.
#[derive(Debug, Clone, Default)]
pub struct Part {
    /// Where findings about the part as a whole point (its first text or expression).
    pub anchor: Span,
    /// Variable references, in order: a range of [`FileModel::variables`].
    pub variables: Range<u32>,
    /// Message and term references, in order: a range of [`FileModel::references`].
    pub references: Range<u32>,
    /// Select expressions, inner ones first: a range of [`FileModel::selects`].
    pub selects: Range<u32>,
    /// Every text element, in every variant: a range of [`FileModel::texts`].
    pub texts: Range<u32>,
    /// The pattern's source, from after its `=` to the next attribute or entry: what
    /// [`Part::same_text`] compares (set once the file's entry boundaries are known).
    pub source: Span,
    /// HTML-like tags of the text, counted per key, sorted by key: a range of
    /// [`FileModel::tags`].
    pub markup: Range<u32>,
    /// A string literal of the pattern has a letter (`{ "Firefox" }`); text elements are
    /// looked at only when asked ([`FileModel::text_free`]).
    pub literal_letters: bool,
    /// True when the pattern would render as nothing but whitespace.
    pub empty: bool,
    /// A function call of the pattern passes named options (`NUMBER($n, style: "percent")`):
    /// the only parts `unportable-option` reads.
    pub options: bool,
}

/// A tag of a part's text: `key` is its name in lowercase, with a leading `/` when it
/// closes; `first` spans its first occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub key: Name,
    pub count: u32,
    pub first: Span,
}

impl Part {
    /// Same source as `other` (in `other_text`), ignoring whitespace: text and expressions
    /// alike. Compared lazily, byte by byte, so two different parts cost a few bytes, not
    /// a hash of every pattern of the project.
    pub fn same_text(&self, text: &str, other: &Part, other_text: &str) -> bool {
        fn slice<'t>(t: &'t str, s: &Span) -> &'t [u8] {
            t.get(s.clone()).unwrap_or("").as_bytes()
        }
        let a = slice(text, &self.source)
            .iter()
            .filter(|b| !b.is_ascii_whitespace());
        let b = slice(other_text, &other.source)
            .iter()
            .filter(|b| !b.is_ascii_whitespace());
        a.eq(b)
    }
}

/// The lines of a comment span, without their `#` markers.
pub fn comment_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|l| {
        let l = l.trim_start_matches('#');
        l.strip_prefix(' ').unwrap_or(l).trim_end_matches('\r')
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: Name,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefKind {
    Message,
    Term,
}

#[derive(Debug, Clone)]
pub struct Reference {
    pub kind: RefKind,
    /// Referenced id; a term's keeps its `-`.
    pub id: Id,
    pub attribute: Option<Name>,
    pub span: Span,
    /// Named arguments with a literal value: `case: "acc"`.
    pub args: Vec<(Named, Name, Span)>,
    /// Hash of `id` ([`hash_id`]), computed once: every reference is looked up.
    pub hash: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// `NUMBER($x, ...)`.
    Number(Name),
    /// A bare variable `$x`.
    Variable(Name),
    /// A number literal (`{ 1 -> ... }`): a number, so a plural select.
    NumberLiteral,
    Other,
}

#[derive(Debug, Clone)]
pub struct Select {
    pub selector: Selector,
    /// Span of the selector (its variable name, or the select's first key when unknown).
    pub span: Span,
    /// A range of [`FileModel::variants`].
    pub variants: Range<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Identifier(Name),
    Number(Name),
}

impl Key {
    pub fn as_str(&self) -> &str {
        match self {
            Key::Identifier(s) | Key::Number(s) => s,
        }
    }
}

#[derive(Debug, Clone)]
pub struct VariantInfo {
    pub key: Key,
    pub span: Span,
    pub default: bool,
}

/// A parser error: where it was noticed, the junk it made, and the reason in words.
#[derive(Debug, Clone)]
pub struct SyntaxIssue {
    pub span: Span,
    pub junk: Span,
    pub message: String,
    /// The entry is nested deeper than the parser's limit (`too-deep`), not malformed.
    pub too_deep: bool,
    /// What the parser expected, for a message in plain words.
    pub kind: fluent_syntax::parser::ErrorKind,
    /// Where the parser noticed the error (before `span` was moved to the cause).
    pub pos: Span,
    /// The id of the message or term the junk starts with (`id =` or `-id =` at the start
    /// of its first line): the entry exists, it does not parse.
    pub id: Option<Id>,
}

/// The id a junk entry starts with: `id =` or `-id =` at the start of its first line.
pub fn junk_id(junk: &str) -> Option<&str> {
    let first = junk.lines().next()?;
    let body = first.strip_prefix('-').unwrap_or(first);
    let n = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .count();
    if n == 0 || !body.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let rest = body[n..].trim_start_matches([' ', '\t']);
    rest.starts_with('=')
        .then(|| &first[..n + first.len() - body.len()])
}

#[derive(Debug, Clone, Default)]
pub struct FileModel {
    pub entries: Vec<Entry>,
    /// Start offset of every top-level item (entries with their comments, standalone
    /// comments, junk), in order: an entry ends where the next item starts.
    pub starts: Vec<usize>,
    /// Spans of the `##` group comments, in file order.
    pub groups: Vec<Span>,
    pub syntax: Vec<SyntaxIssue>,
    /// Number of parser errors in the file (`syntax` keeps the first ones).
    pub syntax_total: usize,
    /// The pools of every part's contents, in order; each part owns a range of each.
    pub pools: Pools,
    /// Index in `entries` of the first definition of each id, built once per file: every
    /// locale's comparison with a reference file looks ids up here.
    ids: hashbrown::HashTable<u32>,
}

/// What the parts of a file contain, one vector per kind.
#[derive(Debug, Clone, Default)]
pub struct Pools {
    pub texts: Vec<Span>,
    pub variables: Vec<Named>,
    pub references: Vec<Reference>,
    pub selects: Vec<Select>,
    pub variants: Vec<VariantInfo>,
    pub tags: Vec<Tag>,
}

fn slice<'a, T>(pool: &'a [T], r: &Range<u32>) -> &'a [T] {
    pool.get(r.start as usize..r.end as usize).unwrap_or(&[])
}

fn end(pool: &[impl Sized]) -> u32 {
    pool.len() as u32
}

/// The hash of an id, as [`Entry::hash`] and every id table use it.
pub fn hash_id(id: &str) -> u64 {
    std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, id)
}

impl FileModel {
    /// True when no text element or string literal of `part` has a letter (e.g.
    /// `{ -brand-name }`). Computed on demand: only a reference part compared with an
    /// identical translation needs it, and the test costs a Unicode table lookup per
    /// character of non-Latin text.
    pub fn text_free(&self, part: &Part, text: &str) -> bool {
        !part.literal_letters
            && !self
                .texts(part)
                .iter()
                .any(|s| has_letter(text.get(s.clone()).unwrap_or("")))
    }

    /// The text elements of `part` (a part of this file).
    pub fn texts(&self, part: &Part) -> &[Span] {
        slice(&self.pools.texts, &part.texts)
    }

    /// The variable references of `part` (a part of this file).
    pub fn variables(&self, part: &Part) -> &[Named] {
        slice(&self.pools.variables, &part.variables)
    }

    /// The message and term references of `part` (a part of this file).
    pub fn references(&self, part: &Part) -> &[Reference] {
        slice(&self.pools.references, &part.references)
    }

    /// Whether any pattern of the file has a select expression.
    pub fn has_selects(&self) -> bool {
        !self.pools.selects.is_empty()
    }

    /// The select expressions of `part` (a part of this file).
    pub fn selects(&self, part: &Part) -> &[Select] {
        slice(&self.pools.selects, &part.selects)
    }

    /// The variants of `select` (a select of this file).
    pub fn variants(&self, select: &Select) -> &[VariantInfo] {
        slice(&self.pools.variants, &select.variants)
    }

    /// The markup tags of `part` (a part of this file), sorted by key.
    pub fn markup(&self, part: &Part) -> &[Tag] {
        slice(&self.pools.tags, &part.markup)
    }

    /// Indexes the entries' ids. The table holds entry indexes, not copies of the ids.
    fn index_ids(&mut self) {
        for e in &mut self.entries {
            e.hash = hash_id(&e.id);
        }
        let mut table = hashbrown::HashTable::with_capacity(self.entries.len());
        for i in 0..self.entries.len() {
            let entries = &self.entries;
            let e = &entries[i];
            let eq = |&j: &u32| entries[j as usize].id == e.id;
            let first = table.find(e.hash, eq).is_none();
            if first {
                table.insert_unique(e.hash, i as u32, |&j: &u32| entries[j as usize].hash);
            }
            self.entries[i].first = first;
        }
        self.ids = table;
    }

    /// Index of the first definition in this file of the id of `other` (an entry of any
    /// file).
    pub fn same_id(&self, other: &Entry) -> Option<usize> {
        self.ids
            .find(other.hash, |&j| self.entries[j as usize].id == other.id)
            .map(|&i| i as usize)
    }

    /// The first definition of `id` in the file.
    pub fn first(&self, id: &str) -> Option<&Entry> {
        self.ids
            .find(hash_id(id), |&j| self.entries[j as usize].id == id)
            .map(|&i| &self.entries[i as usize])
    }
}

/// Syntax errors kept per file; [`FileModel::syntax_total`] counts them all.
pub const MAX_SYNTAX_ISSUES: usize = 100;

/// Byte offset of slice `s` inside `src`, or `None` if it is not a slice of it.
pub fn offset_in(src: &str, s: &str) -> Option<usize> {
    let base = src.as_ptr() as usize;
    let p = s.as_ptr() as usize;
    if p >= base && p + s.len() <= base + src.len() {
        Some(p - base)
    } else {
        None
    }
}

fn span_of(src: &str, s: &str) -> Span {
    match offset_in(src, s) {
        Some(o) => o..o + s.len(),
        None => 0..0,
    }
}

/// Builds the model from source text, one entry at a time: each entry's AST is dropped
/// once summarized, so memory follows the model, not the parser's tree. The parser refuses
/// entries nested deeper than [`fluent_syntax::parser::MAX_NESTING`], so any input is safe.
pub fn build(src: &str) -> FileModel {
    let mut model = FileModel::default();
    // Real files average over 100 bytes per entry, text element or so, and over 200 per
    // reference (www-l10n: 163, 108 and 251): one allocation each instead of a dozen
    // growing ones.
    model.entries.reserve(src.len() / 128);
    model.starts.reserve(src.len() / 128);
    model.pools.texts.reserve(src.len() / 128);
    model.pools.references.reserve(src.len() / 320);
    let mut group: Option<u32> = None;
    let mut prev_junk = false;
    let line_start = |o: usize| memchr::memrchr(b'\n', &src.as_bytes()[..o]).map_or(0, |i| i + 1);
    for (entry, error) in fluent_syntax::parser::parse_entries(src) {
        if let Some(e) = error {
            model.syntax_total += 1;
            // Only the first errors are kept (with their total): a file of junk lines
            // must not cost memory per line.
            if model.syntax.len() < MAX_SYNTAX_ISSUES {
                model.syntax.push(syntax_issue(src, e));
            }
        }
        let entry = &entry;
        let first = item_start(src, entry);
        // A run of junk is one item: a file of junk lines must not cost memory per line.
        let junk = matches!(entry, ast::Entry::Junk { .. });
        if let Some(o) = first.filter(|_| !(junk && prev_junk)) {
            model.starts.push(line_start(o));
        }
        prev_junk = junk;
        add_entry(src, entry, &mut group, &mut model);
    }
    set_sources(src, &mut model);
    model.index_ids();
    model
}

/// Where a top-level item starts: an entry's comment, else its id; a comment's first
/// line; junk's first byte.
fn item_start(src: &str, entry: &ast::Entry<&str>) -> Option<usize> {
    match entry {
        ast::Entry::Message(m) => m
            .comment
            .as_ref()
            .and_then(|c| comment_span(src, c))
            .map(|s| s.start)
            .or_else(|| offset_in(src, m.id.name)),
        ast::Entry::Term(t) => t
            .comment
            .as_ref()
            .and_then(|c| comment_span(src, c))
            .map(|s| s.start)
            .or_else(|| offset_in(src, t.id.name)),
        ast::Entry::Comment(c) | ast::Entry::GroupComment(c) | ast::Entry::ResourceComment(c) => {
            comment_span(src, c).map(|s| s.start)
        }
        ast::Entry::Junk { content } => offset_in(src, content),
    }
}

/// Adds a message or term to the model, or makes a `##` group comment the one in force
/// (`group`; an empty one ends the group).
fn add_entry(src: &str, entry: &ast::Entry<&str>, group: &mut Option<u32>, model: &mut FileModel) {
    match entry {
        ast::Entry::Message(m) => {
            let value = m.value.as_ref().map(|p| part(src, p, &mut model.pools));
            let attributes = attributes(src, &m.attributes, &mut model.pools);
            model.entries.push(Entry {
                kind: EntryKind::Message,
                id: Id::new(m.id.name),
                id_span: span_of(src, m.id.name),
                value,
                attributes,
                comment: m.comment.as_ref().and_then(|c| comment_span(src, c)),
                group: *group,
                hash: 0,
                first: false,
            });
        }
        ast::Entry::Term(t) => {
            let s = span_of(src, t.id.name);
            let id_span = s.start.saturating_sub(1)..s.end;
            let value = Some(part(src, &t.value, &mut model.pools));
            let attributes = attributes(src, &t.attributes, &mut model.pools);
            model.entries.push(Entry {
                kind: EntryKind::Term,
                id: term_id(src, &id_span, t.id.name),
                id_span,
                value,
                attributes,
                comment: t.comment.as_ref().and_then(|c| comment_span(src, c)),
                group: *group,
                hash: 0,
                first: false,
            });
        }
        ast::Entry::GroupComment(c) => {
            let empty = c.content.iter().all(|l| l.trim().is_empty());
            *group = match comment_span(src, c) {
                Some(span) if !empty => {
                    model.groups.push(span);
                    Some(model.groups.len() as u32 - 1)
                }
                _ => None,
            };
        }
        ast::Entry::Comment(_) | ast::Entry::ResourceComment(_) | ast::Entry::Junk { .. } => {}
    }
}

/// Each part's source: from after the `=` that follows its name to where the next
/// attribute (its `.`) or the next top-level item begins.
fn set_sources(src: &str, model: &mut FileModel) {
    let after_eq = |from: usize| {
        src.as_bytes()
            .get(from..)
            .and_then(|rest| memchr::memchr(b'=', rest))
            .map_or(src.len(), |i| from + i + 1)
    };
    // Entries and item starts are both in file order: one cursor walks the starts.
    let mut next = 0;
    for e in &mut model.entries {
        while model
            .starts
            .get(next)
            .is_some_and(|&s| s <= e.id_span.start)
        {
            next += 1;
        }
        let end = model.starts.get(next).copied().unwrap_or(src.len());
        // A part ends where the next attribute's `.` is, or where the entry ends.
        let bound = |attrs: &[Attribute], i: usize| {
            attrs
                .get(i)
                .map_or(end, |a: &Attribute| a.span.start.saturating_sub(1))
        };
        let first = bound(&e.attributes, 0);
        if let Some(v) = &mut e.value {
            let start = after_eq(e.id_span.end);
            v.source = start..first.max(start);
        }
        for i in 0..e.attributes.len() {
            let next = bound(&e.attributes, i + 1);
            let a = &mut e.attributes[i];
            let start = after_eq(a.span.end);
            a.part.source = start..next.max(start);
        }
    }
}

fn syntax_issue(src: &str, e: fluent_syntax::parser::ParserError) -> SyntaxIssue {
    let junk = e.slice.clone().unwrap_or(e.pos.clone());
    let junk_range = junk.start.min(src.len())..junk.end.min(src.len());
    let mut start = e.pos.start.min(src.len());
    let mut end = e.pos.end.clamp(start, src.len());
    let too_deep = matches!(e.kind, fluent_syntax::parser::ErrorKind::TooDeep(_));
    if too_deep {
        // The parser stops just after the brace or parenthesis that crossed the limit.
        start = super::lines::floor_char_boundary(src, start.saturating_sub(1));
        end = (start + 1).min(src.len());
    } else {
        // An error noticed at the start of the next entry belongs at the end of this one
        // (an unclosed placeable): point at its last character instead.
        let trimmed = src[junk_range.clone()].trim_end().len();
        if trimmed > 0 && start >= junk_range.start + trimmed {
            let last = super::lines::floor_char_boundary(src, junk_range.start + trimmed - 1);
            start = last;
            end = junk_range.start + trimmed;
        }
    }
    let id = junk_id(&src[junk_range.clone()]).map(Id::new);
    SyntaxIssue {
        span: start..end,
        junk: junk_range,
        message: e.kind.to_string(),
        too_deep,
        pos: e.pos.start.min(src.len())..e.pos.end.min(src.len()),
        kind: e.kind,
        id,
    }
}

fn comment_span(src: &str, c: &ast::Comment<&str>) -> Option<Span> {
    let first = c.content.iter().find_map(|l| offset_in(src, l))?;
    let last = c
        .content
        .iter()
        .rev()
        .find_map(|l| offset_in(src, l).map(|o| o + l.len()))?;
    Some(first..last.max(first))
}

fn attributes(src: &str, attrs: &[ast::Attribute<&str>], pool: &mut Pools) -> Vec<Attribute> {
    attrs
        .iter()
        .map(|a| Attribute {
            name: Name::new(a.id.name),
            span: span_of(src, a.id.name),
            part: part(src, &a.value, pool),
        })
        .collect()
}

fn part(src: &str, pattern: &ast::Pattern<&str>, pool: &mut Pools) -> Part {
    // Each range starts where its pool ends now and ends where it ends after the walk.
    let here = |n: u32| n..n;
    let mut p = Part {
        anchor: usize::MAX..usize::MAX,
        empty: true,
        texts: here(end(&pool.texts)),
        variables: here(end(&pool.variables)),
        references: here(end(&pool.references)),
        selects: here(end(&pool.selects)),
        markup: here(end(&pool.tags)),
        ..Part::default()
    };
    walk_pattern(src, pattern, &mut p, pool);
    p.texts.end = end(&pool.texts);
    p.variables.end = end(&pool.variables);
    p.references.end = end(&pool.references);
    p.selects.end = end(&pool.selects);
    p.markup.end = end(&pool.tags);
    pool.tags[p.markup.start as usize..].sort_by(|a, b| a.key.cmp(&b.key));
    if p.anchor.start == usize::MAX {
        p.anchor = 0..0;
    }
    p
}

/// A term's id as Fluent references it, with its `-`: the source already has it right
/// before the name (`span` covers both), so it is one copy, not a concatenation.
fn term_id(src: &str, span: &Span, name: &str) -> Id {
    match src.get(span.clone()) {
        Some(id) if id.len() == name.len() + 1 && id.starts_with('-') => Id::new(id),
        _ => smol_str::format_smolstr!("-{name}"),
    }
}

/// Any alphabetic character. One pass over the characters, the ASCII test first: nearly
/// every text has a letter within its first few characters.
fn has_letter(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic()))
}

/// Counts the tags of `text` into the part's tags, `tags[from..]`.
fn count_tags(tags: &mut Vec<Tag>, from: usize, text: &str, offset: usize) {
    for (closing, name, range) in super::markup::scan_tags(text) {
        let mut key = smol_str::SmolStrBuilder::new();
        if closing {
            key.push('/');
        }
        for c in name.chars() {
            key.push(c.to_ascii_lowercase());
        }
        let key: Name = key.finish();
        match tags[from..].iter_mut().find(|t| t.key == key) {
            Some(t) => t.count += 1,
            None => tags.push(Tag {
                key,
                count: 1,
                first: offset + range.start..offset + range.end,
            }),
        }
    }
}

fn note_anchor(p: &mut Part, span: &Span) {
    if span.start < p.anchor.start {
        p.anchor = span.clone();
    }
}

fn walk_pattern(src: &str, pattern: &ast::Pattern<&str>, p: &mut Part, pool: &mut Pools) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                let span = span_of(src, value);
                note_anchor(p, &span);
                if p.empty && !value.trim().is_empty() {
                    p.empty = false;
                }
                if memchr::memchr(b'<', value.as_bytes()).is_some() {
                    count_tags(&mut pool.tags, p.markup.start as usize, value, span.start);
                }
                pool.texts.push(span);
            }
            ast::PatternElement::Placeable { expression } => {
                walk_expression(src, expression, p, pool);
            }
        }
    }
}

fn walk_expression(src: &str, e: &ast::Expression<&str>, p: &mut Part, pool: &mut Pools) {
    match e {
        ast::Expression::Inline(i) => walk_inline(src, i, p, pool),
        ast::Expression::Select { selector, variants } => {
            let before = pool.variables.len();
            walk_inline(src, selector, p, pool);
            let (sel, span) = match selector {
                ast::InlineExpression::VariableReference { id } => (
                    Selector::Variable(Name::new(id.name)),
                    span_of(src, id.name),
                ),
                ast::InlineExpression::FunctionReference { id, arguments }
                    if id.name == "NUMBER" =>
                {
                    match arguments.positional.first() {
                        Some(ast::InlineExpression::VariableReference { id: v }) => {
                            (Selector::Number(Name::new(v.name)), span_of(src, v.name))
                        }
                        _ => (Selector::Other, span_of(src, id.name)),
                    }
                }
                ast::InlineExpression::NumberLiteral { value } => {
                    (Selector::NumberLiteral, span_of(src, value))
                }
                _ => (
                    Selector::Other,
                    pool.variables
                        .get(before)
                        .map(|v| v.span.clone())
                        .unwrap_or(0..0),
                ),
            };
            let mut infos = Vec::new();
            for v in variants {
                let (key, kspan) = match &v.key {
                    ast::VariantKey::Identifier { name } => {
                        (Key::Identifier(Name::new(name)), span_of(src, name))
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        (Key::Number(Name::new(value)), span_of(src, value))
                    }
                };
                infos.push(VariantInfo {
                    key,
                    span: kspan,
                    default: v.default,
                });
                walk_pattern(src, &v.value, p, pool);
            }
            let span = if span.end == 0 {
                infos.first().map(|i| i.span.clone()).unwrap_or(0..0)
            } else {
                span
            };
            let first = end(&pool.variants);
            pool.variants.extend(infos);
            pool.selects.push(Select {
                selector: sel,
                span,
                variants: first..end(&pool.variants),
            });
        }
    }
}

fn walk_inline(src: &str, e: &ast::InlineExpression<&str>, p: &mut Part, pool: &mut Pools) {
    use ast::InlineExpression as I;
    match e {
        I::StringLiteral { value } => {
            let span = span_of(src, value);
            note_anchor(p, &span);
            if !value.trim().is_empty() {
                p.empty = false;
                if !p.literal_letters && value.chars().any(char::is_alphabetic) {
                    p.literal_letters = true;
                }
            }
        }
        I::NumberLiteral { value } => {
            p.empty = false;
            note_anchor(p, &span_of(src, value));
        }
        I::FunctionReference { id, arguments } => {
            p.empty = false;
            p.options |= !arguments.named.is_empty();
            note_anchor(p, &span_of(src, id.name));
            for a in &arguments.positional {
                walk_inline(src, a, p, pool);
            }
            for n in &arguments.named {
                walk_inline(src, &n.value, p, pool);
            }
        }
        I::MessageReference { id, attribute } => {
            p.empty = false;
            let span = span_of(src, id.name);
            let end = attribute
                .as_ref()
                .map(|a| span_of(src, a.name).end)
                .unwrap_or(span.end);
            note_anchor(p, &span);
            pool.references.push(Reference {
                kind: RefKind::Message,
                hash: hash_id(id.name),
                id: Id::new(id.name),
                attribute: attribute.as_ref().map(|a| Name::new(a.name)),
                span: span.start..end,
                args: Vec::new(),
            });
        }
        I::TermReference {
            id,
            attribute,
            arguments,
        } => walk_term(src, id, attribute.as_ref(), arguments.as_ref(), p, pool),
        I::VariableReference { id } => {
            p.empty = false;
            let s = span_of(src, id.name);
            let span = s.start.saturating_sub(1)..s.end;
            note_anchor(p, &span);
            pool.variables.push(Named {
                name: Name::new(id.name),
                span,
            });
        }
        I::Placeable { expression } => {
            walk_expression(src, expression, p, pool);
        }
    }
}

/// A term reference: its arguments are walked, and the named ones with a literal value
/// (`case: "acc"`) kept with the reference.
fn walk_term(
    src: &str,
    id: &ast::Identifier<&str>,
    attribute: Option<&ast::Identifier<&str>>,
    arguments: Option<&ast::CallArguments<&str>>,
    p: &mut Part,
    pool: &mut Pools,
) {
    use ast::InlineExpression as I;
    p.empty = false;
    let s = span_of(src, id.name);
    let span = s.start.saturating_sub(1)..s.end;
    note_anchor(p, &span);
    let mut args = Vec::new();
    if let Some(arguments) = arguments {
        for a in &arguments.positional {
            walk_inline(src, a, p, pool);
        }
        for n in &arguments.named {
            walk_inline(src, &n.value, p, pool);
            let value = match &n.value {
                I::StringLiteral { value } | I::NumberLiteral { value } => {
                    Some((Name::new(value), span_of(src, value)))
                }
                _ => None,
            };
            if let Some((v, vspan)) = value {
                args.push((
                    Named {
                        name: Name::new(n.name.name),
                        span: span_of(src, n.name.name),
                    },
                    v,
                    vspan,
                ));
            }
        }
    }
    let id = term_id(src, &span, id.name);
    pool.references.push(Reference {
        kind: RefKind::Term,
        hash: hash_id(&id),
        id,
        attribute: attribute.map(|a| Name::new(a.name)),
        span,
        args,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_into_the_source() {
        let src =
            "hello = Hi { $name }, see { -brand(case: \"acc\") }\n    .title = { msg.attr }\n";
        let m = build(src);
        let e = &m.entries[0];
        assert_eq!(&src[e.id_span.clone()], "hello");
        let v = e.value.as_ref().unwrap();
        assert_eq!(&src[m.variables(v)[0].span.clone()], "$name");
        assert_eq!(&src[m.references(v)[0].span.clone()], "-brand");
        assert_eq!(m.references(v)[0].args[0].1, "acc");
        assert_eq!(m.references(v).len(), 1);
        let a = &e.attributes[0];
        assert_eq!(&src[a.span.clone()], "title");
        assert_eq!(m.references(&a.part).len(), 1);
        assert_eq!(&src[m.references(&a.part)[0].span.clone()], "msg.attr");
    }

    /// Identifiers run over letters, digits, `-` and `_`, up to the end of the text too
    /// (the parser's identifier scan is glossator's patch: vendor/fluent-syntax/PATCHES.md).
    #[test]
    fn identifiers_end_where_their_characters_end() {
        let src = "a-b_c9 = { $v_1-x }{ -t2_y }{ m-1.at_r }\nü = x\nlast = { $tail";
        let m = build(src);
        let e = &m.entries[0];
        assert_eq!(&src[e.id_span.clone()], "a-b_c9");
        let v = e.value.as_ref().unwrap();
        assert_eq!(&src[m.variables(v)[0].span.clone()], "$v_1-x");
        assert_eq!(m.references(v)[0].id, "-t2_y");
        assert_eq!(m.references(v)[1].id, "m-1");
        assert_eq!(m.references(v)[1].attribute.as_deref(), Some("at_r"));
        // `ü` cannot start an identifier; the truncated last entry ends at the end of the
        // text, inside an identifier.
        assert_eq!(m.entries.len(), 1);
        assert_eq!(m.syntax_total, 2);
        assert_eq!(m.syntax[1].span.end, src.len());
    }

    #[test]
    fn same_text_ignores_whitespace_only() {
        let src = "a = Hello  { $x }\n    world\n    .t = T\nb = Hello { $x } world\n# c\nc = Hello { -x } world\nd = Hello {$x}world\n    .t = T\n";
        let m = build(src);
        let v = |i: usize| m.entries[i].value.as_ref().unwrap();
        assert!(v(0).same_text(src, v(1), src));
        assert!(v(1).same_text(src, v(3), src));
        assert!(!v(1).same_text(src, v(2), src));
        assert_eq!(src[v(1).source.clone()].trim(), "Hello { $x } world");
        let t = |i: usize| &m.entries[i].attributes[0].part;
        assert_eq!(src[t(0).source.clone()].trim(), "T");
        // A part ends where the next item starts: junk, a comment, an entry.
        let src2 = "a = A\n!junk\n# c\nb = B\n  .t = T\nc = C";
        let m2 = build(src2);
        let texts: Vec<&str> = m2
            .entries
            .iter()
            .map(|e| src2[e.value.as_ref().unwrap().source.clone()].trim())
            .collect();
        assert_eq!(texts, ["A", "B", "C"]);
        assert_eq!(
            src2[m2.entries[1].attributes[0].part.source.clone()].trim(),
            "T"
        );
        assert!(t(0).same_text(src, t(3), src));
        assert!(!t(0).same_text(src, v(0), src));
    }

    #[test]
    fn each_part_owns_its_range_of_every_pool() {
        let src = "a = { $n ->\n    [one] { $g ->\n        [f] x { $y }\n       *[m] y\n    }\n   *[other] { $z } <b>z</b>\n}\n    .t = { $w } <i>w</i> <I>\nb = { $q } { -t }\n";
        let m = build(src);
        let (a, b) = (&m.entries[0], &m.entries[1]);
        let (av, at, bv) = (
            a.value.as_ref().unwrap(),
            &a.attributes[0].part,
            b.value.as_ref().unwrap(),
        );
        let names = |p: &Part| -> Vec<String> {
            m.variables(p).iter().map(|v| v.name.to_string()).collect()
        };
        assert_eq!(names(av), ["n", "g", "y", "z"]);
        assert_eq!(names(at), ["w"]);
        assert_eq!(names(bv), ["q"]);
        // Inner select first, each with its own variants.
        let keys =
            |s: &Select| -> Vec<&str> { m.variants(s).iter().map(|v| v.key.as_str()).collect() };
        let selects = m.selects(av);
        assert_eq!(selects.len(), 2);
        assert_eq!(keys(&selects[0]), ["f", "m"]);
        assert_eq!(keys(&selects[1]), ["one", "other"]);
        assert!(m.selects(at).is_empty() && m.selects(bv).is_empty());
        let tags = |p: &Part| -> Vec<(String, u32)> {
            m.markup(p)
                .iter()
                .map(|t| (t.key.to_string(), t.count))
                .collect()
        };
        assert_eq!(tags(av), [("/b".to_string(), 1), ("b".to_string(), 1)]);
        assert_eq!(tags(at), [("/i".to_string(), 1), ("i".to_string(), 2)]);
        assert!(m.markup(bv).is_empty() && m.references(av).is_empty());
        assert_eq!(m.references(bv)[0].id, "-t");
    }

    #[test]
    fn selects_and_emptiness() {
        let src = "n = { NUMBER($n) ->\n    [one] one\n   *[other] { $n } many\n}\ne = { \"\" }\nb = { -brand }\n";
        let m = build(src);
        let s = &m.selects(m.entries[0].value.as_ref().unwrap())[0];
        assert_eq!(s.selector, Selector::Number("n".into()));
        assert_eq!(m.variants(s).len(), 2);
        assert!(m.entries[1].value.as_ref().unwrap().empty);
        let b = m.entries[2].value.as_ref().unwrap();
        assert!(m.text_free(b, src) && !b.empty);
        assert!(!m.text_free(m.entries[0].value.as_ref().unwrap(), src));
        let lit = build("l = { \"Firefox\" }\nd = { \"42\" } 7\n");
        let part = |i: usize| lit.entries[i].value.as_ref().unwrap();
        assert!(!lit.text_free(part(0), "l = { \"Firefox\" }\nd = { \"42\" } 7\n"));
        assert!(lit.text_free(part(1), "l = { \"Firefox\" }\nd = { \"42\" } 7\n"));
    }
}
