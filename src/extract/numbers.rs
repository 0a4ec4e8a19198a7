//! Finding and reading figures in a sentence.
//!
//! A figure is a number written with digits that states a quantity: a percentage
//! ("29%", "4,6 %", "12 persen"), a count ("31 pusat", "41,700 petugas"), a scaled
//! count ("723 juta"), or percentage points ("10 poin persentase"). Years ("2023"),
//! day numbers of dates ("22 Juli"), times, identifiers ("No. 5", "G20", "5G") and
//! numbers written as words stay text.
//!
//! Values are kept as exact decimal digit strings ([`Dec`]) so that "4,79%" becomes
//! exactly `0.0479` by moving the decimal point, never through `f64` arithmetic.

use std::ops::Range;

use super::cldr::ScaleWord;
use super::locale::{
    is_cjk, is_space_like, scales, Conventions, CURRENCY_AFTER, CURRENCY_BEFORE, TIME_WORDS,
};

/// An exact decimal: `digits` with the decimal point `scale` places from the right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dec {
    negative: bool,
    digits: String,
    scale: u32,
}

impl Dec {
    /// Builds a decimal from the digit strings on each side of the decimal point.
    pub fn new(negative: bool, int: &str, frac: &str) -> Dec {
        let mut digits = String::with_capacity(int.len() + frac.len());
        digits.push_str(int);
        digits.push_str(frac);
        Dec {
            negative,
            digits,
            scale: frac.len() as u32,
        }
    }

    /// Multiplies by `10^exp` (negative `exp` divides) by moving the point.
    pub fn shift(&self, exp: i32) -> Dec {
        let mut out = self.clone();
        if exp >= 0 {
            let exp = exp.unsigned_abs();
            if out.scale >= exp {
                out.scale -= exp;
            } else {
                let zeros = exp - out.scale;
                out.digits.extend(std::iter::repeat_n('0', zeros as usize));
                out.scale = 0;
            }
        } else {
            out.scale += exp.unsigned_abs();
        }
        out
    }

    /// Splits into canonical integer and fraction digits (no leading zeros in the
    /// integer part except a single `0`, no trailing zeros in the fraction).
    fn parts(&self) -> (String, String) {
        let scale = self.scale as usize;
        let mut d = self.digits.clone();
        if d.len() <= scale {
            let pad = scale + 1 - d.len();
            d.insert_str(0, &"0".repeat(pad));
        }
        let (int, frac) = d.split_at(d.len() - scale);
        let int = int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        let frac = frac.trim_end_matches('0');
        (int.to_string(), frac.to_string())
    }

    /// Canonical text with `.` as decimal point: `0.0479`, `41700`, `-0.5`.
    pub fn to_text(&self) -> String {
        let (int, frac) = self.parts();
        let zero = int == "0" && frac.is_empty();
        let sign = if self.negative && !zero { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{frac}")
        }
    }

    /// The sum of two non-negative decimals ("2兆" + "5495億"), or `None` past 38 digits.
    pub fn add(&self, other: &Dec) -> Option<Dec> {
        if self.negative || other.negative {
            return None;
        }
        let scale = self.scale.max(other.scale);
        let widen = |d: &Dec| -> Option<u128> {
            let v: u128 = if d.digits.is_empty() {
                0
            } else {
                d.digits.parse().ok()?
            };
            v.checked_mul(10u128.checked_pow(scale - d.scale)?)
        };
        let sum = widen(self)?.checked_add(widen(other)?)?;
        Some(Dec {
            negative: false,
            digits: sum.to_string(),
            scale,
        })
    }

    /// Number of significant fraction digits.
    pub fn frac_len(&self) -> u32 {
        self.parts().1.len() as u32
    }
}

/// How a figure is formatted by `NUMBER()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberStyle {
    /// `style: "percent"`: the value is a fraction (0.29 shows as 29%).
    Percent,
    /// The default decimal style.
    Decimal,
}

/// What kind of quantity a token is, from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "29%", "12 persen".
    Percent,
    /// "10 poin persentase": the words stay in the message text.
    Points,
    /// "723 juta": the scale word is replaced together with the number.
    Scaled(u32),
    /// A bare count: "31 pusat".
    Plain,
}

/// A figure found in a sentence (byte offsets relative to the scanned text).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// The span replaced by the placeable: sign, number and unit ("4,6 %", "723 juta").
    pub range: Range<usize>,
    /// The span of the digits (with sign).
    pub number: Range<usize>,
    pub kind: Kind,
    pub style: NumberStyle,
    /// The value passed to `NUMBER()`.
    pub value: Dec,
    /// Fraction digits that reproduce the source ("4,79%" -> 2).
    pub fraction_digits: u32,
    /// The separators contradict the locale (an `ambiguous-number` note was made).
    pub ambiguous: bool,
    /// The number as written, before percent or scale ("723 juta" -> 723).
    pub written: Dec,
    /// Power of ten of the scale word ("723 juta" -> 6, "2兆5495億" -> 12).
    pub scale: Option<u32>,
    /// ISO 4217 code of a currency written before or after the amount.
    pub currency: Option<&'static str>,
    /// An explicit "+" before the number (it stays in the message text).
    pub plus: bool,
    /// The whole written amount: currency, sign, number, scale word, percent sign.
    pub display: Range<usize>,
}

/// A separator problem to report as `ambiguous-number`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub range: Range<usize>,
    pub message: String,
}

/// Everything found in one text.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Scan {
    pub tokens: Vec<Token>,
    /// Byte offsets of `%` signs that follow no number.
    pub orphans: Vec<usize>,
    pub notes: Vec<Note>,
}

/// Nouns that make a number a count of something, with the variable name they give.
/// Shared with the naming code; a 4-digit number followed by one of them is a count,
/// not a year ("2000 petugas").
pub const COUNT_NOUNS: &[(&str, &str)] = &[
    ("petugas", "staff"),
    ("staf", "staff"),
    ("staff", "staff"),
    ("karyawan", "staff"),
    ("pegawai", "staff"),
    ("agen", "staff"),
    ("agents", "staff"),
    ("employees", "staff"),
    ("workers", "staff"),
    ("mitarbeiter", "staff"),
    ("employés", "staff"),
    ("empleados", "staff"),
    ("dipendenti", "staff"),
    ("funcionários", "staff"),
    ("сотрудников", "staff"),
    ("panggilan", "calls"),
    ("calls", "calls"),
    ("anrufe", "calls"),
    ("appels", "calls"),
    ("llamadas", "calls"),
    ("chiamate", "calls"),
    ("chamadas", "calls"),
    ("звонков", "calls"),
    ("pusat", "centers"),
    ("centers", "centers"),
    ("centres", "centers"),
    ("zentren", "centers"),
    ("centros", "centers"),
    ("centri", "centers"),
    ("bank", "banks"),
    ("banks", "banks"),
    ("banken", "banks"),
    ("banques", "banks"),
    ("bancos", "banks"),
    ("banche", "banks"),
    ("банков", "banks"),
    ("nasabah", "customers"),
    ("pelanggan", "customers"),
    ("customers", "customers"),
    ("clients", "customers"),
    ("kunden", "customers"),
    ("clientes", "customers"),
    ("clienti", "customers"),
    ("orang", "people"),
    ("jiwa", "people"),
    ("people", "people"),
    ("persons", "people"),
    ("personen", "people"),
    ("personnes", "people"),
    ("personas", "people"),
    ("persone", "people"),
    ("pessoas", "people"),
    ("человек", "people"),
    ("tahun", "years"),
    ("years", "years"),
    ("jahre", "years"),
    ("ans", "years"),
    ("años", "years"),
    ("anni", "years"),
    ("anos", "years"),
    ("лет", "years"),
];

/// Classifier words skipped before the counted noun ("5 orang petugas", "3 buah bank").
const CLASSIFIERS: &[&str] = &["buah", "unit", "orang", "ekor"];

const ENGLISH_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words before a number that make it an identifier, not a quantity.
const ID_MARKERS: &[&str] = &[
    "no", "no.", "nr", "nr.", "nomor", "number", "#", "pasal", "bab", "ayat", "article",
];
/// Words before "10.30" that make it a time of day.
const TIME_MARKERS: &[&str] = &["pukul", "jam", "at", "um", "à", "alle", "às", "a las"];
/// Words before a day number that make it part of a date.
const DATE_MARKERS: &[&str] = &["tanggal", "tgl", "tgl."];

