//! Finding glossary terms in text: one Aho-Corasick automaton per locale for the literal
//! policies, lazily compiled regexes behind one literal prefilter for patterns, Snowball
//! stems where asked; then the longest
//! match wins over shorter nested ones.

use super::fold::{fold, fold_segments, Folded};
use super::model::{Glossary, MatchPolicy, Status};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use regex_automata::meta::Regex as MetaRegex;
use std::ops::Range;

/// A term found in source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte range in the source text.
    pub range: Range<usize>,
    pub concept: usize,
    pub term: usize,
    pub status: Status,
}

#[derive(Debug)]
struct Entry {
    concept: usize,
    term: usize,
    status: Status,
    policy: MatchPolicy,
    /// Folded words of the term.
    words: Vec<String>,
    case_sensitive: bool,
    text: String,
    /// German nouns may stand at the end of a compound ("Fern|banking").
    compound_tail: bool,
    /// What may follow a word of the term (`Prefix` policy): any letters when `None`,
    /// else one of these inflections ([`english_endings`]).
    endings: Option<&'static [&'static str]>,
    /// What may follow the last word, which is then a stem: a German verb's infinitive
    /// without its `-en`/`-n`, conjugated ([`GERMAN_VERB_ENDINGS`]).
    last_endings: Option<&'static [&'static str]>,
}

/// A glossary pattern, compiled on first need.
struct PatternTerm {
    source: String,
    entry: usize,
    compiled: std::sync::OnceLock<Option<MetaRegex>>,
}

/// The pattern terms of a locale. Compiling hundreds of Unicode-aware regexes costs more
/// than checking a project, so each is compiled only when one of its literal prefixes
/// (extracted from the pattern's syntax tree, so the prefilter is exact) occurs in the
/// text; patterns without a finite prefix set are always tried.
struct Patterns {
    list: Vec<PatternTerm>,
    prefilter: Option<AhoCorasick>,
    /// Prefilter literal index → pattern index.
    owners: Vec<usize>,
    always: Vec<usize>,
}

