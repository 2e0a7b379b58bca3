//! Watch streams, decoded lazily and encoded from ready bytes.
//!
//! A watch stream is a sequence of `WatchEvent`s (`k8s-wire-format.md` §3):
//! - JSON: one compact `{"type":"ADDED","object":{...}}` per line;
//! - protobuf: a 4-byte big-endian length, then a raw `WatchEvent` message
//!   (`type = 1`, `object = 2 {raw = 1}`) whose `raw` holds the object's `k8s\0` envelope;
//! - CBOR (`application/cbor-seq`): no framing, one self-described CBOR map per event,
//!   `d9d9f7 {'type': 'ADDED', 'object': d9d9f7 {...}}`, the object with its own prefix.
//!
//! [`WatchDecoder`] is push-based: [`feed`](WatchDecoder::feed) it chunks as they arrive
//! (frames and JSON values may be split at any byte), then take [`Event`]s out with
//! [`next_event`](WatchDecoder::next_event). An event borrows its object's bytes from the
//! decoder's buffer and decodes nothing more than the event type: a consumer that routes
//! events reads the object's [`ObjectHead`] (apiVersion, kind, namespace, name,
//! resourceVersion), which stops reading once `metadata` is done, and only a consumer that
//! needs the object decodes it into its type (`kcodec_types::registry::decode_object`).
//!
//! The framing is detected from the first byte when not given: `{` is JSON, `0xd9` (the
//! self-described CBOR tag `d9 d9 f7` that starts every event Kubernetes writes) is CBOR,
//! anything else a length prefix (a frame under the 16 MiB cap starts with a `0x00` byte).
//! Reading CBOR events and objects needs kcodec's `cbor` feature; without it a CBOR stream
//! is still split into events, but reading one is an error.

use std::borrow::Cow;

use crate::cache::EventType;
use crate::error::{Error, ErrorKind, Result};
use crate::format::Format;
use crate::framing::{FrameDecoder, Framing, DEFAULT_MAX_FRAME};
use crate::json::{write, JsonReader};
use crate::proto::{envelope, put_varint, varint_len, ProtoReader, WireType};

/// An event's object, not yet decoded: its bytes, borrowed from the stream buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawObject<'a> {
    /// The encoded object.
    pub bytes: &'a [u8],
    /// Its encoding: compact JSON (`{"kind":"Pod","apiVersion":"v1",...}`; any JSON layout is
    /// read), a `k8s\0` protobuf envelope, or a CBOR data item as embedded in a CBOR watch
    /// event, usually with the self-described prefix `d9 d9 f7` (Kubernetes writes it), which
    /// decoders accept either way. A YAML object cannot be read in place (an error).
    pub format: Format,
}

/// One watch event: its type, and its object still encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event<'a> {
    /// `ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK` or `ERROR`.
    pub event_type: EventType,
    /// The object (a `Status` for `ERROR` events).
    pub object: RawObject<'a>,
}

/// The fields of an object a watch consumer routes by, read without decoding the object.
/// Strings borrow from the event unless they held JSON escapes (or, in CBOR, were written in
/// chunks or are not valid UTF-8, which is replaced as Go prints it). Absent fields are empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectHead<'a> {
    /// `apiVersion` (`v1`, `apps/v1`).
    pub api_version: Cow<'a, str>,
    /// `kind` (`Pod`).
    pub kind: Cow<'a, str>,
    /// `metadata.namespace`.
    pub namespace: Cow<'a, str>,
    /// `metadata.name`.
    pub name: Cow<'a, str>,
    /// `metadata.resourceVersion`.
    pub resource_version: Cow<'a, str>,
}

impl<'a> RawObject<'a> {
    /// Read the object's [`ObjectHead`]. JSON: reads up to the end of `metadata` (which
    /// Kubernetes writes third, after `kind` and `apiVersion`) and no further. Protobuf: reads
    /// the envelope's type meta and the `metadata` message (field 1), skipping the rest. CBOR
    /// (`cbor` feature): reads the top-level map until `kind`, `metadata` and `apiVersion`
    /// were seen (in CBOR key order `apiVersion` comes after `spec` and `status`, which are
    /// skipped without being decoded).
    pub fn head(&self) -> Result<ObjectHead<'a>> {
        match self.format {
            Format::Json | Format::JsonPretty => json_head(self.bytes),
            Format::Protobuf => proto_head(self.bytes),
            Format::Cbor => cbor_head(self.bytes, true),
            Format::Yaml => Err(yaml_in_place()),
        }
    }
}

