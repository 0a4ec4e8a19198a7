//! Hostile inputs: nesting, size, odd bytes, link loops, self-including configurations,
//! XML entity attacks, degenerate glossary terms and regular expressions. Every test
//! builds its input in a temporary directory at run time (nothing large is committed).
//!
//! Tests marked "Regression" reproduce bugs found by these tests and the fuzz targets
//! (`fuzz/`), now fixed. A test for a bug not fixed yet is `#[ignore]`d with a reason
//! ("FAILS UNTIL FIXED" or "LIMITATION") so that CI stays green; run those with
//! `cargo test --test hostile -- --ignored`. Anything that could overflow a stack runs
//! in a child process (`in_child`), so an abort fails one test, not the whole binary.
//! Figures (seconds, peak RSS) are printed: `cargo test --test hostile -- --nocapture`.

use assert_cmd::Command;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_glossator");

fn glossator(dir: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env("NO_COLOR", "1")
        .current_dir(dir)
        .timeout(Duration::from_secs(240));
    c
}

/// A project with reference `en` and translation `fr` (paths `locales/{locale}/**/*.ftl`)
/// and the given files.
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("glossator.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n",
    )
    .expect("write config");
    fs::create_dir_all(dir.path().join("locales/en")).expect("mkdir");
    fs::create_dir_all(dir.path().join("locales/fr")).expect("mkdir");
    for (p, content) in files {
        write(dir.path(), p, content);
    }
    dir
}

fn write(root: &Path, rel: &str, content: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, content).expect("write");
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&out[..out.len().min(2000)])
        )
    })
}

fn rules(v: &serde_json::Value) -> Vec<String> {
    let mut r: Vec<String> = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["rule"].as_str().expect("rule").to_string())
        .collect();
    r.sort();
    r.dedup();
    r
}

