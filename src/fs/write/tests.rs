use super::*;

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn writes_keeps_permissions_and_skips_identical_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("sub/a.txt");
    assert!(write(&p, b"one").expect("write"));
    assert_eq!(fs::read(&p).expect("read"), b"one");
    assert!(
        !write(&p, b"one").expect("write"),
        "identical content is not rewritten"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
        assert_ne!(
            mode, 0o600,
            "a new file gets the umask's mode, not tempfile's"
        );
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).expect("chmod");
        assert!(write(&p, b"two").expect("write"));
        let mode = fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
    assert_eq!(
        names(p.parent().expect("parent")),
        ["a.txt"],
        "no temp left"
    );
}

#[test]
fn prepared_files_appear_only_on_commit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let pa = prepare(&a, b"A").expect("prepare");
    let pb = prepare(&b, b"B").expect("prepare");
    assert!(!a.exists() && !b.exists());
    assert!(pa.commit().expect("commit") && pb.commit().expect("commit"));
    assert_eq!(fs::read(&a).expect("read"), b"A");
}

#[test]
fn a_directory_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let e = prepare(dir.path(), b"x").expect_err("a directory");
    assert_eq!(e.kind(), io::ErrorKind::IsADirectory, "{e}");
    assert!(names(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn links_are_written_through_and_stay_links() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("shared/real.ftl");
    fs::create_dir_all(real.parent().expect("parent")).expect("mkdir");
    fs::write(&real, "old\n").expect("write");
    // A chain of two relative links, from another directory.
    fs::create_dir(dir.path().join("l")).expect("mkdir");
    symlink("../shared/real.ftl", dir.path().join("l/middle")).expect("link");
    let link = dir.path().join("l/a.ftl");
    symlink("middle", &link).expect("link");

    assert!(write(&link, b"new\n").expect("write"));
    assert!(fs::symlink_metadata(&link)
        .expect("meta")
        .file_type()
        .is_symlink());
    assert!(fs::symlink_metadata(dir.path().join("l/middle"))
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(fs::read(&real).expect("read"), b"new\n");
    assert_eq!(names(&dir.path().join("shared")), ["real.ftl"]);
    assert!(!write(&link, b"new\n").expect("write"), "unchanged");

    // A dangling link names the file to create.
    let dangling = dir.path().join("l/new.ftl");
    symlink("../shared/created.ftl", &dangling).expect("link");
    assert!(write(&dangling, b"created\n").expect("write"));
    assert!(fs::symlink_metadata(&dangling)
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(
        fs::read(dir.path().join("shared/created.ftl")).expect("read"),
        b"created\n"
    );
}

#[cfg(unix)]
#[test]
fn a_link_loop_is_an_error_not_a_hang() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    symlink("b", dir.path().join("a")).expect("link");
    symlink("a", dir.path().join("b")).expect("link");
    let e = write(&dir.path().join("a"), b"x").expect_err("loop");
    assert!(e.raw_os_error().is_some(), "the OS's error: {e}");
    assert_eq!(names(dir.path()), ["a", "b"]);
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    rustix::fs::mkfifoat(rustix::fs::CWD, path, rustix::fs::Mode::from(0o600)).expect("mkfifo");
}

#[cfg(unix)]
#[test]
fn a_pipe_is_written_directly_and_stays_a_pipe() {
    use std::io::Read;
    use std::os::unix::fs::{symlink, FileTypeExt};
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let link = dir.path().join("link");
    symlink("fifo", &link).expect("link");
    // More than a pipe's buffer (64 KiB): the writer blocks until the reader drains it.
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    for path in [&fifo, &link] {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut got = Vec::new();
                File::open(&fifo)
                    .expect("open for reading")
                    .read_to_end(&mut got)
                    .expect("read");
                got
            })
        };
        let pending = prepare(path, &bytes).expect("prepare");
        assert!(pending.commit().expect("commit"));
        assert_eq!(reader.join().expect("reader"), bytes);
        assert!(fs::metadata(&fifo).expect("meta").file_type().is_fifo());
    }
    assert!(fs::symlink_metadata(&link)
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(names(dir.path()), ["fifo", "link"], "no temp file");
}

