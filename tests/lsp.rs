//! `glossator lsp` tested as an editor uses it: the binary spawned, JSON-RPC over its
//! stdin and stdout; and driven from headless Neovim when `nvim` is installed.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const EN_MAIN: &str = "\
# Reference messages of the test project.

# $count (Number): how many centers answered.
centers = { $count } centers offer remote banking.
title = { -brand } remote banking report
    .tooltip = Read the { -brand } report
missing-one = This one is not translated yet.
missing-two = Nor is this one.
";

const FR_MAIN: &str = "\
centers = { $cuont } centres proposent la banque éloignée.
title = Rapport { -brand } sur la banque à distance
    .tooltip = Lire le rapport { -brand }
";

const GLOSSARY: &str = r#"[glossary]
name = "test"
source_locale = "en"

[[concept]]
id = "remote-banking"
definition = "Banking services delivered at a distance: phone, app, video."

  [[concept.term]]
  locale = "en"
  text = "remote banking"

  [[concept.term]]
  locale = "fr"
  text = "banque à distance"

  [[concept.term]]
  locale = "fr"
  text = "services bancaires à distance"
  status = "admitted"

  [[concept.term]]
  locale = "fr"
  text = "banque éloignée"
  status = "forbidden"
  note = "'éloignée' is physically far away"
"#;

/// A project with `en` and `fr`, a glossary, and a `-brand` term in a file of its own.
fn project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().canonicalize().expect("canonical");
    let files = [
        (
            "glossator.toml",
            "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\nglossaries = [\"glossary/g.toml\"]\n",
        ),
        ("glossary/g.toml", GLOSSARY),
        ("locales/en/main.ftl", EN_MAIN),
        ("locales/en/brand.ftl", "-brand = Glossa Bank\n"),
        ("locales/fr/main.ftl", FR_MAIN),
        ("locales/fr/brand.ftl", "-brand = Banque Glossa\n"),
    ];
    for (p, text) in files {
        let path = root.join(p);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    (dir, root)
}

fn uri(path: &Path) -> String {
    url::Url::from_file_path(path)
        .expect("absolute")
        .to_string()
}

/// A client speaking to one `glossator lsp` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    /// Messages received and not yet claimed by a wait, in order.
    backlog: VecDeque<Value>,
    /// Every message received.
    seen: Vec<Value>,
    next_id: i64,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            length = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    fn start(cwd: &Path, root: Option<&Path>, options: Value) -> Client {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("glossator"))
            .arg("lsp")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn glossator lsp");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(v) = read_message(&mut r) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        let mut c = Client {
            child,
            stdin,
            rx,
            backlog: VecDeque::new(),
            seen: Vec::new(),
            next_id: 0,
        };
        let init = c.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root.map(uri),
                "capabilities": {},
                "initializationOptions": options,
            }),
        );
        assert!(
            init["result"]["capabilities"]["hoverProvider"] == json!(true),
            "{init}"
        );
        c.notify("initialized", json!({}));
        c
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write to server");
        self.stdin.flush().expect("flush");
    }

    fn send(&mut self, v: &Value) {
        let body = serde_json::to_vec(v).expect("json");
        let mut msg = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        msg.extend(body);
        self.raw(&msg);
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(&format!("the answer to {method}"), |m| {
            m["id"] == json!(id) && m.get("method").is_none()
        })
    }

    /// The first message (received or still to come) that `pred` accepts.
    fn wait(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i).expect("index");
        }
        let end = Instant::now() + Duration::from_secs(30);
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(m) => {
                    self.seen.push(m.clone());
                    if pred(&m) {
                        return m;
                    }
                    self.backlog.push_back(m);
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; received: {:#?}", self.seen)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "server gone while waiting for {what}; received: {:#?}",
                        self.seen
                    )
                }
            }
        }
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri(path), "languageId": "fluent", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, path: &Path, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri(path), "version": version}, "contentChanges": changes}),
        );
    }

    /// The next diagnostics published for `path` (of `version`, when given).
    fn diagnostics(&mut self, path: &Path, version: Option<i64>) -> Vec<Value> {
        let u = uri(path);
        let m = self.wait(&format!("diagnostics of {u} {version:?}"), |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == json!(u)
                && version.is_none_or(|v| m["params"]["version"] == json!(v))
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Log messages received so far.
    fn logs(&self) -> Vec<String> {
        self.seen
            .iter()
            .filter(|m| m["method"] == "window/logMessage")
            .map(|m| m["params"]["message"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Waits for a log message containing `needle`.
    fn log_containing(&mut self, needle: &str) -> String {
        let m = self.wait(&format!("a log message with `{needle}`"), |m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|s| s.contains(needle))
        });
        m["params"]["message"].as_str().unwrap_or("").to_string()
    }

    fn position(&mut self, method: &str, path: &Path, line: u32, character: u32) -> Value {
        self.request(
            method,
            json!({"textDocument": {"uri": uri(path)}, "position": {"line": line, "character": character}}),
        )
    }

    /// Shuts the server down as an editor does; returns its exit code.
    fn exit(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "{r}");
        self.notify("exit", Value::Null);
        let end = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < end, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn codes(diags: &[Value]) -> Vec<String> {
    let mut c: Vec<String> = diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect();
    c.sort();
    c
}

fn find<'a>(diags: &'a [Value], code: &str) -> &'a Value {
    diags
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diags:#?}"))
}

/// The UTF-16 column of `needle` in `line` (the protocol's default encoding).
fn col(line: &str, needle: &str) -> u32 {
    let i = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {line}"));
    line[..i].encode_utf16().count() as u32
}

/// Applies the protocol's text edits (UTF-16 ranges) to `text`, as an editor does.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| -> usize {
        let (line, ch) = (
            p["line"].as_u64().unwrap() as usize,
            p["character"].as_u64().unwrap(),
        );
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= ch || c == '\n' {
                return start + i;
            }
            units += c.len_utf16() as u64;
        }
        text.len()
    };
    let mut edits: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse((e.0, e.1)));
    let mut out = text.to_string();
    for (s, e, t) in edits {
        out.replace_range(s..e, &t);
    }
    out
}

