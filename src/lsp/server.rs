//! The server's state and its message loop: open documents, the project, what is
//! published. Notifications change state and mark documents to re-check; the checks run
//! once the queue of incoming messages is empty, so a burst of keystrokes is checked once.

use super::convert::{self, Related};
use super::features;
use super::text::{Document, Encoding, Lines};
use super::transport::MALFORMED;
use super::LspError;
use crate::check::{Role, Workspace};
use crate::diagnostic::Diagnostic;
use crate::ftl::SourceFile;
use crate::project::{self, Selection};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeAction, CodeActionOrCommand, CodeActionParams, CompletionItem, CompletionParams,
    CompletionResponse, GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverContents,
    HoverParams, InitializeParams, Location, LogMessageParams, MarkupContent, MarkupKind,
    MessageType, PublishDiagnosticsParams, TextEdit, Uri, WorkspaceEdit,
};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// What the command line gives the server: the project as `check` would name it.
/// `initializationOptions` add to it.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub selection: Selection,
}

/// The client's `initializationOptions`: the project's files (relative to the workspace
/// folder), and where rule documentation is linked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct InitOptions {
    config: Option<PathBuf>,
    l10n_toml: OneOrMany,
    l10n_base: Option<PathBuf>,
    glossaries: OneOrMany,
    reference: Option<String>,
    locales: Vec<String>,
    docs_url: Option<String>,
}

/// A path or a list of them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    #[default]
    None,
    One(PathBuf),
    Many(Vec<PathBuf>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<PathBuf> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(p) => vec![p],
            OneOrMany::Many(v) => v,
        }
    }
}

/// A document the editor has open.
struct Open {
    uri: Uri,
    doc: Document,
    /// Its path relative to the project's root, when it is a local file under it.
    rel: Option<String>,
    path: Option<PathBuf>,
    /// Changed since its text was last given to the project.
    dirty: bool,
    /// Its last parse and findings (of `checked`, a version).
    parsed: Option<Arc<SourceFile>>,
    findings: Vec<Diagnostic>,
}

struct Server<'c> {
    connection: &'c Connection,
    enc: Encoding,
    /// The workspace folder, absolute: the current directory once the project is found.
    root: Option<PathBuf>,
    selection: Selection,
    docs_url: String,
    workspace: Option<Workspace>,
    /// Why the project could not be read, when it could not.
    project_error: Option<String>,
    /// By URI (its text: `Uri` is no key for clippy, having a cache inside).
    docs: HashMap<String, Open>,
    /// Documents to re-check once the incoming queue is empty.
    pending: BTreeSet<String>,
    /// Documents already said to lie outside the project.
    told_outside: HashSet<String>,
    shutting_down: bool,
    watch: bool,
}

/// Runs the session: the handshake, then messages until `exit`.
pub fn serve(connection: &Connection, options: Options) -> Result<(), LspError> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| LspError::Protocol(e.to_string()))?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let enc = encoding(&params);
    let init: InitOptions = params
        .initialization_options
        .clone()
        .and_then(|o| serde_json::from_value(o).ok())
        .unwrap_or_default();
    let watch = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);
    let result = serde_json::json!({
        "capabilities": capabilities(enc),
        "serverInfo": { "name": "glossator", "version": env!("CARGO_PKG_VERSION") },
    });
    send(connection, Response::new_ok(id, result));
    // The command line's paths are the current folder's; the server moves to the workspace
    // folder, whose paths the initialization options give.
    let mut selection = absolute(options.selection);
    selection.config = init.config.or(selection.config);
    selection.l10n_toml.extend(init.l10n_toml.into_vec());
    selection.l10n_base = init.l10n_base.or(selection.l10n_base);
    selection.glossaries.extend(init.glossaries.into_vec());
    selection.reference = init.reference.or(selection.reference);
    selection.locales.extend(init.locales);
    let mut server = Server {
        connection,
        enc,
        root: workspace_root(&params),
        selection,
        docs_url: init
            .docs_url
            .unwrap_or_else(|| convert::DEFAULT_DOCS_URL.to_string()),
        workspace: None,
        project_error: None,
        docs: HashMap::new(),
        pending: BTreeSet::new(),
        told_outside: HashSet::new(),
        shutting_down: false,
        watch,
    };
    if server.root.is_some() {
        server.load_project();
    }
    server.run();
    Ok(())
}

