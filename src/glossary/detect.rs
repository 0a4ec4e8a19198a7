//! Choosing the reader for a glossary file: by content first (`<martif` is TBX v2,
//! `<tbx` is TBX v3), then by extension (`.csv` comma, `.tsv` tab), then by sniffing
//! the CSV delimiter. TOML glossaries are read elsewhere and are refused here.

use super::csv::{read_csv, sniff_delimiter};
use super::error::FormatError;
use super::input;
use super::model::Glossary;
use super::tbx::{read_tbx_v2, read_tbx_v3};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::path::Path;

/// A glossary file format these readers handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TBX v2, root `<martif>`.
    TbxV2,
    /// TBX v3, root `<tbx>`.
    TbxV3,
    /// CSV or TSV with this delimiter.
    Csv(u8),
}

/// What the caller knows that a file may not say: the locales of a bilingual CSV
/// (Weblate's `source,target` export names none) and a delimiter to force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    pub source_locale: Option<String>,
    pub target_locale: Option<String>,
    pub delimiter: Option<u8>,
}

/// Reads a glossary file of any supported format. `path` is used only for its
/// extension; `bytes` is the file's content. Bilingual CSVs need
/// [`read_any_with`] and the locales.
pub fn read_any(path: &Path, bytes: &[u8]) -> Result<Glossary, FormatError> {
    read_any_with(path, bytes, &ReadOptions::default())
}

/// [`read_any`] with the caller's locales and delimiter.
pub fn read_any_with(
    path: &Path,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<Glossary, FormatError> {
    match detect_format(path, bytes, options.delimiter)? {
        Format::TbxV2 => read_tbx_v2(bytes),
        Format::TbxV3 => read_tbx_v3(bytes),
        Format::Csv(d) => read_csv(
            bytes,
            Some(d),
            options.source_locale.as_deref(),
            options.target_locale.as_deref(),
        ),
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Tells the format of a glossary file without reading it fully.
pub fn detect_format(
    path: &Path,
    bytes: &[u8],
    delimiter: Option<u8>,
) -> Result<Format, FormatError> {
    let ext = extension(path);
    if ext == "toml" {
        return Err(FormatError::Unsupported(
            "a TOML glossary is read by glossator's TOML loader, not by the exchange-format readers"
                .to_string(),
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") || matches!(ext.as_str(), "xlsx" | "xls" | "ods") {
        return Err(FormatError::Unsupported(
            "spreadsheet files are not read; export the sheet as CSV or TSV".to_string(),
        ));
    }
    let text = input::decode(bytes)?;
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if body.starts_with('<') {
        return xml_format(&text);
    }
    if matches!(ext.as_str(), "tbx" | "xml") {
        return Err(input::malformed_at(
            &text,
            text.len() - body.len(),
            "expected TBX (XML starting with '<')",
        ));
    }
    if looks_like_toml(body) {
        return Err(FormatError::Unsupported(
            "this looks like a TOML glossary, which glossator's TOML loader reads".to_string(),
        ));
    }
    let d = delimiter.unwrap_or_else(|| match ext.as_str() {
        "tsv" | "tab" => b'\t',
        // A .csv written by a spreadsheet in a comma-decimal locale uses semicolons.
        "csv" => match sniff_delimiter(&text) {
            b';' if !first_line(&text).contains(',') => b';',
            _ => b',',
        },
        _ => sniff_delimiter(&text),
    });
    Ok(Format::Csv(d))
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// A first meaningful line that is a TOML table header (`[glossary]`, `[[concept]]`).
fn looks_like_toml(body: &str) -> bool {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    line.starts_with('[')
        && line.ends_with(']')
        && line[1..line.len() - 1]
            .trim_matches(['[', ']'])
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | ' '))
}

/// The TBX version from the name of the root element. Only the prolog is read; the
/// DOCTYPE is skipped here (the reader refuses one that declares entities).
fn xml_format(text: &str) -> Result<Format, FormatError> {
    let mut reader = Reader::from_str(text);
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = usize::try_from(reader.error_position()).unwrap_or(usize::MAX);
            input::malformed_at(text, at, format!("malformed XML: {e}"))
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().as_ref().to_string();
                return match name.as_str() {
                    "martif" => Ok(Format::TbxV2),
                    "tbx" => Ok(Format::TbxV3),
                    _ => Err(FormatError::Unsupported(format!(
                        "XML with root element <{name}> is not TBX (expected <martif> or <tbx>)"
                    ))),
                };
            }
            Event::Eof => {
                return Err(input::malformed_at(text, text.len(), "no root element"));
            }
            _ => {}
        }
    }
}