#[test]
fn diagnostics_on_open_and_on_every_change() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    c.open(&fr, FR_MAIN);
    let diags = c.diagnostics(&fr, Some(1));
    assert_eq!(
        codes(&diags),
        [
            "forbidden-term",
            "missing-message",
            "missing-message",
            "unknown-variable"
        ]
    );
    let typo = find(&diags, "unknown-variable");
    assert_eq!(typo["severity"], 1);
    assert_eq!(typo["source"], "glossator");
    let line0 = FR_MAIN.lines().next().unwrap();
    assert_eq!(typo["range"]["start"]["character"], col(line0, "$cuont"));
    assert_eq!(typo["range"]["end"]["character"], col(line0, " } centres"));
    assert!(typo["message"]
        .as_str()
        .unwrap()
        .contains("uses `$cuont`, which the reference does not have"));
    assert!(typo["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("/rules/variables/static.UNKNOWN_VARIABLE.html"));
    // The reference message, as related information.
    let related = &typo["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], uri(&root.join("locales/en/main.ftl")));
    assert_eq!(related["range"]["start"]["line"], 3);
    assert_eq!(find(&diags, "forbidden-term")["severity"], 1);

    // Incremental: `$cuont` -> `$count` clears the variable finding (one mistake, one
    // finding: unknown-variable names the missing one).
    let start = col(line0, "cuont");
    c.change(
        &fr,
        2,
        json!([{"range": {"start": {"line": 0, "character": start}, "end": {"line": 0, "character": start + 5}}, "text": "count"}]),
    );
    let diags = c.diagnostics(&fr, Some(2));
    assert_eq!(
        codes(&diags),
        ["forbidden-term", "missing-message", "missing-message"]
    );

    // Full: a new text, with a syntax error.
    c.change(
        &fr,
        3,
        json!([{"text": "centers = { $count } centres\ntitle = {\n"}]),
    );
    let diags = c.diagnostics(&fr, Some(3));
    assert!(
        codes(&diags).contains(&"syntax-error".to_string()),
        "{diags:#?}"
    );
    assert!(!codes(&diags).contains(&"forbidden-term".to_string()));

    // Closing publishes nothing for the file; the disk's text is the project's again.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&fr)}}),
    );
    assert!(c.diagnostics(&fr, None).is_empty());
    assert_eq!(c.exit(), 0);
}

#[test]
fn an_edit_of_the_reference_rechecks_the_open_translation() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let en = root.join("locales/en/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    c.open(&fr, FR_MAIN);
    assert_eq!(c.diagnostics(&fr, Some(1)).len(), 4);
    c.open(&en, EN_MAIN);
    assert!(c.diagnostics(&en, Some(1)).is_empty());
    // Opening the reference re-checks its open translations (nothing new).
    assert_eq!(c.diagnostics(&fr, Some(1)).len(), 4);
    // A new reference message, unsaved: the translation now misses it too.
    let lines = EN_MAIN.lines().count() as u32;
    c.change(
        &en,
        2,
        json!([{"range": {"start": {"line": lines, "character": 0}, "end": {"line": lines, "character": 0}}, "text": "brand-new = Brand new\n"}]),
    );
    let diags = c.diagnostics(&fr, Some(1));
    let missing: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "missing-message")
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        missing.iter().any(|m| m.contains("brand-new")),
        "{missing:?}"
    );
    assert_eq!(c.exit(), 0);
}

