//! Encode once, serve many: the Rust counterpart of Kubernetes' `CacheableObject`.
//!
//! A [`Cached`] object holds a value and, computed at most once each and shared as cheap
//! reference-counted [`Bytes`], its encodings: compact JSON, the protobuf message body and
//! its `k8s\0` envelope, with kcodec's `cbor` feature the CBOR encoding, and whole
//! watch-event frames per event type in every framing (JSON, protobuf, CBOR). Many
//! watchers of one event, or many LISTs containing one object, then cost a reference-count
//! increment instead of an encode. Mutation goes through [`Cached::make_mut`], which drops
//! every cached encoding. A JSON or CBOR encode that fails (a value Go's encoder refuses too,
//! see [`crate::json::to_vec`]) is cached as its error: every call answers it.
//!
//! LIST responses are assembled from cached items by splicing their bytes
//! ([`splice_json_list`], [`splice_proto_list`], `splice_cbor_list`); the result is
//! byte-identical to encoding the list directly.

use std::sync::{Arc, OnceLock};

use bytes::Bytes;

use crate::error::Result;
use crate::json::{write, JsonEncode};
use crate::proto::{envelope, varint_len, ProtoMessage};

/// The watch event types (`ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK`, `ERROR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventType {
    /// `ADDED`
    Added,
    /// `MODIFIED`
    Modified,
    /// `DELETED`
    Deleted,
    /// `BOOKMARK`
    Bookmark,
    /// `ERROR`
    Error,
}

impl EventType {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
            EventType::Bookmark => "BOOKMARK",
            EventType::Error => "ERROR",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The encodings a [`Cached`] value keeps, each computed at most once.
#[derive(Default)]
struct Encodings {
    json: OnceLock<Result<Bytes>>,
    envelope: OnceLock<Bytes>,
    json_events: [OnceLock<Result<Bytes>>; 5],
    proto_events: [OnceLock<Bytes>; 5],
    #[cfg(feature = "cbor")]
    cbor: OnceLock<Result<Bytes>>,
    #[cfg(feature = "cbor")]
    cbor_events: [OnceLock<Result<Bytes>>; 5],
}

/// A value with its encodings cached. Cloning shares the value and the caches.
#[derive(Clone)]
pub struct Cached<T> {
    value: Arc<T>,
    api_version: Arc<str>,
    kind: Arc<str>,
    encodings: Arc<Encodings>,
}

impl<T> Cached<T>
where
    T: JsonEncode + ProtoMessage + Clone,
{
    /// Wrap `value`, whose protobuf envelope will carry `api_version` and `kind`.
    pub fn new(value: T, api_version: &str, kind: &str) -> Self {
        Cached {
            value: Arc::new(value),
            api_version: api_version.into(),
            kind: kind.into(),
            encodings: Arc::new(Encodings::default()),
        }
    }

    /// The value.
    pub fn get(&self) -> &T {
        &self.value
    }

    /// Mutable access: copies the value if it is shared, and drops every cached encoding.
    pub fn make_mut(&mut self) -> &mut T {
        self.encodings = Arc::new(Encodings::default());
        Arc::make_mut(&mut self.value)
    }

    /// Compact JSON (Go's `json.Marshal`), computed once; the encode's error (see
    /// [`crate::json::to_vec`]) is kept as well.
    pub fn json(&self) -> Result<Bytes> {
        self.encodings
            .json
            .get_or_init(|| crate::json::to_vec(&*self.value).map(Bytes::from))
            .clone()
    }

    /// The object in Kubernetes' protobuf envelope, computed once.
    pub fn envelope(&self) -> Bytes {
        self.encodings
            .envelope
            .get_or_init(|| {
                Bytes::from(envelope::encode(
                    &self.api_version,
                    &self.kind,
                    &*self.value,
                ))
            })
            .clone()
    }

    /// The protobuf message body (no envelope): a zero-copy slice of [`Self::envelope`].
    pub fn proto(&self) -> Bytes {
        let env = self.envelope();
        let body = envelope::decode(&env).expect("own envelope").raw;
        let start = body.as_ptr() as usize - env.as_ptr() as usize;
        env.slice(start..start + body.len())
    }

    /// A whole JSON watch frame `{"type":"ADDED","object":{...}}\n`, computed once per type
    /// (fails as [`Self::json`]).
    pub fn json_event(&self, event: EventType) -> Result<Bytes> {
        self.encodings.json_events[event.index()]
            .get_or_init(|| {
                let object = self.json()?;
                let mut out = Vec::new();
                crate::watch::write_json_event(&mut out, event, &object);
                Ok(Bytes::from(out))
            })
            .clone()
    }

    /// A whole protobuf watch frame (4-byte big-endian length, then a raw WatchEvent
    /// `{type = 1, object = 2 {raw = 1: the envelope}}`), computed once per type.
    pub fn proto_event(&self, event: EventType) -> Bytes {
        self.encodings.proto_events[event.index()]
            .get_or_init(|| {
                let mut out = Vec::new();
                crate::watch::write_proto_event(&mut out, event, &self.envelope());
                Bytes::from(out)
            })
            .clone()
    }
}

#[cfg(feature = "cbor")]
impl<T: crate::cbor::CborEncode> Cached<T> {
    /// The object's CBOR as the API server writes it (the self-described prefix `d9 d9 f7`,
    /// then the item), computed once; the encode's error (see [`crate::cbor::to_vec`]) is
    /// kept as well.
    pub fn cbor(&self) -> Result<Bytes> {
        self.encodings
            .cbor
            .get_or_init(|| crate::cbor::to_vec(&*self.value).map(Bytes::from))
            .clone()
    }

