//! Writing an output: atomically onto regular files, directly into everything else.
//!
//! - A regular file or a new path gets a temporary file in the target's directory, written,
//!   flushed to disk, given the permissions (and, where allowed, the owner) of the file it
//!   replaces or those of a plain new file (0o666 minus the umask), then renamed over the
//!   target: readers, and a process killed at any point, see the old file or the new one,
//!   never a partial one.
//! - A symbolic link is written through: the file it names is replaced, the link stays, so
//!   a file shared by links stays shared.
//! - A pipe, terminal or device (`/dev/null`, `/dev/stdout`) is opened for writing and
//!   written; renaming a file over it would replace the device node, and its old content
//!   (endless for `/dev/zero`, blocking for a pipe) is never read. So is a file reached
//!   through a descriptor link of /proc (`/dev/stdout` redirected to a file).
//!
//! An existing regular file holding exactly the new bytes is not touched (its modification
//! time stays); it is read for that comparison only when its size matches and is within
//! [`MAX_FILE_BYTES`].

use super::read::{read_bounded, Existing, MAX_FILE_BYTES};
use std::fs::{self, File, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Links followed before giving up, as Linux does (`ELOOP` after 40).
const MAX_LINKS: usize = 40;

/// A prepared but not yet visible write: [`Pending::commit`] makes it visible. Commands
/// that write several files prepare all of them first, so a failure while preparing
/// leaves none changed.
#[derive(Debug)]
pub struct Pending {
    /// The path as given: what a non-regular output is opened as.
    path: PathBuf,
    action: Action,
}

#[derive(Debug)]
enum Action {
    /// The file already holds the bytes.
    Unchanged,
    /// A written temporary file, renamed over `target` (the end of the path's link chain).
    Replace { tmp: NamedTempFile, target: PathBuf },
    /// A pipe or device, opened and written on commit: opening a pipe blocks until its
    /// reader comes, which must not hold up the other outputs' preparation.
    Direct { bytes: Vec<u8> },
}

impl Pending {
    /// Makes the write visible; returns whether anything was written.
    pub fn commit(self) -> io::Result<bool> {
        match self.action {
            Action::Unchanged => Ok(false),
            Action::Replace { tmp, target } => {
                tmp.persist(&target)
                    .map_err(|e| via_link(&self.path, &target, e.error))?;
                sync_parent(&target);
                Ok(true)
            }
            Action::Direct { bytes } => {
                // No truncation and no creation (if the pipe vanished meanwhile, a plain
                // file must not appear non-atomically); appending, which pipes and devices
                // ignore, continues a shell's redirection of stdout to a file (`>` or `>>`)
                // instead of overwriting it from its first byte.
                let mut f = fs::OpenOptions::new().append(true).open(&self.path)?;
                f.write_all(&bytes)?;
                f.flush()?;
                Ok(true)
            }
        }
    }
}

/// Prepares `bytes` for `path`: see the module documentation for what happens to links,
/// regular files and other files. Nothing is visible until [`Pending::commit`], except
/// missing parent directories of a new file, which are created.
pub fn prepare(path: &Path, bytes: &[u8]) -> io::Result<Pending> {
    let pending = |action| Pending {
        path: path.to_path_buf(),
        action,
    };
    let target = match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            // The OS's own error ("Is a directory"), found before anything is committed.
            fs::OpenOptions::new().write(true).open(path)?;
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a directory",
            ));
        }
        Ok(meta) if !meta.is_file() => {
            return Ok(pending(Action::Direct {
                bytes: bytes.to_vec(),
            }))
        }
        Ok(meta) => {
            let Some(target) = link_target(path)? else {
                // Stdout redirected to a file (`--write-baseline /dev/stdout > x`): the
                // shell's file, written where the shell would, not replaced.
                return Ok(pending(Action::Direct {
                    bytes: bytes.to_vec(),
                }));
            };
            if !same_file(&meta, &target) {
                return Err(io::Error::other(format!(
                    "cannot find the file the link names (resolved to {})",
                    target.display()
                )));
            }
            if meta.len() == bytes.len() as u64
                && matches!(read_bounded(&target, MAX_FILE_BYTES),
                    Ok(Existing::Bytes(old)) if old == bytes)
            {
                return Ok(pending(Action::Unchanged));
            }
            return replace(path, target, Some(&meta), bytes).map(pending);
        }
        // A new path, or a link to a file that does not exist yet: created where the link
        // points, as a shell redirection would.
        Err(e) if e.kind() == io::ErrorKind::NotFound => match link_target(path)? {
            Some(target) => target,
            None => return Err(e),
        },
        Err(e) => return Err(e),
    };
    let dir = parent_dir(&target);
    fs::create_dir_all(dir).map_err(|e| via_link(path, &target, e))?;
    replace(path, target, None, bytes).map(pending)
}

