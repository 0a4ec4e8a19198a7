//! Reading the numbers a text states, by each locale's conventions, so that two texts in
//! different languages can be compared figure by figure: "41,700" (English) = "41.700"
//! (German) = "41 700" (French, narrow no-break space); "92.88%" = "92,88 %";
//! "723 million" = "723 millions" = "7,23亿" = "7億2300万".
//!
//! * Separators: a locale's decimal and grouping symbols come from CLDR (ICU4X's
//!   `DecimalFormatter`). A text in the locale itself is read strictly; a translation may
//!   keep the source's convention ("1,000" in German), so [`Strictness::Lenient`] gives
//!   both readings of a single separator followed by three digits, and the comparison
//!   accepts either.
//! * Digits: every Unicode decimal digit block of the Basic Multilingual Plane (Arabic-Indic,
//!   Devanagari, Thai, full-width...), read by value.
//! * Magnitude words: CLDR's compact decimal patterns (long and short) of the locale, in
//!   every plural form ("million", "millions", "Mio.", "万", "亿", "億", "juta"), taken
//!   from ICU4X's `CompactDecimalFormatter` output; one-letter Latin abbreviations ("K",
//!   "M") are left out, they are as often units or names ("4K", "5 M").
//!   A number may chain magnitudes ("7億2300万", "7억 2300만").
//! * Percent signs (`%`, `％`, `٪`) before or after a number mark it as a percentage; the
//!   value is the number as written (29 for "29%").
//! * Ordinals are numbers: "4th", "4e", "4.", "4º" all read 4 (a digit run followed by
//!   letters keeps its value: "5GB", "24h"); a digit run right after a Latin, Greek or
//!   Cyrillic letter is part of an identifier ("MP3", "H.264", "x86") and not read.
//! * Numbers written as words: English cardinal and ordinal words up to twenty and the tens
//!   ([`english_words`]); translations are not read for words (no CLDR spell-out data in
//!   ICU4X yet), which the comparison allows for (see `rules::figures`).
//!
//! Values are exact decimals (`fixed_decimal`), compared as canonical strings ("41700",
//! "92.88", "723000000"), never through `f64`.
//!
//! `extract` reads reports with the same CLDR magnitude words ([`cldr_magnitude_words`],
//! to which its table adds inflected and unabbreviated forms), and classifies what it
//! reads (years, dates, identifiers, counts) in `src/extract/numbers.rs`.

use fixed_decimal::{Decimal, UnsignedDecimal};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// How a locale writes numbers.
#[derive(Debug, Clone)]
pub struct Conventions {
    /// CLDR decimal separator.
    pub decimal: char,
    /// CLDR grouping separator (a space-like character for `fr`, `ru`...).
    pub group: char,
    /// Magnitude words, lowercase, with the power of ten they stand for; longest first.
    magnitudes: Vec<(String, i16)>,
    /// The first characters of the magnitude words, lowercase ([`first_lowercase`]): most
    /// numbers are followed by none of them, and need not be matched word by word.
    magnitude_starts: Vec<char>,
    /// Thai writes years in the Buddhist era (2017 is 2560).
    buddhist_years: bool,
}

/// Whether a text is read by its locale's separators only, or also by the other common
/// convention when a separator is ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// The text is in the locale (a reference): "1,000" in English is 1000 only.
    Strict,
    /// A translation may keep the source's separators: "1,000" is 1000 or 1.
    Lenient,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// Byte range in the scanned text: the digits with their percent sign and magnitude
    /// words.
    pub span: Range<usize>,
    /// Its possible values as canonical decimals ("41700", "0.5"), the most likely first.
    pub values: Vec<String>,
    pub percent: bool,
    /// Written as a word ("five", "fourth"), not in digits.
    pub word: bool,
    /// The power of ten of its magnitude word ("723 million": 6).
    pub magnitude: Option<i16>,
    /// Letters glued to the digits: an ordinal or a unit ("4th", "1er", "5GB").
    pub glued: bool,
    /// A number the other text may well not write in digits: number words, decades
    /// ("'90s": 90, 1990 or 2090), the idiom "24/7".
    pub optional: bool,
}

impl Number {
    /// A number written in words or numerals ("five", "十五", "XXI"): optional, since the
    /// other text may well write it in digits.
    fn word(span: Range<usize>, value: impl ToString) -> Number {
        Number {
            span,
            values: vec![value.to_string()],
            percent: false,
            word: true,
            magnitude: None,
            glued: false,
            optional: true,
        }
    }

    /// True when some reading of `self` equals some reading of `other`.
    pub fn same_value(&self, other: &Number) -> bool {
        self.values.iter().any(|v| other.values.contains(v))
    }

    /// The value when it is a whole number that fits in a `u64`.
    pub fn integer(&self) -> Option<u64> {
        self.values.first().and_then(|v| v.parse().ok())
    }
}

/// The conventions of `locale` (a BCP 47 tag), computed once per locale and shared. Each
/// thread keeps the last one it asked for: a check asks per message part, of one locale.
pub fn conventions(locale: &str) -> Arc<Conventions> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Arc<Conventions>)>> = const { std::cell::RefCell::new(None) };
    }
    let hit = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(tag, _)| tag == locale)
            .map(|(_, c)| c.clone())
    });
    if let Some(c) = hit {
        return c;
    }
    let c = shared_conventions(locale);
    LAST.with(|l| *l.borrow_mut() = Some((locale.to_string(), c.clone())));
    c
}

fn shared_conventions(locale: &str) -> Arc<Conventions> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Conventions>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = match cache.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry(locale.to_string())
        .or_insert_with(|| Arc::new(Conventions::new(locale)))
        .clone()
}