/// UTF-8 when the client can count in bytes (no conversion), else the protocol's UTF-16.
fn encoding(params: &InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.iter().any(|e| e.as_str() == "utf-8") => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

fn capabilities(enc: Encoding) -> serde_json::Value {
    serde_json::json!({
        "positionEncoding": enc.as_str(),
        "textDocumentSync": {
            "openClose": true,
            "change": 2, // incremental
            "save": { "includeText": false },
        },
        "hoverProvider": true,
        "definitionProvider": true,
        "completionProvider": { "triggerCharacters": ["$", "-", "{"] },
        "codeActionProvider": {
            "codeActionKinds": ["quickfix", features::FIX_ALL, features::ADD_MISSING],
        },
    })
}

/// The workspace folder: the first of `workspaceFolders`, else `rootUri`, else `rootPath`.
#[allow(deprecated)]
fn workspace_root(params: &InitializeParams) -> Option<PathBuf> {
    let from_folders = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| convert::path_of(&f.uri));
    from_folders
        .or_else(|| params.root_uri.as_ref().and_then(convert::path_of))
        .or_else(|| params.root_path.as_ref().map(PathBuf::from))
        .filter(|p| p.is_absolute())
}

fn send(connection: &Connection, msg: impl Into<Message>) {
    // The writer is gone only when the client is: nothing left to tell.
    let _ = connection.sender.send(msg.into());
}

enum Flow {
    Continue,
    Exit,
}

