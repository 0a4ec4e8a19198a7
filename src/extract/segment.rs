//! Document layout and sentence segmentation.
//!
//! The layout pass classifies lines structurally: a kicker ("berita"), the title, a
//! date-only line, a language menu, "Sumber:"/"Source:" lines, section headings and
//! body paragraphs. Sentences are then split with UAX #29 (ICU4X `icu_segmenter`),
//! corrected where UAX #29 is wrong for report prose:
//!
//! * a line without final punctuation (a headline, a bullet) is its own segment,
//!   unless it is a hard-wrapped line of running text;
//! * CLDR's sentence-break suppressions of the language ("Mio.", "Mrd.", "z. B.",
//!   "Mr.") and German ordinals ("1. Halbjahr") do not end a sentence;
//! * "No. 5", "Mr. Smith", "e.g. The", "hlm. 3", "yi. (yaitu)": no break after an
//!   abbreviation that cannot end a sentence;
//! * "tahun 2023. 31 pusat": UAX #29 rule SB8 keeps a period followed by a
//!   digit-initial sentence ending in lowercase words; we break there;
//! * `akhir."Laporan"`: an opening straight quote glued after a period belongs to the
//!   next sentence;
//! * decimal points and commas ("4.6", "4,79%") never break (UAX #29 SB6 already
//!   holds, the digit rule above skips them);
//! * "dll.", "dsb.", "dst." may end a sentence: they break before an uppercase or
//!   digit-initial sentence and not before lowercase text ("dll. dan").

use std::ops::Range;

use regex::Regex;
use std::sync::OnceLock;

use super::cldr;
use super::locale::is_cjk;

/// A body paragraph: consecutive non-blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub range: Range<usize>,
    /// The nearest section heading line above, if the report has headings.
    pub heading: Option<String>,
}

/// The structure of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub title: Option<Range<usize>>,
    pub date: Option<Range<usize>>,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    Date,
    Menu,
    Source,
    Text,
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| match Regex::new(pattern) {
        Ok(r) => r,
        // The patterns are constants covered by tests; an invalid one is a bug.
        Err(e) => panic!("invalid built-in regex {pattern}: {e}"),
    })
}

fn date_re() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?x)^(?:
            \d{4}-\d{1,2}-\d{1,2}(?:[\sT]\d{1,2}:\d{2}(?::\d{2})?)?
          | \d{4}/\d{1,2}/\d{1,2}
          | \d{1,2}[./-]\d{1,2}[./-]\d{2,4}
          | (?:\p{L}+,?\s+)?(?:le\s+)?\d{1,2}\.?\s+(?:de\s+)?(?P<m1>\p{L}+)\.?,?\s+(?:de\s+)?\d{4}
          | (?:\p{L}+,?\s+)?(?P<m2>\p{L}+)\.?\s+\d{1,2},?\s+\d{4}
        )$",
    )
}

fn source_re() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^(?:sumber|source|sources|quelle|fuente|fonte|источник|bron|źródło|källa|nguồn)\s*[:：]",
    )
}

const ALL_MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "januar",
    "februar",
    "märz",
    "mai",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "maart",
    "augustus",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "agu",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "des",
    "dec",
];

fn is_date_line(line: &str) -> bool {
    let Some(caps) = date_re().captures(line) else {
        return false;
    };
    match caps.name("m1").or_else(|| caps.name("m2")) {
        Some(m) => ALL_MONTHS.contains(&m.as_str().to_lowercase().as_str()),
        None => true,
    }
}

/// Language names as they appear in language menus (endonyms and English names).
const LANGUAGE_NAMES: &[&str] = &[
    "English",
    "Français",
    "Deutsch",
    "Español",
    "español",
    "Italiano",
    "Português",
    "Русский",
    "русский",
    "日本語",
    "한국어",
    "한어",
    "中文",
    "简体中文",
    "繁體中文",
    "Indonesian",
    "Bahasa Indonesia",
    "Nederlands",
    "Polski",
    "Svenska",
    "Türkçe",
    "العربية",
    "हिन्दी",
    "ไทย",
    "Tiếng Việt",
    "Ελληνικά",
    "Suomi",
    "Suomalainen",
    "Latina",
    "Sanskrit",
    "Chinese",
    "French",
    "German",
    "Spanish",
    "Russian",
    "Japanese",
    "Korean",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Han,
    Hangul,
    Arabic,
    Indic,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0600..=0x06FF => Script::Arabic,
        0x0900..=0x0DFF => Script::Indic,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        _ => Script::Other,
    }
}