impl Conventions {
    /// Reads the locale's CLDR data; an unknown or malformed tag gets CLDR root's.
    pub fn new(locale: &str) -> Conventions {
        let loc = icu_locale_core::Locale::try_from_str(locale)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let (decimal, group) = separators(&loc);
        let mut magnitudes = compact_words(&loc);
        magnitudes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        magnitudes.dedup();
        let mut magnitude_starts: Vec<char> = magnitudes
            .iter()
            .filter_map(|(w, _)| w.chars().next().map(first_lowercase))
            .collect();
        magnitude_starts.sort_unstable();
        magnitude_starts.dedup();
        let language = loc.id.language.as_str().to_string();
        Conventions {
            decimal,
            group,
            magnitudes,
            magnitude_starts,
            buddhist_years: language == "th",
        }
    }

    /// True when the locale groups digits with a space-like character.
    pub fn groups_with_space(&self) -> bool {
        is_space_like(self.group)
    }

    /// The longest magnitude word at the start of `s`, with its byte length and power of ten.
    fn magnitude_at(&self, s: &str) -> Option<(usize, i16)> {
        // A word's first character matches only one with the same lowercase (no word
        // starts with a space: `word_of` trims them).
        let first = first_lowercase(s.chars().next()?);
        if self.magnitude_starts.binary_search(&first).is_err() {
            return None;
        }
        for (word, exp) in &self.magnitudes {
            if let Some(len) = starts_with_word(s, word) {
                return Some((len, *exp));
            }
        }
        None
    }
}

/// Decimal and grouping separators, read off a formatted sample (the formatter resolves
/// the locale's fallback and numbering system).
fn separators(loc: &icu_locale_core::Locale) -> (char, char) {
    let Ok(f) = icu_decimal::DecimalFormatter::try_new(loc.into(), Default::default()) else {
        return ('.', ',');
    };
    let sample: Decimal = match "1234567.5".parse() {
        Ok(d) => d,
        Err(_) => return ('.', ','),
    };
    let text = f.format(&sample).to_string();
    // Non-digits between digits: the first is the group, the last the decimal.
    let seps: Vec<char> = text
        .chars()
        .filter(|c| digit(*c).is_none() && !is_bidi_mark(*c))
        .collect();
    match (seps.first(), seps.last()) {
        (Some(&g), Some(&d)) if seps.len() >= 2 => (d, g),
        (Some(&d), _) => (d, ','),
        _ => ('.', ','),
    }
}

/// Magnitude words of the locale's compact decimal patterns, long and short, in every
/// plural form the sample counts reach, lowercased; one-letter Latin abbreviations ("K",
/// "M") are left out, they are as often units or names.
fn compact_words(loc: &icu_locale_core::Locale) -> Vec<(String, i16)> {
    cldr_magnitude_words(loc)
        .into_iter()
        .map(|(w, exp)| (w.to_lowercase(), exp))
        .filter(|(w, _)| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters > 1 || (letters == 1 && !w.is_ascii())
        })
        .collect()
}

/// The counts whose compact renderings [`cldr_magnitude_words`] reads, at every power of
/// ten: as significands of one, two and three digits (1, 10, 100; 11, 110; 101...) they
/// reach the plural forms of the compact patterns ("1 тысяча", "2 тысячи", "5 тысяч",
/// Macedonian's "101 мј."), as many as a sweep of more counts (21, 22, 25) and powers
/// (10^15) does: a test holds them to that sweep for every locale ICU4X has.
const SAMPLE_COUNTS: [u64; 6] = [1, 2, 3, 5, 11, 101];

/// The powers of ten sampled: CLDR's compact patterns run from 10^3 to 10^14.
const SAMPLE_EXPONENTS: std::ops::RangeInclusive<i16> = 3..=14;

/// CLDR's magnitude words of a locale as its compact decimal patterns write them ("Mio.",
/// "万", "millions", "M"), with the power of ten each stands for (万 is 10^4, "mil
/// millones" 10^9): the one reading of CLDR's compact data, shared by the figures rule and
/// `extract`. Long forms first, then short; every plural form the sample counts reach;
/// each pair once, where first found.
pub fn cldr_magnitude_words(loc: &icu_locale_core::Locale) -> Vec<(String, i16)> {
    magnitude_words_of(loc, SAMPLE_EXPONENTS, &SAMPLE_COUNTS)
}

/// The magnitude words of the compact renderings of `counts` × 10^`exps`, long then short.
fn magnitude_words_of(
    loc: &icu_locale_core::Locale,
    exps: std::ops::RangeInclusive<i16>,
    counts: &[u64],
) -> Vec<(String, i16)> {
    let mut out: Vec<(String, i16)> = Vec::new();
    let formatters = [
        icu_decimal::CompactDecimalFormatter::try_new_long(loc.into(), Default::default()),
        icu_decimal::CompactDecimalFormatter::try_new_short(loc.into(), Default::default()),
    ];
    let mut text = String::new();
    for f in formatters.iter().flatten() {
        for exp in exps.clone() {
            for &n in counts {
                let mut value = Decimal::from(n);
                value.multiply_pow10(exp);
                text.clear();
                // Writing into a `String` cannot fail.
                let _ = writeable::Writeable::write_to(&f.format(&value), &mut text);
                if let Some((word, exp)) = word_of(&text, n, exp) {
                    if !out.iter().any(|(w, e)| w == word && *e == exp) {
                        out.push((word.to_string(), exp));
                    }
                }
            }
        }
    }
    out
}