impl Patterns {
    fn new(patterns: Vec<(String, usize)>) -> Patterns {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners = Vec::new();
        let mut always = Vec::new();
        let mut list = Vec::new();
        for (k, (source, entry)) in patterns.into_iter().enumerate() {
            let prefixes = regex_syntax::parse(&source).ok().and_then(|hir| {
                let mut ex = Extractor::new();
                ex.kind(ExtractKind::Prefix).limit_total(64);
                let seq = ex.extract(&hir);
                seq.literals()
                    .filter(|lits| {
                        !lits.is_empty() && lits.iter().all(|l| !l.as_bytes().is_empty())
                    })
                    .map(|lits| {
                        lits.iter()
                            .map(|l| l.as_bytes().to_vec())
                            .collect::<Vec<_>>()
                    })
            });
            // Compared lowercased: a case-insensitive prefix such as `(?i)дистанционн` is
            // hundreds of case variants, one literal once lowercased.
            let lowered = prefixes.and_then(|p| {
                let mut out: Vec<String> = Vec::with_capacity(p.len());
                for l in p {
                    // A literal cut short by the extractor's limits may end inside a
                    // character: its whole characters are still a prefix.
                    let text = match std::str::from_utf8(&l) {
                        Ok(t) => t,
                        Err(e) => std::str::from_utf8(&l[..e.valid_up_to()]).unwrap_or(""),
                    };
                    if text.is_empty() {
                        return None;
                    }
                    out.push(lowercase(text));
                }
                out.sort_unstable();
                out.dedup();
                Some(out)
            });
            match lowered {
                Some(p) => {
                    for l in p {
                        literals.push(l.into_bytes());
                        owners.push(k);
                    }
                }
                None => always.push(k),
            }
            list.push(PatternTerm {
                source,
                entry,
                compiled: std::sync::OnceLock::new(),
            });
        }
        let prefilter = if literals.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&literals)
                .ok()
        };
        if prefilter.is_none() {
            always.extend(owners.iter().copied());
            always.sort_unstable();
            always.dedup();
        }
        Patterns {
            list,
            prefilter,
            owners,
            always,
        }
    }

    /// Patterns that may match `text`, in order.
    fn candidates(&self, text: &str) -> Vec<usize> {
        let mut out = self.always.clone();
        if let Some(ac) = &self.prefilter {
            for m in ac.find_overlapping_iter(&lowercase(text)) {
                out.push(self.owners[m.pattern().as_usize()]);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn regex(&self, k: usize) -> Option<&MetaRegex> {
        self.list[k]
            .compiled
            .get_or_init(|| compile_for_messages(&self.list[k].source))
            .as_ref()
    }
}

/// English inflections a term's word may take, by part of speech: "bookmarks",
/// "bookmarked", "tracking", but not "important" for `import`, "significant" for `sign`
/// or "encryption" for `encrypt` (other words, often other concepts).
fn english_endings(pos: Option<&str>) -> &'static [&'static str] {
    const NOUN: &[&str] = &["", "s", "es"];
    const VERB: &[&str] = &["", "s", "es", "d", "ed", "ing"];
    const ADJECTIVE: &[&str] = &["", "ly", "r", "er", "st", "est"];
    const ANY: &[&str] = &[
        "", "s", "es", "d", "ed", "ing", "ly", "r", "er", "st", "est",
    ];
    match pos {
        Some("noun" | "properNoun" | "proper noun") => NOUN,
        Some("verb") => VERB,
        Some("adjective") => ADJECTIVE,
        _ => ANY,
    }
}

/// Endings of a German verb's stem: present and past tense, participles used as
/// adjectives ("verschlüsselt", "importierte", "aktivierenden"); not nouns made from the
/// verb ("Verschlüsselung"), which are other words. Participles with `ge-` and separated
/// prefixes ("fügt ... hinzu") stay out of reach of a prefix match.
const GERMAN_VERB_ENDINGS: &[&str] = &[
    "en", "n", "e", "st", "t", "et", "est", "te", "ten", "ter", "tes", "tem", "test", "tet", "end",
    "ende", "enden", "ender", "endes", "endem",
];

/// The stem of a (folded) German infinitive: "importieren" -> "importier",
/// "verschlüsseln" -> "verschlüssel", "ändern" -> "änder"; `None` for other words.
fn german_verb_stem(word: &str) -> Option<&str> {
    let stem = if word.ends_with("eln") || word.ends_with("ern") {
        word.strip_suffix('n')?
    } else {
        word.strip_suffix("en")?
    };
    (stem.chars().count() >= 3).then_some(stem)
}

/// `tail` (the letters after `word` in the text) is one of `endings`, or one of them after
/// the word's doubled last consonant ("planned", "shopping").
fn is_inflection(word: &str, tail: &str, endings: &[&str]) -> bool {
    if endings.contains(&tail) {
        return true;
    }
    let mut t = tail.chars();
    match (word.chars().next_back(), t.next()) {
        (Some(last), Some(first)) if last == first && !"aeiou".contains(last) => {
            let rest = t.as_str();
            !rest.is_empty() && endings.contains(&rest)
        }
        _ => false,
    }
}

/// Lowercases character by character (no context rule such as Greek final sigma), so a
/// literal that occurs in a text still occurs in the text once both are lowercased.
fn lowercase(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Korean particles (josa) that may follow a term written with `exact`.
const JOSA: &[&str] = &[
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "께",
    "께서",
    "으로",
    "로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "부터",
    "보다",
    "처럼",
    "이나",
    "나",
    "이다",
    "입니다",
    "으로서",
    "로서",
    "으로써",
    "로써",
    "과의",
    "와의",
    "에서는",
    "에는",
    "으로는",
    "로는",
    "이라는",
    "라는",
];

/// All of one locale's terms, compiled.
pub struct LocaleMatcher {
    pub locale: String,
    entries: Vec<Entry>,
    ac: Option<AhoCorasick>,
    /// Automaton pattern index → entry index.
    ac_entries: Vec<usize>,
    patterns: Patterns,
    stemmer: Option<rust_stemmers::Stemmer>,
    stem_entries: Vec<(Vec<String>, usize)>,
    korean: bool,
}

impl std::fmt::Debug for LocaleMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleMatcher")
            .field("locale", &self.locale)
            .field("terms", &self.entries.len())
            .finish()
    }
}

