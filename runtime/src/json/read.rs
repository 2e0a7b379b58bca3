//! The JSON reader: a hand-written, validating, non-recursive scanner over `&[u8]` that the
//! generated decoders drive token by token.
//!
//! Rules (Go `encoding/json` + `sigs.k8s.io/json`, as the Kubernetes API server decodes):
//! - The whole input must be valid JSON (RFC 8259), including values that are skipped.
//! - Keys are matched case-sensitively; the generated code dispatches on the unescaped key bytes.
//! - Invalid UTF-8 inside strings is replaced by U+FFFD, one per bad byte; a lone surrogate
//!   escape becomes U+FFFD.
//! - Integers must be integral and in range for their type (no wrap-around, no `1.0` for int).
//! - Nesting depth is bounded by [`DecodeOptions::max_depth`]; skipping is iterative, so no
//!   input can overflow the stack.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use bytes::Bytes;

use crate::error::{Error, ErrorKind, Result};
use crate::string::Owner;
use crate::Str;

/// Options of a JSON decode.
#[derive(Clone, Copy, Debug)]
pub struct DecodeOptions {
    /// Maximum nesting of objects and arrays (default 256).
    pub max_depth: usize,
    /// Strict mode: report unknown and duplicate fields (decoding still completes).
    pub strict: bool,
    /// Maximum number of strict-mode reports kept (default 100).
    pub max_reports: usize,
    /// Memory budget of the decoded value, in bytes, counted as the list elements and map
    /// entries it holds (twice their size, for growth) and the boxes it allocates. `None`
    /// (the default) allows [`default_memory_budget`] of the input: 64 times its length plus
    /// 16 MiB, far above what any real object needs (about 4 times its JSON) and a hard cap on
    /// inputs built to amplify (`[{},{},...]` of a 2 kB struct).
    pub max_memory: Option<usize>,
}

pub use crate::budget::default_memory_budget;

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_depth: 256,
            strict: false,
            max_reports: 100,
            max_memory: None,
        }
    }
}

/// What strict mode found wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StrictIssueKind {
    /// A key that is not a field of the target type.
    Unknown,
    /// A key that appears more than once in one object.
    Duplicate,
}

impl StrictIssueKind {
    /// `"unknown"` or `"duplicate"`, as reports spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            StrictIssueKind::Unknown => "unknown",
            StrictIssueKind::Duplicate => "duplicate",
        }
    }
}

/// A strict-mode report, located by the byte offset of the key; its path is computed once
/// decoding has finished (see [`super::from_slice_strict`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrictIssue {
    /// Unknown or duplicate.
    pub kind: StrictIssueKind,
    /// Byte offset of the key: its opening quote in JSON, its first byte in YAML
    /// (`kcodec::yaml::yaml_to_json_strict`).
    pub offset: usize,
    /// Field path of the key, e.g. `.spec.containers[0].imagePullPolicyy`.
    pub path: String,
}

impl std::fmt::Display for StrictIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = self.kind.as_str();
        write!(f, "{what} field \"{}\" at byte {}", self.path, self.offset)
    }
}

/// A JSON reader over an input slice. Generated decoders call its methods; users normally go
/// through [`super::from_slice`].
pub struct JsonReader<'de> {
    input: &'de [u8],
    pos: usize,
    depth: usize,
    opts: DecodeOptions,
    /// Strict mode: keys seen in the currently open objects, as (depth, raw key bytes), in
    /// order (to forget them when their object closes) and hashed (to find duplicates in
    /// constant time, whatever the number of keys).
    seen_keys: Vec<(usize, &'de [u8])>,
    seen_set: HashSet<(usize, &'de [u8])>,
    /// Offset of the last key read by `next_key`.
    key_start: usize,
    /// Strict mode: reports collected so far (paths filled in at the end).
    issues: Vec<(StrictIssueKind, usize)>,
    /// Strict mode: reports dropped past the cap.
    dropped_issues: usize,
    /// Memory budget left (see [`DecodeOptions::max_memory`]).
    budget: crate::budget::Budget,
    /// The buffer `input` is a view of, when decoding from shared bytes: strings are then
    /// slices of it (see [`JsonReader::from_bytes`]).
    owner: Option<Arc<Owner>>,
}

/// Character classes for the scanner.
const WS: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t
};