/// The role a count noun gives (see [`COUNT_NOUNS`]), skipping classifier words.
pub fn count_role(after: &str) -> Option<&'static str> {
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = words.next()?;
    let lookup = |w: &str| COUNT_NOUNS.iter().find(|(n, _)| *n == w).map(|(_, r)| *r);
    if CLASSIFIERS.contains(&first.as_str()) {
        if let Some(role) = words.next().as_deref().and_then(lookup) {
            return Some(role);
        }
    }
    lookup(&first)
}

fn is_month(word: &str, conv: &Conventions) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    if w.is_empty() {
        return false;
    }
    let lw = w.to_lowercase();
    if lw == "may" && w.starts_with('m') {
        return false;
    }
    conv.months.contains(&lw.as_str()) || ENGLISH_MONTHS.contains(&lw.as_str())
}

/// The whitespace-delimited word that ends before `pos` (punctuation kept).
fn word_before(s: &str, pos: usize) -> &str {
    let head = s[..pos].trim_end();
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[start..].trim_start_matches(['(', '[', '"', '\'', '“', '‘'])
}

/// The whitespace-delimited text that starts at `pos` (the rest of the sentence).
fn text_after(s: &str, pos: usize) -> &str {
    s[pos..].trim_start()
}

fn first_word(s: &str) -> &str {
    let w = s.split_whitespace().next().unwrap_or("");
    w.trim_end_matches([',', '.', ';', ':', '!', '?', ')', ']', '"', '\''])
}

/// Case-insensitive match of `word` (may contain spaces) at the start of `s`, ending
/// at a word boundary. Returns the matched byte length.
fn starts_with_word(s: &str, word: &str) -> Option<usize> {
    let mut matched = 0;
    let mut chars = s.chars();
    for wc in word.chars() {
        let sc = chars.next()?;
        let same = if wc == ' ' {
            sc.is_whitespace()
        } else {
            sc.to_lowercase().eq(wc.to_lowercase())
        };
        if !same {
            return None;
        }
        matched += sc.len_utf8();
    }
    if word.ends_with(is_cjk) || word.ends_with('.') {
        return Some(matched);
    }
    match s[matched..].chars().next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(matched),
    }
}

fn longest_word(s: &str, words: &[&str]) -> Option<usize> {
    words.iter().filter_map(|w| starts_with_word(s, w)).max()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn digits_at(s: &str, pos: usize) -> usize {
    s[pos..].bytes().take_while(u8::is_ascii_digit).count()
}

/// Skips a run of digits and date/time punctuation (a date, time or identifier).
fn skip_run(s: &str, pos: usize) -> usize {
    pos + s[pos..]
        .char_indices()
        .find(|(_, c)| {
            !(c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | ':' | '-' | '_')) || is_cjk(*c)
        })
        .map_or(s.len() - pos, |(i, _)| i)
}

/// What the number is used for, which decides how an ambiguous separator is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Usage {
    Count,
    Scaled,
    Fraction,
}

struct Reading {
    int: String,
    frac: String,
    note: Option<String>,
}

fn plain(c: char) -> &'static str {
    Conventions::describe(c)
}

fn written(int: &str, frac: &str) -> String {
    Dec::new(false, int, frac).to_text()
}

/// Interprets digit groups and separators by the locale's CLDR separators.
fn read(
    raw: &str,
    groups: &[&str],
    seps: &[char],
    conv: &Conventions,
    usage: Usage,
) -> Option<Reading> {
    let Some(&first_sep) = seps.first() else {
        return Some(Reading::plain(groups.concat(), String::new()));
    };
    let reader = Reader {
        raw,
        conv,
        locale_rule: format!(
            "in {} {} is the decimal separator and {} groups thousands",
            conv.tag,
            plain(conv.decimal),
            plain(conv.group)
        ),
    };
    if seps.iter().all(|&c| reader.same(c, first_sep)) {
        let c = first_sep;
        if conv.is_group(c) {
            return reader.group_separators(groups, seps, c);
        }
        if seps.len() == 1 {
            return reader.one_separator(groups[0], groups[1], c, usage);
        }
        return reader.repeated_decimal(groups, c);
    }
    reader.grouped_decimal(groups, seps)
}

impl Reading {
    fn plain(int: String, frac: String) -> Reading {
        Reading {
            int,
            frac,
            note: None,
        }
    }

    fn noted(int: String, frac: String, note: String) -> Reading {
        Reading {
            int,
            frac,
            note: Some(note),
        }
    }
}

/// A number written `raw` being read by `conv`; `locale_rule` says the locale's
/// separators, for the notes that explain a reading.
struct Reader<'a> {
    raw: &'a str,
    conv: &'a Conventions,
    locale_rule: String,
}

impl Reader<'_> {
    /// The same separator: equal, or both grouping separators of the locale.
    fn same(&self, a: char, b: char) -> bool {
        a == b || (self.conv.is_group(a) && self.conv.is_group(b))
    }

    /// Only the locale's grouping separator `c`: thousands, or (once, before fewer or
    /// more than three digits) a decimal point, noted.
    fn group_separators(&self, groups: &[&str], seps: &[char], c: char) -> Option<Reading> {
        let (raw, conv, tag, locale_rule) = (self.raw, self.conv, self.conv.tag, &self.locale_rule);
        if valid_grouping(groups) {
            return Some(Reading::plain(groups.concat(), String::new()));
        }
        if seps.len() != 1 {
            return None;
        }
        let note = format!(
            "\"{raw}\" contradicts the {tag} number format ({locale_rule}): {} is not \
             followed by a three-digit group, so it can only be a decimal point; \
             extracted {}; write it as \"{}{}{}\"",
            plain(c),
            written(groups[0], groups[1]),
            groups[0],
            conv.decimal,
            groups[1]
        );
        Some(Reading::noted(
            groups[0].to_string(),
            groups[1].to_string(),
            note,
        ))
    }

    /// One separator `c` that is not the locale's grouping one, between `int` and
    /// `frac`: a decimal point, or thousands where the usage says so (both noted when
    /// ambiguous).
    fn one_separator(&self, int: &str, frac: &str, c: char, usage: Usage) -> Option<Reading> {
        let (raw, conv, tag, locale_rule) = (self.raw, self.conv, self.conv.tag, &self.locale_rule);
        let three = frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0');
        let as_decimal = written(int, frac);
        let as_thousands = format!("{int}{frac}");
        let locale_decimal = c == conv.decimal;
        let decimal_reading = if locale_decimal {
            format!("read by the {tag} convention it is {as_decimal}")
        } else {
            format!(
                "read with {} as a decimal point it is {as_decimal}",
                plain(c)
            )
        };
        let both = format!(
            "\"{raw}\" is ambiguous ({locale_rule}): {decimal_reading}, but read with {} as \
             a thousands separator (English convention) it is {as_thousands}",
            plain(c)
        );
        if three && usage == Usage::Count {
            let note = format!(
                "{both}; extracted {as_thousands} because a whole count with a three-digit \
                 group after {} is almost certainly thousands; check the source and write \
                 it as \"{int}{}{frac}\"",
                plain(c),
                conv.group
            );
            return Some(Reading::noted(as_thousands, String::new(), note));
        }
        if three && usage == Usage::Scaled {
            let note = format!(
                "{both}; extracted {as_decimal} because an amount with a scale word usually \
                 has decimals; check the source"
            );
            return Some(Reading::noted(int.to_string(), frac.to_string(), note));
        }
        if locale_decimal {
            return Some(Reading::plain(int.to_string(), frac.to_string()));
        }
        let note = format!(
            "\"{raw}\" contradicts the {tag} number format ({locale_rule}): read as a \
             decimal number, extracted {as_decimal}; write it as \"{int}{}{frac}\"",
            conv.decimal
        );
        Some(Reading::noted(int.to_string(), frac.to_string(), note))
    }

    /// A separator `c` that is not the locale's grouping one, more than once: it groups
    /// thousands (English convention), noted.
    fn repeated_decimal(&self, groups: &[&str], c: char) -> Option<Reading> {
        let (raw, conv, tag, locale_rule) = (self.raw, self.conv, self.conv.tag, &self.locale_rule);
        if !valid_grouping(groups) {
            return None;
        }
        let value = groups.concat();
        let note = format!(
            "\"{raw}\" contradicts the {tag} number format ({locale_rule}): {} occurs more \
             than once, so it groups thousands (English convention); extracted {value}; \
             write it as \"{}\"",
            plain(c),
            groups.join(&conv.group.to_string())
        );
        Some(Reading::noted(value, String::new(), note))
    }

    /// Two kinds of separator: grouping separators, then one decimal separator (noted
    /// when they are not the locale's).
    fn grouped_decimal(&self, groups: &[&str], seps: &[char]) -> Option<Reading> {
        let (raw, conv, tag, locale_rule) = (self.raw, self.conv, self.conv.tag, &self.locale_rule);
        let first_sep = seps[0];
        let last = seps.len() - 1;
        let dec_sep = seps[last];
        let grouping_ok = seps[..last].iter().all(|&c| self.same(c, first_sep))
            && !self.same(dec_sep, first_sep)
            && valid_grouping(&groups[..=last]);
        if !grouping_ok {
            return None;
        }
        let int = groups[..=last].concat();
        let frac = groups[last + 1].to_string();
        if conv.is_group(first_sep) && dec_sep == conv.decimal {
            return Some(Reading::plain(int, frac));
        }
        let note = format!(
            "\"{raw}\" contradicts the {tag} number format ({locale_rule}): it groups with {} and \
             marks decimals with {}; extracted {}; write it as \"{}{}{}\"",
            plain(first_sep),
            plain(dec_sep),
            written(&int, &frac),
            groups[..=last].join(&conv.group.to_string()),
            conv.decimal,
            frac
        );
        Some(Reading::noted(int, frac, note))
    }
}

