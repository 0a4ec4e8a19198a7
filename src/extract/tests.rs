//! End-to-end tests on the bundled seed report (an Indonesian machine translation of a
//! China Banking Association news article) and on files written by [`run`].

use fluent_syntax::ast;

use super::*;

const SEED: &str = include_str!("testdata/cba-remote-banking-2023.id.txt");
const SEED_NAME: &str = "cba-remote-banking-2023.id.txt";

fn seed() -> Extraction {
    extract(SEED, "id")
}

fn statement<'a>(ex: &'a Extraction, id: &str) -> &'a Statement {
    match ex.all().find(|s| s.id == id) {
        Some(s) => s,
        None => panic!(
            "no statement {id}; ids: {:?}",
            ex.all().map(|s| &s.id).collect::<Vec<_>>()
        ),
    }
}

fn figure<'a>(st: &'a Statement, name: &str) -> &'a Figure {
    match st.figures.iter().find(|f| f.name == name) {
        Some(f) => f,
        None => panic!("no figure {name} in {}", st.id),
    }
}

/// Parses FTL and returns the message ids; fails on any parse error or junk.
fn parse_ok(ftl: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => panic!("FTL does not parse: {errors:?}\n{ftl}"),
    };
    assert!(
        !resource
            .body
            .iter()
            .any(|e| matches!(e, ast::Entry::Junk { .. })),
        "junk in FTL"
    );
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn merged(ftl: Option<&str>, figures: Option<&str>, ex: &Extraction) -> Merged {
    match merge(ftl, figures, ex, SEED_NAME) {
        Ok(m) => m,
        Err(e) => panic!("merge failed: {e}"),
    }
}

#[test]
fn seed_title_and_date() {
    let ex = seed();
    let title = ex.title.as_ref().map(|t| (t.id.as_str(), t.line, t.column));
    assert_eq!(title, Some((TITLE_ID, 3, 1)));
    let source = ex.title.as_ref().map_or("", |t| t.source.as_str());
    assert!(source.starts_with("Asosiasi Perbankan Tiongkok: Pusat layanan"));
    assert!(source.ends_with("seperti model besar"));
    let date = ex
        .date
        .as_ref()
        .map(|d| (d.id.as_str(), d.source.as_str(), d.line));
    assert_eq!(date, Some((DATE_ID, "2024-07-22", 5)));
    // The kicker, the language menu and the source line are not statements.
    for s in ex.all() {
        assert!(!s.source.contains("berita") && !s.source.contains("Русский"));
        assert!(!s.source.starts_with("Sumber"));
    }
}

#[test]
fn seed_statements_and_ids() {
    let ex = seed();
    let ids: Vec<&str> = ex.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "report-lead",
            "large-model-adoption-first",
            "large-model-adoption",
            "data-processing-adoption",
            "customer-experience-trend",
            "customer-service-staff",
            "inbound-calls",
            "answer-rate",
            "customer-satisfaction",
            "service-channels-app",
            "service-channels-email",
            "video-services-trend",
            "elderly-services",
            "transformation-trend",
            "remote-banking-centers",
        ]
    );
    let group = |id: &str| statement(&ex, id).group.clone().unwrap_or_default();
    assert_eq!(group("data-processing-adoption"), "Data processing");
    assert_eq!(
        group("elderly-services"),
        "Pension finance and inclusive finance"
    );
    // Key statements without figures (issue 22): the lead names the report, who
    // published it and when; the first year of large models; the trends. They have no
    // figures, so the pattern is the sentence itself.
    let lead = statement(&ex, "report-lead");
    assert!(lead.source.contains("Asosiasi Perbankan Tiongkok merilis"));
    assert!(statement(&ex, "large-model-adoption-first")
        .source
        .contains("tahun pertama penerapan"));
    assert!(statement(&ex, "video-services-trend")
        .source
        .contains("berkembang pesat dalam tiga tahun terakhir"));
    assert!(statement(&ex, "transformation-trend")
        .source
        .contains("bertransformasi menjadi pusat layanan"));
    for id in ["report-lead", "large-model-adoption-first"] {
        let st = statement(&ex, id);
        assert!(st.figures.is_empty() && st.pattern == escape_text(&st.source));
    }
    // Without --all, a sentence with no figure and no reason is still left out.
    assert!(!ex
        .statements
        .iter()
        .any(|s| s.source.starts_with("Pada saat yang sama") && s.figures.is_empty()));
}