impl Server<'_> {
    fn run(&mut self) {
        while let Ok(msg) = self.connection.receiver.recv() {
            if let Flow::Exit = self.guarded(msg) {
                return;
            }
            while let Ok(msg) = self.connection.receiver.try_recv() {
                if let Flow::Exit = self.guarded(msg) {
                    return;
                }
            }
            self.flush();
        }
    }

    /// Handles one message; a panic while doing so (a bug) is logged, and the session goes on.
    fn guarded(&mut self, msg: Message) -> Flow {
        let id = match &msg {
            Message::Request(r) => Some(r.id.clone()),
            _ => None,
        };
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.handle(msg))) {
            Ok(flow) => flow,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                self.log(MessageType::ERROR, format!("internal error: {what}"));
                if let Some(id) = id {
                    self.reply_err(
                        id,
                        ErrorCode::InternalError,
                        format!("internal error: {what}"),
                    );
                }
                Flow::Continue
            }
        }
    }

    fn handle(&mut self, msg: Message) -> Flow {
        match msg {
            Message::Request(r) => {
                if self.shutting_down {
                    self.reply_err(r.id, ErrorCode::InvalidRequest, "shutting down".into());
                } else if r.method == req::Shutdown::METHOD {
                    self.shutting_down = true;
                    send(
                        self.connection,
                        Response::new_ok(r.id, serde_json::Value::Null),
                    );
                } else {
                    self.request(r);
                }
                Flow::Continue
            }
            Message::Notification(n) if n.method == note::Exit::METHOD => Flow::Exit,
            Message::Notification(n) => {
                self.notification(n);
                Flow::Continue
            }
            // Answers to the server's own requests (registration): nothing to do.
            Message::Response(_) => Flow::Continue,
        }
    }

    fn log(&self, typ: MessageType, message: String) {
        send(
            self.connection,
            Notification::new(
                note::LogMessage::METHOD.to_string(),
                LogMessageParams {
                    typ,
                    message: format!("glossator: {message}"),
                },
            ),
        );
    }

    fn reply_err(&self, id: RequestId, code: ErrorCode, message: String) {
        send(self.connection, Response::new_err(id, code as i32, message));
    }

    /// Finds and reads the project from the workspace folder, as `check` does from the
    /// current folder. A failure is logged: documents then get the rules about a file on
    /// its own, until a configuration file is saved.
    fn load_project(&mut self) {
        let started = Instant::now();
        if let Some(root) = &self.root {
            if let Err(e) = std::env::set_current_dir(root) {
                self.log(
                    MessageType::ERROR,
                    format!("cannot enter the workspace folder {}: {e}", root.display()),
                );
                return;
            }
        }
        let loaded = project::open(&self.selection).and_then(|(p, notes)| {
            for n in notes {
                self.log(MessageType::INFO, n);
            }
            Workspace::load(p)
        });
        match loaded {
            Ok(ws) => {
                let p = ws.project();
                self.log(
                    MessageType::INFO,
                    format!(
                        "project {}: reference {}, {} locale(s), {} glossary file(s); read in {} ms",
                        p.sources
                            .first()
                            .map_or_else(|| "(detected layout)".into(), |s| s.display().to_string()),
                        p.reference,
                        p.locales.len(),
                        p.glossaries.len(),
                        started.elapsed().as_millis()
                    ),
                );
                self.workspace = Some(ws);
                self.project_error = None;
                self.register_watchers();
            }
            Err(e) => {
                let message = format!("no project: {e}");
                self.log(MessageType::ERROR, message.clone());
                self.workspace = None;
                self.project_error = Some(message);
            }
        }
        // Every open document: paths relative to the (new) root, all texts again.
        let root = self.project_root();
        for (key, open) in self.docs.iter_mut() {
            open.rel = relative(root.as_deref(), open.path.as_deref());
            open.dirty = true;
            self.pending.insert(key.clone());
        }
    }

    /// The project's root, absolute.
    fn project_root(&self) -> Option<PathBuf> {
        let ws = self.workspace.as_ref()?;
        let cwd = std::env::current_dir().ok()?;
        Some(crate::project::l10n_toml::normalize(
            &cwd.join(&ws.project().root),
        ))
    }

    /// Asks the client to report changes of Fluent, configuration and glossary files
    /// (when it can register watchers): files the editor does not have open change too.
    fn register_watchers(&mut self) {
        if !std::mem::take(&mut self.watch) {
            return;
        }
        let params = serde_json::json!({
            "registrations": [{
                "id": "glossator-files",
                "method": note::DidChangeWatchedFiles::METHOD,
                "registerOptions": { "watchers": [
                    { "globPattern": "**/*.ftl" },
                    { "globPattern": "**/*.toml" },
                    { "globPattern": "**/*.{tbx,csv,tsv}" },
                ]},
            }],
        });
        send(
            self.connection,
            Request::new(
                RequestId::from("glossator-register".to_string()),
                req::RegisterCapability::METHOD.to_string(),
                params,
            ),
        );
    }

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        let result = match method.as_str() {
            note::DidOpenTextDocument::METHOD => n
                .extract::<lsp_types::DidOpenTextDocumentParams>(&method)
                .map(|p| self.did_open(p)),
            note::DidChangeTextDocument::METHOD => n
                .extract::<lsp_types::DidChangeTextDocumentParams>(&method)
                .map(|p| self.did_change(p)),
            note::DidSaveTextDocument::METHOD => n
                .extract::<lsp_types::DidSaveTextDocumentParams>(&method)
                .map(|p| self.did_save(&p.text_document.uri)),
            note::DidCloseTextDocument::METHOD => n
                .extract::<lsp_types::DidCloseTextDocumentParams>(&method)
                .map(|p| self.did_close(&p.text_document.uri)),
            note::DidChangeWatchedFiles::METHOD => n
                .extract::<lsp_types::DidChangeWatchedFilesParams>(&method)
                .map(|p| self.files_changed(p)),
            MALFORMED => {
                let error = n.params.get("error").and_then(|e| e.as_str()).unwrap_or("");
                self.log(MessageType::ERROR, format!("ignored a message: {error}"));
                if let Some(id) = n.params.get("id").and_then(request_id) {
                    self.reply_err(id, ErrorCode::InvalidRequest, error.to_string());
                }
                Ok(())
            }
            // `initialized`, `$/cancelRequest`, settings and the like: nothing to do.
            _ => Ok(()),
        };
        if let Err(e) = result {
            self.log(MessageType::ERROR, format!("ignored `{method}`: {e}"));
        }
    }

    fn did_open(&mut self, p: lsp_types::DidOpenTextDocumentParams) {
        let uri = p.text_document.uri;
        let path = convert::path_of(&uri);
        if self.workspace.is_none() && self.root.is_none() && self.project_error.is_none() {
            // No workspace folder: the project of the first file opened.
            self.root = path
                .as_deref()
                .and_then(Path::parent)
                .map(Path::to_path_buf);
            self.load_project();
        }
        let rel = relative(self.project_root().as_deref(), path.as_deref());
        self.docs.insert(
            uri.as_str().to_string(),
            Open {
                uri: uri.clone(),
                doc: Document::new(p.text_document.version, p.text_document.text),
                rel,
                path,
                dirty: true,
                parsed: None,
                findings: Vec::new(),
            },
        );
        self.pending.insert(uri.as_str().to_string());
    }

    fn did_change(&mut self, p: lsp_types::DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let Some(open) = self.docs.get_mut(uri.as_str()) else {
            self.log(
                MessageType::WARNING,
                format!("change of a document not open: {}", uri.as_str()),
            );
            return;
        };
        open.doc
            .apply(p.text_document.version, p.content_changes, self.enc);
        open.dirty = true;
        self.pending.insert(uri.as_str().to_string());
    }

    /// A saved reference file re-checks every open document (the reference's index and
    /// terms are shared); a saved configuration or glossary reads the project again.
    fn did_save(&mut self, uri: &Uri) {
        let path = convert::path_of(uri);
        if path.as_deref().is_some_and(|p| self.is_project_file(p)) {
            self.load_project();
            return;
        }
        let reference = self
            .docs
            .get(uri.as_str())
            .and_then(|o| o.rel.as_deref())
            .is_some_and(|rel| {
                self.workspace
                    .as_ref()
                    .is_some_and(|ws| ws.role(rel) == Role::Reference)
            });
        if reference {
            self.pending.extend(self.docs.keys().cloned());
        }
    }

    fn did_close(&mut self, uri: &Uri) {
        let Some(open) = self.docs.remove(uri.as_str()) else {
            return;
        };
        self.pending.remove(uri.as_str());
        // Back to the file on disk: the editor's text is gone.
        if let (Some(ws), Some(rel)) = (self.workspace.as_mut(), open.rel.as_deref()) {
            if ws.role(rel) != Role::Outside {
                if let Err(e) = ws.revert(rel) {
                    self.log(MessageType::WARNING, e.to_string());
                }
                self.pending.extend(self.docs.keys().cloned());
            }
        }
        self.publish(uri.clone(), Vec::new(), None);
    }

    fn files_changed(&mut self, p: lsp_types::DidChangeWatchedFilesParams) {
        let root = self.project_root();
        let mut reload = false;
        for change in p.changes {
            let Some(path) = convert::path_of(&change.uri) else {
                continue;
            };
            if self.is_project_file(&path) {
                reload = true;
                continue;
            }
            // An open document's text is the editor's, whatever the disk says.
            if self.docs.contains_key(change.uri.as_str()) {
                continue;
            }
            let (Some(ws), Some(rel)) = (
                self.workspace.as_mut(),
                relative(root.as_deref(), Some(&path)),
            ) else {
                continue;
            };
            if ws.role(&rel) != Role::Outside {
                if let Err(e) = ws.revert(&rel) {
                    self.log(MessageType::WARNING, e.to_string());
                }
            } else if change.typ == lsp_types::FileChangeType::CREATED
                && path.extension().is_some_and(|e| e == "ftl")
            {
                // A new file may belong to a locale: the file sets are worked out again.
                reload = true;
            }
        }
        if reload {
            self.load_project();
        } else {
            self.pending.extend(self.docs.keys().cloned());
        }
    }

    /// A configuration or glossary file of the project (or, without one, any `.toml`).
    fn is_project_file(&self, path: &Path) -> bool {
        let Some(ws) = &self.workspace else {
            return path.extension().is_some_and(|e| e == "toml");
        };
        let cwd = std::env::current_dir().unwrap_or_default();
        let p = ws.project();
        p.sources
            .iter()
            .chain(&p.glossaries)
            .any(|s| crate::project::l10n_toml::normalize(&cwd.join(s)) == path)
    }

    /// Gives the project the texts changed since the last flush, then re-checks and
    /// publishes the documents they may change: themselves, the open files of the same
    /// locale, and for a reference file its open translations.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let mut check: BTreeSet<String> = pending.clone();
        for uri in &pending {
            let Some(open) = self.docs.get_mut(uri) else {
                continue;
            };
            if !open.dirty {
                continue;
            }
            open.dirty = false;
            let (parsed, note) = parse(open, self.workspace.as_mut());
            open.parsed = Some(parsed);
            let rel = open.rel.clone();
            if let Some(note) = note {
                self.log(MessageType::WARNING, note);
            }
            let (Some(ws), Some(rel)) = (&self.workspace, &rel) else {
                continue;
            };
            let role = ws.role(rel);
            for (other, o) in &self.docs {
                let Some(orel) = &o.rel else { continue };
                let affected = match (&role, ws.role(orel)) {
                    (Role::Reference, Role::Translation { reference, .. }) => {
                        reference.as_deref() == Some(rel.as_str())
                    }
                    (Role::Translation { locale: a, .. }, Role::Translation { locale: b, .. }) => {
                        *a == b
                    }
                    _ => false,
                };
                if affected {
                    check.insert(other.clone());
                }
            }
        }
        for uri in check {
            self.check(uri);
        }
    }

    /// Checks one open document and publishes its findings.
    fn check(&mut self, key: String) {
        let Some(open) = self.docs.get(&key) else {
            return;
        };
        let uri = open.uri.clone();
        let is_fluent = open
            .path
            .as_deref()
            .is_none_or(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ftl")));
        if !is_fluent {
            return;
        }
        let role = match (&self.workspace, &open.rel) {
            (Some(ws), Some(rel)) => ws.role(rel),
            _ => Role::Outside,
        };
        let found = match (&role, self.workspace.as_mut(), &open.rel) {
            (Role::Outside, _, _) | (_, None, _) | (_, _, None) => {
                if self.told_outside.insert(key.clone()) {
                    let why = match &self.project_error {
                        Some(e) => e.clone(),
                        None => "not a file of the project".into(),
                    };
                    self.log(
                        MessageType::INFO,
                        format!(
                            "{}: {why}; only the rules about a file on its own apply",
                            uri.as_str()
                        ),
                    );
                }
                let Some(parsed) = &open.parsed else { return };
                let default = crate::project::Project::default();
                let project = self.workspace.as_ref().map_or(&default, |w| w.project());
                let locale =
                    guess_locale(open.path.as_deref()).unwrap_or_else(|| project.reference.clone());
                Ok(crate::check::check_alone(parsed, &locale, project))
            }
            (_, Some(ws), Some(rel)) => ws.check(rel),
        };
        let found = match found {
            Ok(f) => f,
            Err(e) => {
                self.log(MessageType::ERROR, e.to_string());
                Vec::new()
            }
        };
        let version = open.doc.version;
        let diagnostics = self.convert(&key, &found, &role);
        if let Some(open) = self.docs.get_mut(&key) {
            open.findings = found;
        }
        self.publish(uri, diagnostics, Some(version));
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        send(
            self.connection,
            Notification::new(
                note::PublishDiagnostics::METHOD.to_string(),
                PublishDiagnosticsParams {
                    uri,
                    diagnostics,
                    version,
                },
            ),
        );
    }

    /// Findings as diagnostics; those about a message of a translation point at the
    /// reference message as related information.
    fn convert(&self, key: &str, found: &[Diagnostic], role: &Role) -> Vec<lsp_types::Diagnostic> {
        let Some(open) = self.docs.get(key) else {
            return Vec::new();
        };
        let mut lines: HashMap<String, Lines> = HashMap::new();
        found
            .iter()
            .map(|d| {
                let related = match (role, &self.workspace, &d.id) {
                    (Role::Translation { .. }, Some(ws), Some(id)) => {
                        self.related(ws, id, &mut lines)
                    }
                    _ => None,
                };
                convert::diagnostic(d, &open.doc, self.enc, &self.docs_url, related)
            })
            .collect()
    }

    fn related(
        &self,
        ws: &Workspace,
        id: &str,
        lines: &mut HashMap<String, Lines>,
    ) -> Option<Related> {
        let (rf, re) = ws
            .reference_index()
            .lookup(crate::ftl::model::hash_id(id), id)?;
        let location = self.location(&rf.rel, re.id_span.clone(), Some(rf), lines)?;
        Some(Related {
            location,
            message: format!("`{id}` in the reference ({})", ws.project().reference),
        })
    }

    /// The location of `span` of project file `rel`: in the editor's text when it is open,
    /// else in `file` (as glossator read it).
    fn location(
        &self,
        rel: &str,
        span: std::ops::Range<usize>,
        file: Option<&SourceFile>,
        lines: &mut HashMap<String, Lines>,
    ) -> Option<Location> {
        let path = self.project_root()?.join(rel);
        let uri = convert::uri_of(&path)?;
        if let Some(open) = self.docs.get(uri.as_str()) {
            return Some(Location::new(uri, open.doc.range(span, self.enc)));
        }
        let text = file?.text.as_str();
        let l = lines
            .entry(rel.to_string())
            .or_insert_with(|| Lines::new(text));
        Some(Location::new(
            uri,
            convert::file_range(text, l, span, self.enc),
        ))
    }

    fn request(&mut self, r: Request) {
        let id = r.id.clone();
        let method = r.method.clone();
        let result = match method.as_str() {
            req::HoverRequest::METHOD => self.with(r, Self::hover),
            req::GotoDefinition::METHOD => self.with(r, Self::definition),
            req::Completion::METHOD => self.with(r, Self::completion),
            req::CodeActionRequest::METHOD => self.with(r, Self::code_action),
            _ => {
                self.reply_err(
                    id,
                    ErrorCode::MethodNotFound,
                    format!("unknown method `{method}`"),
                );
                return;
            }
        };
        match result {
            Ok(value) => send(self.connection, Response::new_ok(id, value)),
            Err(message) => {
                self.log(MessageType::ERROR, format!("`{method}`: {message}"));
                self.reply_err(id, ErrorCode::InvalidParams, message);
            }
        }
    }

    /// Reads a request's params and runs `f` on them, after checking what is pending:
    /// answers are about the text the editor has now.
    fn with<P: serde::de::DeserializeOwned, R: serde::Serialize>(
        &mut self,
        r: Request,
        f: fn(&mut Self, P) -> Option<R>,
    ) -> Result<serde_json::Value, String> {
        let params: P = serde_json::from_value(r.params).map_err(|e| format!("bad params: {e}"))?;
        self.flush();
        Ok(serde_json::to_value(f(self, params)).unwrap_or(serde_json::Value::Null))
    }

    /// The open document at `uri`, its parse, its locale and whether it is a reference file.
    fn context(&self, uri: &Uri) -> Option<(Arc<SourceFile>, String, Role)> {
        let open = self.docs.get(uri.as_str())?;
        let parsed = open.parsed.clone()?;
        let ws = self.workspace.as_ref()?;
        let role = ws.role(open.rel.as_deref()?);
        let locale = match &role {
            Role::Reference => ws.project().reference.clone(),
            Role::Translation { locale, .. } => locale.clone(),
            Role::Outside => return None,
        };
        Some((parsed, locale, role))
    }

    fn hover(&mut self, p: HoverParams) -> Option<Hover> {
        let uri = p.text_document_position_params.text_document.uri;
        let pos = p.text_document_position_params.position;
        let (file, locale, role) = self.context(&uri)?;
        let open = self.docs.get(uri.as_str())?;
        let offset = open.doc.offset(pos, self.enc);
        // Copied: the workspace is borrowed mutably below.
        let findings: Vec<Diagnostic> = open
            .findings
            .iter()
            .filter(|d| {
                d.span
                    .as_ref()
                    .is_some_and(|s| s.start <= offset && offset <= s.end)
            })
            .cloned()
            .collect();
        let ws = self.workspace.as_mut()?;
        let text = features::hover(
            ws,
            &file,
            &locale,
            role == Role::Reference,
            offset,
            &findings,
        )?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: text,
            }),
            range: None,
        })
    }

    fn definition(&mut self, p: GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
        let uri = p.text_document_position_params.text_document.uri;
        let pos = p.text_document_position_params.position;
        let (file, locale, role) = self.context(&uri)?;
        let offset = self.docs.get(uri.as_str())?.doc.offset(pos, self.enc);
        let ws = self.workspace.as_mut()?;
        let (rel, span) =
            features::definition(ws, &file, &locale, role == Role::Reference, offset)?;
        let target: Option<Arc<SourceFile>> = match ws.role(&rel) {
            Role::Reference => ws.reference_file(&rel).cloned(),
            Role::Translation { locale, .. } => ws
                .locale_files(&locale)
                .ok()
                .and_then(|fs| fs.iter().find(|f| f.rel == rel).cloned()),
            Role::Outside => None,
        };
        let location = self.location(&rel, span, target.as_deref(), &mut HashMap::new())?;
        Some(GotoDefinitionResponse::Scalar(location))
    }

    fn completion(&mut self, p: CompletionParams) -> Option<CompletionResponse> {
        let uri = p.text_document_position.text_document.uri;
        let pos = p.text_document_position.position;
        let (file, locale, role) = self.context(&uri)?;
        let open = self.docs.get(uri.as_str())?;
        let doc = open.doc.clone();
        let at = doc.lines.offset(&doc.text, pos, self.enc);
        let reference = match &role {
            Role::Translation { reference, .. } => reference.clone(),
            _ => None,
        };
        let ws = self.workspace.as_mut()?;
        let found = features::complete(ws, &doc, &file, &locale, reference.as_deref(), at);
        let items = found
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let range = doc.lines.range(&doc.text, c.range.clone(), self.enc);
                CompletionItem {
                    label: c.label,
                    kind: Some(c.kind),
                    detail: c.detail,
                    documentation: c.documentation.map(|d| {
                        lsp_types::Documentation::MarkupContent(MarkupContent {
                            kind: MarkupKind::Markdown,
                            value: d,
                        })
                    }),
                    sort_text: Some(format!("{}{i:05}", if c.first { 0 } else { 1 })),
                    filter_text: None,
                    text_edit: Some(lsp_types::CompletionTextEdit::Edit(TextEdit::new(
                        range, c.insert,
                    ))),
                    ..CompletionItem::default()
                }
            })
            .collect();
        Some(CompletionResponse::Array(items))
    }

    fn code_action(&mut self, p: CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
        let uri = p.text_document.uri;
        let open = self.docs.get(uri.as_str())?;
        let file = open.parsed.clone()?;
        let selected = self.selected(open, p.range, &p.context.diagnostics);
        let reference = match (&self.workspace, &open.rel) {
            (Some(ws), Some(rel)) => match ws.role(rel) {
                Role::Translation {
                    reference: Some(r), ..
                } => ws.reference_file(&r).cloned(),
                _ => None,
            },
            _ => None,
        };
        let only = p.context.only.unwrap_or_default();
        let wanted = |kind: &lsp_types::CodeActionKind| {
            only.is_empty()
                || only.iter().any(|o| {
                    kind.as_str() == o.as_str()
                        || kind.as_str().starts_with(&format!("{}.", o.as_str()))
                })
        };
        let actions = features::actions(&open.findings, &selected, &file, reference.as_deref());
        let out = actions
            .into_iter()
            .filter(|a| wanted(&a.kind))
            .map(|a| self.code_action_of(a, open, &uri))
            .collect();
        Some(out)
    }

    /// The findings of `open` at `range`, or named by the request's `diagnostics` (rule
    /// and range): indexes into its findings.
    fn selected(
        &self,
        open: &Open,
        range: lsp_types::Range,
        diagnostics: &[lsp_types::Diagnostic],
    ) -> Vec<usize> {
        let start = open.doc.offset(range.start, self.enc);
        let end = open.doc.offset(range.end, self.enc);
        let asked: Vec<(String, lsp_types::Range)> = diagnostics
            .iter()
            .filter_map(|d| match &d.code {
                Some(lsp_types::NumberOrString::String(c)) => Some((c.clone(), d.range)),
                _ => None,
            })
            .collect();
        open.findings
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                let span = d.span.clone().unwrap_or(0..0);
                let here = span.start <= end && start <= span.end;
                let named = asked.iter().any(|(code, range)| {
                    code == d.rule
                        && *range == convert::diagnostic(d, &open.doc, self.enc, "", None).range
                });
                here || named
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Action `a` on document `open` as the protocol has it: its edits in the document's
    /// positions (the BOM's removal first), the findings it settles.
    fn code_action_of(&self, a: features::Action, open: &Open, uri: &Uri) -> CodeActionOrCommand {
        let mut edits: Vec<TextEdit> = a
            .edits
            .iter()
            .map(|e| {
                TextEdit::new(
                    open.doc.range(e.range.clone(), self.enc),
                    e.replacement.clone(),
                )
            })
            .collect();
        if a.strip_bom && open.doc.base() > 0 {
            let r = open
                .doc
                .lines
                .range(&open.doc.text, 0..open.doc.base(), self.enc);
            edits.insert(0, TextEdit::new(r, String::new()));
        }
        let diagnostics = a
            .fixes
            .iter()
            .map(|d| convert::diagnostic(d, &open.doc, self.enc, &self.docs_url, None))
            .collect();
        CodeActionOrCommand::CodeAction(CodeAction {
            title: a.title,
            kind: Some(a.kind),
            diagnostics: Some(diagnostics),
            edit: Some(WorkspaceEdit {
                changes: Some(HashMap::from([(uri.clone(), edits)])),
                ..WorkspaceEdit::default()
            }),
            is_preferred: a.preferred.then_some(true),
            ..CodeAction::default()
        })
    }
}

