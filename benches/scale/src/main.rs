//! Scale benchmarks for glossator (figures, not timed tests).
//!
//! 1. Project size: the www-l10n corpus (Mozilla's mozilla.org localization) as a
//!    glossator project, 1x, 4x and 16x: every translation locale directory is copied
//!    (hard-linked when the file system allows) under new locale codes (`fr`,
//!    `fr-c0001`, `fr-c0002`, ... a BCP 47 variant subtag), with a generated glossator.toml
//!    (`reference = "en"`, `paths = ["{locale}/**/*.ftl"]`).
//! 2. Glossary size: 100,000 synthetic messages (en reference, fr translation, 100 files)
//!    checked with glossaries of 100, 1,000 and 10,000 synthetic concepts (and without
//!    one, as the baseline). Every message names two concepts drawn from 10,000; the
//!    translation uses the preferred term (80%), a forbidden one (10%) or none (10%);
//!    one concept in ten has a `pattern` term (`--patterns N`: one in N; 0: none).
//!
//! Each configuration runs `--runs` times (default 3), each in a fresh child process
//! (this program with `--child CONFIG`), which loads the project and runs
//! `glossator::check::check_project(&project, false)` (what `glossator check --format json` does) and
//! reports its time and peak memory (VmHWM from /proc/self/status). Printed: median
//! seconds, the slope between sizes (log time ratio / log size ratio: 1.0 is linear),
//! peak RSS, files and findings.
//!
//! `benches/scale.sh [--runs N] [--sizes 1,4,16] [--glossary-sizes 100,1000,10000]
//! [--messages 100000] [--patterns 10] [--only project|glossary] [--corpus DIR] [--work DIR]
//! [--keep]`

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Args {
    corpus: PathBuf,
    sizes: Vec<usize>,
    glossary_sizes: Vec<usize>,
    messages: usize,
    runs: usize,
    only: Option<String>,
    work: PathBuf,
    keep: bool,
    /// One concept in `patterns` has a `pattern` term (0: none).
    patterns: usize,
}

fn list(s: &str) -> Vec<usize> {
    s.split(',')
        .map(|x| x.trim().replace('_', "").parse().expect("a number"))
        .collect()
}

fn parse_args() -> Args {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        corpus: manifest.join("../../../shared/corpora/www-l10n"),
        sizes: vec![1, 4, 16],
        glossary_sizes: vec![100, 1000, 10_000],
        messages: 100_000,
        runs: 3,
        only: None,
        work: std::env::temp_dir().join(format!("glossator-scale-{}", std::process::id())),
        keep: false,
        patterns: 10,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--corpus" => a.corpus = PathBuf::from(val()),
            "--sizes" => a.sizes = list(&val()),
            "--glossary-sizes" => a.glossary_sizes = list(&val()),
            "--messages" => a.messages = list(&val())[0],
            "--runs" => a.runs = list(&val())[0].max(1),
            "--only" => a.only = Some(val()),
            "--work" => a.work = PathBuf::from(val()),
            "--keep" => a.keep = true,
            "--patterns" => a.patterns = list(&val())[0],
            // `cargo bench`-style flags are ignored.
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--child") {
        child(Path::new(&argv[2]));
        return;
    }
    let args = parse_args();
    fs::create_dir_all(&args.work).expect("work dir");
    println!(
        "glossator scale benchmarks: {} runs per configuration (median), {} cores, work dir {}",
        args.runs,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.work.display()
    );
    let mut report = String::new();
    if args.only.as_deref() != Some("glossary") {
        if args.corpus.join("en").is_dir() {
            report.push_str(&project_bench(&args));
        } else {
            println!(
                "corpus not found at {}: project benchmark skipped",
                args.corpus.display()
            );
        }
    }
    if args.only.as_deref() != Some("project") {
        report.push_str(&glossary_bench(&args));
    }
    if !args.keep {
        let _ = fs::remove_dir_all(&args.work);
    }
    println!("\n{report}");
}

// ---------------------------------------------------------------------------------
// Measuring.

#[derive(Clone, Copy, Default)]
struct Sample {
    secs: f64,
    hwm_mib: f64,
    files: usize,
    diags: usize,
}

