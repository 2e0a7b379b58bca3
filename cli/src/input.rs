//! Reading a command's input (a file or stdin) and telling what format it is in.

use std::io::Read;

use crate::Failure;

/// What an input holds, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Kubernetes protobuf: the `k8s\0` envelope.
    Envelope,
    /// CBOR: the self-described tag `d9 d9 f7` (which the API server writes first), or a
    /// map's initial byte (`a0`..`bf`, never the start of UTF-8 text).
    Cbor,
    /// JSON: the first byte after whitespace (and a UTF-8 byte order mark) is `{`.
    Json,
    /// Other text (valid UTF-8 without control characters but tab, CR and LF), read as YAML;
    /// an empty input is an empty YAML stream.
    Yaml,
    /// Anything else: raw protobuf without envelope, or bytes of another kind.
    Binary,
}

/// Read the whole input: the file `path`, or stdin for `None` and `-`.
pub fn read(path: Option<&str>) -> Result<Vec<u8>, Failure> {
    match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Failure::Input(format!("reading stdin: {e}")))?;
            Ok(buf)
        }
        Some(p) => std::fs::read(p).map_err(|e| Failure::Input(format!("reading {p}: {e}"))),
    }
}

/// How messages name the input: its path, or `stdin`.
pub fn name(path: Option<&str>) -> &str {
    match path {
        None | Some("-") => "stdin",
        Some(p) => p,
    }
}

/// Tell the input's format from its bytes.
pub fn detect(input: &[u8]) -> Format {
    if kcodec::proto::envelope::is_envelope(input) {
        return Format::Envelope;
    }
    if kcodec::cbor::is_cbor(input) || matches!(input.first(), Some(0xa0..=0xbf)) {
        return Format::Cbor;
    }
    let body = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::Json,
        _ if is_text(body) => Format::Yaml,
        _ => Format::Binary,
    }
}

/// Whether `bytes` are text: valid UTF-8 with no control characters other than tab, LF
/// and CR (YAML allows no others).
pub fn is_text(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
        && !bytes
            .iter()
            .any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
}

/// The first bytes of `input` in hex, for messages about binary input.
pub fn head_hex(input: &[u8]) -> String {
    let shown: Vec<String> = input.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let more = if input.len() > 8 { " ..." } else { "" };
    format!("{}{more}", shown.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(detect(b"k8s\0\x0a"), Format::Envelope);
        assert_eq!(detect(b"\xef\xbb\xbf \n{\"kind\":1}"), Format::Json);
        assert_eq!(detect(b"\xd9\xd9\xf7\xa0"), Format::Cbor);
        assert_eq!(detect(b"\xa1\x44kind\x43Pod"), Format::Cbor);
        assert_eq!(detect(b"kind: Pod\n\tx: \"\xc3\xa9\"\r\n"), Format::Yaml);
        assert_eq!(detect(b""), Format::Yaml);
        assert_eq!(detect(b"\x0a\x03abc"), Format::Binary);
        assert_eq!(detect(b"kind: \xff"), Format::Binary);
        assert_eq!(head_hex(b"\x1f\x8b\x08"), "1f 8b 08");
    }
}