/// The magnitude word of a compact rendering of `n × 10^exp` ("11 millions" → ("millions",
/// 6)), as written: the text after the digits, when the digits read `n × 10^k`.
fn word_of(text: &str, n: u64, exp: i16) -> Option<(&str, i16)> {
    let start = text.find(|c: char| digit(c).is_some())?;
    // The digits shown, as a number, and how many there are.
    let (mut shown, mut width, mut end) = (0u64, 0u32, start);
    for (i, c) in text[start..].char_indices() {
        let Some(d) = digit(c) else { break };
        shown = shown.checked_mul(10)?.checked_add(u64::from(d))?;
        width += 1;
        end = start + i + c.len_utf8();
    }
    let prefix = text[..start].trim_matches(|c: char| is_space_like(c) || is_bidi_mark(c));
    if !prefix.is_empty() && prefix != "-" {
        return None;
    }
    let word = text[end..].trim_matches(|c: char| is_space_like(c) || is_bidi_mark(c));
    if word.is_empty() || word.chars().any(|c| digit(c).is_some()) {
        return None;
    }
    // The digits are `n` then `zeros` zeros (a number of `width` digits equal to
    // `n × 10^zeros` is written so): the word stands for 10^(exp - zeros).
    let zeros = width.checked_sub(n.checked_ilog10()? + 1)?;
    if shown != n.checked_mul(10u64.checked_pow(zeros)?)? {
        return None;
    }
    Some((word, exp - zeros as i16))
}

/// The value of a decimal digit of any BMP script (`'٣'` is 3), or `None`.
pub fn digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if (c as u32) < 0x0660 {
        return None;
    }
    // Zero of every Unicode decimal digit (Nd) block in the BMP.
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
        0xAA50, 0xABF0, 0xFF10,
    ];
    let u = c as u32;
    // The zeros are sorted: the block is the last one starting at or before `u`.
    let z = ZEROS[..ZEROS.partition_point(|&z| z <= u)].last()?;
    (u - z < 10).then(|| (u - z) as u8)
}

/// Characters locales group digits with that are spaces.
pub fn is_space_like(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

fn is_bidi_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
    )
}

/// Letters of scripts written with spaces between words, where a digit glued to a letter is
/// part of an identifier ("MP3", "x86", "Win10"); digits glued to Han, Kana, Hangul, Thai...
/// are numbers ("第4", "2023年").
fn identifier_letter(c: char) -> bool {
    c.is_alphabetic() && ((c as u32) < 0x0590 || ('\u{1E00}'..='\u{1FFF}').contains(&c))
}

/// The first character of `c` lowercased ('M' is 'm', 'İ' is 'i').
fn first_lowercase(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Case-insensitive match of `word` at the start of `s`, ending at a word boundary (any
/// boundary for a word of Han, Kana or Hangul characters, and for words of four letters or
/// more, which agglutinating languages inflect: Turkish "milyondan", Czech "milionkrát").
/// Returns the matched byte length.
fn starts_with_word(s: &str, word: &str) -> Option<usize> {
    let mut rest = s.chars();
    let mut len = 0;
    for w in word.chars() {
        let c = rest.next()?;
        let same =
            c == w || c.to_lowercase().eq(w.to_lowercase()) || (w == ' ' && is_space_like(c));
        if !same {
            return None;
        }
        len += c.len_utf8();
    }
    let last_is_letter = word.chars().last().is_some_and(char::is_alphabetic);
    let inflects = word.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    match s[len..].chars().next() {
        Some(c) if last_is_letter && !inflects && identifier_letter(c) => None,
        _ => {
            // The rest of an inflected word belongs to it.
            let tail = s[len..]
                .char_indices()
                .find(|&(_, c)| !identifier_letter(c))
                .map_or(s.len() - len, |(i, _)| i);
            Some(if inflects && last_is_letter {
                len + tail
            } else {
                len
            })
        }
    }
}

/// Reads every number of `text` (digits, with percent signs and magnitude words).
pub fn scan(text: &str, conv: &Conventions, strictness: Strictness) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::new();
    let s = Scanner {
        text,
        conv,
        strictness,
    };
    let mut from = 0;
    while let Some(start) = next_digit(text, from) {
        if let Some(end) = s.identifier_end(start) {
            from = end;
            continue;
        }
        let (groups, seps, end) = s.digit_groups(start);
        let Some(values) = readings(&groups.list(), &seps, conv, strictness) else {
            // Not one number (a version, a date "22.07.2024"): its parts are numbers.
            split_parts(text, start, end, &mut out);
            from = end;
            continue;
        };
        let whole = seps.is_empty().then_some(groups.digits.as_str());
        let (number, stop) = s.number(start, end, whole, values);
        push_chained(text, &mut out, number);
        from = stop.max(end);
    }
    out
}

/// The byte offset of the first digit of `text` at or after byte `from`.
fn next_digit(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    rest.char_indices()
        .find(|&(_, c)| digit(c).is_some())
        .map(|(k, _)| from + k)
}

/// Digit groups in ASCII digits ("41", "700" of "41 700"), kept as one string.
struct Groups {
    digits: String,
    /// Where each group after the first starts in `digits`.
    starts: Vec<usize>,
}

impl Groups {
    /// The groups, each a slice of `digits`.
    fn list(&self) -> Vec<&str> {
        let mut list = Vec::with_capacity(self.starts.len() + 1);
        let mut from = 0;
        for &start in &self.starts {
            list.push(&self.digits[from..start]);
            from = start;
        }
        list.push(&self.digits[from..]);
        list
    }

    /// The number of digits of the last group.
    fn last_len(&self) -> usize {
        self.digits.len() - self.starts.last().copied().unwrap_or(0)
    }
}

/// A text being read for numbers; positions are byte offsets.
struct Scanner<'t> {
    text: &'t str,
    conv: &'t Conventions,
    strictness: Strictness,
}