#[cfg(target_os = "linux")]
#[test]
fn devices_are_written_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let is_device = |p: &str| fs::metadata(p).expect("meta").file_type().is_char_device();
    assert!(write(Path::new("/dev/null"), b"gone").expect("/dev/null"));
    assert!(is_device("/dev/null"));
    // /dev/full reads as endless zeros and refuses every write.
    let e = write(Path::new("/dev/full"), b"x").expect_err("/dev/full is full");
    assert_eq!(e.raw_os_error(), Some(28), "ENOSPC: {e}");
    assert!(is_device("/dev/full"));
}

/// Whether the process can create files in a directory without write permission (root):
/// then read-only directories cannot be tested here.
#[cfg(unix)]
fn ignores_permissions(dir: &Path) -> bool {
    File::create(dir.join(".probe")).is_ok_and(|_| fs::remove_file(dir.join(".probe")).is_ok())
}

#[cfg(unix)]
#[test]
fn a_read_only_directory_is_a_clear_error_and_the_file_stays() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).expect("mkdir");
    let p = ro.join("a.txt");
    fs::write(&p, "old\n").expect("write");
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).expect("chmod");
    if ignores_permissions(&ro) {
        // Root (as CI often runs) writes anywhere: run this test as an unprivileged user.
        as_nobody("fs::write::tests::a_read_only_directory_is_a_clear_error_and_the_file_stays");
        return;
    }
    let e = write(&p, b"new\n").expect_err("read-only");
    assert_eq!(e.kind(), io::ErrorKind::PermissionDenied, "{e}");
    assert_eq!(fs::read(&p).expect("read"), b"old\n");
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(names(&ro), ["a.txt"]);
}

/// Runs the test `name` in a child process of this test binary as user and group 65534,
/// and fails unless it passed there.
#[cfg(unix)]
fn as_nobody(name: &str) {
    use std::os::unix::process::CommandExt;
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", name, "--test-threads=1"])
        .uid(65534)
        .gid(65534)
        .output()
        .expect("spawn as nobody");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "as nobody: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Environment variable naming the file [`child_prepares_and_waits`] writes.
#[cfg(unix)]
const CHILD_TARGET: &str = "GLOSSATOR_TEST_KILLED_WRITER_TARGET";
#[cfg(unix)]
const PREPARED: &str = "GLOSSATOR-TEST-PREPARED";

/// The new content: several MiB, so a partial write would show.
#[cfg(unix)]
fn big_content() -> Vec<u8> {
    b"new line of a large output\n".repeat(200_000)
}

#[cfg(unix)]
#[test]
fn a_writer_killed_before_the_rename_leaves_the_old_file_whole() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("out.txt");
    fs::write(&target, "old complete content\n").expect("write");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "fs::write::tests::child_prepares_and_waits",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_TARGET, &target)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let prepared = io::BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains(PREPARED));
    child.kill().expect("kill");
    child.wait().expect("wait");
    assert!(prepared, "the child prepared its write before being killed");
    assert_eq!(
        fs::read(&target).expect("read"),
        b"old complete content\n",
        "the target is the old file, whole"
    );
    // The killed process left its complete temporary file beside the target: the write
    // was done, only the rename was missing.
    let temps: Vec<String> = names(dir.path())
        .into_iter()
        .filter(|n| n.starts_with(".glossator-") && n.ends_with(".tmp"))
        .collect();
    assert_eq!(temps.len(), 1, "{temps:?}");
    assert_eq!(
        fs::read(dir.path().join(&temps[0])).expect("temp"),
        big_content()
    );
}

#[cfg(unix)]
#[test]
#[ignore = "run in a child process by a_writer_killed_before_the_rename_leaves_the_old_file_whole"]
fn child_prepares_and_waits() {
    let Some(target) = std::env::var_os(CHILD_TARGET) else {
        return;
    };
    let pending = prepare(Path::new(&target), &big_content()).expect("prepare");
    println!("{PREPARED}");
    io::stdout().flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_secs(120));
    pending.commit().expect("commit");
}