/// Exit code of a finished process; a death by signal (abort, stack overflow) fails.
fn code(out: &std::process::Output) -> i32 {
    out.status.code().unwrap_or_else(|| {
        panic!(
            "glossator was killed by a signal ({:?}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Runs `f` in a child process (this test binary, filtered to `name`) so that a stack
/// overflow or abort fails this test only. In the child, runs `f` itself.
fn in_child(name: &str, f: impl FnOnce()) {
    if std::env::var("GLOSSATOR_HOSTILE_CHILD").as_deref() == Ok(name) {
        f();
        return;
    }
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([name, "--exact", "--include-ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env("GLOSSATOR_HOSTILE_CHILD", name)
        .output()
        .expect("child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "child for `{name}` failed ({:?}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stdout.contains("1 passed"), "child ran no test:\n{stdout}");
}

/// `glossator check --format json` in `dir`, measured and reported as `what` (with `--nocapture`).
fn measured_check(dir: &Path, what: &str, timeout_secs: u64) -> Measured {
    let m = measured(
        dir,
        &["check", "--format", "json"],
        Duration::from_secs(timeout_secs),
    );
    println!(
        "{what}: exit {:?}, {:.1} s, peak RSS {:.0} MiB",
        m.code, m.secs, m.peak_mib
    );
    m
}

/// Runs `f` on a thread with a 2 MiB stack (Rust's default for spawned threads).
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("thread panicked")
}

// ---------------------------------------------------------------------------------
// Peak memory of a child: VmHWM in /proc/PID/status, polled every few milliseconds while
// it runs (VmHWM only grows). Not the rusage of wait4(2): Linux carries the parent's
// (this test binary's) high-water mark over into a child's ru_maxrss at exec.

struct Measured {
    /// Exit code, or `None` when a signal ended the process.
    code: Option<i32>,
    signal: Option<i32>,
    secs: f64,
    /// Peak resident set size in MiB (VmHWM of the process), 0 where unknown.
    peak_mib: f64,
    stdout: PathBuf,
    stderr: String,
}

#[cfg(target_os = "linux")]
fn vm_hwm_kib(pid: u32) -> Option<u64> {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Runs glossator with `args` in `dir`, stdout to a file, killed after `limit`.
#[cfg(target_os = "linux")]
fn measured(dir: &Path, args: &[&str], limit: Duration) -> Measured {
    use std::os::unix::process::ExitStatusExt;
    let stdout = dir.join("glossator.stdout");
    let stderr = dir.join("glossator.stderr");
    let start = Instant::now();
    let mut child = std::process::Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(fs::File::create(&stdout).expect("stdout file"))
        .stderr(fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("glossator starts");
    let mut hwm = 0u64;
    let status = loop {
        if let Some(kib) = vm_hwm_kib(child.id()) {
            hwm = hwm.max(kib);
        }
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("glossator {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Measured {
        code: status.code(),
        signal: status.signal(),
        secs: start.elapsed().as_secs_f64(),
        peak_mib: hwm as f64 / 1024.0,
        stdout,
        stderr: fs::read_to_string(&stderr).unwrap_or_default(),
    }
}

#[cfg(not(target_os = "linux"))]
fn measured(dir: &Path, args: &[&str], limit: Duration) -> Measured {
    let stdout = dir.join("glossator.stdout");
    let start = Instant::now();
    let out = std::process::Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("glossator starts");
    assert!(start.elapsed() < limit, "too slow");
    fs::write(&stdout, &out.stdout).expect("stdout file");
    Measured {
        code: out.status.code(),
        signal: None,
        secs: start.elapsed().as_secs_f64(),
        peak_mib: 0.0,
        stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Measured {
    fn exit(&self) -> i32 {
        match self.code {
            Some(c) => c,
            None => panic!(
                "glossator was killed by signal {:?}: {}",
                self.signal, self.stderr
            ),
        }
    }
}

// ---------------------------------------------------------------------------------
// Nesting.

fn nested_braces(depth: usize) -> String {
    format!(
        "deep = {}$x{}\nok = fine\n",
        "{ ".repeat(depth),
        " }".repeat(depth)
    )
}

#[test]
fn deep_nesting_binary_reports_too_deep() {
    let deep = nested_braces(100_000);
    let dir = project(&[
        ("locales/en/a.ftl", deep.as_bytes()),
        ("locales/fr/a.ftl", deep.as_bytes()),
    ]);
    let out = glossator(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    let too_deep: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["rule"] == "too-deep")
        .map(|d| d["path"].as_str().expect("path"))
        .collect();
    assert_eq!(too_deep, ["locales/en/a.ftl", "locales/fr/a.ftl"]);
    // The human renderer shows a snippet of the 400 KB line without trouble.
    let out = glossator(dir.path()).arg("check").output().expect("runs");
    assert_eq!(code(&out), 1);
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[too-deep]"));
}

#[test]
fn deep_nesting_library_on_a_2mib_stack() {
    in_child("deep_nesting_library_on_a_2mib_stack", || {
        let deep = nested_braces(100_000);
        let f = on_small_stack(move || {
            glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", deep.into_bytes())
        });
        assert_eq!(f.unparsed, None);
        assert!(f.model.syntax[0].too_deep, "{:?}", f.model.syntax);
        let ids: Vec<&str> = f.model.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ok"], "only the deep entry is lost");
        // The whole check, called from a small-stack thread.
        let deep = nested_braces(100_000);
        let dir = project(&[
            ("locales/en/a.ftl", deep.as_bytes()),
            ("locales/fr/a.ftl", b"ok = bien\n"),
        ]);
        let root = dir.path().to_path_buf();
        let rules_found = on_small_stack(move || {
            let cfg = root.join("glossator.toml");
            let text = fs::read_to_string(&cfg).expect("config");
            let project = glossator::project::config::parse(&cfg, &text).expect("config parses");
            let out = glossator::check::check_project(&project, true).expect("check runs");
            out.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>()
        });
        assert!(rules_found.contains(&"too-deep"), "{rules_found:?}");
    });
}

/// `render` formats with fluent-bundle, which parses with crates.io's fluent-syntax (no
/// nesting limit): it must be handed only entries that passed glossator's parser. A
/// too-deep entry is reported and left out; the rest of the file renders.
#[test]
fn render_of_deep_nesting_does_not_crash() {
    for (depth, inner) in [(10_000, "{ "), (100_000, "{ "), (100_000, "F(")] {
        let close = if inner == "F(" { ")" } else { " }" };
        let deep = format!(
            "deep = {{ {}$x{} }}\nok = fine\n",
            inner.repeat(depth),
            close.repeat(depth)
        );
        let dir = project(&[
            ("locales/en/a.ftl", deep.as_bytes()),
            ("locales/fr/a.ftl", deep.as_bytes()),
        ]);
        let out = glossator(dir.path())
            .args(["render", "--locale", "fr", "--format", "txt"])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(code(&out), 1, "{depth} {inner}: {stderr}");
        assert!(
            stderr.contains("a.ftl:1: Nested deeper than 100"),
            "{depth} {inner}: {stderr}"
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("fine"),
            "the entry after the deep one renders"
        );
    }
}

#[test]
fn nesting_at_the_limit_parses_on_a_2mib_stack() {
    in_child("nesting_at_the_limit_parses_on_a_2mib_stack", || {
        let depth = glossator::ftl::source::MAX_DEPTH;
        let src = format!(
            "{}sel = {{ $n ->\n    [one] {}x{}\n   *[other] y\n}}\n",
            nested_braces(depth),
            "{ ".repeat(depth - 1),
            " }".repeat(depth - 1)
        );
        let f = on_small_stack(move || {
            glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.into_bytes())
        });
        assert_eq!(f.unparsed, None);
        assert_eq!(f.model.entries.len(), 3);
    });
}

/// Regression (found here; fixed in 8282c55, `(` now counts in the depth guard).
/// Nested call arguments `{ F(F(F(...))) }` recurse in fluent-syntax without a `{` per
/// level, so the brace-counting `too-deep` guard lets them through and the parser
/// overflows the 16 MiB worker stack (about 20,000 levels in a release build, far fewer
/// in debug): the process aborts. Same with term arguments `{ -t(-t(...)) }`. Since
/// session 2 the parser itself counts call arguments as nesting (vendor/fluent-syntax).
#[test]
fn nested_call_arguments_do_not_crash() {
    for inner in ["F(", "-t("] {
        let n = 100_000;
        let src = format!(
            "deep = {{ {}$x{} }}\nok = fine\n",
            inner.repeat(n),
            ")".repeat(n)
        );
        let dir = project(&[
            ("locales/en/a.ftl", src.as_bytes()),
            ("locales/fr/a.ftl", b"ok = bien\n"),
        ]);
        let out = glossator(dir.path())
            .args(["check", "--format", "json"])
            .output()
            .expect("runs");
        assert_eq!(code(&out), 1, "{inner}");
        assert!(rules(&json(&out.stdout)).contains(&"too-deep".to_string()));
    }
}

/// The library entry point: a file of nested calls must come back `TooDeep` (or parsed),
/// not abort, even on a 2 MiB thread.
#[test]
fn nested_call_arguments_library_on_a_2mib_stack() {
    in_child("nested_call_arguments_library_on_a_2mib_stack", || {
        let n = 100_000;
        let src = format!("deep = {{ {}$x{} }}\n", "F(".repeat(n), ")".repeat(n));
        let f = on_small_stack(move || {
            glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.into_bytes())
        });
        assert!(f.model.syntax[0].too_deep, "{:?}", f.model.syntax);
    });
}

/// Regression (found in session 2, fixed by the parser's own nesting limit).
/// The old `too-deep` guard scanned bytes before parsing and skipped string literals
/// inside placeables, but a `"` in a select variant's text is text, not a string: the
/// braces after it were hidden from the guard and the parser overflowed the stack
/// (`fatal runtime error: stack overflow`, the process aborted). The same held after junk
/// that left the guard's count inside a placeable. The limit now lives in the parser
/// (vendor/fluent-syntax/PATCHES.md), which knows the grammar context.
#[test]
fn quote_in_variant_text_does_not_hide_nesting() {
    let n = 200_000;
    let attacks = [
        format!(
            "a = {{ $n ->\n   *[other] \"{}x\n}}\nok = fine\n",
            "{".repeat(n)
        ),
        format!("j = {{{{{{ ]\na = \"{}x\nok = fine\n", "{".repeat(n)),
        format!(
            "a = x\n    .t = {{ $n ->\n *[other] \"{}\n}}\nok = fine\n",
            "{".repeat(n)
        ),
    ];
    for (k, attack) in attacks.iter().enumerate() {
        let dir = project(&[
            ("locales/en/a.ftl", b"ok = fine\n"),
            ("locales/fr/a.ftl", attack.as_bytes()),
        ]);
        let out = glossator(dir.path())
            .args(["check", "--format", "json"])
            .output()
            .expect("runs");
        assert_eq!(
            code(&out),
            1,
            "attack {k}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let found = rules(&json(&out.stdout));
        assert!(
            found.contains(&"too-deep".to_string()),
            "attack {k}: {found:?}"
        );
        let src = attack.clone();
        library_survives(&src);
    }
}

/// The library on a 2 MiB thread with the same input (debug builds need 9 KB per level).
fn library_survives(src: &str) {
    let src = src.to_string();
    let f = on_small_stack(move || {
        glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.into_bytes())
    });
    assert!(
        f.model.syntax.iter().any(|i| i.too_deep),
        "{:?}",
        f.model.syntax
    );
    assert!(f.model.entries.iter().any(|e| e.id == "ok"));
}

/// Regression (found here; fixed in 8282c55).
/// `glossator extract` merges into an existing FTL file, parsed by fluent-syntax in
/// `extract::merge` without the `too-deep` guard: a deeply nested existing file aborts
/// the process with a stack overflow (main thread, 8 MiB).
#[test]
fn extract_into_a_deeply_nested_existing_file_does_not_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = "Laporan 2023\n\nTingkat jawaban mencapai 92,5%.\n";
    fs::write(dir.path().join("r.txt"), report).expect("report");
    let deep = format!("a = x\nb = {}\n", "{".repeat(100_000));
    fs::write(dir.path().join("out.ftl"), &deep).expect("existing");
    let out = glossator(dir.path())
        .args(["extract", "r.txt", "--locale", "id", "--out", "out.ftl"])
        .args(["--figures", "fig.toml"])
        .output()
        .expect("runs");
    let c = code(&out);
    assert!(c == 1 || c == 2, "exit {c}");
    assert_eq!(
        fs::read_to_string(dir.path().join("out.ftl")).expect("kept"),
        deep
    );
}

// ---------------------------------------------------------------------------------
// Size.

/// Writes `path` with `line(i)` for i = 0, 1, ... until `bytes` are written.
fn fill(path: &Path, bytes: usize, line: impl Fn(usize) -> String) -> usize {
    let mut w = BufWriter::new(fs::File::create(path).expect("create"));
    let (mut n, mut i) = (0usize, 0usize);
    while n < bytes {
        let s = line(i);
        if n + s.len() > bytes {
            break;
        }
        w.write_all(s.as_bytes()).expect("write");
        n += s.len();
        i += 1;
    }
    w.flush().expect("flush");
    i
}

const LOREM: &str = "Lorem ipsum dolor sit amet { $name } consectetur adipiscing elit ";

/// A 200 MB translation file (212,000 messages of 1 KB) against a 1,000-message
/// reference. Since `too-large` (files over 16 MiB are reported, not read) the file is
/// refused with a finding and memory stays small. Before that limit glossator read it
/// whole: 9.6 s and 1.27 GB peak RSS in a release build (6x the file).
#[test]
fn file_of_200_mb() {
    let dir = project(&[]);
    let line = LOREM.repeat(15);
    fill(&dir.path().join("locales/en/a.ftl"), 1_000_000, |i| {
        format!("msg-{i} = {line}\n")
    });
    fill(&dir.path().join("locales/fr/a.ftl"), 200 << 20, |i| {
        format!("msg-{i} = {line}\n")
    });
    let m = measured_check(dir.path(), "200 MB file", 300);
    assert_eq!(m.exit(), 1, "{}", m.stderr);
    let v = json(&fs::read(&m.stdout).unwrap());
    assert_eq!(v["summary"]["files"], 2);
    assert!(
        rules(&v).contains(&"too-large".to_string()),
        "{:?}",
        rules(&v)
    );
    assert!(m.peak_mib < 256.0, "peak RSS {:.0} MiB", m.peak_mib);
}

/// A file just under the 16 MiB limit (15,900 messages of 1 KB, each with a finding
/// of its own: obsolete): read, parsed and checked, with memory a small multiple of
/// the file.
#[test]
fn file_just_under_the_size_limit() {
    let dir = project(&[]);
    let line = LOREM.repeat(15);
    fill(&dir.path().join("locales/en/a.ftl"), 100_000, |i| {
        format!("msg-{i} = {line}\n")
    });
    let limit = glossator::ftl::source::MAX_FILE_BYTES as usize;
    let n = fill(&dir.path().join("locales/fr/a.ftl"), limit, |i| {
        format!("msg-{i} = {line}\n")
    });
    let m = measured_check(dir.path(), &format!("16 MiB file ({n} messages)"), 300);
    assert_eq!(m.exit(), 0, "{}", m.stderr);
    let v = json(&fs::read(&m.stdout).unwrap());
    assert_eq!(rules(&v), ["obsolete-message", "untranslated"]);
    assert!(m.peak_mib < 1024.0, "peak RSS {:.0} MiB", m.peak_mib);
}

/// One million messages in one file, in the reference and the translation (every
/// 1,000th left untranslated: 1,000 `missing-message` findings). Ids and values are
/// short (`m1e240 = b1e240`) so the files stay under the 16 MiB limit. Memory follows the
/// two models (about 490 bytes per message: 979 MiB in a debug build; 1.37 GB while the
/// parser's whole tree was kept, session 1).
#[test]
fn a_million_messages_in_one_file() {
    let dir = project(&[]);
    {
        let mut r = BufWriter::new(fs::File::create(dir.path().join("locales/en/a.ftl")).unwrap());
        let mut w = BufWriter::new(fs::File::create(dir.path().join("locales/fr/a.ftl")).unwrap());
        for i in 0..1_000_000 {
            writeln!(r, "m{i:x} = a{i:x}").unwrap();
            if i % 1000 != 999 {
                writeln!(w, "m{i:x} = b{i:x}").unwrap();
            }
        }
    }
    let m = measured_check(dir.path(), "1,000,000 messages", 300);
    assert_eq!(m.exit(), 0, "{}", m.stderr);
    let v = json(&fs::read(&m.stdout).unwrap());
    assert_eq!(v["summary"]["per_locale"]["fr"]["messages"], 1_000_000);
    assert_eq!(v["summary"]["per_locale"]["fr"]["missing"], 1000);
    assert_eq!(rules(&v), ["missing-message"]);
    assert!(m.peak_mib < 1536.0, "peak RSS {:.0} MiB", m.peak_mib);
}

/// Regression (fixed in session 2). A file under the size limit can hold millions of
/// junk lines, each a syntax error: 16 MiB of `a` lines is 8.4 million. glossator used to
/// keep every finding (7.6 GB, session 1), then kept 100 per file, but fluent-syntax still
/// built an AST node and an error per junk line before glossator could cap anything (about
/// 350 MiB for 4 MiB of junk). glossator now takes the parser's entries one at a time
/// (vendor/fluent-syntax/PATCHES.md), so memory follows the file, not its junk lines.
#[test]
fn a_flood_of_findings_stays_bounded() {
    let dir = project(&[("locales/en/a.ftl", b"a = A\n")]);
    let size = glossator::ftl::source::MAX_FILE_BYTES as usize - 2;
    fill(&dir.path().join("locales/fr/a.ftl"), size, |_| {
        "a\n".to_string()
    });
    let m = measured(
        dir.path(),
        &["check", "--format", "json"],
        Duration::from_secs(600),
    );
    let out = fs::metadata(&m.stdout).map(|md| md.len()).unwrap_or(0);
    println!(
        "16 MiB of junk lines: exit {:?}, {:.1} s, peak RSS {:.0} MiB, output {} MiB",
        m.code,
        m.secs,
        m.peak_mib,
        out >> 20
    );
    assert_eq!(m.exit(), 1, "{}", m.stderr);
    assert!(m.peak_mib < 128.0, "peak RSS {:.0} MiB", m.peak_mib);
    assert!(out < 1 << 20, "output {out} bytes");
}

/// A 10 MB line, with a finding at its end, in the human format (which shows a snippet
/// of the line) and in JSON.
#[test]
fn a_10_mb_line() {
    let long = "x".repeat(10 * 1024 * 1024);
    let l10n = format!("a = {long} {{ $ur }}\nb = court\n");
    let dir = project(&[
        ("locales/en/a.ftl", b"a = short { $url }\nb = short\n"),
        ("locales/fr/a.ftl", l10n.as_bytes()),
    ]);
    let t = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 1);
    let v = json(&out.stdout);
    let d = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["rule"] == "unknown-variable")
        .expect("unknown-variable");
    assert_eq!(d["line"], 1);
    assert_eq!(d["column"], 4 + long.len() + 4);
    let json_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--no-summary"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 1);
    let human = String::from_utf8_lossy(&out.stdout);
    assert!(human.contains("error[unknown-variable]"));
    println!(
        "10 MB line: json {json_secs:.1} s, human {:.1} s, human output {} bytes",
        t.elapsed().as_secs_f64(),
        out.stdout.len()
    );
}

// ---------------------------------------------------------------------------------
// Odd bytes.

#[test]
fn nul_bytes() {
    let l10n: &[u8] = b"a\0b = c\0d\nok = fine\0here { $x }\n# comment \0\n\0\nc = { \"\0\" }\n";
    let reference: &[u8] = b"ok = fine { $x }\nc = { \"\0\" }\nd = \0\n";
    let dir = project(&[("locales/en/a.ftl", reference), ("locales/fr/a.ftl", l10n)]);
    let out = glossator(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 1);
    assert!(rules(&json(&out.stdout)).contains(&"syntax-error".to_string()));
    // Human output reaches terminals: no raw NUL (or other C0 control) is written.
    let out = glossator(dir.path()).arg("check").output().expect("runs");
    assert_eq!(code(&out), 1);
    assert!(!out.stdout.contains(&0), "raw NUL in human output");
    // The library: a file that is nothing but NULs.
    let f = glossator::ftl::SourceFile::from_bytes("z.ftl".into(), "z.ftl", vec![0; 4096]);
    assert!(f.model.entries.is_empty());
}

/// `\uD800` (a lone surrogate) and out-of-range `\U` escapes in string literals: parsed
/// without a panic (fluent-syntax turns them into U+FFFD when resolving). glossator gives
/// no finding for them (observed; a possible future lint).
#[test]
fn lone_surrogates_in_escapes() {
    let src = "a = { \"\\uD800\" } { \"\\uDFFF\\uD800\" }\nb = { \"\\UDFFFFF\" } { \"\\U110000\" } { \"\\u00\" }\n    .t = { \"\\uD83D\\uDE00\" }\n";
    let f = glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.into());
    assert_eq!(f.unparsed, None);
    let dir = project(&[
        ("locales/en/a.ftl", src.as_bytes()),
        ("locales/fr/a.ftl", src.as_bytes()),
    ]);
    for format in ["json", "human", "sarif"] {
        let out = glossator(dir.path())
            .args(["check", "--format", format])
            .output()
            .expect("runs");
        let c = code(&out);
        assert!(c <= 1, "{format}: exit {c}");
    }
}

// ---------------------------------------------------------------------------------
// The file tree.

#[cfg(unix)]
#[test]
fn symlink_loops_in_the_locale_tree_terminate() {
    use std::os::unix::fs::symlink;
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\n"),
        ("locales/fr/a.ftl", b"a = Le A\n"),
        ("locales/fr/sub/b.ftl", b"b = B\n"),
    ]);
    let fr = dir.path().join("locales/fr");
    symlink("..", fr.join("up")).unwrap(); // locales/fr/up -> locales (a loop via ..)
    symlink(".", fr.join("sub/here")).unwrap(); // a directory linking to itself
    symlink("self.ftl", fr.join("self.ftl")).unwrap(); // ELOOP
    symlink("y.ftl", fr.join("x.ftl")).unwrap(); // x -> y -> x
    symlink("x.ftl", fr.join("y.ftl")).unwrap();
    symlink(dir.path(), dir.path().join("locales/en/root")).unwrap(); // to the project root
    let t = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--format", "json"])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("finishes");
    let c = code(&out);
    assert!(c <= 2, "exit {c}");
    assert!(t.elapsed() < Duration::from_secs(60));
    if c < 2 {
        assert_eq!(json(&out.stdout)["summary"]["locales"], 2);
    }
}

/// A locale tree 300 directories deep, each with a sibling still to list, is walked to its
/// bottom with few file descriptors: the walk keeps a bounded number of directories open,
/// not every one whose subdirectories wait.
#[cfg(unix)]
#[test]
fn a_deep_tree_is_walked_with_few_descriptors() {
    let deep: String = (0..300).map(|i| format!("d{i}/")).collect();
    let dir = project(&[
        (&format!("locales/en/{deep}a.ftl"), b"a = A\n"),
        (&format!("locales/fr/{deep}a.ftl"), b"a = Le A\n"),
    ]);
    for locale in ["en", "fr"] {
        let mut level = dir.path().join("locales").join(locale);
        for i in 0..300 {
            fs::create_dir(level.join(format!("s{i}"))).expect("mkdir");
            level = level.join(format!("d{i}"));
        }
    }
    let out = std::process::Command::new("sh")
        .args(["-c", "ulimit -n 48 && exec \"$0\" check --format json", BIN])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    assert_eq!(v["summary"]["files"], 2, "{v}");
}

#[test]
fn l10n_toml_that_includes_itself_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "en/a.ftl", b"a = A\n");
    write(dir.path(), "fr/a.ftl", b"a = B\n");
    let body = "basepath = \".\"\nlocales = [\"fr\"]\n[[paths]]\nreference = \"en/**/*.ftl\"\nl10n = \"{locale}/**/*.ftl\"\n";
    write(
        dir.path(),
        "l10n.toml",
        format!("{body}[[includes]]\npath = \"l10n.toml\"\n").as_bytes(),
    );
    write(
        dir.path(),
        "a.toml",
        format!("{body}[[includes]]\npath = \"sub/b.toml\"\n").as_bytes(),
    );
    write(
        dir.path(),
        "sub/b.toml",
        b"[[includes]]\npath = \"../a.toml\"\n",
    );
    for file in ["l10n.toml", "a.toml"] {
        let out = glossator(dir.path())
            .args(["check", "--l10n-toml", file])
            .timeout(Duration::from_secs(30))
            .output()
            .expect("finishes");
        assert_eq!(code(&out), 2, "{file}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("includes itself"), "{file}: {err}");
    }
}

/// Regression (found here; fixed in 8282c55, bounded reads of regular files only).
/// Configuration files were read whole with no size limit and no check that they are
/// regular files: an `[[includes]]` (or `--config`) naming a FIFO blocks forever, and
/// one naming `/dev/zero` reads until memory runs out (2 GB in 3 s here, then "out of
/// memory" under a 4 GB address-space limit, or the OOM killer without one).
#[cfg(unix)]
#[test]
fn config_naming_a_fifo_or_device_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("fifo.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mkfifo");
    let include = |path: &str| {
        format!("basepath = \".\"\nlocales = [\"fr\"]\n[[includes]]\npath = \"{path}\"\n")
    };
    write(dir.path(), "zero.toml", include("/dev/zero").as_bytes());
    write(
        dir.path(),
        "fifo-include.toml",
        include("fifo.toml").as_bytes(),
    );
    let runs: [&[&str]; 3] = [
        &["check", "--l10n-toml", "zero.toml"],
        &["check", "--l10n-toml", "fifo-include.toml"],
        &["check", "--config", "fifo.toml"],
    ];
    for args in runs {
        let t = Instant::now();
        // A 4 GB address-space limit keeps a failure from exhausting the machine.
        let out = Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 4000000; exec \"$0\" \"$@\"")
            .arg(BIN)
            .args(args)
            .current_dir(dir.path())
            .timeout(Duration::from_secs(20))
            .output();
        let secs = t.elapsed().as_secs_f64();
        let out = out.unwrap_or_else(|e| panic!("{args:?}: did not finish in 20 s ({e})"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(code(&out), 2, "{args:?}: {err}");
        assert!(!err.contains("out of memory"), "{args:?}: {err}");
        assert!(secs < 5.0, "{args:?}: {secs:.1} s");
    }
}

// ---------------------------------------------------------------------------------
// Glossaries.

fn with_glossary(name: &str, content: &[u8]) -> tempfile::TempDir {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = Remote banking\n"),
        ("locales/fr/a.ftl", b"a = Banque a distance\n"),
    ]);
    write(dir.path(), name, content);
    dir
}