impl Scanner<'_> {
    /// The character at byte `i`.
    fn at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }

    /// Where an identifier ends, when the digit at `i` is part of one: glued to a letter
    /// ("MP3"), or after a letter and a dot or underscore ("H.264"). "COVID-19" and
    /// Indonesian "ke-15" are read: either way both texts usually agree.
    fn identifier_end(&self, mut i: usize) -> Option<usize> {
        let mut back = self.text[..i].chars().rev();
        let (before, before2) = (back.next(), back.next());
        let glued = before.is_some_and(identifier_letter)
            || (before.is_some_and(|c| matches!(c, '.' | '_'))
                && before2.is_some_and(identifier_letter));
        if !glued {
            return None;
        }
        while let Some(c) = self
            .at(i)
            .filter(|&c| c.is_alphanumeric() || c == '.' || c == '-')
        {
            i += c.len_utf8();
        }
        Some(i)
    }

    /// The digit groups from `i` on, as long as separators join them: the groups, the
    /// separators, and the offset after the last digit.
    fn digit_groups(&self, mut i: usize) -> (Groups, Vec<char>, usize) {
        let mut groups = Groups {
            digits: String::new(),
            starts: Vec::new(),
        };
        let mut seps: Vec<char> = Vec::new();
        loop {
            while let Some(c) = self.at(i) {
                let Some(d) = digit(c) else { break };
                groups.digits.push(char::from(b'0' + d));
                i += c.len_utf8();
            }
            let Some(sep) = self.at(i) else { break };
            // A separator then digits glued to a letter is an identifier tail: stop.
            let Some(skip) = self.joins(i, sep, groups.last_len()) else {
                break;
            };
            seps.push(sep);
            groups.starts.push(groups.digits.len());
            i += skip;
        }
        (groups, seps, i)
    }

    /// Whether separator `sep` at `i` joins the group before it (of `last_len` digits) to
    /// digits after it: the bytes it takes when it does.
    fn joins(&self, i: usize, sep: char, last_len: usize) -> Option<usize> {
        // A space written as a character reference (`&thinsp;`) is masked as a
        // no-break space followed by NULs (see `rules::figures`).
        let mut skip = sep.len_utf8();
        if is_space_like(sep) {
            while self.at(i + skip) == Some('\0') {
                skip += 1;
            }
        }
        let (mut j, mut next_digits) = (i + skip, 0);
        while let Some(c) = self.at(j).filter(|&c| digit(c).is_some()) {
            j += c.len_utf8();
            next_digits += 1;
        }
        let after_group = self.at(j);
        let continues = match sep {
            ',' | '.' | '\'' | '’' | '٫' | '٬' | '，' | '．' => next_digits > 0,
            c if is_space_like(c) => {
                // A space groups only a three-digit group that ends the number, and a
                // plain space only in locales that group with spaces.
                (c != ' ' || self.conv.groups_with_space())
                    && next_digits == 3
                    && last_len <= 3
                    && after_group.is_none_or(|c| digit(c).is_none())
            }
            _ => false,
        };
        continues.then_some(skip)
    }

    /// The number whose digits run from `start` to `end`, read as `values` (`whole`: its
    /// digits when it has no separator), with what follows it: glued letters, a decade's
    /// "s", "/7" of "24/7", a percent sign or a magnitude word. Returns it and the index
    /// after it.
    fn number(
        &self,
        start: usize,
        end: usize,
        whole: Option<&str>,
        mut values: Vec<UnsignedDecimal>,
    ) -> (Number, usize) {
        // Ordinal and unit letters glued to the digits ("4th", "5GB") end the token.
        let mut stop = end;
        while let Some(c) = self
            .at(stop)
            .filter(|&c| c.is_alphabetic() && identifier_letter(c))
        {
            stop += c.len_utf8();
        }
        let glued = stop > end;
        let letters = &self.text[end..stop];
        let mut optional = false;
        if let (true, Some(g)) = (letters == "s", whole) {
            optional = true;
            decade(g, &mut values);
        }
        if whole == Some("24") && self.around_the_clock(stop) {
            // "24/7": around the clock, in words in most languages.
            optional = true;
            stop += 2;
            values.push(UnsignedDecimal::from(7u32));
        }
        if self.conv.buddhist_years && self.strictness == Strictness::Lenient {
            if let Some(y) = whole.and_then(|g| g.parse::<u32>().ok()) {
                if g_is_year(y) {
                    values.push(UnsignedDecimal::from(y - 543));
                }
            }
        }
        let before = self.text[..start].chars().next_back();
        let mut percent = before.is_some_and(is_percent);
        let mut magnitude = None;
        if !glued {
            let (percent_after, exp, after) = self.percent_or_magnitude(stop, &mut values);
            percent |= percent_after;
            magnitude = exp;
            stop = after;
        }
        let number = Number {
            span: start..stop,
            values: canonical(values),
            percent,
            word: false,
            magnitude,
            glued,
            optional,
        };
        (number, stop)
    }

    /// "/7" at `i`, after "24", ending the number.
    fn around_the_clock(&self, i: usize) -> bool {
        self.text[i..].starts_with("/7") && self.at(i + 2).is_none_or(|c| digit(c).is_none())
    }

    /// A percent sign or a magnitude word after the number ending at `end` (spaces
    /// between allowed): whether it is a percentage, the magnitude (`values` multiplied
    /// by it), and the index after what was read.
    fn percent_or_magnitude(
        &self,
        end: usize,
        values: &mut Vec<UnsignedDecimal>,
    ) -> (bool, Option<i16>, usize) {
        let mut j = end;
        while let Some(c) = self.at(j).filter(|&c| is_space_like(c)) {
            j += c.len_utf8();
        }
        if let Some(c) = self.at(j).filter(|&c| is_percent(c)) {
            return (true, None, j + c.len_utf8());
        }
        let Some((len, exp)) = self.conv.magnitude_at(&self.text[j..]) else {
            return (false, None, end);
        };
        let plain = values.clone();
        for v in values.iter_mut() {
            v.multiply_pow10(exp);
        }
        if self.strictness == Strictness::Strict {
            // A translation may use a magnitude word CLDR does not list ("100
            // t'ijtäq"): the significand alone matches too.
            values.extend(plain);
        }
        (false, Some(exp), j + len)
    }
}

