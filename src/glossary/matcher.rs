//! Finding glossary terms in text: one Aho-Corasick automaton per locale for the literal
//! policies, lazily compiled regexes behind one literal prefilter for patterns, Snowball
//! stems where asked; then the longest
//! match wins over shorter nested ones.

use super::fold::{fold_segments_with, fold_with, Folded, Marks};
use super::model::{Concept, Glossary, MatchPolicy, Status, Term};
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
    /// The words as the `inflect` policy compares them (empty under other policies).
    forms: Vec<WordForm>,
    /// The concept's part of speech (a termbase gives it once, on the source term).
    pos: Option<String>,
    /// Words that may stand between two words of the term (`inflect`).
    gap: usize,
}

/// One word of a term under the `inflect` policy.
#[derive(Debug)]
struct WordForm {
    /// Folded.
    word: String,
    /// Bytes of `word` a text word must share when its ending differs: all but the last
    /// one to three letters (the dictionary form's own ending).
    min_prefix: usize,
    /// The word's stem, where the language has a stemmer.
    stem: Option<String>,
    /// Other stems the word takes (Slavic -ovat verbs: šifrovat, šifruje; the noun stem of
    /// a verb: importovat, import).
    alts: Vec<String>,
}

/// Letters a text word may have after what it shares with a term's word (`inflect`):
/// endings, not other words ("Versicherung" is not "Version").
const MAX_TAIL: usize = 5;

/// A word stemmer: Snowball (rust-stemmers) or one of tantivy-stemmers' algorithms.
enum WordStemmer {
    Snowball(rust_stemmers::Stemmer),
    Function(tantivy_stemmers::algorithms::Algorithm),
}

impl WordStemmer {
    /// The stem of a folded word (recomposed first: the stemmers know é, not e + ´).
    fn stem(&self, folded: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        let word: String = folded.nfc().collect();
        match self {
            WordStemmer::Snowball(s) => s.stem(&word).into_owned(),
            WordStemmer::Function(f) => f(&word).into_owned(),
        }
    }
}

/// How the `inflect` policy matches the words of one language.
struct Morphology {
    stemmer: Option<WordStemmer>,
    marks: Marks,
    /// The dictionary form's last letters may be replaced ("расширение", "расширения").
    swap: bool,
    /// Nouns and verbs may end a compound ("Browsererweiterung", "Aktivitätenverfolgung").
    compounds: bool,
    /// Verb prefixes of the other aspect (Slavic: szyfrować, zaszyfrowana), folded.
    aspect: Vec<String>,
    /// Infinitive endings with their other stems: (ending, [replacements]), folded.
    verb_classes: Vec<(String, Vec<String>)>,
    /// Words that may stand between a term's words (adjectives placed apart).
    gap: usize,
}

impl Morphology {
    fn new(lang: &str) -> Morphology {
        let fold_all = |xs: &[&str]| xs.iter().map(|x| fold_with(x, Marks::default())).collect();
        let classes = |xs: &[(&str, &[&str])]| {
            xs.iter()
                .map(|(e, r)| (fold_with(e, Marks::default()), fold_all(r)))
                .collect()
        };
        let stemmer = match lang {
            "cs" => Some(WordStemmer::Function(
                tantivy_stemmers::algorithms::czech_dolamic_light,
            )),
            "pl" => Some(WordStemmer::Function(
                tantivy_stemmers::algorithms::polish_yarovoy,
            )),
            "en" => None,
            _ => stemmer_for(lang).map(WordStemmer::Snowball),
        };
        let (aspect, verb_classes) = match lang {
            "cs" | "sk" => (
                fold_all(&[
                    "za", "z", "s", "vy", "po", "na", "u", "pro", "při", "roz", "o", "do", "od",
                    "ne", "nena", "neza",
                ]),
                classes(&[("ovat", &["uj", ""]), ("ávat", &["áv"]), ("nout", &["n"])]),
            ),
            "pl" => (
                fold_all(&[
                    "za", "z", "s", "wy", "po", "na", "u", "prze", "roz", "o", "do", "od", "ze",
                ]),
                classes(&[("ować", &["uj", ""]), ("ywać", &["uj"]), ("nąć", &["n"])]),
            ),
            "ru" | "uk" | "be" => (
                fold_all(&[
                    "за", "с", "вы", "по", "на", "у", "про", "пере", "рас", "раз", "о", "до", "от",
                    "не",
                ]),
                classes(&[
                    ("ировать", &["иру", ""]),
                    ("овать", &["у", "ю", ""]),
                    ("евать", &["ю"]),
                    ("нуть", &["н"]),
                    // войти, войдите; найти, найдите.
                    ("йти", &["йд"]),
                ]),
            ),
            // The participle's ge- ("gemeldet" of "melden").
            "de" => (fold_all(&["ge"]), Vec::new()),
            _ => (Vec::new(), Vec::new()),
        };
        Morphology {
            stemmer,
            marks: Marks::for_language(lang),
            swap: !matches!(
                lang,
                "en" | "vi" | "id" | "ms" | "zh" | "ja" | "ko" | "th" | "lo" | "km" | "my" | "yue"
            ),
            compounds: lang == "de",
            aspect,
            verb_classes,
            gap: match lang {
                "fr" | "it" | "es" | "pt" | "ca" | "ro" => 2,
                _ => 1,
            },
        }
    }

