//! Kubernetes' protobuf envelope: `k8s\0` followed by a `runtime.Unknown` message
//! `{typeMeta = 1 {apiVersion = 1, kind = 2}, raw = 2, contentEncoding = 3, contentType = 4}`,
//! all four fields always written (`application/vnd.kubernetes.protobuf`).

use super::{field, key_len, varint_len, ProtoMessage, ProtoReader, RevBuf, WireType};
use crate::error::{Error, ErrorKind, Result};

/// The 4-byte prefix of every Kubernetes protobuf object.
pub const MAGIC: &[u8; 4] = b"k8s\0";

/// Whether `data` starts with the envelope prefix (Kubernetes' `RecognizesData`).
pub fn is_envelope(data: &[u8]) -> bool {
    data.starts_with(MAGIC)
}

/// A decoded envelope, borrowing from the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Envelope<'a> {
    /// `apiVersion` (`v1`, `apps/v1`; empty for a WatchEvent).
    pub api_version: &'a str,
    /// `kind` (`Pod`; empty for a WatchEvent).
    pub kind: &'a str,
    /// The object's own message bytes.
    pub raw: &'a [u8],
    /// `contentEncoding` (empty: none).
    pub content_encoding: &'a str,
    /// `contentType` (empty: the default).
    pub content_type: &'a str,
}

fn type_meta_len(api_version: &str, kind: &str) -> usize {
    key_len(1)
        + varint_len(api_version.len() as u64)
        + api_version.len()
        + key_len(2)
        + varint_len(kind.len() as u64)
        + kind.len()
}

/// Size of the envelope around a payload of `payload_len` bytes.
pub fn envelope_len(api_version: &str, kind: &str, payload_len: usize) -> usize {
    let tm = type_meta_len(api_version, kind);
    MAGIC.len()
        + key_len(1)
        + varint_len(tm as u64)
        + tm
        + key_len(2)
        + varint_len(payload_len as u64)
        + payload_len
        + 2
        + 2
}

/// Prepend the envelope's fields that follow the payload (`contentEncoding`, `contentType`).
pub fn encode_trailer_rev(w: &mut RevBuf) {
    w.put_slice(&[0x1a, 0x00, 0x22, 0x00]);
}

/// Prepend the envelope's head for a payload of `payload_len` bytes that is already in `w`:
/// the raw field's key and length, the type meta, and the magic.
pub fn encode_head_rev(w: &mut RevBuf, api_version: &str, kind: &str, payload_len: usize) {
    w.put_varint(payload_len as u64);
    w.put_key(2, WireType::Len);
    let before = w.len();
    field::encode(w, 2, &StrRef(kind));
    field::encode(w, 1, &StrRef(api_version));
    let n = w.len() - before;
    w.put_varint(n as u64);
    w.put_key(1, WireType::Len);
    w.put_slice(MAGIC);
}

/// Encode `msg` wrapped in the envelope, in one pass into an exactly sized buffer.
pub fn encode<T: ProtoMessage>(api_version: &str, kind: &str, msg: &T) -> Vec<u8> {
    let payload_len = msg.encoded_len();
    let mut w = RevBuf::with_capacity(envelope_len(api_version, kind, payload_len));
    encode_trailer_rev(&mut w);
    msg.encode_rev(&mut w);
    encode_head_rev(&mut w, api_version, kind, payload_len);
    w.into_vec()
}

/// Wrap already-encoded payload bytes in the envelope.
pub fn wrap(api_version: &str, kind: &str, payload: &[u8]) -> Vec<u8> {
    let mut w = RevBuf::with_capacity(envelope_len(api_version, kind, payload.len()));
    encode_trailer_rev(&mut w);
    w.put_slice(payload);
    encode_head_rev(&mut w, api_version, kind, payload.len());
    w.into_vec()
}

/// The message body (the `raw` field) of the envelope `data`, as a zero-copy slice of it.
pub fn body_bytes(data: &bytes::Bytes) -> Result<bytes::Bytes> {
    let raw = decode(data)?.raw;
    Ok(data.slice_ref(raw))
}

