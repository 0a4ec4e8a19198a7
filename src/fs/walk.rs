//! Listing folders: the one way glossator walks a tree (`check`'s file scan, `render`'s
//! locale folders) and lists a folder (locale folders, `l10n-*.toml` files).
//!
//! A walk takes regular files and symbolic links to them; linked directories are not
//! entered, so a link loop cannot hang it, and a pipe or device is never listed as a file
//! (reading one would block or never end).

use std::io;
use std::path::{Path, PathBuf};

/// A folder or entry that could not be read during a walk, with its path.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct WalkError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

impl From<WalkError> for crate::error::Error {
    fn from(e: WalkError) -> Self {
        crate::error::Error::io(e.path, e.source)
    }
}

/// Regular files under `base/dir` (symbolic links to files included, linked directories
/// not entered), as `/`-separated paths relative to `base`, in walk order; none when
/// `base/dir` does not exist. `dir` is `/`-separated; `""` walks `base` itself.
pub fn relative_files(base: &Path, dir: &str) -> Result<Vec<String>, WalkError> {
    let start = if dir.is_empty() {
        base.to_path_buf()
    } else {
        base.join(dir)
    };
    let mut files = Vec::new();
    if !start.exists() {
        return Ok(files);
    }
    // A file's path is `start`'s relative form (worked out once, by components), then
    // the names below `start` the walk went through: no path parsing per file.
    let root = start.strip_prefix(base).unwrap_or(&start);
    let root = root
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    visit_files(&start, |_, tail| {
        let mut rel = String::with_capacity(root.len() + 1 + tail.len());
        rel.push_str(&root);
        if !rel.is_empty() && !tail.is_empty() {
            rel.push('/');
        }
        rel.push_str(tail);
        files.push(rel);
    })?;
    Ok(files)
}

/// Regular files under `dir` (links as in [`relative_files`]), as `dir` joined with their
/// names, in walk order: paths that open as given, with names kept byte for byte.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>, WalkError> {
    let mut files = Vec::new();
    visit_files(dir, |path, _| files.push(path.to_path_buf()))?;
    Ok(files)
}

/// Calls `found` with the path of each regular file under `start` (or `start` itself when
/// it is one) and its names below `start` joined by `/` (`""` for `start`); the first
/// entry that cannot be read ends the walk with its error.
fn visit_files(start: &Path, mut found: impl FnMut(&Path, &str)) -> Result<(), WalkError> {
    // The names of the entry's folders and its own, kept as the walk goes down and up:
    // `ends[d - 1]` is where the name at depth `d` ends in `tail`.
    let mut tail = String::new();
    let mut ends: Vec<usize> = Vec::new();
    for entry in walkdir::WalkDir::new(start).follow_links(false) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| start.to_path_buf(), Path::to_path_buf);
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| io::Error::other("walk error"));
                return Err(WalkError { path, source });
            }
        };
        let depth = entry.depth();
        if depth > 0 {
            ends.truncate(depth - 1);
            tail.truncate(ends.last().copied().unwrap_or(0));
            if depth > 1 {
                tail.push('/');
            }
            tail.push_str(&entry.file_name().to_string_lossy());
            ends.push(tail.len());
        }
        let is_file = entry.file_type().is_file()
            || (entry.file_type().is_symlink() && entry.path().is_file());
        if is_file {
            found(entry.path(), &tail);
        }
    }
    Ok(())
}

