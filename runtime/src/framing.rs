//! Watch-stream framing, push-based: feed byte chunks as they arrive from a socket, take out
//! complete frames. Frames split at any byte boundary are reassembled.
//!
//! - JSON (`application/json` watch): one JSON value per event, written by Go's
//!   `json.Encoder` (compact, `\n` after each); the reader accepts any whitespace between
//!   values, as Go's `json.Decoder` does.
//! - Protobuf (`application/vnd.kubernetes.protobuf;stream=watch`): each frame is a 4-byte
//!   big-endian length followed by that many bytes.
//!
//! Both cap a frame at [`DEFAULT_MAX_FRAME`] (16 MiB, Kubernetes' limit) by default: a
//! longer frame is an error, and no buffer grows past the cap plus one chunk.

use crate::error::{Error, ErrorKind, Result};

/// Kubernetes' cap on one streamed object: 16 MiB.
pub const DEFAULT_MAX_FRAME: usize = 16 * 1024 * 1024;

/// The two framings of a watch stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Newline-delimited JSON values.
    Json,
    /// 4-byte big-endian length prefix.
    LengthPrefixed,
}

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

/// A push-based frame splitter for one framing.
#[derive(Debug)]
pub struct FrameDecoder {
    framing: Framing,
    max_frame: usize,
    buf: Vec<u8>,
    /// Start of unconsumed data in `buf`.
    start: usize,
    /// JSON: how far `buf` has been scanned, and the scan state there.
    scanned: usize,
    scan: JsonScan,
    /// Total bytes consumed before `buf[start]` (for error offsets).
    consumed: u64,
    /// Stream offset of the first byte of the frame last returned.
    frame_offset: u64,
}

impl FrameDecoder {
    /// A decoder for `framing` with the default 16 MiB frame cap.
    pub fn new(framing: Framing) -> Self {
        Self::with_max_frame(framing, DEFAULT_MAX_FRAME)
    }

    /// A decoder with a custom frame cap.
    pub fn with_max_frame(framing: Framing, max_frame: usize) -> Self {
        FrameDecoder {
            framing,
            max_frame,
            buf: Vec::new(),
            start: 0,
            scanned: 0,
            scan: JsonScan::default(),
            consumed: 0,
            frame_offset: 0,
        }
    }

    /// The framing this decoder splits.
    pub fn framing(&self) -> Framing {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(framing: Framing, stream: &[u8], chunk: usize) -> Vec<Vec<u8>> {
        let mut d = FrameDecoder::new(framing);
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
                frames(Framing::Json, &stream, chunk),
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
            assert_eq!(frames(Framing::LengthPrefixed, &stream, chunk), values);
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
            assert_eq!(frames(Framing::LengthPrefixed, &stream, chunk), values);
        }
    }

    #[test]
    fn oversized_frames_are_rejected_without_buffering_them() {
        let mut d = FrameDecoder::with_max_frame(Framing::LengthPrefixed, 10);
        d.feed(&[0xff, 0xff, 0xff, 0xff]);
        assert!(d.next_frame().is_err());
        let mut d = FrameDecoder::with_max_frame(Framing::Json, 10);
        d.feed(b"[1,2,3,4,5,6,7,8,9");
        assert!(d.next_frame().is_err());
    }

    #[test]
    fn truncated_stream_is_an_error() {
        let mut d = FrameDecoder::new(Framing::LengthPrefixed);
        d.feed(&[0, 0, 0, 5, 1]);
        assert_eq!(d.next_frame().unwrap(), None);
        assert!(d.finish().is_err());
    }

    #[test]
    fn text_read_as_a_length_prefix_is_named() {
        let mut d = FrameDecoder::new(Framing::LengthPrefixed);
        d.feed(b"apiVersion: v1\nkind: Pod\n");
        let msg = d.next_frame().unwrap_err().to_string();
        assert!(
            msg.contains(r#"the text "apiV""#) && msg.contains("YAML"),
            "{msg}"
        );
        let mut d = FrameDecoder::new(Framing::LengthPrefixed);
        d.feed(&[0xff, 0xfe, 0, 0]);
        let msg = d.next_frame().unwrap_err().to_string();
        assert!(!msg.contains("text"), "{msg}");
    }
}