impl<'a> RawObject<'a> {
    /// Read only the object's `apiVersion` and `kind`: from the envelope (protobuf), or from
    /// the JSON object's keys, stopping as soon as both were seen (Kubernetes writes them
    /// first), or from the CBOR map's keys (`cbor` feature; read laxly as Go does: other keys
    /// are skipped, `null` is empty). Absent fields are empty.
    pub fn type_meta(&self) -> Result<(Cow<'a, str>, Cow<'a, str>)> {
        match self.format {
            Format::Yaml => Err(yaml_in_place()),
            Format::Cbor => {
                let head = cbor_head(self.bytes, false)?;
                Ok((head.api_version, head.kind))
            }
            Format::Protobuf => {
                let env = envelope::decode(self.bytes)?;
                Ok((Cow::Borrowed(env.api_version), Cow::Borrowed(env.kind)))
            }
            Format::Json | Format::JsonPretty => {
                let mut r = JsonReader::new(self.bytes);
                let (mut api_version, mut kind) = (None, None);
                r.begin_object()?;
                let mut first = true;
                while let Some(key) = r.next_key(&mut first)? {
                    match &*key {
                        b"apiVersion" => api_version = Some(read_opt_str(&mut r)?),
                        b"kind" => kind = Some(read_opt_str(&mut r)?),
                        _ => r.skip_value()?,
                    }
                    if api_version.is_some() && kind.is_some() {
                        break;
                    }
                }
                Ok((api_version.unwrap_or_default(), kind.unwrap_or_default()))
            }
        }
    }
}

impl EventType {
    /// The event type named `name` on the wire, if it is one of the five.
    pub fn from_wire(name: &[u8]) -> Option<EventType> {
        Some(match name {
            b"ADDED" => EventType::Added,
            b"MODIFIED" => EventType::Modified,
            b"DELETED" => EventType::Deleted,
            b"BOOKMARK" => EventType::Bookmark,
            b"ERROR" => EventType::Error,
            _ => return None,
        })
    }
}

/// A push-based watch-stream decoder. See the [module docs](self).
#[derive(Debug)]
pub struct WatchDecoder {
    frames: Option<FrameDecoder>,
    max_frame: usize,
    /// Leading whitespace fed before the framing was known.
    pending: Vec<u8>,
    events: u64,
}

impl Default for WatchDecoder {
    fn default() -> Self {
        WatchDecoder::new()
    }
}

impl WatchDecoder {
    /// A decoder that detects the framing from the first byte (see the [module docs](self)),
    /// with Kubernetes' 16 MiB cap on one frame (for CBOR: on one event).
    pub fn new() -> Self {
        WatchDecoder {
            frames: None,
            max_frame: DEFAULT_MAX_FRAME,
            pending: Vec::new(),
            events: 0,
        }
    }

    /// A decoder for a stream in a known format; an error for a format without a watch
    /// stream (YAML).
    pub fn with_format(format: Format) -> Result<Self> {
        let mut d = WatchDecoder::new();
        d.frames = Some(FrameDecoder::with_max_frame(format, d.max_frame)?);
        Ok(d)
    }