/// Digit groups of thousands: one to three digits, then groups of three.
fn valid_grouping(gs: &[&str]) -> bool {
    (1..=3).contains(&gs[0].len()) && gs[1..].iter().all(|g| g.len() == 3)
}

/// The text a scan reads: full-width forms folded by NFKC ("３６．４％" -> "36.4%"), the
/// Japanese "・" between digits read as the decimal point, with a map back to the
/// original byte offsets (the original text is what messages and positions show).
struct Folded {
    text: String,
    /// `map[k]`: original byte offset of folded byte `k` (one entry past the end too).
    map: Vec<usize>,
    /// Folded offsets of "・" decimal points.
    middots: Vec<usize>,
}

impl Folded {
    fn new(s: &str, conv: &Conventions) -> Folded {
        use unicode_normalization::UnicodeNormalization;
        let mut text = String::with_capacity(s.len());
        let mut map = Vec::with_capacity(s.len() + 1);
        let mut middots = Vec::new();
        let mut chars = s.char_indices().peekable();
        while let Some((o, c)) = chars.next() {
            let folded: String = if matches!(c as u32, 0xFF01..=0xFF5E | 0x3000 | 0xFF65) {
                std::iter::once(c).nfkc().collect()
            } else {
                c.to_string()
            };
            let middot = matches!(folded.as_str(), "・")
                && text.ends_with(|p: char| p.is_ascii_digit())
                && chars.peek().is_some_and(|(_, n)| {
                    n.is_ascii_digit() || matches!(*n as u32, 0xFF10..=0xFF19)
                });
            let piece = if middot {
                middots.push(text.len());
                conv.decimal.to_string()
            } else {
                folded
            };
            for _ in 0..piece.len() {
                map.push(o);
            }
            text.push_str(&piece);
        }
        map.push(s.len());
        Folded { text, map, middots }
    }

    fn back(&self, r: &Range<usize>) -> Range<usize> {
        self.map[r.start]..self.map[r.end]
    }
}