/// A decade: "'90s" is 90, 1990 or 2090 in a translation; "2000s" may become "the 21st
/// century".
fn decade(digits: &str, values: &mut Vec<UnsignedDecimal>) {
    if digits.len() == 2 {
        for century in ["19", "20"] {
            if let Ok(v) = format!("{century}{digits}").parse() {
                values.push(v);
            }
        }
    }
}

/// Pushes `n`, or adds it to the previous number when both carry magnitude words, the
/// previous one's larger, with only spaces between ("7億" + "2300万").
fn push_chained(text: &str, out: &mut Vec<Number>, n: Number) {
    if let Some(prev) = out.last_mut() {
        let between = text.get(prev.span.end..n.span.start).unwrap_or("x");
        let chained = matches!((prev.magnitude, n.magnitude), (Some(a), Some(b)) if a > b);
        if chained && between.chars().all(is_space_like) {
            let sum = match (prev.values.first(), n.values.first()) {
                (Some(a), Some(b)) => match (a.parse::<UnsignedDecimal>(), b.parse()) {
                    (Ok(a), Ok(b)) => a.concatenated_end(b).ok(),
                    _ => None,
                },
                _ => None,
            };
            if let Some(sum) = sum {
                prev.values = canonical(vec![sum]);
                prev.span.end = n.span.end;
                prev.magnitude = n.magnitude;
                return;
            }
        }
    }
    out.push(n);
}

/// A Buddhist-era year of the last centuries (2017 is 2560).
fn g_is_year(y: u32) -> bool {
    (2443..=2643).contains(&y)
}

fn is_percent(c: char) -> bool {
    matches!(c, '%' | '％' | '٪')
}

/// Each digit run between bytes `start` and `end` as a number of its own.
fn split_parts(text: &str, start: usize, end: usize, out: &mut Vec<Number>) {
    let part = &text[..end];
    let mut from = start;
    while let Some(s) = next_digit(part, from) {
        let mut value = String::new();
        let mut stop = s;
        for c in part[s..].chars() {
            let Some(d) = digit(c) else { break };
            value.push(char::from(b'0' + d));
            stop += c.len_utf8();
        }
        from = stop;
        let values = value
            .parse::<UnsignedDecimal>()
            .map(|v| canonical(vec![v]))
            .unwrap_or_default();
        out.push(Number {
            span: s..stop,
            values,
            percent: false,
            word: false,
            magnitude: None,
            glued: false,
            optional: false,
        });
    }
}

fn canonical(values: Vec<UnsignedDecimal>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for v in values {
        let s = v.trimmed_start().trimmed_end().to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SepClass {
    Space,
    Apostrophe,
    Comma,
    Dot,
    ArabicGroup,
    ArabicDecimal,
}

fn class(c: char) -> SepClass {
    match c {
        ',' | '，' => SepClass::Comma,
        '.' | '．' => SepClass::Dot,
        '\'' | '’' => SepClass::Apostrophe,
        '٬' => SepClass::ArabicGroup,
        '٫' => SepClass::ArabicDecimal,
        _ => SepClass::Space,
    }
}

/// Digit groups are thousands (`1,234,567`) or Indian lakhs and crores (`12,34,567`).
fn valid_grouping(groups: &[&str]) -> bool {
    let Some((first, rest)) = groups.split_first() else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return false;
    };
    let western = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
    let indian = (1..=2).contains(&first.len())
        && last.len() == 3
        && !middle.is_empty()
        && middle.iter().all(|g| g.len() == 2);
    western || indian
}

fn decimal(int: &str, frac: &str) -> Option<UnsignedDecimal> {
    format!("{int}.{frac}").parse().ok()
}

fn integer(groups: &[&str]) -> Option<UnsignedDecimal> {
    match groups {
        [one] => one.parse().ok(),
        _ => groups.concat().parse().ok(),
    }
}

/// The values digit `groups` separated by `seps` may mean; `None` when they are not one
/// number (a version "3.6.1", a date "22.07.2024").
fn readings(
    groups: &[&str],
    seps: &[char],
    conv: &Conventions,
    strictness: Strictness,
) -> Option<Vec<UnsignedDecimal>> {
    let Some(&first) = seps.first() else {
        return integer(groups).map(|v| vec![v]);
    };
    let c0 = class(first);
    if seps.iter().all(|&c| class(c) == c0) {
        match c0 {
            SepClass::Space | SepClass::Apostrophe | SepClass::ArabicGroup => {
                return valid_grouping(groups)
                    .then(|| integer(groups))
                    .flatten()
                    .map(|v| vec![v]);
            }
            SepClass::ArabicDecimal => {
                return (seps.len() == 1)
                    .then(|| decimal(groups[0], groups[1]))
                    .flatten()
                    .map(|v| vec![v]);
            }
            SepClass::Comma | SepClass::Dot => {}
        }
        if seps.len() > 1 {
            return valid_grouping(groups)
                .then(|| integer(groups))
                .flatten()
                .map(|v| vec![v]);
        }
        let (int, frac) = (groups[0], groups[1]);
        let as_decimal = decimal(int, frac)?;
        let could_group = frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0');
        if !could_group {
            return Some(vec![as_decimal]);
        }
        let as_group = integer(groups)?;
        let locale_groups = class(first) == class(conv.group);
        return Some(match strictness {
            Strictness::Strict if locale_groups => vec![as_group],
            Strictness::Strict if class(first) == class(conv.decimal) => vec![as_decimal],
            _ if locale_groups || class(first) != class(conv.decimal) => vec![as_group, as_decimal],
            _ => vec![as_decimal, as_group],
        });
    }
    // Grouping separators, then one decimal separator of another kind.
    let (&last, earlier) = seps.split_last()?;
    let c_last = class(last);
    let decimal_sep = matches!(
        c_last,
        SepClass::Comma | SepClass::Dot | SepClass::ArabicDecimal
    );
    let same_before = earlier.iter().all(|&c| class(c) == c0) && c0 != c_last;
    if !(decimal_sep && same_before && valid_grouping(&groups[..groups.len() - 1])) {
        return None;
    }
    let int = groups[..groups.len() - 1].concat();
    decimal(&int, groups[groups.len() - 1]).map(|v| vec![v])
}

/// The words [`english_words`] reads, with their values.
const ENGLISH_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("twentieth", 20),
    ("once", 1),
    ("twice", 2),
    ("dozen", 12),
    // Months: a date "Dec 31" is "12月31日" in Chinese and Japanese.
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// English number words: cardinals to twenty, the tens, "hundred", "thousand" as
/// themselves, ordinals to twentieth ("fourth" → 4), and month names (a date "Dec 31" is
/// written "12月31日" in Chinese).
pub fn english_words(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    let mut pos = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let start = pos;
        pos += word.len() + 1;
        if word.is_empty() || !word.is_ascii() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if let Some(&(_, v)) = ENGLISH_WORDS.iter().find(|(w, _)| *w == lower) {
            out.push(Number::word(start..start + word.len(), v));
        }
    }
    out
}

