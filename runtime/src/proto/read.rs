//! `ProtoReader`: a bounds-checked protobuf wire reader. Every length is checked against
//! the bytes actually left before anything is allocated; nesting depth is bounded.

use std::sync::Arc;

use bytes::Bytes;

use super::WireType;
use crate::error::{Error, ErrorKind, Result};
use crate::string::Owner;
use crate::Str;

/// Options of a protobuf decode.
#[derive(Clone, Copy, Debug)]
pub struct ProtoOptions {
    /// Maximum nesting of messages decoded into typed fields (default 100).
    pub max_depth: usize,
    /// Memory budget of the decoded value, counted as for JSON
    /// ([`crate::json::DecodeOptions::max_memory`]); `None` (default) allows
    /// `64 × input + 16 MiB`.
    pub max_memory: Option<usize>,
}

impl Default for ProtoOptions {
    fn default() -> Self {
        ProtoOptions {
            max_depth: 100,
            max_memory: None,
        }
    }
}

/// A reader over (a window of) a protobuf message.
pub struct ProtoReader<'de> {
    input: &'de [u8],
    pos: usize,
    end: usize,
    depth: usize,
    opts: ProtoOptions,
    budget: crate::budget::Budget,
    /// The buffer `input` is a view of, when decoding from shared bytes (see
    /// [`ProtoReader::from_bytes`]).
    owner: Option<Arc<Owner>>,
}

impl<'de> ProtoReader<'de> {
    /// A reader over the whole of `input`.
    pub fn new(input: &'de [u8]) -> Self {
        Self::with_options(input, ProtoOptions::default())
    }

    /// A reader with options.
    pub fn with_options(input: &'de [u8], opts: ProtoOptions) -> Self {
        ProtoReader {
            input,
            pos: 0,
            end: input.len(),
            depth: 0,
            opts,
            budget: crate::budget::Budget::new(opts.max_memory, input.len()),
            owner: None,
        }
    }

    /// A reader over shared bytes: string fields that do not fit inline are slices of
    /// `input` (a reference, not a copy), so the decoded value keeps `input` alive instead
    /// of copying it.
    pub fn from_bytes(input: &'de Bytes, opts: ProtoOptions) -> Self {
        let mut r = Self::with_options(input, opts);
        r.owner = Some(Arc::new(Owner::Buffer(input.clone())));
        r
    }

    /// A [`Str`] of `s`, read from this reader's input: shared with the input when the
    /// reader was made by [`from_bytes`](ProtoReader::from_bytes), else copied.
    #[inline(always)]
    pub fn str_of(&self, s: &'de str) -> Str {
        Str::of_input(self.input, self.owner.as_ref(), s)
    }

    /// Account for `bytes` of decoded value (a repeated element, a map entry); an error once
    /// the decode's memory budget is spent.
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> Result<()> {
        self.budget.charge(bytes, self.pos)
    }

