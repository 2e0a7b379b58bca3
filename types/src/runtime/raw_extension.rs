//! [`RawExtension`]: an object embedded in another one, kept as its raw bytes.

use kcodec::json::{write_raw, JsonReader};
use kcodec::proto::{key_len, varint_len, ProtoMessage, ProtoReader, RevBuf, WireType};
use kcodec::{JsonDecode, JsonEncode};

/// An embedded object kept as raw bytes (Kubernetes' `runtime.RawExtension`, used by
/// `WatchEvent.object` and `ControllerRevision.data`). `raw == None` is Go's nil `Raw`.
///
/// JSON: `None` is written as `null`. `Some` bytes that hold one valid JSON value are
/// written compacted, with Go's HTML escaping inside strings, because Go's encoder compacts
/// a `json.Marshaler`'s output. Bytes that start with CBOR's self-described tag are transcoded
/// to JSON (with the `cbor` feature), as Go's `MarshalJSON` does. Other bytes (empty,
/// protobuf, anything that is not one JSON value) fail the encode, as Go's encoder fails (the entry point, such as
/// `kcodec::json::to_vec`, returns the error with the field's path). Since bytes decoded
/// from protobuf can be anything (protobuf often starts with `\n`, which looks like JSON
/// white space), the bytes are validated before they are copied.
///
/// JSON decoding: `null` gives `None`; any other value is stored verbatim, white space
/// included, as Go's `RawExtension.UnmarshalJSON` stores it: JSON output compacts it, and
/// protobuf output carries the input bytes as they were (indented input gives indented
/// bytes inside the `.pb`, exactly as Kubernetes writes them).
///
/// Protobuf: Kubernetes' message `{bytes raw = 1}`, written when `raw` is `Some`, even
/// empty. Decoding stores the bytes exactly as they arrive (no compaction: they may be
/// protobuf themselves, such as the `k8s\0` envelope inside a watch event); a message
/// without the field leaves `raw` unchanged (`None` for a fresh value).
#[derive(Clone, Debug, Default)]
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

/// Go's `MarshalJSON` refuses bytes that are neither JSON nor self-described CBOR.
const NOT_JSON_OR_CBOR: kcodec::ErrorKind = kcodec::ErrorKind::Unencodable {
    type_name: "RawExtension",
    reason: "its bytes are neither one JSON value nor self-described CBOR",
};

impl JsonEncode for RawExtension {
    fn encode_json(&self, out: &mut Vec<u8>) {
        match &self.raw {
            // The first-byte test is Kubernetes' own and rejects most non-JSON bytes
            // cheaply; the full check catches the rest (protobuf starting with `\n`, ...).
            Some(raw) if self.looks_like_json() && write_raw(out, raw) => {}
            // Self-described CBOR is transcoded, as Go's `MarshalJSON` does.
            #[cfg(feature = "cbor")]
            Some(raw) if raw.starts_with(&kcodec::cbor::write::SELF_DESCRIBED) => {
                match kcodec::cbor::cbor_to_json(raw) {
                    Ok(json) => out.extend_from_slice(&json),
                    Err(_) => kcodec::json::write::fail(out, NOT_JSON_OR_CBOR),
                }
            }
            Some(_) => kcodec::json::write::fail(out, NOT_JSON_OR_CBOR),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl kcodec::Omit for RawExtension {
    /// Go's `omitzero`: `Raw` and `Object` both nil.
    fn is_zero_value(&self) -> bool {
        self.raw.is_none()
    }
}

impl JsonDecode for RawExtension {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        if r.eat_null()? {
            return Ok(RawExtension { raw: None });
        }
        let v = r.raw_value()?.to_vec();
        Ok(RawExtension { raw: Some(v) })
    }

    /// `null` leaves the value unchanged, as Go's `RawExtension.UnmarshalJSON` does (a
    /// repeated key's `null` keeps the first value).
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> kcodec::Result<()> {
        if !r.eat_null()? {
            self.raw = Some(r.raw_value()?.to_vec());
        }
        Ok(())
    }
}

impl ProtoMessage for RawExtension {
    #[inline]
    fn encoded_len(&self) -> usize {
        match &self.raw {
            Some(raw) => key_len(1) + varint_len(raw.len() as u64) + raw.len(),
            None => 0,
        }
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        if let Some(raw) = &self.raw {
            w.put_slice(raw);
            w.put_varint(raw.len() as u64);
            w.put_key(1, WireType::Len);
        }
    }

    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        while !r.at_end() {
            let (tag, wire) = r.read_key()?;
            match tag {
                1 => {
                    if wire != WireType::Len {
                        return Err(r.wrong_wire_type(1, wire, WireType::Len));
                    }
                    let bytes = r.read_len_delimited()?;
                    let raw = self.raw.get_or_insert_with(Vec::new);
                    raw.clear();
                    raw.extend_from_slice(bytes);
                }
                _ => r.skip(wire)?,
            }
        }
        Ok(())
    }
}

kcodec::proto_message_value!(RawExtension);

/// Equal when the bytes are, or when both are JSON that differs only in layout (white
/// space between tokens): what Go stores differs then, what it writes as JSON does not.
impl PartialEq for RawExtension {
    fn eq(&self, other: &RawExtension) -> bool {
        match (&self.raw, &other.raw) {
            (Some(a), Some(b)) => raw_json_eq(a, b),
            (a, b) => a == b,
        }
    }
}

impl Eq for RawExtension {}

impl std::hash::Hash for RawExtension {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Equal values compact to the same bytes.
        self.raw
            .as_ref()
            .map(|raw| {
                let mut compact = Vec::with_capacity(raw.len());
                kcodec::json::compact_into(&mut compact, raw, false);
                compact
            })
            .hash(state);
    }
}