    /// The object's CBOR item without the self-described prefix (as items are nested in a
    /// CBOR LIST): a zero-copy slice of [`Self::cbor`].
    pub fn cbor_bare(&self) -> Result<Bytes> {
        Ok(self
            .cbor()?
            .slice(crate::cbor::write::SELF_DESCRIBED.len()..))
    }

    /// A whole CBOR watch event (`d9d9f7 {'type': ..., 'object': d9d9f7 {...}}`, see
    /// [`crate::watch::write_cbor_event`]), computed once per type. CBOR watch streams have no
    /// framing: these bytes are the event's whole share of the stream. Fails as
    /// [`Self::cbor`].
    pub fn cbor_event(&self, event: EventType) -> Result<Bytes> {
        self.encodings.cbor_events[event.index()]
            .get_or_init(|| {
                let mut out = Vec::new();
                crate::watch::write_cbor_event(&mut out, event, &self.cbor()?);
                Ok(Bytes::from(out))
            })
            .clone()
    }
}

/// A JSON LIST response spliced from cached items: byte-identical to encoding a typed list
/// `{TypeMeta inline (omitempty), metadata ListMeta, items []T}` directly (compact, no
/// trailing newline). `list_meta` is the compact JSON of the list's metadata.
pub fn splice_json_list(
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) -> Vec<u8> {
    let mut out = Vec::new();
    splice_json_list_into(&mut out, kind, api_version, list_meta, items);
    out
}

/// [`splice_json_list`] appending to `out` (a server's reused response buffer).
pub fn splice_json_list_into(
    out: &mut Vec<u8>,
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) {
    let size = items.iter().map(|i| i.len() + 1).sum::<usize>() + list_meta.len() + 64;
    out.reserve(size);
    out.push(b'{');
    if !kind.is_empty() {
        out.extend_from_slice(b"\"kind\":");
        write::write_str(out, kind);
        out.push(b',');
    }
    if !api_version.is_empty() {
        out.extend_from_slice(b"\"apiVersion\":");
        write::write_str(out, api_version);
        out.push(b',');
    }
    out.extend_from_slice(b"\"metadata\":");
    out.extend_from_slice(list_meta);
    out.extend_from_slice(b",\"items\":[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(item);
    }
    out.extend_from_slice(b"]}");
}

/// A protobuf LIST message body spliced from cached item bodies: field 1 = the list's
/// metadata message body, field 2 = each item, byte-identical to encoding the list directly.
pub fn splice_proto_list(list_meta: &[u8], items: &[Bytes]) -> Vec<u8> {
    let mut out = Vec::with_capacity(list_body_len(list_meta, items));
    put_list_body(&mut out, list_meta, items);
    out
}

/// A whole protobuf LIST response (the `k8s\0` envelope with `api_version`/`kind`) spliced
/// from cached item bodies in one pass: byte-identical to `envelope::encode` of the list.
pub fn splice_proto_list_envelope(
    api_version: &str,
    kind: &str,
    list_meta: &[u8],
    items: &[Bytes],
) -> Vec<u8> {
    let mut out = Vec::new();
    splice_proto_list_envelope_into(&mut out, api_version, kind, list_meta, items);
    out
}

/// [`splice_proto_list_envelope`] appending to `out` (a server's reused response buffer).
pub fn splice_proto_list_envelope_into(
    out: &mut Vec<u8>,
    api_version: &str,
    kind: &str,
    list_meta: &[u8],
    items: &[Bytes],
) {
    let payload = list_body_len(list_meta, items);
    let mut head = crate::proto::RevBuf::new();
    envelope::encode_head_rev(&mut head, api_version, kind, payload);
    let mut trailer = crate::proto::RevBuf::new();
    envelope::encode_trailer_rev(&mut trailer);
    out.reserve(envelope::envelope_len(api_version, kind, payload));
    out.extend_from_slice(head.as_slice());
    put_list_body(out, list_meta, items);
    out.extend_from_slice(trailer.as_slice());
}

fn list_body_len(list_meta: &[u8], items: &[Bytes]) -> usize {
    1 + varint_len(list_meta.len() as u64)
        + list_meta.len()
        + items
            .iter()
            .map(|i| 1 + varint_len(i.len() as u64) + i.len())
            .sum::<usize>()
}

fn put_list_body(out: &mut Vec<u8>, list_meta: &[u8], items: &[Bytes]) {
    let mut put = |tag: u8, bytes: &[u8]| {
        out.push(tag);
        let mut v = bytes.len() as u64;
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
        out.extend_from_slice(bytes);
    };
    put(0x0a, list_meta);
    for item in items {
        put(0x12, item);
    }
}

/// A CBOR LIST response spliced from cached items: byte-identical to the API server's CBOR
/// of a typed list (`d9d9f7`, then the map `kind`, `items`, `metadata`, `apiVersion` in that
/// order, which is CBOR key order; `kind`/`apiVersion` left out when empty). `list_meta` is the
/// CBOR item of the list's metadata ([`crate::cbor::to_vec_bare`]); `items` are the items'
/// CBOR items ([`Cached::cbor_bare`]), written as an array (the API server writes a nil
/// `items` as null, `f6`, which a slice cannot express: `[]` is an empty, non-nil list). An
/// item given with its self-described prefix ([`Cached::cbor`]) is written without it, as
/// items in a list have none.
#[cfg(feature = "cbor")]
pub fn splice_cbor_list(
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) -> Vec<u8> {
    let mut out = Vec::new();
    splice_cbor_list_into(&mut out, kind, api_version, list_meta, items);
    out
}

/// [`splice_cbor_list`] appending to `out` (a server's reused response buffer).
#[cfg(feature = "cbor")]
pub fn splice_cbor_list_into(
    out: &mut Vec<u8>,
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) {
    use crate::cbor::write::{write_head, MAJOR_ARRAY, SELF_DESCRIBED};
    let bare = |item: &'_ Bytes| -> std::ops::Range<usize> {
        if item.starts_with(&SELF_DESCRIBED) {
            SELF_DESCRIBED.len()..item.len()
        } else {
            0..item.len()
        }
    };
    let size = items.iter().map(|i| bare(i).len()).sum::<usize>() + list_meta.len() + 64;
    out.reserve(size + kind.len() + api_version.len());
    put_cbor_list_head(out, kind, api_version);
    write_head(out, MAJOR_ARRAY, items.len() as u64);
    for item in items {
        out.extend_from_slice(&item[bare(item)]);
    }
    put_cbor_list_tail(out, api_version, list_meta);
}