/// In the child: load the project, run the check, print the figures.
fn child(config: &Path) {
    let t = Instant::now();
    let project = glossator::project::config::load(config).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let out = glossator::check::check_project(&project, false).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let secs = t.elapsed().as_secs_f64();
    println!(
        "RESULT {secs} {} {} {}",
        vm_hwm_kib(),
        out.summary.files,
        out.diagnostics.len()
    );
}

fn vm_hwm_kib() -> u64 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn measure(config: &Path, runs: usize) -> Sample {
    let exe = std::env::current_exe().expect("own path");
    let mut samples: Vec<Sample> = (0..runs)
        .map(|_| {
            let out = Command::new(&exe)
                .arg("--child")
                .arg(config)
                .output()
                .expect("child runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let line = text
                .lines()
                .find(|l| l.starts_with("RESULT "))
                .unwrap_or_else(|| {
                    panic!(
                        "child failed ({:?}): {}",
                        out.status,
                        String::from_utf8_lossy(&out.stderr)
                    )
                });
            let f: Vec<&str> = line.split_whitespace().collect();
            Sample {
                secs: f[1].parse().expect("secs"),
                hwm_mib: f[2].parse::<f64>().expect("hwm") / 1024.0,
                files: f[3].parse().expect("files"),
                diags: f[4].parse().expect("diags"),
            }
        })
        .collect();
    samples.sort_by(|a, b| a.secs.total_cmp(&b.secs));
    let mut m = samples[samples.len() / 2];
    m.hwm_mib = samples.iter().map(|s| s.hwm_mib).fold(0.0, f64::max);
    m
}

fn slope(a: (f64, f64), b: (f64, f64)) -> f64 {
    (b.1 / a.1).ln() / (b.0 / a.0).ln()
}

fn table(title: &str, unit: &str, rows: &[(usize, Sample)], baseline: Option<Sample>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## {title}\n");
    let _ = writeln!(
        s,
        "| {unit} | files | findings | seconds (median) | slope vs previous | peak RSS (MiB) |"
    );
    let _ = writeln!(s, "|---:|---:|---:|---:|---:|---:|");
    if let Some(b) = baseline {
        let _ = writeln!(
            s,
            "| none | {} | {} | {:.2} | | {:.0} |",
            b.files, b.diags, b.secs, b.hwm_mib
        );
    }
    for (i, (n, m)) in rows.iter().enumerate() {
        let sl = if i == 0 {
            String::new()
        } else {
            let (p, pm) = rows[i - 1];
            format!("{:.2}", slope((p as f64, pm.secs), (*n as f64, m.secs)))
        };
        let _ = writeln!(
            s,
            "| {n} | {} | {} | {:.2} | {sl} | {:.0} |",
            m.files, m.diags, m.secs, m.hwm_mib
        );
    }
    if rows.len() > 1 {
        let (a, am) = rows[0];
        let (b, bm) = rows[rows.len() - 1];
        let _ = writeln!(
            s,
            "\nOverall slope {a} -> {b}: time {:.2}, peak memory {:.2} (1.0 = linear).\n",
            slope((a as f64, am.secs), (b as f64, bm.secs)),
            slope((a as f64, am.hwm_mib), (b as f64, bm.hwm_mib)),
        );
    }
    s
}

// ---------------------------------------------------------------------------------
// 1. Project size.

/// Links (or copies) every `.ftl` file under `from` to the same place under `to`.
fn link_tree(from: &Path, to: &Path) -> usize {
    let mut n = 0;
    let Ok(entries) = fs::read_dir(from) else {
        return 0;
    };
    for e in entries.flatten() {
        let ft = e.file_type().expect("file type");
        let dst = to.join(e.file_name());
        if ft.is_dir() {
            n += link_tree(&e.path(), &dst);
        } else if ft.is_file() && e.path().extension().is_some_and(|x| x == "ftl") {
            fs::create_dir_all(to).expect("mkdir");
            if fs::hard_link(e.path(), &dst).is_err() {
                fs::copy(e.path(), &dst).expect("copy");
            }
            n += 1;
        }
    }
    n
}

fn project_bench(args: &Args) -> String {
    let mut locales: Vec<String> = fs::read_dir(&args.corpus)
        .expect("corpus")
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|l| l != "en" && glossator::project::validate_locale(l).is_ok())
        .collect();
    locales.sort();
    let mut rows = Vec::new();
    for &k in &args.sizes {
        let dir = args.work.join(format!("project-{k}x"));
        let _ = fs::remove_dir_all(&dir);
        let t = Instant::now();
        let mut files = link_tree(&args.corpus.join("en"), &dir.join("en"));
        let mut codes = Vec::new();
        for l in &locales {
            for c in 0..k {
                let code = if c == 0 {
                    l.clone()
                } else {
                    format!("{l}-c{c:04}")
                };
                if glossator::project::validate_locale(&code).is_err() {
                    continue;
                }
                let n = link_tree(&args.corpus.join(l), &dir.join(&code));
                if n > 0 {
                    files += n;
                    codes.push(code);
                }
            }
        }
        let quoted: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
        fs::write(
            dir.join("glossator.toml"),
            format!(
                "[project]\nreference = \"en\"\nlocales = [\"en\", {}]\npaths = [\"{{locale}}/**/*.ftl\"]\n",
                quoted.join(", ")
            ),
        )
        .expect("config");
        println!(
            "project {k}x: {} locales, {files} files (built in {:.1} s); checking...",
            codes.len() + 1,
            t.elapsed().as_secs_f64()
        );
        let m = measure(&dir.join("glossator.toml"), args.runs);
        println!(
            "  {:.2} s, peak {:.0} MiB, {} findings",
            m.secs, m.hwm_mib, m.diags
        );
        rows.push((k, m));
        if !args.keep {
            let _ = fs::remove_dir_all(&dir);
        }
    }
    table(
        "Check time against project size (www-l10n copied under new locale codes)",
        "size",
        &rows,
        None,
    )
}

