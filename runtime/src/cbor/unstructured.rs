//! JSON ↔ CBOR for content without a Rust type: custom resources, kinds no registry knows,
//! and the embedded objects of `RawExtension` and `FieldsV1`. Both directions go through the
//! value Go holds in an `interface{}`, as apimachinery converts them:
//!
//! - JSON → CBOR (`RawExtension.MarshalCBOR`, the unstructured CBOR encoder): numbers without
//!   fraction or exponent that fit `int64` become integers, other numbers `float64` (written
//!   in the shortest exact float width); a repeated key keeps its last value; map keys in CBOR
//!   order (length first); every string a byte string.
//! - CBOR → JSON (the CBOR decoder's transcoding of raw fields): compact, keys sorted by their
//!   bytes (Go's `json.Marshal` of a map), Go's string escapes.

use std::borrow::Cow;
use std::ops::Range;

use super::read::CborReader;
use super::write;
use crate::error::{Error, ErrorKind, Result};
use crate::json::{self, DecodeOptions, JsonReader};

// Both directions stream: members are written as they are read, each map's members recorded
// as spans of the output, and reordered (through one copy of the map's bytes) only when the
// input's key order is not the output's. No tree is built; an empty map costs nothing.

/// A map member written to the output: its key (a Go string's bytes) and where its bytes lie.
struct Member<'k> {
    key: Cow<'k, [u8]>,
    start: usize,
    end: usize,
}

/// Rewrite `out[from..]`, whose members lie back to back at the byte ranges `spans`, in
/// the order of `spans`, with `sep` between them; `region` is scratch space.
fn reorder(
    out: &mut Vec<u8>,
    from: usize,
    spans: impl Iterator<Item = (usize, usize)>,
    sep: Option<u8>,
    region: &mut Vec<u8>,
) {
    region.clear();
    region.extend_from_slice(&out[from..]);
    out.truncate(from);
    for (i, (start, end)) in spans.enumerate() {
        if i > 0 {
            if let Some(sep) = sep {
                out.push(sep);
            }
        }
        out.extend_from_slice(&region[start - from..end - from]);
    }
}

/// Put the head of a container of `n` items at `out[at]`, where one byte was reserved for it
/// (widened in place when the head needs more).
fn put_head(out: &mut Vec<u8>, at: usize, major: u8, n: u64) {
    if n < 24 {
        out[at] = (major << 5) | n as u8;
        return;
    }
    let m = major << 5;
    let mut head = [0u8; 9];
    let len = if n <= 0xff {
        head[..2].copy_from_slice(&[m | 24, n as u8]);
        2
    } else if n <= 0xffff {
        head[0] = m | 25;
        head[1..3].copy_from_slice(&(n as u16).to_be_bytes());
        3
    } else if n <= 0xffff_ffff {
        head[0] = m | 26;
        head[1..5].copy_from_slice(&(n as u32).to_be_bytes());
        5
    } else {
        head[0] = m | 27;
        head[1..9].copy_from_slice(&n.to_be_bytes());
        9
    };
    out.splice(at..at + 1, head[..len].iter().copied());
}

/// A map member written to the CBOR output: where its key's bytes and the whole member lie.
struct Span {
    key: Range<usize>,
    start: usize,
    end: usize,
}

/// Space a JSON → CBOR conversion reuses at every level: no allocation per map.
#[derive(Default)]
struct Scratch {
    /// The members of the maps being written, innermost last.
    members: Vec<Span>,
    /// The order of one map's members, while it is reordered.
    order: Vec<usize>,
    /// A copy of one map's members, while it is reordered.
    region: Vec<u8>,
    /// The key being read.
    key: Vec<u8>,
}

