//! Watch-stream framing, push-based: feed byte chunks as they arrive from a socket, take out
//! complete frames. Frames split at any byte boundary are reassembled.
//!
//! - JSON (`application/json` watch): one JSON value per event, written by Go's
//!   `json.Encoder` (compact, `\n` after each); the reader accepts any whitespace between
//!   values, as Go's `json.Decoder` does.
//! - Protobuf (`application/vnd.kubernetes.protobuf;stream=watch`): each frame is a 4-byte
//!   big-endian length followed by that many bytes.
//! - CBOR (`application/cbor-seq`): no framing at all, a plain concatenation of CBOR data
//!   items (an RFC 8742 CBOR sequence); each item's end is found by scanning its heads,
//!   with the limits of Go's frame reader (fxamacker's default decode options): at most 32
//!   nested arrays/maps, at most 131072 elements in an array or pairs in a map.
//!
//! All three cap a frame at [`DEFAULT_MAX_FRAME`] (16 MiB, Kubernetes' limit) by default: a
//! longer frame is an error, and no buffer grows past the cap plus one chunk.

use crate::error::{Error, ErrorKind, Result};
use crate::format::Format;

/// Kubernetes' cap on one streamed object: 16 MiB.
pub const DEFAULT_MAX_FRAME: usize = 16 * 1024 * 1024;

/// The framings of a watch stream: how a [`Format`]'s events are delimited (an internal
/// detail of the format, see [`framing_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Framing {
    /// Newline-delimited JSON values.
    Json,
    /// 4-byte big-endian length prefix.
    LengthPrefixed,
    /// A CBOR sequence (RFC 8742): self-delimiting CBOR data items, one after the other.
    Cbor,
}

/// The framing of `format`'s watch stream: JSON values (indented JSON too), length
/// prefixes (protobuf), a CBOR sequence. YAML has no watch stream: an error.
pub(crate) fn framing_of(format: Format) -> Result<Framing> {
    match format {
        Format::Json | Format::JsonPretty => Ok(Framing::Json),
        Format::Protobuf => Ok(Framing::LengthPrefixed),
        Format::Cbor => Ok(Framing::Cbor),
        Format::Yaml => Err(format.watch_media_type().unwrap_err()),
    }
}

/// Go's CBOR frame reader (fxamacker's default `MaxNestedLevels`): arrays and maps nested
/// deeper than this are refused.
const CBOR_MAX_NESTING: usize = 32;
/// Go's CBOR frame reader (fxamacker's default `MaxArrayElements` and `MaxMapPairs`).
const CBOR_MAX_ELEMENTS: u64 = 131_072;

/// Append one JSON frame (the value and `\n`).
pub fn write_json_frame(out: &mut Vec<u8>, value: &[u8]) {
    out.extend_from_slice(value);
    out.push(b'\n');
}

/// Append one length-prefixed frame.
///
/// # Panics
/// If `value` is longer than `u32::MAX` bytes (it cannot be framed).
pub fn write_length_prefixed_frame(out: &mut Vec<u8>, value: &[u8]) {
    let len = u32::try_from(value.len()).expect("frame longer than u32::MAX");
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(value);
}

/// Scanner state of the JSON framer, kept across chunks.
#[derive(Clone, Copy, Debug, Default)]
struct JsonScan {
    depth: usize,
    in_string: bool,
    escape: bool,
    /// A scalar top-level value (number/literal) is being read.
    in_scalar: bool,
    started: bool,
}

/// A container being scanned by the CBOR framer.
#[derive(Clone, Copy, Debug)]
enum CborOpen {
    /// A definite-length array or map: items left (a map's pairs count two).
    Items(u64),
    /// An indefinite-length array or map: items read so far.
    Indefinite { map: bool, items: u64 },
    /// An indefinite-length byte (2) or text (3) string: its chunks, up to the break.
    Chunks(u8),
}

/// Scanner state of the CBOR framer, kept across chunks; it always stands at a head
/// boundary.
#[derive(Clone, Debug, Default)]
struct CborScan {
    /// Open containers, with the nesting depth each added (1, plus nested tags before it).
    open: Vec<(CborOpen, usize)>,
    /// Nesting depth as Go counts it: arrays and maps, and each tag directly inside a tag.
    depth: usize,
    /// Tags read in front of the item being read.
    tags: usize,
    /// A head of the item was read.
    started: bool,
}

