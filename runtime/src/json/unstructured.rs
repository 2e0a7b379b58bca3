//! JSON of objects without a Rust type (custom resources, kinds no registry knows), written
//! as Go writes an unstructured object: `json.Marshal` of the `map[string]interface{}` the
//! JSON decodes to, which is what `kubectl get -o json` prints for such objects.

use std::borrow::Cow;

use super::read::push_lossy;
use super::{write, DecodeOptions, JsonReader};
use crate::error::Result;

/// A JSON value as Go's `interface{}` holds it after `json.Unmarshal`.
enum Value<'a> {
    /// `null`, `true`, `false` or a number: written back as read.
    Token(&'a [u8]),
    Str(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    /// Members sorted by key, each key once (the last value given wins).
    Object(Vec<(String, Value<'a>)>),
}

/// Re-encode one JSON value (a whole document) as Go's `json.Marshal` writes the
/// `interface{}` that `json.Unmarshal` reads from it, compact, appended to `out`:
///
/// - object keys sorted by their bytes (Go sorts a map's keys), a repeated key written once
///   with its last value (a Go map keeps the last);
/// - strings unescaped and re-escaped with Go's rules (`<`, `>`, `&`, U+2028 and U+2029 as
///   `\u003c`..., invalid UTF-8 as U+FFFD);
/// - whitespace dropped;
/// - numbers written as given (as Kubernetes' unstructured decoder keeps an integer that
///   fits `int64`; unlike it, a float such as `1.50` or `1e3` is not reformatted).
///
/// Errors: invalid JSON or trailing data, at their byte offset, and nesting deeper than
/// the default depth limit (256).
pub fn marshal_unstructured_into(out: &mut Vec<u8>, input: &[u8]) -> Result<()> {
    let mut r = JsonReader::with_options(input, DecodeOptions::default());
    let value = read_value(&mut r)?;
    r.finish()?;
    write_value(out, &value);
    Ok(())
}

/// [`marshal_unstructured_into`] into a new vector.
pub fn marshal_unstructured(input: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len());
    marshal_unstructured_into(&mut out, input)?;
    Ok(out)
}

fn read_value<'a>(r: &mut JsonReader<'a>) -> Result<Value<'a>> {
    Ok(match r.peek() {
        Some(b'{') => {
            r.begin_object()?;
            let mut first = true;
            let mut members: Vec<(String, Value<'a>)> = Vec::new();
            while let Some(key) = r.next_key(&mut first)? {
                let key = match std::str::from_utf8(&key) {
                    Ok(k) => k.to_string(),
                    Err(_) => {
                        let mut fixed = Vec::with_capacity(key.len() + 8);
                        push_lossy(&mut fixed, &key);
                        String::from_utf8(fixed).unwrap_or_default()
                    }
                };
                members.push((key, read_value(r)?));
            }
            // Stable sort: of equal keys, the last one given comes last; keep it alone.
            members.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            let mut kept: Vec<(String, Value<'a>)> = Vec::with_capacity(members.len());
            for m in members {
                match kept.last_mut() {
                    Some(last) if last.0 == m.0 => *last = m,
                    _ => kept.push(m),
                }
            }
            Value::Object(kept)
        }
        Some(b'[') => {
            r.begin_array()?;
            let mut first = true;
            let mut items = Vec::new();
            while r.next_element(&mut first)? {
                items.push(read_value(r)?);
            }
            Value::Array(items)
        }
        Some(b'"') => Value::Str(r.read_str()?),
        Some(b't') => {
            r.read_bool()?;
            Value::Token(b"true")
        }
        Some(b'f') => {
            r.read_bool()?;
            Value::Token(b"false")
        }
        Some(b'n') => {
            r.eat_null()?;
            Value::Token(b"null")
        }
        _ => Value::Token(r.read_number_token()?),
    })
}

fn write_value(out: &mut Vec<u8>, value: &Value<'_>) {
    match value {
        Value::Token(t) => out.extend_from_slice(t),
        Value::Str(s) => write::write_str(out, s),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(out, item);
            }
            out.push(b']');
        }
        Value::Object(members) => {
            out.push(b'{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write::write_str(out, key);
                out.push(b':');
                write_value(out, item);
            }
            out.push(b'}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marshal(input: &str) -> String {
        String::from_utf8(marshal_unstructured(input.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn keys_sorted_at_every_level_and_whitespace_dropped() {
        assert_eq!(
            marshal(
                r#" { "kind" : "Widget", "apiVersion":"example.com/v1", "spec": {"z": [ {"b":1,"a":2} ], "a": null, "B": true} } "#
            ),
            r#"{"apiVersion":"example.com/v1","kind":"Widget","spec":{"B":true,"a":null,"z":[{"a":2,"b":1}]}}"#
        );
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value_whole() {
        // Go decodes each occurrence into a fresh interface{}: no merging of objects.
        assert_eq!(
            marshal(r#"{"a":{"x":1},"b":0,"a":{"y":2}}"#),
            r#"{"a":{"y":2},"b":0}"#
        );
    }

    #[test]
    fn strings_use_gos_escapes_and_numbers_stay_as_written() {
        assert_eq!(
            marshal("{\"s\":\"<a&b>\\u2028\\/\\u00e9\",\"n\":[1.50,-0,1e3,12345678901234567890]}"),
            "{\"n\":[1.50,-0,1e3,12345678901234567890],\"s\":\"\\u003ca\\u0026b\\u003e\\u2028/é\"}"
        );
        // Invalid UTF-8, in a value and in a key: one U+FFFD per bad byte, as Go.
        let out = marshal_unstructured(b"{\"k\xff\":\"v\xfe\xfe\"}").unwrap();
        assert_eq!(out, "{\"k\u{FFFD}\":\"v\u{FFFD}\u{FFFD}\"}".as_bytes());
    }

    #[test]
    fn bad_json_is_an_error_at_its_offset() {
        let err = marshal_unstructured(br#"{"a":[1,}"#).unwrap_err();
        assert_eq!(err.offset(), 8, "{err}");
        let err = marshal_unstructured(br#"{"a":1} x"#).unwrap_err();
        assert_eq!(err.offset(), 8, "{err}");
    }
}