/// A language menu: names glued together across scripts or camel-case joins
/// ("한어Русский языкEnglishFrançais"), or a line made of language names.
fn is_menu_line(line: &str) -> bool {
    if ends_sentence(line) {
        return false;
    }
    let chars: Vec<char> = line.chars().collect();
    let joins = chars
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            a.is_alphabetic()
                && b.is_alphabetic()
                && (script(a) != script(b) || (a.is_lowercase() && b.is_uppercase()))
        })
        .count();
    let words = line.split_whitespace().count();
    if joins >= 3 && joins >= words {
        return true;
    }
    let mut rest = line.to_string();
    let mut found = 0;
    for name in LANGUAGE_NAMES {
        let n = rest.matches(name).count();
        if n > 0 {
            found += n;
            rest = rest.replace(name, " ");
        }
    }
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    found >= 3 && letters(&rest) * 4 <= letters(line)
}

fn classify(line: &str) -> LineKind {
    let t = line.trim();
    if t.is_empty() {
        LineKind::Blank
    } else if is_date_line(t) {
        LineKind::Date
    } else if source_re().is_match(t) {
        LineKind::Source
    } else if is_menu_line(t) {
        LineKind::Menu
    } else {
        LineKind::Text
    }
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '」', '』'];

/// True when the text ends with sentence or clause punctuation.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(CLOSERS);
    t.ends_with(['.', '!', '?', '。', '！', '？', '…', ':', ';', ','])
}

/// A line that can be a title or heading: no closing punctuation, not too long.
fn heading_like(line: &str) -> bool {
    let t = line.trim();
    !ends_sentence(t) && t.chars().count() <= 200 && t.chars().any(char::is_alphabetic)
}

/// Lays out a report (the text must use `\n` line ends).
pub fn layout(text: &str) -> Layout {
    let mut lines = Vec::new();
    let mut start = 0;
    for part in text.split('\n') {
        lines.push(start..start + part.len());
        start += part.len() + 1;
    }
    let kinds: Vec<LineKind> = lines.iter().map(|r| classify(&text[r.clone()])).collect();
    let trimmed = |r: &Range<usize>| {
        let s = &text[r.clone()];
        let lead = s.len() - s.trim_start().len();
        r.start + lead..r.start + lead + s.trim().len()
    };
    let blank_or_edge = |k: Option<&LineKind>| k.is_none_or(|k| *k != LineKind::Text);
    let mut out = Layout::default();
    let mut heading: Option<String> = None;
    let mut seen_body = false;
    let mut i = 0;
    while i < lines.len() {
        match kinds[i] {
            LineKind::Blank | LineKind::Menu | LineKind::Source => i += 1,
            LineKind::Date => {
                if out.date.is_none() {
                    out.date = Some(trimmed(&lines[i]));
                }
                i += 1;
            }
            LineKind::Text => {
                let line = &text[lines[i].clone()];
                let standalone = blank_or_edge(i.checked_sub(1).and_then(|p| kinds.get(p)))
                    && blank_or_edge(kinds.get(i + 1));
                let has_digit = line.chars().any(|c| c.is_ascii_digit());
                if standalone && heading_like(line) && !seen_body && out.title.is_none() {
                    let next_text = (i + 1..lines.len()).find(|&k| kinds[k] == LineKind::Text);
                    let next_is_heading = next_text.is_some_and(|k| {
                        heading_like(&text[lines[k].clone()])
                            && blank_or_edge(kinds.get(k + 1))
                            && blank_or_edge(k.checked_sub(1).and_then(|p| kinds.get(p)))
                    });
                    if line.split_whitespace().count() > 2 || !next_is_heading {
                        out.title = Some(trimmed(&lines[i]));
                    }
                    i += 1;
                    continue;
                }
                if standalone
                    && heading_like(line)
                    && !has_digit
                    && line.split_whitespace().count() <= 10
                {
                    heading = Some(line.trim().to_string());
                    i += 1;
                    continue;
                }
                let first = i;
                while i < lines.len() && kinds[i] == LineKind::Text {
                    i += 1;
                }
                let range = trimmed(&(lines[first].start..lines[i - 1].end));
                out.paragraphs.push(Paragraph {
                    range,
                    heading: heading.clone(),
                });
                seen_body = true;
            }
        }
    }
    out
}