#[test]
fn tbx_entity_bomb_is_refused_quickly() {
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n <!ENTITY l0 \"lol\">\n");
    for i in 1..10 {
        let p = format!("&l{};", i - 1).repeat(10);
        bomb.push_str(&format!(" <!ENTITY l{i} \"{p}\">\n"));
    }
    bomb.push_str("]>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>&l9;</term></tig></langSet></termEntry></body></text></martif>\n");
    let dir = with_glossary("bomb.tbx", bomb.as_bytes());
    let t = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--glossary", "bomb.tbx"])
        .timeout(Duration::from_secs(30))
        .output()
        .expect("finishes");
    assert_eq!(code(&out), 2);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bomb.tbx:2:1") && err.contains("entit"),
        "{err}"
    );
    assert!(t.elapsed() < Duration::from_secs(10));
}

/// External entities and an external DTD that point at a FIFO: opening it for reading
/// would block forever, so a run that finishes proves no file was opened. A readable
/// secret file's content must not appear in any output.
#[cfg(unix)]
#[test]
fn tbx_external_entity_is_refused_without_file_access() {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = Remote banking\n"),
        ("locales/fr/a.ftl", b"a = Banque\n"),
    ]);
    let fifo = dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "TOP-SECRET-CONTENT").unwrap();
    let target = if made { &fifo } else { &secret };
    let cases = [
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [ <!ENTITY xxe SYSTEM \"file://{}\"> ]>\n<martif type=\"TBX\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>\n",
            target.display()
        ),
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [ <!ENTITY % p SYSTEM \"{}\"> %p; ]>\n<martif type=\"TBX\"><text><body/></text></martif>\n",
            secret.display()
        ),
        "<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>\n".to_string(),
    ];
    for (i, x) in cases.iter().enumerate() {
        write(dir.path(), "x.tbx", x.as_bytes());
        let out = glossator(dir.path())
            .args(["check", "--glossary", "x.tbx"])
            .timeout(Duration::from_secs(30))
            .output()
            .expect("finishes (a FIFO opened for reading would block)");
        assert_eq!(code(&out), 2, "case {i}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(all.contains("entit"), "case {i}: {all}");
        assert!(!all.contains("TOP-SECRET"), "case {i}: {all}");
    }
    // An external DTD subset (as Pontoon's exports declare) is never fetched either.
    let x = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"{}\">\n<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>remote banking</term></tig></langSet></termEntry></body></text></martif>\n",
        target.display()
    );
    write(dir.path(), "x.tbx", x.as_bytes());
    let out = glossator(dir.path())
        .args(["check", "--glossary", "x.tbx"])
        .timeout(Duration::from_secs(30))
        .output()
        .expect("finishes");
    assert!(code(&out) <= 1, "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn empty_or_punctuation_glossary_terms_are_clear_errors() {
    let toml = |text: &str| {
        format!("[[concept]]\nid = \"x\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"{text}\"\n")
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("g.toml", toml(""), "term text is empty"),
        ("g.toml", toml("   "), "term text is empty"),
        ("g.toml", toml("?!..."), "has no letters or digits"),
        ("g.toml", toml("—"), "has no letters or digits"),
    ];
    for (name, content, want) in cases {
        let dir = with_glossary(name, content.as_bytes());
        let out = glossator(dir.path())
            .args(["check", "--glossary", name])
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(code(&out), 2, "{name} {content:?}: {err}");
        assert!(err.contains(want), "{name} {content:?}: {err}");
        assert!(err.contains(name), "error names the file: {err}");
    }
}

