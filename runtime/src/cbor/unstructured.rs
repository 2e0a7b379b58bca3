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

use super::read::CborReader;
use super::write;
use crate::error::{Error, ErrorKind, Result};
use crate::json::{self, DecodeOptions, JsonReader};

/// A value as Go's `interface{}` holds it.
enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    Array(Vec<Value>),
    /// Keys unique, in the order of the format being written.
    Map(Vec<(Vec<u8>, Value)>),
}

/// Keep the last of each repeated key, in CBOR order (length first, then bytewise).
fn cbor_order(mut members: Vec<(Vec<u8>, Value)>) -> Vec<(Vec<u8>, Value)> {
    // Stable: of equal keys, the last given stays last.
    members.sort_by(|a, b| (a.0.len(), &a.0).cmp(&(b.0.len(), &b.0)));
    let mut kept: Vec<(Vec<u8>, Value)> = Vec::with_capacity(members.len());
    for m in members {
        match kept.last_mut() {
            Some(last) if last.0 == m.0 => *last = m,
            _ => kept.push(m),
        }
    }
    kept
}

fn from_json(r: &mut JsonReader<'_>) -> Result<Value> {
    Ok(match r.peek() {
        Some(b'{') => {
            r.begin_object()?;
            let mut first = true;
            let mut members = Vec::new();
            while let Some(key) = r.next_key(&mut first)? {
                let key = match std::str::from_utf8(&key) {
                    Ok(_) => key.into_owned(),
                    Err(_) => crate::string::go_lossy(&key).into_bytes(),
                };
                r.charge(64)?;
                members.push((key, from_json(r)?));
            }
            Value::Map(cbor_order(members))
        }
        Some(b'[') => {
            r.begin_array()?;
            let mut first = true;
            let mut items = Vec::new();
            while r.next_element(&mut first)? {
                r.charge(32)?;
                items.push(from_json(r)?);
            }
            Value::Array(items)
        }
        Some(b'"') => Value::Str(r.read_str()?.into_owned().into_bytes()),
        Some(b't' | b'f') => Value::Bool(r.read_bool()?),
        Some(b'n') => {
            r.eat_null()?;
            Value::Null
        }
        _ => {
            let at = r.offset();
            let token = r.read_number_token()?;
            let text = std::str::from_utf8(token).unwrap_or_default();
            match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => match text.parse::<f64>() {
                    Ok(f) if f.is_finite() => Value::Float(f),
                    _ => {
                        return Err(Error::new(
                            ErrorKind::NumberOutOfRange { target: "float64" },
                            at,
                        ))
                    }
                },
            }
        }
    })
}

fn write_cbor(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => write::write_null(out),
        Value::Bool(b) => write::write_bool(out, *b),
        Value::Int(i) => write::write_i64(out, *i),
        Value::Float(f) => write::write_f64(out, *f),
        Value::Str(s) => write::write_bytes(out, s),
        Value::Array(items) => {
            write::write_head(out, write::MAJOR_ARRAY, items.len() as u64);
            for i in items {
                write_cbor(out, i);
            }
        }
        Value::Map(members) => {
            write::write_head(out, write::MAJOR_MAP, members.len() as u64);
            for (k, v) in members {
                write::write_bytes(out, k);
                write_cbor(out, v);
            }
        }
    }
}

/// Convert one JSON document to a CBOR item (no self-described prefix), appended to `out`.
pub fn json_to_cbor_into(out: &mut Vec<u8>, input: &[u8]) -> Result<()> {
    let mut r = JsonReader::with_options(input, DecodeOptions::default());
    let v = from_json(&mut r)?;
    r.finish()?;
    write_cbor(out, &v);
    Ok(())
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

fn from_cbor(r: &mut CborReader<'_>) -> Result<Value> {
    let b = r.peek()?;
    Ok(match b >> 5 {
        0 | 1 => {
            let at = r.offset();
            match r.read_int(i64::MIN, i64::MAX, "int64") {
                Ok(i) => Value::Int(i),
                Err(_) => {
                    return Err(Error::new(
                        ErrorKind::NumberOutOfRange { target: "int64" },
                        at,
                    ))
                }
            }
        }
        2 | 3 => Value::Str(r.read_str()?.into_owned()),
        4 => {
            let mut a = r.begin_array()?;
            let mut items = Vec::new();
            while r.next_element(&mut a)? {
                r.charge(32)?;
                items.push(from_cbor(r)?);
            }
            Value::Array(items)
        }
        5 => {
            let mut m = r.begin_map()?;
            let mut members = Vec::new();
            while let Some(key) = r.next_map_key(&mut m)? {
                r.charge(64)?;
                let key: Cow<'_, [u8]> = key;
                members.push((key.into_owned(), from_cbor(r)?));
            }
            // Go's `json.Marshal` of a map: keys by their bytes (unique: the reader refuses
            // repeated keys).
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Map(members)
        }
        _ => match b {
            0xf4 | 0xf5 => Value::Bool(r.read_bool()?),
            0xf6 => {
                r.eat_null()?;
                Value::Null
            }
            0xf9..=0xfb => Value::Float(r.read_f64()?),
            _ => {
                r.skip_value()?;
                return Err(Error::invalid_value(
                    "cbor: simple value is not allowed".to_string(),
                    r.offset(),
                ));
            }
        },
    })
}

/// A Go string's JSON as the API server writes a transcoded one: invalid UTF-8 replaced by
/// U+FFFD (the character, one per byte), then Go's escapes.
fn write_json_str(out: &mut Vec<u8>, s: &[u8]) {
    match std::str::from_utf8(s) {
        Ok(t) => json::write::write_str(out, t),
        Err(_) => json::write::write_str(out, &crate::string::go_lossy(s)),
    }
}

fn write_json(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(i) => json::write::write_i64(out, *i),
        Value::Float(f) => json::write::write_f64(out, *f),
        Value::Str(s) => write_json_str(out, s),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_json(out, item);
            }
            out.push(b']');
        }
        Value::Map(members) => {
            out.push(b'{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_json_str(out, k);
                out.push(b':');
                write_json(out, item);
            }
            out.push(b'}');
        }
    }
}

/// Read one CBOR item from `r` and append its JSON (as Go transcodes a raw field) to `out`.
pub(crate) fn cbor_item_to_json(r: &mut CborReader<'_>, out: &mut Vec<u8>) -> Result<()> {
    let v = from_cbor(r)?;
    write_json(out, &v);
    Ok(())
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