    /// The comparison form of a term's word.
    fn word_form(&self, word: &str) -> WordForm {
        let units = letters(word);
        let cut = if !self.swap || units.len() <= 3 {
            0
        } else {
            (units.len() / 3).min(3)
        };
        let min_prefix = units.get(units.len() - cut).copied().unwrap_or(word.len());
        let stem = self.stemmer.as_ref().and_then(|s| {
            let st = fold_with(&s.stem(word), self.marks);
            (letters(&st).len() >= 3).then_some(st)
        });
        let mut alts = Vec::new();
        for (ending, others) in &self.verb_classes {
            if let Some(base) = word.strip_suffix(ending.as_str()) {
                if letters(base).len() >= 3 {
                    alts.extend(others.iter().map(|o| format!("{base}{o}")));
                }
                break;
            }
        }
        WordForm {
            word: word.to_string(),
            min_prefix,
            stem,
            alts,
        }
    }

    /// A text word (folded, whole) is a form of `wf`. `strict` (inside a compound): only
    /// endings added or the same stem.
    fn accept(&self, wf: &WordForm, tw: &str, strict: bool) -> bool {
        if tw.is_empty() {
            return false;
        }
        if tw.starts_with(&wf.word) {
            return true;
        }
        if !strict && self.swap {
            let cp = common_prefix(tw, &wf.word);
            if cp >= wf.min_prefix && letter_count(&tw[cp..]) <= MAX_TAIL {
                return true;
            }
            if wf
                .alts
                .iter()
                .any(|a| tw.starts_with(a.as_str()) && letter_count(&tw[a.len()..]) <= MAX_TAIL)
            {
                return true;
            }
        }
        // Stemming is the costly test: only for a word that begins with all but the last
        // letter of the stem (the stemmers cut endings; some change a last letter).
        match (&wf.stem, &self.stemmer) {
            (Some(st), Some(stemmer)) => {
                let head = st
                    .char_indices()
                    .rfind(|(_, c)| !unicode_normalization::char::is_combining_mark(*c))
                    .map_or(0, |(i, _)| i);
                tw.starts_with(&st[..head]) && fold_with(&stemmer.stem(tw), self.marks) == *st
            }
            _ => false,
        }
    }
}

/// Letters (characters but combining marks) in `s`.
fn letter_count(s: &str) -> usize {
    s.chars()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .count()
}

/// Byte offsets where each letter (a character with its combining marks) starts.
fn letters(s: &str) -> Vec<usize> {
    s.char_indices()
        .filter(|(_, c)| !unicode_normalization::char::is_combining_mark(*c))
        .map(|(i, _)| i)
        .collect()
}

/// Bytes `a` and `b` share at their start, ending at a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map(|((i, _), _)| i)
        .unwrap_or_else(|| a.len().min(b.len()))
}

/// The Japanese dictionary form's verb ending: a する verb (暗号化する) is found by its
/// noun (暗号化します, 暗号化されて, 暗号化), as is a past form (破損した).
fn japanese_stem(folded: &str) -> &str {
    for ending in ["する", "します", "した", "される"] {
        if let Some(stem) = folded.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                return stem;
            }
        }
    }
    folded
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
    english: bool,
    morph: Morphology,
    /// Concept → the other concepts with a term of the same words in this locale
    /// (homographs: "report" the verb and the noun).
    homographs: std::collections::HashMap<usize, Vec<usize>>,
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
        _ => MatchPolicy::Inflect,
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
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
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

/// How a locale's terms are matched: its language, its default policy, its morphology.
struct LocaleWays<'l> {
    locale: &'l str,
    lang: String,
    /// The policy of a term that sets none (the glossary's for the locale or its
    /// language, else [`default_policy`]).
    default: MatchPolicy,
    english: bool,
    morph: Morphology,
}

impl<'l> LocaleWays<'l> {
    fn new(g: &Glossary, locale: &'l str) -> Self {
        let lang = locale.split(['-', '_']).next().unwrap_or("").to_string();
        let default = g
            .defaults
            .get(locale)
            .or_else(|| g.defaults.get(&lang))
            .copied()
            .unwrap_or_else(|| default_policy(locale));
        // Most locales of a big project have no term in a glossary: their matcher is empty,
        // without a stemmer or automaton to build.
        let any = g
            .concepts
            .iter()
            .any(|c| c.terms.iter().any(|t| locale_matches(&t.locale, locale)));
        let morph = if any {
            Morphology::new(&lang)
        } else {
            Morphology::new("")
        };
        LocaleWays {
            locale,
            english: lang == "en",
            lang,
            default,
            morph,
        }
    }

