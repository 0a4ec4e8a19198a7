//! `glossator lsp`: the checks in the translator's editor, as a Language Server Protocol
//! server over stdio (lsp-server for the protocol's plumbing, lsp-types for its messages).
//!
//! The project is found from the workspace folder as `check` finds it and kept in memory
//! ([`crate::check::Workspace`]); every change of an open document re-checks it with its
//! unsaved text. Diagnostics carry the rule, a link to its documentation and the reference
//! message; code actions come from the findings' fixes; hover, go to definition and
//! completion read the reference and the glossary. The server never writes a file: edits
//! go to the editor.

mod convert;
mod features;
mod server;
mod text;
pub mod transport;

pub use server::Options;
pub use text::Encoding;

/// Why the server stopped before the client said `exit`.
#[derive(Debug, thiserror::Error)]
pub enum LspError {
    /// The client broke the protocol before the session started.
    #[error("language server: {0}")]
    Protocol(String),
    #[error("language server: stdin/stdout: {0}")]
    Io(#[from] std::io::Error),
}

/// Serves one client over stdin and stdout until it says `exit` or closes stdin.
pub fn run(options: Options) -> Result<(), LspError> {
    let (connection, threads) = transport::stdio();
    let served = server::serve(&connection, options);
    // Dropping the connection ends the writer once everything sent is written.
    drop(connection);
    threads.join()?;
    served
}
