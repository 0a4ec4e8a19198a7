//! Helpers shared by the readers and writers: input decoding and limits, positions,
//! locale codes and the textual forms of statuses, policies and flags.

use super::error::FormatError;
use super::model::{MatchPolicy, Status};
use std::borrow::Cow;

/// The largest input the readers accept: 64 MiB.
///
/// Real glossaries are far smaller (banking.toml is under 1 MiB, Mozilla's TBX files
/// about 100 KiB); the bound keeps a hostile or mistaken input from exhausting memory.
pub const MAX_INPUT: usize = 64 * 1024 * 1024;

/// Checks the size limit and decodes the input to text.
///
/// A UTF-8 byte order mark is dropped; UTF-16 (LE or BE) with a byte order mark is
/// decoded; anything else must be UTF-8. Positions in later errors are relative to
/// the decoded text (the BOM is not counted).
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, FormatError> {
    if bytes.len() > MAX_INPUT {
        return Err(FormatError::TooLarge {
            size: bytes.len(),
            max: MAX_INPUT,
        });
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map(Cow::Borrowed);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes).map(Cow::Owned);
    }
    utf8(bytes).map(Cow::Borrowed)
}

fn utf8(bytes: &[u8]) -> Result<&str, FormatError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = line_col(prefix, prefix.len());
        FormatError::Malformed {
            line,
            column,
            message: "invalid UTF-8 (the file must be UTF-8, or UTF-16 with a byte order mark)"
                .to_string(),
        }
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, FormatError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    for ch in char::decode_utf16(units) {
        match ch {
            Err(_) => {
                let (line, column) = line_col(&out, out.len());
                return Err(FormatError::Malformed {
                    line,
                    column,
                    message: "invalid UTF-16".to_string(),
                });
            }
            Ok(c) => out.push(c),
        }
    }
    if bytes.len() % 2 == 1 {
        let (line, column) = line_col(&out, out.len());
        return Err(FormatError::Malformed {
            line,
            column,
            message: "invalid UTF-16 (odd number of bytes)".to_string(),
        });
    }
    Ok(out)
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// A [`FormatError::Malformed`] at a byte offset of `text`.
pub fn malformed_at(text: &str, offset: usize, message: impl Into<String>) -> FormatError {
    let (line, column) = line_col(text, offset);
    FormatError::Malformed {
        line,
        column,
        message: message.into(),
    }
}

/// Normalizes a locale code to BCP 47 casing: `pt_br` -> `pt-BR`, `EN-us` -> `en-US`,
/// `zh-hant-tw` -> `zh-Hant-TW`, `sr-latn` -> `sr-Latn`. Subtags after a singleton
/// (`x-...`, `u-...`) are lowercased. Surrounding whitespace is removed.
pub fn normalize_locale(code: &str) -> String {
    let code = code.trim();
    let mut out = String::with_capacity(code.len());
    let mut after_singleton = false;
    for (i, sub) in code.split(['-', '_']).enumerate() {
        if i > 0 {
            out.push('-');
        }
        let lower = sub.to_ascii_lowercase();
        if i == 0 || after_singleton {
            out.push_str(&lower);
        } else if sub.len() == 1 {
            after_singleton = true;
            out.push_str(&lower);
        } else if sub.len() == 2 && sub.chars().all(|c| c.is_ascii_alphabetic()) {
            out.push_str(&sub.to_ascii_uppercase());
        } else if sub.len() == 4 && sub.chars().all(|c| c.is_ascii_alphabetic()) {
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(chars);
            }
        } else {
            out.push_str(&lower);
        }
    }
    out
}

/// Whether `s` looks like a locale code (`en`, `pt-BR`, `zh_Hans`, `es-419`, `fil`).
pub fn is_locale_like(s: &str) -> bool {
    let mut parts = s.split(['-', '_']);
    let Some(lang) = parts.next() else {
        return false;
    };
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Reads a status in any of the spellings met in TBX and CSV exports:
/// `preferredTerm-admn-sts`, `admitted`, `deprecated`, `supersededTerm`,
/// `not recommended`, `obsolete`, `forbidden`, ... (case-insensitive).
/// `None` for an unknown value.
pub fn parse_status(value: &str) -> Option<Status> {
    let mut key: String = value
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(k) = key.strip_suffix("admnsts") {
        key = k.to_string();
    }
    if let Some(k) = key.strip_suffix("term") {
        if !k.is_empty() {
            key = k.to_string();
        }
    }
    match key.as_str() {
        "preferred" | "standardized" | "standardised" | "normative" | "approved" | "legal"
        | "regulated" | "main" => Some(Status::Preferred),
        "admitted" | "allowed" | "acceptable" | "permitted" | "variant" => Some(Status::Admitted),
        "deprecated" | "superseded" | "forbidden" | "obsolete" | "notrecommended" | "rejected"
        | "prohibited" | "donotuse" | "avoid" => Some(Status::Forbidden),
        _ => None,
    }
}

/// The status as glossator writes it in CSV (`preferred`, `admitted`, `forbidden`).
pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::Preferred => "preferred",
        Status::Admitted => "admitted",
        Status::Forbidden => "forbidden",
    }
}

/// The TBX `administrativeStatus` value of a status.
pub fn status_tbx(s: Status) -> &'static str {
    match s {
        Status::Preferred => "preferredTerm-admn-sts",
        Status::Admitted => "admittedTerm-admn-sts",
        Status::Forbidden => "deprecatedTerm-admn-sts",
    }
}

/// Reads a match policy name (case-insensitive, surrounding whitespace ignored).
pub fn parse_policy(value: &str) -> Option<MatchPolicy> {
    match value.trim().to_ascii_lowercase().as_str() {
        "exact" => Some(MatchPolicy::Exact),
        "prefix" => Some(MatchPolicy::Prefix),
        "inflect" => Some(MatchPolicy::Inflect),
        "stem" => Some(MatchPolicy::Stem),
        "pattern" => Some(MatchPolicy::Pattern),
        "substring" => Some(MatchPolicy::Substring),
        _ => None,
    }
}

/// The name of a match policy, as in the TOML file.
pub fn policy_name(p: MatchPolicy) -> &'static str {
    match p {
        MatchPolicy::Exact => "exact",
        MatchPolicy::Prefix => "prefix",
        MatchPolicy::Inflect => "inflect",
        MatchPolicy::Stem => "stem",
        MatchPolicy::Pattern => "pattern",
        MatchPolicy::Substring => "substring",
    }
}

/// Reads a flag: `true/false`, `yes/no`, `y/n`, `1/0`, `x` (case-insensitive);
/// an empty value is `false`. `None` for anything else.
pub fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "x" => Some(true),
        "false" | "no" | "n" | "0" | "" => Some(false),
        _ => None,
    }
}

/// Normalizes a part-of-speech value from a CSV export to TBX's picklist spelling
/// where it differs only in spacing or case (`Proper Noun` -> `properNoun`); other
/// values are kept as written.
pub fn normalize_pos(value: &str) -> String {
    let key: String = value
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    match key.as_str() {
        "noun" | "verb" | "adjective" | "adverb" | "phrase" | "other" => key,
        "propernoun" => "properNoun".to_string(),
        _ => value.trim().to_string(),
    }
}
