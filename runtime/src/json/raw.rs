//! Raw JSON values: [`RawValue`], and [`write_raw`], which writes embedded raw JSON as Go's
//! encoder writes a `json.Marshaler`'s output.

use super::{DecodeOptions, JsonDecode, JsonEncode, JsonReader};
use crate::error::Result;

/// Any JSON value, validated and kept as its raw bytes (whitespace included). Encoding
/// writes it compacted with Go's HTML escaping, as Go writes a `json.RawMessage`; bytes
/// that are not one JSON value (the field is public) fail the encode, as in Go
/// ([`super::write::fail`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct RawValue(pub Vec<u8>);

impl RawValue {
    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl JsonDecode for RawValue {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        Ok(RawValue(r.raw_value()?.to_vec()))
    }
}

/// Go's `json.RawMessage` is a `[]byte`: empty (and, having no nil here, zero) when it holds
/// no bytes.
impl crate::Omit for RawValue {
    fn is_empty_value(&self) -> bool {
        self.0.is_empty()
    }
    fn is_zero_value(&self) -> bool {
        self.0.is_empty()
    }
}

impl JsonEncode for RawValue {
    fn encode_json(&self, out: &mut Vec<u8>) {
        if !write_raw(out, &self.0) {
            super::write::fail(out, not_json("RawValue"));
        }
    }
}

/// The failure of a raw value (of type `type_name`) whose bytes are not one JSON value.
pub fn not_json(type_name: &'static str) -> crate::ErrorKind {
    crate::ErrorKind::Unencodable {
        type_name,
        reason: "its bytes are not one JSON value",
    }
}

/// Append `raw`, if it is exactly one JSON value (white space around it allowed), compacted
/// with Go's HTML escaping inside strings, as Go's encoder writes what a `json.Marshaler`
/// returns; returns `true`. Anything else (empty, two values, not JSON) appends nothing and
/// returns `false`: Go fails the encode there, and the caller decides what to write instead.
///
/// Nesting is not limited: the bytes are only checked and copied, never built into a value.
/// Raw values that are already in that form (no white space, nothing to escape), as kcodec's
/// decoders store them, are checked in one pass and copied in one go.
pub fn write_raw(out: &mut Vec<u8>, raw: &[u8]) -> bool {
    if is_compact_escaped(raw) {
        out.extend_from_slice(raw);
        return true;
    }
    if !is_one_json_value(raw) {
        return false;
    }
    super::compact_into(out, raw, true);
    true
}

/// Whether `raw` is exactly one JSON value, white space around it allowed.
pub fn is_one_json_value(raw: &[u8]) -> bool {
    let opts = DecodeOptions {
        max_depth: usize::MAX,
        ..DecodeOptions::default()
    };
    let mut r = JsonReader::with_options(raw, opts);
    r.skip_value().is_ok() && r.finish().is_ok()
}

/// Nesting the one-pass check follows in a `u64` bit stack; deeper values take the full path.
pub(crate) const FAST_MAX_DEPTH: usize = 64;

/// Whether `raw` is one JSON value that Go's HTML-escaping compaction leaves unchanged: no
/// white space at all, and no `<` `>` `&` or 0xE2 byte (the lead byte of U+2028/U+2029)
/// inside strings. `false` means "not known": the caller takes the full path, which decides.
fn is_compact_escaped(raw: &[u8]) -> bool {
    compact_value_end::<true>(raw, 0, FAST_MAX_DEPTH) == Some(raw.len())
}