    /// Set the cap on one frame (default 16 MiB). Takes effect if the format is not yet
    /// known or was given to [`with_format`](Self::with_format) just before.
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        if let Some(f) = &self.frames {
            self.frames = FrameDecoder::with_max_frame(f.format(), max_frame).ok();
        }
        self
    }

    /// The stream's format, once known.
    pub fn format(&self) -> Option<Format> {
        self.frames.as_ref().map(FrameDecoder::format)
    }

    /// Events returned so far.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Add bytes received from the stream.
    pub fn feed(&mut self, chunk: &[u8]) {
        if let Some(f) = &mut self.frames {
            f.feed(chunk);
            return;
        }
        match chunk.iter().position(|b| !is_ws(*b)) {
            None => self.pending.extend_from_slice(chunk),
            Some(i) => {
                let mut f = FrameDecoder::detected(chunk[i], self.max_frame);
                f.feed(&std::mem::take(&mut self.pending));
                f.feed(chunk);
                self.frames = Some(f);
            }
        }
    }

    /// Take the next complete event, if one is buffered. It borrows the decoder until the
    /// next call to `feed` or `next_event`.
    pub fn next_event(&mut self) -> Result<Option<Event<'_>>> {
        Ok(self.next_event_at()?.map(|(_, event)| event))
    }

    /// Like [`next_event`](Self::next_event), with the stream offset of the event's object
    /// (its first byte: the JSON object, the protobuf envelope's `k8s\0`, or the CBOR object's
    /// first byte, its self-described prefix when it has one): add it to the
    /// offset of an error found in the object to report where in the stream it is.
    pub fn next_event_at(&mut self) -> Result<Option<(u64, Event<'_>)>> {
        let Some(frames) = &mut self.frames else {
            return Ok(None);
        };
        let framing = frames.framing();
        // Fast path for Go's json.Encoder streams: one event per line, parsed (and validated)
        // in a single pass, no separate framing scan.
        if let Some((line_at, line)) = frames.next_line() {
            if line.first() != Some(&b'{') {
                return Err(not_an_event(line, line_at as usize));
            }
            if let Ok((event_type, from, to)) = parse_json_event(line).map(|e| {
                let base = line.as_ptr() as usize;
                let from = e.object.bytes.as_ptr() as usize - base;
                (e.event_type, from, from + e.object.bytes.len())
            }) {
                let len = line.len();
                frames.consume_line(len);
                let bytes = &frames.last_line(len)[from..to];
                self.events += 1;
                let event = Event {
                    event_type,
                    object: RawObject {
                        bytes,
                        format: Format::Json,
                    },
                };
                return Ok(Some((line_at + from as u64, event)));
            }
        }
        let Some((offset, frame)) = frames.next_frame_at()? else {
            return Ok(None);
        };
        let event = match framing {
            Framing::Json => parse_json_event(frame),
            Framing::LengthPrefixed => parse_proto_event(frame),
            Framing::Cbor => parse_cbor_event(frame),
        }
        .map_err(|e| e.shifted(offset))?;
        self.events += 1;
        let object_at =
            offset + (event.object.bytes.as_ptr() as usize - frame.as_ptr() as usize) as u64;
        Ok(Some((object_at, event)))
    }

    /// At end of stream: an error if a frame was left incomplete.
    pub fn finish(&mut self) -> Result<()> {
        match &mut self.frames {
            Some(f) => match f.finish()? {
                None => Ok(()),
                Some(_) => Err(Error::new(
                    ErrorKind::Wire {
                        message: "stream ended with a value that is not a watch event".into(),
                    },
                    f.frame_offset() as usize,
                )),
            },
            None if self.pending.is_empty() || self.pending.iter().all(|b| is_ws(*b)) => Ok(()),
            None => Ok(()),
        }
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn yaml_in_place() -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message:
                "a YAML object cannot be read in place: convert it to JSON first (Format::to_json)"
                    .into(),
        },
        0,
    )
}

fn event_type_error(name: &[u8], offset: usize) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: format!(
                "unknown watch event type {:?} (expected ADDED, MODIFIED, DELETED, BOOKMARK or ERROR)",
                String::from_utf8_lossy(name)
            ),
        },
        offset,
    )
}

/// A JSON-framed value that is not an object (a line of text, a number): say what it is.
fn not_an_event(value: &[u8], offset: usize) -> Error {
    const SHOWN: usize = 60;
    let shown = String::from_utf8_lossy(&value[..value.len().min(SHOWN)]);
    Error::new(
        ErrorKind::InvalidValue {
            message: format!(
                "not a watch event: expected a JSON object {{\"type\":...,\"object\":...}}, found {shown:?}{}",
                if value.len() > SHOWN { "..." } else { "" }
            ),
        },
        offset,
    )
}

fn missing(what: &str, offset: usize) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: format!("watch event has no {what}"),
        },
        offset,
    )
}

/// Parse `{"type":...,"object":...}`: the type is checked, the object only validated as one
/// JSON value and borrowed. Keys are case-sensitive, a repeated key's last value wins, other
/// keys are skipped (as Kubernetes' decoder does).
fn parse_json_event(frame: &[u8]) -> Result<Event<'_>> {
    if frame.first() != Some(&b'{') {
        return Err(not_an_event(frame, 0));
    }
    let mut r = JsonReader::new(frame);
    r.begin_object()?;
    let mut first = true;
    let mut event_type = None;
    let mut object = None;
    while let Some(key) = r.next_key(&mut first)? {
        match &*key {
            b"type" => {
                let at = r.offset();
                let name = r.read_str()?;
                event_type = Some(
                    EventType::from_wire(name.as_bytes())
                        .ok_or_else(|| event_type_error(name.as_bytes(), at))?,
                );
            }
            b"object" => object = Some(r.raw_value()?),
            _ => r.skip_value()?,
        }
    }
    r.finish()?;
    let event_type = event_type.ok_or_else(|| missing("type", 0))?;
    let bytes = object.ok_or_else(|| missing("object", 0))?;
    Ok(Event {
        event_type,
        object: RawObject {
            bytes,
            format: Format::Json,
        },
    })
}