fn json_value_to_cbor(r: &mut JsonReader<'_>, out: &mut Vec<u8>, s: &mut Scratch) -> Result<()> {
    match r.peek() {
        Some(b'{') => {
            r.begin_object()?;
            let mut first = true;
            // One byte for the map head, widened at the end if needed.
            let head_at = out.len();
            out.push(0);
            let base = s.members.len();
            while r.next_key_into(&mut first, &mut s.key)? {
                r.charge(64)?;
                let start = out.len();
                write::write_bytes(out, &s.key);
                let key = out.len() - s.key.len()..out.len();
                json_value_to_cbor(r, out, s)?;
                s.members.push(Span {
                    key,
                    start,
                    end: out.len(),
                });
            }
            let Scratch {
                members,
                order,
                region,
                ..
            } = s;
            let mine = &members[base..];
            // CBOR order (length first); of repeated keys the last given wins (stable sort).
            let key = |i: usize| &out[mine[i].key.clone()];
            let in_order = (1..mine.len()).all(|i| write::key_order(key(i - 1), key(i)).is_lt());
            let count = if in_order {
                mine.len()
            } else {
                order.clear();
                order.extend(0..mine.len());
                order.sort_by(|&a, &b| write::key_order(key(a), key(b)));
                let mut kept = 0;
                for i in 0..order.len() {
                    let m = order[i];
                    if kept > 0 && key(order[kept - 1]) == key(m) {
                        order[kept - 1] = m;
                    } else {
                        order[kept] = m;
                        kept += 1;
                    }
                }
                order.truncate(kept);
                let spans = order.iter().map(|&i| (mine[i].start, mine[i].end));
                reorder(out, head_at + 1, spans, None, region);
                kept
            };
            members.truncate(base);
            put_head(out, head_at, write::MAJOR_MAP, count as u64);
        }
        Some(b'[') => {
            r.begin_array()?;
            let mut first = true;
            let head_at = out.len();
            out.push(0);
            let mut n = 0u64;
            while r.next_element(&mut first)? {
                r.charge(32)?;
                json_value_to_cbor(r, out, s)?;
                n += 1;
            }
            put_head(out, head_at, write::MAJOR_ARRAY, n);
        }
        Some(b'"') => {
            let s = r.read_str()?;
            write::write_bytes(out, s.as_bytes());
        }
        Some(b't' | b'f') => write::write_bool(out, r.read_bool()?),
        Some(b'n') => {
            r.eat_null()?;
            write::write_null(out);
        }
        _ => {
            let at = r.offset();
            let token = r.read_number_token()?;
            let text = crate::string::utf8(token).unwrap_or_default();
            match text.parse::<i64>() {
                Ok(i) => write::write_i64(out, i),
                Err(_) => match text.parse::<f64>() {
                    Ok(f) if f.is_finite() => write::write_f64(out, f),
                    _ => {
                        return Err(Error::new(
                            ErrorKind::NumberOutOfRange { target: "float64" },
                            at,
                        ))
                    }
                },
            }
        }
    }
    Ok(())
}

/// Convert one JSON document to a CBOR item (no self-described prefix), appended to `out`.
pub fn json_to_cbor_into(out: &mut Vec<u8>, input: &[u8]) -> Result<()> {
    let mut r = JsonReader::with_options(input, DecodeOptions::default());
    let len = out.len();
    let result = json_value_to_cbor(&mut r, out, &mut Scratch::default()).and_then(|_| r.finish());
    if result.is_err() {
        out.truncate(len);
    }
    result
}

/// [`json_to_cbor_into`] into a new vector. Errors carry the JSON byte offset and path.
pub fn json_to_cbor(input: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len());
    json_to_cbor_into(&mut out, input).map_err(|e| {
        let path = json::path_at(input, e.offset());
        e.with_path(path)
    })?;
    Ok(out)
}

/// A Go string's JSON as the API server writes a transcoded one: invalid UTF-8 replaced by
/// U+FFFD (the character, one per byte), then Go's escapes.
fn write_json_str(out: &mut Vec<u8>, s: &[u8]) {
    match crate::string::utf8(s) {
        Ok(t) => json::write::write_str(out, t),
        Err(_) => json::write::write_str(out, &crate::string::go_lossy(s)),
    }
}

fn cbor_value_to_json<'de>(r: &mut CborReader<'de>, out: &mut Vec<u8>) -> Result<()> {
    let b = r.peek()?;
    match b >> 5 {
        0 | 1 => {
            let at = r.offset();
            match r.read_int(i64::MIN, i64::MAX, "int64") {
                Ok(i) => json::write::write_i64(out, i),
                Err(_) => {
                    return Err(Error::new(
                        ErrorKind::NumberOutOfRange { target: "int64" },
                        at,
                    ))
                }
            }
        }
        2 | 3 => {
            let s = r.read_str()?;
            write_json_str(out, &s);
        }
        4 => {
            let mut a = r.begin_array()?;
            out.push(b'[');
            let mut first = true;
            while r.next_element(&mut a)? {
                r.charge(32)?;
                if !first {
                    out.push(b',');
                }
                first = false;
                cbor_value_to_json(r, out)?;
            }
            out.push(b']');
        }
        5 => {
            let mut m = r.begin_map()?;
            out.push(b'{');
            let from = out.len();
            let mut members: Vec<Member<'de>> = Vec::new();
            while let Some(key) = r.next_map_key(&mut m)? {
                r.charge(64)?;
                if !members.is_empty() {
                    out.push(b',');
                }
                let start = out.len();
                write_json_str(out, &key);
                out.push(b':');
                cbor_value_to_json(r, out)?;
                members.push(Member {
                    key,
                    start,
                    end: out.len(),
                });
            }
            // Go's `json.Marshal` of a map: keys by their bytes (unique: the reader refuses
            // repeated keys).
            if members.windows(2).any(|w| w[0].key > w[1].key) {
                let mut order: Vec<usize> = (0..members.len()).collect();
                order.sort_by(|&a, &b| members[a].key.cmp(&members[b].key));
                let spans = order.iter().map(|&i| (members[i].start, members[i].end));
                reorder(out, from, spans, Some(b','), &mut Vec::new());
            }
            out.push(b'}');
        }
        _ => match b {
            0xf4 | 0xf5 => {
                let v = r.read_bool()?;
                out.extend_from_slice(if v { b"true" } else { b"false" });
            }
            0xf6 => {
                r.eat_null()?;
                out.extend_from_slice(b"null");
            }
            0xf9..=0xfb => json::write::write_f64(out, r.read_f64()?),
            _ => {
                let at = r.offset();
                r.skip_value()?;
                return Err(Error::invalid_value(
                    "cbor: simple value is not allowed".to_string(),
                    at,
                ));
            }
        },
    }
    Ok(())
}