/// `--all` keeps every sentence, and names the figure statements as without it.
#[test]
fn all_keeps_every_sentence() {
    let text = format!("{SEED}\nCuaca hari itu cerah. Rapat dimulai pagi hari.\n");
    let key = extract(&text, "id");
    let all = extract_with(&text, "id", Options::all());
    assert!(!key.statements.iter().any(|s| s.source.starts_with("Cuaca")));
    let extra: Vec<&str> = all
        .statements
        .iter()
        .filter(|s| !key.statements.iter().any(|k| k.source == s.source))
        .map(|s| s.source.as_str())
        .collect();
    assert_eq!(extra, ["Cuaca hari itu cerah.", "Rapat dimulai pagi hari."]);
    for st in &key.statements {
        assert_eq!(statement(&all, &st.id).source, st.source);
    }
    let ftl = write_ftl(&all, SEED_NAME);
    assert_eq!(parse_ok(&ftl).len(), all.all().count());
}

#[test]
fn every_percentage_in_the_source_is_a_figure() {
    let ex = seed();
    let re = regex::Regex::new(r"\d+(?:,\d+)?\s?%").unwrap_or_else(|e| panic!("{e}"));
    let mut in_source: Vec<&str> = re.find_iter(SEED).map(|m| m.as_str()).collect();
    let mut extracted: Vec<&str> = ex
        .all()
        .flat_map(|s| &s.figures)
        .filter(|f| f.style == NumberStyle::Percent)
        .map(|f| f.source_text.as_str())
        .collect();
    in_source.sort_unstable();
    extracted.sort_unstable();
    assert_eq!(in_source.len(), 19);
    assert_eq!(extracted, in_source);
    // Each figure's position points at its text in the report.
    let lines: Vec<&str> = SEED.lines().collect();
    for f in ex.all().flat_map(|s| &s.figures) {
        let line = lines[f.line - 1];
        let at: String = line
            .chars()
            .skip(f.column - 1)
            .take(f.source_text.chars().count())
            .collect();
        assert_eq!(at, f.source_text);
    }
}

#[test]
fn seed_hard_figures() {
    let ex = seed();
    let staff = statement(&ex, "customer-service-staff");
    let s = figure(staff, "staff");
    assert_eq!(
        (s.value, s.value_text.as_str(), s.style),
        (41700.0, "41700", NumberStyle::Decimal)
    );
    assert_eq!(
        (s.source_text.as_str(), s.line, s.column),
        ("41,700", 18, 195)
    );
    let c = figure(staff, "change");
    assert_eq!(
        (
            c.value_text.as_str(),
            c.minimum_fraction_digits,
            c.maximum_fraction_digits
        ),
        ("0.0479", 2, 2)
    );
    assert!(staff.pattern.contains(
        "turun { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } dari"
    ));

    let calls = statement(&ex, "inbound-calls");
    let n = figure(calls, "calls");
    assert_eq!(
        (n.value, n.style, n.source_text.as_str()),
        (723_000_000.0, NumberStyle::Decimal, "723 juta")
    );
    assert!(calls
        .pattern
        .starts_with("{ NUMBER($calls) } panggilan masuk"));
    let c = figure(calls, "change");
    assert_eq!(
        (
            c.value_text.as_str(),
            c.maximum_fraction_digits,
            c.source_text.as_str()
        ),
        ("0.046", 1, "4,6 %")
    );

    let rate = figure(statement(&ex, "answer-rate"), "rate");
    assert_eq!(
        (rate.value_text.as_str(), rate.maximum_fraction_digits),
        ("0.9288", 2)
    );

    let sat = statement(&ex, "customer-satisfaction");
    assert_eq!(figure(sat, "satisfaction").value_text, "0.9946");
    assert_eq!(figure(sat, "threshold").value_text, "0.99");

    let centers = statement(&ex, "remote-banking-centers");
    let p = figure(centers, "points");
    assert_eq!(
        (p.value, p.style, p.maximum_fraction_digits),
        (10.0, NumberStyle::Decimal, 0)
    );
    assert!(centers
        .pattern
        .contains("meningkat { NUMBER($points) } poin persentase"));
    assert_eq!(figure(centers, "centers").value, 31.0);
    assert_eq!(figure(centers, "share").value_text, "0.4");
    // "2023" (a year) and "22 Juli" (a date) stay text.
    assert!(centers
        .pattern
        .starts_with("Pada akhir tahun 2023, { NUMBER($centers) }"));
    assert!(!ex
        .all()
        .flat_map(|s| &s.figures)
        .any(|f| f.source_text.contains("2023") || f.source_text == "22"));

    let share = figure(statement(&ex, "large-model-adoption"), "share");
    assert_eq!((share.value, share.maximum_fraction_digits), (0.29, 0));
    let channels = statement(&ex, "service-channels-app");
    let names: Vec<&str> = channels.figures.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["app", "wechat", "online", "sms", "video"]);
}