/// Chinese and Japanese numerals written in Han characters ("一亿" = 100000000, "十五" =
/// 15, "三千" = 3000), as optional numbers: a lone "一" is as often "a" or part of a word
/// ("统一"), so these only stand in for the other text's digits, never count as added.
pub fn han_numerals(text: &str) -> Vec<Number> {
    fn value(c: char) -> Option<u64> {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' | '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    }
    fn unit(c: char) -> Option<u64> {
        Some(match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        })
    }
    fn big(c: char) -> Option<u64> {
        Some(match c {
            '万' | '萬' => 10_000,
            '亿' | '億' => 100_000_000,
            '兆' => 1_000_000_000_000,
            _ => return None,
        })
    }
    let numeral = |c: char| value(c).is_some() || unit(c).is_some() || big(c).is_some();
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !numeral(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut run = vec![c];
        while let Some(&(i, d)) = iter.peek() {
            if !numeral(d) {
                break;
            }
            run.push(d);
            end = i + d.len_utf8();
            iter.next();
        }
        let (mut total, mut section, mut digit) = (0u64, 0u64, None::<u64>);
        for &c in &run {
            if let Some(v) = value(c) {
                digit = Some(v);
            } else if let Some(u) = unit(c) {
                section = section.saturating_add(digit.take().unwrap_or(1).saturating_mul(u));
            } else if let Some(b) = big(c) {
                let part = section.saturating_add(digit.take().unwrap_or(0));
                total = total.saturating_add(part.max(1).saturating_mul(b));
                section = 0;
            }
        }
        let total = total
            .saturating_add(section)
            .saturating_add(digit.unwrap_or(0));
        out.push(Number::word(start..end, total));
    }
    out
}

