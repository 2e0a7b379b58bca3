//! The CBOR reader generated decoders drive: what the API server accepts (apimachinery's
//! decode mode on fxamacker/cbor), with kcodec's bounds.
//!
//! Accepted as Go accepts them: byte and text strings alike (text must be UTF-8), definite and
//! indefinite lengths, non-shortest heads, any tag around a value (55799 anywhere; 21/22/23
//! turn a byte string read as a Go string into base64url/base64/base16 text). Refused as Go
//! refuses them: duplicate map keys (always, strict or not), bignums (tags 2 and 3), NaN and
//! infinities, simple values other than `false`/`true`/`null`, reserved heads, a float into an
//! integer, an integer into a string, trailing bytes. Nesting is bounded by
//! [`DecodeOptions::max_depth`], memory by [`DecodeOptions::max_memory`], and no length read
//! from the input is trusted beyond the bytes that remain.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use bytes::Bytes;

use crate::budget::Budget;
use crate::error::{Error, ErrorKind, Result};
use crate::json::{DecodeOptions, StrictIssueKind};
use crate::string::Owner;
use crate::Str;

/// Tag 21: a byte string expected to be written as base64url (no padding).
const TAG_BASE64URL: u64 = 21;
/// Tag 22: a byte string expected to be written as base64 (padded).
const TAG_BASE64: u64 = 22;
/// Tag 23: a byte string expected to be written as base16 (lower case).
const TAG_BASE16: u64 = 23;

/// A data item's head: major type, additional information, argument.
#[derive(Clone, Copy, Debug)]
struct Head {
    major: u8,
    info: u8,
    arg: u64,
}

impl Head {
    fn indefinite(&self) -> bool {
        self.info == 31
    }
}

/// A map being read (see [`CborReader::begin_map`]): what is left of it and what is needed to
/// find duplicate keys.
pub struct MapState<'de> {
    /// Pairs left (definite length), or `None` for an indefinite map.
    remaining: Option<u64>,
    /// Offset of the first key (to rescan the keys when they are not in increasing order).
    start: usize,
    /// Pairs read so far.
    index: usize,
    /// The previous key, while every key so far was greater than the one before it (then no
    /// key can repeat an earlier one).
    prev: Option<Cow<'de, [u8]>>,
    /// All keys so far, once the order was broken.
    seen: Option<HashSet<Vec<u8>>>,
}

/// An array being read (see [`CborReader::begin_array`]).
pub struct ArrayState {
    remaining: Option<u64>,
}

/// The key of a map pair.
pub enum Key<'de> {
    /// A byte or text string key, as Go's string of it.
    Str(Cow<'de, [u8]>),
    /// Any other item (an integer, say); its bytes have been consumed.
    Other,
}

/// A CBOR reader over an input slice. Generated decoders call its methods; users normally go
/// through [`super::from_slice`].
pub struct CborReader<'de> {
    input: &'de [u8],
    pos: usize,
    depth: usize,
    opts: DecodeOptions,
    key_start: usize,
    /// Where the tags in front of the current item end (`usize::MAX`: not read yet), and the
    /// innermost of 21/22/23 among them (0: none).
    tagged_at: usize,
    enc_tag: u64,
    /// Tags 21/22/23 on open containers, with the depth they opened at: they apply to the
    /// byte strings inside (RFC 8949 §3.4.5.2), as Go decodes them.
    inherited: Vec<(usize, u64)>,
    /// Inside [`skip_value`](CborReader::skip_value): Go checks tag contents (0, 1) only
    /// when it decodes a value, not when it skips one.
    skipping: bool,
    issues: Vec<(StrictIssueKind, usize)>,
    dropped_issues: usize,
    budget: Budget,
    owner: Option<Arc<Owner>>,
}

fn type_name(major: u8, info: u8) -> &'static str {
    match major {
        0 | 1 => "integer",
        2 => "byte string",
        3 => "text string",
        4 => "array",
        5 => "map",
        6 => "tag",
        _ => match info {
            20 | 21 => "bool",
            22 => "null",
            23 => "undefined",
            25..=27 => "float",
            _ => "simple value",
        },
    }
}

impl<'de> CborReader<'de> {
    /// A reader with the given options.
    pub fn new(input: &'de [u8], opts: DecodeOptions) -> Self {
        CborReader {
            input,
            pos: 0,
            depth: 0,
            opts,
            key_start: 0,
            tagged_at: usize::MAX,
            enc_tag: 0,
            inherited: Vec::new(),
            skipping: false,
            issues: Vec::new(),
            dropped_issues: 0,
            budget: Budget::new(opts.max_memory, input.len()),
            owner: None,
        }
    }

    /// A reader over shared bytes: strings that fit no inline storage are slices of `input`.
    pub fn from_bytes(input: &'de Bytes, opts: DecodeOptions) -> Self {
        let mut r = Self::new(input, opts);
        r.owner = Some(Arc::new(Owner::Buffer(input.clone())));
        r
    }