/// UAX #29 word boundaries (ICU4X), as sorted byte offsets.
///
/// Scripts that need a dictionary (Han, Kana, Thai, ...) are blanked first: digits
/// touching them are handled by [`is_cjk`], and the segmenter without dictionaries
/// would print a warning for each such run.
fn word_boundaries(s: &str) -> Vec<usize> {
    use icu_segmenter::WordSegmenter;
    let complex = |c: char| {
        is_cjk(c)
            || matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0xAA60..=0xAA7F)
    };
    let plain: String = if s.chars().any(complex) {
        s.chars()
            .map(|c| {
                if complex(c) {
                    " ".repeat(c.len_utf8())
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        s.to_string()
    };
    WordSegmenter::new_for_non_complex_scripts(Default::default())
        .segment_str(&plain)
        .collect()
}

/// Finds the figures, orphan percent signs and separator problems in `s`.
pub fn scan(s: &str, conv: &Conventions) -> Scan {
    let folded = Folded::new(s, conv);
    let t = folded.text.as_str();
    let bounds = word_boundaries(t);
    let mut out = Scan::default();
    let mut i = 0;
    while i < t.len() {
        let Some(c) = t[i..].chars().next() else {
            break;
        };
        if !c.is_ascii_digit() {
            i += c.len_utf8();
            continue;
        }
        match scan_number(t, i, conv, &bounds) {
            Step::Skip(next) => i = next.max(i + 1),
            Step::Found(token, note, next) => {
                if let Some(message) = note {
                    out.notes.push(Note {
                        range: token.number.clone(),
                        message,
                    });
                }
                out.tokens.push(*token);
                i = next.max(i + 1);
            }
        }
    }
    join_ranges(t, &mut out.tokens);
    for token in &out.tokens {
        let dot = folded.middots.iter().find(|&&m| token.number.contains(&m));
        if let (Some(_), Kind::Plain) = (dot, token.kind) {
            out.notes.push(Note {
                range: token.number.clone(),
                message: format!(
                    "\"{}\" has a \"・\" between digits: read as the Japanese decimal point \
                     ({}), but it can also separate two numbers; check the source",
                    &s[folded.back(&token.number)],
                    token.written.to_text()
                ),
            });
        }
    }
    for (p, c) in t.char_indices() {
        if c != '%' || out.tokens.iter().any(|t| t.display.contains(&p)) {
            continue;
        }
        let before = t[..p].trim_end_matches(is_space_like).chars().next_back();
        if !before.is_some_and(|b| b.is_ascii_digit()) {
            out.orphans.push(p);
        }
    }
    // Back to the original text.
    for token in &mut out.tokens {
        token.range = folded.back(&token.range);
        token.number = folded.back(&token.number);
        token.display = folded.back(&token.display);
    }
    for note in &mut out.notes {
        note.range = folded.back(&note.range);
    }
    for p in &mut out.orphans {
        *p = folded.map[*p];
    }
    out.notes.sort_by_key(|n| n.range.start);
    out
}

/// Connectors of a range of two figures ("10–15%", "3 bis 4 Prozent", "3～4%"); the
/// second group needs an opener before the first number ("entre 3 et 4 %").
const RANGE_CONNECTORS: &[&str] = &[
    "-", "–", "—", "~", "〜", "to", "bis", "à", "hingga", "sampai", "s.d.", "s/d", "al", "至",
    "到", "から", "에서",
];
const RANGE_PAIRS: &[&str] = &["and", "und", "et", "y", "dan", "a", "e"];
const RANGE_OPENERS: &[&str] = &[
    "between", "zwischen", "entre", "antara", "de", "del", "from", "von", "dari", "tra", "fra",
];

/// The first figure of a range takes the unit of the second ("entre 3 et 4 %": two
/// percentages; "3 bis 4 Mrd.": two scaled amounts), and both share a currency.
fn join_ranges(s: &str, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (head, tail) = tokens.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        if a.display.end > b.display.start {
            continue;
        }
        let between = s[a.display.end..b.display.start].trim();
        let between = if between.chars().count() > 1 {
            between.trim_end_matches(['+', '-', '−']).trim()
        } else {
            between
        };
        // The opener may stand one word further back: "entre el 30 y el 40 %".
        let first = word_before(s, a.display.start);
        let head = s[..a.display.start].trim_end();
        let second = word_before(head, head.len() - first.len());
        let opened = [first, second]
            .iter()
            .any(|w| RANGE_OPENERS.contains(&w.to_lowercase().as_str()));
        let pair = between.to_lowercase();
        let pair = pair
            .strip_suffix(" el")
            .or_else(|| pair.strip_suffix(" la"))
            .unwrap_or(&pair);
        let linked = RANGE_CONNECTORS.contains(&between) || (RANGE_PAIRS.contains(&pair) && opened);
        if !linked {
            continue;
        }
        let money = |t: &Token| matches!(t.kind, Kind::Plain | Kind::Scaled(_));
        if money(a) && money(b) {
            if a.currency.is_none() {
                a.currency = b.currency;
            }
            if b.currency.is_none() {
                b.currency = a.currency;
            }
        }
        // "31,000 to 33.2 million" is no range of millions: the first takes the second's
        // unit only when it is not larger.
        let (av, bv) = (
            a.written.to_text().parse::<f64>().unwrap_or(f64::MAX),
            b.written.to_text().parse::<f64>().unwrap_or(0.0),
        );
        if a.kind != Kind::Plain || b.kind == Kind::Plain || av.abs() > bv.abs() {
            continue;
        }
        a.kind = b.kind;
        a.style = b.style;
        match b.kind {
            Kind::Percent => a.value = a.written.shift(-2),
            Kind::Scaled(exp) => {
                a.value = a.written.shift(exp as i32);
                a.fraction_digits = a.value.frac_len();
                a.scale = b.scale;
            }
            Kind::Points | Kind::Plain => {}
        }
    }
}

enum Step {
    Skip(usize),
    Found(Box<Token>, Option<String>, usize),
}

/// A currency symbol or code ending at `end` (an optional space before the number),
/// starting at a word boundary: its start and ISO code.
fn currency_before(s: &str, end: usize) -> Option<(usize, &'static str)> {
    let head = &s[..end];
    let head_trim = head.trim_end_matches(is_space_like);
    if head.len() - head_trim.len() > 3 {
        return None;
    }
    for (text, code) in CURRENCY_BEFORE {
        if !head_trim.ends_with(text) {
            continue;
        }
        let start = head_trim.len() - text.len();
        let before = head_trim[..start].chars().next_back();
        let boundary =
            before.is_none_or(|b| !b.is_alphanumeric() || is_cjk(b) || text.starts_with(is_cjk));
        if boundary {
            return Some((start, code));
        }
    }
    None
}

/// A currency word or code starting at `start` (after an optional space): its end and
/// ISO code.
fn currency_after(s: &str, start: usize) -> Option<(usize, &'static str)> {
    let rest = &s[start..];
    let ws = rest.len() - rest.trim_start_matches(is_space_like).len();
    if ws > 3 {
        return None;
    }
    let words = &rest[ws..];
    for (text, code) in CURRENCY_AFTER {
        let is_code = text.chars().all(|c| c.is_ascii_uppercase());
        let len = if is_code || !text.chars().any(char::is_alphabetic) || text.starts_with(is_cjk) {
            words.starts_with(text).then_some(text.len()).filter(|&l| {
                text.starts_with(is_cjk)
                    || !words[l..].chars().next().is_some_and(char::is_alphanumeric)
            })
        } else {
            starts_with_word(words, text)
        };
        if let Some(len) = len {
            return Some((start + ws + len, code));
        }
    }
    None
}

/// Suffixes after a number that make it a date, a time, a rank or an identifier in
/// Chinese, Japanese and Korean ("7月22日", "10時", "3分기", "5호"); 年/년 only after
/// four digits (a year: "3年" is three years).
const CJK_NOT_FIGURE: &[&str] = &[
    "月", "日", "号", "號", "時", "时", "분기", "번째", "월", "일", "시", "호", "차", "위", "등",
];

/// The number whose digits start at byte `i` of `s` (`bounds`: the word boundaries), or
/// how far to skip when it is no figure (a date, a time, an ordinal, an identifier).
fn scan_number(s: &str, i: usize, conv: &Conventions, bounds: &[usize]) -> Step {
    match read_number(s, i, conv, bounds) {
        Ok(step) | Err(step) => step,
    }
}

/// [`scan_number`]'s steps in order; `Err` is the skip of what is not a figure.
fn read_number(s: &str, i: usize, conv: &Conventions, bounds: &[usize]) -> Result<Step, Step> {
    let mut n = NumberAt::new(s, i, conv, bounds)?;
    n.digits();
    n.not_a_figure()?;
    let unit = n.unit();
    if unit.kind == Kind::Plain {
        n.plain_not_a_figure(&unit)?;
    }
    let Some(reading) = n.reading(unit.kind) else {
        return Err(Step::Skip(n.j));
    };
    Ok(n.token(unit, reading))
}

/// A number being read at byte `i` of `s`: what stands before it, then its digits.
struct NumberAt<'s> {
    s: &'s str,
    i: usize,
    conv: &'s Conventions,
    bounds: &'s [usize],
    prev: Option<char>,
    /// Where the number starts (its minus sign included).
    start: usize,
    /// Where what is shown starts (a sign and a currency before it included).
    display_start: usize,
    currency: Option<&'static str>,
    negative: bool,
    plus: bool,
    /// The word before the number, lowercase.
    before_word: String,
    /// The end of the digits and their separators.
    j: usize,
    groups: Vec<&'s str>,
    seps: Vec<char>,
    /// Digits grouped by plain spaces in a locale that does not group with spaces.
    foreign_space: bool,
}

/// What follows a number's digits: a percent sign or word, points, a scale word (with
/// the CJK amounts added to it), or nothing.
struct Unit<'s> {
    kind: Kind,
    /// The end of the number with its unit.
    end: usize,
    scale: Option<u32>,
    extra: Option<Dec>,
    /// The text after the digits, its leading spaces' length, and the rest after them.
    rest: &'s str,
    ws: usize,
    words: &'s str,
}

impl<'s> NumberAt<'s> {
    /// What stands before the digits: a glued currency ("Rp8.153,59") or identifier
    /// ("G20"), an ordinal marker ("第3"), a sign, a currency.
    fn new(s: &'s str, i: usize, conv: &'s Conventions, bounds: &'s [usize]) -> Result<Self, Step> {
        let prev = s[..i].chars().next_back();
        if prev == Some('_') {
            return Err(Step::Skip(skip_run(s, i)));
        }
        let mut n = NumberAt {
            s,
            i,
            conv,
            bounds,
            prev,
            start: i,
            display_start: i,
            currency: None,
            negative: false,
            plus: false,
            before_word: String::new(),
            j: i,
            groups: Vec::new(),
            seps: Vec::new(),
            foreign_space: false,
        };
        let glued_before =
            prev.is_some_and(|p| p.is_alphanumeric() && !is_cjk(p)) && !n.is_boundary(i);
        if glued_before {
            // "Rp8.153,59", "IDR138.8": a currency glued to the amount; otherwise an
            // identifier ("G20", "COVID19").
            match currency_before(s, i) {
                Some((start, code)) => {
                    n.currency = Some(code);
                    n.display_start = start;
                }
                None => return Err(Step::Skip(skip_run(s, i))),
            }
        }
        if prev.is_some_and(|p| matches!(p, '第' | '제' | '#' | '时' | '時' | '시')) {
            // Ordinals ("第3"), numbers ("#5") and the minutes of "10时30分".
            return Err(Step::Skip(i + digits_at(s, i)));
        }
        n.sign()?;
        if n.currency.is_none() {
            if let Some((cs, code)) = currency_before(s, n.display_start) {
                n.currency = Some(code);
                n.display_start = cs;
            }
        }
        if n.currency == Some("JPY") && conv.tag == "zh" {
            n.currency = Some("CNY");
        }
        Ok(n)
    }

    fn is_boundary(&self, p: usize) -> bool {
        self.bounds.binary_search(&p).is_ok()
    }