/// A push-based frame splitter for one format's watch framing.
#[derive(Debug)]
pub struct FrameDecoder {
    format: Format,
    framing: Framing,
    max_frame: usize,
    buf: Vec<u8>,
    /// Start of unconsumed data in `buf`.
    start: usize,
    /// JSON: how far `buf` has been scanned, and the scan state there.
    scanned: usize,
    scan: JsonScan,
    /// CBOR: the scan state at `scanned`.
    cbor: CborScan,
    /// Total bytes consumed before `buf[start]` (for error offsets).
    consumed: u64,
    /// Stream offset of the first byte of the frame last returned.
    frame_offset: u64,
}

impl FrameDecoder {
    /// A decoder for `format`'s framing with the default 16 MiB frame cap; an error for a
    /// format without a watch stream (YAML).
    pub fn new(format: Format) -> Result<Self> {
        Self::with_max_frame(format, DEFAULT_MAX_FRAME)
    }

    /// A decoder with a custom frame cap.
    pub fn with_max_frame(format: Format, max_frame: usize) -> Result<Self> {
        Ok(Self::with_framing(format, framing_of(format)?, max_frame))
    }

    /// A decoder for the stream whose first byte after whitespace is `first` (see
    /// [`Format::detect_stream`]).
    pub(crate) fn detected(first: u8, max_frame: usize) -> Self {
        let format = Format::detect_stream(first);
        // Every format a stream is detected as has a framing.
        let framing = framing_of(format).unwrap_or(Framing::LengthPrefixed);
        Self::with_framing(format, framing, max_frame)
    }

    fn with_framing(format: Format, framing: Framing, max_frame: usize) -> Self {
        FrameDecoder {
            format,
            framing,
            max_frame,
            buf: Vec::new(),
            start: 0,
            scanned: 0,
            scan: JsonScan::default(),
            cbor: CborScan::default(),
            consumed: 0,
            frame_offset: 0,
        }
    }

    /// The format whose framing this decoder splits.
    pub fn format(&self) -> Format {
        self.format
    }

    pub(crate) fn framing(&self) -> Framing {
        self.framing
    }