#[test]
fn seed_findings() {
    let ex = seed();
    let found: Vec<(&str, usize, usize, usize, usize)> = ex
        .findings
        .iter()
        .map(|f| (f.rule, f.line, f.column, f.end_line, f.end_column))
        .collect();
    assert_eq!(
        found,
        [
            (AMBIGUOUS_NUMBER, 18, 195, 18, 201),
            (ORPHAN_PERCENT, 22, 317, 22, 318)
        ]
    );
    let ambiguous = &ex.findings[0].message;
    assert!(
        ambiguous.contains("41.7")
            && ambiguous.contains("41700")
            && ambiguous.contains("extracted 41700")
    );
    let orphan = &ex.findings[1].message;
    assert!(orphan.contains("otomatis % panggilan") && orphan.contains("\"60%\""));
    let shown = findings_for_display(std::path::Path::new("r.txt"), &ex.findings);
    assert!(shown[0].starts_with("r.txt:18:195: warning[ambiguous-number]: \"41,700\""));
    assert!(shown[1].starts_with("r.txt:22:317: warning[orphan-percent]: "));
    // The orphan sign stays in the message text.
    assert!(statement(&ex, "elderly-services")
        .pattern
        .contains("secara otomatis % panggilan"));
}

#[test]
fn seed_ftl_parses_without_junk() {
    let ex = seed();
    let ftl = write_ftl(&ex, SEED_NAME);
    let ids = parse_ok(&ftl);
    assert_eq!(ids.len(), 17);
    assert!(ftl.starts_with(
        "### Key statements of cba-remote-banking-2023.id.txt, extracted by `glossator extract`"
    ));
    assert!(ftl.contains("\n## Data processing\n"));
    assert!(ftl.contains("\n## Pension finance and inclusive finance\n"));
    // One line per message, preceded by its source comment.
    for st in ex.all() {
        let line = format!("{} = {}\n", st.id, st.pattern);
        assert!(ftl.contains(&line), "missing {line}");
    }
    assert!(ftl.contains("# 723 juta panggilan masuk diproses secara manual"));
}

#[test]
fn seed_figures_file() {
    let ex = seed();
    let text = write_figures(&ex, "cba-remote-banking-2023");
    assert!(text.starts_with(
        "# Figures for cba-remote-banking-2023, written by glossator extract. Values are data: NUMBER() formats them per locale.\n"
    ));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"));
    let get = |id: &str, key: &str| table.get(id).and_then(|t| t.get(key)).cloned();
    assert_eq!(
        get("customer-service-staff", "staff"),
        Some(toml::Value::Integer(41700))
    );
    assert_eq!(
        get("customer-service-staff", "change").and_then(|v| v.get("value").cloned()),
        Some(toml::Value::Float(0.0479))
    );
    assert_eq!(
        get("inbound-calls", "calls"),
        Some(toml::Value::Integer(723_000_000))
    );
    assert_eq!(
        get("inbound-calls", "change").and_then(|v| v.get("value").cloned()),
        Some(toml::Value::Float(0.046))
    );
    assert_eq!(
        get("remote-banking-centers", "points"),
        Some(toml::Value::Integer(10))
    );
    assert!(text.contains("\nchange = { value = 0.0479, style = \"percent\" }  # \"4,79%\"\n"));
    assert!(text.contains("\nrate = { value = 0.9288, style = \"percent\" }  # \"92,88%\"\n"));
    assert!(text.contains("\nstaff = 41700  # \"41,700\" (ambiguous separators: check this value, see the ambiguous-number warning)\n"));
    assert!(!text.contains("0000000000"), "float artefacts:\n{text}");
    // No table for statements without figures.
    assert!(table.get(TITLE_ID).is_none() && table.get(DATE_ID).is_none());
    assert_eq!(table.len(), 10);
}