/// Abbreviations after which a sentence never ends ("No. 5", "Mr. Lee").
const NEVER_FINAL: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "No.", "Nos.", "no.", "Nr.", "nr.",
    "vs.", "cf.", "e.g.", "i.e.", "Fig.", "fig.", "Vol.", "vol.", "pp.", "approx.", "ca.", "Bpk.",
    "Bp.", "Sdr.", "Sdri.", "Yth.", "yth.", "Jl.", "Jln.", "hlm.", "Hlm.", "yi.", "a.l.", "u.p.",
    "Rp.", "spt.", "dgn.", "yg.", "utk.", "tgl.", "z.B.", "d.h.", "bzw.", "ggf.",
];

fn last_token(s: &str) -> &str {
    let t = s.trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    t[start..].trim_start_matches(['(', '[', '"', '\'', '“', '‘'])
}

fn never_final(token: &str) -> bool {
    if NEVER_FINAL.contains(&token) {
        return true;
    }
    // A single capital initial: "Joko S. Widodo".
    let mut chars = token.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A line that starts a list item: "- ", "• ", "1) ", "・".
fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some('•' | '·' | '・' | '▪' | '■' | '●' | '○' | '◆' | '◇' | '→' | '►' | '※') => {
            true
        }
        Some('-' | '*' | '–' | '—') => chars.next().is_some_and(char::is_whitespace),
        Some(c) if c.is_ascii_digit() => {
            let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(") ") || rest.starts_with("）")
        }
        _ => false,
    }
}

/// Byte offsets in `par` after which a line ends its own segment: a headline or a
/// bullet without final punctuation is not glued to the next line. A hard-wrapped
/// line (as long as the paragraph's longest, or followed by a lowercase word or a
/// digit) still runs on.
fn line_breaks(par: &str) -> Vec<usize> {
    let lines: Vec<(usize, &str)> = {
        let mut out = Vec::new();
        let mut start = 0;
        for l in par.split('\n') {
            out.push((start, l));
            start += l.len() + 1;
        }
        out
    };
    let longest = lines
        .iter()
        .map(|(_, l)| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut cuts = Vec::new();
    for w in lines.windows(2) {
        let ((start, line), (_, next)) = (w[0], w[1]);
        let (line_t, next_t) = (line.trim(), next.trim());
        if line_t.is_empty() || ends_sentence(line_t) && !is_bullet(next_t) {
            continue;
        }
        let first = next_t.chars().next();
        let bullets = is_bullet(line_t) || is_bullet(next_t);
        let starts_new =
            first.is_some_and(|c| c.is_uppercase() || is_cjk(c) || "\"“「『《【[(".contains(c));
        let short = line_t.chars().count() * 5 < longest * 4;
        if bullets || (starts_new && short) {
            cuts.push(start + line.len());
        }
    }
    cuts
}

/// Splits a paragraph into sentences (byte ranges into `par`, trimmed), reading its
/// language's conventions (`lang`: CLDR suppressions, German ordinals).
pub fn sentences(par: &str, lang: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for cut in line_breaks(par).into_iter().chain([par.len()]) {
        for r in sentences_in(&par[from..cut], lang) {
            out.push(from + r.start..from + r.end);
        }
        from = (cut + 1).min(par.len());
    }
    out
}

/// True when `text` ends with one of CLDR's sentence-break suppressions for `lang`
/// ("Mio.", "z. B.") or one of [`NEVER_FINAL`], starting at a word boundary.
fn suppressed(text: &str, lang: &str) -> bool {
    let t = text.trim_end();
    if never_final(last_token(t)) {
        return true;
    }
    cldr::suppressions(lang).iter().any(|abbr| {
        t.ends_with(abbr)
            && t[..t.len() - abbr.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || "([\"'“‘".contains(c))
    })
}

/// "1. Halbjahr", "30. Juni": a German ordinal ends no sentence.
fn german_ordinal(text: &str, lang: &str) -> bool {
    if lang != "de" {
        return false;
    }
    let t = text.trim_end();
    let Some(head) = t.strip_suffix('.') else {
        return false;
    };
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&digits)
        && head[..head.len() - digits]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
}

