//! The bundled project: extraction reproduces the committed files, the reference and the
//! figures agree, and `glossator check` passes.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extraction_reproduces_the_committed_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ftl = dir.path().join("report.ftl");
    let figures = dir.path().join("figures.toml");
    // Merge into copies of the committed files: kept statements and hand corrections stay.
    let committed_ftl = fs::read_to_string(root().join("locales/id/report.ftl")).expect("read");
    fs::write(&ftl, &committed_ftl).expect("copy ftl");
    fs::copy(
        root().join("figures/cba-remote-banking-2023.toml"),
        &figures,
    )
    .expect("copy figures");
    let report_path = root().join("reports/cba-remote-banking-2023.id.txt");
    let report = glossator::extract::extract_report(&report_path, "id", &ftl, &figures)
        .expect("extract runs");
    assert!(report.removed.is_empty(), "{:?}", report.removed);
    // The bundled project carries every key statement extraction keeps (issue 22's lead and
    // trends included, translated in every locale): re-extracting adds nothing.
    assert!(report.added.is_empty(), "{:?}", report.added);
    // Every committed message survives byte for byte (comment, id and text).
    let text = fs::read_to_string(&ftl).expect("read");
    for entry in committed_ftl.split("\n\n").filter(|e| e.contains(" = ")) {
        let entry = entry
            .lines()
            .filter(|l| !l.starts_with("## ") && !l.starts_with("###"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.contains(&entry), "lost:\n{entry}");
    }
    // Statements without figures add no figures: the figures file is unchanged.
    assert_eq!(
        fs::read(&figures).expect("read"),
        fs::read(root().join("figures/cba-remote-banking-2023.toml")).expect("read")
    );
    let rules: Vec<_> = report.findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules, vec!["ambiguous-number", "orphan-percent"]);
    // Re-running on its own output is byte-identical.
    let again =
        glossator::extract::extract_report(&report_path, "id", &ftl, &figures).expect("runs");
    assert!(again.added.is_empty() && !again.ftl_written && !again.figures_written);
    assert_eq!(fs::read_to_string(&ftl).expect("read"), text);
}