/// The end of the JSON value starting at `raw[i]`, if it is valid, nests at most
/// `max_depth` (≤ [`FAST_MAX_DEPTH`]) deep and holds no white space between its tokens, so
/// that compaction leaves it unchanged. With `HTML`, strings must also hold nothing Go's
/// HTML escaping changes (`<` `>` `&`, the 0xE2 lead byte of U+2028/U+2029). `None` means
/// "not known": the caller takes the full path, which decides and reports.
pub(crate) fn compact_value_end<const HTML: bool>(
    raw: &[u8],
    mut i: usize,
    max_depth: usize,
) -> Option<usize> {
    let max_depth = max_depth.min(FAST_MAX_DEPTH);
    let mut depth = 0usize;
    let mut objects = 0u64; // bit k set: level k+1 is an object
    'value: loop {
        match *raw.get(i)? {
            open @ (b'{' | b'[') => {
                // Empty containers count too, as the reader counts them.
                if depth == max_depth {
                    return None;
                }
                let object = open == b'{';
                i += 1;
                let close = if object { b'}' } else { b']' };
                if raw.get(i) == Some(&close) {
                    i += 1;
                } else {
                    depth += 1;
                    objects = (objects << 1) | u64::from(object);
                    if !object {
                        continue 'value;
                    }
                    let complete;
                    (i, complete) = member::<HTML>(raw, i, depth < max_depth)?;
                    if !complete {
                        continue 'value;
                    }
                }
            }
            b'"' => i = string_end::<HTML>(raw, i)?,
            b't' if raw[i..].starts_with(b"true") => i += 4,
            b'f' if raw[i..].starts_with(b"false") => i += 5,
            b'n' if raw[i..].starts_with(b"null") => i += 4,
            b'-' | b'0'..=b'9' => i = number_end(raw, i)?,
            _ => return None,
        }
        // After a value: close containers, or move on to the next member or element.
        loop {
            if depth == 0 {
                return Some(i);
            }
            let object = objects & 1 == 1;
            match (*raw.get(i)?, object) {
                (b',', true) => {
                    let complete;
                    (i, complete) = member::<HTML>(raw, i + 1, depth < max_depth)?;
                    if !complete {
                        continue 'value;
                    }
                }
                (b',', false) => {
                    i += 1;
                    continue 'value;
                }
                (b'}', true) | (b']', false) => {
                    i += 1;
                    depth -= 1;
                    objects >>= 1;
                }
                _ => return None,
            }
        }
    }
}

/// `"key":` at `i`, and its value too when that is `{}` (the leaf of every FieldsV1 set) and
/// `room` allows one more level: the index after what was read, and whether the member is
/// complete (`false`: the value starts at the index).
#[inline(always)]
fn member<const HTML: bool>(raw: &[u8], i: usize, room: bool) -> Option<(usize, bool)> {
    if raw.get(i) != Some(&b'"') {
        return None;
    }
    let j = string_end::<HTML>(raw, i)?;
    if raw.get(j) != Some(&b':') {
        return None;
    }
    if room && raw.get(j + 1..j + 3) == Some(b"{}") {
        return Some((j + 3, true));
    }
    Some((j + 1, false))
}

/// The string starting at the quote `raw[i]`: the index after its closing quote, if it is
/// valid (and, with `HTML`, needs no HTML escape; any other stop byte gives `None`).
#[inline(always)]
fn string_end<const HTML: bool>(raw: &[u8], i: usize) -> Option<usize> {
    let mut i = i + 1;
    loop {
        i = if HTML {
            super::scan::skip_unescaped(raw, i)
        } else {
            super::scan::skip_plain(raw, i, &mut false)
        };
        match *raw.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => match *raw.get(i + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                b'u' if raw.len() >= i + 6
                    && raw[i + 2..i + 6].iter().all(u8::is_ascii_hexdigit) =>
                {
                    i += 6
                }
                _ => return None,
            },
            // A control character (invalid), or a byte Go's compaction escapes.
            _ => return None,
        }
    }
}