/// A string token: the byte range of its contents and whether it holds escapes.
#[derive(Clone, Copy)]
struct StrSpan {
    start: usize,
    end: usize,
    escaped: bool,
    /// All bytes < 0x80: valid UTF-8 without further checking.
    ascii: bool,
}

impl<'de> JsonReader<'de> {
    /// A reader with default options.
    pub fn new(input: &'de [u8]) -> Self {
        Self::with_options(input, DecodeOptions::default())
    }

    /// A reader with the given options.
    pub fn with_options(input: &'de [u8], opts: DecodeOptions) -> Self {
        JsonReader {
            input,
            pos: 0,
            depth: 0,
            opts,
            seen_keys: Vec::new(),
            seen_set: HashSet::new(),
            key_start: 0,
            issues: Vec::new(),
            dropped_issues: 0,
            budget: crate::budget::Budget::new(opts.max_memory, input.len()),
            owner: None,
        }
    }

    /// A reader over shared bytes: every string that needs no unescaping and does not fit
    /// inline is a slice of `input` (a reference, not a copy), so the decoded value keeps
    /// `input` alive instead of copying it.
    pub fn from_bytes(input: &'de Bytes, opts: DecodeOptions) -> Self {
        let mut r = Self::with_options(input, opts);
        r.owner = Some(Arc::new(Owner::Buffer(input.clone())));
        r
    }

    /// A [`Str`] of `s`, a string read from this reader's input: shared with the input when
    /// the reader was made by [`from_bytes`](JsonReader::from_bytes), else copied.
    #[inline(always)]
    pub fn str_of(&self, s: &'de str) -> Str {
        Str::of_input(self.input, self.owner.as_ref(), s)
    }

    /// Account for `bytes` of decoded value (a list element, a map entry, a box); an error
    /// once the decode's memory budget is spent. Called by the container decoders.
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> Result<()> {
        self.budget.charge(bytes, self.pos)
    }