#[test]
fn extraction_is_idempotent() {
    let (a, b) = (seed(), seed());
    assert_eq!(a, b);
    assert_eq!(write_ftl(&a, SEED_NAME), write_ftl(&b, SEED_NAME));
    assert_eq!(write_figures(&a, SEED_NAME), write_figures(&b, SEED_NAME));
    // Merging into nothing is writing; merging into its own output changes nothing.
    let first = merged(None, None, &a);
    assert_eq!(first.ftl, write_ftl(&a, SEED_NAME));
    assert_eq!(first.figures, write_figures(&a, SEED_NAME));
    assert_eq!(first.added.len(), 17);
    let second = merged(Some(&first.ftl), Some(&first.figures), &b);
    assert_eq!(second.ftl, first.ftl);
    assert_eq!(second.figures, first.figures);
    assert_eq!(second.kept.len(), 17);
    assert!(second.added.is_empty() && second.removed.is_empty() && second.updated.is_empty());
}

#[test]
fn crlf_and_bom_give_the_same_extraction() {
    let crlf = format!("\u{FEFF}{}", SEED.replace('\n', "\r\n"));
    assert_eq!(extract(&crlf, "id"), seed());
}

const EDITED_ELDERLY: &str = "elderly-services = Dalam hal pembiayaan pensiun dan keuangan inklusif, pada tahun 2023, semua pusat layanan pelanggan dan bank terpencil telah menyediakan layanan untuk lansia; { NUMBER($direct) } bank telepon memiliki opsi layanan manual langsung, dan { NUMBER($manual-priority) } bank telepon memprioritaskan layanan manual bagi nasabah lanjut usia.";

/// Hand edits: a corrected message (with a note) and corrected figures (with their
/// source in a comment).
fn hand_edit(ftl: &str, figures: &str) -> (String, String) {
    let mut out = Vec::new();
    for line in ftl.lines() {
        if line.starts_with("elderly-services = ") {
            out.push(
                "# NOTE: 60% belongs to the telephone banks (original report, p. 14).".to_string(),
            );
            out.push(EDITED_ELDERLY.to_string());
        } else {
            out.push(line.to_string());
        }
    }
    let ftl = out.join("\n") + "\n";
    let figures = figures.replace(
        "staff = 41700  # \"41,700\" (ambiguous separators: check this value, see the ambiguous-number warning)",
        "staff = 41750  # hand: corrected per the CBA report (2023), p. 3",
    );
    let figures = figures.replace(
        "[elderly-services]\nauto-identify = { value = 0.6, style = \"percent\" }  # \"60%\"",
        "[elderly-services]\n# Corrected from the original CBA report (2023), p. 14.\ndirect = { value = 0.6, style = \"percent\" }  # hand: source CBA report p. 14",
    );
    (ftl, figures)
}