    /// Every term of the locale compiled, with the other aspect of Slavic verbs.
    fn entries(&self, g: &Glossary) -> Vec<Entry> {
        let mut entries = Vec::new();
        for (ci, c) in g.concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                if !locale_matches(&t.locale, self.locale) {
                    continue;
                }
                let Some(entry) = self.entry(c, ci, ti) else {
                    continue;
                };
                if let Some(other) = self.other_aspect(&entry) {
                    entries.push(other);
                }
                entries.push(entry);
            }
        }
        entries
    }

    /// The policy term `t` is matched by: its own, else the locale's; `inflect` is
    /// narrowed where the language or the term's status needs it.
    fn policy(&self, t: &Term) -> MatchPolicy {
        let policy = t.policy.unwrap_or(if t.pattern.is_some() {
            MatchPolicy::Pattern
        } else {
            self.default
        });
        if policy != MatchPolicy::Inflect {
            return policy;
        }
        // A forbidden term is matched as written (and its endings): every looser form it
        // finds is an error reported. English and the languages written without spaces
        // have their own rules.
        if default_policy(self.locale) == MatchPolicy::Substring {
            MatchPolicy::Substring
        } else if t.status == Status::Forbidden || self.english {
            MatchPolicy::Prefix
        } else {
            policy
        }
    }

    /// Term `ti` of concept `c` (number `ci`) compiled; `None` for a term without words
    /// (but a pattern).
    fn entry(&self, c: &Concept, ci: usize, ti: usize) -> Option<Entry> {
        let t = &c.terms[ti];
        let (lang, morph) = (self.lang.as_str(), &self.morph);
        let policy = self.policy(t);
        // Terms and texts drop the same marks, whatever the policy.
        let mut folded = fold_with(&t.text, morph.marks);
        if lang == "ja" && policy == MatchPolicy::Substring && t.status != Status::Forbidden {
            folded = japanese_stem(&folded).to_string();
        }
        let mut words: Vec<String> = folded
            .split(is_separator)
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if words.is_empty() && policy != MatchPolicy::Pattern {
            return None;
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
        let letters_count = folded.chars().filter(|c| c.is_alphabetic()).count();
        Some(Entry {
            concept: ci,
            term: ti,
            status: t.status,
            policy,
            compound_tail: lang == "de"
                && matches!(policy, MatchPolicy::Prefix | MatchPolicy::Inflect)
                && t.pos.as_deref() != Some("properNoun")
                && letters_count >= 5,
            endings: (self.english && policy == MatchPolicy::Prefix)
                .then(|| english_endings(t.pos.as_deref())),
            last_endings,
            forms: if policy == MatchPolicy::Inflect {
                words.iter().map(|w| morph.word_form(w)).collect()
            } else {
                Vec::new()
            },
            words,
            case_sensitive: t.case_sensitive,
            text: t.text.clone(),
            pos: pos.map(str::to_string),
            gap: morph.gap,
        })
    }

    /// A Slavic verb of one aspect is found in the other: zašifrovat in "šifrování",
    /// szyfrować in "zaszyfrowana" (the prefix, in `verify`). The entry for the verb
    /// without its aspect prefix, if it has one.
    fn other_aspect(&self, entry: &Entry) -> Option<Entry> {
        let morph = &self.morph;
        if entry.policy != MatchPolicy::Inflect || entry.pos.as_deref() != Some("verb") {
            return None;
        }
        let first = &entry.words[0];
        let rest = morph.aspect.iter().find_map(|p| {
            first
                .strip_prefix(p.as_str())
                .filter(|rest| letters(rest).len() >= 5)
                .map(str::to_string)
        })?;
        let mut forms = vec![morph.word_form(&rest)];
        forms.extend(entry.forms[1..].iter().map(|f| morph.word_form(&f.word)));
        let mut words = entry.words.clone();
        words[0] = rest;
        Some(Entry {
            forms,
            words,
            pos: entry.pos.clone(),
            text: entry.text.clone(),
            ..*entry
        })
    }
}

/// Concept → the other concepts with a (non-forbidden) term of the same words.
fn homographs(entries: &[Entry]) -> std::collections::HashMap<usize, Vec<usize>> {
    let mut homographs: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    let mut by_words: std::collections::HashMap<&[String], Vec<usize>> =
        std::collections::HashMap::new();
    for e in entries {
        if e.status != Status::Forbidden {
            let v = by_words.entry(e.words.as_slice()).or_default();
            if !v.contains(&e.concept) {
                v.push(e.concept);
            }
        }
    }
    for group in by_words.values().filter(|g| g.len() > 1) {
        for &c in group {
            let alts = homographs.entry(c).or_default();
            for &o in group {
                if o != c && !alts.contains(&o) {
                    alts.push(o);
                }
            }
        }
    }
    homographs
}

/// Where each entry is looked for: the literals of the automaton (with their entries),
/// the patterns, the stems.
struct Index {
    literal: Vec<String>,
    /// Automaton pattern index → entry index.
    ac_entries: Vec<usize>,
    regexes: Vec<(String, usize)>,
    stem_entries: Vec<(Vec<String>, usize)>,
}

