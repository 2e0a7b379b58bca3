//! [`FieldsV1`]: the set of fields a manager owns (server-side apply), kept as raw JSON.

use kcodec::json::{compact_into, JsonReader};
use kcodec::{JsonDecode, JsonEncode};

/// The fields owned by one manager in `metadata.managedFields[].fieldsV1`, stored as raw
/// JSON bytes (Kubernetes' `metav1.FieldsV1`, whose content is a JSON object such as
/// `{"f:metadata":{"f:labels":{}}}`).
///
/// JSON: an empty `raw` is written as `null`; otherwise `raw` is written compacted, with
/// Go's HTML escaping inside strings, as Go's encoder rewrites a `json.Marshaler`'s output.
/// `raw` must then hold one valid JSON value. Decoding turns `null` into an empty `raw` and
/// stores any other value compacted (whitespace between tokens dropped, strings untouched),
/// so documents that differ only in layout decode to equal values.
///
/// Protobuf: Kubernetes' message `{bytes Raw = 1}` carries the same bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldsV1 {
    /// The raw JSON bytes; empty means "no value".
    pub raw: Vec<u8>,
}

impl FieldsV1 {
    /// Wrap raw JSON bytes as they are.
    pub fn from_raw(raw: impl Into<Vec<u8>>) -> Self {
        FieldsV1 { raw: raw.into() }
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }

    /// Whether there is no value.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }
}

impl JsonEncode for FieldsV1 {
    fn encode_json(&self, out: &mut Vec<u8>) {
        if self.raw.is_empty() {
            out.extend_from_slice(b"null");
            return;
        }
        let start = out.len();
        compact_into(out, &self.raw, true);
        if out.len() == start {
            // Whitespace only: not a JSON value; write `null` rather than nothing.
            out.extend_from_slice(b"null");
        }
    }

    /// Go's `omitzero`: a struct whose `Raw` is nil.
    fn is_json_zero(&self) -> bool {
        self.raw.is_empty()
    }
}

impl JsonDecode for FieldsV1 {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        if r.eat_null()? {
            return Ok(FieldsV1::default());
        }
        let raw = r.raw_value()?;
        let mut v = Vec::with_capacity(raw.len());
        compact_into(&mut v, raw, false);
        Ok(FieldsV1 { raw: v })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;

    fn enc(v: &FieldsV1) -> String {
        String::from_utf8(json::to_vec(v)).unwrap()
    }

    #[test]
    fn empty_is_null() {
        assert_eq!(enc(&FieldsV1::default()), "null");
        assert_eq!(
            json::from_slice::<FieldsV1>(b"null").unwrap(),
            FieldsV1::default()
        );
        assert_eq!(json::from_slice::<FieldsV1>(b" null ").unwrap().raw, b"");
        assert!(FieldsV1::default().is_json_zero());
        assert!(!FieldsV1::default().is_json_empty());
        assert!(FieldsV1::default().is_empty());
        // Whitespace-only raw bytes are not JSON: written as null, never as nothing.
        assert_eq!(enc(&FieldsV1::from_raw(&b"  "[..])), "null");
    }

    #[test]
    fn encodes_compacted_with_html_escaping() {
        let f = FieldsV1::from_raw(&b"{ \"f:metadata\" : {\"f:labels\": {\"f:a<b\":{}}}}\n"[..]);
        assert_eq!(enc(&f), r#"{"f:metadata":{"f:labels":{"f:a\u003cb":{}}}}"#);
        assert_eq!(f.as_bytes().len(), f.raw.len());
    }

    #[test]
    fn decode_stores_compacted_unescaped() {
        let pretty = b"{\n  \"f:spec\": {\n    \"f:x\": {},\n    \"f:y\": \"a&b\"\n  }\n}";
        let compact = br#"{"f:spec":{"f:x":{},"f:y":"a&b"}}"#;
        let a: FieldsV1 = json::from_slice(pretty).unwrap();
        let b: FieldsV1 = json::from_slice(compact).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.raw, compact.to_vec());
        assert_eq!(enc(&a), r#"{"f:spec":{"f:x":{},"f:y":"a\u0026b"}}"#);
        // Already-escaped input keeps its escapes byte for byte.
        let c: FieldsV1 = json::from_slice(br#"{"k":"\u003c \" \\"}"#).unwrap();
        assert_eq!(c.raw, br#"{"k":"\u003c \" \\"}"#.to_vec());
    }

    #[test]
    fn decode_validates() {
        assert!(json::from_slice::<FieldsV1>(b"{").is_err());
        assert!(json::from_slice::<FieldsV1>(b"{\"a\":}").is_err());
        // Any JSON value is kept, as Go does.
        assert_eq!(
            json::from_slice::<FieldsV1>(b"[1, 2]").unwrap().raw,
            b"[1,2]"
        );
    }
}