/// Writes `bytes` to `path` (see [`prepare`]); returns whether anything was written.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    prepare(path, bytes)?.commit()
}

/// Writes the temporary file that will replace `target`.
fn replace(
    path: &Path,
    target: PathBuf,
    existing: Option<&Metadata>,
    bytes: &[u8],
) -> io::Result<Action> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".glossator-").suffix(".tmp");
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        // Like a plain file creation: 0o666 minus the umask (tempfile's default is 0o600).
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let write = || -> io::Result<NamedTempFile> {
        let mut tmp = builder.tempfile_in(parent_dir(&target))?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        if let Some(meta) = existing {
            keep_owner(tmp.as_file(), meta);
            tmp.as_file().set_permissions(meta.permissions())?;
        }
        Ok(tmp)
    };
    match write() {
        Ok(tmp) => Ok(Action::Replace { tmp, target }),
        Err(e) => Err(via_link(path, &target, e)),
    }
}

/// The file a chain of symbolic links ends at (`path` itself when it is no link). The end
/// may not exist: a dangling link names the file to create. None when the chain passes
/// through a descriptor link of /proc (`/dev/stdout`, `/dev/fd/3`), whose "target" is a
/// description, not a path to replace.
fn link_target(path: &Path) -> io::Result<Option<PathBuf>> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                if in_proc(&p) {
                    return Ok(None);
                }
                let next = fs::read_link(&p)?;
                // A relative link is relative to its own directory; `join` keeps an
                // absolute one as it is.
                p = match p.parent() {
                    Some(dir) => dir.join(next),
                    None => next,
                };
            }
            Ok(_) => return Ok(Some(p)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Some(p)),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Whether a link lives in /proc (its directory resolved: `/dev/fd` is a link to
/// `/proc/self/fd`).
#[cfg(target_os = "linux")]
fn in_proc(link: &Path) -> bool {
    fs::canonicalize(parent_dir(link)).is_ok_and(|d| d.starts_with("/proc"))
}

#[cfg(not(target_os = "linux"))]
fn in_proc(_link: &Path) -> bool {
    false
}

/// Whether `target` is the file `meta` describes: a link through /proc (`/proc/self/fd/3`)
/// can name a deleted file, whose resolved path is some other file or none.
#[cfg(unix)]
fn same_file(meta: &Metadata, target: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::symlink_metadata(target).is_ok_and(|t| t.dev() == meta.dev() && t.ino() == meta.ino())
}

#[cfg(not(unix))]
fn same_file(_meta: &Metadata, target: &Path) -> bool {
    fs::symlink_metadata(target).is_ok_and(|t| t.is_file())
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// An error while writing a link's target names the target too: the path given is the link.
fn via_link(path: &Path, target: &Path, e: io::Error) -> io::Error {
    if path == target {
        e
    } else {
        io::Error::new(e.kind(), format!("link target {}: {e}", target.display()))
    }
}

/// The replaced file's owner and group, when the process may set them (root, as CI runs,
/// rewriting someone's file); otherwise the writer's, as for any new file.
#[cfg(unix)]
fn keep_owner(tmp: &File, old: &Metadata) {
    use std::os::unix::fs::MetadataExt;
    let _ = rustix::fs::fchown(
        tmp,
        Some(rustix::fs::Uid::from_raw(old.uid())),
        Some(rustix::fs::Gid::from_raw(old.gid())),
    );
}

#[cfg(not(unix))]
fn keep_owner(_tmp: &File, _old: &Metadata) {}

/// Flushes the directory entry of a rename to disk, so a crash right after cannot bring
/// the old file back. Best effort: some file systems cannot sync a directory.
fn sync_parent(target: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(parent_dir(target)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = target;
}

#[cfg(test)]
mod tests;