/// Parses an open document's text and hands it to the project. A text over the size
/// glossator reads is not parsed (`too-large`), as a file that size on disk is not.
fn parse(open: &Open, ws: Option<&mut Workspace>) -> (Arc<SourceFile>, Option<String>) {
    let bytes = open.doc.text.as_bytes().to_vec();
    let size = bytes.len() as u64;
    let name = open
        .rel
        .clone()
        .or_else(|| open.path.as_ref().map(|p| p.display().to_string()))
        .unwrap_or_default();
    let path = open.path.clone().unwrap_or_default();
    let (bytes, note) = if size > crate::ftl::source::MAX_FILE_BYTES {
        (
            Vec::new(),
            Some(format!(
                "{name}: {} MiB, larger than glossator reads; not checked",
                size >> 20
            )),
        )
    } else {
        (bytes, None)
    };
    let fix = |mut f: SourceFile| {
        if note.is_some() {
            f.unparsed = Some(crate::ftl::source::Unparsed::TooLarge { bytes: size });
        }
        f
    };
    match (ws, &open.rel) {
        (Some(ws), Some(rel)) if ws.role(rel) != Role::Outside => {
            let file = Arc::new(fix(SourceFile::from_bytes(path, rel.as_str(), bytes)));
            let note = match ws.put(rel, file.clone()) {
                Ok(()) => note,
                Err(e) => Some(e.to_string()),
            };
            (file, note)
        }
        _ => (
            Arc::new(fix(SourceFile::from_bytes(path, name, bytes))),
            note,
        ),
    }
}