/// The default policy of a locale when the glossary gives none.
pub fn default_policy(locale: &str) -> MatchPolicy {
    match locale.split(['-', '_']).next().unwrap_or("") {
        "zh" | "ja" | "yue" | "th" | "lo" | "km" | "my" => MatchPolicy::Substring,
        _ => MatchPolicy::Prefix,
    }
}

fn stemmer_for(locale: &str) -> Option<rust_stemmers::Stemmer> {
    use rust_stemmers::Algorithm as A;
    let a = match locale.split(['-', '_']).next().unwrap_or("") {
        "ar" => A::Arabic,
        "da" => A::Danish,
        "nl" => A::Dutch,
        "en" => A::English,
        "fi" => A::Finnish,
        "fr" => A::French,
        "de" => A::German,
        "el" => A::Greek,
        "hu" => A::Hungarian,
        "it" => A::Italian,
        "no" | "nb" | "nn" => A::Norwegian,
        "pt" => A::Portuguese,
        "ro" => A::Romanian,
        "ru" => A::Russian,
        "es" => A::Spanish,
        "sv" => A::Swedish,
        "ta" => A::Tamil,
        "tr" => A::Turkish,
        _ => return None,
    };
    Some(rust_stemmers::Stemmer::create(a))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '\u{2011}'
}

/// Maximum compiled size of one glossary regex: patterns come from files.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

pub fn compile_pattern(p: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(p)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
}

/// Compiles a pattern for matching message texts (a few hundred bytes each): the NFA with
/// the bounded backtracker and the PikeVM, both linear in the text, and none of the DFAs
/// that pay off on long texts. Each DFA (and the reverse NFA the lazy one needs) costs as
/// much to build as the NFA itself, and Unicode `\w` makes that about 0.3 ms a pattern:
/// the bundled glossary has 542 patterns.
fn compile_for_messages(p: &str) -> Option<MetaRegex> {
    use regex_automata::meta::{Builder, Config};
    Builder::new()
        .configure(
            Config::new()
                .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
                .hybrid(false)
                .dfa(false)
                .onepass(false)
                // The literals that decide whether to try a pattern are found already.
                .auto_prefilter(false)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
        )
        .build(p)
        .ok()
}