/// Roman numerals of two letters or more ("MMXXIV" = 2024, "XXI"), as optional numbers:
/// Latin texts and centuries in Romance languages write them ("le XXIe siècle").
pub fn roman_numerals(text: &str) -> Vec<Number> {
    fn value(c: char) -> Option<u64> {
        Some(match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            _ => return None,
        })
    }
    fn write(mut n: u64) -> String {
        const TABLE: &[(u64, &str)] = &[
            (1000, "M"),
            (900, "CM"),
            (500, "D"),
            (400, "CD"),
            (100, "C"),
            (90, "XC"),
            (50, "L"),
            (40, "XL"),
            (10, "X"),
            (9, "IX"),
            (5, "V"),
            (4, "IV"),
            (1, "I"),
        ];
        let mut out = String::new();
        for &(v, s) in TABLE {
            while n >= v {
                out.push_str(s);
                n -= v;
            }
        }
        out
    }
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if value(b[i] as char).is_none() || (i > 0 && (b[i - 1] as char).is_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && value(b[i] as char).is_some() {
            i += 1;
        }
        let word = &text[start..i];
        // The numeral may carry an ordinal ending ("XXIe"), not be a word's start ("MIX").
        let after = text[i..].chars().next();
        let ordinal = matches!(after, Some('e' | 'è' | 'º' | 'ª' | '.'));
        if word.len() < 2 || (after.is_some_and(char::is_alphanumeric) && !ordinal) {
            continue;
        }
        let digits: Vec<u64> = word.chars().filter_map(value).collect();
        let mut n = 0u64;
        for (k, d) in digits.iter().enumerate() {
            if digits.get(k + 1).is_some_and(|next| next > d) {
                n = n.wrapping_sub(*d);
            } else {
                n = n.wrapping_add(*d);
            }
        }
        if write(n) == word {
            out.push(Number::word(start..i, n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn digits_of_every_bmp_script() {
        // Arabic-Indic, Devanagari, Thai, Myanmar, fullwidth, Meetei Mayek (last block).
        for (zero, name) in [
            ('\u{0660}', "arab"),
            ('\u{0966}', "deva"),
            ('\u{0E50}', "thai"),
            ('\u{1040}', "mymr"),
            ('\u{FF10}', "fullwide"),
            ('\u{ABF0}', "mtei"),
        ] {
            for k in 0..10u8 {
                let c = char::from_u32(zero as u32 + u32::from(k)).unwrap();
                assert_eq!(super::digit(c), Some(k), "{name} {k}");
            }
            let after = char::from_u32(zero as u32 + 10).unwrap();
            assert_eq!(super::digit(after), None, "{name}");
        }
        for c in [
            'a', '/', ':', '万', 'Ⅻ', '٫', '\u{065F}', '\u{FF1A}', '\u{FFFF}',
        ] {
            assert_eq!(super::digit(c), None, "{c}");
        }
    }

    use super::*;

    fn values(locale: &str, text: &str, s: Strictness) -> Vec<Vec<String>> {
        scan(text, &conventions(locale), s)
            .into_iter()
            .map(|n| n.values)
            .collect()
    }

    fn first_values(locale: &str, text: &str) -> Vec<String> {
        scan(text, &conventions(locale), Strictness::Strict)
            .into_iter()
            .map(|n| n.values[0].clone())
            .collect()
    }

    /// ICU4X's compiled data, with the list of locales it has (`IterableDataProvider`).
    struct Compiled;
    const _: () = {
        // The `impl_*` macros call their crate's `__impl_*` macros: glob imports.
        use icu_decimal_data::make_provider;
        use icu_decimal_data::*;
        use icu_plurals_data::*;
        mod icu {
            pub use icu_decimal as decimal;
            pub use icu_plurals as plurals;
        }
        make_provider!(Compiled);
        impl_decimal_compact_long_v1!(Compiled, ITER);
        impl_decimal_compact_short_v1!(Compiled, ITER);
        impl_decimal_symbols_v1!(Compiled, ITER);
        impl_plurals_cardinal_v1!(Compiled, ITER);
    };

    /// Every locale with compact patterns, number symbols or plural rules of its own.
    fn compiled_locales() -> std::collections::BTreeSet<String> {
        use icu_provider::IterableDataProvider;
        let ids = [
            IterableDataProvider::<icu_decimal::provider::DecimalCompactLongV1>::iter_ids(
                &Compiled,
            ),
            IterableDataProvider::<icu_decimal::provider::DecimalCompactShortV1>::iter_ids(
                &Compiled,
            ),
            IterableDataProvider::<icu_decimal::provider::DecimalSymbolsV1>::iter_ids(&Compiled),
            IterableDataProvider::<icu_plurals::provider::PluralsCardinalV1>::iter_ids(&Compiled),
        ];
        ids.into_iter()
            .flat_map(|ids| ids.expect("compiled data lists its locales"))
            .map(|id| id.locale.to_string())
            .collect()
    }

    #[test]
    fn sample_counts_find_every_magnitude_word_of_every_locale() {
        // More counts (every plural category's, several of each) and exponents past
        // CLDR's largest pattern: what the sampled counts and exponents must match.
        let sweep = [1, 2, 3, 5, 11, 21, 22, 25, 101];
        let locales = compiled_locales();
        assert!(locales.len() > 250, "{}", locales.len());
        for tag in &locales {
            let loc = icu_locale_core::Locale::try_from_str(tag).unwrap();
            assert_eq!(
                cldr_magnitude_words(&loc),
                magnitude_words_of(&loc, 3..=15, &sweep),
                "{tag}"
            );
        }
    }

    #[test]
    fn separators_come_from_cldr() {
        let fr = conventions("fr");
        assert_eq!((fr.decimal, fr.group), (',', '\u{202f}'));
        let de = conventions("de");
        assert_eq!((de.decimal, de.group), (',', '.'));
        let en = conventions("en");
        assert_eq!((en.decimal, en.group), ('.', ','));
    }

    #[test]
    fn the_same_figure_in_each_convention() {
        assert_eq!(first_values("en", "41,700 staff"), ["41700"]);
        assert_eq!(first_values("de", "41.700 Mitarbeiter"), ["41700"]);
        assert_eq!(first_values("fr", "41\u{202f}700 agents"), ["41700"]);
        assert_eq!(first_values("fr", "41 700 agents"), ["41700"]);
        assert_eq!(first_values("en", "92.88%"), ["92.88"]);
        assert_eq!(first_values("fr", "92,88\u{a0}%"), ["92.88"]);
        assert_eq!(first_values("id", "92,88%"), ["92.88"]);
        assert_eq!(first_values("de-CH", "1’234’567.5"), ["1234567.5"]);
        assert_eq!(first_values("hi", "12,34,567"), ["1234567"]);
        assert_eq!(first_values("ar", "٤١٬٧٠٠"), ["41700"]);
        assert_eq!(first_values("sa", "४१,७००"), ["41700"]);
        assert_eq!(first_values("ja", "４１，７００人"), ["41700"]);
    }

    #[test]
    fn magnitude_words_from_cldr() {
        assert_eq!(first_values("en", "723 million calls"), ["723000000"]);
        assert_eq!(first_values("fr", "723 millions d’appels"), ["723000000"]);
        assert_eq!(first_values("de", "723 Millionen Anrufe"), ["723000000"]);
        assert_eq!(first_values("de", "1,5 Mio. Anrufe"), ["1500000"]);
        assert_eq!(first_values("id", "723 juta panggilan"), ["723000000"]);
        assert_eq!(first_values("zh-CN", "7.23亿通"), ["723000000"]);
        assert_eq!(first_values("ja", "7億2300万件"), ["723000000"]);
        assert_eq!(first_values("ko", "7억 2300만 건"), ["723000000"]);
        assert_eq!(first_values("ru", "723 миллиона звонков"), ["723000000"]);
        // One-letter abbreviations are names or units, not magnitudes.
        assert_eq!(first_values("en", "4K video"), ["4"]);
    }

    #[test]
    fn magnitude_words_in_any_case_only_where_one_starts() {
        let read = |locale: &str, text: &str| {
            scan(text, &conventions(locale), Strictness::Strict)
                .into_iter()
                .map(|n| (n.values[0].clone(), n.magnitude))
                .collect::<Vec<_>>()
        };
        // Upper case and inflected words pass the first-letter check.
        assert_eq!(
            read("de", "723 MILLIONEN Anrufe"),
            [("723000000".to_string(), Some(6))]
        );
        assert_eq!(
            read("tr", "5 milyondan fazla"),
            [("5000000".to_string(), Some(6))]
        );
        assert_eq!(read("ja", "2300万件"), [("23000000".to_string(), Some(4))]);
        // A word no magnitude word starts with, or a character between, is no magnitude.
        for text in [
            "5 users",
            "5 months",
            "5) million",
            "5 (million)",
            "5-million",
        ] {
            assert_eq!(read("en", text), [("5".to_string(), None)], "{text}");
        }
    }

    #[test]
    fn spans_are_byte_ranges_in_any_script() {
        let spans = |locale: &str, text: &str| {
            scan(text, &conventions(locale), Strictness::Strict)
                .into_iter()
                .map(|n| text[n.span].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(spans("ar", "نحو ٤١٬٧٠٠ و٢٩٪"), ["٤١٬٧٠٠", "٢٩٪"]);
        assert_eq!(
            spans("fr", "é 41\u{a0}700 millions, « 3e »"),
            ["41\u{a0}700 millions", "3e"]
        );
        // A date is read part by part.
        assert_eq!(spans("hi", "तारीख़ २२.०७.२०२४"), ["२२", "०७", "२०२४"]);
        assert_eq!(spans("ru", "Ещё 5\u{a0}млн"), ["5\u{a0}млн"]);
    }

    #[test]
    fn ambiguous_separators_are_read_both_ways_in_translations() {
        assert_eq!(
            values("de", "1,000 Nutzer", Strictness::Lenient),
            [vec!["1".to_string(), "1000".to_string()]]
        );
        assert_eq!(
            values("en", "1,000 users", Strictness::Strict),
            [vec!["1000".to_string()]]
        );
        assert_eq!(
            values("de", "1,5 GB", Strictness::Lenient),
            [vec!["1.5".to_string()]]
        );
        assert_eq!(
            values("de", "1.5 GB", Strictness::Lenient),
            [vec!["1.5".to_string()]]
        );
    }

    #[test]
    fn percent_ordinals_identifiers_versions() {
        let n = scan("%50 indirim", &conventions("tr"), Strictness::Strict);
        assert!(n[0].percent);
        let n = scan("29 % des centres", &conventions("fr"), Strictness::Strict);
        assert!(n[0].percent && n[0].values == ["29"]);
        assert_eq!(first_values("en", "the 4th year"), ["4"]);
        assert_eq!(first_values("fr", "la 4e année"), ["4"]);
        assert_eq!(first_values("de", "im 4. Jahr"), ["4"]);
        assert_eq!(first_values("es", "el 4º año"), ["4"]);
        assert!(first_values("en", "MP3, H.264, x86, IPv6").is_empty());
        // After a hyphen, digits are read: both texts usually agree ("COVID-19"), and
        // Indonesian writes ordinals so ("ke-15").
        assert_eq!(first_values("id", "ke-15"), ["15"]);
        assert_eq!(first_values("zh-CN", "第4年，2023年"), ["4", "2023"]);
        assert_eq!(first_values("en", "Firefox 3.6.1"), ["3", "6", "1"]);
        assert_eq!(first_values("de", "am 22.07.2024"), ["22", "7", "2024"]);
        assert_eq!(first_values("en", "64-bit, 24/7, 5GB"), ["64", "24", "5"]);
        let n = scan("24/7 support", &conventions("en"), Strictness::Strict);
        assert!(n[0].optional && n[0].values == ["24", "7"]);
        // A year next to a figure in French is not a grouped number unless three digits follow.
        assert_eq!(first_values("fr", "en 2023 100 banques"), ["2023", "100"]);
    }

    #[test]
    fn han_numerals_are_read() {
        let v: Vec<String> = han_numerals("超过一亿次，十五年，三千，两倍，统一")
            .into_iter()
            .map(|n| n.values[0].clone())
            .collect();
        assert_eq!(v, ["100000000", "15", "3000", "2", "1"]);
        let v: Vec<String> = han_numerals("七億二千三百万件")
            .into_iter()
            .map(|n| n.values[0].clone())
            .collect();
        assert_eq!(v, ["723000000"]);
    }

    #[test]
    fn roman_numerals_are_read() {
        let v: Vec<String> =
            roman_numerals("a. d. XI Kal. Aug. MMXXIV, le XXIe siècle, MIXER, I, IIII, CV.")
                .into_iter()
                .map(|n| n.values[0].clone())
                .collect();
        assert_eq!(v, ["11", "2024", "21", "105"]);
    }

    #[test]
    fn english_number_words() {
        let w = english_words("for the fourth year, five of Twelve");
        let v: Vec<&str> = w.iter().map(|n| n.values[0].as_str()).collect();
        assert_eq!(v, ["4", "5", "12"]);
        assert!(english_words("fivefold someone").is_empty());
    }
}