/// Names of the entries of `dir` (`""` is the current folder) that are valid UTF-8, in the
/// order the system lists them; none when `dir` cannot be read. For the folders and files
/// looked up by name (locale folders, `l10n-*.toml`), where an unreadable folder means
/// "not here" rather than an error.
pub fn names(dir: &Path) -> Vec<String> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// Names of the subfolders of `dir` (links to folders included), as [`names`] lists them.
pub fn subfolders(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| dir.join(n).is_dir())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path (a file's tail after the walked directory) and the component-wise
    /// path agree, for plain, `.`-containing and trailing-slash roots.
    #[test]
    fn walk_paths_are_relative_to_the_root_with_slashes() {
        let tmp = tempfile::tempdir().expect("temp dir");
        for f in ["en/a.ftl", "en/sub/deep/b.ftl", "fr/c.ftl"] {
            let p = tmp.path().join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
            std::fs::write(&p, "x = y\n").expect("write");
        }
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        let plain = sorted(relative_files(tmp.path(), "en").expect("walk"));
        assert_eq!(plain, ["en/a.ftl", "en/sub/deep/b.ftl"]);
        let dotted = sorted(relative_files(tmp.path(), "en/./sub").expect("walk"));
        assert_eq!(dotted, ["en/sub/deep/b.ftl"]);
        let slash = format!("{}/", tmp.path().display());
        let all = sorted(relative_files(Path::new(&slash), "").expect("walk"));
        assert_eq!(all, ["en/a.ftl", "en/sub/deep/b.ftl", "fr/c.ftl"]);
        assert!(relative_files(tmp.path(), "missing")
            .expect("walk")
            .is_empty());
        let mut full = files(&tmp.path().join("en")).expect("walk");
        full.sort();
        assert_eq!(
            full,
            [
                tmp.path().join("en").join("a.ftl"),
                tmp.path().join("en").join("sub/deep/b.ftl")
            ]
        );
    }

    /// Links to files count and linked directories are not entered (no loops); a dangling
    /// link is no file; a file where a directory is expected is the one file under it; a
    /// tree deeper than the levels kept open is listed to its bottom.
    #[cfg(unix)]
    #[test]
    fn walk_follows_links_to_files_only_and_reaches_the_bottom_of_deep_trees() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path();
        let write = |rel: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
            std::fs::write(&p, "x = y\n").expect("write");
        };
        write("en/a.ftl");
        write("en/sub/b.ftl");
        write("other/c.ftl");
        symlink(root.join("other/c.ftl"), root.join("en/link.ftl")).expect("link");
        symlink(root.join("other"), root.join("en/sub/linked-dir")).expect("link");
        symlink("..", root.join("en/sub/up")).expect("link");
        symlink("nowhere.ftl", root.join("en/dangling.ftl")).expect("link");
        let deep: String = (0..40).map(|i| format!("d{i}/")).collect();
        write(&format!("en/{deep}z.ftl"));
        write("file-not-dir");
        let mut found = relative_files(root, "en").expect("walk");
        found.sort();
        assert_eq!(
            found,
            [
                "en/a.ftl".to_string(),
                format!("en/{deep}z.ftl"),
                "en/link.ftl".to_string(),
                "en/sub/b.ftl".to_string(),
            ]
        );
        assert_eq!(
            relative_files(root, "file-not-dir").expect("walk"),
            ["file-not-dir"]
        );
        assert!(relative_files(root, "file-not-dir/below")
            .expect("walk")
            .is_empty());
        // A pipe is no file: reading it would block.
        let fifo = root.join("en/pipe.ftl");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::from(0o600))
            .expect("mkfifo");
        assert_eq!(files(&root.join("en")).expect("walk").len(), 4);
    }

    /// Folder listings: UTF-8 names in any order, subfolders through links too, nothing
    /// for a missing folder, `""` for the current one.
    #[cfg(unix)]
    #[test]
    fn listings_name_entries_and_subfolders() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path();
        std::fs::create_dir_all(root.join("fr")).expect("dir");
        std::fs::create_dir_all(root.join("target/de")).expect("dir");
        std::fs::write(root.join("l10n-a.toml"), "").expect("write");
        std::os::unix::fs::symlink(root.join("target/de"), root.join("de")).expect("link");
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        assert_eq!(sorted(names(root)), ["de", "fr", "l10n-a.toml", "target"]);
        assert_eq!(sorted(subfolders(root)), ["de", "fr", "target"]);
        assert!(names(&root.join("missing")).is_empty());
        assert!(!names(Path::new("")).is_empty());
    }
}