impl Index {
    fn new(entries: &[Entry], g: &Glossary, stemmer: Option<&rust_stemmers::Stemmer>) -> Index {
        let mut index = Index {
            literal: Vec::new(),
            ac_entries: Vec::new(),
            regexes: Vec::new(),
            stem_entries: Vec::new(),
        };
        for (i, e) in entries.iter().enumerate() {
            match e.policy {
                MatchPolicy::Exact | MatchPolicy::Prefix => index.literal(e.words[0].clone(), i),
                MatchPolicy::Inflect => {
                    // Every accepted form starts with the first word's shared prefix or one
                    // of its other stems; forms of the same stem alone are not looked for.
                    let f = &e.forms[0];
                    index.literal(f.word[..f.min_prefix].to_string(), i);
                    for a in &f.alts {
                        index.literal(a.clone(), i);
                    }
                }
                MatchPolicy::Substring => index.literal(e.words.join(" "), i),
                MatchPolicy::Stem => match stemmer {
                    Some(s) => index
                        .stem_entries
                        .push((e.words.iter().map(|w| s.stem(w).into_owned()).collect(), i)),
                    None => index.literal(e.words[0].clone(), i),
                },
                MatchPolicy::Pattern => {
                    if let Some(p) = &g.concepts[e.concept].terms[e.term].pattern {
                        index.regexes.push((p.clone(), i));
                    }
                }
            }
        }
        index
    }

    /// Entry `i` is looked for by `literal`.
    fn literal(&mut self, literal: String, i: usize) {
        self.literal.push(literal);
        self.ac_entries.push(i);
    }
}

/// The automaton finding every literal at once (none without literals).
fn automaton(literal: &[String]) -> Option<AhoCorasick> {
    if literal.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        // A DFA for a termbase's few hundred literals builds in well under a
        // millisecond and scans a locale's texts (a megabyte) faster than the NFA;
        // a big glossary's DFA would cost more to build than it saves.
        .kind(Some(if literal.len() <= 2_000 {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        }))
        .build(literal)
        .ok()
}

impl LocaleMatcher {
    /// Compiles `locale`'s terms of `g`. Terms with invalid patterns were rejected when the
    /// glossary was read; any that slip through are skipped.
    pub fn new(g: &Glossary, locale: &str) -> LocaleMatcher {
        let ways = LocaleWays::new(g, locale);
        let entries = ways.entries(g);
        let homographs = homographs(&entries);
        let stemmer = stemmer_for(locale);
        let index = Index::new(&entries, g, stemmer.as_ref());
        LocaleMatcher {
            locale: locale.to_string(),
            ac: automaton(&index.literal),
            ac_entries: index.ac_entries,
            patterns: Patterns::new(index.regexes),
            stemmer,
            stem_entries: index.stem_entries,
            korean: ways.lang == "ko",
            english: ways.english,
            morph: ways.morph,
            homographs,
            entries,
        }
    }