/// The selection's paths made absolute from the current folder.
fn absolute(mut s: Selection) -> Selection {
    let Ok(cwd) = std::env::current_dir() else {
        return s;
    };
    let abs = |p: &mut PathBuf| {
        if p.is_relative() {
            *p = cwd.join(&*p);
        }
    };
    s.config.iter_mut().for_each(abs);
    s.l10n_toml.iter_mut().for_each(abs);
    s.l10n_base.iter_mut().for_each(abs);
    s.glossaries.iter_mut().for_each(abs);
    s
}

/// `path` relative to `root`, when under it.
fn relative(root: Option<&Path>, path: Option<&Path>) -> Option<String> {
    let rel = path?.strip_prefix(root?).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// The locale of a file outside a project: the nearest folder named like a locale tag.
fn guess_locale(path: Option<&Path>) -> Option<String> {
    path?
        .ancestors()
        .skip(1)
        .filter_map(|d| d.file_name()?.to_str())
        .find(|n| {
            n.len() <= 8
                && crate::project::validate_locale(n).is_ok()
                && n.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        })
        .map(str::to_string)
}

fn request_id(v: &serde_json::Value) -> Option<RequestId> {
    match v {
        serde_json::Value::Number(n) => n
            .as_i64()
            .and_then(|n| i32::try_from(n).ok())
            .map(RequestId::from),
        serde_json::Value::String(s) => Some(RequestId::from(s.clone())),
        _ => None,
    }
}