    /// The whole input.
    pub fn input(&self) -> &'de [u8] {
        self.input
    }

    /// Current byte offset.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Offset of the last key read by [`next_key`](CborReader::next_key).
    pub fn last_key_offset(&self) -> usize {
        self.key_start
    }

    /// Whether strict mode is on.
    pub fn is_strict(&self) -> bool {
        self.opts.strict
    }

    /// Account for `bytes` of decoded value; an error once the memory budget is spent.
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> Result<()> {
        self.budget.charge(bytes, self.pos)
    }

    /// An [`ErrorKind::InvalidValue`] error at byte `offset`.
    #[cold]
    pub fn invalid_value(&self, message: impl Into<String>, offset: usize) -> Error {
        Error::invalid_value(message, offset)
    }

    #[cold]
    fn eof(&self) -> Error {
        Error::new(ErrorKind::UnexpectedEof, self.input.len())
    }

    #[cold]
    fn malformed(&self, message: &str, at: usize) -> Error {
        Error::new(
            ErrorKind::Wire {
                message: format!("cbor: {message}"),
            },
            at,
        )
    }

    #[cold]
    fn wrong_type(&self, h: Head, at: usize, expected: &'static str) -> Error {
        Error::new(
            ErrorKind::InvalidType {
                found: type_name(h.major, h.info),
                expected,
            },
            at,
        )
    }

    /// Read a head at the current position (no tag skipping).
    #[inline(always)]
    fn head(&mut self) -> Result<Head> {
        let at = self.pos;
        let Some(&b) = self.input.get(at) else {
            return Err(self.eof());
        };
        let (major, info) = (b >> 5, b & 0x1f);
        let (arg, len) = match info {
            0..=23 => (info as u64, 0),
            24..=27 => {
                let n = 1usize << (info - 24);
                let Some(bytes) = self.input.get(at + 1..at + 1 + n) else {
                    return Err(self.eof());
                };
                let mut v = 0u64;
                for &x in bytes {
                    v = (v << 8) | x as u64;
                }
                (v, n)
            }
            31 if matches!(major, 2..=5 | 7) => (0, 0),
            _ => return Err(self.malformed("invalid additional information", at)),
        };
        self.pos = at + 1 + len;
        Ok(Head { major, info, arg })
    }

    /// Skip the tags in front of the next item, remembering 21/22/23; bignums are refused.
    /// Idempotent until the item is read.
    #[inline(always)]
    fn skip_tags(&mut self) -> Result<()> {
        if self.tagged_at == self.pos {
            return Ok(());
        }
        self.enc_tag = 0;
        // Nearly every item has no tag.
        if self.input.get(self.pos).is_none_or(|&b| b >> 5 != 6) {
            self.tagged_at = self.pos;
            return Ok(());
        }
        self.skip_tags_slow()
    }

    /// [`skip_tags`](CborReader::skip_tags) when a tag is next.
    #[inline(never)]
    fn skip_tags_slow(&mut self) -> Result<()> {
        while let Some(&b) = self.input.get(self.pos) {
            if b >> 5 != 6 {
                break;
            }
            let at = self.pos;
            let h = self.head()?;
            // Go checks the content of the tags it knows before decoding anything.
            let next = self.input.get(self.pos).copied();
            let content_ok = self.skipping
                || match h.arg {
                    0 => next.is_some_and(|b| b >> 5 == 3),
                    1 => next.is_some_and(|b| b >> 5 <= 1 || (0xf9..=0xfb).contains(&b)),
                    _ => true,
                };
            if !content_ok {
                return Err(self.malformed(
                    if h.arg == 0 {
                        "tag number 0 must be followed by text string"
                    } else {
                        "tag number 1 must be followed by integer or floating-point number"
                    },
                    at,
                ));
            }
            match h.arg {
                2 | 3 => return Err(self.malformed("bignum (tag 2 or 3) is not allowed", at)),
                TAG_BASE64URL | TAG_BASE64 | TAG_BASE16 => self.enc_tag = h.arg,
                _ => {}
            }
        }
        self.tagged_at = self.pos;
        Ok(())
    }

    /// The next item's head, tags skipped; `at` is where the head starts.
    #[inline(always)]
    fn item(&mut self) -> Result<(Head, usize)> {
        self.skip_tags()?;
        let at = self.pos;
        let h = self.head()?;
        Ok((h, at))
    }

    /// The next item's initial byte (after its tags), without consuming it.
    pub fn peek(&mut self) -> Result<u8> {
        self.skip_tags()?;
        self.input.get(self.pos).copied().ok_or_else(|| self.eof())
    }

    /// Consume a `null` if one is next. `undefined` counts as `null` only when
    /// `undefined_too` (fxamacker decodes it into a Go pointer as nil, elsewhere refuses it).
    #[inline]
    pub fn eat_null(&mut self) -> Result<bool> {
        self.skip_tags()?;
        if self.input.get(self.pos) == Some(&0xf6) {
            self.pos += 1;
            return Ok(true);
        }
        Ok(false)
    }

    /// [`eat_null`](CborReader::eat_null) for a Go pointer: `undefined` is `null` too.
    #[inline]
    pub fn eat_nil(&mut self) -> Result<bool> {
        self.skip_tags()?;
        if matches!(self.input.get(self.pos), Some(&0xf6) | Some(&0xf7)) {
            self.pos += 1;
            return Ok(true);
        }
        Ok(false)
    }

    fn enter(&mut self, at: usize) -> Result<()> {
        if self.depth >= self.opts.max_depth {
            return Err(Error::new(
                ErrorKind::DepthLimitExceeded {
                    limit: self.opts.max_depth,
                },
                at,
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// A container just opened under tag 21/22/23: its byte strings take that encoding.
    #[inline]
    fn inherit(&mut self) {
        if self.enc_tag != 0 {
            self.inherited.push((self.depth, self.enc_tag));
        }
    }

    /// A container closes: its depth goes, and its inherited encoding with it.
    #[inline]
    fn leave(&mut self) {
        if self.inherited.last().is_some_and(|&(d, _)| d == self.depth) {
            self.inherited.pop();
        }
        self.depth -= 1;
    }

    /// The later encoding of a byte string: its own tag's, else its containers'.
    #[inline]
    fn later_encoding(&self) -> u64 {
        if self.enc_tag != 0 {
            return self.enc_tag;
        }
        self.inherited.last().map_or(0, |&(_, t)| t)
    }

    /// A definite length checked against the bytes left (each element takes at least `min`).
    fn length(&self, n: u64, min: u64, at: usize) -> Result<Option<u64>> {
        let left = (self.input.len() - self.pos) as u64;
        if n.saturating_mul(min) > left {
            return Err(Error::new(
                ErrorKind::UnexpectedEof,
                at.max(self.input.len()),
            ));
        }
        Ok(Some(n))
    }

    /// Start reading a map.
    pub fn begin_map(&mut self) -> Result<MapState<'de>> {
        let (h, at) = self.item()?;
        if h.major != 5 {
            self.pos = at;
            return Err(self.wrong_type(h, at, "map"));
        }
        self.enter(at)?;
        self.inherit();
        let remaining = if h.indefinite() {
            None
        } else {
            self.length(h.arg, 2, at)?
        };
        Ok(MapState {
            remaining,
            start: self.pos,
            index: 0,
            prev: None,
            seen: None,
        })
    }

    /// Whether the map or array has another entry; consumes the end (a break for indefinite
    /// lengths) when not.
    #[inline]
    fn more(&mut self, remaining: &mut Option<u64>) -> Result<bool> {
        match remaining {
            Some(0) => {
                self.leave();
                Ok(false)
            }
            Some(n) => {
                *n -= 1;
                Ok(true)
            }
            None => match self.input.get(self.pos) {
                Some(0xff) => {
                    self.pos += 1;
                    self.leave();
                    Ok(false)
                }
                Some(_) => Ok(true),
                None => Err(self.eof()),
            },
        }
    }

    /// The next key of the map, or `None` at its end. A key equal to an earlier one of the
    /// same map (a text and a byte string of the same bytes are equal) is an error, as in Go.
    pub fn next_key(&mut self, m: &mut MapState<'de>) -> Result<Option<Key<'de>>> {
        self.key(m, true)
    }

    /// [`next_key`](CborReader::next_key) for a Go map, whose keys must be strings (tags
    /// around them are ignored as around any string).
    pub fn next_map_key(&mut self, m: &mut MapState<'de>) -> Result<Option<Cow<'de, [u8]>>> {
        match self.key(m, false)? {
            None => Ok(None),
            Some(Key::Str(k)) => Ok(Some(k)),
            Some(Key::Other) => unreachable!("map keys are strings or errors"),
        }
    }

    /// The next key of a struct's map (`of_struct`: a string names a field, an integer is an
    /// unknown field, anything else, tagged keys included, is an error, as in fxamacker's
    /// struct decoding) or of a Go map (strings only).
    fn key(&mut self, m: &mut MapState<'de>, of_struct: bool) -> Result<Option<Key<'de>>> {
        if !self.more(&mut m.remaining)? {
            return Ok(None);
        }
        self.key_start = self.pos;
        let index = m.index;
        m.index += 1;
        if !of_struct {
            self.skip_tags()?;
        }
        let key = match self.input.get(self.pos).map(|b| b >> 5) {
            // What Kubernetes writes for a field name: a byte string of fewer than 24 bytes.
            Some(2) if of_struct && self.input[self.pos] < 0x58 => {
                let start = self.pos + 1;
                let end = start + (self.input[self.pos] & 0x1f) as usize;
                let Some(k) = self.input.get(start..end) else {
                    return Err(self.eof());
                };
                self.pos = end;
                Cow::Borrowed(k)
            }
            // A field name is matched on its bytes (a container's tag 21-23 converts the
            // byte strings that become Go strings, not the names of struct fields).
            Some(2 | 3) if of_struct => {
                let (h, at) = self.item()?;
                self.string_bytes(h, at)?
            }
            Some(2 | 3) => self.read_str()?,
            Some(0 | 1) if of_struct => {
                self.skip_value()?;
                return Ok(Some(Key::Other));
            }
            Some(b) => {
                let what = match b {
                    0 | 1 => "integer",
                    4 => "array",
                    5 => "map",
                    6 => "tag",
                    _ => "primitives",
                };
                return Err(self.invalid_value(
                    format!("cbor: map key is of type {what} and cannot be used as a field name or map key"),
                    self.key_start,
                ));
            }
            None => return Err(self.eof()),
        };
        self.check_duplicate(m, &key, index)?;
        Ok(Some(Key::Str(key)))
    }

    // `&Cow`, not `&[u8]`: the previous key is kept as a clone of the `Cow`, which borrows
    // the input (no copy) when the key did.
    #[allow(clippy::ptr_arg)]
    #[inline(always)]
    fn check_duplicate(
        &mut self,
        m: &mut MapState<'de>,
        key: &Cow<'de, [u8]>,
        index: usize,
    ) -> Result<()> {
        // Keys in increasing order (as Kubernetes writes them) cannot repeat.
        if m.seen.is_none()
            && m.prev
                .as_ref()
                .is_none_or(|p| super::write::key_order(p, key).is_lt())
        {
            m.prev = Some(key.clone());
            return Ok(());
        }
        self.check_duplicate_slow(m, key, index)
    }

    /// [`check_duplicate`](CborReader::check_duplicate) once the keys are out of order.
    #[allow(clippy::ptr_arg)]
    #[inline(never)]
    fn check_duplicate_slow(
        &mut self,
        m: &mut MapState<'de>,
        key: &Cow<'de, [u8]>,
        index: usize,
    ) -> Result<()> {
        if let Some(seen) = &mut m.seen {
            if !seen.insert(key.to_vec()) {
                return Err(self.duplicate(key, index));
            }
            return Ok(());
        }
        // Out of order: collect the keys before this one, then check with a set from here on.
        let mut seen = HashSet::new();
        let mut r = CborReader::new(self.input, self.opts);
        r.pos = m.start;
        for _ in 0..index {
            r.skip_tags()?;
            if matches!(r.input.get(r.pos).map(|b| b >> 5), Some(2 | 3)) {
                seen.insert(r.read_str()?.into_owned());
            } else {
                r.skip_value()?;
            }
            r.skip_value()?;
        }
        let dup = !seen.insert(key.to_vec());
        m.seen = Some(seen);
        m.prev = None;
        if dup {
            return Err(self.duplicate(key, index));
        }
        Ok(())
    }

    #[cold]
    fn duplicate(&self, key: &[u8], index: usize) -> Error {
        Error::invalid_value(
            format!(
                "cbor: found duplicate map key {:?} at map element index {index}",
                String::from_utf8_lossy(key)
            ),
            self.key_start,
        )
    }

    /// Start reading an array.
    pub fn begin_array(&mut self) -> Result<ArrayState> {
        let (h, at) = self.item()?;
        if h.major != 4 {
            self.pos = at;
            return Err(self.wrong_type(h, at, "array"));
        }
        self.enter(at)?;
        self.inherit();
        let remaining = if h.indefinite() {
            None
        } else {
            self.length(h.arg, 1, at)?
        };
        Ok(ArrayState { remaining })
    }

    /// Whether the array has another element (consumes its end when not).
    #[inline]
    pub fn next_element(&mut self, a: &mut ArrayState) -> Result<bool> {
        self.more(&mut a.remaining)
    }

    /// The bytes of a string (byte or text; indefinite lengths joined), with `h` read at `at`.
    #[inline]
    fn string_bytes(&mut self, h: Head, at: usize) -> Result<Cow<'de, [u8]>> {
        if !h.indefinite() {
            let n = usize::try_from(h.arg).unwrap_or(usize::MAX);
            let end = self.pos.checked_add(n).filter(|&e| e <= self.input.len());
            let Some(end) = end else {
                return Err(self.eof());
            };
            let s = &self.input[self.pos..end];
            self.pos = end;
            if h.major == 3 && crate::string::utf8(s).is_err() {
                return Err(self.malformed("invalid UTF-8 in text string", at));
            }
            return Ok(Cow::Borrowed(s));
        }
        let mut out = Vec::new();
        loop {
            let cat = self.pos;
            let c = self.head()?;
            if c.major == 7 && c.info == 31 {
                break;
            }
            if c.major != h.major || c.indefinite() {
                return Err(self.malformed("wrong chunk in indefinite-length string", cat));
            }
            let chunk = self.string_bytes(c, cat)?;
            self.charge(chunk.len())?;
            out.extend_from_slice(&chunk);
        }
        Ok(Cow::Owned(out))
    }

    /// A Go string: the bytes of a byte or text string (text must be UTF-8; byte strings are
    /// not checked). A byte string under tag 21, 22 or 23 is its base64url, base64 or base16
    /// text, as Go decodes it into a string.
    #[inline]
    pub fn read_str(&mut self) -> Result<Cow<'de, [u8]>> {
        if let Some(b) = self.plain_bytes() {
            return Ok(Cow::Borrowed(b));
        }
        let (h, at) = self.item()?;
        let tag = self.later_encoding();
        match h.major {
            2 | 3 => {
                let s = self.string_bytes(h, at)?;
                if h.major == 2 && tag != 0 {
                    return Ok(Cow::Owned(encode_later(tag, &s)));
                }
                Ok(s)
            }
            _ => {
                self.pos = at;
                Err(self.wrong_type(h, at, "string"))
            }
        }
    }

    /// The next item when it is what Kubernetes writes for a string: a byte string with a
    /// length below 256, no tag on it or its containers; consumed. `None`, consuming nothing,
    /// for anything else (the general path then reads it, errors included).
    #[inline(always)]
    fn plain_bytes(&mut self) -> Option<&'de [u8]> {
        let (&b, rest) = self.input.get(self.pos..)?.split_first()?;
        let (n, skip) = match b {
            0x40..=0x57 => ((b & 0x1f) as usize, 1),
            0x58 => (*rest.first()? as usize, 2),
            _ => return None,
        };
        if (self.tagged_at == self.pos && self.enc_tag != 0) || !self.inherited.is_empty() {
            return None;
        }
        let start = self.pos + skip;
        let s = self.input.get(start..start + n)?;
        self.pos = start + n;
        Some(s)
    }

    /// A Go string as a [`Str`]: text kept, other bytes held as Go holds them (see
    /// [`Str::from_wire`]); shared with the input when the reader is over shared bytes.
    #[inline]
    pub fn read_str_value(&mut self) -> Result<Str> {
        let s = self.read_str()?;
        Ok(match s {
            Cow::Borrowed(b) => match crate::string::utf8(b) {
                Ok(t) => Str::of_input(self.input, self.owner.as_ref(), t),
                Err(_) => Str::from_wire(b),
            },
            Cow::Owned(b) => Str::from_wire(&b),
        })
    }

    /// A Go string as a Rust `String` (invalid UTF-8 replaced by U+FFFD as Go prints it).
    pub fn read_string(&mut self) -> Result<String> {
        let s = self.read_str()?;
        Ok(match crate::string::utf8(&s) {
            Ok(t) => t.to_owned(),
            Err(_) => crate::string::go_lossy(&s),
        })
    }

    /// A Go `[]byte`: a byte string under tag 21/22/23 is the bytes; an untagged byte string
    /// must hold base64 text (Go's `ByteStringExpectedBase64`); an array of integers 0..=255
    /// is accepted too. Text strings are refused.
    pub fn read_binary(&mut self) -> Result<Vec<u8>> {
        let (h, at) = self.item()?;
        let tag = self.later_encoding();
        match h.major {
            2 => {
                let s = self.string_bytes(h, at)?;
                if tag != 0 {
                    return Ok(s.into_owned());
                }
                crate::binary::decode_base64(&s).ok_or_else(|| {
                    self.invalid_value(
                        "cbor: failed to decode base64 from byte string".to_string(),
                        at,
                    )
                })
            }
            4 => {
                self.pos = at;
                let mut a = self.begin_array()?;
                let mut out = Vec::new();
                while self.next_element(&mut a)? {
                    out.push(self.read_int(0, 255, "byte")? as u8);
                }
                Ok(out)
            }
            _ => {
                self.pos = at;
                Err(self.wrong_type(h, at, "[]byte"))
            }
        }
    }

    /// `true` or `false`.
    pub fn read_bool(&mut self) -> Result<bool> {
        let (h, at) = self.item()?;
        match (h.major, h.info) {
            (7, 20) => Ok(false),
            (7, 21) => Ok(true),
            _ => {
                self.pos = at;
                Err(self.wrong_type(h, at, "bool"))
            }
        }
    }

    /// An integer in `min..=max` (no conversion from floats, as in Go).
    pub fn read_int(&mut self, min: i64, max: i64, target: &'static str) -> Result<i64> {
        let (h, at) = self.item()?;
        let v: i128 = match h.major {
            0 => h.arg as i128,
            1 => -1 - h.arg as i128,
            _ => {
                self.pos = at;
                return Err(self.wrong_type(h, at, target));
            }
        };
        if v < min as i128 || v > max as i128 {
            return Err(Error::new(ErrorKind::NumberOutOfRange { target }, at));
        }
        Ok(v as i64)
    }

    /// An unsigned 64-bit integer.
    pub fn read_u64(&mut self) -> Result<u64> {
        let (h, at) = self.item()?;
        match h.major {
            0 => Ok(h.arg),
            1 => Err(Error::new(
                ErrorKind::NumberOutOfRange { target: "uint64" },
                at,
            )),
            _ => {
                self.pos = at;
                Err(self.wrong_type(h, at, "uint64"))
            }
        }
    }

    /// A float (or an integer, which Go also decodes into a float); NaN and infinities are
    /// refused.
    pub fn read_f64(&mut self) -> Result<f64> {
        let (h, at) = self.item()?;
        let v = match (h.major, h.info) {
            (0, _) => h.arg as f64,
            (1, _) => -1.0 - h.arg as f64,
            (7, 25) => super::write::f16_to_f64(h.arg as u16),
            (7, 26) => f32::from_bits(h.arg as u32) as f64,
            (7, 27) => f64::from_bits(h.arg),
            _ => {
                self.pos = at;
                return Err(self.wrong_type(h, at, "float"));
            }
        };
        if !v.is_finite() {
            return Err(self.malformed("NaN and infinity are not allowed", at));
        }
        Ok(v)
    }

    /// Skip one item (with its tags), checking that it is well formed. Iterative: nesting
    /// costs no stack, and is bounded by the depth limit.
    pub fn skip_value(&mut self) -> Result<()> {
        self.skipping = true;
        let r = self.skip_items();
        self.skipping = false;
        r
    }

    fn skip_items(&mut self) -> Result<()> {
        // Items left in each open container (`u64::MAX`: indefinite).
        let mut open: Vec<u64> = Vec::new();
        let mut started = false;
        loop {
            // Close containers whose items are done, and read indefinite ends.
            while let Some(top) = open.last_mut() {
                if *top == u64::MAX {
                    if self.input.get(self.pos) == Some(&0xff) {
                        self.pos += 1;
                        open.pop();
                        continue;
                    }
                    break;
                }
                if *top == 0 {
                    open.pop();
                    continue;
                }
                *top -= 1;
                break;
            }
            if started && open.is_empty() {
                return Ok(());
            }
            started = true;
            self.tagged_at = usize::MAX;
            let (h, at) = self.item()?;
            match h.major {
                0 | 1 => {}
                2 | 3 => {
                    self.string_bytes(h, at)?;
                }
                4 | 5 => {
                    if self.depth + open.len() >= self.opts.max_depth {
                        return Err(Error::new(
                            ErrorKind::DepthLimitExceeded {
                                limit: self.opts.max_depth,
                            },
                            at,
                        ));
                    }
                    let per = if h.major == 4 { 1 } else { 2 };
                    if h.indefinite() {
                        open.push(u64::MAX);
                        // A map's pairs are two items each: count items, not pairs.
                    } else {
                        let n = self.length(h.arg, per, at)?.unwrap_or(0);
                        open.push(n * per);
                    }
                }
                _ => match h.info {
                    20..=22 => {}
                    25..=27 => {
                        let v = match h.info {
                            25 => super::write::f16_to_f64(h.arg as u16),
                            26 => f32::from_bits(h.arg as u32) as f64,
                            _ => f64::from_bits(h.arg),
                        };
                        if !v.is_finite() {
                            return Err(self.malformed("NaN and infinity are not allowed", at));
                        }
                    }
                    31 => return Err(self.malformed("unexpected break", at)),
                    _ => return Err(self.malformed("simple value is not allowed", at)),
                },
            }
            if open.is_empty() {
                return Ok(());
            }
        }
    }

    /// The bytes of the next item (its tags included), skipped.
    pub fn raw_value(&mut self) -> Result<&'de [u8]> {
        let start = self.pos;
        self.skip_value()?;
        Ok(&self.input[start..self.pos])
    }

    /// The next item, consumed, when it is exactly what Kubernetes' encoder writes for the
    /// JSON value it stands for (so that `json_to_cbor(cbor_to_json(item)) == item`):
    /// shortest heads, definite lengths, strings as byte strings of UTF-8, map keys strictly
    /// increasing in bytewise order of their encoding, integers in the range of `int64`,
    /// `false`/`true`/`null`, no tags and no floats. Otherwise nothing is consumed and the
    /// answer is `None` (the caller transcodes, with its errors). A raw field read from CBOR
    /// in this form can be kept as CBOR: writing it back needs no conversion.
    pub fn canonical_item(&mut self) -> Option<&'de [u8]> {
        if self.tagged_at == self.pos && self.enc_tag != 0 {
            return None;
        }
        let start = self.pos;
        let levels = self.opts.max_depth.saturating_sub(self.depth);
        let end = canonical_end(self.input, start, levels)?;
        self.pos = end;
        Some(&self.input[start..end])
    }

    /// Read one item and append its JSON, as the API server's CBOR decoder transcodes a raw
    /// field (`RawExtension`, `FieldsV1`): see [`super::cbor_to_json`]. The item is read on
    /// its own (see [`standalone`](CborReader::standalone)).
    pub fn item_to_json(&mut self, out: &mut Vec<u8>) -> Result<()> {
        self.standalone(|r| super::unstructured::cbor_item_to_json(r, out))
    }

    /// Run `f` on the next item as Go's types with their own `UnmarshalCBOR` (`Time`,
    /// `Quantity`, `IntOrString`, raw fields) read it: as a document of its own, so a tag
    /// 21/22/23 on an enclosing container does not turn its byte strings into text.
    pub fn standalone<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let outer = std::mem::take(&mut self.inherited);
        let result = f(self);
        self.inherited = outer;
        result
    }

    /// Called by generated decoders for a key that matches no field: skips the value and, in
    /// strict mode, records the key (at its offset).
    pub fn unknown_field(&mut self, key_offset: usize) -> Result<()> {
        if self.opts.strict {
            if self.issues.len() < self.opts.max_reports {
                self.issues.push((StrictIssueKind::Unknown, key_offset));
            } else {
                self.dropped_issues += 1;
            }
        }
        self.skip_value()
    }

    /// Check that the input is used up (Go: "extraneous data").
    pub fn finish(&mut self) -> Result<()> {
        if self.pos < self.input.len() {
            return Err(Error::new(ErrorKind::TrailingData, self.pos));
        }
        Ok(())
    }

    /// Strict-mode reports collected so far, with the count of those dropped past the cap.
    pub fn take_issues(&mut self) -> (Vec<(StrictIssueKind, usize)>, usize) {
        (std::mem::take(&mut self.issues), self.dropped_issues)
    }
}