    /// Other concepts with a term of the very same words in this locale: a text that uses
    /// one may mean any ("report": to report, a report).
    pub fn homographs(&self, concept: usize) -> &[usize] {
        self.homographs
            .get(&concept)
            .map(Vec::as_slice)
            .unwrap_or(&[])
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
        let folded = fold_segments_with(source, segments, self.morph.marks);
        let mut found: Vec<Match> = Vec::new();
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(&folded.text) {
                let e = &self.entries[self.ac_entries[m.pattern().as_usize()]];
                let end = if e.policy == MatchPolicy::Inflect {
                    self.verify_inflect(e, &folded.text, m.start())
                } else {
                    self.verify(e, &folded.text, m.start())
                };
                if let Some(end) = end {
                    let range = folded.source_range(m.start()..end, source);
                    if e.case_sensitive
                        && !source[range.clone()]
                            .starts_with(e.text.split_whitespace().next().unwrap_or(""))
                    {
                        continue;
                    }
                    if self.english {
                        // The words around, within the match's text run.
                        let seg = segments
                            .iter()
                            .find(|s| s.start <= range.start && range.end <= s.end)
                            .cloned()
                            .unwrap_or(0..source.len());
                        if !english_use(e, source, seg, &range) {
                            continue;
                        }
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

    /// End (folded offset) of an `inflect` term whose first word's shared prefix (or other
    /// stem) is at `start`, if a form of the term really is there.
    fn verify_inflect(&self, e: &Entry, text: &str, start: usize) -> Option<usize> {
        // A word ends at a non-word character; an apostrophe inside a term's word
        // ("d'utilisation") belongs to it.
        let word_end = |at: usize, wf: &WordForm| {
            let apostrophe = wf.word.contains('\'');
            text[at..]
                .find(|c: char| !(is_word(c) || apostrophe && c == '\''))
                .map_or(text.len(), |i| at + i)
        };
        let mut inside = false;
        if text[..start].chars().next_back().is_some_and(is_word) {
            let word_start = text[..start]
                .char_indices()
                .rev()
                .find(|(_, c)| !is_word(*c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let head = &text[word_start..start];
            let aspect =
                e.pos.as_deref() == Some("verb") && self.morph.aspect.iter().any(|p| p == head);
            if !(aspect || self.morph.compounds && e.compound_tail) {
                return None;
            }
            // The tail of a compound is held to its endings and stem.
            inside = !aspect;
        }
        let first = &e.forms[0];
        let first_end = word_end(start, first);
        if !self.morph.accept(first, &text[start..first_end], inside) {
            return None;
        }
        if e.forms.len() == 1 {
            return Some(first_end);
        }
        self.words_in_order(e, text, first_end, &word_end)
            .or_else(|| self.words_nearby(e, text, first_end))
    }

    /// The term's other words one after another from `pos`, the end of its first word (up
    /// to `gap` other words between two).
    fn words_in_order(
        &self,
        e: &Entry,
        text: &str,
        mut pos: usize,
        word_end: &dyn Fn(usize, &WordForm) -> usize,
    ) -> Option<usize> {
        for wf in &e.forms[1..] {
            let mut gaps = 0;
            loop {
                let mut seps = 0;
                while let Some(c) = text[pos..].chars().next().filter(|c| is_separator(*c)) {
                    pos += c.len_utf8();
                    seps += 1;
                }
                let end = word_end(pos, wf);
                if seps == 0 || end == pos {
                    return None;
                }
                if self.morph.accept(wf, &text[pos..end], false) {
                    pos = end;
                    break;
                }
                if gaps == e.gap {
                    return None;
                }
                gaps += 1;
                pos = end;
            }
        }
        Some(pos)
    }

    /// The term's other words in any order among the next few words of the clause after its
    /// first word (ending at `first_end`), short ones (articles, prepositions: "el", "del") optional. Adjectives move
    /// ("la protección contra el rastreo mejorada"), lists come between ("der einzige
    /// unabhängige, größere Browser").
    fn words_nearby(&self, e: &Entry, text: &str, first_end: usize) -> Option<usize> {
        let rest = &e.forms[1..];
        let mut window: Vec<(usize, usize)> = Vec::new();
        let mut pos = first_end;
        while window.len() < rest.len() + 2 {
            let Some(next) = text[pos..].find(|c: char| is_word(c) || ".!?;:".contains(c)) else {
                break;
            };
            let at = pos + next;
            if !text[at..].starts_with(is_word) {
                break;
            }
            let end = text[at..]
                .find(|c: char| !is_word(c) && c != '\'')
                .map_or(text.len(), |i| at + i);
            window.push((at, end));
            pos = end;
        }
        let mut last = first_end;
        for wf in rest {
            let found = window
                .iter()
                .find(|(a, b)| self.morph.accept(wf, &text[*a..*b], false));
            match found {
                Some(&(_, b)) => last = last.max(b),
                None if letter_count(&wf.word) <= 3 => {}
                None => return None,
            }
        }
        Some(last)
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

/// Words before a verb that make it a noun ("the issue", "your report").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "my", "your", "our", "their", "its", "his", "her",
    "each", "every", "no", "any", "some", "another", "such", "whose",
];

/// Words before a verb's -s form that make it a verb ("it encrypts", "which tracks").
const SUBJECTS: &[&str] = &[
    "it",
    "he",
    "she",
    "that",
    "which",
    "who",
    "this",
    "one",
    "everyone",
    "everything",
    "someone",
    "something",
    "nobody",
    "anyone",
    "what",
];

/// Words before a noun's base form that make it a verb ("to report", "we release").
const VERB_MARKERS: &[&str] = &[
    "to", "can", "could", "will", "would", "may", "might", "must", "should", "shall", "cannot",
    "please", "we", "they", "i", "don't", "doesn't", "didn't", "won't", "can't", "let's",
];

/// Adverbs after a verb that make a phrasal verb of another sense ("sign up").
const PARTICLES: &[&str] = &["up", "out", "off", "down", "back", "away"];

/// Object pronouns between a verb and its particle ("sign me up").
const OBJECTS: &[&str] = &["me", "you", "us", "them", "him", "her", "it"];

/// Fixed expressions whose first word is not that word's usual sense: (word, next word).
/// A native language is a mother tongue, not native software; release notes and a context
/// menu are things of their own.
const FIXED: &[(&str, &str)] = &[
    ("native", "language"),
    ("native", "languages"),
    ("native", "speaker"),
    ("native", "speakers"),
    ("release", "notes"),
    ("context", "menu"),
];

/// Verbs that take an object and a to-infinitive in another sense: "enable you to share" is
/// making possible, not switching on.
const CAUSATIVES: &[&str] = &["enable", "allow", "permit", "empower"];

/// Whether an English match is the term in its termbase sense, by the words around it: a
/// hyphenated compound ("pre-release", "sign-up") is another word; a verb after a
/// determiner is a noun ("the issue"), and its -s form is a verb only after a subject
/// ("it encrypts", not "security issues"); a verb followed by a particle is a phrasal verb
/// ("sign up"); a causative followed by "to" has its other sense ("enable you to"); a
/// noun after "to", a modal or a pronoun is a verb ("to report").
fn english_use(e: &Entry, source: &str, seg: Range<usize>, range: &Range<usize>) -> bool {
    if in_compound(&source[seg.start..range.start], &source[range.end..seg.end]) {
        return false;
    }
    if e.words.len() != 1 {
        return true;
    }
    let around = Around::new(source, seg, range);
    let word = e.words[0].as_str();
    let next = around.next_words.first().map(String::as_str).unwrap_or("");
    if FIXED.iter().any(|(w, n)| *w == word && *n == next) {
        return false;
    }
    match e.pos.as_deref() {
        Some("verb") => english_verb(word, &around),
        Some("noun") => {
            // Before an object it is a verb ("open source its codebase").
            let object = around
                .next_words
                .first()
                .is_some_and(|n| DETERMINERS.contains(&n.as_str()) && n != "no");
            !(around.form == word && (VERB_MARKERS.contains(&around.prev.as_str()) || object))
        }
        _ => true,
    }
}

/// A match joined by a hyphen to a word before or after it is part of another word
/// ("pre-release", "sign-up").
fn in_compound(before: &str, after: &str) -> bool {
    let mut b = before.chars().rev();
    let mut a = after.chars();
    (b.next() == Some('-') && b.next().is_some_and(char::is_alphanumeric))
        || (a.next() == Some('-') && a.next().is_some_and(char::is_alphanumeric))
}

/// The words around an English match of one word, as [`english_use`] weighs them.
struct Around<'s> {
    /// The word before the match, as written.
    prev_raw: &'s str,
    /// The same, lowercase, with straight apostrophes.
    prev: String,
    /// The text before that word, trimmed.
    before_prev: &'s str,
    /// Up to four words after the match (normalized like `prev`), up to the punctuation.
    next_words: Vec<String>,
    /// The matched text as written, and normalized.
    matched: &'s str,
    form: String,
    /// The match starts a text run that follows a placeable ("{ -brand-name-firefox }
    /// imports").
    placeable_before: bool,
    /// Nothing or clause punctuation follows the match.
    clause_end: bool,
}

impl<'s> Around<'s> {
    fn new(source: &'s str, seg: Range<usize>, range: &Range<usize>) -> Self {
        let before = &source[seg.start..range.start];
        let after = &source[range.end..seg.end];
        let normalize = |w: &str| w.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
        let is_word_char = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}');
        let trimmed = before.trim_end();
        let prev_start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let prev_raw = &trimmed[prev_start..];
        let next_words: Vec<String> = after
            .split(|c: char| !is_word_char(c) && c != ' ')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(4)
            .map(normalize)
            .collect();
        let rest = after.trim_start();
        Around {
            prev_raw,
            prev: normalize(prev_raw),
            before_prev: trimmed[..prev_start].trim_end(),
            next_words,
            matched: &source[range.clone()],
            form: normalize(&source[range.clone()]),
            placeable_before: before.trim().is_empty()
                && source[..seg.start].trim_end().ends_with('}'),
            clause_end: rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')']),
        }
    }
}

/// Whether a match of verb `word` is the verb: not after a determiner, not a phrasal verb,
/// not a noun ending a clause, not a causative's other sense; an -s form only after a
/// subject.
fn english_verb(word: &str, around: &Around) -> bool {
    let (prev, next_words) = (around.prev.as_str(), &around.next_words);
    if DETERMINERS.contains(&prev) {
        return false;
    }
    // "sign up", "sign me up".
    let particle = |n: Option<&String>| n.is_some_and(|n| PARTICLES.contains(&n.as_str()));
    if particle(next_words.first())
        || next_words
            .first()
            .is_some_and(|n| OBJECTS.contains(&n.as_str()))
            && particle(next_words.get(1))
    {
        return false;
    }
    // A base form ending a clause after a word that does not make it a verb is a
    // noun ("a web compatibility issue.").
    if around.form == word
        && around.clause_end
        && !prev.is_empty()
        && !VERB_MARKERS.contains(&prev)
        && !matches!(prev, "and" | "or")
    {
        return false;
    }
    if CAUSATIVES.contains(&word) && next_words.iter().skip(1).any(|n| n == "to") {
        return false;
    }
    let tail = around.form.strip_prefix(word).unwrap_or("");
    if matches!(tail, "s" | "es") && !word.ends_with('s') {
        return has_subject(around);
    }
    true
}

/// Whether the word before an -s form is its subject: a pronoun, a placeable, an adverb,
/// or a name ("Firefox imports"), unless the text is in title case ("Tech Issues") or the
/// name starts the sentence.
fn has_subject(around: &Around) -> bool {
    let name = around
        .prev_raw
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && around
            .matched
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && !around.before_prev.is_empty()
        && !around.before_prev.ends_with(['.', '!', '?', ':']);
    SUBJECTS.contains(&around.prev.as_str())
        || around.placeable_before
        || around.prev.ends_with("ly")
        || name
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
    // Most calls compare two languages: their first letters already differ.
    let first = |l: &str| l.as_bytes().first().map(u8::to_ascii_lowercase);
    if first(term_locale) != first(locale) {
        return false;
    }
    if term_locale.eq_ignore_ascii_case(locale) {
        return true;
    }
    fn lang(l: &str) -> &str {
        l.split(['-', '_']).next().unwrap_or(l)
    }
    (!term_locale.contains(['-', '_']) || !locale.contains(['-', '_']))
        && lang(term_locale).eq_ignore_ascii_case(lang(locale))
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
                "import, it imports, imported, importing; important, importance"
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
        let mut g = glossary(vec![
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
        // The prefix policy (the inflect policy also takes nouns made from the verb).
        g.defaults.insert("de".into(), MatchPolicy::Prefix);
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

    /// The default `inflect` policy: the dictionary form's own ending replaced (ru, pl,
    /// it), accents and umlauts that come and go (es, de), the same Snowball stem (fr
    /// "signalement" of "signaler"); not another word that only begins alike.
    #[test]
    fn inflect_replaces_the_dictionary_ending() {
        let g = glossary(vec![
            ("ext", vec![term("ru", "расширение", Status::Preferred)]),
            ("bm", vec![term("pl", "zakładka", Status::Preferred)]),
            (
                "ver",
                vec![
                    term("it", "versione", Status::Preferred),
                    term("es", "versión", Status::Preferred),
                ],
            ),
            (
                "crash",
                vec![
                    term("de", "Absturz", Status::Preferred),
                    term("de", "Version", Status::Preferred),
                ],
            ),
            ("rep", vec![term("fr", "signaler", Status::Preferred)]),
            (
                "hp",
                vec![term("ru", "домашняя страница", Status::Preferred)],
            ),
        ]);
        let ru = LocaleMatcher::new(&g, "ru");
        assert_eq!(
            found(&ru, "расширения, расширений; расширить"),
            vec!["расширения", "расширений"]
        );
        assert_eq!(found(&ru, "с домашней страницы"), vec!["домашней страницы"]);
        let pl = LocaleMatcher::new(&g, "pl");
        assert_eq!(
            found(&pl, "zakładki i zakładek"),
            vec!["zakładki", "zakładek"]
        );
        let it = LocaleMatcher::new(&g, "it");
        assert_eq!(found(&it, "delle versioni"), vec!["versioni"]);
        let es = LocaleMatcher::new(&g, "es");
        assert_eq!(found(&es, "nuevas versiones"), vec!["versiones"]);
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(
            found(&de, "Abstürze und Versionen"),
            vec!["Abstürze", "Versionen"]
        );
        assert!(found(&de, "die Versicherung").is_empty());
        let fr = LocaleMatcher::new(&g, "fr");
        assert_eq!(found(&fr, "le signalement"), vec!["signalement"]);
        // Prefix keeps its meaning: endings added only.
        let mut g2 = g.clone();
        g2.defaults.insert("ru".into(), MatchPolicy::Prefix);
        assert!(found(&LocaleMatcher::new(&g2, "ru"), "расширения").is_empty());
    }

    /// Slavic verbs: the other aspect (prefixed or not), the -ovat present stem, the noun
    /// stem; German verbs: the ge- participle, nouns made from them, compounds.
    #[test]
    fn verbs_in_their_other_forms() {
        let g = glossary(vec![
            (
                "encrypt",
                vec![
                    with_pos("en", "encrypt", Some("verb")),
                    term("cs", "šifrovat", Status::Preferred),
                    term("pl", "szyfrować", Status::Preferred),
                    term("ru", "зашифровать", Status::Preferred),
                ],
            ),
            (
                "import",
                vec![
                    with_pos("en", "import", Some("verb")),
                    term("cs", "importovat", Status::Preferred),
                ],
            ),
            (
                "report",
                vec![
                    with_pos("en", "report", Some("verb")),
                    term("de", "melden", Status::Preferred),
                    term("de", "verfolgen", Status::Preferred),
                ],
            ),
            ("cipher", vec![term("cs", "rozšíření", Status::Preferred)]),
        ]);
        let cs = LocaleMatcher::new(&g, "cs");
        assert_eq!(
            found(&cs, "šifruje, zašifrovaný, Import hesel"),
            vec!["šifruje", "šifrovaný", "Import"]
        );
        assert!(
            found(&cs, "zarozšíření").is_empty(),
            "aspect prefixes are for verbs"
        );
        let pl = LocaleMatcher::new(&g, "pl");
        assert_eq!(
            found(&pl, "zaszyfrowana, szyfruje"),
            vec!["szyfrowana", "szyfruje"]
        );
        let ru = LocaleMatcher::new(&g, "ru");
        assert_eq!(
            found(&ru, "Шифрование, зашифруйте"),
            vec!["Шифрование", "зашифруйте"]
        );
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(
            found(&de, "gemeldet, die Meldung, Aktivitätenverfolgung"),
            vec!["meldet", "Meldung", "verfolgung"]
        );
        assert!(found(&de, "vermeldet").is_empty(), "ver- is not ge-");
    }

    /// Multi-word terms: adjectives placed apart, articles dropped, a list between; the
    /// first word anchors the term.
    #[test]
    fn words_of_a_term_nearby() {
        let g = glossary(vec![
            (
                "etp",
                vec![term(
                    "es",
                    "Protección mejorada contra el rastreo",
                    Status::Preferred,
                )],
            ),
            (
                "ib",
                vec![term("de", "Unabhängiger Browser", Status::Preferred)],
            ),
            (
                "tos",
                vec![term("fr", "Conditions d’utilisation", Status::Preferred)],
            ),
        ]);
        let es = LocaleMatcher::new(&g, "es");
        assert_eq!(
            found(&es, "La protección contra el rastreo mejorada bloquea"),
            vec!["protección contra el rastreo mejorada"]
        );
        assert_eq!(
            found(&es, "la protección mejorada contra rastreo"),
            vec!["protección mejorada contra rastreo"]
        );
        assert!(found(&es, "la protección de datos. Mejorada contra el rastreo").is_empty());
        let de = LocaleMatcher::new(&g, "de");
        assert_eq!(
            found(&de, "der einzige unabhängige, größere Browser"),
            vec!["unabhängige, größere Browser"]
        );
        let fr = LocaleMatcher::new(&g, "fr");
        assert_eq!(
            found(&fr, "Conditions d'utilisation de MDN"),
            vec!["Conditions d'utilisation"]
        );
    }

    /// Japanese する verbs are found conjugated and as their noun; a forbidden term keeps
    /// its ending.
    #[test]
    fn japanese_suru_verbs() {
        let g = glossary(vec![
            ("enc", vec![term("ja", "暗号化する", Status::Preferred)]),
            ("bad", vec![term("ja", "削除する", Status::Forbidden)]),
        ]);
        let ja = LocaleMatcher::new(&g, "ja");
        assert_eq!(
            found(&ja, "暗号化されています。暗号化します。暗号化"),
            vec!["暗号化", "暗号化", "暗号化"]
        );
        assert!(found(&ja, "削除しました").is_empty());
        assert_eq!(found(&ja, "削除する"), vec!["削除する"]);
    }

    /// The English words around a term decide its sense and part of speech.
    #[test]
    fn english_sense_and_part_of_speech() {
        let g = glossary(vec![
            ("sign", vec![with_pos("en", "sign", Some("verb"))]),
            ("release", vec![with_pos("en", "release", Some("noun"))]),
            ("issue", vec![with_pos("en", "Issue", Some("verb"))]),
            ("enable", vec![with_pos("en", "enable", Some("verb"))]),
            ("report", vec![with_pos("en", "report", Some("noun"))]),
        ]);
        let en = LocaleMatcher::new(&g, "en");
        // Phrasal verbs and hyphenated compounds are other words.
        assert!(found(&en, "Sign up now, a sign-up form").is_empty());
        assert_eq!(found(&en, "Sign the add-on"), vec!["Sign"]);
        assert!(found(&en, "pre-release versions").is_empty());
        assert_eq!(found(&en, "the next release"), vec!["release"]);
        // A verb after a determiner, or as a plural after a noun, is a noun.
        assert!(found(&en, "the issue at hand; security issues; Tech Issues").is_empty());
        assert_eq!(
            found(&en, "Mozilla issues, it issues; Firefox issues"),
            vec!["issues", "issues"]
        );
        // After a placeable (a brand name), in a text run of its own.
        let text = "{ -brand } issues certificates";
        let after = en.find(text, std::slice::from_ref(&(10..text.len())));
        assert_eq!(&text[after[0].range.clone()], "issues");
        // Phrasal verbs with an object between; a base form ending a clause is a noun.
        assert!(found(&en, "Sign me up").is_empty());
        assert!(found(&en, "a web compatibility issue.").is_empty());
        assert_eq!(found(&en, "Please sign."), vec!["sign"]);
        // Fixed expressions are not their first word; a noun before an object is a verb.
        assert!(found(&en, "Read the release notes").is_empty());
        assert!(found(&en, "create and release the code").is_empty());
        // A causative with a to-infinitive has its other sense.
        assert!(found(&en, "enables you to share").is_empty());
        assert_eq!(found(&en, "enable the setting"), vec!["enable"]);
        // A noun after "to" or a modal is a verb.
        assert!(found(&en, "How to report; you can report").is_empty());
        assert_eq!(found(&en, "Read the report"), vec!["report"]);
    }

    /// Homographs: concepts with a term of the same words in the locale.
    #[test]
    fn homographs_are_known() {
        let g = glossary(vec![
            ("v", vec![with_pos("en", "report", Some("verb"))]),
            ("n", vec![with_pos("en", "Report", Some("noun"))]),
            ("o", vec![with_pos("en", "reporter", Some("noun"))]),
        ]);
        let en = LocaleMatcher::new(&g, "en");
        assert_eq!(en.homographs(0), [1]);
        assert_eq!(en.homographs(1), [0]);
        assert!(en.homographs(2).is_empty());
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