    /// A sign before the digits, unless it joins a range ("9-12") or a word.
    fn sign(&mut self) -> Result<(), Step> {
        let (s, i) = (self.s, self.i);
        let Some(p) = self
            .prev
            .filter(|p| matches!(p, '-' | '−' | '+' | '△' | '▲'))
        else {
            return Ok(());
        };
        let before = s[..i - p.len_utf8()].chars().next_back();
        if before.is_some_and(|b| b.is_ascii_digit()) {
            // "9-12 persen": a range, not a sign.
        } else if before
            .is_none_or(|b| b.is_whitespace() || "([{\"'“‘:：,，、（".contains(b) || is_cjk(b))
        {
            if p == '+' {
                self.plus = true;
            } else {
                self.start = i - p.len_utf8();
                self.negative = true;
            }
            self.display_start = i - p.len_utf8();
        } else if before.is_some_and(char::is_alphanumeric) {
            return Err(Step::Skip(skip_run(s, i)));
        }
        Ok(())
    }

    /// The digit groups and their separators: the locale's, a dot or a comma, and spaces
    /// that group three digits.
    fn digits(&mut self) {
        let (s, i, conv) = (self.s, self.i, self.conv);
        let mut j = i + digits_at(s, i);
        self.groups = vec![&s[i..j]];
        while let Some(sc) = s[j..].chars().next() {
            let space = is_space_like(sc);
            let accepted = sc == '.'
                || sc == ','
                || (is_apostrophe(sc) && is_apostrophe(conv.group))
                || (space && (self.seps.is_empty() || self.seps.iter().all(|c| is_space_like(*c))));
            if !accepted {
                break;
            }
            let k = j + sc.len_utf8();
            let n = digits_at(s, k);
            if n == 0 {
                break;
            }
            if space {
                let after_group = s[k + n..].chars().next();
                if n != 3
                    || self.groups.len() == 1 && self.groups[0].len() > 3
                    || after_group.is_some_and(|c| c.is_ascii_digit())
                {
                    break;
                }
                if !conv.groups_with_space() {
                    // "97 158 Vollzeitkräfte": space grouping in a locale that groups with
                    // '.'; a plain space could also separate two numbers, so it is noted.
                    if self.groups.len() == 1 && self.groups[0].starts_with('0') {
                        break;
                    }
                    self.foreign_space = self.foreign_space || sc == ' ';
                }
            }
            self.seps.push(sc);
            self.groups.push(&s[k..k + n]);
            j = k + n;
        }
        self.j = j;
    }

    /// What follows the digits makes them no figure: a time or a date ("10:30", "1/2",
    /// "2024-07-22"), an ordinal ("1º", German "3. Quartal"), a footnote ("[1]"), a list
    /// marker ("1)"), an identifier ("No. 5").
    fn not_a_figure(&mut self) -> Result<(), Step> {
        let (s, i, j, conv) = (self.s, self.i, self.j, self.conv);
        let next = s[j..].chars().next();
        let after_next = next.and_then(|n| s[j + n.len_utf8()..].chars().next());
        if matches!(next, Some(':' | '/')) && after_next.is_some_and(|c| c.is_ascii_digit()) {
            return Err(Step::Skip(skip_run(s, i)));
        }
        if matches!(next, Some('º' | 'ª' | '°'))
            || (next == Some('.') && matches!(after_next, Some('º' | 'ª')))
        {
            return Err(Step::Skip(j + 1));
        }
        if self.prev == Some('[') && next == Some(']') {
            // A footnote marker: "[1]".
            return Err(Step::Skip(j));
        }
        if next == Some(')')
            && self.seps.is_empty()
            && s[..self.display_start]
                .trim_start_matches('(')
                .trim()
                .is_empty()
        {
            // A list marker: "1) ...".
            return Err(Step::Skip(j));
        }
        if matches!(next, Some('-' | '–'))
            && self.seps.is_empty()
            && self.groups[0].len() == 4
            && is_iso_date_tail(&s[j..])
        {
            return Err(Step::Skip(skip_run(s, i)));
        }
        if self.seps.is_empty() && is_date_range_head(&s[j..], conv) {
            return Err(Step::Skip(j));
        }
        self.before_word = word_before(s, self.start).to_lowercase();
        if ID_MARKERS.contains(&self.before_word.as_str()) {
            return Err(Step::Skip(j));
        }
        if conv.tag.starts_with("de")
            && self.seps.is_empty()
            && self.groups[0].len() <= 3
            && next == Some('.')
            && s[j + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic())
            && !s[j + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase())
            && !is_month(first_word(s[j + 1..].trim_start()), conv)
        {
            // German ordinals: "1. Halbjahr", "3. Quartal".
            return Err(Step::Skip(j + 1));
        }
        Ok(())
    }