/// The raw extraction (before `glossator fix` and hand corrections) is what the committed
/// file grew from: checking it must surface the article's terminology defects.
#[test]
fn raw_extraction_surfaces_the_terminology_defects() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path();
    fs::create_dir_all(project.join("locales/id")).expect("mkdir");
    fs::create_dir_all(project.join("locales/en")).expect("mkdir");
    fs::create_dir_all(project.join("glossary")).expect("mkdir");
    fs::copy(
        root().join("locales/en/report.ftl"),
        project.join("locales/en/report.ftl"),
    )
    .expect("copy");
    fs::copy(
        root().join("glossary/banking.toml"),
        project.join("glossary/banking.toml"),
    )
    .expect("copy");
    fs::write(
        project.join("glossator.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"id\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\nglossaries = [\"glossary/banking.toml\"]\n",
    )
    .expect("config");
    let ftl = project.join("locales/id/report.ftl");
    glossator::extract::extract_report(
        &root().join("reports/cba-remote-banking-2023.id.txt"),
        "id",
        &ftl,
        &project.join("figures.toml"),
    )
    .expect("extract runs");
    let text = fs::read_to_string(&ftl).expect("read");
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let terpencil = body.matches("bank terpencil").count();
    // Three statements with figures and two trends without (kept since issue 22).
    assert_eq!(
        terpencil, 5,
        "the article's mistranslation, in message text"
    );
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(project)
        .args(["check", "--format", "json", "--locale", "id"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "forbidden terms are errors");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let diags = v["diagnostics"].as_array().expect("array");
    let forbidden_terpencil = diags
        .iter()
        .filter(|d| {
            d["rule"] == "forbidden-term"
                && d["message"]
                    .as_str()
                    .unwrap_or("")
                    .contains("`bank terpencil`")
        })
        .count();
    assert_eq!(
        forbidden_terpencil, terpencil,
        "every `bank terpencil` is flagged"
    );
    // The article also writes the admitted "bank jarak jauh": a variant the glossary allows,
    // not an inconsistency (the forbidden forms are forbidden-term's alone).
    let mix = diags
        .iter()
        .filter(|d| d["rule"] == "inconsistent-term")
        .count();
    assert_eq!(mix, 0, "admitted forms are not an inconsistency");
}

/// Variables of each message, from the FTL source.
fn variables(path: &Path) -> Vec<(String, BTreeSet<String>)> {
    let text = fs::read_to_string(path).expect("read");
    let f = glossator::ftl::SourceFile::from_bytes(path.into(), "x", text.into_bytes());
    assert!(
        f.model.syntax.is_empty(),
        "{} has syntax errors",
        path.display()
    );
    f.model
        .entries
        .iter()
        .filter(|e| !e.id.starts_with('-'))
        .map(|e| {
            let vars = e
                .value
                .iter()
                .flat_map(|p| f.model.variables(p).iter().map(|v| v.name.to_string()))
                .collect();
            (e.id.to_string(), vars)
        })
        .collect()
}

#[test]
fn reference_variables_are_the_figures() {
    let figures: toml::Table =
        fs::read_to_string(root().join("figures/cba-remote-banking-2023.toml"))
            .expect("read")
            .parse()
            .expect("figures parse");
    let en = variables(&root().join("locales/en/report.ftl"));
    let id = variables(&root().join("locales/id/report.ftl"));
    let en_ids: Vec<_> = en.iter().map(|(i, _)| i.clone()).collect();
    let id_ids: Vec<_> = id.iter().map(|(i, _)| i.clone()).collect();
    assert_eq!(en_ids, id_ids, "same ids in the same order");
    for (msg, vars) in &en {
        let table: BTreeSet<String> = figures
            .get(msg)
            .and_then(|v| v.as_table())
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default();
        assert_eq!(vars, &table, "variables of `{msg}` and its figures");
    }
}

/// The bundled project is clean: no errors, no warnings (terminology included), every
/// locale complete.
#[test]
fn glossator_check_is_clean_on_the_bundled_project() {
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(root())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        v["diagnostics"],
        serde_json::json!([]),
        "no findings at all"
    );
    let per = v["summary"]["per_locale"].as_object().expect("per_locale");
    assert_eq!(per.len(), 15, "all project locales");
    for (locale, s) in per {
        assert_eq!(s["completion"], 100.0, "{locale} is complete");
        // 18 in report.ftl, 42 in page.ftl (the words of the rendered page).
        assert_eq!(s["messages"], 60, "{locale}");
    }
}

/// False alarms on correct inflected translations: the bundled Russian, Finnish, German and
/// Greek files use the glossary's terms in whatever case and number the sentence needs.
/// Every concept the English names must be found in them (no `missing-term`), and the
/// matcher must find them by inflected forms, not only citation forms.
#[test]
fn no_false_alarms_on_inflected_translations() {
    let path = root().join("glossary/banking.toml");
    let g = glossator::glossary::load(&path).expect("glossary");
    let en = glossator::glossary::LocaleMatcher::new(&g, "en");
    let mut report = Vec::new();
    for locale in ["ru", "fi", "de", "el"] {
        let m = glossator::glossary::LocaleMatcher::new(&g, locale);
        let read = |l: &str| {
            let p = root().join(format!("locales/{l}/report.ftl"));
            glossator::ftl::SourceFile::from_bytes(
                p.clone(),
                p.display().to_string(),
                fs::read(&p).expect("read"),
            )
        };
        let (ef, lf) = (read("en"), read(locale));
        let (mut expected, mut found, mut inflected) = (0, 0, 0);
        for e in ef.model.entries.iter().filter(|e| !e.id.starts_with('-')) {
            let Some(l) = lf.model.entries.iter().find(|x| x.id == e.id) else {
                continue;
            };
            let (Some(ev), Some(lv)) = (&e.value, &l.value) else {
                continue;
            };
            let segs = glossator::rules::terms::segments(&ef, ev);
            let want: BTreeSet<usize> = en
                .find_all(&ef.text, &segs)
                .iter()
                .map(|m| m.concept)
                .collect();
            let lsegs = glossator::rules::terms::segments(&lf, lv);
            let hits = m.find_all(&lf.text, &lsegs);
            let have: BTreeSet<usize> = hits.iter().map(|m| m.concept).collect();
            // Concepts with a term in this locale only.
            let want: BTreeSet<usize> =
                want.into_iter()
                    .filter(|c| {
                        g.concepts[*c].terms.iter().any(|t| {
                            glossator::glossary::matcher::locale_matches(&t.locale, locale)
                        })
                    })
                    .collect();
            expected += want.len();
            found += want.intersection(&have).count();
            inflected += hits
                .iter()
                .filter(|h| {
                    let term = &g.concepts[h.concept].terms[h.term].text;
                    glossator::glossary::fold::fold(&lf.text[h.range.clone()])
                        != glossator::glossary::fold::fold(term)
                })
                .count();
        }
        report.push(format!(
            "{locale}: {found}/{expected} concepts found, {inflected} by inflected forms"
        ));
        assert_eq!(
            found, expected,
            "{locale}: a missing concept would be a false alarm"
        );
        assert!(inflected > 0, "{locale}: inflected forms must be matched");
    }
    eprintln!("{}", report.join("\n"));
}