/// Read one CBOR item from `r` and append its JSON (as Go transcodes a raw field) to `out`.
pub(crate) fn cbor_item_to_json(r: &mut CborReader<'_>, out: &mut Vec<u8>) -> Result<()> {
    let len = out.len();
    let result = cbor_value_to_json(r, out);
    if result.is_err() {
        out.truncate(len);
    }
    result
}

/// Convert one CBOR document (with or without the self-described prefix) to compact JSON, as
/// Go's `json.Marshal` writes the `interface{}` the CBOR decodes to. Duplicate keys, bignums,
/// NaN and non-string map keys are errors, as in Go.
pub fn cbor_to_json(input: &[u8]) -> Result<Vec<u8>> {
    let mut r = CborReader::new(input, DecodeOptions::default());
    let mut out = Vec::with_capacity(input.len() * 2);
    cbor_item_to_json(&mut r, &mut out)
        .and_then(|_| r.finish())
        .map_err(|e| {
            let path = super::path_at(input, e.offset());
            e.with_path(path)
        })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keys_and_strings_as_go_converts_them() {
        let cbor = json_to_cbor(br#"{"b":1,"a":2.5,"c":[1.0,0.1]}"#).unwrap();
        assert_eq!(
            cbor,
            b"\xa3\x41a\xf9\x41\x00\x41b\x01\x41c\x82\xf9\x3c\x00\xfb\x3f\xb9\x99\x99\x99\x99\x99\x9a"
        );
        assert_eq!(
            cbor_to_json(&cbor).unwrap(),
            br#"{"a":2.5,"b":1,"c":[1,0.1]}"#
        );
        let cbor = json_to_cbor(br#"{"f:b":{},".":{},"x":1,"x":2}"#).unwrap();
        assert_eq!(cbor, b"\xa3\x41.\xa0\x41x\x02\x43f:b\xa0");
        assert!(json_to_cbor(b"1e400").is_err());
        // Heads of 24 items and more are widened in place.
        let many: Vec<String> = (0..300).map(|i| format!("\"k{i:03}\":{i}")).collect();
        let json = format!("{{{}}}", many.join(","));
        let cbor = json_to_cbor(json.as_bytes()).unwrap();
        assert_eq!(&cbor[..3], [0xb9, 0x01, 0x2c]);
        assert_eq!(cbor_to_json(&cbor).unwrap(), json.as_bytes());
        let arr = format!(
            "[{}]",
            (0..30).map(|i| i.to_string()).collect::<Vec<_>>().join(",")
        );
        let cbor = json_to_cbor(arr.as_bytes()).unwrap();
        assert_eq!(&cbor[..2], [0x98, 30]);
        assert_eq!(cbor_to_json(&cbor).unwrap(), arr.as_bytes());
        assert_eq!(json_to_cbor(b"-0").unwrap(), [0]);
        assert_eq!(
            cbor_to_json(b"\xd9\xd9\xf7\x42\xff<").unwrap(),
            "\"\u{fffd}\\u003c\"".as_bytes()
        );
        assert!(cbor_to_json(b"\xa2\x41a\x01\x61a\x02").is_err());
        assert!(cbor_to_json(b"\xa1\x01\x02").is_err());
        assert!(cbor_to_json(b"\x1b\xff\xff\xff\xff\xff\xff\xff\xff").is_err());
    }
}