    /// The unit after the number; letters glued to a bare number make an identifier.
    fn unit(&self) -> Unit<'s> {
        let (s, j, conv) = (self.s, self.j, self.conv);
        let rest = &s[j..];
        let space_len = rest
            .chars()
            .next()
            .filter(|c| is_space_like(*c))
            .map_or(0, char::len_utf8);
        let ws = rest.len() - rest.trim_start().len();
        let words = &rest[ws..];
        let scale_list = scales(conv);
        let mut unit = Unit {
            kind: Kind::Plain,
            end: j,
            scale: None,
            extra: None,
            rest,
            ws,
            words,
        };
        if let Some(pc) = rest[space_len..].chars().next().filter(|c| *c == '%') {
            let after = &rest[space_len + pc.len_utf8()..];
            let points = after.starts_with("포인트")
                || after.starts_with("ポイント")
                || (after.starts_with('p') && !after[1..].starts_with(char::is_alphanumeric));
            if points {
                unit.kind = Kind::Points;
            } else {
                (unit.kind, unit.end) = (Kind::Percent, j + space_len + pc.len_utf8());
            }
        } else if conv.tag == "ja" && rest.starts_with('割') {
            // "2割" is 20%: 割 is a tenth.
            (unit.kind, unit.end) = (Kind::Percent, j + '割'.len_utf8());
        } else if longest_word(words, conv.point_words).is_some()
            || (ws == 0 && longest_word(rest, conv.point_words).is_some())
        {
            unit.kind = Kind::Points;
        } else if let Some(len) = longest_word(words, conv.percent_words) {
            (unit.kind, unit.end) = (Kind::Percent, j + ws + len);
        } else if let Some((len, exp)) = match_scale(rest, ws, scale_list, self.currency.is_some())
        {
            unit.scale = Some(exp);
            unit.end = j + len;
            // CJK scales combine: "1兆2,017億", "239億52百万", "3조5천억".
            while let Some((add, add_len, add_exp)) = cjk_addend(s, unit.end, exp, conv, scale_list)
            {
                unit.extra = Some(match unit.extra {
                    Some(e) => e.add(&add).unwrap_or(e),
                    None => add,
                });
                unit.end += add_len;
                if add_exp == 0 {
                    break;
                }
            }
            unit.kind = Kind::Scaled(exp);
        }
        unit
    }

    /// A bare number that is no figure: an identifier ("5G", "1st"), a time ("10 h",
    /// "pukul 10.30", the minutes of "14 h 30"), a CJK date or rank ("7月", "3年" after
    /// four digits), a year, a day of a month.
    fn plain_not_a_figure(&self, unit: &Unit) -> Result<(), Step> {
        let (s, i, j) = (self.s, self.i, self.j);
        let next = s[j..].chars().next();
        let glued_after =
            next.is_some_and(|c| c.is_alphabetic() && !is_cjk(c)) && !self.is_boundary(j);
        if glued_after {
            // "5G", "1st", "3M": letters glued to the number make an identifier.
            return Err(Step::Skip(skip_run(s, i)));
        }
        self.time_or_suffix(unit)?;
        if self.seps.is_empty() {
            self.year_or_day()?;
        }
        Ok(())
    }

    /// A time ("10 h", "pukul 10.30", the minutes of "14 h 30"), or a CJK date, time or
    /// rank suffix ("7月", "10時", "5호"; 年/년 after four digits).
    fn time_or_suffix(&self, unit: &Unit) -> Result<(), Step> {
        let (s, j, groups, before_word) = (self.s, self.j, &self.groups, self.before_word.as_str());
        let (ws, words, rest) = (unit.ws, unit.words, unit.rest);
        if !words.is_empty() {
            let w: String = words
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '.' || is_cjk(*c))
                .collect::<String>()
                .to_lowercase();
            let w = if w.ends_with('.') && !w.ends_with(".m.") {
                w.trim_end_matches('.').to_string()
            } else {
                w
            };
            if TIME_WORDS.contains(&w.as_str()) && !(w == "h" && self.seps.is_empty() && ws == 0) {
                return Err(Step::Skip(j));
            }
        }
        let head = s[..self.start].trim_end();
        let h_minutes = before_word == "h"
            && word_before(head, head.len() - 1)
                .chars()
                .all(|c| c.is_ascii_digit());
        if h_minutes {
            // The minutes of "14 h 30".
            return Err(Step::Skip(j));
        }
        if TIME_MARKERS.contains(&before_word)
            && self.seps.len() == 1
            && groups[0].len() <= 2
            && groups[1].len() == 2
            && matches!(before_word, "pukul" | "jam")
        {
            return Err(Step::Skip(j));
        }
        if ws == 0 {
            if CJK_NOT_FIGURE.iter().any(|x| rest.starts_with(*x)) {
                return Err(Step::Skip(j));
            }
            if (rest.starts_with('年') || rest.starts_with('년')) && groups[0].len() == 4 {
                return Err(Step::Skip(j));
            }
        }
        Ok(())
    }

    /// A bare number without separators that is a year (1900 to 2100, not a count) or a
    /// day of a month ("30 de julio", "22. Juli").
    fn year_or_day(&self) -> Result<(), Step> {
        let (s, j, conv, before_word) = (self.s, self.j, self.conv, self.before_word.as_str());
        let after = text_after(s, j);
        let digits = self.groups[0];
        let is_count = count_role(after).is_some();
        if digits.len() == 4 && !self.negative && !is_count && self.currency.is_none() {
            if let Ok(year) = digits.parse::<u32>() {
                if (1900..=2100).contains(&year) {
                    return Err(Step::Skip(j));
                }
            }
        }
        if digits.len() <= 2 {
            let mut next_word = first_word(after.trim_start_matches('.').trim_start());
            if matches!(next_word, "de" | "del") {
                // "30 de julio"
                next_word = first_word(after.trim_start()[next_word.len()..].trim_start());
            }
            if is_month(next_word, conv)
                || is_month(before_word, conv)
                || DATE_MARKERS.contains(&before_word)
            {
                return Err(Step::Skip(j));
            }
        }
        Ok(())
    }

    /// The digits read by the locale's separators for a number of `kind` (spaces a
    /// locale does not group with are read as grouping, noted); `None` when they are no
    /// one number.
    fn reading(&self, kind: Kind) -> Option<Reading> {
        let (conv, groups, seps) = (self.conv, &self.groups, &self.seps);
        let raw = &self.s[self.i..self.j];
        let usage = match kind {
            Kind::Plain => Usage::Count,
            Kind::Scaled(_) => Usage::Scaled,
            Kind::Percent | Kind::Points => Usage::Fraction,
        };
        if seps.is_empty() || !seps.iter().all(|c| is_space_like(*c)) || conv.groups_with_space() {
            return read(raw, groups, seps, conv, usage);
        }
        let value = groups.concat();
        let note = self.foreign_space.then(|| {
            format!(
                "\"{raw}\" groups thousands with spaces, which {} does not use; extracted \
                 {value}, but the spaces could also separate two numbers; check the source",
                conv.tag
            )
        });
        Some(Reading {
            int: value,
            frac: String::new(),
            note,
        })
    }

    /// The figure found: its value by its unit, its written digits, the currency around
    /// it.
    fn token(self, unit: Unit, reading: Reading) -> Step {
        let (s, start, j, end, kind) = (self.s, self.start, self.j, unit.end, unit.kind);
        let written = Dec::new(self.negative, &reading.int, &reading.frac);
        let written_digits = written.frac_len();
        let tenths = kind == Kind::Percent && s[j..end].ends_with('割');
        let (style, value, fraction_digits) = match kind {
            Kind::Percent if tenths => (
                NumberStyle::Percent,
                written.shift(-1),
                written_digits.saturating_sub(1),
            ),
            Kind::Percent => (NumberStyle::Percent, written.shift(-2), written_digits),
            Kind::Scaled(exp) => {
                let mut value = written.shift(exp as i32);
                if let Some(e) = &unit.extra {
                    value = value.add(e).unwrap_or(value);
                }
                let digits = value.frac_len();
                (NumberStyle::Decimal, value, digits)
            }
            Kind::Points | Kind::Plain => (NumberStyle::Decimal, written.clone(), written_digits),
        };
        // "4,60%" keeps its written digits: count them from the source, not the value.
        let fraction_digits = match kind {
            Kind::Percent if tenths => fraction_digits,
            Kind::Percent | Kind::Points | Kind::Plain => {
                fraction_digits.max(reading.frac.len() as u32)
            }
            Kind::Scaled(_) => fraction_digits,
        };
        let mut currency = self.currency;
        let mut display_end = end;
        if matches!(kind, Kind::Plain | Kind::Scaled(_)) {
            if let Some((cend, code)) = currency_after(s, end) {
                currency = currency.or(Some(code));
                display_end = cend;
            }
        }
        let token = Token {
            range: start..end,
            number: start..j,
            kind,
            style,
            value,
            fraction_digits,
            ambiguous: reading.note.is_some(),
            written,
            scale: unit.scale,
            currency,
            plus: self.plus,
            display: self.display_start..display_end,
        };
        Step::Found(Box::new(token), reading.note, end)
    }
}

/// A scale word after the number (`ws` bytes of space first): its length from the
/// number's end and power of ten. CJK words chain ("千万" = 10^7); words with a period
/// ("Mio.") keep it unless it ends the sentence.
fn match_scale(rest: &str, ws: usize, words: &[ScaleWord], money: bool) -> Option<(usize, u32)> {
    let spaced = &rest[ws..];
    let found = words.iter().find_map(|w| {
        let cjk = w.text.starts_with(is_cjk);
        if w.glued_only {
            // "$2.4B" (money before), "12 456 M€" (money right after the letter).
            if money && ws == 0 {
                return starts_with_word(rest, &w.text).map(|l| (l, w));
            }
            return starts_with_word(spaced, &w.text)
                .filter(|&l| spaced[l..].starts_with(['€', '$', '£', '¥']))
                .map(|l| (ws + l, w));
        }
        if cjk {
            // "5亿", "5 億" (a space in extracted PDF text).
            let at = if rest.starts_with(is_cjk) {
                rest
            } else {
                spaced
            };
            let off = rest.len() - at.len();
            return at
                .starts_with(w.text.as_str())
                .then(|| (off + w.text.len(), w));
        }
        if let Some(l) = starts_with_word(spaced, &w.text) {
            return Some((ws + l, w));
        }
        // Glued Latin words: "1.2bn", "5juta".
        if ws == 0 {
            return starts_with_word(rest, &w.text).map(|l| (l, w));
        }
        None
    })?;
    let (mut len, w) = found;
    let mut exp = w.exp;
    if w.text.ends_with('.') {
        let after = rest[len..].trim_start_matches(['"', '\'', ')', '”', '’']);
        if after.trim().is_empty() {
            len -= 1;
        }
    }
    if w.text.starts_with(is_cjk) {
        // Chained multipliers: 千万, 百万, 천억.
        while let Some(next) = words
            .iter()
            .filter(|x| x.text.starts_with(is_cjk) && !x.glued_only)
            .find(|x| rest[len..].starts_with(x.text.as_str()))
        {
            len += next.text.len();
            exp += next.exp;
        }
    }
    Some((len, exp))
}