    /// Move past `n` bytes of a prefix that is not protobuf (the envelope's magic).
    pub fn skip_prefix(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.end);
    }

    /// Current byte offset in the input.
    #[inline]
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Whether the current message window is exhausted.
    #[inline(always)]
    pub fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    /// An error at the current offset.
    #[cold]
    pub fn wire_error(&self, message: impl Into<String>) -> Error {
        Error::new(
            ErrorKind::Wire {
                message: message.into(),
            },
            self.pos,
        )
    }

    #[cold]
    fn truncated(&self) -> Error {
        Error::new(ErrorKind::UnexpectedEof, self.end)
    }

    /// Read a varint (at most 10 bytes; the 10th may only carry the top bit).
    #[inline(always)]
    pub fn read_varint(&mut self) -> Result<u64> {
        let b = match self.input[..self.end].get(self.pos) {
            Some(&b) => b,
            None => return Err(self.truncated()),
        };
        if b < 0x80 {
            self.pos += 1;
            return Ok(b as u64);
        }
        self.read_varint_slow()
    }

    #[inline(never)]
    fn read_varint_slow(&mut self) -> Result<u64> {
        let start = self.pos;
        let mut v: u64 = 0;
        for i in 0..10 {
            let Some(&b) = self.input[..self.end].get(start + i) else {
                self.pos = self.end;
                return Err(self.truncated());
            };
            if i == 9 && b > 1 {
                self.pos = start;
                return Err(self.wire_error("varint longer than 64 bits"));
            }
            v |= ((b & 0x7f) as u64) << (7 * i);
            if b < 0x80 {
                self.pos = start + i + 1;
                return Ok(v);
            }
        }
        self.pos = start;
        Err(self.wire_error("varint longer than 10 bytes"))
    }

    /// Read a field key: (field number, wire type).
    #[inline(always)]
    pub fn read_key(&mut self) -> Result<(u32, WireType)> {
        let start = self.pos;
        let k = self.read_varint()?;
        let wire = self.wire_type_of(k, start)?;
        // Kubernetes' generated (gogo) decoders take `int32(key >> 3)` and reject it when it
        // is not positive: a key beyond 32 bits aliases onto its low bits, as there.
        let field = (k >> 3) as u32 as i32;
        if field <= 0 {
            self.pos = start;
            return Err(self.wire_error(format!("illegal field number {field}")));
        }
        Ok((field as u32, wire))
    }

    /// Read a length prefix and return the next `len` bytes, checked against what is left.
    #[inline(always)]
    pub fn read_len_delimited(&mut self) -> Result<&'de [u8]> {
        let start = self.pos;
        let len = self.read_varint()?;
        let left = (self.end - self.pos) as u64;
        if len > left {
            self.pos = start;
            return Err(self.overrun(len, left));
        }
        let s = &self.input[self.pos..self.pos + len as usize];
        self.pos += len as usize;
        Ok(s)
    }

    /// With the reader at the length prefix of a length-delimited occurrence of field
    /// `field`: how many occurrences of that field follow one another from here (this one
    /// included), as a repeated field's elements are written. Used to give a list its exact
    /// capacity; it reads only keys and length prefixes, and stops at anything else (any
    /// malformed input is left for the decoder to report).
    pub fn run_length(&self, field: u32) -> usize {
        let input = &self.input[..self.end];
        let key = (u64::from(field) << 3) | 2;
        let mut pos = self.pos;
        let mut count = 0;
        loop {
            let Some(len) = peek_varint(input, &mut pos) else {
                return count.max(1);
            };
            match usize::try_from(len).ok().and_then(|l| pos.checked_add(l)) {
                Some(next) if next <= input.len() => pos = next,
                _ => return count.max(1),
            }
            count += 1;
            let mut after = pos;
            if peek_varint(input, &mut after) != Some(key) {
                return count;
            }
            pos = after;
        }
    }

    /// Read 8 bytes (little endian).
    pub fn read_fixed64(&mut self) -> Result<u64> {
        if self.end - self.pos < 8 {
            return Err(self.truncated());
        }
        let v = u64::from_le_bytes(self.input[self.pos..self.pos + 8].try_into().unwrap());
        self.pos += 8;
        Ok(v)
    }

    /// Read 4 bytes (little endian).
    pub fn read_fixed32(&mut self) -> Result<u32> {
        if self.end - self.pos < 4 {
            return Err(self.truncated());
        }
        let v = u32::from_le_bytes(self.input[self.pos..self.pos + 4].try_into().unwrap());
        self.pos += 4;
        Ok(v)
    }

    /// Decode a nested message: read its length, then run `f` with the window narrowed to
    /// it, one level deeper. Checks that `f` consumed exactly the window.
    ///
    /// Generic over `f`, so instantiated once per message type: the checks and their errors
    /// live in non-generic functions to keep each copy small (it was the largest function
    /// of kcodec-types' LLVM IR).
    #[inline]
    pub fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let outer_end = self.enter_nested()?;
        let r = f(self);
        let inner_end = self.leave_nested(outer_end);
        let v = r?;
        if self.pos != inner_end {
            return Err(self.not_fully_consumed());
        }
        Ok(v)
    }

    /// Read a nested message's length and narrow the window to it; returns the outer end.
    #[inline]
    fn enter_nested(&mut self) -> Result<usize> {
        let start = self.pos;
        let len = self.read_varint()?;
        let left = (self.end - self.pos) as u64;
        if len > left {
            self.pos = start;
            return Err(self.overrun(len, left));
        }
        if self.depth >= self.opts.max_depth {
            return Err(self.too_deep(start));
        }
        let outer_end = self.end;
        self.end = self.pos + len as usize;
        self.depth += 1;
        Ok(outer_end)
    }

    /// Restore the outer window; returns the inner window's end.
    #[inline]
    fn leave_nested(&mut self, outer_end: usize) -> usize {
        self.depth -= 1;
        std::mem::replace(&mut self.end, outer_end)
    }

    #[cold]
    #[inline(never)]
    fn overrun(&self, len: u64, left: u64) -> Error {
        self.wire_error(format!(
            "length {len} runs past the end of the message ({left} bytes left)"
        ))
    }

    #[cold]
    #[inline(never)]
    fn too_deep(&self, at: usize) -> Error {
        Error::new(
            ErrorKind::DepthLimitExceeded {
                limit: self.opts.max_depth,
            },
            at,
        )
    }

    #[cold]
    #[inline(never)]
    fn not_fully_consumed(&self) -> Error {
        self.wire_error("nested message not fully consumed")
    }

    /// Skip a field value of wire type `wire` (the key was already read). Groups are
    /// skipped iteratively, so no input can recurse.
    pub fn skip(&mut self, wire: WireType) -> Result<()> {
        match wire {
            WireType::Varint => self.read_varint().map(|_| ()),
            WireType::Fixed64 => self.read_fixed64().map(|_| ()),
            WireType::Fixed32 => self.read_fixed32().map(|_| ()),
            WireType::Len => self.read_len_delimited().map(|_| ()),
            WireType::StartGroup => {
                let mut depth = 1usize;
                while depth > 0 {
                    if self.at_end() {
                        return Err(self.truncated());
                    }
                    let (_, w) = self.read_key()?;
                    match w {
                        WireType::StartGroup => depth += 1,
                        WireType::EndGroup => depth -= 1,
                        other => self.skip(other)?,
                    }
                }
                Ok(())
            }
            WireType::EndGroup => Err(self.wire_error("unexpected end-group")),
        }
    }

    /// Read one map entry (its length, then its fields) the way Kubernetes' generated
    /// (gogo) decoders read it, calling `value(self, n)` for each occurrence of field `n` of
    /// 1 (key) and 2 (value) with the reader at the field's length prefix. As there:
    /// - fields 1 and 2 are read as length-delimited whatever wire type their key says, and
    ///   their length is bounded by the enclosing message, not by the entry (a key or value
    ///   may run past the entry's end; reading then goes on at the entry's end);
    /// - other fields are skipped by their wire type, within the entry.
    pub fn map_entry(&mut self, mut value: impl FnMut(&mut Self, u32) -> Result<()>) -> Result<()> {
        // The entry's length and depth are checked as a nested message's; its fields are then
        // read with the enclosing message's window.
        let outer_end = self.enter_nested()?;
        let entry_end = std::mem::replace(&mut self.end, outer_end);
        let r = self.map_entry_fields(entry_end, &mut value);
        self.depth -= 1;
        r?;
        self.pos = entry_end;
        Ok(())
    }

    fn map_entry_fields(
        &mut self,
        entry_end: usize,
        value: &mut impl FnMut(&mut Self, u32) -> Result<()>,
    ) -> Result<()> {
        while self.pos < entry_end {
            let key_at = self.pos;
            let key = self.read_varint()?;
            let field = (key >> 3) as u32 as i32;
            if field == 1 || field == 2 {
                value(self, field as u32)?;
                continue;
            }
            // Anything else is skipped within the entry (the key read again, as gogo's
            // `skipGenerated` does).
            self.pos = key_at;
            let outer_end = std::mem::replace(&mut self.end, entry_end);
            let skipped = self.skip_field_raw();
            self.end = outer_end;
            skipped?;
        }
        Ok(())
    }

    /// Skip one field, key included, by its wire type (any field number).
    fn skip_field_raw(&mut self) -> Result<()> {
        let at = self.pos;
        let key = self.read_varint()?;
        let wire = self.wire_type_of(key, at)?;
        self.skip(wire)
    }

    /// The wire type of key `k`, read at `at` (where an invalid one is reported).
    #[inline(always)]
    fn wire_type_of(&mut self, k: u64, at: usize) -> Result<WireType> {
        Ok(match k & 7 {
            0 => WireType::Varint,
            1 => WireType::Fixed64,
            2 => WireType::Len,
            3 => WireType::StartGroup,
            4 => WireType::EndGroup,
            5 => WireType::Fixed32,
            w => {
                self.pos = at;
                return Err(self.wire_error(format!("invalid wire type {w}")));
            }
        })
    }

    /// Error for a known field that arrived with the wrong wire type.
    #[cold]
    pub fn wrong_wire_type(&self, field: u32, got: WireType, want: WireType) -> Error {
        self.wire_error(format!(
            "field {field} has wire type {got:?}, expected {want:?}"
        ))
    }
}

