//! A client of `k8s-oracle serve`: Kubernetes' real Go codecs (k8s.io/api and apimachinery's
//! serializers) in one long-running process, one request at a time.
//!
//! The protocol (the oracle's README): each request and each response is a frame, a 4-byte
//! big-endian length and that many bytes; the payload is a JSON header on one line, `\n`, and
//! the body.

use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// A running `k8s-oracle serve`.
pub struct Oracle {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
    requests: u64,
}

/// The wire formats the oracle reads and writes, by their names ([`Format::name`]: `json`,
/// `json-pretty`, `yaml`, `pb`, `cbor`).
pub use kcodec::Format;

/// One request.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    /// `convert` or `watch`.
    pub op: &'a str,
    /// Input format (`json`, `yaml`, `pb` or `cbor`; `json-pretty` is read as `json`).
    pub from: Format,
    /// Output format.
    pub to: Format,
    /// Go's strict decoder (unknown and duplicate fields).
    pub strict: bool,
    /// Decode defaults for data without `apiVersion`/`kind` (WatchEvent).
    pub type_meta: Option<(&'a str, &'a str)>,
}

impl<'a> Request<'a> {
    /// A lax `convert` from one format to another.
    pub fn convert(from: Format, to: Format) -> Request<'a> {
        Request {
            op: "convert",
            from,
            to,
            strict: false,
            type_meta: None,
        }
    }

    /// The same request with strict decoding.
    pub fn strict(mut self) -> Request<'a> {
        self.strict = true;
        self
    }
}

/// The oracle's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// Converted: the output bytes.
    Ok(Vec<u8>),
    /// Converted with strict-mode errors: the output bytes and Go's error text.
    Strict(Vec<u8>, String),
    /// Refused: Go's error text.
    Err(String),
}

impl Response {
    /// The output bytes, if any.
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            Response::Ok(b) | Response::Strict(b, _) => Some(b),
            Response::Err(_) => None,
        }
    }
}

impl Oracle {
    /// Starts `binary serve`.
    pub fn start(binary: &Path) -> std::io::Result<Oracle> {
        let mut child = Command::new(binary)
            .arg("serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let input = BufWriter::new(child.stdin.take().expect("piped stdin"));
        let output = BufReader::new(child.stdout.take().expect("piped stdout"));
        Ok(Oracle {
            child,
            input,
            output,
            requests: 0,
        })
    }

    /// The oracle named by `$KCODEC_K8S_ORACLE`, or `None` (said on the terminal; a failure
    /// under `CI=true`) when it is not set.
    pub fn from_env() -> Option<Oracle> {
        let binary = crate::data::oracle_binary()?;
        Some(
            Oracle::start(&binary)
                .unwrap_or_else(|e| panic!("cannot start {} serve: {e}", binary.display())),
        )
    }

    /// How many requests this process has answered.
    pub fn requests(&self) -> u64 {
        self.requests
    }

    /// Sends one request and waits for its answer.
    pub fn call(&mut self, req: &Request<'_>, body: &[u8]) -> Response {
        let mut header = serde_json::json!({
            "op": req.op,
            "from": if req.from == Format::JsonPretty { "json" } else { req.from.name() },
            "to": req.to.name(),
            "strict": req.strict,
        });
        if let Some((api_version, kind)) = req.type_meta {
            header["apiVersion"] = api_version.into();
            header["kind"] = kind.into();
        }
        let header = serde_json::to_vec(&header).expect("a JSON header");
        let len = u32::try_from(header.len() + 1 + body.len()).expect("a request under 4 GiB");
        let io = (|| -> std::io::Result<Vec<u8>> {
            self.input.write_all(&len.to_be_bytes())?;
            self.input.write_all(&header)?;
            self.input.write_all(b"\n")?;
            self.input.write_all(body)?;
            self.input.flush()?;
            let mut len = [0u8; 4];
            self.output.read_exact(&mut len)?;
            let mut payload = vec![0u8; u32::from_be_bytes(len) as usize];
            self.output.read_exact(&mut payload)?;
            Ok(payload)
        })();
        let payload = io.unwrap_or_else(|e| panic!("k8s-oracle serve: {e}"));
        self.requests += 1;
        let split = payload
            .iter()
            .position(|&b| b == b'\n')
            .expect("a response header line");
        let head: serde_json::Value =
            serde_json::from_slice(&payload[..split]).expect("a JSON response header");
        let body = payload[split + 1..].to_vec();
        let error = head["error"].as_str().unwrap_or_default().to_string();
        if head["ok"] == true {
            Response::Ok(body)
        } else if head["strict"] == true {
            Response::Strict(body, error)
        } else {
            Response::Err(error)
        }
    }

    /// Converts `body` from one format to another (lax).
    pub fn convert(&mut self, from: Format, to: Format, body: &[u8]) -> Response {
        self.call(&Request::convert(from, to), body)
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Go's strict-decoding findings in an error text, as `(kind, path)` pairs:
/// `strict decoding error: unknown field "spec.x", duplicate field "metadata.name"` gives
/// `[("unknown", "spec.x"), ("duplicate", "metadata.name")]`.
pub fn strict_findings(error: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = error;
    while let Some(at) = rest.find(" field \"") {
        let kind = rest[..at]
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default()
            .to_string();
        let after = &rest[at + " field \"".len()..];
        // Paths are Go-quoted (strconv.Quote): find the closing quote past escapes.
        let mut end = 0;
        let bytes = after.as_bytes();
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let path = after[..end.min(after.len())].to_string();
        out.push((kind, path));
        rest = &after[(end + 1).min(after.len())..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_findings_are_read_from_go_error_text() {
        let text = r#"strict decoding error: duplicate field "metadata.name", unknown field "metadata.foo", unknown field "a\"b""#;
        assert_eq!(
            strict_findings(text),
            vec![
                ("duplicate".to_string(), "metadata.name".to_string()),
                ("unknown".to_string(), "metadata.foo".to_string()),
                ("unknown".to_string(), r#"a\"b"#.to_string()),
            ]
        );
        assert!(strict_findings("yaml: line 1: did not find expected key").is_empty());
    }
}