/// A pattern is checked when a glossary is read. Compiling it in full only to learn that it
/// fits [`REGEX_SIZE_LIMIT`] costs more than checking a small project, so a pattern is
/// parsed, and compiled only when [`size_estimate`] cannot vouch for it.
pub fn check_pattern(p: &str) -> Result<(), String> {
    let hir = regex_syntax::parse(p).map_err(|e| e.to_string())?;
    if size_estimate(&hir) > SAFE_ESTIMATE {
        compile_pattern(p).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Estimates below this compile far under [`REGEX_SIZE_LIMIT`]: measured on the bundled
/// glossary and on repetitions of Unicode classes, a compiled NFA takes at most about 25
/// bytes per unit of [`size_estimate`] (plus a few kilobytes), so this bound leaves a
/// margin of four.
const SAFE_ESTIMATE: u64 = 8 * 1024;

/// An upper-bound-shaped count of what a pattern compiles to: literal bytes, class ranges
/// (each range is a few UTF-8 sequences), multiplied out through bounded repetitions.
fn size_estimate(h: &regex_syntax::hir::Hir) -> u64 {
    use regex_syntax::hir::{Class, HirKind};
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(l) => l.0.len() as u64,
        HirKind::Class(Class::Unicode(c)) => c.ranges().len() as u64,
        HirKind::Class(Class::Bytes(c)) => c.ranges().len() as u64,
        HirKind::Repetition(r) => {
            let copies = r.max.unwrap_or(r.min).max(r.min).max(1);
            size_estimate(&r.sub).saturating_mul(u64::from(copies))
        }
        HirKind::Capture(c) => size_estimate(&c.sub).saturating_add(1),
        HirKind::Concat(v) | HirKind::Alternation(v) => {
            v.iter().map(size_estimate).fold(0u64, u64::saturating_add)
        }
    }
}

impl LocaleMatcher {
    /// Compiles `locale`'s terms of `g`. Terms with invalid patterns were rejected when the
    /// glossary was read; any that slip through are skipped.
    pub fn new(g: &Glossary, locale: &str) -> LocaleMatcher {
        let lang = locale.split(['-', '_']).next().unwrap_or("").to_string();
        let locale_default = g
            .defaults
            .get(locale)
            .or_else(|| g.defaults.get(&lang))
            .copied()
            .unwrap_or_else(|| default_policy(locale));
        let mut entries = Vec::new();
        for (ci, c) in g.concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                if !locale_matches(&t.locale, locale) {
                    continue;
                }
                let policy = t.policy.unwrap_or(if t.pattern.is_some() {
                    MatchPolicy::Pattern
                } else {
                    locale_default
                });
                let folded = fold(&t.text);
                let mut words: Vec<String> = folded
                    .split(is_separator)
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if words.is_empty() && policy != MatchPolicy::Pattern {
                    continue;
                }
                // A termbase gives the part of speech once per concept (on its source term).
                let pos = t
                    .pos
                    .as_deref()
                    .or_else(|| c.terms.iter().find_map(|o| o.pos.as_deref()));
                let mut last_endings = None;
                if lang == "de" && policy == MatchPolicy::Prefix && pos == Some("verb") {
                    if let Some(stem) = words.last().and_then(|w| german_verb_stem(w)) {
                        let stem = stem.to_string();
                        if let Some(w) = words.last_mut() {
                            *w = stem;
                        }
                        last_endings = Some(GERMAN_VERB_ENDINGS);
                    }
                }
                entries.push(Entry {
                    concept: ci,
                    term: ti,
                    status: t.status,
                    policy,
                    compound_tail: lang == "de"
                        && policy == MatchPolicy::Prefix
                        && t.pos.as_deref() != Some("properNoun")
                        && folded.chars().filter(|c| c.is_alphabetic()).count() >= 5,
                    endings: (lang == "en" && policy == MatchPolicy::Prefix)
                        .then(|| english_endings(t.pos.as_deref())),
                    last_endings,
                    words,
                    case_sensitive: t.case_sensitive,
                    text: t.text.clone(),
                });
            }
        }
        let mut literal = Vec::new();
        let mut ac_entries = Vec::new();
        let mut regexes = Vec::new();
        let mut stem_entries = Vec::new();
        let stemmer = stemmer_for(locale);
        for (i, e) in entries.iter().enumerate() {
            match e.policy {
                MatchPolicy::Exact | MatchPolicy::Prefix => {
                    literal.push(e.words[0].clone());
                    ac_entries.push(i);
                }
                MatchPolicy::Substring => {
                    literal.push(e.words.join(" "));
                    ac_entries.push(i);
                }
                MatchPolicy::Stem => match &stemmer {
                    Some(s) => stem_entries
                        .push((e.words.iter().map(|w| s.stem(w).into_owned()).collect(), i)),
                    None => {
                        literal.push(e.words[0].clone());
                        ac_entries.push(i);
                    }
                },
                MatchPolicy::Pattern => {
                    if let Some(p) = &g.concepts[e.concept].terms[e.term].pattern {
                        regexes.push((p.clone(), i));
                    }
                }
            }
        }
        let ac = if literal.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                // Message texts are short: the NFA scans them about as fast as a DFA,
                // which would cost more to build than all the scanning it saves.
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&literal)
                .ok()
        };
        let patterns = Patterns::new(regexes);
        LocaleMatcher {
            locale: locale.to_string(),
            entries,
            ac,
            ac_entries,
            patterns,
            stemmer,
            stem_entries,
            korean: lang == "ko",
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Terms in `segments` of `source` (each segment a run of text; nothing is matched
    /// across segments). Overlaps are resolved leftmost-longest.
    pub fn find(&self, source: &str, segments: &[Range<usize>]) -> Vec<Match> {
        let found = self.find_all(source, segments);
        let mut out: Vec<Match> = Vec::new();
        for m in found {
            if out.last().is_some_and(|l| m.range.start < l.range.end) {
                continue;
            }
            out.push(m);
        }
        out
    }

    /// Every term occurrence, nested ones included, sorted by start then longest first.
    /// A concept is present in a text when any of its terms occurs, even inside a longer
    /// term ("remote banking" inside "remote banking center").
    pub fn find_all(&self, source: &str, segments: &[Range<usize>]) -> Vec<Match> {
        if self.entries.is_empty() || segments.is_empty() {
            return Vec::new();
        }
        let folded = fold_segments(source, segments);
        let mut found: Vec<Match> = Vec::new();
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(&folded.text) {
                let e = &self.entries[self.ac_entries[m.pattern().as_usize()]];
                if let Some(end) = self.verify(e, &folded.text, m.start()) {
                    let range = folded.source_range(m.start()..end, source);
                    if e.case_sensitive
                        && !source[range.clone()]
                            .starts_with(e.text.split_whitespace().next().unwrap_or(""))
                    {
                        continue;
                    }
                    found.push(self.make(e, range));
                }
            }
        }
        for seg in segments {
            let text = &source[seg.clone()];
            for k in self.patterns.candidates(text) {
                let Some(r) = self.patterns.regex(k) else {
                    continue;
                };
                let i = &self.patterns.list[k].entry;
                {
                    for m in r.find_iter(text) {
                        if m.start() < m.end() && !inside_tag(text, m.start()) {
                            found.push(self.make(
                                &self.entries[*i],
                                seg.start + m.start()..seg.start + m.end(),
                            ));
                        }
                    }
                }
            }
        }
        if let (Some(stemmer), false) = (&self.stemmer, self.stem_entries.is_empty()) {
            self.find_stems(stemmer, &folded, source, &mut found);
        }
        found.sort_by(|a, b| {
            (
                a.range.start,
                std::cmp::Reverse(a.range.end),
                a.concept,
                a.term,
            )
                .cmp(&(
                    b.range.start,
                    std::cmp::Reverse(b.range.end),
                    b.concept,
                    b.term,
                ))
        });
        found.dedup();
        found
    }

    fn make(&self, e: &Entry, range: Range<usize>) -> Match {
        Match {
            range,
            concept: e.concept,
            term: e.term,
            status: e.status,
        }
    }

    /// End (folded offset) of the term starting at `start`, if it really is there.
    fn verify(&self, e: &Entry, text: &str, start: usize) -> Option<usize> {
        let before = text[..start].chars().next_back();
        if e.policy != MatchPolicy::Substring {
            let head_ok = before.is_none_or(|c| !is_word(c));
            let compound = e.compound_tail && before.is_some_and(char::is_alphabetic);
            if !head_ok && !compound {
                return None;
            }
        } else {
            return Some(start + e.words.join(" ").len());
        }
        let mut pos = start;
        let n = e.words.len();
        for (k, w) in e.words.iter().enumerate() {
            if !text[pos..].starts_with(w.as_str()) {
                return None;
            }
            pos += w.len();
            if e.policy == MatchPolicy::Prefix || e.policy == MatchPolicy::Stem {
                let rest = &text[pos..];
                let tail = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
                if let Some(endings) = e.endings {
                    if !is_inflection(w, &rest[..tail], endings) {
                        return None;
                    }
                }
                if let Some(endings) = e.last_endings.filter(|_| k + 1 == n) {
                    if !endings.contains(&&rest[..tail]) {
                        return None;
                    }
                }
                pos += tail;
            }
            if k + 1 < n {
                let mut seps = 0;
                while let Some(c) = text[pos..].chars().next().filter(|c| is_separator(*c)) {
                    pos += c.len_utf8();
                    seps += 1;
                }
                if seps == 0 {
                    return None;
                }
            }
        }
        let after: String = text[pos..].chars().take_while(|c| is_word(*c)).collect();
        if after.is_empty() {
            return Some(pos);
        }
        if self.korean && JOSA.contains(&after.as_str()) {
            return Some(pos);
        }
        None
    }

    fn find_stems(
        &self,
        stemmer: &rust_stemmers::Stemmer,
        folded: &Folded,
        source: &str,
        found: &mut Vec<Match>,
    ) {
        let text = &folded.text;
        let mut words: Vec<(usize, usize, String)> = Vec::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (start, is_word(c)) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    words.push((s, i, stemmer.stem(&text[s..i]).into_owned()));
                    start = None;
                }
                _ => {}
            }
        }
        for (stems, ei) in &self.stem_entries {
            let n = stems.len();
            if n == 0 || words.len() < n {
                continue;
            }
            for w in 0..=words.len() - n {
                if (0..n).all(|k| words[w + k].2 == stems[k]) {
                    let range = folded.source_range(words[w].0..words[w + n - 1].1, source);
                    found.push(self.make(&self.entries[*ei], range));
                }
            }
        }
    }
}