/// Whether two embedded raw values are equal: the same bytes, or two JSON values that
/// differ only in white space between tokens.
pub(crate) fn raw_json_eq(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    let valid = kcodec::json::is_one_json_value;
    let (mut ca, mut cb) = (Vec::with_capacity(a.len()), Vec::with_capacity(b.len()));
    kcodec::json::compact_into(&mut ca, a, false);
    kcodec::json::compact_into(&mut cb, b, false);
    ca == cb && valid(a) && valid(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};
    use kcodec::Omit as _;

    fn enc(v: &RawExtension) -> String {
        String::from_utf8(json::to_vec(v).unwrap()).unwrap()
    }

    #[test]
    fn none_is_null() {
        assert_eq!(enc(&RawExtension::default()), "null");
        assert_eq!(json::from_slice::<RawExtension>(b"null").unwrap().raw, None);
        assert!(RawExtension::default().is_zero_value());
        assert!(!RawExtension::from_raw(&b"{}"[..]).is_zero_value());
        assert!(!RawExtension::default().is_empty_value());
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

    /// The error of an encode Go's encoder refuses too (checked against `k8s-oracle`: a
    /// ControllerRevision whose `data` holds these bytes, protobuf → JSON).
    fn enc_err(v: &RawExtension) -> kcodec::Error {
        let err = json::to_vec(v).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                kcodec::ErrorKind::Unencodable {
                    type_name: "RawExtension",
                    ..
                }
            ),
            "{err}"
        );
        err
    }

    #[test]
    fn non_json_raw_fails_the_encode() {
        enc_err(&RawExtension::from_raw(Vec::new()));
        enc_err(&RawExtension::from_raw(&b"k8s\x00\x0a"[..]));
        enc_err(&RawExtension::from_raw(&b"   "[..]));
        // Self-described CBOR is written as its JSON, as Go's MarshalJSON transcodes it.
        #[cfg(feature = "cbor")]
        assert_eq!(enc(&RawExtension::from_raw(&b"\xd9\xd9\xf7\xa0"[..])), "{}");
        assert!(!RawExtension::from_raw(Vec::new()).looks_like_json());
        assert!(RawExtension::from_raw(&b"\n{}"[..]).looks_like_json());
    }

    #[test]
    fn decode_stores_verbatim_and_compares_by_json() {
        let spaced = b"{ \"a\" : [1, 2], \"b\": \"x y&\" }";
        let a: RawExtension = json::from_slice(spaced).unwrap();
        let b: RawExtension = json::from_slice(br#"{"a":[1,2],"b":"x y&"}"#).unwrap();
        // Kept as given (protobuf output carries these bytes, as Go's does) ...
        assert_eq!(a.as_bytes(), Some(&spaced[..]));
        // ... equal to the same JSON in another layout, and written compacted.
        assert_eq!(a, b);
        assert_eq!(enc(&a), enc(&b));
        assert_ne!(
            RawExtension::from_raw(&b"{\"a\":1}"[..]),
            RawExtension::from_raw(&b"{\"a\":2}"[..])
        );
        // Bytes that are not JSON compare as bytes.
        assert_ne!(
            RawExtension::from_raw(&b"\n\x01 x"[..]),
            RawExtension::from_raw(&b"\n\x01x"[..])
        );
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
        let pretty = String::from_utf8(json::to_vec_pretty(&r).unwrap()).unwrap();
        assert_eq!(pretty, "{\n  \"kind\": \"Pod\",\n  \"spec\": {}\n}");
    }

    #[test]
    fn json_encode_validates_raw_bytes() {
        // Bytes that pass the first-byte test but are not one JSON value.
        for bad in [
            &b"\n\x05hello"[..],
            b"\n",
            b"{",
            b"{\"a\":1",
            b"[1,]",
            b"12 13",
            b"nul",
            b"{\"a\":1}x",
            b"\"unterminated",
        ] {
            let r = RawExtension::from_raw(bad);
            assert!(r.looks_like_json(), "{bad:?}");
            enc_err(&r);
        }
        // Deep nesting is not a reason to drop valid JSON.
        let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
        assert_eq!(enc(&RawExtension::from_raw(deep.as_bytes())), deep);
    }

    // ---- Protobuf ----

    use kcodec::proto;

    /// `v` as field `tag` of an enclosing message (key, length, body); checks the size.
    fn proto_field<T: ProtoValue>(tag: u32, v: &T) -> Vec<u8> {
        let mut w = RevBuf::new();
        field::encode(&mut w, tag, v);
        assert_eq!(w.len(), field::len(tag, v));
        w.into_vec()
    }

    /// Decode the single field written by [`proto_field`].
    fn from_proto_field<T: ProtoValue>(bytes: &[u8]) -> kcodec::Result<T> {
        let mut r = ProtoReader::new(bytes);
        let (tag, wire) = r.read_key()?;
        let mut v = T::default();
        field::merge(&mut r, tag, wire, &mut v)?;
        if !r.at_end() {
            return Err(r.wire_error("trailing bytes"));
        }
        Ok(v)
    }

    /// Every proper prefix of an encoded field fails to decode (and nothing panics).
    fn assert_truncations_fail<T: ProtoValue + std::fmt::Debug>(bytes: &[u8]) {
        for cut in 0..bytes.len() {
            let got = from_proto_field::<T>(&bytes[..cut]);
            assert!(got.is_err(), "cut at {cut}: {got:?}");
        }
    }

    #[test]
    fn protobuf_presence() {
        // None: nothing in the body; the enclosing message still writes the field (12 00).
        assert_eq!(proto::to_vec(&RawExtension::default()), b"");
        assert_eq!(RawExtension::default().value_len(), 0);
        assert_eq!(proto_field(2, &RawExtension::default()), [0x12, 0x00]);
        assert_eq!(
            from_proto_field::<RawExtension>(&[0x12, 0x00]).unwrap(),
            RawExtension::default()
        );
        // Some(empty): written, and decoded back as Some(empty).
        let empty = RawExtension::from_raw(Vec::new());
        assert_eq!(proto::to_vec(&empty), [0x0a, 0x00]);
        assert_eq!(empty.value_len(), 2);
        assert_eq!(
            proto::from_slice::<RawExtension>(&[0x0a, 0x00]).unwrap(),
            empty
        );
    }

    #[test]
    fn protobuf_bytes_kept_as_is() {
        let cases: [&[u8]; 4] = [
            b"{ \"kind\": \"Pod\" }\n",
            b"k8s\x00\x0a\x04\x0a\x02v1\x12\x03\x0a\x01x",
            b"\n\x05hello",
            b"\xd9\xd9\xf7\xa0",
        ];
        for raw in cases {
            let v = RawExtension::from_raw(raw);
            let mut body = vec![0x0a, raw.len() as u8];
            body.extend_from_slice(raw);
            assert_eq!(proto::to_vec(&v), body);
            assert_eq!(v.value_len(), body.len());
            // Stored byte for byte: no compaction of the JSON case either.
            let back = proto::from_slice::<RawExtension>(&body).unwrap();
            assert_eq!(back.as_bytes(), Some(raw));
            let f = proto_field(2, &v);
            assert_eq!(from_proto_field::<RawExtension>(&f).unwrap(), v);
            assert_truncations_fail::<RawExtension>(&f);
        }
    }

    #[test]
    fn protobuf_decoded_bytes_in_json() {
        let from_proto = |raw: &[u8]| {
            let mut body = vec![0x0a, raw.len() as u8];
            body.extend_from_slice(raw);
            proto::from_slice::<RawExtension>(&body).unwrap()
        };
        // JSON bytes are written compacted, as if they had come from JSON.
        let v = from_proto(b"{ \"kind\": \"Pod\", \"x\": \"<\" }\n");
        assert_eq!(enc(&v), r#"{"kind":"Pod","x":"\u003c"}"#);
        // Protobuf (with or without the envelope) and empty bytes fail the encode.
        for raw in [&b"k8s\x00\x0a\x00"[..], b"\n\x05hello", b""] {
            enc_err(&from_proto(raw));
        }
        // The failure names the field and its offset in the output.
        let mut list = vec![from_proto(b"1"), from_proto(b"\n\x05hello")];
        let err = json::to_vec(&list).unwrap_err();
        assert_eq!((err.path(), err.offset()), ("[1]", 3), "{err}");
        list.pop();
        assert_eq!(json::to_vec(&list).unwrap(), b"[1]");
        // Pretty output keeps working around a protobuf-decoded value.
        let pretty =
            String::from_utf8(json::to_vec_pretty(&from_proto(b"[1, 2]")).unwrap()).unwrap();
        assert_eq!(pretty, "[\n  1,\n  2\n]");
    }

    #[test]
    fn protobuf_decode_rules() {
        let d = |b: &[u8]| proto::from_slice::<RawExtension>(b);
        // Absent field: None for a fresh value, unchanged when merging.
        assert_eq!(d(b"").unwrap().raw, None);
        assert_eq!(d(&[0x10, 0x01]).unwrap().raw, None);
        let mut v = RawExtension::from_raw(&b"{}"[..]);
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x02, 0x10, 0x01])).unwrap();
        assert_eq!(v.as_bytes(), Some(&b"{}"[..]));
        // The last occurrence wins; unknown fields are skipped.
        assert_eq!(
            d(&[0x0a, 0x01, b'1', 0x1a, 0x00, 0x0a, 0x01, b'2'])
                .unwrap()
                .as_bytes(),
            Some(&b"2"[..])
        );
        // Wrong wire types; a length past the end.
        let e = d(&[0x08, 0x01]).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        let mut v = RawExtension::default();
        let e =
            field::merge(&mut ProtoReader::new(&[0x01]), 2, WireType::Varint, &mut v).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        assert!(d(&[0x0a, 0x03, b'1']).is_err());
    }
}