#[test]
fn code_actions_fix_the_term_add_the_missing_message_and_fix_all() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let text = format!("{FR_MAIN}extra = Une autre banque éloignée\n");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    c.open(&fr, &text);
    let diags = c.diagnostics(&fr, Some(1));
    let term = find(&diags, "forbidden-term").clone();
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri(&fr)}, "range": term["range"], "context": {"diagnostics": [term]}}),
    );
    let actions = r["result"].as_array().expect("actions").clone();
    let quick = actions
        .iter()
        .find(|a| a["kind"] == "quickfix")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    assert_eq!(quick["isPreferred"], true);
    assert!(quick["title"]
        .as_str()
        .unwrap()
        .contains("banque à distance"));
    let edits = quick["edit"]["changes"][uri(&fr)].as_array().unwrap();
    let fixed = apply(&text, edits);
    assert!(fixed.starts_with("centers = { $cuont } centres proposent la banque à distance."));
    // Applied in the editor, the finding goes.
    c.change(&fr, 2, json!([{"text": fixed}]));
    let diags = c.diagnostics(&fr, Some(2));
    assert_eq!(
        diags
            .iter()
            .filter(|d| d["code"] == "forbidden-term")
            .count(),
        1,
        "the other occurrence is left: {diags:#?}"
    );

    // A missing message: copied from the reference, with the translator's comment.
    let missing = find(&diags, "missing-message").clone();
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri(&fr)}, "range": missing["range"], "context": {"diagnostics": [missing]}}),
    );
    let actions = r["result"].as_array().unwrap().clone();
    let add = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("Add `missing-one`")
        })
        .unwrap_or_else(|| panic!("{actions:#?}"));
    let added = apply(&fixed, add["edit"]["changes"][uri(&fr)].as_array().unwrap());
    assert!(
        added.ends_with(&format!(
            "\n{}\nmissing-one = This one is not translated yet.\n",
            glossator::fix::MISSING_MARK
        )),
        "{added}"
    );
    let all_missing = actions
        .iter()
        .find(|a| a["kind"] == "source.addMissing.glossator")
        .expect("add every missing message");
    let added = apply(
        &fixed,
        all_missing["edit"]["changes"][uri(&fr)].as_array().unwrap(),
    );
    assert!(added.contains("missing-one =") && added.contains("missing-two ="));

    // Fix all (as editors ask on save): every safe fix of the file at once.
    c.change(&fr, 3, json!([{"text": text.clone()}]));
    c.diagnostics(&fr, Some(3));
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri(&fr)}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], "source.fixAll.glossator");
    let all = apply(
        &text,
        actions[0]["edit"]["changes"][uri(&fr)].as_array().unwrap(),
    );
    assert!(!all.contains("éloignée"), "{all}");
    assert_eq!(all.matches("banque à distance").count(), 3, "{all}");
    c.change(&fr, 4, json!([{"text": all}]));
    let diags = c.diagnostics(&fr, Some(4));
    assert!(!codes(&diags).contains(&"forbidden-term".to_string()));
    assert_eq!(c.exit(), 0);
}