/// A CSV export's empty cell is a language the concept has no term in (termbases leave
/// most cells empty), not a malformed glossary; so is a cell that import cleanup empties
/// (an ellipsis standing for "no term"), and an imported term of punctuation only is a
/// termbase defect, not a load error: only the project's own TOML glossary is strict.
#[test]
fn an_empty_csv_cell_is_no_term() {
    let dir = with_glossary("g.csv", b"concept,locale,term\nx,en,\n");
    let out = glossator(dir.path())
        .args(["check", "--glossary", "g.csv"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let tbx = "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>!!</term></tig></langSet></termEntry></body></text></martif>\n";
    let dir = with_glossary("g.tbx", tbx.as_bytes());
    let out = glossator(dir.path())
        .args(["check", "--glossary", "g.tbx"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let dir = with_glossary("g.csv", b"concept,locale,term\nx,en,...\n");
    let out = glossator(dir.path())
        .args(["check", "--glossary", "g.csv"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}

/// Patterns that take exponential time in a backtracking engine, against 100,000-char
/// texts that almost match. Rust's `regex` is linear: the run must be quick, and the
/// pattern must still work (a forbidden term is found).
#[test]
fn catastrophic_regex_patterns_finish_quickly() {
    let glossary = r#"
[[concept]]
id = "a"
[[concept.term]]
locale = "en"
text = "aaa"
match = "pattern"
pattern = '(a+)+$'
[[concept.term]]
locale = "fr"
text = "aaa"
match = "pattern"
pattern = '(a|aa)+$'

[[concept]]
id = "x"
[[concept.term]]
locale = "fr"
text = "xxy"
status = "forbidden"
match = "pattern"
pattern = '(x+x+)+y'
"#;
    let a = "a".repeat(100_000);
    let x = "x".repeat(100_000);
    let reference = format!("m1 = {a}b\nm2 = {a}b\nm3 = {a}b\n");
    let l10n = format!("m1 = {a}b\nm2 = {x}\nm3 = {x}y\n");
    let dir = project(&[
        ("locales/en/a.ftl", reference.as_bytes()),
        ("locales/fr/a.ftl", l10n.as_bytes()),
    ]);
    write(dir.path(), "g.toml", glossary.as_bytes());
    let t = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--format", "json", "--glossary", "g.toml"])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("finishes");
    let secs = t.elapsed().as_secs_f64();
    println!("catastrophic patterns: {secs:.2} s");
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    let forbidden: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["rule"] == "forbidden-term")
        .collect();
    assert_eq!(forbidden.len(), 1, "{forbidden:?}");
    assert_eq!(forbidden[0]["id"], "m3");
    assert!(secs < 20.0, "{secs} s");
}

#[test]
fn oversized_or_unsupported_regex_patterns_are_clear_errors() {
    for (pattern, want) in [
        ("a{1000}{1000}", "size limit"),
        ("(a)\\\\1", "backreferences are not supported"),
        ("(?<=a)b", "look-around"),
    ] {
        let g = format!(
            "[[concept]]\nid = \"x\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"a\"\nmatch = \"pattern\"\npattern = \"{pattern}\"\n"
        );
        let dir = with_glossary("g.toml", g.as_bytes());
        let t = Instant::now();
        let out = glossator(dir.path())
            .args(["check", "--glossary", "g.toml"])
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(code(&out), 2, "{pattern}: {err}");
        assert!(err.contains(want), "{pattern}: {err}");
        assert!(err.contains("g.toml:3:1"), "{pattern}: {err}");
        assert!(t.elapsed() < Duration::from_secs(20));
    }
}

// ---------------------------------------------------------------------------------
// Extraction.

/// Regression (fixed in 849a20c: control characters become spaces).
/// A control character in a report sentence: the sentence is written into the source
/// comment above its message, but on re-running `extract` (merging into its own output)
/// that comment no longer matches the sentence, so statements are matched to the wrong
/// ids (`statement` and `statement-2` swap): re-running is not byte-identical and hand
/// edits would move to another message. Found by the `extract` fuzz target (minimized
/// from `0x0b 0x00 "2. 2."`).
#[test]

fn extract_rerun_is_stable_with_control_characters() {
    for report in ["\u{1} 2. 2.", "\u{0}2. 2.", "Title\n\n\u{0}2. 2."] {
        let ex = glossator::extract::extract(report, "en");
        let fresh = glossator::extract::merge(None, None, &ex, "r.txt").expect("fresh");
        let again = glossator::extract::merge(Some(&fresh.ftl), Some(&fresh.figures), &ex, "r.txt")
            .expect("re-run");
        assert_eq!(again.ftl, fresh.ftl, "{report:?}");
        assert_eq!(again.figures, fresh.figures, "{report:?}");
    }
}

/// Regression (found by the `extract` fuzz target in session 1, fixed in session 2 by
/// moving the nesting limit into the parser).
/// The old `too-deep` guard counted every `{` outside string literals, comments included,
/// and an unclosed one stayed counted on the following lines: a valid file whose comments
/// held 101 braces in all (one comment of 101, or two of 51) was refused whole
/// (`too-deep`, every message then missing) although fluent-syntax never recurses into
/// a comment. `glossator extract` copies each source sentence into a comment, so a report
/// sentence with 101 braces yielded an FTL file that glossator itself refused (minimized to
/// a 52-byte German report: `"` + 46 `{` + `n` + 6 `{`).
#[test]
fn braces_in_comments_are_not_nesting() {
    let braces = "{".repeat(150);
    let src = format!("# {braces}\n## {braces}\na = A\n    .title = T\n");
    let f = glossator::ftl::SourceFile::from_bytes("a.ftl".into(), "a.ftl", src.into());
    assert_eq!(f.unparsed, None);
    assert_eq!(f.model.entries.len(), 1);
    let half = "{".repeat(51);
    let src = format!("# {half}\na = A\n# {half}\nb = B\n");
    let f = glossator::ftl::SourceFile::from_bytes("b.ftl".into(), "b.ftl", src.into());
    assert_eq!(f.unparsed, None);
    assert_eq!(f.model.entries.len(), 2);
    let report = format!("Report 2023\n\nSales grew 5% {braces} in 2023.\n");
    let ex = glossator::extract::extract(&report, "en");
    let ftl = glossator::extract::write_ftl(&ex, "r.txt");
    let f = glossator::ftl::SourceFile::from_bytes("o.ftl".into(), "o.ftl", ftl.clone().into());
    assert_eq!(f.unparsed, None, "{ftl}");
}

// ---------------------------------------------------------------------------------
// Fixes.

/// Regression (fixed in 8282c55).
/// An obsolete message defined twice: `glossator fix --remove-obsolete` removed only the
/// first definition (the planner looks the entry up by id), so a second run changes the
/// file again. Found by the `check_ftl` fuzz target (fixes must be idempotent).
#[test]
fn fix_remove_obsolete_removes_every_duplicate() {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\n"),
        ("locales/fr/a.ftl", b"a = Le A\ndup = one\ndup = two\n"),
    ]);
    let fix = || {
        glossator(dir.path())
            .args(["fix", "--remove-obsolete"])
            .output()
            .expect("runs")
    };
    let first = fix();
    assert!(
        code(&first) <= 1,
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let after_first = fs::read_to_string(dir.path().join("locales/fr/a.ftl")).unwrap();
    let second = fix();
    assert!(code(&second) <= 1);
    let after_second = fs::read_to_string(dir.path().join("locales/fr/a.ftl")).unwrap();
    assert_eq!(after_first, "a = Le A\n", "first run left: {after_first:?}");
    assert_eq!(after_second, after_first, "a second run changed the file");
}

/// Regression (fixed in 8282c55: fix uses the parser's entry boundaries).
/// Inside a placeable Fluent needs no indentation, so select variants (or the rest of a
/// placeable) may start at column 0. `glossator fix` finds an entry's extent by indentation
/// instead of by the parser's spans: `--add-missing` copies only the first line of such
/// a message (writing a syntax error into the translation, and one more copy on every
/// run), and `--remove-obsolete` deletes only its first line (leaving the variants as
/// junk). Found by the `check_ftl` fuzz target (fixes must be idempotent).
#[test]
fn fix_keeps_entries_with_unindented_placeable_lines_whole() {
    let select = "{ $n ->\n[one] One\n*[other] Many\n}\n";
    // --add-missing
    let reference = format!("a = {select}b = B\n");
    let dir = project(&[
        ("locales/en/a.ftl", reference.as_bytes()),
        ("locales/fr/a.ftl", b"b = Be\n"),
    ]);
    let run = |args: &[&str]| {
        let out = glossator(dir.path()).args(args).output().expect("runs");
        assert!(code(&out) <= 1, "{}", String::from_utf8_lossy(&out.stderr));
        fs::read_to_string(dir.path().join("locales/fr/a.ftl")).unwrap()
    };
    let first = run(&["fix", "--add-missing"]);
    let again = run(&["fix", "--add-missing"]);
    assert_eq!(again, first, "a second --add-missing changed the file");
    let out = glossator(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    let found = rules(&json(&out.stdout));
    assert!(
        !found.contains(&"syntax-error".to_string()),
        "--add-missing wrote broken Fluent:\n{first}"
    );
    // --remove-obsolete
    let l10n = format!("b = Be\nz = {select}c = C\n");
    write(dir.path(), "locales/en/a.ftl", b"b = B\nc = C\n");
    write(dir.path(), "locales/fr/a.ftl", l10n.as_bytes());
    let after = run(&["fix", "--remove-obsolete"]);
    assert_eq!(after, "b = Be\nc = C\n");
}

/// Regression (fixed in ca06dfe).
/// A translation file glossator could not read (`too-large`) has no entries, so every
/// reference message counts as missing in it, and `glossator fix --add-missing` appended a
/// copy of each one, including messages the file already has, again on every run (the
/// file grows without end). Fixes leave a file they cannot read alone. A file with a
/// `too-deep` entry is read (only that entry is junk): the missing message is added once.
/// Found by the `check_ftl` fuzz target (fixes must be idempotent).
#[test]
fn fix_leaves_unparsed_files_alone() {
    // `glossator fix --add-missing` twice on a French file beside an English one; `check`
    // sees the French file after each run.
    let fix_twice = |l10n: &str, check: &dyn Fn(usize, &str)| {
        let dir = project(&[
            ("locales/en/a.ftl", b"a = A\nb = B\n"),
            ("locales/fr/a.ftl", l10n.as_bytes()),
        ]);
        for run in 1..=2 {
            let out = glossator(dir.path())
                .args(["fix", "--add-missing"])
                .output()
                .expect("runs");
            assert!(code(&out) <= 1, "{}", String::from_utf8_lossy(&out.stderr));
            check(
                run,
                &fs::read_to_string(dir.path().join("locales/fr/a.ftl")).unwrap(),
            );
        }
    };
    let too_deep = format!("b = Be\nz = {}\n", "{".repeat(200));
    fix_twice(&too_deep, &|_, now| {
        assert!(now.starts_with(&too_deep), "bytes before the edit kept");
        assert_eq!(now.matches("a = A").count(), 1, "{now:?}");
    });
    let too_large = {
        let mut s = String::from("b = Be\n");
        while s.len() as u64 <= glossator::ftl::source::MAX_FILE_BYTES {
            s.push_str("# filler comment line\n");
        }
        s
    };
    fix_twice(&too_large, &|run, now| {
        assert!(
            now == too_large,
            "too-large: run {run} changed the file it cannot parse"
        );
    });
}

/// Regression (fixed in 8282c55).
/// `fix::apply_edits` skips edits that are out of bounds or split a character, but an
/// edit whose range is reversed (`start > end`) is applied: the bytes between end and
/// start are written twice. Found by the `fix` fuzz target.
#[test]
fn fix_apply_edits_skips_reversed_range() {
    #[allow(clippy::reversed_empty_ranges)]
    let edit = glossator::diagnostic::Edit {
        range: 2..1,
        replacement: "X".into(),
    };
    let (out, applied) = glossator::fix::apply_edits("abc", &[edit]);
    assert_eq!((out.as_str(), applied), ("abc", 0));
}