/// CBOR, as apimachinery's `RawExtension.MarshalCBOR`/`UnmarshalCBOR` and the CBOR
/// decoder's transcoding: JSON bytes are re-encoded as a CBOR item (no prefix; numbers, key
/// order and repeated keys as [`kcodec::cbor::json_to_cbor`] describes), bytes that start
/// with the self-described tag are written as they are, `None` is `null`. Bytes that are
/// neither (protobuf, invalid JSON) fail the encode, as Go's encoder fails.
/// Decoding turns the item into JSON (as the API server's CBOR decoder transcodes raw
/// fields), so the value holds JSON whichever format it came from; `null` leaves it
/// unchanged.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};

    use super::RawExtension;

    /// Go's `MarshalCBOR` refuses bytes that are neither JSON nor self-described CBOR.
    const NEITHER: kcodec::ErrorKind = kcodec::ErrorKind::Unencodable {
        type_name: "RawExtension",
        reason: "its bytes are neither JSON nor self-described CBOR",
    };

    impl CborEncode for RawExtension {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            match &self.raw {
                Some(raw) if raw.starts_with(&write::SELF_DESCRIBED) => out.extend_from_slice(raw),
                Some(raw) if self.looks_like_json() => {
                    let len = out.len();
                    if kcodec::cbor::json_to_cbor_into(out, raw).is_err() {
                        out.truncate(len);
                        write::fail(out, NEITHER);
                    }
                }
                Some(_) => write::fail(out, NEITHER),
                None => write::write_null(out),
            }
        }
    }

    impl CborDecode for RawExtension {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            let mut v = RawExtension::default();
            v.decode_cbor_into(r)?;
            Ok(v)
        }

        fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> kcodec::Result<()> {
            if r.eat_null()? {
                return Ok(());
            }
            let mut json = Vec::new();
            r.item_to_json(&mut json)?;
            self.raw = Some(json);
            Ok(())
        }
    }
}
