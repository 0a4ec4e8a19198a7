//! Starts `glossator lsp` (found on the worktree's PATH) for Fluent files.

use zed_extension_api as zed;

struct Glossator;

impl zed::Extension for Glossator {
    fn new() -> Self {
        Glossator
    }

    fn language_server_command(
        &mut self,
        _id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let command = worktree
            .which("glossator")
            .ok_or("glossator is not on PATH (cargo install --path .)")?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".into()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Glossator);