#[test]
fn hover_shows_the_reference_the_concept_and_the_variable() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    c.open(&fr, FR_MAIN);
    c.diagnostics(&fr, Some(1));
    let hover = |c: &mut Client, line: u32, ch: u32| -> String {
        let r = c.position("textDocument/hover", &fr, line, ch);
        r["result"]["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let line0 = FR_MAIN.lines().next().unwrap();
    let on_id = hover(&mut c, 0, 2);
    assert!(
        on_id.contains("centers = { $count } centers offer remote banking."),
        "{on_id}"
    );
    assert!(
        on_id.contains("$count (Number): how many centers answered."),
        "{on_id}"
    );
    let on_term = hover(&mut c, 0, col(line0, "éloignée"));
    assert!(on_term.contains("**remote-banking**"), "{on_term}");
    assert!(
        on_term.contains("Banking services delivered at a distance"),
        "{on_term}"
    );
    assert!(
        on_term.contains("preferred: `banque à distance`"),
        "{on_term}"
    );
    assert!(
        on_term.contains("admitted: `services bancaires à distance`"),
        "{on_term}"
    );
    assert!(
        on_term.contains("forbidden: `banque éloignée`"),
        "{on_term}"
    );
    assert!(
        on_term.contains("forbidden-term"),
        "the finding there: {on_term}"
    );
    let on_variable = hover(&mut c, 0, col(line0, "cuont"));
    assert!(
        on_variable.contains("does not use `$cuont`"),
        "{on_variable}"
    );
    let r = c.position("textDocument/hover", &fr, 1, 0);
    assert!(r.get("error").is_none(), "{r}");
    assert_eq!(c.exit(), 0);
}

#[test]
fn definition_goes_to_the_reference_and_to_terms() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    c.open(&fr, FR_MAIN);
    c.diagnostics(&fr, Some(1));
    let r = c.position("textDocument/definition", &fr, 1, 1);
    assert_eq!(r["result"]["uri"], uri(&root.join("locales/en/main.ftl")));
    assert_eq!(
        r["result"]["range"]["start"],
        json!({"line": 4, "character": 0})
    );
    let line1 = FR_MAIN.lines().nth(1).unwrap();
    let r = c.position("textDocument/definition", &fr, 1, col(line1, "-brand") + 2);
    assert_eq!(r["result"]["uri"], uri(&root.join("locales/fr/brand.ftl")));
    assert_eq!(
        r["result"]["range"],
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 6}})
    );
    assert_eq!(c.exit(), 0);
}

#[test]
fn completion_of_missing_messages_variables_and_terms() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    let text = format!("{FR_MAIN}\nsecond = {{ $\nthird = {{ -\ncenters2 = la ban\n");
    c.open(&fr, &text);
    c.diagnostics(&fr, Some(1));
    let labels = |r: &Value| -> Vec<String> {
        r["result"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| i["label"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    // At the start of a line: what the file lacks, with the reference text as a draft.
    let r = c.position("textDocument/completion", &fr, 3, 0);
    assert_eq!(labels(&r), ["missing-one", "missing-two"]);
    assert_eq!(
        r["result"][0]["textEdit"]["newText"],
        "missing-one = This one is not translated yet."
    );
    // After `{ $` in `second`, which the reference lacks: nothing; in `centers`: `$count`.
    let r = c.position("textDocument/completion", &fr, 4, 12);
    assert!(labels(&r).is_empty(), "{r}");
    c.change(&fr, 2, json!([{"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 6}}, "text": "centers"}]));
    c.diagnostics(&fr, Some(2));
    let r = c.position("textDocument/completion", &fr, 4, 13);
    assert_eq!(labels(&r), ["$count"]);
    assert_eq!(
        r["result"][0]["detail"],
        "$count (Number): how many centers answered."
    );
    // After `{ -`: the locale's terms.
    let r = c.position("textDocument/completion", &fr, 5, 11);
    assert_eq!(labels(&r), ["-brand"]);
    // In text: the locale's glossary terms.
    let r = c.position("textDocument/completion", &fr, 6, 17);
    assert_eq!(labels(&r), ["banque à distance"]);
    assert_eq!(c.exit(), 0);
}

#[test]
fn bad_input_is_logged_and_the_server_keeps_serving() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    // Not JSON, JSON of the wrong shape, a garbled header.
    c.raw(b"Content-Length: 9\r\n\r\n{not json");
    c.log_containing("unreadable message");
    c.send(&json!({"jsonrpc": "2.0", "id": 99, "method": 5}));
    let r = c.wait("an error for id 99", |m| m["id"] == 99);
    assert!(r["error"]["code"].is_number(), "{r}");
    c.raw(b"Garbage-Without-Colon\r\n\r\n");
    c.log_containing("malformed header");
    // Wrong params; an unknown method.
    let r = c.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = c.request("glossator/unknown", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // A change of a document never opened.
    c.change(&fr, 2, json!([{"text": "x = y\n"}]));
    c.log_containing("not open");
    // A file outside the project: logged, checked on its own.
    let outside = root.join("elsewhere/notes.ftl");
    c.open(&outside, "a = A\na = B\nb = {\n");
    let diags = c.diagnostics(&outside, Some(1));
    assert_eq!(codes(&diags), ["duplicate-id", "syntax-error"]);
    c.log_containing("not a file of the project");
    // A huge document: not parsed, reported.
    let huge = "x = y\n".repeat(3_000_000);
    c.open(&root.join("locales/fr/huge.ftl"), &huge);
    let diags = c.diagnostics(&root.join("locales/fr/huge.ftl"), Some(1));
    assert!(
        codes(&diags).contains(&"too-large".to_string()),
        "{diags:#?}"
    );
    c.log_containing("larger than glossator reads");
    // A file of the locale deleted on disk: the next check does without it.
    std::fs::remove_file(root.join("locales/fr/brand.ftl")).expect("delete");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&root.join("locales/fr/brand.ftl")), "type": 3}]}),
    );
    c.open(&fr, FR_MAIN);
    let diags = c.diagnostics(&fr, Some(1));
    assert!(
        codes(&diags).contains(&"undefined-reference".to_string()),
        "{diags:#?}"
    );
    // Still answering.
    let r = c.position("textDocument/hover", &fr, 0, 2);
    assert!(r["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("centers"));
    assert!(c.logs().iter().all(|l| l.starts_with("glossator: ")));
    assert_eq!(c.exit(), 0);
}

#[test]
fn an_invalid_config_is_logged_and_a_fixed_one_is_read_on_save() {
    let (_dir, root) = project();
    let config = root.join("glossator.toml");
    let good = std::fs::read_to_string(&config).expect("read");
    std::fs::write(&config, "[project\nreference = ").expect("write");
    let fr = root.join("locales/fr/main.ftl");
    let mut c = Client::start(&root, Some(&root), Value::Null);
    let error = c.log_containing("no project");
    assert!(error.contains("glossator.toml:1"), "{error}");
    c.open(&fr, FR_MAIN);
    // The rules about a file on its own still run.
    assert!(c.diagnostics(&fr, Some(1)).is_empty());
    let r = c.position("textDocument/hover", &fr, 0, 2);
    assert_eq!(r["result"], Value::Null);
    std::fs::write(&config, good).expect("write");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri(&config)}}),
    );
    c.log_containing("project glossator.toml");
    assert_eq!(c.diagnostics(&fr, Some(1)).len(), 4);
    assert_eq!(c.exit(), 0);
}