/// The number starting at `raw[i]` (JSON's grammar): the index after it.
#[inline]
fn number_end(raw: &[u8], mut i: usize) -> Option<usize> {
    let digits = |raw: &[u8], mut i: usize| {
        while matches!(raw.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        i
    };
    if raw[i] == b'-' {
        i += 1;
    }
    match raw.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i = digits(raw, i + 1),
        _ => return None,
    }
    if raw.get(i) == Some(&b'.') {
        if !raw.get(i + 1)?.is_ascii_digit() {
            return None;
        }
        i = digits(raw, i + 1);
    }
    if matches!(raw.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(raw.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !raw.get(i)?.is_ascii_digit() {
            return None;
        }
        i = digits(raw, i);
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: the full check, then Go's compaction.
    fn reference(raw: &[u8]) -> Option<Vec<u8>> {
        is_one_json_value(raw).then(|| {
            let mut out = Vec::new();
            super::super::compact_into(&mut out, raw, true);
            out
        })
    }

    fn written(raw: &[u8]) -> Option<Vec<u8>> {
        let mut out = b"prefix".to_vec();
        let ok = write_raw(&mut out, raw);
        assert!(ok || out == b"prefix", "nothing is written on failure");
        ok.then(|| out[6..].to_vec())
    }

    #[test]
    fn compact_values_take_the_fast_path() {
        for raw in [
            &br#"{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"k:{\"name\":\"a\"}":{}}}"#[..],
            b"[1,-0.5e+3,true,false,null,\"x\\u00e9\",[],{}]",
            b"0",
            b"\"\xc3\xa9\"",
        ] {
            assert!(is_compact_escaped(raw), "{}", String::from_utf8_lossy(raw));
            assert_eq!(written(raw).as_deref(), Some(raw));
        }
    }

    #[test]
    fn agrees_with_the_full_path() {
        let cases: &[&[u8]] = &[
            b"",
            b" ",
            b"{}",
            b" {} ",
            b"{\"a\" : 1}",
            b"{\"a\":1,}",
            b"[1,]",
            b"[1 2]",
            b"{\"a\"}",
            b"{\"a\":}",
            b"{1:2}",
            b"01",
            b"-",
            b"1.",
            b"1e",
            b"1e+",
            b".5",
            b"tru",
            b"nulll",
            b"\"a<b>&c\"",
            b"\"\xe2\x80\xa8\"",
            b"\"\xe2\x82\xac\"",
            b"\"\\x\"",
            b"\"\\u12g4\"",
            b"\"\\u12\"",
            b"\"a\nb\"",
            b"\"unterminated",
            b"{\"a\":[{\"b\":null}]}",
            b"{\"a\":[{\"b\":null}]",
            b"{\"a\":[{\"b\":null}}}",
            b"[]]",
            b"{} {}",
            b"\"\xff\"",
        ];
        for raw in cases {
            assert_eq!(
                written(raw),
                reference(raw),
                "{}",
                String::from_utf8_lossy(raw)
            );
        }
        // Nesting on both sides of the fast path's bit stack.
        for depth in [1, 63, 64, 65, 200] {
            let mut raw = "[".repeat(depth) + &"]".repeat(depth);
            assert_eq!(written(raw.as_bytes()), reference(raw.as_bytes()));
            raw.pop();
            assert_eq!(written(raw.as_bytes()), None);
            let raw = "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth);
            assert_eq!(written(raw.as_bytes()), reference(raw.as_bytes()));
        }
    }

    /// `raw_value_compact` (one-pass check, borrowed) decodes as `raw_value` then
    /// `compact_into`: same bytes, same errors, same position after, at every depth limit.
    #[test]
    fn reader_compact_value_agrees_with_the_full_path() {
        let base: &[u8] =
            br#"[{"f:a":{".":{},"k:{\"x\":1}":{}},"s":"a b<&>","n":[-1.5e3,0,true,null]},7]"#;
        let mut inputs: Vec<Vec<u8>> = vec![base.to_vec(), b"{ \"a\" : [ 1 ] }".to_vec()];
        for cut in 0..base.len() {
            inputs.push(base[..cut].to_vec());
        }
        for i in 0..base.len() {
            for b in [b' ', b'"', b'\\', b'{', b']', b',', b':', b'0', 0x01] {
                let mut raw = base.to_vec();
                raw[i] = b;
                inputs.push(raw);
            }
        }
        for input in &inputs {
            for max_depth in [0, 1, 2, 3, 4, 256] {
                let opts = DecodeOptions {
                    max_depth,
                    ..DecodeOptions::default()
                };
                let mut fast = JsonReader::with_options(input, opts);
                let got = fast.raw_value_compact().map(|c| c.into_owned());
                let mut full = JsonReader::with_options(input, opts);
                let want = full.raw_value().map(|raw| {
                    let mut out = Vec::new();
                    super::super::compact_into(&mut out, raw, false);
                    out
                });
                let show = String::from_utf8_lossy(input);
                match (&got, &want) {
                    (Ok(g), Ok(w)) => {
                        assert_eq!(g, w, "{show} (depth {max_depth})");
                        assert_eq!(fast.offset(), full.offset(), "{show}");
                    }
                    (Err(g), Err(w)) => assert_eq!(g.to_string(), w.to_string(), "{show}"),
                    _ => panic!("{show} (depth {max_depth}): {got:?} vs {want:?}"),
                }
            }
        }
    }

    /// Every truncation and every one-byte change of a compact value: the fast path and the
    /// full path agree on acceptance and output.
    #[test]
    fn agrees_with_the_full_path_on_mutations() {
        let base = br#"{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"n":[-1.5e3,0,true,null,"\u00e9\n"],"s":"a\"b"}"#;
        for cut in 0..=base.len() {
            assert_eq!(written(&base[..cut]), reference(&base[..cut]));
        }
        for i in 0..base.len() {
            for b in [
                b' ', b'"', b'\\', b'<', b'{', b'}', b'[', b']', b',', b':', b'0', b'-', b'e',
                0x01, 0xE2,
            ] {
                let mut raw = base.to_vec();
                raw[i] = b;
                assert_eq!(
                    written(&raw),
                    reference(&raw),
                    "{}",
                    String::from_utf8_lossy(&raw)
                );
            }
        }
    }
}