/// The next part of a CJK mixed amount after a scale word of power `exp` at `pos`:
/// "5495億" after "2兆". Returns its value, length and power of ten (0: plain digits
/// closing the amount are not taken).
fn cjk_addend(
    s: &str,
    pos: usize,
    exp: u32,
    conv: &Conventions,
    words: &[ScaleWord],
) -> Option<(Dec, usize, u32)> {
    let before = s[..pos].chars().next_back()?;
    if !is_cjk(before) {
        return None;
    }
    let rest = &s[pos..];
    let ws = rest.len() - rest.trim_start_matches(is_space_like).len();
    if ws > 1 {
        return None;
    }
    let num = &rest[ws..];
    let mut k = digits_at(num, 0);
    if k == 0 {
        return None;
    }
    let mut int = num[..k].to_string();
    while num[k..].starts_with(',') && digits_at(num, k + 1) == 3 {
        int.push_str(&num[k + 1..k + 4]);
        k += 4;
    }
    let mut frac = String::new();
    if num[k..].starts_with(conv.decimal) && digits_at(num, k + 1) > 0 {
        let n = digits_at(num, k + 1);
        frac = num[k + 1..k + 1 + n].to_string();
        k += 1 + n;
    }
    let after = &num[k..];
    // At most one space between the digits and their scale: "3 兆 2,747 億" in PDF text.
    let ws2 = after
        .chars()
        .next()
        .filter(|c| is_space_like(*c))
        .map_or(0, char::len_utf8);
    let Some((len, sub)) = match_scale(&after[ws2..], 0, words, false) else {
        // "8万4000人": plain digits below the scale close the amount.
        let closes = frac.is_empty()
            && ws == 0
            && (int.len() as u32) <= exp
            && !after.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        return closes.then(|| (Dec::new(false, &int, ""), k, 0));
    };
    if sub >= exp {
        return None;
    }
    let value = Dec::new(false, &int, &frac).shift(sub as i32);
    Some((value, ws + k + ws2 + len, sub))
}

/// "-17 Juli" after "16", "～9月" after "4": the first day or month of a date range.
fn is_date_range_head(rest: &str, conv: &Conventions) -> bool {
    let Some(c) = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '～' | '~' | '〜'))
    else {
        return false;
    };
    let r = &rest[c.len_utf8()..];
    let n = digits_at(r, 0);
    if n == 0 || n > 2 {
        return false;
    }
    let after = &r[n..];
    CJK_NOT_FIGURE.iter().any(|x| after.starts_with(x))
        || is_month(first_word(after.trim_start_matches('.').trim_start()), conv)
}

/// "-07-22" after a four-digit year.
fn is_iso_date_tail(rest: &str) -> bool {
    let b = rest.as_bytes();
    let two = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    b.len() >= 6 && two(1) && two(2) && matches!(b.get(3), Some(b'-')) && two(4) && two(5)
}

#[cfg(test)]
mod tests {
    use super::super::locale::lookup;
    use super::*;