fn sentences_in(par: &str, lang: &str) -> Vec<Range<usize>> {
    use icu_segmenter::SentenceSegmenter;
    let flat: String = par
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let bounds: Vec<usize> = SentenceSegmenter::new(Default::default())
        .segment_str(&flat)
        .collect();
    let mut pieces: Vec<Range<usize>> = bounds.windows(2).map(|w| w[0]..w[1]).collect();
    // Merge after abbreviations that never end a sentence, and after German ordinals
    // followed by a word.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    for piece in pieces.drain(..) {
        match merged.last_mut() {
            Some(last)
                if suppressed(&flat[last.clone()], lang)
                    || (german_ordinal(&flat[last.clone()], lang)
                        && flat[piece.clone()].starts_with(char::is_alphabetic)) =>
            {
                last.end = piece.end
            }
            _ => merged.push(piece),
        }
    }
    // Break before a digit-initial sentence (UAX #29 SB8 keeps them together).
    let mut split = Vec::with_capacity(merged.len());
    for piece in merged {
        let mut from = piece.start;
        for cut in digit_breaks(&flat, piece.clone()) {
            split.push(from..cut);
            from = cut;
        }
        split.push(from..piece.end);
    }
    // A footnote marker after the final stop ("发展。[1]", "pm.[1]") belongs to the
    // sentence it annotates; UAX #29 keeps its "[" there and starts a sentence at "1]".
    let mut k = 1;
    while k < split.len() {
        let piece = flat[split[k].clone()].trim();
        let marker = piece.strip_suffix(']').is_some_and(|d| {
            !d.is_empty() && d.len() <= 3 && d.chars().all(|c| c.is_ascii_digit())
        });
        if marker && flat[split[k - 1].clone()].trim_end().ends_with('[') {
            split[k - 1].end = split[k].end;
            split.remove(k);
        } else {
            k += 1;
        }
    }
    // An opening straight quote glued after a period starts the next sentence.
    for k in 1..split.len() {
        let prev = &flat[split[k - 1].clone()];
        if prev.ends_with('"') && prev.matches('"').count() % 2 == 1 {
            split[k - 1].end -= 1;
            split[k].start -= 1;
        }
    }
    split
        .into_iter()
        .filter_map(|r| {
            let s = &flat[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            (!t.is_empty()).then(|| r.start + lead..r.start + lead + t.len())
        })
        .collect()
}

/// Offsets where a new digit-initial sentence starts inside `range`:
/// `. ` + digits, unless the period ends an abbreviation or an ellipsis.
fn digit_breaks(flat: &str, range: Range<usize>) -> Vec<usize> {
    let s = &flat[range.clone()];
    let mut cuts = Vec::new();
    for (p, _) in s.match_indices('.') {
        let after = &s[p + 1..];
        let ws = after.len() - after.trim_start().len();
        if ws == 0 {
            continue;
        }
        let next = after[ws..].trim_start_matches(['(', '[', '"', '“', '‘', '\'', '-', '+', '−']);
        if !next.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if s[..p].ends_with('.') || never_final(last_token(&s[..=p])) {
            continue;
        }
        if last_token(&s[..=p]).chars().count() <= 2 {
            // "a. 5", "b. 3": list markers.
            continue;
        }
        cuts.push(range.start + p + 1 + ws);
    }
    cuts
}

