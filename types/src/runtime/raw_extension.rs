//! [`RawExtension`]: an object embedded in another one, kept as its raw bytes.

use kcodec::json::{compact_into, JsonReader};
use kcodec::{JsonDecode, JsonEncode};

/// An embedded object kept as raw bytes (Kubernetes' `runtime.RawExtension`, used by
/// `WatchEvent.object` and `ControllerRevision.data`). `raw == None` is Go's nil `Raw`.
///
/// JSON: `None` is written as `null`. `Some` bytes that look like JSON (their first byte is
/// whitespace, `{`, `[`, `"`, `-`, a digit, `n`, `t` or `f`, as Kubernetes checks) are
/// written compacted, with Go's HTML escaping inside strings, because Go's encoder compacts
/// a `json.Marshaler`'s output; they must then hold one valid JSON value. Other bytes (empty,
/// protobuf or CBOR) cannot be written as JSON here: Go fails the whole encode (or transcodes
/// CBOR), and this writes `null` instead.
///
/// Decoding: `null` gives `None`; any other value is stored compacted (strings untouched), so
/// documents that differ only in layout decode to equal values.
///
/// Protobuf: Kubernetes' message `{bytes raw = 1}`, written when `raw` is `Some`, even empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct RawExtension {
    /// The raw bytes of the embedded object (JSON, or protobuf in a protobuf document).
    pub raw: Option<Vec<u8>>,
}

impl RawExtension {
    /// Wrap raw bytes as they are.
    pub fn from_raw(raw: impl Into<Vec<u8>>) -> Self {
        RawExtension {
            raw: Some(raw.into()),
        }
    }

    /// The raw bytes, if any.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.raw.as_deref()
    }

    /// Whether the raw bytes look like JSON, by their first byte (Kubernetes' rule).
    pub fn looks_like_json(&self) -> bool {
        matches!(
            self.raw.as_deref().and_then(|r| r.first()),
            Some(
                b'\t' | b'\r' | b'\n' | b' ' | b'{' | b'[' | b'n' | b't' | b'f' | b'"' | b'-' | b'0'
                    ..=b'9'
            )
        )
    }
}

impl JsonEncode for RawExtension {
    fn encode_json(&self, out: &mut Vec<u8>) {
        match &self.raw {
            Some(raw) if self.looks_like_json() => {
                let start = out.len();
                compact_into(out, raw, true);
                if out.len() == start {
                    // Whitespace only: not a JSON value; write `null` rather than nothing.
                    out.extend_from_slice(b"null");
                }
            }
            _ => out.extend_from_slice(b"null"),
        }
    }

    /// Go's `omitzero`: `Raw` and `Object` both nil.
    fn is_json_zero(&self) -> bool {
        self.raw.is_none()
    }
}

impl JsonDecode for RawExtension {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        if r.eat_null()? {
            return Ok(RawExtension { raw: None });
        }
        let raw = r.raw_value()?;
        let mut v = Vec::with_capacity(raw.len());
        compact_into(&mut v, raw, false);
        Ok(RawExtension { raw: Some(v) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;

    fn enc(v: &RawExtension) -> String {
        String::from_utf8(json::to_vec(v)).unwrap()
    }

    #[test]
    fn none_is_null() {
        assert_eq!(enc(&RawExtension::default()), "null");
        assert_eq!(json::from_slice::<RawExtension>(b"null").unwrap().raw, None);
        assert!(RawExtension::default().is_json_zero());
        assert!(!RawExtension::from_raw(&b"{}"[..]).is_json_zero());
        assert!(!RawExtension::default().is_json_empty());
    }

    #[test]
    fn encodes_json_compacted_with_html_escaping() {
        let r = RawExtension::from_raw(
            &b"{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"x\": \"<&>\"}\n"[..],
        );
        assert_eq!(
            enc(&r),
            r#"{"apiVersion":"v1","kind":"Pod","x":"\u003c\u0026\u003e"}"#
        );
        assert_eq!(enc(&RawExtension::from_raw(&b" 12 "[..])), "12");
        assert_eq!(enc(&RawExtension::from_raw(&b"\"s\""[..])), "\"s\"");
        assert_eq!(enc(&RawExtension::from_raw(&b"true"[..])), "true");
    }

    #[test]
    fn non_json_raw_is_null() {
        assert_eq!(enc(&RawExtension::from_raw(Vec::new())), "null");
        assert_eq!(enc(&RawExtension::from_raw(&b"k8s\x00\x0a"[..])), "null");
        assert_eq!(
            enc(&RawExtension::from_raw(&b"\xd9\xd9\xf7\xa0"[..])),
            "null"
        );
        assert_eq!(enc(&RawExtension::from_raw(&b"   "[..])), "null");
        assert!(!RawExtension::from_raw(Vec::new()).looks_like_json());
        assert!(RawExtension::from_raw(&b"\n{}"[..]).looks_like_json());
    }

    #[test]
    fn decode_stores_compacted() {
        let a: RawExtension = json::from_slice(b"{ \"a\" : [1, 2], \"b\": \"x y&\" }").unwrap();
        let b: RawExtension = json::from_slice(br#"{"a":[1,2],"b":"x y&"}"#).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.as_bytes(), Some(&br#"{"a":[1,2],"b":"x y&"}"#[..]));
        assert_eq!(enc(&a), r#"{"a":[1,2],"b":"x y\u0026"}"#);
        assert!(json::from_slice::<RawExtension>(b"{\"a\":").is_err());
        assert_eq!(
            json::from_slice::<RawExtension>(b"\"str\"").unwrap().raw,
            Some(b"\"str\"".to_vec())
        );
    }

    #[test]
    fn pretty_output_reindents_the_embedded_object() {
        let r = RawExtension::from_raw(&br#"{"kind":"Pod","spec":{}}"#[..]);
        let pretty = String::from_utf8(json::to_vec_pretty(&r)).unwrap();
        assert_eq!(pretty, "{\n  \"kind\": \"Pod\",\n  \"spec\": {}\n}");
    }
}