    /// Add bytes received from the stream.
    pub fn feed(&mut self, chunk: &[u8]) {
        if self.start > 0 && self.start == self.buf.len() {
            self.buf.clear();
            self.scanned = 0;
            self.start = 0;
        } else if self.start > 4096 && self.start * 2 > self.buf.len() {
            self.buf.drain(..self.start);
            self.scanned = self.scanned.saturating_sub(self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(chunk);
    }

    /// Bytes fed but not yet returned as frames.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.start
    }

    /// Take the next complete frame, if one is buffered. The slice is valid until the next
    /// call to `feed` or `next_frame`.
    pub fn next_frame(&mut self) -> Result<Option<&[u8]>> {
        Ok(self.next_range()?.map(|(from, to)| &self.buf[from..to]))
    }

    fn next_range(&mut self) -> Result<Option<(usize, usize)>> {
        match self.framing {
            Framing::LengthPrefixed => self.next_length_prefixed(),
            Framing::Json => self.next_json(),
            Framing::Cbor => self.next_cbor(),
        }
    }

    fn frame_error(&self, message: String) -> Error {
        Error::new(ErrorKind::Wire { message }, self.consumed as usize)
    }

    /// JSON framing only: when no value is partly scanned, the buffered bytes from the next
    /// value's start up to (not including) the next `\n` — the whole value in a stream written
    /// by Go's `json.Encoder` — with their stream offset. A caller that parses them as one
    /// complete value then calls [`Self::consume_line`]; otherwise it falls back to
    /// [`Self::next_frame`], which scans values of any layout.
    pub fn next_line(&mut self) -> Option<(u64, &[u8])> {
        if self.framing != Framing::Json || self.scan.started {
            return None;
        }
        while self.start < self.buf.len() && is_ws(self.buf[self.start]) {
            self.start += 1;
            self.consumed += 1;
        }
        self.scanned = self.scanned.max(self.start);
        let rest = &self.buf[self.start..];
        let n = rest.iter().position(|&b| b == b'\n')?;
        if n > self.max_frame {
            return None;
        }
        Some((self.consumed, &rest[..n]))
    }

    /// Consume the line last returned by [`Self::next_line`] and its `\n`; afterwards
    /// [`Self::frame_offset`] is the line's offset.
    pub fn consume_line(&mut self, len: usize) {
        self.frame_offset = self.consumed;
        let n = (len + 1).min(self.buf.len() - self.start);
        self.start += n;
        self.consumed += n as u64;
        self.scanned = self.scanned.max(self.start);
    }

    /// The `len` bytes of the line consumed by the last [`Self::consume_line`].
    pub fn last_line(&self, len: usize) -> &[u8] {
        // `consume_line` took the line and the `\n` that `next_line` found after it.
        &self.buf[self.start - 1 - len..self.start - 1]
    }

    /// Like [`Self::next_frame`], with the frame's stream offset (see [`Self::frame_offset`]).
    pub fn next_frame_at(&mut self) -> Result<Option<(u64, &[u8])>> {
        Ok(self
            .next_range()?
            .map(|(from, to)| (self.frame_offset, &self.buf[from..to])))
    }

    /// Stream offset (bytes fed before it) of the first byte of the frame last returned by
    /// [`Self::next_frame`] or [`Self::finish`]: add it to an error offset found inside the
    /// frame to get the offset in the stream.
    pub fn frame_offset(&self) -> u64 {
        self.frame_offset
    }

    fn take(&mut self, from: usize, to: usize, next: usize) -> Option<(usize, usize)> {
        self.frame_offset = self.consumed + (from - self.start) as u64;
        self.consumed += (next - self.start) as u64;
        self.start = next;
        Some((from, to))
    }

    fn next_length_prefixed(&mut self) -> Result<Option<(usize, usize)>> {
        let avail = &self.buf[self.start..];
        if avail.len() < 4 {
            return Ok(None);
        }
        let len = u32::from_be_bytes(avail[..4].try_into().unwrap()) as usize;
        if len > self.max_frame {
            let prefix = &avail[..4];
            let hint = if prefix
                .iter()
                .all(|&b| b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                format!(
                    " (its length bytes are the text {:?}: the stream is text, such as YAML, \
                     not length-prefixed frames)",
                    String::from_utf8_lossy(prefix)
                )
            } else {
                String::new()
            };
            return Err(self.frame_error(format!(
                "frame of {len} bytes exceeds the limit of {} bytes{hint}",
                self.max_frame
            )));
        }
        if avail.len() < 4 + len {
            return Ok(None);
        }
        let from = self.start + 4;
        Ok(self.take(from, from + len, from + len))
    }

    fn next_json(&mut self) -> Result<Option<(usize, usize)>> {
        // Skip whitespace between values.
        if !self.scan.started {
            while self.start < self.buf.len() && is_ws(self.buf[self.start]) {
                self.start += 1;
                self.consumed += 1;
            }
            self.scanned = self.scanned.max(self.start);
        }
        let mut i = self.scanned;
        let mut s = self.scan;
        let end = loop {
            let Some(&b) = self.buf.get(i) else {
                break None;
            };
            if !s.started {
                s.started = true;
                match b {
                    b'{' | b'[' => s.depth = 1,
                    b'"' => s.in_string = true,
                    _ => s.in_scalar = true,
                }
                i += 1;
                continue;
            }
            if s.in_string {
                if !s.escape && b != b'"' && b != b'\\' {
                    // Jump over the plain run of the string (most of a Kubernetes object's
                    // bytes) with the SIMD string kernel.
                    let mut non_ascii = false;
                    let next = crate::json::scan::skip_plain(&self.buf, i, &mut non_ascii);
                    i = next.max(i + 1);
                    continue;
                }
                if s.escape {
                    s.escape = false;
                } else if b == b'\\' {
                    s.escape = true;
                } else if b == b'"' {
                    s.in_string = false;
                    if s.depth == 0 {
                        break Some(i + 1);
                    }
                }
            } else if s.in_scalar {
                if is_ws(b) || matches!(b, b'{' | b'[' | b'"') {
                    break Some(i);
                }
            } else {
                match b {
                    b'"' => s.in_string = true,
                    b'{' | b'[' => s.depth += 1,
                    b'}' | b']' => {
                        s.depth -= 1;
                        if s.depth == 0 {
                            break Some(i + 1);
                        }
                    }
                    _ => {}
                }
            }
            i += 1;
        };
        match end {
            Some(e) => {
                if e - self.start > self.max_frame {
                    return Err(self.frame_error(format!(
                        "JSON value exceeds the limit of {} bytes",
                        self.max_frame
                    )));
                }
                self.scan = JsonScan::default();
                self.scanned = e;
                let from = self.start;
                Ok(self.take(from, e, e))
            }
            None => {
                if i - self.start > self.max_frame {
                    return Err(self.frame_error(format!(
                        "JSON value exceeds the limit of {} bytes",
                        self.max_frame
                    )));
                }
                self.scan = s;
                self.scanned = i;
                Ok(None)
            }
        }
    }

    fn next_cbor(&mut self) -> Result<Option<(usize, usize)>> {
        let mut s = std::mem::take(&mut self.cbor);
        let mut i = self.scanned.max(self.start);
        let found = scan_cbor(&self.buf, self.start, &mut i, &mut s, self.max_frame);
        let limit = |d: &Self| {
            d.frame_error(format!(
                "CBOR data item exceeds the limit of {} bytes",
                d.max_frame
            ))
        };
        match found {
            Err((message, at)) => Err(Error::new(
                ErrorKind::Wire { message },
                (self.consumed + (at - self.start) as u64) as usize,
            )),
            Ok(None) => {
                if i - self.start > self.max_frame {
                    return Err(limit(self));
                }
                self.cbor = s;
                self.scanned = i;
                Ok(None)
            }
            Ok(Some(end)) => {
                if end - self.start > self.max_frame {
                    return Err(limit(self));
                }
                self.scanned = end;
                let from = self.start;
                Ok(self.take(from, end, end))
            }
        }
    }

    /// At end of stream: a trailing top-level scalar (number or literal) has no delimiter
    /// after it; return it. Anything else left over is an incomplete frame (an error).
    pub fn finish(&mut self) -> Result<Option<&[u8]>> {
        if self.framing == Framing::Json && self.scan.in_scalar {
            let (from, to) = (self.start, self.buf.len());
            self.scan = JsonScan::default();
            self.scanned = to;
            return Ok(self.take(from, to, to).map(|(f, t)| &self.buf[f..t]));
        }
        if self.buffered() > 0
            && !(self.framing == Framing::Json && self.buf[self.start..].iter().all(|&b| is_ws(b)))
        {
            return Err(self.frame_error(format!(
                "stream ended inside a frame ({} bytes buffered)",
                self.buffered()
            )));
        }
        Ok(None)
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Scan the CBOR item starting at `buf[start]` from `*i` (a head boundary, with state `s`) as
/// far as `buf` goes: `Some(end)` when the item is complete, `None` when more bytes are
/// needed (then `*i` and `s` are where to resume), or a message and the offset in `buf` of
/// the head that is not well formed (as Go's frame reader checks it: heads, indefinite-length
/// nesting, breaks, simple values, and its nesting and size limits).
fn scan_cbor(
    buf: &[u8],
    start: usize,
    i: &mut usize,
    s: &mut CborScan,
    max_frame: usize,
) -> std::result::Result<Option<usize>, (String, usize)> {
    let err = |m: &str, at: usize| Err((format!("cbor: {m}"), at));
    loop {
        if *i > buf.len() {
            // Inside a string's bytes.
            return Ok(None);
        }
        // Close the containers that are complete (not while tags wait for their content).
        while let Some(&(open, added)) = s.open.last().filter(|_| s.tags == 0) {
            match open {
                CborOpen::Items(0) => {}
                CborOpen::Items(_) => break,
                CborOpen::Indefinite { .. } | CborOpen::Chunks(_) => {
                    match buf.get(*i) {
                        None => return Ok(None),
                        Some(0xff) => {}
                        Some(_) => break,
                    }
                    if let CborOpen::Indefinite { map: true, items } = open {
                        if items % 2 == 1 {
                            return err("unexpected \"break\" code", *i);
                        }
                    }
                    *i += 1;
                }
            }
            s.open.pop();
            s.depth -= added;
        }
        if s.started && s.open.is_empty() && s.tags == 0 {
            return Ok(Some(*i));
        }
        let at = *i;
        let Some(&b) = buf.get(at) else {
            return Ok(None);
        };
        let (major, info) = (b >> 5, b & 0x1f);
        let n = match info {
            0..=23 | 31 => 0,
            24..=27 => 1usize << (info - 24),
            _ => return err(&format!("invalid additional information {info}"), at),
        };
        let Some(arg_bytes) = buf.get(at + 1..at + 1 + n) else {
            return Ok(None);
        };
        let arg = if n == 0 {
            info as u64
        } else {
            arg_bytes.iter().fold(0u64, |v, &x| (v << 8) | x as u64)
        };
        if info == 31 && matches!(major, 0 | 1 | 6) {
            return err(
                &format!("invalid additional information 31 for major type {major}"),
                at,
            );
        }
        if major == 7 && info == 31 {
            return err("unexpected \"break\" code", at);
        }
        if major == 7 && info == 24 && arg < 32 {
            return err(&format!("invalid simple value {arg}"), at);
        }
        // A head that starts an item (not one behind a tag) counts in its container.
        if s.tags == 0 {
            if let Some((open, _)) = s.open.last_mut() {
                match open {
                    CborOpen::Items(left) => *left -= 1,
                    CborOpen::Indefinite { map, items } => {
                        *items += 1;
                        let count = if *map { items.div_ceil(2) } else { *items };
                        if count > CBOR_MAX_ELEMENTS {
                            return err(&too_many(*map), at);
                        }
                    }
                    CborOpen::Chunks(m) => {
                        if major != *m || info == 31 {
                            return err(
                                "an indefinite-length string's chunk is not a definite-length \
                                 string of its type",
                                at,
                            );
                        }
                    }
                }
            }
        }
        s.started = true;
        *i = at + 1 + n;
        match major {
            2 | 3 if info == 31 => {
                s.open.push((CborOpen::Chunks(major), 0));
                s.tags = 0;
            }
            2 | 3 => {
                if arg > (max_frame - (*i - start).min(max_frame)) as u64 {
                    return Err((
                        format!(
                            "CBOR data item exceeds the limit of {max_frame} bytes (a string of \
                             {arg} bytes)"
                        ),
                        at,
                    ));
                }
                *i += arg as usize;
                s.tags = 0;
            }
            4 | 5 => {
                let map = major == 5;
                let added = 1 + s.tags.saturating_sub(1);
                s.tags = 0;
                s.depth += added;
                if s.depth > CBOR_MAX_NESTING {
                    return err(&format!("exceeded max nested level {CBOR_MAX_NESTING}"), at);
                }
                let open = if info == 31 {
                    CborOpen::Indefinite { map, items: 0 }
                } else {
                    if arg > CBOR_MAX_ELEMENTS {
                        return err(&too_many(map), at);
                    }
                    CborOpen::Items(if map { arg * 2 } else { arg })
                };
                s.open.push((open, added));
            }
            6 => {
                s.tags += 1;
                if s.depth + s.tags - 1 > CBOR_MAX_NESTING {
                    return err(&format!("exceeded max nested level {CBOR_MAX_NESTING}"), at);
                }
            }
            _ => s.tags = 0,
        }
    }
}

/// Go's message for an array or map over its size limit.
fn too_many(map: bool) -> String {
    if map {
        format!("exceeded max number of key-value pairs {CBOR_MAX_ELEMENTS} for CBOR map")
    } else {
        format!("exceeded max number of elements {CBOR_MAX_ELEMENTS} for CBOR array")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(framing: Format, stream: &[u8], chunk: usize) -> Vec<Vec<u8>> {
        let mut d = FrameDecoder::new(framing).unwrap();
        let mut out = Vec::new();
        for c in stream.chunks(chunk.max(1)) {
            d.feed(c);
            while let Some(f) = d.next_frame().unwrap() {
                out.push(f.to_vec());
            }
        }
        while let Some(f) = d.finish().unwrap() {
            out.push(f.to_vec());
        }
        out
    }

    #[test]
    fn json_frames_split_anywhere() {
        let values: [&[u8]; 3] = [
            br#"{"type":"ADDED","object":{"a":"x}\"{"}}"#,
            br#"{"type":"DELETED","object":[1,[2]]}"#,
            br#""str""#,
        ];
        let mut stream = Vec::new();
        for v in values {
            write_json_frame(&mut stream, v);
        }
        for chunk in 1..stream.len() {
            assert_eq!(
                frames(Format::Json, &stream, chunk),
                values,
                "chunk {chunk}"
            );
        }
    }

    #[test]
    fn length_prefixed_frames_split_anywhere() {
        let values: [&[u8]; 3] = [b"abc", b"", b"\x00\x01\x02\x03\x04"];
        let mut stream = Vec::new();
        for v in values {
            write_length_prefixed_frame(&mut stream, v);
        }
        for chunk in 1..stream.len() {
            assert_eq!(frames(Format::Protobuf, &stream, chunk), values);
        }
    }

    #[test]
    fn long_length_prefixed_streams_compact_their_buffer() {
        // Regression: compacting the buffer after more than 4 KiB of consumed frames
        // underflowed the JSON scan position, which length-prefixed framing never moves.
        let values: Vec<Vec<u8>> = (0..40u8).map(|i| vec![i; 700]).collect();
        let mut stream = Vec::new();
        for v in &values {
            write_length_prefixed_frame(&mut stream, v);
        }
        for chunk in [1000, 4097, 9000] {
            assert_eq!(frames(Format::Protobuf, &stream, chunk), values);
        }
    }

    #[test]
    fn oversized_frames_are_rejected_without_buffering_them() {
        let mut d = FrameDecoder::with_max_frame(Format::Protobuf, 10).unwrap();
        d.feed(&[0xff, 0xff, 0xff, 0xff]);
        assert!(d.next_frame().is_err());
        let mut d = FrameDecoder::with_max_frame(Format::Json, 10).unwrap();
        d.feed(b"[1,2,3,4,5,6,7,8,9");
        assert!(d.next_frame().is_err());
    }

    #[test]
    fn truncated_stream_is_an_error() {
        let mut d = FrameDecoder::new(Format::Protobuf).unwrap();
        d.feed(&[0, 0, 0, 5, 1]);
        assert_eq!(d.next_frame().unwrap(), None);
        assert!(d.finish().is_err());
    }

    #[test]
    fn cbor_items_split_anywhere() {
        let values: [&[u8]; 7] = [
            b"\xd9\xd9\xf7\xa2\x41a\x82\x01\x5f\x41x\x42yz\xff\x41b\xf6",
            b"\x01",
            b"\x5a\x00\x00\x00\x03abc",
            b"\xbf\x41k\x9f\x01\xd8\x20\x02\xff\xff",
            b"\xc6\xc7\x81\xfb\x00\x00\x00\x00\x00\x00\x00\x00",
            b"\x80",
            b"\x7f\xff",
        ];
        let stream = values.concat();
        for chunk in 1..stream.len() {
            assert_eq!(
                frames(Format::Cbor, &stream, chunk),
                values,
                "chunk {chunk}"
            );
        }
    }

    /// Frames, or the first error's offset, from `stream` fed in chunks of `chunk` bytes.
    fn cbor_outcome(stream: &[u8], chunk: usize) -> (Vec<Vec<u8>>, Option<usize>) {
        let mut d = FrameDecoder::with_max_frame(Format::Cbor, 64).unwrap();
        let mut out = Vec::new();
        for c in stream.chunks(chunk) {
            d.feed(c);
            loop {
                match d.next_frame() {
                    Ok(Some(f)) => out.push(f.to_vec()),
                    Ok(None) => break,
                    Err(e) => return (out, Some(e.offset())),
                }
            }
        }
        let end = d.finish().err().map(|e| e.offset());
        (out, end)
    }

    #[test]
    fn cbor_scan_resumes_exactly_on_mutated_streams() {
        // Any input, valid or not, gives the same frames and the same error whatever the
        // chunk sizes: the scanner's saved state is exact.
        let base: Vec<u8> = [
            &b"\xd9\xd9\xf7\xa2\x41a\x82\x01\x5f\x41x\x42yz\xff\x41b\xf6"[..],
            b"\xbf\x41k\x9f\x01\xd8\x20\x02\xff\xff\x7f\x61a\xff",
            b"\xc6\xc7\x81\xfb\x00\x00\x00\x00\x00\x00\x00\x00\x19\x01\x00",
        ]
        .concat();
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let (mut errors, mut complete) = (0, 0);
        for _ in 0..3000 {
            let mut s = base.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() % s.len() as u64) as usize;
                match next() % 3 {
                    0 => s[at] = next() as u8,
                    1 => s.insert(at, next() as u8),
                    _ => {
                        s.remove(at);
                    }
                }
            }
            let whole = cbor_outcome(&s, s.len());
            for chunk in [1, 2, 5] {
                assert_eq!(cbor_outcome(&s, chunk), whole, "{s:x?} chunk {chunk}");
            }
            errors += usize::from(whole.1.is_some());
            complete += usize::from(whole.1.is_none());
        }
        assert!(
            errors > 300 && complete > 300,
            "{errors} errors, {complete} complete"
        );
    }

    #[test]
    fn malformed_cbor_is_refused_at_its_head() {
        for (item, at, what) in [
            (&b"\x82\x01\x1c"[..], 2, "additional information 28"),
            (b"\x82\x01\xff", 2, "break"),
            (b"\xbf\x01\xff", 2, "break"),
            (b"\x5f\x61a\xff", 1, "chunk"),
            (b"\x5f\x5f\xff\xff", 1, "chunk"),
            (b"\x81\xf8\x10", 1, "simple value 16"),
            (b"\x1f", 0, "additional information 31"),
            (b"\x9f\xc6\xff", 2, "break"),
            (b"\x9b\x00\x00\x00\x00\x00\x02\x00\x01", 0, "131072"),
        ] {
            let mut d = FrameDecoder::new(Format::Cbor).unwrap();
            d.feed(b"\x00");
            d.feed(item);
            assert_eq!(d.next_frame().unwrap(), Some(&b"\x00"[..]));
            let err = d.next_frame().unwrap_err();
            assert!(err.to_string().contains(what), "{item:x?}: {err}");
            assert_eq!(err.offset(), 1 + at, "{item:x?}: {err}");
        }
    }

    #[test]
    fn cbor_nesting_is_limited_as_in_go() {
        // Go's frame reader: 32 levels of arrays and maps; a tag directly inside a tag counts.
        let nested = |levels: usize, tags: &[u8]| {
            let mut item = tags.to_vec();
            item.extend(std::iter::repeat_n(0x81, levels));
            item.push(0x01);
            let mut d = FrameDecoder::new(Format::Cbor).unwrap();
            d.feed(&item);
            d.next_frame().map(|f| f.is_some())
        };
        assert!(nested(32, b"\xd9\xd9\xf7").unwrap());
        assert!(nested(33, b"").is_err());
        assert!(nested(31, b"\xc6\xc6").unwrap());
        assert!(nested(32, b"\xc6\xc6").is_err());
        // Deep indefinite arrays alike.
        let mut item = vec![0x9f; 33];
        item.extend([0xff; 33]);
        let mut d = FrameDecoder::new(Format::Cbor).unwrap();
        d.feed(&item);
        assert!(d.next_frame().is_err());
    }

    #[test]
    fn long_cbor_items_are_refused_early() {
        let mut d = FrameDecoder::with_max_frame(Format::Cbor, 100).unwrap();
        d.feed(b"\x82\x5a\x00\x01\x00\x00");
        assert!(d.next_frame().unwrap_err().to_string().contains("limit"));
        let mut d = FrameDecoder::with_max_frame(Format::Cbor, 10).unwrap();
        d.feed(&[0x9f; 8]);
        assert_eq!(d.next_frame().unwrap(), None);
        d.feed(&[0x80; 8]);
        assert!(d.next_frame().unwrap_err().to_string().contains("limit"));
    }

    #[test]
    fn truncated_cbor_is_an_error_at_finish() {
        let mut d = FrameDecoder::new(Format::Cbor).unwrap();
        d.feed(b"\x01\x43ab");
        assert_eq!(d.next_frame().unwrap(), Some(&b"\x01"[..]));
        assert_eq!(d.next_frame().unwrap(), None);
        assert!(d.finish().is_err());
    }

    #[test]
    fn text_read_as_a_length_prefix_is_named() {
        let mut d = FrameDecoder::new(Format::Protobuf).unwrap();
        d.feed(b"apiVersion: v1\nkind: Pod\n");
        let msg = d.next_frame().unwrap_err().to_string();
        assert!(
            msg.contains(r#"the text "apiV""#) && msg.contains("YAML"),
            "{msg}"
        );
        let mut d = FrameDecoder::new(Format::Protobuf).unwrap();
        d.feed(&[0xff, 0xfe, 0, 0]);
        let msg = d.next_frame().unwrap_err().to_string();
        assert!(!msg.contains("text"), "{msg}");
    }
}