/// Parse a raw protobuf `WatchEvent`. The object's `raw` is a `k8s\0` envelope, or JSON when
/// a JSON object was embedded (as in Kubernetes' own WatchEvent fixture).
fn parse_proto_event(frame: &[u8]) -> Result<Event<'_>> {
    let mut r = ProtoReader::new(frame);
    let mut event_type = None;
    let mut raw: Option<&[u8]> = None;
    while !r.at_end() {
        let (field, wire) = r.read_key()?;
        match (field, wire) {
            (1, WireType::Len) => {
                let at = r.offset();
                let name = r.read_len_delimited()?;
                event_type =
                    Some(EventType::from_wire(name).ok_or_else(|| event_type_error(name, at))?);
            }
            (2, WireType::Len) => r.nested(|r| {
                while !r.at_end() {
                    match r.read_key()? {
                        (1, WireType::Len) => raw = Some(r.read_len_delimited()?),
                        (_, wire) => r.skip(wire)?,
                    }
                }
                Ok(())
            })?,
            (1 | 2, wire) => return Err(r.wrong_wire_type(field, wire, WireType::Len)),
            (_, wire) => r.skip(wire)?,
        }
    }
    let event_type = event_type.ok_or_else(|| missing("type", 0))?;
    let bytes = raw.ok_or_else(|| missing("object", 0))?;
    let format = if envelope::is_envelope(bytes) {
        Format::Protobuf
    } else {
        Format::Json
    };
    Ok(Event {
        event_type,
        object: RawObject { bytes, format },
    })
}

/// Parse a CBOR `WatchEvent` item `{'type': ..., 'object': ...}` (tags in front, such as the
/// self-described prefix, are skipped): the type is checked, the object only checked to be
/// well formed and borrowed with its own tags (its `d9d9f7` prefix). As Go's decoder: keys
/// are case-sensitive byte or text strings, duplicate keys are an error, others are skipped.
#[cfg(feature = "cbor")]
fn parse_cbor_event(frame: &[u8]) -> Result<Event<'_>> {
    use crate::cbor::{CborReader, Key};
    let mut r = CborReader::new(frame, crate::json::DecodeOptions::default());
    let mut m = r.begin_map()?;
    let mut event_type = None;
    let mut object = None;
    while let Some(key) = r.next_key(&mut m)? {
        match key {
            Key::Str(k) if &*k == b"type" => {
                let at = r.offset();
                let name = r.read_str()?;
                event_type =
                    Some(EventType::from_wire(&name).ok_or_else(|| event_type_error(&name, at))?);
            }
            Key::Str(k) if &*k == b"object" => object = Some(r.raw_value()?),
            _ => r.skip_value()?,
        }
    }
    r.finish()?;
    let event_type = event_type.ok_or_else(|| missing("type", 0))?;
    let bytes = object.ok_or_else(|| missing("object", 0))?;
    Ok(Event {
        event_type,
        object: RawObject {
            bytes,
            format: Format::Cbor,
        },
    })
}

#[cfg(not(feature = "cbor"))]
fn parse_cbor_event(_frame: &[u8]) -> Result<Event<'_>> {
    Err(no_cbor())
}

#[cfg(not(feature = "cbor"))]
fn no_cbor() -> Error {
    Error::new(
        ErrorKind::Wire {
            message: "reading CBOR needs kcodec's `cbor` feature".into(),
        },
        0,
    )
}

/// The head of a CBOR object; only `apiVersion` and `kind` unless `metadata` (then `metadata`
/// is read too). Reads top-level keys until all wanted fields were seen.
#[cfg(feature = "cbor")]
fn cbor_head(bytes: &[u8], metadata: bool) -> Result<ObjectHead<'_>> {
    use crate::cbor::{CborReader, Key};
    fn string<'a>(r: &mut CborReader<'a>) -> Result<Cow<'a, str>> {
        if r.eat_null()? {
            return Ok(Cow::Borrowed(""));
        }
        Ok(match r.read_str()? {
            Cow::Borrowed(b) => crate::cbor::go_str(b),
            Cow::Owned(b) => Cow::Owned(crate::cbor::go_str(&b).into_owned()),
        })
    }
    let mut r = CborReader::new(bytes, crate::json::DecodeOptions::default());
    let mut head = ObjectHead::default();
    let mut m = r.begin_map()?;
    let (mut seen_type_meta, mut seen_meta) = (0, !metadata);
    while let Some(key) = r.next_key(&mut m)? {
        match key {
            Key::Str(k) if &*k == b"apiVersion" => {
                head.api_version = string(&mut r)?;
                seen_type_meta += 1;
            }
            Key::Str(k) if &*k == b"kind" => {
                head.kind = string(&mut r)?;
                seen_type_meta += 1;
            }
            Key::Str(k) if metadata && &*k == b"metadata" => {
                if !r.eat_null()? {
                    let mut meta = r.begin_map()?;
                    while let Some(key) = r.next_key(&mut meta)? {
                        match key {
                            Key::Str(k) if &*k == b"name" => head.name = string(&mut r)?,
                            Key::Str(k) if &*k == b"namespace" => head.namespace = string(&mut r)?,
                            Key::Str(k) if &*k == b"resourceVersion" => {
                                head.resource_version = string(&mut r)?
                            }
                            _ => r.skip_value()?,
                        }
                    }
                }
                seen_meta = true;
            }
            _ => r.skip_value()?,
        }
        if seen_meta && seen_type_meta >= 2 {
            break;
        }
    }
    Ok(head)
}