#[test]
fn merge_keeps_hand_edits_and_reports_changes() {
    let ex = seed();
    let first = merged(None, None, &ex);
    let (ftl, figures) = hand_edit(&first.ftl, &first.figures);
    assert!(figures.contains("direct = { value = 0.6, style = \"percent\" }"));
    // The report changes: one figure is corrected, one sentence is removed.
    let report = SEED.replace("92,88%", "93,10%").replace(
        " 43% menyediakan layanan email dan 19% menyediakan layanan Weibo.",
        "",
    );
    let ex2 = extract(&report, "id");
    let m = merged(Some(&ftl), Some(&figures), &ex2);
    assert_eq!(m.updated, ["answer-rate"]);
    assert_eq!(m.removed, ["service-channels-email"]);
    assert!(m.added.is_empty(), "{:?}", m.added);
    assert_eq!(m.kept.len(), 15);
    // Hand edits survive, ids are kept (the channel sentence keeps its qualified id).
    assert!(m.ftl.contains(&format!(
        "# NOTE: 60% belongs to the telephone banks (original report, p. 14).\n{EDITED_ELDERLY}\n"
    )));
    assert!(m.ftl.contains("\nservice-channels-app = "));
    assert!(m
        .figures
        .contains("\nstaff = 41750  # hand: corrected per the CBA report (2023), p. 3\n"));
    assert!(m.figures.contains(
        "[elderly-services]\n# Corrected from the original CBA report (2023), p. 14.\ndirect = { value = 0.6, style = \"percent\" }  # hand: source CBA report p. 14\nmanual-priority = { value = 0.36, style = \"percent\" }"
    ));
    // The changed sentence is re-extracted; the removed one is gone.
    assert!(m.ftl.contains(
        "mencapai { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }"
    ));
    assert!(m
        .figures
        .contains("\nrate = { value = 0.931, style = \"percent\" }  # \"93,10%\"\n"));
    assert!(
        !m.ftl.contains("service-channels-email") && !m.figures.contains("service-channels-email")
    );
    assert_eq!(parse_ok(&m.ftl).len(), 16);
    // Running again is byte-identical.
    let again = merged(Some(&m.ftl), Some(&m.figures), &ex2);
    assert_eq!(
        (again.ftl.as_str(), again.figures.as_str()),
        (m.ftl.as_str(), m.figures.as_str())
    );
    assert_eq!(again.kept.len(), 16);
}

#[test]
fn merge_keeps_hand_written_entries_and_avoids_kept_ids() {
    let ex = seed();
    let first = merged(None, None, &ex);
    let ftl = format!("{}\nmy-note = Written by hand\n-brand = CBA\n", first.ftl);
    // An old message holding an id the new extraction wants for another sentence.
    let ftl = ftl.replace(
        "# 43% menyediakan layanan email dan 19% menyediakan layanan Weibo.",
        "# Sentence that is no longer in the report.",
    );
    let m = merged(Some(&ftl), Some(&first.figures), &ex);
    assert!(m.kept.contains(&"my-note".to_string()));
    assert!(m.ftl.contains("\nmy-note = Written by hand\n") && m.ftl.contains("\n-brand = CBA\n"));
    // Same id, changed source: updated, not added.
    assert_eq!(m.updated, ["service-channels-email"]);
    assert!(m.removed.is_empty());
    parse_ok(&m.ftl);
}

#[test]
fn merge_keeps_figures_tables_no_message_owns() {
    let ex = seed();
    let first = merged(None, None, &ex);
    // Page data read by `render` (locales/*/page.ftl), and a removed statement's table.
    let figures = format!(
        "{}\n# The page's source line.\n[page-report]\nreleased = 2024-07-22\n",
        first.figures
    );
    let m = merged(Some(&first.ftl), Some(&figures), &ex);
    assert!(
        m.figures
            .ends_with("\n\n# The page's source line.\n[page-report]\nreleased = 2024-07-22\n"),
        "{}",
        m.figures
    );
    // Merging again changes nothing.
    let again = merged(Some(&m.ftl), Some(&m.figures), &ex);
    assert_eq!(again.figures, m.figures);
    // A statement's table is its message's, never kept twice as page data.
    let ftl = first.ftl.replace(
        "# 43% menyediakan layanan email dan 19% menyediakan layanan Weibo.",
        "# Sentence that is no longer in the report.",
    );
    let m = merged(Some(&ftl), Some(&figures), &ex);
    assert_eq!(m.figures.matches("[service-channels-email]").count(), 1);
}

#[test]
fn merge_rejects_broken_inputs() {
    let ex = seed();
    assert!(matches!(
        merge(Some("a = { $x\n"), None, &ex, SEED_NAME),
        Err(ExtractError::InvalidFtl { .. })
    ));
    assert!(matches!(
        merge(None, Some("[a\n"), &ex, SEED_NAME),
        Err(ExtractError::InvalidFigures { .. })
    ));
}

