//! glossator's binary: parse arguments, run the library, print, exit with the right code.
//! Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or I/O failure.

mod cli;

use clap::Parser;
use cli::{Cli, ColorArg, Command, OutputFormat};
use glossator::check::Outcome;
use glossator::project::{self, Selection};
use glossator::report::paths::PathBase;
use glossator::report::{self, human, json};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.color {
        ColorArg::Always => anstream::ColorChoice::Always.write_global(),
        ColorArg::Never => anstream::ColorChoice::Never.write_global(),
        ColorArg::Auto => {}
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let mut err = anstream::stderr();
            let _ = writeln!(err, "glossator: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> glossator::Result<ExitCode> {
    let mut out = anstream::stdout();
    match cli.command {
        Command::Rules { name: None } => {
            let rules = glossator::rules::all();
            let w = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in rules {
                let _ = writeln!(
                    out,
                    "{:<w$}  {:<7}  {}",
                    r.name,
                    r.default_label(),
                    r.summary()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { name: Some(name) } => match glossator::rules::find(&name) {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "# {} ({}, default {})\n",
                    r.name,
                    r.family,
                    r.default_label()
                );
                let _ = write!(out, "{}", r.doc());
                Ok(ExitCode::SUCCESS)
            }
            None => Err(glossator::Error::Usage(format!(
                "unknown rule `{name}` (see `glossator rules`)"
            ))),
        },
        Command::Extract(args) => extract(args),
        Command::Fix(args) => fix(args),
        Command::Glossary(cmd) => glossary(cmd),
        Command::Render(args) => render(args),
        Command::Init(args) => {
            let written =
                project::init::write(std::path::Path::new(""), args.reference.as_deref())?;
            let _ = writeln!(out, "wrote {}: {}", written.path.display(), written.summary);
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => check(args),
        Command::Lsp { project } => {
            let selection = selection(project);
            glossator::lsp::run(glossator::lsp::Options { selection })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `glossator check`: find the project, check it, apply or write a baseline, print.
fn check(args: cli::CheckArgs) -> glossator::Result<ExitCode> {
    let sel = Selection {
        args: args.paths.clone(),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        ..selection(args.project.clone())
    };
    let (project, notes) = project::open(&sel)?;
    let mut err = anstream::stderr();
    for note in notes {
        let _ = writeln!(err, "glossator: {note}");
    }
    let keep = args.format == OutputFormat::Human
        || args.baseline.is_some()
        || args.write_baseline.is_some();
    let mut outcome = glossator::check::check_project(&project, keep)?;
    if let Some(path) = &args.write_baseline {
        let b = glossator::baseline::of(&outcome);
        glossator::baseline::write(path, &b)?;
        let _ = writeln!(
            err,
            "glossator: wrote {} finding(s) to {}",
            b.entries.len(),
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(path) = &args.baseline {
        let b = glossator::baseline::read(path)?;
        let n = glossator::baseline::apply(&mut outcome, &b);
        if args.format == OutputFormat::Human {
            let _ = writeln!(
                err,
                "glossator: {n} finding(s) hidden by the baseline {}",
                path.display()
            );
        }
    }
    print_report(&args, &project, &outcome);
    let code = if outcome.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing thousands of parsed files would only cost time.
    std::mem::forget(outcome);
    std::mem::forget(project);
    Ok(code)
}

/// Prints a check's findings in the format asked for: human output relative to the
/// current directory, GitHub and SARIF relative to the repository root.
fn print_report(args: &cli::CheckArgs, project: &project::Project, outcome: &Outcome) {
    let base = |repository| PathBase::from_current_dir(&project.root, repository);
    let text = match args.format {
        OutputFormat::Json => {
            // Tens of megabytes for a large project: written a few chunks at a time.
            let mut raw = std::io::stdout().lock();
            let _ = json::write(&outcome.diagnostics, &outcome.summary, &mut raw);
            let _ = raw.flush();
            return;
        }
        OutputFormat::Sarif => report::sarif::render_with(&outcome.diagnostics, &base(true)),
        OutputFormat::Github => report::github::render_with(&outcome.diagnostics, &base(true)),
        OutputFormat::Junit => report::junit::render(&outcome.diagnostics, &outcome.checked),
        OutputFormat::Human => {
            let width = human::width();
            let mut t =
                human::render_width(&outcome.diagnostics, &outcome.files, &base(false), width);
            if !args.no_summary {
                t.push_str(&human::render_summary(
                    &outcome.summary,
                    &outcome.diagnostics,
                    width,
                ));
            }
            t
        }
    };
    if args.format == OutputFormat::Human {
        let mut out = anstream::stdout();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    } else {
        // Machine output: no color adapter in the way.
        let mut raw = std::io::stdout().lock();
        let _ = raw.write_all(text.as_bytes());
        let _ = raw.flush();
    }
}

/// `glossator extract`: arguments first, glossator.toml's `[extract]` for what they leave out.
fn extract(args: cli::ExtractArgs) -> glossator::Result<ExitCode> {
    let needs_config = args.report.is_none()
        || args.locale.is_none()
        || args.out.is_none()
        || args.figures.is_none();
    let settings = if needs_config {
        let path = match &args.config {
            Some(p) => p.clone(),
            None => project::Project::discover(
                &std::env::current_dir().map_err(|e| glossator::Error::io(".", e))?,
            )?,
        };
        project::config::load(&path)?.extract
    } else {
        Default::default()
    };
    let missing = |what: &str| {
        glossator::Error::Usage(format!(
            "no {what}: give it on the command line or in glossator.toml's [extract] section"
        ))
    };
    let report = args
        .report
        .or(settings.report)
        .ok_or_else(|| missing("report"))?;
    let locale = args
        .locale
        .or(settings.locale)
        .ok_or_else(|| missing("--locale"))?;
    let out = args.out.or(settings.out).ok_or_else(|| missing("--out"))?;
    let figures = args
        .figures
        .or(settings.figures)
        .ok_or_else(|| missing("--figures"))?;
    let options = if args.all {
        glossator::extract::Options::all()
    } else {
        glossator::extract::Options::default()
    };
    let r = glossator::extract::extract_report_with(&report, &locale, &out, &figures, options)?;
    let mut err = anstream::stderr();
    for line in r.diagnostics() {
        let _ = writeln!(err, "{line}");
    }
    let mut stdout = anstream::stdout();
    let _ = writeln!(
        stdout,
        "{}: {} messages ({} added, {} kept, {} updated, {} removed{}); {} {}, {} {}",
        report.display(),
        r.messages,
        r.added.len(),
        r.kept.len(),
        r.updated.len(),
        r.removed.len(),
        if r.removed.is_empty() {
            String::new()
        } else {
            format!(": {}", r.removed.join(", "))
        },
        out.display(),
        if r.ftl_written {
            "written"
        } else {
            "unchanged"
        },
        figures.display(),
        if r.figures_written {
            "written"
        } else {
            "unchanged"
        },
    );
    Ok(ExitCode::SUCCESS)
}

fn selection(p: cli::ProjectArgs) -> Selection {
    Selection {
        config: p.config,
        l10n_toml: p.l10n_toml,
        l10n_base: p.l10n_base,
        locales: p.locales,
        glossaries: p.glossaries,
        reference: p.reference,
        ..Selection::default()
    }
}

/// `glossator fix`: plan the fixes of a check, then write them and check again, or preview
/// them. A preview (`--dry-run`, `--diff`) writes nothing and exits 1 while fixes are
/// pending, so CI can gate on it; the diff alone goes to stdout, status lines to stderr.
fn fix(args: cli::FixArgs) -> glossator::Result<ExitCode> {
    for r in &args.rules {
        if glossator::rules::find(r).is_none() {
            return Err(glossator::Error::Usage(format!(
                "unknown rule `{r}` (see `glossator rules`)"
            )));
        }
    }
    let project = project::load(&selection(args.project))?;
    let outcome = glossator::check::check_project(&project, true)?;
    let options = glossator::fix::Options {
        rules: args.rules,
        remove_obsolete: args.remove_obsolete,
        add_missing: args.add_missing,
    };
    let (fixes, suggestions) = glossator::fix::plan(&outcome, &project.root, &options)?;
    let preview = args.dry_run || args.diff;
    if args.diff {
        let mut out = std::io::stdout().lock();
        for f in &fixes {
            let _ = out.write_all(glossator::fix::diff(f).as_bytes());
        }
        let _ = out.flush();
    } else if !preview {
        glossator::fix::write(&project.root, &fixes)?;
    }
    let mut err = anstream::stderr();
    let verb = if preview { "would fix" } else { "fixed" };
    let mut total = 0;
    for f in &fixes {
        let n: usize = f.fixed.values().sum();
        total += n;
        let list: Vec<String> = f.fixed.iter().map(|(r, n)| format!("{r} ×{n}")).collect();
        let _ = writeln!(err, "{verb} {}: {}", f.path, list.join(", "));
    }
    for s in &suggestions {
        let d = s.diagnostic;
        if let Some(fix) = &d.fix {
            let _ = writeln!(
                err,
                "{}:{}:{}: suggestion [{}] {} (not applied: unsafe)",
                d.path, d.start.line, d.start.column, d.rule, fix.description
            );
        }
    }
    let _ = writeln!(
        err,
        "{verb} {total} finding(s) in {} file(s); {} suggestion(s) need a human",
        fixes.len(),
        suggestions.len()
    );
    if preview {
        return Ok(if fixes.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let after = glossator::check::check_project(&project, false)?;
    let _ = writeln!(
        err,
        "after fixing: {} error(s), {} warning(s)",
        after.summary.errors, after.summary.warnings
    );
    Ok(if after.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `glossator glossary export|import`.
fn glossary(cmd: cli::GlossaryCommand) -> glossator::Result<ExitCode> {
    let (text, out) = match cmd {
        cli::GlossaryCommand::Export {
            project: p,
            format,
            out,
        } => {
            let files = if p.glossaries.is_empty() {
                project::load(&selection(p))?.glossaries
            } else {
                p.glossaries
            };
            if files.is_empty() {
                return Err(glossator::Error::Usage(
                    "no glossary: configure one in glossator.toml or give --glossary FILE".into(),
                ));
            }
            let mut g = glossator::glossary::Glossary::default();
            for (i, f) in files.iter().enumerate() {
                let one = glossator::glossary::load(f)?;
                if i == 0 {
                    g = one;
                } else {
                    g.extend(one);
                }
            }
            (glossator::glossary::export(&g, &format)?, out)
        }
        cli::GlossaryCommand::Import {
            file,
            out,
            source_locale,
            target_locale,
        } => {
            let options = glossator::glossary::detect::ReadOptions {
                source_locale,
                target_locale,
                delimiter: None,
            };
            let g = glossator::glossary::load_with(&file, &options)?;
            (glossator::glossary::canonical::write(&g), out)
        }
    };
    match out {
        Some(path) => {
            glossator::fs::write(&path, text.as_bytes())
                .map_err(|e| glossator::Error::io(&path, e))?;
        }
        None => {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `glossator render`: render the project's pages, per glossator.toml; print what the run
/// leaves to print.
fn render(args: cli::RenderArgs) -> glossator::Result<ExitCode> {
    let request = glossator::render::Request {
        format: args.format.parse().map_err(glossator::Error::Usage)?,
        config: args.config,
        locales: args.locales,
        out: args.out,
        allow_fallback: args.allow_fallback,
        isolating: args.isolating,
    };
    let report = glossator::render::run(&request)?;
    let _ = write!(anstream::stdout(), "{}", report.stdout);
    let mut stderr = anstream::stderr();
    for e in &report.errors {
        let _ = writeln!(stderr, "glossator: {e}");
    }
    Ok(if report.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