#[cfg(not(feature = "cbor"))]
fn cbor_head(_bytes: &[u8], _metadata: bool) -> Result<ObjectHead<'_>> {
    Err(no_cbor())
}

fn json_head(bytes: &[u8]) -> Result<ObjectHead<'_>> {
    let mut r = JsonReader::new(bytes);
    let mut head = ObjectHead::default();
    r.begin_object()?;
    let mut first = true;
    let (mut seen_type_meta, mut seen_meta) = (0, false);
    while let Some(key) = r.next_key(&mut first)? {
        match &*key {
            b"apiVersion" => {
                head.api_version = read_opt_str(&mut r)?;
                seen_type_meta += 1;
            }
            b"kind" => {
                head.kind = read_opt_str(&mut r)?;
                seen_type_meta += 1;
            }
            b"metadata" if !r.eat_null()? => {
                r.begin_object()?;
                let mut first = true;
                while let Some(key) = r.next_key(&mut first)? {
                    match &*key {
                        b"name" => head.name = read_opt_str(&mut r)?,
                        b"namespace" => head.namespace = read_opt_str(&mut r)?,
                        b"resourceVersion" => head.resource_version = read_opt_str(&mut r)?,
                        _ => r.skip_value()?,
                    }
                }
                seen_meta = true;
            }
            _ => r.skip_value()?,
        }
        if seen_meta && seen_type_meta >= 2 {
            break;
        }
    }
    Ok(head)
}

fn read_opt_str<'a>(r: &mut JsonReader<'a>) -> Result<Cow<'a, str>> {
    if r.eat_null()? {
        Ok(Cow::Borrowed(""))
    } else {
        r.read_str()
    }
}

fn proto_head(bytes: &[u8]) -> Result<ObjectHead<'_>> {
    let env = envelope::decode(bytes)?;
    let mut head = ObjectHead {
        api_version: Cow::Borrowed(env.api_version),
        kind: Cow::Borrowed(env.kind),
        ..ObjectHead::default()
    };
    let shift = env.raw.as_ptr() as usize - bytes.as_ptr() as usize;
    let mut r = ProtoReader::new(env.raw);
    let mut found = false;
    let result = (|| {
        while !r.at_end() {
            match r.read_key()? {
                (1, WireType::Len) => {
                    r.nested(|r| {
                        while !r.at_end() {
                            let (field, wire) = r.read_key()?;
                            let slot = match (field, wire) {
                                (1, WireType::Len) => &mut head.name,
                                (3, WireType::Len) => &mut head.namespace,
                                (6, WireType::Len) => &mut head.resource_version,
                                (_, wire) => {
                                    r.skip(wire)?;
                                    continue;
                                }
                            };
                            let at = r.offset();
                            let s = r.read_len_delimited()?;
                            *slot = Cow::Borrowed(std::str::from_utf8(s).map_err(|_| {
                                Error::new(
                                    ErrorKind::Wire {
                                        message: "metadata string is not valid UTF-8".into(),
                                    },
                                    at,
                                )
                            })?);
                        }
                        Ok(())
                    })?;
                    found = true;
                }
                (_, wire) => r.skip(wire)?,
            }
            if found {
                break;
            }
        }
        Ok(())
    })();
    result.map_err(|e: Error| e.shifted(shift as u64))?;
    Ok(head)
}

/// Append one JSON watch frame, `{"type":"ADDED","object":<object>}\n`. `object` must be
/// compact JSON (as [`crate::json::to_vec`] writes it).
pub fn write_json_event(out: &mut Vec<u8>, event_type: EventType, object: &[u8]) {
    out.reserve(object.len() + 32);
    out.extend_from_slice(b"{\"type\":");
    write::write_str(out, event_type.as_str());
    out.extend_from_slice(b",\"object\":");
    out.extend_from_slice(object);
    out.extend_from_slice(b"}\n");
}