    /// The whole input.
    pub fn input(&self) -> &'de [u8] {
        self.input
    }

    /// Current byte offset.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Whether strict mode is on.
    #[inline]
    pub fn is_strict(&self) -> bool {
        self.opts.strict
    }

    /// An error of `kind` at the current offset.
    #[cold]
    pub fn error(&self, kind: ErrorKind) -> Error {
        Error::new(kind, self.pos)
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
    fn unexpected(&self, expected: &'static str) -> Error {
        match self.input.get(self.pos) {
            Some(&found) => Error::new(ErrorKind::UnexpectedByte { found, expected }, self.pos),
            None => self.eof(),
        }
    }

    /// Skip whitespace and return the next byte without consuming it.
    #[inline(always)]
    pub fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.input.get(self.pos) {
            if b > b' ' || !WS[b as usize] {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    #[inline(always)]
    fn peek_or_eof(&mut self) -> Result<u8> {
        match self.peek() {
            Some(b) => Ok(b),
            None => Err(self.eof()),
        }
    }

    /// Name of the JSON type starting with byte `b`, for error messages.
    pub fn type_name(b: u8) -> &'static str {
        match b {
            b'{' => "object",
            b'[' => "array",
            b'"' => "string",
            b't' | b'f' => "bool",
            b'n' => "null",
            _ => "number",
        }
    }

    /// Error: the next value has the wrong JSON type for `expected`.
    #[cold]
    pub fn invalid_type(&mut self, expected: &'static str) -> Error {
        match self.peek() {
            Some(b)
                if matches!(
                    b,
                    b'{' | b'[' | b'"' | b't' | b'f' | b'n' | b'-' | b'0'..=b'9'
                ) =>
            {
                self.error(ErrorKind::InvalidType {
                    found: Self::type_name(b),
                    expected,
                })
            }
            _ => self.unexpected("a JSON value"),
        }
    }

    /// If the next value is `null`, consume it and return true.
    #[inline]
    pub fn eat_null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.expect_literal(b"null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect_literal(&mut self, lit: &'static [u8]) -> Result<()> {
        if self.input[self.pos..].starts_with(lit) {
            self.pos += lit.len();
            Ok(())
        } else {
            // Find the first differing byte for a precise offset.
            let mut i = 0;
            while i < lit.len() && self.input.get(self.pos + i) == Some(&lit[i]) {
                i += 1;
            }
            self.pos += i;
            Err(self.unexpected(match lit {
                b"null" => "null",
                b"true" => "true",
                _ => "false",
            }))
        }
    }

    #[inline]
    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > self.opts.max_depth {
            return Err(self.error(ErrorKind::DepthLimitExceeded {
                limit: self.opts.max_depth,
            }));
        }
        Ok(())
    }

    /// Consume `{` (after optional whitespace). Then call [`Self::next_key`] with a `first`
    /// flag initialised to `true` until it returns `None`, which consumes the closing `}`.
    #[inline]
    pub fn begin_object(&mut self) -> Result<()> {
        if self.peek() != Some(b'{') {
            return Err(self.invalid_type("object"));
        }
        self.enter()?;
        self.pos += 1;
        Ok(())
    }

    /// Read the next key of the current object and its `:`; `None` at `}` (consumed).
    /// `first` must be `true` for the first call after [`Self::begin_object`]; it is cleared.
    /// The key is unescaped; it borrows the input unless it held escapes. The key's opening
    /// quote is at [`Self::last_key_offset`].
    #[inline]
    pub fn next_key(&mut self, first: &mut bool) -> Result<Option<Cow<'de, [u8]>>> {
        self.next_key_with(first, |r, span| {
            if span.escaped {
                Cow::Owned(r.unescape(span).into_bytes())
            } else {
                Cow::Borrowed(&r.input[span.start..span.end])
            }
        })
    }

    /// [`next_key`](Self::next_key) into `key` (cleared first), as Go holds the key: escapes
    /// resolved, invalid UTF-8 replaced by U+FFFD. No allocation per escaped key when `key`
    /// is reused. `false` at `}` (consumed).
    pub fn next_key_into(&mut self, first: &mut bool, key: &mut Vec<u8>) -> Result<bool> {
        let found = self.next_key_with(first, |r, span| {
            key.clear();
            let bytes = &r.input[span.start..span.end];
            if span.escaped {
                r.unescape_into(span, key);
            } else if span.ascii {
                key.extend_from_slice(bytes);
            } else {
                push_lossy(key, bytes);
            }
        })?;
        Ok(found.is_some())
    }

    /// The next key (see [`next_key`](Self::next_key)), its `:` consumed, handed to `take`
    /// as its span.
    #[inline(always)]
    fn next_key_with<T>(
        &mut self,
        first: &mut bool,
        take: impl FnOnce(&Self, StrSpan) -> T,
    ) -> Result<Option<T>> {
        // Compact input (what Go and kcodec write, and etcd stores) puts the key's quote
        // right after `{` or `,`: test those bytes directly before any whitespace skipping.
        match self.input.get(self.pos) {
            Some(b'"') if *first => *first = false,
            Some(b',') if !*first && self.input.get(self.pos + 1) == Some(&b'"') => self.pos += 1,
            Some(b'}') => {
                *first = false;
                self.end_object();
                return Ok(None);
            }
            _ => {
                if !self.key_start_slow(first)? {
                    return Ok(None);
                }
            }
        }
        self.key_start = self.pos;
        let span = self.scan_string()?;
        // The byte after the key first (compact input), then past whitespace.
        if self.input.get(self.pos) == Some(&b':') || self.peek() == Some(b':') {
            self.pos += 1;
        } else {
            return Err(self.unexpected("':'"));
        }
        if self.opts.strict {
            self.check_duplicate(self.key_start, span);
        }
        Ok(Some(take(self, span)))
    }

    /// [`Self::next_key`] before the key, in general: whitespace, `,` and `}`. `Ok(false)` at
    /// `}` (consumed); otherwise `pos` is left on the key's opening quote.
    #[cold]
    fn key_start_slow(&mut self, first: &mut bool) -> Result<bool> {
        let mut b = self.peek_or_eof()?;
        if *first {
            *first = false;
            if b == b'}' {
                self.end_object();
                return Ok(false);
            }
        } else {
            match b {
                b',' => {
                    self.pos += 1;
                    b = self.peek_or_eof()?;
                }
                b'}' => {
                    self.end_object();
                    return Ok(false);
                }
                _ => return Err(self.unexpected("',' or '}'")),
            }
        }
        if b != b'"' {
            return Err(self.unexpected("a string key"));
        }
        Ok(true)
    }

    /// Byte offset of the opening quote of the key last returned by [`Self::next_key`].
    #[inline]
    pub fn last_key_offset(&self) -> usize {
        self.key_start
    }

    #[inline]
    fn end_object(&mut self) {
        self.pos += 1;
        if self.opts.strict {
            let d = self.depth;
            while let Some(&(kd, key)) = self.seen_keys.last() {
                if kd < d {
                    break;
                }
                self.seen_set.remove(&(kd, key));
                self.seen_keys.pop();
            }
        }
        self.depth -= 1;
    }

    /// Consume `[`. Then call [`Self::next_element`] with a `first` flag initialised to
    /// `true` until it returns `false`, which consumes the closing `]`.
    #[inline]
    pub fn begin_array(&mut self) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.invalid_type("array"));
        }
        self.enter()?;
        self.pos += 1;
        Ok(())
    }

    /// Position on the next array element; `false` at `]` (consumed).
    #[inline]
    pub fn next_element(&mut self, first: &mut bool) -> Result<bool> {
        let b = self.peek_or_eof()?;
        if b == b']' {
            self.pos += 1;
            self.depth -= 1;
            *first = false;
            return Ok(false);
        }
        if *first {
            *first = false;
            return Ok(true);
        }
        if b != b',' {
            return Err(self.unexpected("',' or ']'"));
        }
        self.pos += 1;
        // An element must follow the comma (the element decoder rejects `]` as a value).
        Ok(true)
    }

    /// Scan a string starting at `"` (at `pos`); leaves `pos` after the closing quote.
    /// Always inlined: returning the span through memory costs a store-forwarding stall
    /// per string (measured: ~40% of `next_key`).
    #[inline(always)]
    fn scan_string(&mut self) -> Result<StrSpan> {
        let start = self.pos + 1;
        let mut i = start;
        let input = self.input;
        let mut escaped = false;
        let mut non_ascii = false;
        loop {
            i = super::scan::skip_plain(input, i, &mut non_ascii);
            match input.get(i) {
                None => {
                    self.pos = input.len();
                    return Err(self.eof());
                }
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(StrSpan {
                        start,
                        end: i,
                        escaped,
                        ascii: !non_ascii,
                    });
                }
                Some(b'\\') => {
                    escaped = true;
                    match input.get(i + 1) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => i += 2,
                        Some(b'u') => {
                            let ok = input.len() >= i + 6
                                && input[i + 2..i + 6].iter().all(u8::is_ascii_hexdigit);
                            if !ok {
                                self.pos = i;
                                return Err(self.error(ErrorKind::InvalidEscape));
                            }
                            i += 6;
                        }
                        None => {
                            self.pos = input.len();
                            return Err(self.eof());
                        }
                        _ => {
                            self.pos = i;
                            return Err(self.error(ErrorKind::InvalidEscape));
                        }
                    }
                }
                Some(_) => {
                    self.pos = i;
                    return Err(self.error(ErrorKind::ControlCharacter));
                }
            }
        }
    }

    /// Decode an escaped string span into an owned `String` (Go's unquote rules).
    fn unescape(&self, span: StrSpan) -> String {
        let mut out: Vec<u8> = Vec::with_capacity(span.end - span.start);
        self.unescape_into(span, &mut out);
        // SAFETY: `unescape_into` appends only valid UTF-8.
        unsafe { String::from_utf8_unchecked(out) }
    }

    /// Append the text of an escaped string's span to `out`: escapes resolved, invalid
    /// UTF-8 replaced (valid UTF-8 only).
    fn unescape_into(&self, span: StrSpan, out: &mut Vec<u8>) {
        let s = &self.input[span.start..span.end];
        let mut i = 0;
        while i < s.len() {
            let b = s[i];
            if b != b'\\' {
                let run_end = s[i..]
                    .iter()
                    .position(|&c| c == b'\\')
                    .map_or(s.len(), |p| i + p);
                push_lossy(out, &s[i..run_end]);
                i = run_end;
                continue;
            }
            let c = s[i + 1];
            i += 2;
            let ch = match c {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => {
                    // b'u': validated by scan_string.
                    let u = hex4(&s[i..i + 4]);
                    i += 4;
                    if (0xD800..0xDC00).contains(&u) {
                        // High surrogate: combine with a following low surrogate escape.
                        if s.len() >= i + 6 && s[i] == b'\\' && s[i + 1] == b'u' {
                            let lo = hex4(&s[i + 2..i + 6]);
                            if (0xDC00..0xE000).contains(&lo) {
                                i += 6;
                                let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                                char::from_u32(c).unwrap_or('\u{FFFD}')
                            } else {
                                '\u{FFFD}'
                            }
                        } else {
                            '\u{FFFD}'
                        }
                    } else {
                        char::from_u32(u).unwrap_or('\u{FFFD}')
                    }
                }
            };
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// Read a string value, borrowing it from the input when it holds no escapes and is valid
    /// UTF-8 (the common case).
    #[inline]
    pub fn read_str(&mut self) -> Result<Cow<'de, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.invalid_type("string"));
        }
        let span = self.scan_string()?;
        if span.escaped {
            return Ok(Cow::Owned(self.unescape(span)));
        }
        let bytes = &self.input[span.start..span.end];
        if span.ascii {
            // SAFETY: every byte is < 0x80, so the bytes are valid UTF-8.
            return Ok(Cow::Borrowed(unsafe {
                std::str::from_utf8_unchecked(bytes)
            }));
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(_) => {
                let mut out = Vec::with_capacity(bytes.len() + 8);
                push_lossy(&mut out, bytes);
                // SAFETY: push_lossy writes valid UTF-8 only.
                Ok(Cow::Owned(unsafe { String::from_utf8_unchecked(out) }))
            }
        }
    }

    /// Read `true` or `false`.
    #[inline]
    pub fn read_bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.expect_literal(b"true").map(|_| true),
            Some(b'f') => self.expect_literal(b"false").map(|_| false),
            _ => Err(self.invalid_type("bool")),
        }
    }

    /// Scan a number token; returns its bytes. Validates the RFC 8259 grammar.
    #[inline]
    pub fn read_number_token(&mut self) -> Result<&'de [u8]> {
        let input = self.input;
        let start = self.pos;
        let mut i = start;
        if input.get(i) == Some(&b'-') {
            i += 1;
        }
        match input.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                i += 1;
                while matches!(input.get(i), Some(b'0'..=b'9')) {
                    i += 1;
                }
            }
            _ => {
                self.pos = i;
                return Err(self.unexpected("a digit"));
            }
        }
        if input.get(i) == Some(&b'.') {
            i += 1;
            if !matches!(input.get(i), Some(b'0'..=b'9')) {
                self.pos = i;
                return Err(self.unexpected("a digit"));
            }
            while matches!(input.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        if matches!(input.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(input.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !matches!(input.get(i), Some(b'0'..=b'9')) {
                self.pos = i;
                return Err(self.unexpected("a digit"));
            }
            while matches!(input.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        self.pos = i;
        Ok(&input[start..i])
    }

    /// Read an integer in `[min, max]`; `target` names the type for errors (`int32`, ...).
    #[inline]
    pub fn read_int(&mut self, min: i64, max: i64, target: &'static str) -> Result<i64> {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => {}
            _ => return Err(self.invalid_type(target)),
        }
        let start = self.pos;
        let tok = self.read_number_token()?;
        let (neg, digits) = match tok.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, tok),
        };
        let range_err = || Error::new(ErrorKind::NumberOutOfRange { target }, start);
        // Magnitude as u64 with overflow detection; non-digits (`.`/`e`) mean "not integral".
        let mut mag: u64 = 0;
        for &d in digits {
            if !d.is_ascii_digit() {
                return Err(range_err());
            }
            mag = mag
                .checked_mul(10)
                .and_then(|m| m.checked_add((d - b'0') as u64))
                .ok_or_else(range_err)?;
        }
        let v: i64 = if neg {
            if mag > (i64::MAX as u64) + 1 {
                return Err(range_err());
            }
            (mag as i64).wrapping_neg()
        } else {
            if mag > i64::MAX as u64 {
                return Err(range_err());
            }
            mag as i64
        };
        if v < min || v > max {
            return Err(range_err());
        }
        Ok(v)
    }

    /// Read an unsigned 64-bit integer.
    pub fn read_u64(&mut self) -> Result<u64> {
        match self.peek() {
            Some(b'0'..=b'9') => {}
            _ => return Err(self.invalid_type("uint64")),
        }
        let start = self.pos;
        let tok = self.read_number_token()?;
        let range_err = || Error::new(ErrorKind::NumberOutOfRange { target: "uint64" }, start);
        let mut mag: u64 = 0;
        for &d in tok {
            if !d.is_ascii_digit() {
                return Err(range_err());
            }
            mag = mag
                .checked_mul(10)
                .and_then(|m| m.checked_add((d - b'0') as u64))
                .ok_or_else(range_err)?;
        }
        Ok(mag)
    }

    /// Read a float (Go float64 rules: out-of-range magnitudes are an error).
    pub fn read_f64(&mut self) -> Result<f64> {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => {}
            _ => return Err(self.invalid_type("float64")),
        }
        let start = self.pos;
        let tok = self.read_number_token()?;
        // SAFETY: the number grammar admits ASCII only.
        let s = unsafe { std::str::from_utf8_unchecked(tok) };
        let v: f64 = s
            .parse()
            .map_err(|_| Error::new(ErrorKind::NumberOutOfRange { target: "float64" }, start))?;
        if v.is_infinite() {
            return Err(Error::new(
                ErrorKind::NumberOutOfRange { target: "float64" },
                start,
            ));
        }
        Ok(v)
    }

    /// Skip one complete value, validating it. Iterative: no recursion whatever the depth;
    /// the kinds of the open containers live in a bit stack (inline for the first 256 levels).
    pub fn skip_value(&mut self) -> Result<()> {
        let base = self.depth;
        let mut kinds = BitStack::default(); // bit set = object
        loop {
            // At a value position.
            let b = self.peek_or_eof()?;
            match b {
                b'{' => {
                    self.enter()?;
                    self.pos += 1;
                    if self.peek_or_eof()? == b'}' {
                        self.pos += 1;
                        self.depth -= 1;
                    } else {
                        kinds.push(true);
                        self.skip_member_key()?;
                        continue;
                    }
                }
                b'[' => {
                    self.enter()?;
                    self.pos += 1;
                    if self.peek_or_eof()? == b']' {
                        self.pos += 1;
                        self.depth -= 1;
                    } else {
                        kinds.push(false);
                        continue;
                    }
                }
                b'"' => {
                    self.scan_string()?;
                }
                b't' => self.expect_literal(b"true")?,
                b'f' => self.expect_literal(b"false")?,
                b'n' => self.expect_literal(b"null")?,
                b'-' | b'0'..=b'9' => {
                    self.read_number_token()?;
                }
                _ => return Err(self.unexpected("a JSON value")),
            }
            // After a value: close containers or move to the next member/element.
            loop {
                if self.depth == base {
                    return Ok(());
                }
                let b = self.peek_or_eof()?;
                let in_object = kinds.top();
                match (b, in_object) {
                    (b',', true) => {
                        self.pos += 1;
                        self.skip_member_key()?;
                        break;
                    }
                    (b',', false) => {
                        self.pos += 1;
                        break;
                    }
                    (b'}', true) | (b']', false) => {
                        self.pos += 1;
                        self.depth -= 1;
                        kinds.pop();
                    }
                    (_, true) => return Err(self.unexpected("',' or '}'")),
                    (_, false) => return Err(self.unexpected("',' or ']'")),
                }
            }
        }
    }

    fn skip_member_key(&mut self) -> Result<()> {
        if self.peek_or_eof()? != b'"' {
            return Err(self.unexpected("a string key"));
        }
        self.scan_string()?;
        if self.peek() != Some(b':') {
            return Err(self.unexpected("':'"));
        }
        self.pos += 1;
        Ok(())
    }

    /// Capture one complete value's bytes (validated), e.g. for `RawExtension`.
    pub fn raw_value(&mut self) -> Result<&'de [u8]> {
        self.peek_or_eof()?;
        let start = self.pos;
        self.skip_value()?;
        Ok(&self.input[start..self.pos])
    }

    /// Capture one complete value (validated, as [`Self::raw_value`]) compacted: white space
    /// between tokens dropped, strings untouched. Values with no white space to drop (what
    /// Go and kcodec write) are checked in one pass and borrowed.
    pub fn raw_value_compact(&mut self) -> Result<Cow<'de, [u8]>> {
        self.peek_or_eof()?;
        let start = self.pos;
        let room = self.opts.max_depth.saturating_sub(self.depth);
        if let Some(end) = super::raw::compact_value_end::<false>(self.input, start, room) {
            self.pos = end;
            return Ok(Cow::Borrowed(&self.input[start..end]));
        }
        let raw = self.raw_value()?;
        let mut out = Vec::with_capacity(raw.len());
        super::compact_into(&mut out, raw, false);
        Ok(Cow::Owned(out))
    }

    /// Called by generated decoders for a key that matches no field: skips the value and, in
    /// strict mode, records the key (its offset is the key's opening quote).
    pub fn unknown_field(&mut self, key_offset: usize) -> Result<()> {
        if self.opts.strict {
            self.report(StrictIssueKind::Unknown, key_offset);
        }
        self.skip_value()
    }

    fn report(&mut self, kind: StrictIssueKind, offset: usize) {
        if self.issues.len() < self.opts.max_reports {
            self.issues.push((kind, offset));
        } else {
            self.dropped_issues += 1;
        }
    }

    fn check_duplicate(&mut self, key_start: usize, span: StrSpan) {
        let d = self.depth;
        let key = &self.input[span.start..span.end];
        if self.seen_set.insert((d, key)) {
            self.seen_keys.push((d, key));
        } else {
            self.report(StrictIssueKind::Duplicate, key_start);
        }
    }

    /// Check that only whitespace remains.
    pub fn finish(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error(ErrorKind::TrailingData)),
        }
    }

    /// Strict-mode reports collected so far (offset-located; see [`super::from_slice_strict`]).
    pub fn take_issues(&mut self) -> (Vec<(StrictIssueKind, usize)>, usize) {
        (std::mem::take(&mut self.issues), self.dropped_issues)
    }
}