/// A varint at `*pos` in `input` (advancing `pos`), or `None` when malformed or cut off.
#[inline(always)]
fn peek_varint(input: &[u8], pos: &mut usize) -> Option<u64> {
    let first = *input.get(*pos)?;
    if first < 0x80 {
        *pos += 1;
        return Some(u64::from(first));
    }
    peek_varint_slow(input, pos)
}

#[inline(never)]
fn peek_varint_slow(input: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for i in 0..10 {
        let b = *input.get(*pos + i)?;
        v |= u64::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            *pos += i + 1;
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(bytes: &[u8]) -> Result<(u32, WireType)> {
        ProtoReader::new(bytes).read_key()
    }

    /// A repeated field's run: the occurrences that follow one another, counted from the
    /// first one's length prefix; anything else (another field, a cut-off length) ends it.
    #[test]
    fn run_length_counts_adjacent_occurrences() {
        let run = |bytes: &[u8], field| {
            let mut r = ProtoReader::new(bytes);
            r.read_key().unwrap();
            r.run_length(field)
        };
        assert_eq!(
            run(
                &[0x0a, 1, b'a', 0x0a, 0, 0x0a, 2, 1, 2, 0x12, 0, 0x0a, 0],
                1
            ),
            3
        );
        assert_eq!(run(&[0x0a, 0], 1), 1);
        // Cut off: the first element's own error is the decoder's to report.
        assert_eq!(run(&[0x0a, 5, 1], 1), 1);
        assert_eq!(run(&[0x0a, 0, 0x0a, 5], 1), 1);
        // A varint-typed occurrence of the same number is not part of the run.
        assert_eq!(run(&[0x0a, 0, 0x08, 0], 1), 1);
        // Field numbers past one byte of key.
        assert_eq!(run(&[0xfa, 0x01, 0, 0xfa, 0x01, 0], 31), 2);
    }

    /// Field numbers as Kubernetes' gogo decoders read them: `int32(key >> 3)`, rejected when
    /// not positive.
    #[test]
    fn field_numbers_follow_gogo() {
        fn varint(mut v: u64) -> Vec<u8> {
            let mut out = Vec::new();
            while v >= 0x80 {
                out.push(v as u8 | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
            out
        }
        assert_eq!(key(&varint(1 << 3 | 2)).unwrap(), (1, WireType::Len));
        assert_eq!(key(&varint(536_870_912 << 3)).unwrap().0, 536_870_912);
        assert!(key(&varint(0)).is_err());
        // 2^31 is negative as an int32.
        assert!(key(&varint(1 << 34)).is_err());
        // Beyond 32 bits, the low 32 bits of the field number count.
        assert_eq!(key(&varint(((1u64 << 32) + 5) << 3)).unwrap().0, 5);
    }
}