/// Append one protobuf watch frame: the 4-byte big-endian length, then a raw `WatchEvent`
/// whose object's `raw` is `object` (a `k8s\0` envelope).
///
/// # Panics
/// If the frame would be longer than `u32::MAX` bytes.
pub fn write_proto_event(out: &mut Vec<u8>, event_type: EventType, object: &[u8]) {
    let ty = event_type.as_str();
    let raw_ext = 1 + varint_len(object.len() as u64) + object.len();
    let body =
        1 + varint_len(ty.len() as u64) + ty.len() + 1 + varint_len(raw_ext as u64) + raw_ext;
    let len = u32::try_from(body).expect("watch frame longer than u32::MAX");
    out.reserve(body + 4);
    out.extend_from_slice(&len.to_be_bytes());
    out.push(0x0a);
    put_varint(out, ty.len() as u64);
    out.extend_from_slice(ty.as_bytes());
    out.push(0x12);
    put_varint(out, raw_ext as u64);
    out.push(0x0a);
    put_varint(out, object.len() as u64);
    out.extend_from_slice(object);
}

/// Append one CBOR watch event exactly as the API server writes it (there is no framing: a
/// CBOR watch stream is these items one after the other): `d9d9f7`, then the map
/// `{'type': <event type>, 'object': <object>}` with its keys in CBOR order. `object` is
/// written verbatim and must be the object's CBOR as the API server encodes it, `d9d9f7` and
/// the item (`kcodec::cbor::to_vec`, `Cached::cbor`): the watch serializer keeps that prefix
/// inside the event.
pub fn write_cbor_event(out: &mut Vec<u8>, event_type: EventType, object: &[u8]) {
    let ty = event_type.as_str();
    out.reserve(object.len() + 24);
    // Self-described tag, a map of 2 pairs, byte-string key 'type' (every name is < 24 bytes,
    // so each byte string's head is the one byte 0x40 + length).
    out.extend_from_slice(b"\xd9\xd9\xf7\xa2\x44type");
    out.push(0x40 + ty.len() as u8);
    out.extend_from_slice(ty.as_bytes());
    out.extend_from_slice(b"\x46object");
    out.extend_from_slice(object);
}

#[cfg(test)]
mod tests {
    use super::*;

    const POD: &[u8] = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-0","namespace":"prod","uid":"u","resourceVersion":"42"},"spec":{"containers":[]}}"#;

    fn proto_pod() -> Vec<u8> {
        // metadata {name "web-0", namespace "prod", resourceVersion "42"}, spec {}.
        let meta = b"\x0a\x05web-0\x1a\x04prod\x32\x0242";
        let mut body = vec![0x0a, meta.len() as u8];
        body.extend_from_slice(meta);
        body.extend_from_slice(b"\x12\x00");
        envelope::wrap("v1", "Pod", &body)
    }

    fn stream(framing: Format) -> Vec<u8> {
        let mut s = Vec::new();
        let pb = proto_pod();
        for ty in [EventType::Added, EventType::Modified, EventType::Deleted] {
            match framing {
                Format::Json => write_json_event(&mut s, ty, POD),
                Format::Protobuf => write_proto_event(&mut s, ty, &pb),
                _ => unreachable!("see mod cbor"),
            }
        }
        s
    }

    fn decode_all(input: &[u8], chunk: usize) -> Vec<(EventType, ObjectHead<'static>, Vec<u8>)> {
        let mut d = WatchDecoder::new();
        let mut out = Vec::new();
        for c in input.chunks(chunk) {
            d.feed(c);
            while let Some(e) = d.next_event().unwrap() {
                let h = e.object.head().unwrap();
                let owned = ObjectHead {
                    api_version: h.api_version.into_owned().into(),
                    kind: h.kind.into_owned().into(),
                    namespace: h.namespace.into_owned().into(),
                    name: h.name.into_owned().into(),
                    resource_version: h.resource_version.into_owned().into(),
                };
                out.push((e.event_type, owned, e.object.bytes.to_vec()));
            }
        }
        d.finish().unwrap();
        out
    }

    #[test]
    fn both_framings_split_at_every_byte() {
        for framing in [Format::Json, Format::Protobuf] {
            let s = stream(framing);
            let whole = decode_all(&s, s.len());
            assert_eq!(whole.len(), 3);
            for chunk in 1..s.len() {
                assert_eq!(decode_all(&s, chunk), whole, "{framing:?} chunk {chunk}");
            }
            let types: Vec<_> = whole.iter().map(|e| e.0).collect();
            assert_eq!(
                types,
                [EventType::Added, EventType::Modified, EventType::Deleted]
            );
            let h = &whole[0].1;
            assert_eq!(
                (&*h.api_version, &*h.kind, &*h.namespace, &*h.name),
                ("v1", "Pod", "prod", "web-0")
            );
            assert_eq!(h.resource_version, "42");
        }
    }