/// Without a workspace folder, the project is found from the first file opened; the
/// initialization options name the configuration and the documentation links.
#[test]
fn the_project_of_the_first_file_and_initialization_options() {
    let (_dir, root) = project();
    let fr = root.join("locales/fr/main.ftl");
    std::fs::rename(root.join("glossator.toml"), root.join("other.toml")).expect("rename");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let options = json!({
        "config": root.join("other.toml"),
        "docsUrl": "https://example.org/rules/{rule}",
    });
    let mut c = Client::start(elsewhere.path(), None, options);
    c.open(&fr, FR_MAIN);
    let diags = c.diagnostics(&fr, Some(1));
    assert_eq!(diags.len(), 4, "{diags:#?}");
    assert_eq!(
        find(&diags, "unknown-variable")["codeDescription"]["href"],
        "https://example.org/rules/unknown-variable"
    );
    assert_eq!(c.exit(), 0);
}

/// Drives the server from headless Neovim (Debian's package, which `.ci/run` installs)
/// with `tests/nvim/lsp.lua`: diagnostics, a code action and hover must arrive.
#[test]
fn neovim_shows_diagnostics_applies_a_code_action_and_hovers() {
    let Ok(version) = Command::new("nvim").arg("--version").output() else {
        eprintln!("skipped: nvim not found (apt-get install neovim)");
        return;
    };
    assert!(version.status.success());
    let (_dir, root) = project();
    let out = root.join("nvim-result.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/lsp.lua");
    let mut child = Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("GLOSSATOR_BIN", assert_cmd::cargo::cargo_bin("glossator"))
        .env("GLOSSATOR_ROOT", &root)
        .env("GLOSSATOR_OUT", &out)
        .current_dir(&root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn nvim");
    let end = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > end {
            let _ = child.kill();
            panic!("nvim did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let text = std::fs::read_to_string(&out).expect("nvim wrote its result");
    let r: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(r["error"], Value::Null, "{r:#}");
    let before: Vec<&str> = r["before"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for code in ["unknown-variable", "forbidden-term", "missing-message"] {
        assert!(before.contains(&code), "{code} not in {before:?}");
    }
    assert!(
        r["hover"]
            .as_str()
            .unwrap()
            .contains("centers offer remote banking"),
        "{r:#}"
    );
    assert!(
        r["action"].as_str().unwrap().contains("banque à distance"),
        "{r:#}"
    );
    assert!(
        r["line"]
            .as_str()
            .unwrap()
            .contains("la banque à distance."),
        "{r:#}"
    );
    let after: Vec<&str> = r["after"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(!after.contains(&"forbidden-term"), "{after:?}");
    assert!(after.contains(&"unknown-variable"), "{after:?}");
}