// ---------------------------------------------------------------------------------
// 2. Glossary size.

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const EN_SYL: [&str; 16] = [
    "ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do", "fu", "gi", "ha", "je", "pu", "so",
];
const FR_SYL: [&str; 16] = [
    "bé", "dè", "fa", "gu", "li", "mo", "nu", "pè", "ra", "sé", "ti", "vu", "cho", "gne", "qua",
    "ré",
];
const EN_FILL: [&str; 24] = [
    "the", "customer", "service", "of", "and", "report", "share", "in", "year", "with", "for", "a",
    "new", "channel", "users", "rate", "grew", "banks", "online", "calls", "to", "per", "total",
    "more",
];
const FR_FILL: [&str; 24] = [
    "le", "client", "service", "de", "et", "rapport", "part", "en", "année", "avec", "pour", "un",
    "nouveau", "canal", "usagers", "taux", "hausse", "banques", "en ligne", "appels", "à", "par",
    "total", "plus",
];

/// A pseudo-word for `n` from four syllables (16^4 = 65,536 distinct).
fn word(n: usize, syl: &[&str; 16]) -> String {
    (0..4).map(|d| syl[(n >> (4 * (3 - d))) & 15]).collect()
}

fn en_term(i: usize) -> String {
    format!("{} {}", word(2 * i, &EN_SYL), word(2 * i + 1, &EN_SYL))
}
fn fr_term(i: usize) -> String {
    format!("{} {}", word(2 * i, &FR_SYL), word(2 * i + 1, &FR_SYL))
}
fn fr_forbidden(i: usize) -> String {
    format!("{} {}", word(2 * i + 1, &FR_SYL), word(2 * i, &FR_SYL))
}