    #[test]
    fn json_object_bytes_are_borrowed_exactly() {
        let s = stream(Format::Json);
        let events = decode_all(&s, 7);
        assert_eq!(events[1].2, POD);
    }

    #[test]
    fn head_stops_after_metadata() {
        // The bytes after metadata are not even valid JSON: head() never reads them.
        let obj = br#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"},"spec":{BROKEN"#;
        let raw = RawObject {
            bytes: obj,
            format: Format::Json,
        };
        assert_eq!(raw.head().unwrap().name, "a");
    }

    #[test]
    fn bad_events_are_errors_with_offsets() {
        let mut d = WatchDecoder::new();
        d.feed(b"{\"type\":\"ADDED\",\"object\":{}}\n{\"type\":\"NOPE\",\"object\":{}}\n");
        assert!(d.next_event().unwrap().is_some());
        let err = d.next_event().unwrap_err();
        assert!(err.to_string().contains("NOPE"), "{err}");
        assert_eq!(err.offset(), 29 + 8, "{err}");

        let mut d = WatchDecoder::new();
        d.feed(b"{\"object\":{}}");
        assert!(d.next_event().unwrap_err().to_string().contains("no type"));

        let mut d = WatchDecoder::new();
        d.feed(&[0, 0, 0, 2, 0x0a, 0x05]);
        assert!(d.next_event().is_err());

        let mut d = WatchDecoder::new();
        d.feed(&[0xff, 0, 0, 0]);
        assert!(d.next_event().is_err(), "a 4 GiB frame is refused");
    }

    #[test]
    fn values_that_are_not_objects_are_named() {
        // A whole line (fast path) and a value without a newline after it (framer).
        for (stream, found) in [
            (
                &b"{\"type\":\"ADDED\",\"object\":{}}\n  hello world\n"[..],
                "\"hello world\"",
            ),
            (
                &b"{\"type\":\"ADDED\",\"object\":{}}\n  true "[..],
                "\"true\"",
            ),
        ] {
            let mut d = WatchDecoder::new();
            d.feed(stream);
            assert!(d.next_event().unwrap().is_some());
            let err = d.next_event().unwrap_err();
            let msg = err.to_string();
            assert!(
                msg.contains("not a watch event") && msg.contains(found),
                "{msg}"
            );
            assert_eq!(err.offset(), 31, "{err}");
        }
    }

