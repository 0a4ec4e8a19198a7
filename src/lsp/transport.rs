//! The protocol's framing over stdin and stdout, forgiving where lsp-server's own stdio
//! transport is not: a message whose JSON does not parse, or a garbled header, is passed
//! on as a [`MALFORMED`] notification (answered and logged by the server) instead of
//! ending the session.

use lsp_server::{Connection, Message, Notification};
use std::io::{self, BufRead, Read, Write};
use std::thread;

/// The method of the notification that stands for an unreadable message; its params are
/// `{"error": String, "id": <the request's id, when one could be read>}`.
pub const MALFORMED: &str = "$/glossator/malformed";

/// Largest message read: a document of the largest file glossator reads (16 MiB), escaped
/// in JSON, fits with room to spare. A longer one is skipped, not buffered.
pub const MAX_MESSAGE_BYTES: usize = 128 << 20;

/// The writer thread of a connection (the reader ends with the input, or with the process).
pub struct IoThreads {
    writer: thread::JoinHandle<io::Result<()>>,
}

impl IoThreads {
    /// Waits for the writer to write everything sent before the connection was dropped.
    /// The reader is not waited for: after an error it may be blocked on stdin for good.
    pub fn join(self) -> io::Result<()> {
        self.writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

/// A connection over the process's stdin and stdout.
pub fn stdio() -> (Connection, IoThreads) {
    let (writer_sender, writer_receiver) = crossbeam_channel::unbounded::<Message>();
    let writer = thread::spawn(move || {
        let mut out = io::stdout().lock();
        for msg in writer_receiver {
            msg.write(&mut out)?;
        }
        out.flush()
    });
    let (reader_sender, reader_receiver) = crossbeam_channel::unbounded::<Message>();
    thread::spawn(move || {
        let mut input = io::stdin().lock();
        loop {
            let msg = match read(&mut input) {
                Ok(Some(Ok(m))) => m,
                Ok(Some(Err(bad))) => Message::Notification(Notification::new(
                    MALFORMED.to_string(),
                    serde_json::json!({ "error": bad.error, "id": bad.id }),
                )),
                // End of input, or stdin failed: the session is over.
                Ok(None) | Err(_) => break,
            };
            let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
            if reader_sender.send(msg).is_err() || exit {
                break;
            }
        }
    });
    (
        Connection {
            sender: writer_sender,
            receiver: reader_receiver,
        },
        IoThreads { writer },
    )
}

/// A message that could not be read, with what was wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    pub error: String,
    /// The id of the request, when its JSON parsed that far, so the answer can name it.
    pub id: Option<serde_json::Value>,
}

/// Reads one message: `Ok(None)` at the end of input, `Err` only when reading fails.
pub fn read(input: &mut dyn BufRead) -> io::Result<Option<Result<Message, Malformed>>> {
    let mut length: Option<usize> = None;
    let mut bad_header: Option<String> = None;
    let mut line = String::new();
    let mut any = false;
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            if any {
                break;
            }
            // Blank lines between messages: skipped.
            continue;
        }
        any = true;
        match l.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(n) => length = Some(n),
                    Err(_) => bad_header = Some(format!("bad Content-Length header `{l}`")),
                }
            }
            Some(_) => {} // Content-Type and the like
            None => bad_header = Some(format!("malformed header line `{}`", shorten(l))),
        }
    }
    let Some(length) = length else {
        return Ok(Some(Err(Malformed {
            error: bad_header.unwrap_or_else(|| "a message without Content-Length".into()),
            id: None,
        })));
    };
    if length > MAX_MESSAGE_BYTES {
        io::copy(&mut Read::take(&mut *input, length as u64), &mut io::sink())?;
        return Ok(Some(Err(Malformed {
            error: format!(
                "message of {} MiB skipped: larger than {} MiB",
                length >> 20,
                MAX_MESSAGE_BYTES >> 20
            ),
            id: None,
        })));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(parse(&body)))
}

fn parse(body: &[u8]) -> Result<Message, Malformed> {
    match serde_json::from_slice::<Message>(body) {
        Ok(m) => Ok(m),
        Err(e) => {
            // Valid JSON of the wrong shape may still carry an id to answer.
            let id = serde_json::from_slice::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .filter(|id| id.is_number() || id.is_string());
            Err(Malformed {
                error: format!("unreadable message ({e})"),
                id,
            })
        }
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn bad_messages_are_reported_and_reading_goes_on() {
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = [
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":3}"#),
            "garbage line\r\n\r\n".to_string(),
            frame(good),
        ]
        .concat();
        let mut r = io::Cursor::new(input.into_bytes());
        let first = read(&mut r).unwrap().unwrap().unwrap_err();
        assert!(first.error.contains("unreadable"), "{first:?}");
        assert_eq!(first.id, None);
        let second = read(&mut r).unwrap().unwrap().unwrap_err();
        assert_eq!(second.id, Some(serde_json::json!(7)));
        let third = read(&mut r).unwrap().unwrap().unwrap_err();
        assert!(third.error.contains("garbage line"), "{third:?}");
        match read(&mut r).unwrap().unwrap() {
            Ok(Message::Notification(n)) => assert_eq!(n.method, "initialized"),
            other => panic!("{other:?}"),
        }
        assert!(read(&mut r).unwrap().is_none());
    }
}