/// A stack of bits: inline for the first 256 entries, spilling to the heap beyond.
#[derive(Default)]
struct BitStack {
    inline: [u64; 4],
    spill: Vec<u64>,
    len: usize,
}

impl BitStack {
    #[inline]
    fn push(&mut self, bit: bool) {
        let (word, b) = (self.len / 64, self.len % 64);
        if word < 4 {
            self.inline[word] = (self.inline[word] & !(1 << b)) | ((bit as u64) << b);
        } else {
            if self.spill.len() <= word - 4 {
                self.spill.push(0);
            }
            let w = &mut self.spill[word - 4];
            *w = (*w & !(1 << b)) | ((bit as u64) << b);
        }
        self.len += 1;
    }

    #[inline]
    fn pop(&mut self) {
        self.len -= 1;
    }

    #[inline]
    fn top(&self) -> bool {
        let i = self.len - 1;
        let (word, b) = (i / 64, i % 64);
        let w = if word < 4 {
            self.inline[word]
        } else {
            self.spill[word - 4]
        };
        (w >> b) & 1 == 1
    }
}

fn hex4(s: &[u8]) -> u32 {
    let mut v = 0u32;
    for &c in &s[..4] {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => c - b'A' + 10,
        };
        v = (v << 4) | d as u32;
    }
    v
}

