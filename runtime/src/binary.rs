//! `Binary`: a Go `[]byte`, base64 in JSON, raw bytes in protobuf.

use base64::Engine as _;

/// Bytes that JSON carries as standard base64 with padding (Go's `[]byte`), e.g.
/// `Secret.data` values.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Binary(pub Vec<u8>);

impl From<Vec<u8>> for Binary {
    fn from(v: Vec<u8>) -> Self {
        Binary(v)
    }
}

impl std::ops::Deref for Binary {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl std::ops::DerefMut for Binary {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

pub(crate) fn encode_base64(out: &mut Vec<u8>, data: &[u8]) {
    let start = out.len();
    let n = data.len().div_ceil(3) * 4;
    out.resize(start + n, 0);
    let written = base64::engine::general_purpose::STANDARD
        .encode_slice(data, &mut out[start..])
        .expect("buffer sized for base64 output");
    out.truncate(start + written);
}

/// Decode standard padded base64; like Go, `\r` and `\n` are ignored.
pub(crate) fn decode_base64(s: &[u8]) -> Option<Vec<u8>> {
    let engine = &base64::engine::general_purpose::STANDARD;
    if s.iter().any(|&b| b == b'\r' || b == b'\n') {
        let cleaned: Vec<u8> = s
            .iter()
            .copied()
            .filter(|&b| b != b'\r' && b != b'\n')
            .collect();
        engine.decode(cleaned).ok()
    } else {
        engine.decode(s).ok()
    }
}
