//! The command line: clap definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "glossator",
    version,
    about = "Keeps multilingual Fluent localizations correct"
)]
pub struct Cli {
    /// When to color output (NO_COLOR is respected in `auto`).
    #[arg(long, value_enum, default_value = "auto", global = true)]
    pub color: ColorArg,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check every locale against the reference (the default job).
    Check(CheckArgs),
    /// Write a glossator.toml for the project in the current folder (never overwrites one).
    Init(InitArgs),
    /// Apply safe fixes (forbidden terms, BOM; obsolete and missing messages on request).
    Fix(FixArgs),
    /// Extract a report's key statements into a Fluent file and a figures file.
    Extract(ExtractArgs),
    /// Render the report's summary per locale (Markdown, HTML or text), numbers and dates
    /// by CLDR (ICU4X).
    Render(RenderArgs),
    /// Convert glossaries: export to TBX/CSV, import into canonical TOML.
    #[command(subcommand)]
    Glossary(GlossaryCommand),
    /// Serve the checks to an editor: a Language Server Protocol server over stdio.
    Lsp {
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// List the rules, or print one rule's documentation.
    Rules {
        /// A rule name, e.g. `unknown-variable`.
        name: Option<String>,
    },
}

#[derive(Args, Debug, Clone, Default)]
pub struct ProjectArgs {
    /// glossator.toml to use (default: found in the current directory or its parents).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// A compare-locales project file (l10n.toml); repeatable.
    #[arg(long = "l10n-toml", value_name = "FILE")]
    pub l10n_toml: Vec<PathBuf>,
    /// Directory of the localizations for `{l10n_base}` (default: the l10n.toml's basepath).
    #[arg(long = "l10n-base", value_name = "DIR")]
    pub l10n_base: Option<PathBuf>,
    /// An extra glossary for this run (TOML, TBX or CSV); repeatable.
    #[arg(long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Limit the run to this locale; repeatable (tags compare case-insensitively).
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// The reference locale of a detected layout or an l10n.toml (default: en-US, else en).
    #[arg(long, value_name = "LOCALE")]
    pub reference: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct InitArgs {
    /// The reference locale (default: en-US, else en).
    #[arg(long, value_name = "LOCALE")]
    pub reference: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    /// What to check: the project folder, a locale folder, .ftl files (default: the
    /// project found from the current folder). Or compare-locales' order:
    /// `l10n.toml... [BASE_DIR [LOCALE...]]`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Only these rules; repeatable or comma-separated.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Not these rules; repeatable or comma-separated.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,
    /// Human format: leave out the per-locale table.
    #[arg(long)]
    pub no_summary: bool,
    /// Ignore the findings recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings as a baseline (and exit 0).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Args, Debug, Clone)]
pub struct FixArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Show what would change; write nothing; exit 1 while fixes are pending.
    #[arg(long)]
    pub dry_run: bool,
    /// Print a unified diff of every change to stdout; write nothing; exit 1 while fixes
    /// are pending.
    #[arg(long)]
    pub diff: bool,
    /// Only fixes of this rule; repeatable.
    #[arg(long = "rule", value_name = "RULE")]
    pub rules: Vec<String>,
    /// Delete obsolete messages (with their comments).
    #[arg(long)]
    pub remove_obsolete: bool,
    /// Copy missing messages (and files) from the reference, marked for translation.
    #[arg(long)]
    pub add_missing: bool,
}

#[derive(Args, Debug, Clone)]
pub struct RenderArgs {
    /// glossator.toml to use (default: found in the current directory or its parents).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Render this locale; repeatable (default: every project locale).
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Page format, or `json`: every message of every locale as one JSON object,
    /// {"locale": {"message-id": "text"}}, for pages that assemble themselves.
    #[arg(long, value_parser = ["md", "html", "txt", "json"], default_value = "md")]
    pub format: String,
    /// Write one file per locale here (HTML adds index.html; JSON writes messages.json);
    /// default: standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Exit 0 even when messages fell back to another locale or failed to format.
    #[arg(long)]
    pub allow_fallback: bool,
    /// Wrap placeables in Unicode bidi isolation marks.
    #[arg(long)]
    pub isolating: bool,
}

#[derive(Subcommand, Debug)]
pub enum GlossaryCommand {
    /// Write the project's glossaries (or --glossary files) as TBX, CSV, TSV or TOML.
    Export {
        #[command(flatten)]
        project: ProjectArgs,
        #[arg(long, value_parser = ["tbx", "csv", "tsv", "toml"], default_value = "tbx")]
        format: String,
        /// Output file (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Read a TBX (v2 or v3), CSV/TSV or TOML glossary and write canonical TOML.
    Import {
        /// The file to read (format chosen by content, then extension).
        file: PathBuf,
        /// Output TOML file (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Source locale of a bilingual CSV (Weblate).
        #[arg(long)]
        source_locale: Option<String>,
        /// Target locale of a bilingual CSV (Weblate).
        #[arg(long)]
        target_locale: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct ExtractArgs {
    /// The report (plain text); default: `[extract] report` of glossator.toml.
    pub report: Option<PathBuf>,
    /// The report's locale (how its numbers are written); default: `[extract] locale`.
    #[arg(long)]
    pub locale: Option<String>,
    /// The Fluent file to write or merge into; default: `[extract] out`.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The TOML figures file; default: `[extract] figures`.
    #[arg(long, value_name = "FILE")]
    pub figures: Option<PathBuf>,
    /// Keep every sentence as a message, not only the key statements.
    #[arg(long)]
    pub all: bool,
    /// glossator.toml with the defaults (default: found in the current directory or its parents).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML (GitLab, Jenkins).
    Junit,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}
