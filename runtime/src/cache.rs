//! Encode once, serve many: the Rust counterpart of Kubernetes' `CacheableObject`.
//!
//! A [`Cached`] object holds a value and, computed at most once each and shared as cheap
//! reference-counted [`Bytes`], its encoding in each [`Format`] ([`Cached::bytes`]: compact
//! JSON, indented JSON, YAML, the protobuf `k8s\0` envelope, CBOR), the item it is in a LIST
//! ([`Cached::list_item`]) and whole watch-event frames per event type in each watch format
//! ([`Cached::event`]). Many watchers of one event, or many LISTs containing one object, then
//! cost a reference-count increment instead of an encode. Mutation goes through
//! [`Cached::make_mut`], which drops every cached encoding. A JSON or CBOR encode that fails
//! (a value Go's encoder refuses too, see [`crate::json::to_vec`]) is not cached: every call
//! answers its error.
//!
//! LIST responses are assembled from cached items by splicing their bytes ([`splice_list`],
//! through the format's [`ListWriter`](crate::format::ListWriter)); the result is
//! byte-identical to encoding the list directly.

use std::sync::{Arc, OnceLock};

use bytes::Bytes;

use crate::error::Result;
use crate::format::{Format, MaybeCbor};
use crate::json::JsonEncode;
use crate::proto::ProtoMessage;

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

    /// Position among the five (a dense index for per-event tables).
    #[inline]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Watch formats with a slot of cached events: JSON, protobuf, CBOR.
const WATCH_FORMATS: usize = crate::format::WATCH_FORMATS;

/// The encodings a [`Cached`] value keeps, each computed at most once.
#[derive(Default)]
struct Encodings {
    /// Per [`Format::index`].
    bytes: [OnceLock<Bytes>; Format::ALL.len()],
    /// Per watch format (`Format::watch_slot`) and [`EventType::index`].
    events: [[OnceLock<Bytes>; 5]; WATCH_FORMATS],
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
    T: JsonEncode + ProtoMessage + MaybeCbor + Clone,
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

    /// The value encoded in `format`, computed once: compact JSON (Go's `json.Marshal`),
    /// indented JSON, YAML, the object in Kubernetes' protobuf envelope, or its CBOR as the
    /// API server writes it (the self-described prefix `d9 d9 f7`, then the item). An error
    /// for a format whose cargo feature is off (`yaml`, `cbor`).
    #[inline]
    pub fn bytes(&self, format: Format) -> Result<Bytes> {
        match self.encodings.bytes[format.index()].get() {
            Some(b) => Ok(b.clone()),
            None => self.new_bytes(format),
        }
    }

    /// [`Self::bytes`] when not yet cached.
    #[cold]
    fn new_bytes(&self, format: Format) -> Result<Bytes> {
        let encoded = Bytes::from(self.encode(format)?);
        Ok(self.encodings.bytes[format.index()]
            .get_or_init(|| encoded)
            .clone())
    }

    fn encode(&self, format: Format) -> Result<Vec<u8>> {
        match format {
            // From the cached JSON.
            Format::JsonPretty | Format::Yaml => format.from_json(&self.bytes(Format::Json)?),
            _ => format.encode(&self.api_version, &self.kind, &*self.value),
        }
    }

    /// The value as an item of a LIST in `format` (what [`splice_list`] takes): compact JSON,
    /// the protobuf message body, the CBOR item without its prefix, each a zero-copy slice
    /// of [`Self::bytes`]. An error for a format without a LIST writer (indented JSON, YAML).
    #[inline]
    pub fn list_item(&self, format: Format) -> Result<Bytes> {
        match self.encodings.bytes[format.index()].get() {
            // A JSON document is its own list item.
            Some(b) if format == Format::Json => Ok(b.clone()),
            _ => format.nested_of(self.bytes(format)?),
        }
    }

    /// A whole watch-event frame of type `event` in `format`, computed once per format and
    /// type: JSON `{"type":"ADDED","object":{...}}\n` (also for indented JSON: a JSON watch
    /// stream is compact), protobuf's 4-byte big-endian length and raw `WatchEvent`
    /// `{type = 1, object = 2 {raw = 1: the envelope}}`, CBOR's `d9d9f7 {'type': ...,
    /// 'object': d9d9f7 {...}}` (CBOR watch streams have no framing: these bytes are the
    /// event's whole share of the stream). See [`Format::write_event`]. An error for YAML (no
    /// watch stream) and for CBOR without its feature.
    #[inline]
    pub fn event(&self, format: Format, event: EventType) -> Result<Bytes> {
        let Some((format, slot)) = format.watch_slot() else {
            return format
                .write_event(&mut Vec::new(), event, b"")
                .map(|()| Bytes::new());
        };
        match self.encodings.events[slot][event.index()].get() {
            Some(b) => Ok(b.clone()),
            None => self.new_event(format, slot, event),
        }
    }

    /// [`Self::event`] when not yet cached.
    #[cold]
    fn new_event(&self, format: Format, slot: usize, event: EventType) -> Result<Bytes> {
        let object = self.bytes(format)?;
        let mut out = Vec::new();
        format.write_event(&mut out, event, &object)?;
        Ok(self.encodings.events[slot][event.index()]
            .get_or_init(|| Bytes::from(out))
            .clone())
    }
}

/// A LIST response in `format` spliced from cached items ([`Cached::list_item`]):
/// byte-identical to encoding the typed list `{TypeMeta inline (omitempty), metadata
/// ListMeta, items []T}` directly (JSON compact, without a trailing newline). `list_meta` is
/// the list's metadata as [`Format::list_writer`] takes it. An error for a format without a
/// LIST writer.
pub fn splice_list(
    format: Format,
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    splice_list_into(&mut out, format, kind, api_version, list_meta, items)?;
    Ok(out)
}

/// [`splice_list`] appending to `out` (a server's reused response buffer).
pub fn splice_list_into(
    out: &mut Vec<u8>,
    format: Format,
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[Bytes],
) -> Result<()> {
    let w = format.list_writer(kind, api_version, list_meta)?;
    let size = items.iter().map(|i| w.item_len(i.len())).sum();
    out.reserve(size + list_meta.len() + kind.len() + api_version.len() + 64);
    w.head(out, items.len(), size);
    let framing = w.items();
    for (i, item) in items.iter().enumerate() {
        framing.item(out, i, item);
    }
    w.tail(out);
    Ok(())
}
