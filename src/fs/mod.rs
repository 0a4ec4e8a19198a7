//! The file system layer every command writes through (`check --write-baseline`, `fix`,
//! `extract`, `render`, `glossary export|import --out`), and bounded reads of existing
//! outputs: links are written through, pipes and devices written directly, regular files
//! replaced atomically (see [`write`]); and the one directory walker and folder listing
//! every command uses (see [`walk`]).

pub mod read;
pub mod walk;
pub mod write;

pub use read::{read_bounded, Existing, MAX_FILE_BYTES};
pub use write::{prepare, write, Pending};