    #[test]
    fn object_offsets_are_stream_offsets() {
        let line = b"{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\"}}\n";
        for pretty in [false, true] {
            let mut s = b"\n".to_vec();
            s.extend_from_slice(line);
            let second = s.len();
            if pretty {
                s.extend_from_slice(
                    b"{\n \"type\": \"ADDED\",\n \"object\": {\"kind\":\"Pod\"}\n}\n",
                );
            } else {
                s.extend_from_slice(line);
            }
            let mut d = WatchDecoder::new();
            d.feed(&s);
            let (at, e) = d.next_event_at().unwrap().unwrap();
            assert_eq!(
                &s[at as usize..at as usize + e.object.bytes.len()],
                e.object.bytes
            );
            assert_eq!(at, 1 + r#"{"type":"ADDED","object":"#.len() as u64);
            let (at, e) = d.next_event_at().unwrap().unwrap();
            assert_eq!(
                &s[at as usize..at as usize + e.object.bytes.len()],
                e.object.bytes
            );
            assert!(at as usize > second);
        }
        let mut s = Vec::new();
        write_proto_event(&mut s, EventType::Added, b"k8s\0a");
        write_proto_event(&mut s, EventType::Deleted, b"k8s\0bc");
        let mut d = WatchDecoder::new();
        d.feed(&s);
        d.next_event().unwrap();
        let (at, e) = d.next_event_at().unwrap().unwrap();
        assert_eq!(&s[at as usize..], e.object.bytes);
    }

    #[test]
    fn truncated_stream_is_reported_at_finish() {
        let s = stream(Format::Protobuf);
        let mut d = WatchDecoder::new();
        d.feed(&s[..s.len() - 3]);
        while d.next_event().unwrap().is_some() {}
        assert!(d.finish().is_err());
    }

    #[test]
    fn cbor_event_layout_is_the_api_servers() {
        let mut out = Vec::new();
        write_cbor_event(&mut out, EventType::Added, b"\xd9\xd9\xf7\xa0");
        // The start of the oracle's CBOR watch stream (its README, section "watch").
        assert_eq!(
            out,
            b"\xd9\xd9\xf7\xa2\x44type\x45ADDED\x46object\xd9\xd9\xf7\xa0"
        );
    }

    #[cfg(feature = "cbor")]
    mod cbor {
        use super::*;

        fn cbor_pod() -> Vec<u8> {
            let mut out = crate::cbor::write::SELF_DESCRIBED.to_vec();
            crate::cbor::json_to_cbor_into(&mut out, POD).unwrap();
            out
        }

        fn cbor_stream() -> Vec<u8> {
            let mut s = Vec::new();
            for ty in [EventType::Added, EventType::Modified, EventType::Deleted] {
                write_cbor_event(&mut s, ty, &cbor_pod());
            }
            s
        }

        #[test]
        fn cbor_streams_split_at_every_byte() {
            let s = cbor_stream();
            let whole = decode_all(&s, s.len());
            assert_eq!(whole.len(), 3);
            for chunk in 1..s.len() {
                assert_eq!(decode_all(&s, chunk), whole, "chunk {chunk}");
            }
            let h = &whole[2].1;
            assert_eq!(
                (&*h.api_version, &*h.kind, &*h.namespace, &*h.name),
                ("v1", "Pod", "prod", "web-0")
            );
            assert_eq!(h.resource_version, "42");
            assert_eq!(whole[1].0, EventType::Modified);
            assert_eq!(whole[1].2, cbor_pod(), "the object with its own prefix");
            let mut d = WatchDecoder::new();
            d.feed(&s[..1]);
            assert_eq!(d.format(), Some(Format::Cbor));
        }

        #[test]
        fn cbor_object_offsets_and_type_meta() {
            let s = cbor_stream();
            let mut d = WatchDecoder::new();
            d.feed(&s);
            d.next_event().unwrap();
            let (at, e) = d.next_event_at().unwrap().unwrap();
            let at = at as usize;
            assert_eq!(&s[at..at + e.object.bytes.len()], e.object.bytes);
            assert_eq!(e.object.format, Format::Cbor);
            let (api_version, kind) = e.object.type_meta().unwrap();
            assert_eq!((&*api_version, &*kind), ("v1", "Pod"));
        }

        #[test]
        fn bad_cbor_events_are_errors() {
            let event = |body: &[u8]| {
                let mut d = WatchDecoder::with_format(Format::Cbor).unwrap();
                d.feed(body);
                d.next_event().map(|e| e.map(|e| e.event_type))
            };
            let err = event(b"\xa2\x44type\x44NOPE\x46object\xa0").unwrap_err();
            assert!(err.to_string().contains("NOPE"), "{err}");
            assert_eq!(err.offset(), 6);
            assert!(event(b"\xa1\x46object\xa0")
                .unwrap_err()
                .to_string()
                .contains("no type"));
            // A duplicate key, text and byte string alike.
            assert!(event(b"\xa3\x44type\x45ADDED\x64type\x45ADDED\x46object\xa0").is_err());
            // Not a map.
            assert!(event(b"\x01").is_err());
            // Other keys are skipped, tags in front of the event too.
            assert_eq!(
                event(b"\xd9\xd9\xf7\xd9\xd9\xf7\xa3\x41x\x80\x64type\x45ERROR\x46object\xa0")
                    .unwrap(),
                Some(EventType::Error)
            );
        }

        #[test]
        fn truncated_cbor_stream_is_reported_at_finish() {
            let s = cbor_stream();
            for cut in [1, 3, 10, s.len() / 3 + 5] {
                let mut d = WatchDecoder::new();
                d.feed(&s[..s.len() - cut]);
                while d.next_event().unwrap().is_some() {}
                assert!(d.finish().is_err(), "cut {cut}");
            }
        }

        #[test]
        fn cbor_head_reads_past_spec_and_status() {
            let raw = RawObject {
                bytes: b"\xa4\x44kind\x43Pod\x44spec\xbf\x41a\x5f\x41b\xff\xff\x48metadata\xa1\x44name\x41n\x4aapiVersion\x42v1",
                format: Format::Cbor,
            };
            let h = raw.head().unwrap();
            assert_eq!((&*h.api_version, &*h.kind, &*h.name), ("v1", "Pod", "n"));
        }
    }

    #[test]
    fn proto_event_matches_cached_encoding_layout() {
        let mut out = Vec::new();
        write_proto_event(&mut out, EventType::Bookmark, b"k8s\0xyz");
        let mut d = WatchDecoder::with_format(Format::Protobuf).unwrap();
        d.feed(&out);
        let e = d.next_event().unwrap().unwrap();
        assert_eq!(e.event_type, EventType::Bookmark);
        assert_eq!(e.object.bytes, b"k8s\0xyz");
        assert_eq!(e.object.format, Format::Protobuf);
    }
}