/// The text Go gives a byte string under tag 21 (base64url, no padding), 22 (base64) or 23
/// (base16).
/// Where the canonical item at `pos` ends (see [`CborReader::canonical_item`]), with at most
/// `levels` levels of nesting; `None` when it is not canonical or not complete.
fn canonical_end(b: &[u8], pos: usize, levels: usize) -> Option<usize> {
    let first = *b.get(pos)?;
    let (major, info) = (first >> 5, first & 0x1f);
    let be = |n: usize| -> Option<u64> {
        let bytes = b.get(pos + 1..pos + 1 + n)?;
        Some(bytes.iter().fold(0u64, |v, &x| (v << 8) | x as u64))
    };
    // Each longer head only for arguments the shorter one cannot hold.
    let (arg, mut p) = match info {
        0..=23 => (info as u64, pos + 1),
        24 => (be(1).filter(|&v| v >= 24)?, pos + 2),
        25 => (be(2).filter(|&v| v > 0xff)?, pos + 3),
        26 => (be(4).filter(|&v| v > 0xffff)?, pos + 5),
        27 => (be(8).filter(|&v| v > 0xffff_ffff)?, pos + 9),
        _ => return None,
    };
    match major {
        0 | 1 => (arg <= i64::MAX as u64).then_some(p),
        2 => {
            let end = p.checked_add(usize::try_from(arg).ok()?)?;
            crate::string::utf8(b.get(p..end)?).ok()?;
            Some(end)
        }
        4 => {
            let levels = levels.checked_sub(1)?;
            // Every element takes a byte at least: the loop ends with the input.
            for _ in 0..arg {
                p = canonical_end(b, p, levels)?;
            }
            Some(p)
        }
        5 => {
            let levels = levels.checked_sub(1)?;
            let mut prev: &[u8] = &[];
            for i in 0..arg {
                if b.get(p)? >> 5 != 2 {
                    return None;
                }
                let key_end = canonical_end(b, p, levels)?;
                let key = &b[p..key_end];
                if i > 0 && prev >= key {
                    return None;
                }
                prev = key;
                p = canonical_end(b, key_end, levels)?;
            }
            Some(p)
        }
        7 => matches!(info, 20..=22).then_some(p),
        _ => None,
    }
}