fn glossary_toml(n: usize, patterns: usize) -> String {
    let mut s = String::from("[glossary]\nname = \"synthetic\"\nsource_locale = \"en\"\n\n");
    for i in 0..n {
        let _ = writeln!(
            s,
            "[[concept]]\nid = \"c{i}\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"{}\"",
            en_term(i)
        );
        let _ = writeln!(
            s,
            "[[concept.term]]\nlocale = \"fr\"\ntext = \"{}\"",
            fr_term(i)
        );
        if patterns > 0 && i % patterns == 0 {
            let f = fr_term(i);
            let (a, b) = f.split_once(' ').expect("two words");
            let _ = writeln!(s, "match = \"pattern\"\npattern = '(?i)\\b{a}\\w* {b}\\w*'");
        }
        if i % 3 == 0 {
            let _ = writeln!(
                s,
                "[[concept.term]]\nlocale = \"fr\"\ntext = \"{}\"\nstatus = \"forbidden\"",
                fr_forbidden(i)
            );
        }
        s.push('\n');
    }
    s
}

fn write_messages(dir: &Path, messages: usize, universe: usize) {
    let per_file = 1000;
    let mut rng = Rng(42);
    for f in 0..messages.div_ceil(per_file) {
        let mut en = String::new();
        let mut fr = String::new();
        for m in f * per_file..((f + 1) * per_file).min(messages) {
            let concepts = [rng.below(universe), rng.below(universe)];
            let mut e: Vec<String> = (0..8)
                .map(|_| EN_FILL[rng.below(EN_FILL.len())].to_string())
                .collect();
            let mut t: Vec<String> = (0..8)
                .map(|_| FR_FILL[rng.below(FR_FILL.len())].to_string())
                .collect();
            for (k, &c) in concepts.iter().enumerate() {
                e.insert(2 + 3 * k, en_term(c));
                let roll = rng.below(10);
                if roll < 8 {
                    t.insert(2 + 3 * k, fr_term(c));
                } else if roll == 8 && c % 3 == 0 {
                    t.insert(2 + 3 * k, fr_forbidden(c));
                }
            }
            let _ = writeln!(en, "msg-{m} = {} {{ $n }}", e.join(" "));
            let _ = writeln!(fr, "msg-{m} = {} {{ $n }}", t.join(" "));
        }
        for (locale, text) in [("en", en), ("fr", fr)] {
            let p = dir.join(format!("{locale}/part-{f:04}.ftl"));
            fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            fs::write(p, text).expect("write");
        }
    }
}

fn glossary_bench(args: &Args) -> String {
    let dir = args.work.join("glossary");
    let _ = fs::remove_dir_all(&dir);
    let universe = args
        .glossary_sizes
        .iter()
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let t = Instant::now();
    write_messages(&dir, args.messages, universe);
    let config = |g: Option<usize>| {
        let gl = g.map_or(String::new(), |n| {
            format!("glossaries = [\"glossary-{n}.toml\"]\n")
        });
        format!(
            "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"{{locale}}/**/*.ftl\"]\n{gl}"
        )
    };
    fs::write(dir.join("glossator-none.toml"), config(None)).expect("config");
    for &n in &args.glossary_sizes {
        fs::write(
            dir.join(format!("glossary-{n}.toml")),
            glossary_toml(n, args.patterns),
        )
        .expect("glossary");
        fs::write(dir.join(format!("glossator-{n}.toml")), config(Some(n))).expect("config");
    }
    println!(
        "glossary: {} messages x 2 locales in {} files (built in {:.1} s); checking...",
        args.messages,
        2 * args.messages.div_ceil(1000),
        t.elapsed().as_secs_f64()
    );
    let base = measure(&dir.join("glossator-none.toml"), args.runs);
    println!(
        "  no glossary: {:.2} s, peak {:.0} MiB",
        base.secs, base.hwm_mib
    );
    let mut rows = Vec::new();
    for &n in &args.glossary_sizes {
        let m = measure(&dir.join(format!("glossator-{n}.toml")), args.runs);
        println!(
            "  {n} concepts: {:.2} s, peak {:.0} MiB, {} findings",
            m.secs, m.hwm_mib, m.diags
        );
        rows.push((n, m));
    }
    table(
        &format!(
            "Check time against glossary size ({} messages, en + fr; pattern terms: {})",
            args.messages,
            if args.patterns == 0 {
                "none".to_string()
            } else {
                format!("1 concept in {}", args.patterns)
            }
        ),
        "concepts",
        &rows,
        Some(base),
    )
}
