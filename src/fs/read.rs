//! Bounded reads of files that may not be plain files: an existing output, a file about to
//! be edited. A pipe would block the reader, a device such as `/dev/zero` never ends, and a
//! huge file costs memory out of proportion, so only a regular file within a limit is read.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;

/// Largest file read as an existing output or a file to edit: the checker's per-file limit
/// (`too-large`), so anything glossator could have checked can be compared or fixed.
pub const MAX_FILE_BYTES: u64 = crate::ftl::source::MAX_FILE_BYTES;

/// What [`read_bounded`] found at a path (links followed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    /// Nothing there (a dangling link counts as nothing).
    Missing,
    /// A regular file within the limit: its bytes.
    Bytes(Vec<u8>),
    /// A directory, pipe, socket or device: not opened.
    NotRegular,
    /// A regular file over the limit: its size; not read.
    TooLarge(u64),
}

/// Reads `path` when it is a regular file of at most `limit` bytes.
///
/// The type is checked before opening (opening a pipe for reading blocks until a writer
/// comes; opening some devices has effects), and again on the open file, which is opened
/// non-blocking on Unix so a pipe swapped in between cannot hang the read. The read stops
/// after `limit + 1` bytes even if the file grows meanwhile.
pub fn read_bounded(path: &Path, limit: u64) -> io::Result<Existing> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::Missing),
        Err(e) => return Err(e),
    };
    if !meta.is_file() {
        return Ok(Existing::NotRegular);
    }
    if meta.len() > limit {
        return Ok(Existing::TooLarge(meta.len()));
    }
    let file = match open_nonblocking(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::Missing),
        Err(e) => return Err(e),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Existing::NotRegular);
    }
    if meta.len() > limit {
        return Ok(Existing::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Existing::TooLarge(bytes.len() as u64));
    }
    Ok(Existing::Bytes(bytes))
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_within_the_limit_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("a");
        assert_eq!(read_bounded(&p, 10).expect("missing"), Existing::Missing);
        fs::write(&p, b"0123456789").expect("write");
        assert_eq!(
            read_bounded(&p, 10).expect("read"),
            Existing::Bytes(b"0123456789".to_vec())
        );
        assert_eq!(read_bounded(&p, 9).expect("read"), Existing::TooLarge(10));
        assert_eq!(
            read_bounded(dir.path(), 10).expect("dir"),
            Existing::NotRegular
        );
    }

    #[cfg(unix)]
    #[test]
    fn endless_devices_and_pipes_are_not_read() {
        // /dev/zero never ends: reading it whole would exhaust memory.
        assert_eq!(
            read_bounded(Path::new("/dev/zero"), 16).expect("zero"),
            Existing::NotRegular
        );
        // A pipe without a writer would block an open for reading forever.
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("fifo");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::from(0o600))
            .expect("mkfifo");
        assert_eq!(read_bounded(&fifo, 16).expect("fifo"), Existing::NotRegular);
        // A dangling link is nothing to read.
        std::os::unix::fs::symlink("nowhere", dir.path().join("dangling")).expect("link");
        assert_eq!(
            read_bounded(&dir.path().join("dangling"), 16).expect("dangling"),
            Existing::Missing
        );
    }
}