fn encode_later(tag: u64, b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() * 2);
    match tag {
        TAG_BASE16 => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            for &x in b {
                out.push(HEX[(x >> 4) as usize]);
                out.push(HEX[(x & 15) as usize]);
            }
        }
        TAG_BASE64URL => {
            crate::binary::encode_base64(&mut out, b);
            while out.last() == Some(&b'=') {
                out.pop();
            }
            for c in &mut out {
                match *c {
                    b'+' => *c = b'-',
                    b'/' => *c = b'_',
                    _ => {}
                }
            }
        }
        _ => crate::binary::encode_base64(&mut out, b),
    }
    out
}

/// The field path of byte `offset` in a CBOR document (`.spec.containers[0].image`), for
/// error messages: the keys and indexes of the maps and arrays that contain it.
pub fn path_at(input: &[u8], offset: usize) -> String {
    let mut path = String::new();
    let opts = DecodeOptions {
        max_depth: usize::MAX,
        ..DecodeOptions::default()
    };
    let mut r = CborReader::new(input, opts);
    // Descend along the one chain of items that contains `offset`.
    loop {
        if r.skip_tags().is_err() {
            return path;
        }
        let Ok(h) = r.head() else { return path };
        if !matches!(h.major, 4 | 5) {
            return path;
        }
        let mut remaining = if h.indefinite() { None } else { Some(h.arg) };
        let mut index = 0usize;
        let mut found = false;
        r.depth = 1;
        while let Ok(true) = r.more(&mut remaining) {
            if h.major == 4 {
                let start = r.pos;
                if r.skip_value().is_err() || offset < r.pos {
                    path.push_str(&format!("[{index}]"));
                    if offset >= start {
                        r.pos = start;
                        r.tagged_at = usize::MAX;
                        found = true;
                    }
                    break;
                }
            } else {
                let key_start = r.pos;
                let key = match r.peek() {
                    Ok(b) if matches!(b >> 5, 2 | 3) => r.read_str().ok().map(|k| k.into_owned()),
                    _ => r.skip_value().ok().map(|_| Vec::new()),
                };
                let Some(key) = key else { return path };
                let value_start = r.pos;
                if r.skip_value().is_err() || offset < r.pos {
                    if offset >= key_start {
                        path.push('.');
                        path.push_str(&String::from_utf8_lossy(&key));
                        if offset >= value_start {
                            r.pos = value_start;
                            r.tagged_at = usize::MAX;
                            found = true;
                        }
                    }
                    break;
                }
            }
            index += 1;
        }
        if !found {
            return path;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(b: &[u8]) -> CborReader<'_> {
        CborReader::new(b, DecodeOptions::default())
    }

    #[test]
    fn heads_may_be_longer_than_needed() {
        let mut r = reader(&[0x1b, 0, 0, 0, 0, 0, 0, 0, 7]);
        assert_eq!(r.read_int(i64::MIN, i64::MAX, "int64").unwrap(), 7);
        r.finish().unwrap();
        assert_eq!(
            reader(&[0x38, 0x63]).read_int(-200, 0, "int").unwrap(),
            -100
        );
        assert!(reader(&[0x19, 0x01, 0x00])
            .read_int(0, 255, "uint8")
            .is_err());
        assert!(reader(&[0xf9, 0x3c, 0x00])
            .read_int(0, 255, "uint8")
            .is_err());
    }

    #[test]
    fn strings_of_both_kinds_and_chunks() {
        assert_eq!(&*reader(b"\x43abc").read_str().unwrap(), b"abc");
        assert_eq!(&*reader(b"\x63abc").read_str().unwrap(), b"abc");
        assert_eq!(&*reader(b"\x5f\x41a\x42bc\xff").read_str().unwrap(), b"abc");
        assert!(reader(b"\x62\xff\xfe").read_str().is_err());
        assert_eq!(&*reader(b"\x42\xff\xfe").read_str().unwrap(), b"\xff\xfe");
        assert_eq!(&*reader(b"\xd7\x42\x01\xab").read_str().unwrap(), b"01ab");
        assert_eq!(&*reader(b"\xd6\x41\x04").read_str().unwrap(), b"BA==");
        assert_eq!(&*reader(b"\xd5\x41\xfb").read_str().unwrap(), b"-w");
        assert!(reader(b"\x5f\x61a\xff").read_str().is_err());
        assert!(reader(b"\x45ab").read_str().is_err());
    }

    #[test]
    fn canonical_items_are_what_the_json_transcoding_writes() {
        // Whatever Kubernetes' JSON -> CBOR transcoding writes is canonical.
        for json in [
            &br#"{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"k:{\"name\":\"x\"}":{}}}"#[..],
            br#"{"a":[1,-1,24,-25,255,256,65536,9223372036854775807,-9223372036854775808],"b":true,"c":null,"d":false,"e":"\u00e9"}"#,
            br#"{}"#,
            br#"[]"#,
        ] {
            let cbor = crate::cbor::json_to_cbor(json).unwrap();
            let mut r = reader(&cbor);
            assert_eq!(r.canonical_item(), Some(&cbor[..]), "{}", String::from_utf8_lossy(json));
        }
        // Anything the transcoding would rewrite is not, and is left unread.
        for b in [
            &b"\xa1\x61a\x01"[..],              // text string key
            b"\xa1\x58\x01a\x01",               // long head for a short length
            b"\xa2\x41b\x01\x41a\x01",          // keys out of order
            b"\xa2\x41a\x01\x41a\x02",          // a repeated key
            b"\xbf\x41a\x01\xff",               // indefinite length
            b"\xa1\x41a\xc1\x01",               // a tag
            b"\xa1\x41a\xf9\x3c\x00",           // a float
            b"\xa1\x41a\x1b\x80\0\0\0\0\0\0\0", // beyond int64
            b"\xa1\x41a\x42\xff\xfe",           // not UTF-8
            b"\xa1\x41a\xf7",                   // undefined
            b"\xa1\x41a",                       // truncated
        ] {
            let mut r = reader(b);
            assert_eq!(r.canonical_item(), None, "{b:02x?}");
            assert_eq!(r.offset(), 0);
        }
        // Nesting is bounded by the depth limit.
        let deep = [vec![0x81u8; 300], vec![0x01]].concat();
        assert_eq!(reader(&deep).canonical_item(), None);
    }

    #[test]
    fn binary_wants_a_tag_or_base64() {
        assert_eq!(reader(b"\xd6\x41\x04").read_binary().unwrap(), [4]);
        assert_eq!(reader(b"\x44BA==").read_binary().unwrap(), [4]);
        assert!(reader(b"\x41\x04").read_binary().is_err());
        assert!(reader(b"\x64BA==").read_binary().is_err());
        assert_eq!(reader(b"\x82\x01\x02").read_binary().unwrap(), [1, 2]);
    }

    #[test]
    fn duplicate_keys_are_refused_in_any_order() {
        let dup = |b: &[u8]| {
            let mut r = reader(b);
            let mut m = r.begin_map()?;
            while r.next_key(&mut m)?.is_some() {
                r.skip_value()?;
            }
            r.finish()
        };
        dup(b"\xa2\x41a\x01\x41b\x02").unwrap();
        assert!(dup(b"\xa2\x41a\x01\x61a\x02").is_err());
        assert!(dup(b"\xa3\x41b\x01\x41c\x02\x41b\x03").is_err());
        dup(b"\xa3\x41b\x01\x41c\x02\x41a\x03").unwrap();
        assert!(dup(b"\xbf\x41b\x01\x41a\x02\x41b\x03\xff").is_err());
    }

    #[test]
    fn refused_items() {
        assert!(reader(b"\xc2\x41\x01").skip_value().is_err());
        assert!(reader(b"\x82\x01\xc3\x41\x01").skip_value().is_err());
        assert!(reader(b"\xf9\x7e\x00").skip_value().is_err());
        assert!(reader(b"\xf7").skip_value().is_err());
        assert!(reader(b"\x1c").skip_value().is_err());
        assert!(reader(b"\x9b\xff\xff\xff\xff\xff\xff\xff\xff\x01")
            .skip_value()
            .is_err());
        let deep = [0x81u8; 100_000];
        assert!(reader(&deep).skip_value().is_err());
        reader(b"\xd9\xd9\xf7\x9f\x01\xbf\x41a\xf6\xff\xff")
            .skip_value()
            .unwrap();
    }

    #[test]
    fn paths_name_keys_and_indexes() {
        // {"spec": {"c": [1, "x"]}}
        let doc = b"\xd9\xd9\xf7\xa1\x44spec\xa1\x41c\x82\x01\x41x";
        let at = doc.len() - 2;
        assert_eq!(path_at(doc, at), ".spec.c[1]");
        assert_eq!(path_at(doc, 0), "");
    }
}