/// The start of a CBOR LIST up to the `items` array's head: the self-described prefix, the
/// map head, `kind` (unless empty) and the `items` key. For a server that streams a LIST from
/// its items' cached bytes: this, the array head of the item count
/// (`cbor::write::write_head(out, MAJOR_ARRAY, n)`), the items without their prefix, then
/// [`put_cbor_list_tail`].
#[cfg(feature = "cbor")]
pub fn put_cbor_list_head(out: &mut Vec<u8>, kind: &str, api_version: &str) {
    use crate::cbor::write::{write_bytes, write_head, MAJOR_MAP, SELF_DESCRIBED};
    out.extend_from_slice(&SELF_DESCRIBED);
    let pairs = 2 + u64::from(!kind.is_empty()) + u64::from(!api_version.is_empty());
    write_head(out, MAJOR_MAP, pairs);
    if !kind.is_empty() {
        out.extend_from_slice(b"\x44kind");
        write_bytes(out, kind.as_bytes());
    }
    out.extend_from_slice(b"\x45items");
}

/// The end of a CBOR LIST after the items: `metadata` (`list_meta`: the `ListMeta`'s CBOR
/// item) and `apiVersion` (unless empty).
#[cfg(feature = "cbor")]
pub fn put_cbor_list_tail(out: &mut Vec<u8>, api_version: &str, list_meta: &[u8]) {
    out.extend_from_slice(b"\x48metadata");
    out.extend_from_slice(list_meta);
    if !api_version.is_empty() {
        out.extend_from_slice(b"\x4aapiVersion");
        crate::cbor::write::write_bytes(out, api_version.as_bytes());
    }
}
