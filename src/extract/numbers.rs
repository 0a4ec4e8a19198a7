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

use super::locale::{is_space_like, Conventions};

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
    match s[matched..].chars().next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(matched),
    }
}

fn longest_word(s: &str, words: &[&str]) -> Option<usize> {
    words.iter().filter_map(|w| starts_with_word(s, w)).max()
}

fn longest_scale(s: &str, scales: &[(&str, u32)]) -> Option<(usize, u32)> {
    scales
        .iter()
        .filter_map(|(w, e)| starts_with_word(s, w).map(|len| (len, *e)))
        .max_by_key(|(len, _)| *len)
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
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | ':' | '-' | '_')))
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
    let ok = |int: String, frac: String| {
        Some(Reading {
            int,
            frac,
            note: None,
        })
    };
    let noted = |int: String, frac: String, note: String| {
        Some(Reading {
            int,
            frac,
            note: Some(note),
        })
    };
    let Some(&first_sep) = seps.first() else {
        return ok(groups.concat(), String::new());
    };
    let valid_grouping =
        |gs: &[&str]| (1..=3).contains(&gs[0].len()) && gs[1..].iter().all(|g| g.len() == 3);
    let same = |a: char, b: char| a == b || (conv.is_group(a) && conv.is_group(b));
    let tag = conv.tag;
    let locale_rule = format!(
        "in {tag} {} is the decimal separator and {} groups thousands",
        plain(conv.decimal),
        plain(conv.group)
    );
    if seps.iter().all(|&c| same(c, first_sep)) {
        let c = first_sep;
        if conv.is_group(c) {
            if valid_grouping(groups) {
                return ok(groups.concat(), String::new());
            }
            if seps.len() == 1 {
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
                return noted(groups[0].to_string(), groups[1].to_string(), note);
            }
            return None;
        }
        let three = seps.len() == 1
            && groups[1].len() == 3
            && (1..=3).contains(&groups[0].len())
            && !groups[0].starts_with('0');
        if seps.len() == 1 {
            let (int, frac) = (groups[0], groups[1]);
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
                return noted(as_thousands, String::new(), note);
            }
            if three && usage == Usage::Scaled {
                let note = format!(
                    "{both}; extracted {as_decimal} because an amount with a scale word usually \
                     has decimals; check the source"
                );
                return noted(int.to_string(), frac.to_string(), note);
            }
            if locale_decimal {
                return ok(int.to_string(), frac.to_string());
            }
            let note = format!(
                "\"{raw}\" contradicts the {tag} number format ({locale_rule}): read as a \
                 decimal number, extracted {as_decimal}; write it as \"{int}{}{frac}\"",
                conv.decimal
            );
            return noted(int.to_string(), frac.to_string(), note);
        }
        if valid_grouping(groups) {
            let value = groups.concat();
            let note = format!(
                "\"{raw}\" contradicts the {tag} number format ({locale_rule}): {} occurs more \
                 than once, so it groups thousands (English convention); extracted {value}; \
                 write it as \"{}\"",
                plain(c),
                groups.join(&conv.group.to_string())
            );
            return noted(value, String::new(), note);
        }
        return None;
    }
    // Two kinds of separator: grouping separators, then one decimal separator.
    let last = seps.len() - 1;
    let dec_sep = seps[last];
    let grouping_ok = seps[..last].iter().all(|&c| same(c, first_sep))
        && !same(dec_sep, first_sep)
        && valid_grouping(&groups[..=last]);
    if !grouping_ok {
        return None;
    }
    let int = groups[..=last].concat();
    let frac = groups[last + 1].to_string();
    if conv.is_group(first_sep) && dec_sep == conv.decimal {
        return ok(int, frac);
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
    noted(int, frac, note)
}

/// Finds the figures, orphan percent signs and separator problems in `s`.
pub fn scan(s: &str, conv: &Conventions) -> Scan {
    let mut out = Scan::default();
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if !c.is_ascii_digit() {
            i += c.len_utf8();
            continue;
        }
        match scan_number(s, i, conv) {
            Step::Skip(next) => i = next.max(i + 1),
            Step::Found(token, note, next) => {
                if let Some(message) = note {
                    out.notes.push(Note {
                        range: token.number.clone(),
                        message,
                    });
                }
                out.tokens.push(token);
                i = next.max(i + 1);
            }
        }
    }
    for (p, c) in s.char_indices() {
        if !matches!(c, '%' | '％') || out.tokens.iter().any(|t| t.range.contains(&p)) {
            continue;
        }
        let before = s[..p].trim_end_matches(is_space_like).chars().next_back();
        if !before.is_some_and(|b| b.is_ascii_digit()) {
            out.orphans.push(p);
        }
    }
    out
}

enum Step {
    Skip(usize),
    Found(Token, Option<String>, usize),
}

