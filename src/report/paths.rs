//! How a report names files. Findings carry paths relative to the project root (stable
//! wherever a run starts: JSON and baselines keep them); a terminal wants them relative to
//! the current directory (clickable), GitHub relative to the repository's top (where its
//! annotations and code scanning look for them).

use crate::project::discover::repository_root;
use crate::project::l10n_toml::{normalize, relative};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// Rewrites root-relative paths as relative to another folder.
#[derive(Debug, Clone, Default)]
pub struct PathBase {
    /// The project root and the folder paths are shown from, absolute; `None`: the same.
    rebase: Option<(PathBuf, PathBuf)>,
}

impl PathBase {
    /// Paths as the findings have them (relative to the project root).
    pub fn root() -> Self {
        PathBase::default()
    }

    /// Paths relative to `base`, for a project rooted at `root` (`root` relative to `cwd`
    /// or absolute).
    pub fn new(cwd: &Path, root: &Path, base: &Path) -> Self {
        let root = normalize(&cwd.join(root));
        let base = normalize(&cwd.join(base));
        PathBase {
            rebase: (root != base).then_some((root, base)),
        }
    }

    /// For a terminal: relative to the current directory.
    pub fn current(cwd: &Path, root: &Path) -> Self {
        PathBase::new(cwd, root, cwd)
    }

    /// For GitHub: relative to the top of the repository the project lies in (the
    /// nearest folder up holding `.git`), else to the current directory (where CI runs).
    pub fn repository(cwd: &Path, root: &Path) -> Self {
        let abs = normalize(&cwd.join(root));
        let top = repository_root(&abs).unwrap_or_else(|| cwd.to_path_buf());
        PathBase::new(cwd, root, &top)
    }

    /// [`PathBase::current`] or [`PathBase::repository`] from the process's current
    /// directory; paths as they are when it cannot be read.
    pub fn from_current_dir(root: &Path, repository: bool) -> Self {
        match std::env::current_dir() {
            Ok(cwd) if repository => PathBase::repository(&cwd, root),
            Ok(cwd) => PathBase::current(&cwd, root),
            Err(_) => PathBase::root(),
        }
    }

    /// `rel` (relative to the project root) as this base shows it.
    pub fn show<'a>(&self, rel: &'a str) -> Cow<'a, str> {
        match &self.rebase {
            None => Cow::Borrowed(rel),
            Some((root, base)) => Cow::Owned(relative(base, &normalize(&root.join(rel)))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_from_the_chosen_folder() {
        let cwd = Path::new("/repo/l10n/fr");
        let here = PathBase::current(cwd, Path::new(".."));
        assert_eq!(here.show("fr/a.ftl"), "a.ftl");
        assert_eq!(here.show("de/a.ftl"), "../de/a.ftl");
        let from_top = PathBase::new(Path::new("/repo"), Path::new("l10n"), Path::new("/repo"));
        assert_eq!(from_top.show("fr/a.ftl"), "l10n/fr/a.ftl");
        let same = PathBase::current(Path::new("/repo"), Path::new(""));
        assert!(matches!(same.show("fr/a.ftl"), Cow::Borrowed("fr/a.ftl")));
        assert_eq!(PathBase::root().show("x/y.ftl"), "x/y.ftl");
    }

    #[test]
    fn the_repository_top_is_the_folder_with_git() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site/l10n");
        std::fs::create_dir_all(&root).expect("dirs");
        std::fs::create_dir(dir.path().join(".git")).expect("git");
        let p = PathBase::repository(&root, Path::new(""));
        assert_eq!(p.show("fr/a.ftl"), "site/l10n/fr/a.ftl");
    }
}