/// Parse the envelope. Errors: input shorter than the prefix or with another prefix, a
/// prefix with no body, and malformed `Unknown` messages.
pub fn decode(data: &[u8]) -> Result<Envelope<'_>> {
    if data.len() < MAGIC.len() || !is_envelope(data) {
        let at = data
            .iter()
            .zip(MAGIC.iter())
            .position(|(a, b)| a != b)
            .unwrap_or(data.len());
        return Err(Error::new(
            ErrorKind::Wire {
                message: "missing the k8s\\0 protobuf envelope prefix".into(),
            },
            at,
        ));
    }
    if data.len() == MAGIC.len() {
        return Err(Error::new(
            ErrorKind::Wire {
                message: "empty body after the k8s\\0 prefix".into(),
            },
            MAGIC.len(),
        ));
    }
    // Parse `Unknown` over the whole input so offsets are absolute.
    let mut r = ProtoReader::new(data);
    r.skip_prefix(MAGIC.len());
    let mut env = Envelope::default();
    fn str_of<'a>(r: &ProtoReader<'_>, b: &'a [u8], what: &str) -> Result<&'a str> {
        std::str::from_utf8(b)
            .map_err(|_| r.wire_error(format!("invalid UTF-8 in envelope {what}")))
    }
    while !r.at_end() {
        let (f, wire) = r.read_key()?;
        match (f, wire) {
            (1, WireType::Len) => {
                let tm = r.read_len_delimited()?;
                let mut tr = ProtoReader::new(tm);
                while !tr.at_end() {
                    let (f, wire) = tr.read_key()?;
                    match (f, wire) {
                        (1 | 2, WireType::Len) => {
                            let s = str_of(&r, tr.read_len_delimited()?, "typeMeta")?;
                            if f == 1 {
                                env.api_version = s;
                            } else {
                                env.kind = s;
                            }
                        }
                        (_, w) => tr.skip(w)?,
                    }
                }
            }
            (2, WireType::Len) => env.raw = r.read_len_delimited()?,
            (3 | 4, WireType::Len) => {
                let b = r.read_len_delimited()?;
                let s = str_of(&r, b, "content field")?;
                if f == 3 {
                    env.content_encoding = s;
                } else {
                    env.content_type = s;
                }
            }
            (1..=4, w) => return Err(r.wrong_wire_type(f, w, WireType::Len)),
            (_, w) => r.skip(w)?,
        }
    }
    Ok(env)
}

/// A borrowed string as a protobuf value (for the envelope's type meta).
#[derive(Default)]
struct StrRef<'a>(&'a str);

impl crate::schema::ProtoField for StrRef<'_> {
    fn proto_field() -> crate::schema::FieldType {
        crate::schema::FieldType::Scalar(crate::schema::Scalar::String)
    }
}

impl super::ProtoValue for StrRef<'_> {
    const WIRE_TYPE: WireType = WireType::Len;
    fn value_len(&self) -> usize {
        self.0.len()
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(self.0.as_bytes());
    }
    fn merge_value(&mut self, _: &mut ProtoReader<'_>) -> Result<()> {
        unreachable!("StrRef is encode-only")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pod_envelope_bytes() {
        let bytes = wrap("v1", "Pod", b"\x0a\x00");
        let mut want = b"k8s\0".to_vec();
        want.extend_from_slice(&[
            0x0a, 0x09, 0x0a, 0x02, b'v', b'1', 0x12, 0x03, b'P', b'o', b'd',
        ]);
        want.extend_from_slice(&[0x12, 0x02, 0x0a, 0x00, 0x1a, 0x00, 0x22, 0x00]);
        assert_eq!(bytes, want);
        assert_eq!(envelope_len("v1", "Pod", 2), want.len());
        let env = decode(&bytes).unwrap();
        assert_eq!(
            (env.api_version, env.kind, env.raw),
            ("v1", "Pod", &b"\x0a\x00"[..])
        );
    }

    #[test]
    fn watch_event_envelope_has_empty_type_meta() {
        let bytes = wrap("", "", b"");
        assert_eq!(&bytes[4..10], &[0x0a, 0x04, 0x0a, 0x00, 0x12, 0x00]);
    }

    #[test]
    fn bad_prefixes() {
        assert!(decode(b"").is_err());
        assert!(decode(b"k8s").is_err());
        assert!(decode(b"k8s\0")
            .unwrap_err()
            .to_string()
            .contains("empty body"));
        assert_eq!(decode(b"k9s\0\x0a\x00").unwrap_err().offset(), 1);
        assert!(decode(b"{\"kind\":1}").is_err());
    }
}