/// A position inside `<...>` markup of a text element.
fn inside_tag(text: &str, at: usize) -> bool {
    match (text[..at].rfind('<'), text[..at].rfind('>')) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// A glossary locale applies to a project locale with the same tag, or when one of them is
/// a bare language of the other (`pt` terms serve `pt-BR`; `en-US` terms, as Pontoon
/// exports them, serve a project whose reference is `en`); `pt-PT` never serves `pt-BR`.
pub fn locale_matches(term_locale: &str, locale: &str) -> bool {
    if term_locale.eq_ignore_ascii_case(locale) {
        return true;
    }
    let lang = |l: &str| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
    (!term_locale.contains(['-', '_']) || !locale.contains(['-', '_']))
        && lang(term_locale) == lang(locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::model::{Concept, Term};

    fn term(locale: &str, text: &str, status: Status) -> Term {
        Term {
            locale: locale.into(),
            text: text.into(),
            status,
            pos: None,
            case_sensitive: false,
            policy: None,
            pattern: None,
            dnt: false,
            note: None,
        }
    }

    fn with_pos(locale: &str, text: &str, pos: Option<&str>) -> Term {
        let mut t = term(locale, text, Status::Preferred);
        t.pos = pos.map(str::to_string);
        t
    }

    fn glossary(concepts: Vec<(&str, Vec<Term>)>) -> Glossary {
        Glossary {
            concepts: concepts
                .into_iter()
                .map(|(id, terms)| Concept {
                    id: id.into(),
                    domain: None,
                    definition: None,
                    note: None,
                    terms,
                })
                .collect(),
            ..Glossary::default()
        }
    }

    fn found(m: &LocaleMatcher, text: &str) -> Vec<String> {
        m.find(text, std::slice::from_ref(&(0..text.len())))
            .iter()
            .map(|x| text[x.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn longest_match_wins_and_words_take_endings() {
        let g = glossary(vec![
            ("rb", vec![term("en", "remote banking", Status::Preferred)]),
            (
                "rbc",
                vec![term("en", "remote banking center", Status::Preferred)],
            ),
        ]);
        let m = LocaleMatcher::new(&g, "en");
        assert_eq!(
            found(&m, "Remote banking centers and remote banking."),
            vec!["Remote banking centers", "remote banking"]
        );
        assert!(found(&m, "remotely bank").is_empty());
        assert!(
            found(&m, "<a title=\"remote banking\">x</a>").is_empty(),
            "never inside tags"
        );
        assert_eq!(found(&m, "<b>remote banking</b>"), vec!["remote banking"]);
    }

    #[test]
    fn substring_for_chinese_and_exact_boundaries() {
        let g = glossary(vec![(
            "rb",
            vec![
                term("zh-CN", "远程银行", Status::Preferred),
                term("en", "AI", Status::Preferred),
            ],
        )]);
        let zh = LocaleMatcher::new(&g, "zh-CN");
        assert_eq!(found(&zh, "客服中心与远程银行发展"), vec!["远程银行"]);
        let mut g2 = g.clone();
        g2.concepts[0].terms[1].policy = Some(MatchPolicy::Exact);
        let en = LocaleMatcher::new(&g2, "en");
        assert_eq!(found(&en, "AI and PAID, AIs"), vec!["AI"]);
    }

    #[test]
    fn folding_greek_german_and_korean_particles() {
        let g = glossary(vec![
            ("el", vec![term("el", "τραπεζική", Status::Preferred)]),
            ("de", vec![term("de", "Banking", Status::Preferred)]),
            ("ko", vec![term("ko", "원격 뱅킹", Status::Preferred)]),
        ]);
        let el = LocaleMatcher::new(&g, "el");
        assert_eq!(found(&el, "ΤΡΑΠΕΖΙΚΗΣ"), vec!["ΤΡΑΠΕΖΙΚΗΣ"]);
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(found(&de, "Das Fernbanking wächst"), vec!["banking"]);
        let mut g2 = g.clone();
        g2.concepts[2].terms[0].policy = Some(MatchPolicy::Exact);
        let ko = LocaleMatcher::new(&g2, "ko");
        assert_eq!(
            found(&ko, "원격 뱅킹은 성장"),
            vec!["원격 뱅킹"],
            "the particle is not part of the term"
        );
        assert!(found(&ko, "원격 뱅킹센터").is_empty());
    }

    #[test]
    fn patterns_and_stems() {
        let mut t = term(
            "ru",
            "дистанционное банковское обслуживание",
            Status::Preferred,
        );
        t.policy = Some(MatchPolicy::Pattern);
        t.pattern = Some(r"(?i)\bдистанционн\w*\s+банковск\w*\s+обслуживани\w*".into());
        let mut s = term("en", "extension", Status::Preferred);
        s.policy = Some(MatchPolicy::Stem);
        let g = glossary(vec![("rb", vec![t]), ("ext", vec![s])]);
        let ru = LocaleMatcher::new(&g, "ru");
        assert_eq!(
            found(&ru, "центры дистанционного банковского обслуживания"),
            vec!["дистанционного банковского обслуживания"]
        );
        let en = LocaleMatcher::new(&g, "en");
        assert_eq!(found(&en, "two extensions"), vec!["extensions"]);
    }

    /// English words take inflections of their part of speech, not derivations: `import`
    /// is not in "important", the noun `bookmark` not in "bookmarked"; other languages
    /// keep their open endings.
    #[test]
    fn english_inflections_by_part_of_speech() {
        let g = glossary(vec![
            ("import", vec![with_pos("en", "import", Some("verb"))]),
            ("bookmark", vec![with_pos("en", "bookmark", Some("noun"))]),
            ("plan", vec![with_pos("en", "plan", None)]),
            ("secure", vec![with_pos("en", "secure", Some("adjective"))]),
            ("track", vec![with_pos("de", "Track", None)]),
        ]);
        let en = LocaleMatcher::new(&g, "en");
        assert_eq!(
            found(
                &en,
                "import, imports, imported, importing; important, importance"
            ),
            vec!["import", "imports", "imported", "importing"]
        );
        assert_eq!(
            found(&en, "bookmark, bookmarks, bookmarked"),
            vec!["bookmark", "bookmarks"]
        );
        assert_eq!(
            found(&en, "planned, planning, plans, planet"),
            vec!["planned", "planning", "plans"]
        );
        assert_eq!(found(&en, "securely, security"), vec!["securely"]);
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(
            found(&de, "Tracking und Tracks"),
            vec!["Tracking", "Tracks"]
        );
    }

    /// German verbs (by the concept's part of speech) are matched conjugated: the
    /// infinitive's stem and a verb ending, not a noun made from it; other German terms keep
    /// open endings.
    #[test]
    fn german_verbs_are_found_conjugated() {
        let g = glossary(vec![
            (
                "encrypt",
                vec![
                    with_pos("en", "encrypt", Some("verb")),
                    with_pos("de", "verschlüsseln", None),
                ],
            ),
            (
                "import",
                vec![
                    with_pos("en", "import", Some("verb")),
                    with_pos("de", "importieren", None),
                ],
            ),
            (
                "bookmark",
                vec![
                    with_pos("en", "bookmark", Some("verb")),
                    with_pos("de", "als Lesezeichen hinzufügen", None),
                ],
            ),
            ("key", vec![with_pos("de", "Schlüsseln", Some("noun"))]),
        ]);
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(
            found(
                &de,
                "Verschlüsselt, verschlüsseln, verschlüsselte; die Verschlüsselung"
            ),
            vec!["Verschlüsselt", "verschlüsseln", "verschlüsselte"]
        );
        assert_eq!(
            found(&de, "importiert, importierten, Importeur"),
            vec!["importiert", "importierten"]
        );
        assert_eq!(
            found(&de, "als Lesezeichen hinzufügt"),
            vec!["als Lesezeichen hinzufügt"]
        );
        assert_eq!(
            found(&de, "mit Schlüsselnummern"),
            vec!["Schlüsselnummern"],
            "nouns stay open"
        );
        assert_eq!(german_verb_stem("ändern"), Some("änder"));
        assert_eq!(german_verb_stem("gehen"), Some("geh"));
        assert_eq!(german_verb_stem("tun"), None);
    }

    /// The prefilter compares lowercased text, so a case-insensitive pattern is tried on
    /// text in any case (capitals, Greek final sigma, Kelvin sign), and a case-sensitive
    /// one is still matched with its own case only.
    #[test]
    fn prefilter_is_case_blind_and_patterns_keep_their_case() {
        let pattern = |locale: &str, text: &str, p: &str| {
            let mut t = term(locale, text, Status::Preferred);
            t.policy = Some(MatchPolicy::Pattern);
            t.pattern = Some(p.into());
            t
        };
        let g = glossary(vec![
            (
                "ru",
                vec![pattern(
                    "ru",
                    "банкинг",
                    r"(?i)\bдистанционн\w*\s+банкинг\w*",
                )],
            ),
            ("el", vec![pattern("el", "τράπεζας", r"(?i)τραπεζας")]),
            ("k", vec![pattern("en", "kelvin", r"(?i)kelvin")]),
            ("cs", vec![pattern("de", "Kunden", r"\bKunden\w*")]),
        ]);
        let ru = LocaleMatcher::new(&g, "ru");
        assert_eq!(
            found(&ru, "ДИСТАНЦИОННЫЙ БАНКИНГ и Дистанционного банкинга"),
            vec!["ДИСТАНЦИОННЫЙ БАНКИНГ", "Дистанционного банкинга"]
        );
        let el = LocaleMatcher::new(&g, "el");
        assert_eq!(found(&el, "ΤΡΑΠΕΖΑΣ"), vec!["ΤΡΑΠΕΖΑΣ"]);
        let en = LocaleMatcher::new(&g, "en");
        assert_eq!(found(&en, "\u{212A}ELVIN"), vec!["\u{212A}ELVIN"]);
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(found(&de, "Kundenberater, kunden"), vec!["Kundenberater"]);
    }

    /// A glossary pattern is parsed when read and compiled only when its size could
    /// come near the limit: cheap patterns pass unparsed-twice, big ones get the exact
    /// verdict, and syntax errors keep the parser's words.
    #[test]
    fn pattern_check_compiles_only_what_could_be_too_big() {
        let hir = |p: &str| regex_syntax::parse(p).expect("parses");
        assert!(size_estimate(&hir(r"(?i)\bдистанционн\w*\s+банковск\w*")) <= SAFE_ESTIMATE);
        assert!(size_estimate(&hir(r"[\p{L}\p{N}]{20}")) > SAFE_ESTIMATE);
        assert!(size_estimate(&hir("a{1000}{1000}")) > SAFE_ESTIMATE);
        assert_eq!(check_pattern(r"(?i)\bдистанционн\w*"), Ok(()));
        assert_eq!(
            check_pattern(r"[\p{L}\p{N}]{20}"),
            Ok(()),
            "big but within the limit"
        );
        for (p, want) in [
            ("a{1000}{1000}", "size limit"),
            (r"\w{100}", "size limit"),
            ("(", "unclosed group"),
            ("(?<=a)b", "look-around"),
        ] {
            let e = check_pattern(p).expect_err(p);
            assert!(e.contains(want), "{p}: {e}");
        }
        // Whatever passes the check compiles for matching.
        for p in [r"(?i)\b\w+\s+\w+\s+\w+\s+\w+", r"[\p{L}\p{N}]{20}"] {
            assert!(compile_for_messages(p).is_some(), "{p}");
        }
    }
}