/// Splits a sentence at top-level semicolons (outside brackets and quotes).
/// Returns the clause ranges, trimmed and without the semicolons.
pub fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    let mut in_quote = false;
    let mut from = 0;
    for (i, c) in sentence.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = (depth - 1).max(0),
            '"' => in_quote = !in_quote,
            '“' => in_quote = true,
            '”' => in_quote = false,
            ';' | '；' if depth == 0 && !in_quote => {
                out.push(from..i);
                from = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(from..sentence.len());
    out.into_iter()
        .filter_map(|r| {
            let s = &sentence[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            (!t.is_empty()).then(|| r.start + lead..r.start + lead + t.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(par: &str) -> Vec<&str> {
        sentences(par, "id").into_iter().map(|r| &par[r]).collect()
    }

    #[test]
    fn decimals_do_not_break() {
        assert_eq!(
            split("Naik 4.6% dan 4,79% tahun ini. Lalu turun 3,2%."),
            ["Naik 4.6% dan 4,79% tahun ini.", "Lalu turun 3,2%."]
        );
    }

    #[test]
    fn digit_initial_sentences_break() {
        assert_eq!(
            split("Layanan video. 43% menyediakan layanan email. Pada akhir tahun 2023. 31 pusat diubah."),
            [
                "Layanan video.",
                "43% menyediakan layanan email.",
                "Pada akhir tahun 2023.",
                "31 pusat diubah."
            ]
        );
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            split("Lihat No. 5 pada hlm. 3 dan Mr. Lee berkata. Sumber lain, e.g. The Report, setuju."),
            ["Lihat No. 5 pada hlm. 3 dan Mr. Lee berkata.", "Sumber lain, e.g. The Report, setuju."]
        );
        assert_eq!(
            split("Data, dasbor, dll. dan korpus. Pencarian, dsb. Pada tahun 2023 naik, dst. 43% baru."),
            ["Data, dasbor, dll. dan korpus.", "Pencarian, dsb.", "Pada tahun 2023 naik, dst.", "43% baru."]
        );
        assert_eq!(
            split("Ada dua hal, yi. Biaya dan waktu. Joko S. Widodo setuju."),
            [
                "Ada dua hal, yi. Biaya dan waktu.",
                "Joko S. Widodo setuju."
            ]
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            split("Dia berkata, \"Harga naik 5%.\" Kemudian turun. \"Laporan\" itu terbit."),
            [
                "Dia berkata, \"Harga naik 5%.\"",
                "Kemudian turun.",
                "\"Laporan\" itu terbit."
            ]
        );
        assert_eq!(
            split("Itu akhir.\"Laporan\" tersebut menyatakan."),
            ["Itu akhir.", "\"Laporan\" tersebut menyatakan."]
        );
        // A machine-translation period before lowercase text does not end the sentence.
        assert_eq!(split("di dalam negeri. operasi pengetahuan.").len(), 1);
    }

    fn split_in(par: &str, lang: &str) -> Vec<String> {
        sentences(par, lang)
            .into_iter()
            .map(|r| par[r].to_string())
            .collect()
    }

    #[test]
    fn cldr_suppressions_and_german_ordinals() {
        assert_eq!(
            split_in(
                "Der Gewinn lag bei 3,1 Mrd. Euro. Im 1. Halbjahr stieg er um 2 Mio. Euro.",
                "de"
            ),
            [
                "Der Gewinn lag bei 3,1 Mrd. Euro.",
                "Im 1. Halbjahr stieg er um 2 Mio. Euro."
            ]
        );
        assert_eq!(
            split_in("Am 30. Juni, d. h. zum Stichtag. Danach nicht.", "de"),
            ["Am 30. Juni, d. h. zum Stichtag.", "Danach nicht."]
        );
        // English has no German ordinals: "1." followed by a capital ends a sentence.
        assert_eq!(
            split_in("It was No. 1. Then it fell.", "en"),
            ["It was No. 1.", "Then it fell."]
        );
    }

    #[test]
    fn headlines_and_bullets_are_their_own_segments() {
        let par =
            "Bank profits rise\nThe bank said profits rose 5%.\n- deposits up 3%\n- loans up 2%";
        assert_eq!(
            split_in(par, "en"),
            [
                "Bank profits rise",
                "The bank said profits rose 5%.",
                "- deposits up 3%",
                "- loans up 2%"
            ]
        );
        // Hard-wrapped running text is not cut at its line ends.
        let wrapped = "The association said that the number of centres\nRenamed as remote banks rose to 31 in 2023.";
        assert_eq!(split_in(wrapped, "en").len(), 1);
        assert_eq!(
            split_in(
                "银行业客服中心发展报告\n报告显示，客服人员达4.17万人。",
                "zh"
            ),
            ["银行业客服中心发展报告", "报告显示，客服人员达4.17万人。"]
        );
    }

    #[test]
    fn footnote_markers_stay_with_their_sentence() {
        assert_eq!(
            split_in("视频客服快速发展。[1]", "zh"),
            ["视频客服快速发展。[1]"]
        );
    }

    #[test]
    fn other_scripts() {
        assert_eq!(split("增长了5%。下降了3%。"), ["增长了5%。", "下降了3%。"]);
        assert_eq!(
            split("Ist das so? Ja! Gut."),
            ["Ist das so?", "Ja!", "Gut."]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs() {
        let par = "Pusat layanan naik\n5%. Lalu turun.";
        assert_eq!(split(par), ["Pusat layanan naik\n5%.", "Lalu turun."]);
    }

    #[test]
    fn semicolon_clauses() {
        let s = "a 1%; b (x; y) 2%; \"c; d\" 3%.";
        let parts: Vec<_> = clauses(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(parts, ["a 1%", "b (x; y) 2%", "\"c; d\" 3%."]);
    }

    #[test]
    fn structural_lines() {
        assert!(is_date_line("2024-07-22"));
        assert!(is_date_line("22 Juli 2024"));
        assert!(is_date_line("July 22, 2024"));
        assert!(is_date_line("Madrid, 30 de julio de 2024"));
        assert!(is_date_line("Paris, le 12 mars 2024"));
        assert!(!is_date_line("22 orang 2024"));
        assert!(is_menu_line(
            "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語Deutsch"
        ));
        assert!(is_menu_line("English | Français | Deutsch | Español"));
        assert!(!is_menu_line(
            "WeChat, YouTube dan iPhone naik 5% tahun ini di pasar global"
        ));
        assert_eq!(classify("Sumber: Jaringan Global"), LineKind::Source);
        assert_eq!(classify("Source : Reuters"), LineKind::Source);
    }

    #[test]
    fn layout_of_a_news_page() {
        let text =
            "berita\n\nJudul laporan besar\n\n2024-07-22\n\nEnglishFrançaisDeutsch日本語\n\n\
                    Sumber: Jaringan Global\n\nParagraf satu naik 5%.\n\nData\n\nParagraf dua.\n";
        let l = layout(text);
        assert_eq!(l.title.map(|r| &text[r]), Some("Judul laporan besar"));
        assert_eq!(l.date.map(|r| &text[r]), Some("2024-07-22"));
        let pars: Vec<_> = l
            .paragraphs
            .iter()
            .map(|p| (&text[p.range.clone()], p.heading.as_deref()))
            .collect();
        assert_eq!(
            pars,
            [
                ("Paragraf satu naik 5%.", None),
                ("Paragraf dua.", Some("Data"))
            ]
        );
    }

    #[test]
    fn short_title_without_kicker() {
        let text = "Laporan Tahunan\n\nIsi laporan naik 5%.";
        let l = layout(text);
        assert_eq!(l.title.map(|r| &text[r]), Some("Laporan Tahunan"));
        assert_eq!(l.paragraphs.len(), 1);
    }
}