#[test]
fn ids_do_not_depend_on_order() {
    let a =
        "Judul laporan tahunan\n\n43% menyediakan layanan email. 94% menyediakan layanan APP.\n\n\
             Terdapat 41.700 petugas layanan pelanggan.\n";
    let b = "Judul laporan tahunan\n\nTerdapat 41.700 petugas layanan pelanggan.\n\n\
             94% menyediakan layanan APP. 43% menyediakan layanan email.\n";
    let ids = |t: &str| {
        let mut v: Vec<(String, String)> = extract(t, "id")
            .statements
            .into_iter()
            .map(|s| (s.source, s.id))
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(a), ids(b));
    assert!(ids(a).iter().any(|(_, id)| id == "service-channels-email"));
}

#[test]
fn escaping_and_special_starts_parse() {
    let text = "Judul {laporan} naik\n\n[Catatan] Nilai {x} naik 5% dan } turun 3%.\n\n* Bintang naik 2%.\n\n. Titik naik 1%.\n";
    let ex = extract(text, "id");
    let ftl = write_ftl(&ex, "t.txt");
    parse_ok(&ftl);
    assert!(ftl.contains("report-title = Judul {\"{\"}laporan{\"}\"} naik"));
    assert!(ftl.contains("Nilai {\"{\"}x{\"}\"} naik { NUMBER($change) } dan {\"}\"} turun"));
    assert_eq!(ex.statements.len(), 3);
}

#[test]
fn english_report() {
    let text = "Banking report\n\nJuly 22, 2024\n\nStaff fell 4.79% to 41,700 in 2023; inbound calls rose 4.6% to 723 million. \
                The answer rate reached 92.88%, up 10 percentage points. Mr. Lee said 3 banks, e.g. ABC, use it.\n";
    let ex = extract(text, "en");
    assert!(ex.findings.is_empty(), "{:?}", ex.findings);
    assert_eq!(
        ex.date.as_ref().map(|d| d.source.as_str()),
        Some("July 22, 2024")
    );
    let ids: Vec<&str> = ex.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["staff", "inbound-calls", "answer-rate", "lee-said-banks"]
    );
    let staff = &ex.statements[0];
    assert_eq!(
        staff
            .figures
            .iter()
            .map(|f| (f.name.as_str(), f.value_text.as_str()))
            .collect::<Vec<_>>(),
        [("change", "0.0479"), ("staff", "41700")]
    );
    let rate = &ex.statements[2];
    assert_eq!(
        rate.figures
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>(),
        ["rate", "points"]
    );
    assert!(ex.statements[3].source.starts_with("Mr. Lee said"));
    // The same numbers read as Indonesian are reported.
    let as_id = extract(text, "id");
    assert!(as_id
        .findings
        .iter()
        .any(|f| f.rule == AMBIGUOUS_NUMBER && f.message.contains("\"4.79\"")));
}

#[test]
fn unsupported_locale_is_reported() {
    let ex = extract("Judul\n\nNaik 5%.\n", "xh");
    assert_eq!(
        ex.findings.first().map(|f| f.rule),
        Some(UNSUPPORTED_LOCALE)
    );
    assert_eq!(ex.statements.len(), 1);
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0)
}

