//! Atomic file writes, shared by every command that writes: `fix`, `extract`, `render`,
//! `glossary export`, baselines.
//!
//! A temporary file in the target's directory is written, flushed to disk, given the
//! permissions of the file it replaces (or those of a plain new file: 0o666 minus the
//! umask), then renamed over the target: readers see the old file or the new one, never
//! a partial one.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use tempfile::NamedTempFile;

/// A written but not yet renamed file: [`Pending::commit`] makes it visible. Commands
/// that write several files prepare all of them first, so a failure leaves none changed.
#[derive(Debug)]
pub struct Pending(Option<NamedTempFile>);

impl Pending {
    /// Renames the temporary file over `path`; returns whether anything was written.
    pub fn commit(self, path: &Path) -> io::Result<bool> {
        match self.0 {
            None => Ok(false),
            Some(tmp) => tmp.persist(path).map(|_| true).map_err(|e| e.error),
        }
    }
}

/// Prepares `bytes` for `path`. Nothing is written when `path` already holds exactly
/// `bytes` (its modification time stays).
pub fn prepare(path: &Path, bytes: &[u8]) -> io::Result<Pending> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(Pending(None));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let existing = fs::metadata(path).ok().map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".glossator-").suffix(".tmp");
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        // Like a plain file creation: 0o666 minus the umask (tempfile's default is 0o600).
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Some(perms) = existing {
        tmp.as_file().set_permissions(perms)?;
    }
    Ok(Pending(Some(tmp)))
}

/// Writes `bytes` to `path` atomically; returns whether the file changed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    prepare(path, bytes)?.commit(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_keeps_permissions_and_skips_identical_content() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/a.txt");
        assert!(write(&p, b"one").unwrap());
        assert_eq!(fs::read(&p).unwrap(), b"one");
        assert!(
            !write(&p, b"one").unwrap(),
            "identical content is not rewritten"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_ne!(
                mode, 0o600,
                "a new file gets the umask's mode, not tempfile's"
            );
            fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
            assert!(write(&p, b"two").unwrap());
            let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn prepared_files_appear_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let pa = prepare(&a, b"A").unwrap();
        let pb = prepare(&b, b"B").unwrap();
        assert!(!a.exists() && !b.exists());
        assert!(pa.commit(&a).unwrap() && pb.commit(&b).unwrap());
        assert_eq!(fs::read(&a).unwrap(), b"A");
    }
}