    fn conv(tag: &str) -> &'static Conventions {
        lookup(tag).expect("supported").1
    }

    fn figs(s: &str, tag: &str) -> Vec<(String, String, NumberStyle, u32)> {
        scan(s, conv(tag))
            .tokens
            .iter()
            .map(|t| {
                (
                    s[t.range.clone()].to_string(),
                    t.value.to_text(),
                    t.style,
                    t.fraction_digits,
                )
            })
            .collect()
    }

    #[test]
    fn dec_shifts_exactly() {
        assert_eq!(Dec::new(false, "4", "79").shift(-2).to_text(), "0.0479");
        assert_eq!(Dec::new(false, "29", "").shift(-2).to_text(), "0.29");
        assert_eq!(Dec::new(false, "4", "6").shift(-2).to_text(), "0.046");
        assert_eq!(Dec::new(false, "100", "").shift(-2).to_text(), "1");
        assert_eq!(Dec::new(false, "723", "").shift(6).to_text(), "723000000");
        assert_eq!(Dec::new(false, "1", "5").shift(6).to_text(), "1500000");
        assert_eq!(Dec::new(false, "1", "2345").shift(3).to_text(), "1234.5");
        assert_eq!(Dec::new(true, "0", "0").to_text(), "0");
        assert_eq!(Dec::new(true, "4", "79").shift(-2).to_text(), "-0.0479");
        assert_eq!(Dec::new(false, "0", "30").shift(-2).to_text(), "0.003");
    }

    #[test]
    fn indonesian_percentages() {
        let s = "turun 4,79% dari tahun lalu, meningkat sebesar 4,6 % lalu 92,88% dan 29%.";
        assert_eq!(
            figs(s, "id"),
            vec![
                ("4,79%".into(), "0.0479".into(), NumberStyle::Percent, 2),
                ("4,6 %".into(), "0.046".into(), NumberStyle::Percent, 1),
                ("92,88%".into(), "0.9288".into(), NumberStyle::Percent, 2),
                ("29%".into(), "0.29".into(), NumberStyle::Percent, 0),
            ]
        );
    }

    #[test]
    fn trailing_zero_digits_are_kept_for_display() {
        assert_eq!(
            figs("naik 4,60%", "id"),
            vec![("4,60%".into(), "0.046".into(), NumberStyle::Percent, 2)]
        );
    }

    #[test]
    fn ambiguous_thousands_in_indonesian() {
        let s = "terdapat 41,700 petugas layanan pelanggan";
        let scan = scan(s, conv("id"));
        assert_eq!(scan.tokens.len(), 1);
        assert_eq!(scan.tokens[0].value.to_text(), "41700");
        assert_eq!(scan.tokens[0].fraction_digits, 0);
        assert_eq!(scan.notes.len(), 1);
        let m = &scan.notes[0].message;
        assert!(m.contains("41.7") && m.contains("41700"), "{m}");
        assert_eq!(&s[scan.notes[0].range.clone()], "41,700");
    }

    #[test]
    fn locale_conform_grouping_is_silent() {
        let scan = scan("terdapat 41.700 petugas dan 1.234.567 nasabah", conv("id"));
        assert!(scan.notes.is_empty());
        let values: Vec<_> = scan.tokens.iter().map(|t| t.value.to_text()).collect();
        assert_eq!(values, ["41700", "1234567"]);
        let en = super::scan("41,700 staff and 4.79% fewer", conv("en"));
        assert!(en.notes.is_empty());
        assert_eq!(en.tokens[0].value.to_text(), "41700");
        assert_eq!(en.tokens[1].value.to_text(), "0.0479");
    }

    #[test]
    fn foreign_separators_are_reported() {
        let s = scan(
            "naik 4.79% dan 1,234,567 nasabah serta 1,234.5 ton",
            conv("id"),
        );
        let values: Vec<_> = s.tokens.iter().map(|t| t.value.to_text()).collect();
        assert_eq!(values, ["0.0479", "1234567", "1234.5"]);
        assert_eq!(s.notes.len(), 3);
        let en = scan("rose 4,79% to 12,5 million", conv("en"));
        assert_eq!(en.tokens[0].value.to_text(), "0.0479");
        assert_eq!(en.tokens[1].value.to_text(), "12500000");
        assert_eq!(en.notes.len(), 2);
    }

    #[test]
    fn scaled_counts() {
        let s = "723 juta panggilan, 1,5 miliar rupiah, 12 ribu orang, 3 triliun";
        assert_eq!(
            figs(s, "id"),
            vec![
                (
                    "723 juta".into(),
                    "723000000".into(),
                    NumberStyle::Decimal,
                    0
                ),
                (
                    "1,5 miliar".into(),
                    "1500000000".into(),
                    NumberStyle::Decimal,
                    0
                ),
                ("12 ribu".into(), "12000".into(), NumberStyle::Decimal, 0),
                (
                    "3 triliun".into(),
                    "3000000000000".into(),
                    NumberStyle::Decimal,
                    0
                ),
            ]
        );
        let en = figs("2.5 billion calls and 3 thousand staff", "en");
        assert_eq!(en[0].1, "2500000000");
        assert_eq!(en[1].1, "3000");
    }

    #[test]
    fn points_keep_their_words() {
        let s = "meningkat 10 poin persentase dibandingkan";
        let scan = scan(s, conv("id"));
        assert_eq!(scan.tokens.len(), 1);
        let t = &scan.tokens[0];
        assert_eq!((t.kind, &s[t.range.clone()]), (Kind::Points, "10"));
        assert_eq!(t.style, NumberStyle::Decimal);
        assert_eq!(t.value.to_text(), "10");
    }

    #[test]
    fn years_dates_and_identifiers_are_text() {
        let s = "Pada tanggal 22 Juli, laporan (2023) pada tahun 2023, 2024-07-22, pukul 10.30, \
                 No. 5, G20, 5G, COVID-19, 24/7, 10:30, 1.2.3";
        let scan = scan(s, conv("id"));
        assert!(scan.tokens.is_empty(), "{:?}", scan.tokens);
        assert!(scan.notes.is_empty());
        let en = super::scan("On July 22, 2023 and 22 July", conv("en"));
        assert!(en.tokens.is_empty(), "{:?}", en.tokens);
    }

    #[test]
    fn counts_that_look_like_years() {
        let values: Vec<_> = scan("2000 petugas dan 31 pusat", conv("id"))
            .tokens
            .iter()
            .map(|t| t.value.to_text())
            .collect();
        assert_eq!(values, ["2000", "31"]);
    }

    #[test]
    fn orphan_percent() {
        let s = "secara otomatis % panggilan telepon, dan 36% bank";
        let scan = scan(s, conv("id"));
        assert_eq!(scan.orphans, vec![s.find(" % ").map_or(0, |p| p + 1)]);
        assert_eq!(scan.tokens.len(), 1);
    }

    #[test]
    fn signs_words_and_ranges() {
        let f = figs("turun -4,5% atau 12 persen, kisaran 10–15%", "id");
        assert_eq!(f[0].0, "-4,5%");
        assert_eq!(f[0].1, "-0.045");
        assert_eq!(
            f[1],
            ("12 persen".into(), "0.12".into(), NumberStyle::Percent, 0)
        );
        assert_eq!(f[2].0, "10");
        assert_eq!(f[2].2, NumberStyle::Percent);
        assert_eq!(f[3].0, "15%");
    }

    fn one(s: &str, tag: &str) -> Token {
        let scan = scan(s, conv(tag));
        assert_eq!(scan.tokens.len(), 1, "{s}: {:?}", scan.tokens);
        scan.tokens[0].clone()
    }

    #[test]
    fn cjk_digits_are_figures_with_their_scale() {
        let t = one("同比增长4.6%。", "zh");
        assert_eq!(
            (t.value.to_text(), t.style),
            ("0.046".into(), NumberStyle::Percent)
        );
        let t = one("全年人工处理来电7.23亿通", "zh");
        assert_eq!((t.value.to_text(), t.scale), ("723000000".into(), Some(8)));
        let t = one("純利益は2兆5495億円となり", "ja");
        assert_eq!(t.value.to_text(), "2549500000000");
        assert_eq!((t.scale, t.currency), (Some(12), Some("JPY")));
        let t = one("経常収益は1,920億33百万円", "ja");
        assert_eq!(t.value.to_text(), "192033000000");
        let t = one("가계대출은 1,095조 3천억원이다", "ko");
        assert_eq!(t.value.to_text(), "1095300000000000");
        assert_eq!(t.currency, Some("KRW"));
        let t = one("従業員数は約8万4000人", "ja");
        assert_eq!(t.value.to_text(), "84000");
    }

    #[test]
    fn full_width_and_middle_dot() {
        let s = "受访机构中，９４％提供服务";
        let t = one(s, "zh");
        assert_eq!(
            (t.value.to_text(), &s[t.range.clone()]),
            ("0.94".into(), "９４％")
        );
        let found = scan(s, conv("zh"));
        assert!(found.orphans.is_empty() && found.notes.is_empty());
        let t = one("前年同期比36・4%増えた", "ja");
        assert_eq!(t.value.to_text(), "0.364");
        assert!(scan("第1・2号", conv("ja")).tokens.is_empty());
        // Without a unit the middle dot could separate two numbers: noted.
        let found = scan("数値は36・4だった", conv("ja"));
        assert_eq!(found.tokens[0].value.to_text(), "36.4");
        assert_eq!(found.notes.len(), 1);
    }

    #[test]
    fn points_in_each_language() {
        for (s, tag, v) in [
            ("较上年提升1.2个百分点", "zh", "1.2"),
            ("0.5ポイント上昇した", "ja", "0.5"),
            ("0.05%p 하락했다", "ko", "0.05"),
            ("0.4%포인트 낮아졌다", "ko", "0.4"),
            ("um 0,25 Prozentpunkte", "de", "0.25"),
            ("de 0,5 point de pourcentage", "fr", "0.5"),
        ] {
            let t = one(s, tag);
            assert_eq!(
                (t.kind, t.value.to_text().as_str()),
                (Kind::Points, v),
                "{s}"
            );
        }
    }

    #[test]
    fn currencies_before_and_after() {
        for (s, tag, v, cur) in [
            (
                "menjadi Rp8.153,59 triliun",
                "id",
                "8153590000000000",
                "IDR",
            ),
            ("menjadi Rp 5.582 triliun", "id", "5582000000000000", "IDR"),
            ("grew by IDR138.8 billion", "en", "138800000000", "IDR"),
            ("profit of £4.2bn", "en", "4200000000", "GBP"),
            ("von 3,15 Mrd. Euro erzielt", "de", "3150000000", "EUR"),
            ("à 2 060 milliards d'euros", "fr", "2060000000000", "EUR"),
            ("s'établit à 12 456 M€", "fr", "12456000000", "EUR"),
            ("净利润747.43亿元", "zh", "74743000000", "CNY"),
        ] {
            let t = one(s, tag);
            assert_eq!(
                (t.value.to_text().as_str(), t.currency),
                (v, Some(cur)),
                "{s}"
            );
        }
        // The "+" is kept in the text and recorded.
        let s = "rose +7% on the year";
        let t = one(s, "en");
        assert!(t.plus && &s[t.range.clone()] == "7%" && &s[t.display.clone()] == "+7%");
    }

    #[test]
    fn times_by_context() {
        assert_eq!(
            one("cut rates at 1.55% today", "en").value.to_text(),
            "0.0155"
        );
        assert_eq!(one("fixé à 1,66 %", "fr").value.to_text(), "0.0166");
        assert!(scan("beginnt ab 14.30 Uhr", conv("de")).tokens.is_empty());
        assert!(scan("pukul 14.30 WIB", conv("id")).tokens.is_empty());
        assert!(scan("follows at 2.30 pm.", conv("en")).tokens.is_empty());
        assert!(scan("versé à 14 h 30", conv("fr")).tokens.is_empty());
    }

    #[test]
    fn ranges_are_two_figures_with_one_unit() {
        for (s, tag, a, b) in [
            ("entre 3 et 4 %", "fr", "0.03", "0.04"),
            ("Zwischen 3 und 4 Prozent", "de", "0.03", "0.04"),
            ("kisaran 4,7-5,5% pada", "id", "0.047", "0.055"),
            ("proyeksikan 10-12 persen", "id", "0.1", "0.12"),
            ("Entre el 30 y el 40 %", "es", "0.3", "0.4"),
            ("von 3 bis 4 Mrd. Euro", "de", "3000000000", "4000000000"),
        ] {
            let v: Vec<String> = scan(s, conv(tag))
                .tokens
                .iter()
                .map(|t| t.value.to_text())
                .collect();
            assert_eq!(v, [a, b], "{s}");
        }
        // "31,000 to 33.2 million": not a range of millions.
        let v: Vec<String> = scan("rose by 31,000 to 33.2 million", conv("en"))
            .tokens
            .iter()
            .map(|t| t.value.to_text())
            .collect();
        assert_eq!(v, ["31000", "33200000"]);
    }

    #[test]
    fn foreign_space_grouping_is_read_and_noted() {
        let s = scan("beschäftigte 97 158 Vollzeitkräfte", conv("de"));
        assert_eq!(s.tokens[0].value.to_text(), "97158");
        assert_eq!(s.notes.len(), 1);
        // A narrow no-break space is deliberate grouping: no note.
        let s = scan("beschäftigte 97\u{202F}158 Vollzeitkräfte", conv("de"));
        assert_eq!(
            (s.tokens[0].value.to_text(), s.notes.len()),
            ("97158".into(), 0)
        );
    }

    #[test]
    fn space_grouping_in_french() {
        let f = figs("41\u{202F}700 employés et 12 345 appels, 4,5 %", "fr");
        assert_eq!(f[0].1, "41700");
        assert_eq!(f[1].1, "12345");
        assert_eq!(f[2].1, "0.045");
        // A plain space does not group in Indonesian: two numbers.
        let id = figs("tahun 2023 31 pusat", "id");
        assert_eq!(id.len(), 1);
        assert_eq!(id[0].1, "31");
    }
}