#[test]
fn run_writes_merges_and_keeps_permissions() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let report = dir.path().join(SEED_NAME);
    let out = dir.path().join("l10n/id/report.ftl");
    let figures = dir.path().join("l10n/report.figures.toml");
    std::fs::write(&report, SEED).unwrap_or_else(|e| panic!("{e}"));
    let first = extract_report(&report, "id", &out, &figures).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            first.added.len(),
            first.messages,
            first.ftl_written,
            first.figures_written
        ),
        (17, 17, true, true)
    );
    assert_eq!(first.findings.len(), 2);
    assert!(
        first.diagnostics()[0].contains(&format!("{SEED_NAME}:18:195: warning[ambiguous-number]"))
    );
    let ftl = std::fs::read_to_string(&out).unwrap_or_default();
    assert_eq!(ftl, write_ftl(&extract(SEED, "id"), SEED_NAME));

    // Unchanged: nothing is rewritten.
    let second = extract_report(&report, "id", &out, &figures).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            second.kept.len(),
            second.ftl_written,
            second.figures_written
        ),
        (17, false, false)
    );

    // Hand edits survive a change of the report; permissions are kept.
    let (edited_ftl, edited_figures) =
        hand_edit(&ftl, &std::fs::read_to_string(&figures).unwrap_or_default());
    std::fs::write(&out, &edited_ftl).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&figures, &edited_figures).unwrap_or_else(|e| panic!("{e}"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640));
    }
    std::fs::write(&report, SEED.replace("92,88%", "93,10%")).unwrap_or_else(|e| panic!("{e}"));
    let third = extract_report(&report, "id", &out, &figures).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(third.updated, ["answer-rate"]);
    let ftl = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(ftl.contains(EDITED_ELDERLY));
    assert!(std::fs::read_to_string(&figures)
        .unwrap_or_default()
        .contains(
            "direct = { value = 0.6, style = \"percent\" }  # hand: source CBA report p. 14"
        ));
    #[cfg(unix)]
    assert_eq!(mode(&out), 0o640);
    // No temporary files are left behind.
    let leftovers = std::fs::read_dir(dir.path().join("l10n/id"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(leftovers, 0);
}

#[test]
fn run_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let report = dir.path().join("bad.txt");
    let out = dir.path().join("o.ftl");
    let figures = dir.path().join("f.toml");
    std::fs::write(&report, b"Judul\n\nNaik 5%\xff lagi.\n").unwrap_or_else(|e| panic!("{e}"));
    match extract_report(&report, "id", &out, &figures) {
        Err(e @ ExtractError::InvalidUtf8 { offset: 14, .. }) => {
            assert!(e.to_string().contains("bad.txt") && e.to_string().contains("14"));
        }
        other => panic!("expected InvalidUtf8 at 14, got {other:?}"),
    }
    let missing = dir.path().join("missing.txt");
    match extract_report(&missing, "id", &out, &figures) {
        Err(e @ ExtractError::Read { .. }) => assert!(e.to_string().contains("missing.txt")),
        other => panic!("expected Read, got {other:?}"),
    }
    std::fs::write(&report, "Judul\n\nNaik 5%.\n").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        extract_report(&report, "xh", &out, &figures),
        Err(ExtractError::UnsupportedLocale { .. })
    ));
    assert!(matches!(
        extract_report(&report, "not a locale!", &out, &figures),
        Err(ExtractError::InvalidLocale { .. })
    ));
    assert!(matches!(
        extract_report(&report, "id", &report, &figures),
        Err(ExtractError::PathConflict { .. })
    ));
    assert!(matches!(
        extract_report(&report, "id", &out, &out),
        Err(ExtractError::PathConflict { .. })
    ));
    std::fs::write(&out, "broken = {\n").unwrap_or_else(|e| panic!("{e}"));
    match extract_report(&report, "id", &out, &figures) {
        Err(e @ ExtractError::InvalidFtl { .. }) => assert!(e.to_string().contains("o.ftl")),
        other => panic!("expected InvalidFtl, got {other:?}"),
    }
    // The broken file is left alone.
    assert_eq!(
        std::fs::read_to_string(&out).unwrap_or_default(),
        "broken = {\n"
    );
}

