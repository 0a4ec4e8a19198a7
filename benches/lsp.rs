//! Benchmark: `glossator lsp` on the www-l10n project (Mozilla's mozilla.org localization,
//! 107 locales) with one of its files open: the time from a keystroke (`didChange`) to the
//! diagnostics of the new text, as the editor sees it, and the server's memory.
//!
//! `cargo bench --bench lsp [-- CORPUS] [--file REL] [--edits N] [--glossary FILE]`
//! (CORPUS: default `$GLOSSATOR_WWW_L10N`, else `../shared/corpora/www-l10n`; the
//! glossary, e.g. Mozilla's `fr.tbx`, turns the terminology rules on).

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

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

fn send(stdin: &mut ChildStdin, v: &Value) {
    let body = serde_json::to_vec(v).expect("json");
    write!(stdin, "Content-Length: {}\r\n\r\n", body.len()).expect("write");
    stdin.write_all(&body).expect("write");
    stdin.flush().expect("flush");
}

fn wait(rx: &Receiver<Value>, pred: impl Fn(&Value) -> bool) -> Value {
    loop {
        let m = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("the server answers");
        if m["method"] == "window/logMessage" {
            eprintln!(
                "  server: {}",
                m["params"]["message"].as_str().unwrap_or("")
            );
        }
        if pred(&m) {
            return m;
        }
    }
}

/// Peak and current resident memory of a process, in MiB (Linux).
fn memory(pid: u32) -> Option<(f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    // The corpus is the one argument that is neither a flag nor a flag's value (`cargo
    // bench` adds `--bench`, which takes none).
    let mut positional = None;
    let mut k = 0;
    while k < args.len() {
        match args[k].as_str() {
            "--file" | "--edits" | "--glossary" => k += 2,
            a if a.starts_with('-') => k += 1,
            a => {
                positional.get_or_insert_with(|| PathBuf::from(a));
                k += 1;
            }
        }
    }
    let corpus = positional
        .or_else(|| std::env::var_os("GLOSSATOR_WWW_L10N").map(PathBuf::from))
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/www-l10n")
        });
    if !corpus.join("l10n-pontoon.toml").exists() {
        eprintln!("corpus not found at {}; skipping", corpus.display());
        return;
    }
    let corpus = corpus.canonicalize().expect("corpus path");
    let rel = flag("--file").unwrap_or_else(|| "fr/firefox/new/desktop.ftl".into());
    let edits: usize = flag("--edits").and_then(|n| n.parse().ok()).unwrap_or(200);
    let glossary = flag("--glossary");
    let path = corpus.join(&rel);
    let text = std::fs::read_to_string(&path).expect("the file to open");

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glossator"));
    cmd.arg("lsp");
    if let Some(g) = &glossary {
        cmd.args(["--glossary", g]);
    }
    let mut child = cmd
        .current_dir(&corpus)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn glossator lsp");
    let mut stdin = child.stdin.take().expect("stdin");
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
    let uri = url::Url::from_file_path(&path).expect("uri").to_string();
    let root = url::Url::from_file_path(&corpus).expect("uri").to_string();
    let started = Instant::now();
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": null, "rootUri": root, "capabilities": {}}}),
    );
    wait(&rx, |m| m["id"] == 1);
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    );
    let is_diags = |version: i64| {
        let uri = uri.clone();
        move |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == json!(uri)
                && m["params"]["version"] == json!(version)
        }
    };
    let opened = Instant::now();
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument":
            {"uri": uri, "languageId": "fluent", "version": 1, "text": text}}}),
    );
    let first = wait(&rx, is_diags(1));
    let (open_time, start_time) = (opened.elapsed(), started.elapsed());
    let findings = first["params"]["diagnostics"]
        .as_array()
        .map_or(0, Vec::len);

    // Keystrokes at the end of a message's first line: a letter typed, then deleted.
    let (line, column) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(" = ") && !l.starts_with('#'))
        .nth(3)
        .map(|(i, l)| (i, l.encode_utf16().count()))
        .expect("a message line");
    let mut times = Vec::with_capacity(edits);
    for k in 0..edits {
        let version = k as i64 + 2;
        let change = if k % 2 == 0 {
            json!({"range": {"start": {"line": line, "character": column}, "end": {"line": line, "character": column}}, "text": "x"})
        } else {
            json!({"range": {"start": {"line": line, "character": column}, "end": {"line": line, "character": column + 1}}, "text": ""})
        };
        let t = Instant::now();
        send(
            &mut stdin,
            &json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}}),
        );
        wait(&rx, is_diags(version));
        times.push(t.elapsed());
    }
    let (peak, rss) = memory(child.id()).unwrap_or((f64::NAN, f64::NAN));
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
    );
    wait(&rx, |m| m["id"] == 2);
    send(&mut stdin, &json!({"jsonrpc": "2.0", "method": "exit"}));
    let _ = child.wait();

    times.sort();
    let pick = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    println!(
        "glossator lsp on {}{}, {rel} open ({findings} findings)",
        corpus.display(),
        glossary
            .map(|g| format!(" with glossary {g}"))
            .unwrap_or_default(),
    );
    println!(
        "  start to first diagnostics: {:.0} ms (didOpen to diagnostics: {:.0} ms)",
        ms(start_time),
        ms(open_time)
    );
    println!(
        "  edit to diagnostics over {edits} edits: median {:.1} ms, p90 {:.1} ms, max {:.1} ms, min {:.1} ms",
        pick(0.5),
        pick(0.9),
        pick(1.0),
        pick(0.0)
    );
    println!("  memory: peak {peak:.0} MiB, at the end {rss:.0} MiB");
}