fn scan_number(s: &str, i: usize, conv: &Conventions) -> Step {
    let prev = s[..i].chars().next_back();
    if prev.is_some_and(|p| p.is_alphanumeric() || p == '_') {
        return Step::Skip(skip_run(s, i));
    }
    let mut start = i;
    let mut negative = false;
    if let Some(p) = prev.filter(|p| matches!(p, '-' | '−' | '+')) {
        let before = s[..i - p.len_utf8()].chars().next_back();
        if before.is_none_or(|b| b.is_whitespace() || "([{\"'“‘".contains(b)) {
            start = i - p.len_utf8();
            negative = p != '+';
        } else if before.is_some_and(char::is_alphanumeric) {
            return Step::Skip(skip_run(s, i));
        }
    }
    // Digits and separators.
    let mut j = i + digits_at(s, i);
    let mut groups = vec![&s[i..j]];
    let mut seps = Vec::new();
    while let Some(sc) = s[j..].chars().next() {
        let accepted = sc == '.'
            || sc == ','
            || (is_apostrophe(sc) && is_apostrophe(conv.group))
            || (is_space_like(sc) && conv.groups_with_space());
        if !accepted {
            break;
        }
        let k = j + sc.len_utf8();
        let n = digits_at(s, k);
        if n == 0 {
            break;
        }
        if is_space_like(sc) && (n != 3 || groups.len() == 1 && groups[0].len() > 3) {
            break;
        }
        seps.push(sc);
        groups.push(&s[k..k + n]);
        j = k + n;
    }
    let next = s[j..].chars().next();
    let after_next = next.and_then(|n| s[j + n.len_utf8()..].chars().next());
    if next.is_some_and(char::is_alphabetic) {
        return Step::Skip(skip_run(s, i));
    }
    if matches!(next, Some(':' | '/')) && after_next.is_some_and(|c| c.is_ascii_digit()) {
        return Step::Skip(skip_run(s, i));
    }
    let raw = &s[i..j];
    if matches!(next, Some('-' | '–'))
        && seps.is_empty()
        && groups[0].len() == 4
        && is_iso_date_tail(&s[j..])
    {
        return Step::Skip(skip_run(s, i));
    }
    let before_word = word_before(s, start).to_lowercase();
    if ID_MARKERS.contains(&before_word.as_str()) {
        return Step::Skip(j);
    }
    if TIME_MARKERS.contains(&before_word.as_str())
        && seps.len() == 1
        && groups[0].len() <= 2
        && groups[1].len() == 2
    {
        return Step::Skip(j);
    }

    // Unit after the number.
    let rest = &s[j..];
    let space_len = rest
        .chars()
        .next()
        .filter(|c| is_space_like(*c))
        .map_or(0, char::len_utf8);
    let ws = rest.len() - rest.trim_start().len();
    let words = &rest[ws..];
    let (kind, end) = if let Some(pc) = rest[space_len..]
        .chars()
        .next()
        .filter(|c| matches!(c, '%' | '％'))
    {
        (Kind::Percent, j + space_len + pc.len_utf8())
    } else if longest_word(words, conv.point_words).is_some() {
        (Kind::Points, j)
    } else if let Some(len) = longest_word(words, conv.percent_words) {
        (Kind::Percent, j + ws + len)
    } else if let Some((len, exp)) = longest_scale(words, conv.scales) {
        (Kind::Scaled(exp), j + ws + len)
    } else if is_percent_range_head(rest) {
        (Kind::Percent, j)
    } else {
        (Kind::Plain, j)
    };

    if kind == Kind::Plain && seps.is_empty() {
        let after = text_after(s, j);
        let digits = groups[0];
        let is_count = count_role(after).is_some();
        if digits.len() == 4 && !negative && !is_count {
            if let Ok(year) = digits.parse::<u32>() {
                if (1900..=2100).contains(&year) {
                    return Step::Skip(j);
                }
            }
        }
        if digits.len() <= 2 {
            let next_word = first_word(after.trim_start_matches('.').trim_start());
            if is_month(next_word, conv)
                || is_month(&before_word, conv)
                || DATE_MARKERS.contains(&before_word.as_str())
            {
                return Step::Skip(j);
            }
        }
    }

    let usage = match kind {
        Kind::Plain => Usage::Count,
        Kind::Scaled(_) => Usage::Scaled,
        Kind::Percent | Kind::Points => Usage::Fraction,
    };
    let Some(reading) = read(raw, &groups, &seps, conv, usage) else {
        return Step::Skip(j);
    };
    let written = Dec::new(negative, &reading.int, &reading.frac);
    let written_digits = written.frac_len();
    let (style, value, fraction_digits) = match kind {
        Kind::Percent => (NumberStyle::Percent, written.shift(-2), written_digits),
        Kind::Scaled(exp) => {
            let value = written.shift(exp as i32);
            let digits = value.frac_len();
            (NumberStyle::Decimal, value, digits)
        }
        Kind::Points | Kind::Plain => (NumberStyle::Decimal, written, written_digits),
    };
    // "4,60%" keeps its written digits: count them from the source, not the value.
    let fraction_digits = match kind {
        Kind::Percent | Kind::Points | Kind::Plain => {
            fraction_digits.max(reading.frac.len() as u32)
        }
        Kind::Scaled(_) => fraction_digits,
    };
    let token = Token {
        range: start..end,
        number: start..j,
        kind,
        style,
        value,
        fraction_digits,
        ambiguous: reading.note.is_some(),
    };
    Step::Found(token, reading.note, end)
}

/// "-07-22" after a four-digit year.
fn is_iso_date_tail(rest: &str) -> bool {
    let b = rest.as_bytes();
    let two = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    b.len() >= 6 && two(1) && two(2) && matches!(b.get(3), Some(b'-')) && two(4) && two(5)
}

/// "–15%" after the first number of a percentage range such as "10–15%".
fn is_percent_range_head(rest: &str) -> bool {
    let r = rest.trim_start();
    let Some(dash) = r.chars().next().filter(|c| matches!(c, '-' | '–')) else {
        return false;
    };
    let r = r[dash.len_utf8()..].trim_start();
    let n = digits_at(r, 0);
    if n == 0 {
        return false;
    }
    let r = r[n..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let r = r.trim_start_matches(is_space_like);
    r.starts_with('%') || r.starts_with('％')
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