/// Deterministic pseudo-random documents made of tricky fragments: extraction must not
/// panic, its FTL must parse without junk, its figures must be valid TOML, and merging
/// into its own output must give the same bytes.
#[test]
fn random_documents_are_handled() {
    const PIECES: &[&str] = &[
        "Naik",
        "turun",
        "pusat",
        "petugas",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "4,79%",
        "41,700",
        "%",
        "{",
        "}",
        ";",
        ".",
        ". ",
        "\"",
        "723 juta",
        "2023",
        "22 Juli",
        "No.",
        "dll.",
        "€",
        "日本語",
        "\u{00A0}",
        "\u{202F}",
        "-",
        "−",
        "10 poin persentase",
        "Sumber: x",
        "2024-07-22",
        "é",
        "ß",
        "İ",
        "#",
        "[",
        "*",
        "1.234,5",
        "5 %",
        "％",
        "'",
        "’",
        "Mr.",
        "e.g.",
        "(",
        ")",
        "1,234.5",
        "12 345",
        "3’000",
        "kepuasan",
        "tingkat",
        "layanan APP",
        "WeChat",
        "Dalam hal ",
        ",",
        "0,5",
        "99",
        "100%",
        "x\u{0301}",
        "ترجمة",
        "!",
        "?",
        "。",
        "EnglishFrançaisDeutsch",
        // Issue 22: CJK, full-width, currencies, scales, ranges, markers.
        "2兆5495億円",
        "8万4000",
        "7.23亿",
        "3조5천억원",
        "36・4%",
        "３６．４％",
        "个百分点",
        "%p",
        "Rp8.153,59 triliun",
        "IDR138.8 billion",
        "3,15 Mrd. Euro",
        "M€",
        "+7%",
        "△",
        "～",
        "第3",
        "[1]",
        "14.30 Uhr",
        "1. Halbjahr",
        "entre 3 et 4 %",
        "de",
        "- ",
        "•",
        "年",
        "月",
        "割",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut statements = 0;
    for round in 0..300 {
        let len = 5 + (next() % 80) as usize;
        let doc: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let locale = ["id", "en", "fr", "de-CH", "ru", "zh", "ja", "ko", "de"][round % 9];
        let ex = extract(&doc, locale);
        statements += ex.statements.len();
        let ftl = write_ftl(&ex, "r.txt");
        if let Err((_, errors)) = fluent_syntax::parser::parse(ftl.as_str()) {
            panic!("round {round}: {errors:?}\n--- doc ---\n{doc:?}\n--- ftl ---\n{ftl}");
        }
        let figures = write_figures(&ex, "r.txt");
        if let Err(e) = figures.parse::<toml::Table>() {
            panic!("round {round}: {e}\n{doc:?}\n{figures}");
        }
        let m = match merge(Some(&ftl), Some(&figures), &ex, "r.txt") {
            Ok(m) => m,
            Err(e) => panic!("round {round}: {e}\n{doc:?}"),
        };
        assert_eq!(m.ftl, ftl, "round {round}: {doc:?}");
        assert_eq!(m.figures, figures, "round {round}: {doc:?}");
        for f in &ex.findings {
            assert!(
                f.line >= 1 && f.column >= 1 && (f.end_line, f.end_column) > (f.line, f.column)
            );
        }
    }
    assert!(statements > 300, "only {statements} statements");
}

/// The written-form keys of the figures file are ordinary figures to `render`'s reader
/// (it takes the file as it did before them).
#[test]
fn figures_file_stays_readable_by_render() {
    let text = "Laporan\n\nKredit naik +5% menjadi Rp8.153,59 triliun dan 723 juta nasabah.\n";
    let ex = extract(text, "id");
    let toml = write_figures(&ex, "r.txt");
    assert!(toml.contains("-scale = 12\n") && toml.contains("-currency = \"IDR\"\n"));
    assert!(toml.contains("-sign = \"+\"\n"), "{toml}");
    let figures = crate::render::Figures::parse(&toml, std::path::Path::new("f.toml"))
        .unwrap_or_else(|e| panic!("{e}\n{toml}"));
    let id = &ex.statements[0].id;
    let vars = &figures.messages[id];
    assert_eq!(
        vars["amount"],
        crate::render::Figure::Number(8_153_590_000_000_000.0)
    );
    assert_eq!(
        vars["amount-currency"],
        crate::render::Figure::Text("IDR".into())
    );
}

#[test]
fn years_dates_and_number_words_are_text() {
    let text = "Laporan Perbankan Jarak Jauh (2023)\n\n\
                Pada tanggal 22 Juli 2024, laporan tahun 2023 terbit selama empat tahun.\n\n\
                Jumlahnya naik 5% dalam tiga tahun.\n";
    let ex = extract(text, "id");
    let title = ex
        .title
        .as_ref()
        .map(|t| (t.pattern.as_str(), t.figures.len()));
    assert_eq!(title, Some(("Laporan Perbankan Jarak Jauh (2023)", 0)));
    // The first sentence is the lead: kept, with its date, year and number word as text.
    assert_eq!(ex.statements.len(), 2);
    assert_eq!(ex.statements[0].id, LEAD_ID);
    assert!(ex.statements[0].figures.is_empty());
    assert_eq!(
        ex.statements[1].pattern,
        "Jumlahnya naik { NUMBER($change) } dalam tiga tahun."
    );
}
