//! Outputs never destroy: every writer (`check --write-baseline`, `fix`, `extract`, `render`,
//! `glossary export --out`) writes through symbolic links (the link stays), directly into
//! pipes and devices (never reading them, never renaming over them), and atomically onto
//! regular files (a killed run leaves the old file or the new one). Errors name the path and
//! the OS error, exit 2, and leave the old output as it was.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_glossator");

/// The binary in `dir`, with a timeout: the failures this file guards against are hangs
/// (a pipe read) and endless reads (`/dev/full`).
fn glossator(dir: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env("NO_COLOR", "1")
        .current_dir(dir)
        .timeout(Duration::from_secs(60));
    c
}

/// A project whose French file has one error (`unknown-variable`) per message and a BOM
/// (a safe fix), with `messages` messages.
fn project(messages: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |rel: &str, bytes: &[u8]| {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, bytes).expect("write");
    };
    w(
        "glossator.toml",
        b"[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"l/{locale}/*.ftl\"]\n",
    );
    let (mut en, mut fr) = (String::new(), String::from("\u{FEFF}"));
    for i in 0..messages {
        en.push_str(&format!("m{i} = Hello {{ $name }}\n"));
        fr.push_str(&format!("m{i} = Bonjour {{ $nom }}\n"));
    }
    w("l/en/a.ftl", en.as_bytes());
    w("l/fr/a.ftl", fr.as_bytes());
    dir
}

fn code(out: &std::process::Output) -> i32 {
    out.status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {:?}", out.status))
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The entries of a baseline file's JSON.
fn baseline_entries(bytes: &[u8]) -> usize {
    let v: serde_json::Value = serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(bytes)));
    v["entries"].as_array().expect("entries").len()
}

/// How many findings `check` reports in `dir`: what a baseline of it records.
fn findings(dir: &Path) -> usize {
    let out = glossator(dir)
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let n = v["diagnostics"].as_array().expect("diagnostics").len();
    assert!(n > 0, "the project has findings");
    n
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[cfg(unix)]
fn is_link(p: &Path) -> bool {
    fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    rustix::fs::mkfifoat(rustix::fs::CWD, path, rustix::fs::Mode::from(0o600)).expect("mkfifo");
}

/// Reads a pipe to its end on another thread (the writer's open blocks until a reader).
#[cfg(unix)]
fn drain(fifo: &Path) -> std::thread::JoinHandle<Vec<u8>> {
    let fifo = fifo.to_path_buf();
    std::thread::spawn(move || fs::read(&fifo).expect("read the pipe"))
}

// ---------------------------------------------------------------------------------
// check --write-baseline

#[cfg(unix)]
#[test]
fn baseline_is_written_through_a_link_which_stays() {
    let dir = project(2);
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).expect("mkdir");
    fs::write(shared.join("base.json"), "old\n").expect("write");
    let link = dir.path().join("base.json");
    std::os::unix::fs::symlink("shared/base.json", &link).expect("link");
    let out = glossator(dir.path())
        .args(["check", "--write-baseline", "base.json"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_link(&link), "the link is still a link");
    assert_eq!(
        baseline_entries(&fs::read(shared.join("base.json")).expect("read")),
        findings(dir.path()),
        "the findings are recorded in the link's target"
    );
    assert_eq!(names(&shared), ["base.json"], "no temporary file left");
}

#[cfg(unix)]
#[test]
fn baseline_into_a_pipe_arrives_without_hanging() {
    use std::os::unix::fs::FileTypeExt;
    let dir = project(2);
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let reader = drain(&fifo);
    let out = glossator(dir.path())
        .args(["check", "--write-baseline", "fifo"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        baseline_entries(&reader.join().expect("reader")),
        findings(dir.path())
    );
    assert!(fs::symlink_metadata(&fifo)
        .expect("meta")
        .file_type()
        .is_fifo());
}

#[cfg(target_os = "linux")]
fn is_char_device(p: &str) -> bool {
    use std::os::unix::fs::FileTypeExt;
    fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_char_device())
}

#[cfg(target_os = "linux")]
#[test]
fn baseline_into_dev_null_succeeds() {
    let dir = project(1);
    let out = glossator(dir.path())
        .args(["check", "--write-baseline", "/dev/null"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_char_device("/dev/null"));
}

/// `/dev/full` reads as endless zeros: reading the old output first ran until the kernel
/// killed the process (23.7 GB as root); now the write fails at once, the device stays.
#[cfg(target_os = "linux")]
#[test]
fn baseline_into_dev_full_fails_clearly_and_the_device_stays() {
    let dir = project(1);
    let start = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--write-baseline", "/dev/full"])
        .output()
        .expect("runs");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("/dev/full") && err.contains("os error 28"),
        "names the path and the OS error (ENOSPC): {err}"
    );
    assert!(secs < 30.0, "{secs:.1} s: something read the device");
    assert!(is_char_device("/dev/full"), "not replaced by a file");
}

/// `--write-baseline /dev/stdout` with stdout appended to a file (`>> file`): the baseline
/// goes after what the file held, into the same file, which is not replaced.
#[cfg(target_os = "linux")]
#[test]
fn baseline_to_dev_stdout_redirected_to_a_file_appends_to_it() {
    use std::os::unix::fs::MetadataExt;
    let dir = project(1);
    let file = dir.path().join("log.txt");
    fs::write(&file, "earlier line\n").expect("write");
    let inode = fs::metadata(&file).expect("meta").ino();
    let append = fs::OpenOptions::new()
        .append(true)
        .open(&file)
        .expect("open");
    let status = std::process::Command::new(BIN)
        .current_dir(dir.path())
        .args(["check", "--write-baseline", "/dev/stdout"])
        .stdout(append)
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(0));
    let text = fs::read(&file).expect("read");
    let rest = text
        .strip_prefix(b"earlier line\n".as_slice())
        .expect("kept");
    assert_eq!(baseline_entries(rest), findings(dir.path()));
    assert_eq!(fs::metadata(&file).expect("meta").ino(), inode, "same file");
}

/// Runs `cmd` as an unprivileged user when this process is root (as CI often runs), so that
/// a read-only directory is read-only for it; makes `dir` reachable by that user.
#[cfg(unix)]
fn unprivileged(cmd: &mut std::process::Command, dir: &Path) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    let uid = fs::metadata(dir).expect("meta").uid();
    if uid == 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).expect("chmod");
        cmd.uid(65534).gid(65534);
    }
}

/// `glossator ARGS` in `dir`, as an unprivileged user (see [`unprivileged`]).
#[cfg(unix)]
fn run_unprivileged(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(BIN);
    cmd.env("NO_COLOR", "1").current_dir(dir).args(args);
    unprivileged(&mut cmd, dir);
    cmd.output().expect("runs")
}

#[cfg(unix)]
fn read_only(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).expect("chmod");
}

#[cfg(unix)]
#[test]
fn baseline_into_a_read_only_directory_fails_and_keeps_the_old_file() {
    let dir = project(1);
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).expect("mkdir");
    fs::write(ro.join("base.json"), "old\n").expect("write");
    read_only(&ro);
    let out = run_unprivileged(dir.path(), &["check", "--write-baseline", "ro/base.json"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(
        err.contains("ro/base.json") && err.contains("os error 13"),
        "names the path and the OS error (EACCES): {err}"
    );
    assert_eq!(fs::read(ro.join("base.json")).expect("read"), b"old\n");
    assert_eq!(names(&ro), ["base.json"]);
}

/// A run killed at any moment leaves the old baseline or the complete new one, never a
/// partial file: the kill lands before, during and after the write, at fractions of a
/// whole run's time (a baseline of some 30,000 findings, several MB).
#[cfg(unix)]
#[test]
fn a_killed_run_leaves_the_old_or_the_new_baseline_never_a_part() {
    let dir = project(15_000);
    let old = b"{\"version\": 1, \"entries\": []}\n".to_vec();
    let start = Instant::now();
    let out = glossator(dir.path())
        .args(["check", "--write-baseline", "new.json"])
        .output()
        .expect("runs");
    let whole = start.elapsed();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let new = fs::read(dir.path().join("new.json")).expect("read");
    assert!(new.len() > 1_000_000, "{} bytes", new.len());
    println!("baseline: {} bytes, whole run {whole:?}", new.len());
    let base = dir.path().join("base.json");
    let (mut kept, mut replaced) = (0, 0);
    for tenth in 4..=14 {
        fs::write(&base, &old).expect("write");
        let mut child = std::process::Command::new(BIN)
            .current_dir(dir.path())
            .args(["check", "--write-baseline", "base.json"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(whole * tenth / 10);
        let _ = child.kill();
        child.wait().expect("wait");
        let now = fs::read(&base).expect("read");
        if now == old {
            kept += 1;
        } else {
            assert!(
                now == new,
                "killed at {tenth}/10 of a run: a partial baseline of {} bytes",
                now.len()
            );
            replaced += 1;
        }
    }
    println!("killed runs: {kept} left the old baseline, {replaced} the new one");
}

// ---------------------------------------------------------------------------------
// fix

/// A translation that is a link into a shared tree: `fix` edits the file the link names,
/// so every link to it sees the fix, and the link stays a link.
#[cfg(unix)]
#[test]
fn fix_edits_the_target_of_a_linked_translation() {
    let dir = project(1);
    let shared = dir.path().join("shared/fr-a.ftl");
    fs::create_dir_all(shared.parent().expect("parent")).expect("mkdir");
    fs::rename(dir.path().join("l/fr/a.ftl"), &shared).expect("move");
    let link = dir.path().join("l/fr/a.ftl");
    std::os::unix::fs::symlink("../../shared/fr-a.ftl", &link).expect("link");
    let out = glossator(dir.path())
        .args(["fix", "--rule", "bom"])
        .output()
        .expect("runs");
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(said.contains("fixed l/fr/a.ftl: bom ×1"), "{said}");
    assert!(is_link(&link), "the link is still a link");
    assert_eq!(
        fs::read(&shared).expect("read"),
        b"m0 = Bonjour { $nom }\n",
        "the BOM is gone from the shared file"
    );
    assert_eq!(names(&dir.path().join("l/fr")), ["a.ftl"]);
}

#[cfg(unix)]
#[test]
fn fix_in_a_read_only_directory_fails_and_keeps_the_file() {
    let dir = project(1);
    let fr = dir.path().join("l/fr");
    let before = fs::read(fr.join("a.ftl")).expect("read");
    read_only(&fr);
    let out = run_unprivileged(dir.path(), &["fix"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(
        err.contains("l/fr/a.ftl") && err.contains("os error 13"),
        "names the path and the OS error (EACCES): {err}"
    );
    assert_eq!(fs::read(fr.join("a.ftl")).expect("read"), before);
    assert_eq!(names(&fr), ["a.ftl"]);
}

// ---------------------------------------------------------------------------------
// extract, render, glossary export

/// `extract` reads an existing output to merge with it: a pipe is not read (that hung),
/// it is written; a link is written through.
#[cfg(unix)]
#[test]
fn extract_writes_into_a_pipe_and_through_a_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("r.txt"),
        "Laporan 2023\n\nTingkat jawaban mencapai 92,5%.\n",
    )
    .expect("report");
    let fifo = dir.path().join("out.ftl");
    mkfifo(&fifo);
    fs::write(dir.path().join("real.toml"), "").expect("write");
    std::os::unix::fs::symlink("real.toml", dir.path().join("fig.toml")).expect("link");
    let reader = drain(&fifo);
    let out = glossator(dir.path())
        .args(["extract", "r.txt", "--locale", "id", "--out", "out.ftl"])
        .args(["--figures", "fig.toml"])
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let ftl = String::from_utf8(reader.join().expect("reader")).expect("utf8");
    assert!(ftl.contains("92,5"), "{ftl}");
    assert!(is_link(&dir.path().join("fig.toml")));
    let figures = fs::read_to_string(dir.path().join("real.toml")).expect("read");
    assert!(
        figures.contains("rate = { value = 0.925, style = \"percent\" }"),
        "{figures}"
    );
}

#[cfg(unix)]
#[test]
fn render_writes_through_a_link_in_the_output_directory() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let elsewhere = dir.path().join("published.md");
    fs::write(&elsewhere, "old\n").expect("write");
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("fr.md")).expect("link");
    let out = glossator(root)
        .args(["render", "--locale", "fr", "--out"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_link(&dir.path().join("fr.md")));
    let text = fs::read_to_string(&elsewhere).expect("read");
    assert!(text.contains("41\u{202F}700"), "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn glossary_export_to_dev_full_fails_clearly_and_through_a_link_succeeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = glossator(root)
        .args([
            "glossary",
            "export",
            "--format",
            "tbx",
            "--out",
            "/dev/full",
        ])
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(
        err.contains("/dev/full") && err.contains("os error 28"),
        "{err}"
    );
    assert!(is_char_device("/dev/full"));

    let dir = tempfile::tempdir().expect("tempdir");
    let real: PathBuf = dir.path().join("real.tbx");
    std::os::unix::fs::symlink(&real, dir.path().join("g.tbx")).expect("link");
    let out = glossator(root)
        .args(["glossary", "export", "--format", "tbx", "--out"])
        .arg(dir.path().join("g.tbx"))
        .output()
        .expect("runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_link(&dir.path().join("g.tbx")));
    assert!(fs::read_to_string(&real)
        .expect("created")
        .contains("<martif"));
}