/// Append `bytes` to `out`, replacing each byte of invalid UTF-8 with U+FFFD (as Go does).
pub(crate) fn push_lossy(out: &mut Vec<u8>, mut bytes: &[u8]) {
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => {
                out.extend_from_slice(bytes);
                return;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.extend_from_slice(&bytes[..valid]);
                out.extend_from_slice("\u{FFFD}".as_bytes());
                bytes = &bytes[valid + 1..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::JsonReader;
    use crate::json::from_slice;
    use std::collections::BTreeMap;

    /// Every key of an object, as `next_key` reads them.
    fn keys(input: &[u8]) -> crate::Result<Vec<Vec<u8>>> {
        let mut r = JsonReader::new(input);
        r.begin_object()?;
        let mut first = true;
        let mut out = Vec::new();
        while let Some(k) = r.next_key(&mut first)? {
            out.push(k.into_owned());
            r.skip_value()?;
        }
        r.finish()?;
        Ok(out)
    }

    #[test]
    fn next_key_into_gives_gos_bytes_of_each_key() {
        // Plain, escaped (as in FieldsV1's `k:{...}` keys), non-ASCII and invalid UTF-8.
        let input =
            b"{\"f:a\":1,\"k:{\\\"x\\\":1}\":2,\"\xc3\xa9\":3,\"a\xffb\":4, \"e\\u0066\" :5}";
        let mut r = JsonReader::new(input);
        r.begin_object().unwrap();
        let (mut first, mut key, mut got) = (true, Vec::new(), Vec::new());
        while r.next_key_into(&mut first, &mut key).unwrap() {
            got.push(String::from_utf8(key.clone()).unwrap());
            r.skip_value().unwrap();
        }
        r.finish().unwrap();
        assert_eq!(got, ["f:a", "k:{\"x\":1}", "\u{e9}", "a\u{fffd}b", "ef"]);
    }

    #[test]
    fn keys_read_the_same_with_whitespace_in_every_gap() {
        // The compact fast path and the general path must agree: put whitespace in each gap
        // of the object, one at a time and all at once.
        let compact = br#"{"a":1,"bc":{"d":[]},"e\u0066":"x","":{}}"#;
        let want = keys(compact).unwrap();
        assert_eq!(want, [&b"a"[..], b"bc", b"ef", b""]);
        let gaps: Vec<usize> = (1..compact.len())
            .filter(|&i| matches!(compact[i - 1], b'{' | b',' | b':') || compact[i] == b'}')
            .collect();
        for &g in &gaps {
            for ws in [&b" "[..], b"\n\t", b"\r "] {
                let mut spaced = compact[..g].to_vec();
                spaced.extend_from_slice(ws);
                spaced.extend_from_slice(&compact[g..]);
                assert_eq!(
                    keys(&spaced).unwrap(),
                    want,
                    "{:?}",
                    String::from_utf8_lossy(&spaced)
                );
            }
        }
        let mut all = Vec::new();
        for (i, &b) in compact.iter().enumerate() {
            if gaps.contains(&i) {
                all.push(b' ');
            }
            all.push(b);
        }
        assert_eq!(keys(&all).unwrap(), want);
        assert_eq!(keys(b"{}").unwrap(), Vec::<Vec<u8>>::new());
        assert_eq!(keys(b"{ }").unwrap(), Vec::<Vec<u8>>::new());
    }

    #[test]
    fn key_errors_point_at_the_offending_byte() {
        // (input, offset of the error)
        let cases: [(&[u8], usize); 9] = [
            (br#"{"a":1 x}"#, 7),
            (br#"{"a":1,}"#, 7),
            (br#"{"a":1, }"#, 8),
            (br#"{"a" 1}"#, 5),
            (br#"{"a"}"#, 4),
            (br#"{,"a":1}"#, 1),
            (br#"{"a":1,,"b":2}"#, 7),
            (br#"{1:2}"#, 1),
            (br#"{"a":1"#, 6),
        ];
        for (input, at) in cases {
            let e = from_slice::<BTreeMap<String, i64>>(input).unwrap_err();
            assert_eq!(e.offset(), at, "{:?}: {e}", String::from_utf8_lossy(input));
        }
    }
}
