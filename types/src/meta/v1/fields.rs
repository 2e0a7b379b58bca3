//! [`FieldsV1`]: the set of fields a manager owns (server-side apply), kept as raw JSON.

use kcodec::json::{write_raw, JsonReader};
use kcodec::proto::{key_len, varint_len, ProtoMessage, ProtoReader, RevBuf, WireType};
use kcodec::{JsonDecode, JsonEncode};

/// The fields owned by one manager in `metadata.managedFields[].fieldsV1`, stored as raw
/// JSON bytes (Kubernetes' `metav1.FieldsV1`, whose content is a JSON object such as
/// `{"f:metadata":{"f:labels":{}}}`).
///
/// JSON: an empty `raw` is written as `null`; otherwise `raw` is written compacted, with
/// Go's HTML escaping inside strings, as Go's encoder rewrites a `json.Marshaler`'s output.
/// Bytes that are not one valid JSON value (possible after a protobuf decode, which takes
/// any bytes) fail the encode, as Go's encoder fails (the entry point, such as
/// `kcodec::json::to_vec`, returns the error with the field's path), except bytes that Go's
/// content test takes for CBOR (a map, tag or null head first), which are written as their
/// JSON (with the `cbor` feature), as Go's `MarshalJSON` transcodes them. Decoding turns
/// `null` into an empty `raw` and stores any other value verbatim, white space included, as
/// Go's `FieldsV1.UnmarshalJSON` does, so protobuf output carries the input's bytes (JSON
/// output compacts them).
///
/// Protobuf: Kubernetes' message `{bytes Raw = 1}` carries the same bytes, written when
/// `raw` is not empty. Decoding stores the bytes exactly as they arrive (no compaction); a
/// message without the field leaves `raw` unchanged (empty for a fresh value).
///
/// CBOR (see the `cbor` module below): the API server's decoder transcodes the CBOR item to
/// JSON, which every output then carries. kcodec keeps an item that is already in the form
/// Kubernetes writes (`CborReader::canonical_item`) as CBOR in `raw`, and converts it to
/// that JSON only where JSON bytes are written (JSON, YAML, protobuf): CBOR in, CBOR out
/// costs a copy. [`FieldsV1::to_json`] gives the JSON either way.
#[derive(Clone, Debug, Default)]
pub struct FieldsV1 {
    /// The raw bytes, JSON (or, after a CBOR decode, the CBOR item: see the type's docs);
    /// empty means "no value".
    pub raw: Vec<u8>,
    /// `raw` holds a canonical CBOR item read from CBOR, which Kubernetes holds as its JSON.
    held_as_cbor: bool,
}

impl FieldsV1 {
    /// Wrap raw JSON bytes as they are.
    pub fn from_raw(raw: impl Into<Vec<u8>>) -> Self {
        FieldsV1 {
            raw: raw.into(),
            held_as_cbor: false,
        }
    }

    /// The raw bytes (JSON, or the CBOR item a CBOR decode kept: see [`FieldsV1::to_json`]).
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }

    /// The bytes Kubernetes holds for this value: `raw`, or the JSON of the CBOR item a CBOR
    /// decode kept, as the API server's decoder transcodes it.
    pub fn to_json(&self) -> std::borrow::Cow<'_, [u8]> {
        #[cfg(feature = "cbor")]
        if self.held_as_cbor {
            if let Ok(json) = kcodec::cbor::cbor_to_json(&self.raw) {
                return std::borrow::Cow::Owned(json);
            }
        }
        std::borrow::Cow::Borrowed(&self.raw)
    }

    /// The JSON Go's `MarshalJSON` writes from: [`FieldsV1::to_json`], and also the JSON
    /// of bytes that Go's content test takes for CBOR (a protobuf decode keeps any bytes).
    fn json_for_output(&self) -> std::borrow::Cow<'_, [u8]> {
        #[cfg(feature = "cbor")]
        if !self.held_as_cbor && cbor::json_or_cbor(self.raw[0]) == Some(false) {
            if let Ok(json) = kcodec::cbor::cbor_to_json(&self.raw) {
                return std::borrow::Cow::Owned(json);
            }
        }
        self.to_json()
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
        } else if !write_raw(out, &self.json_for_output()) {
            // White space only, or not JSON at all.
            kcodec::json::write::fail(out, kcodec::json::not_json("FieldsV1"));
        }
    }
}

impl kcodec::Omit for FieldsV1 {
    /// Go's `omitzero`: a struct whose `Raw` is nil.
    fn is_zero_value(&self) -> bool {
        self.raw.is_empty()
    }
}

impl JsonDecode for FieldsV1 {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        if r.eat_null()? {
            return Ok(FieldsV1::default());
        }
        Ok(FieldsV1::from_raw(r.raw_value()?))
    }
}

impl ProtoMessage for FieldsV1 {
    #[inline]
    fn encoded_len(&self) -> usize {
        let raw = self.to_json();
        if raw.is_empty() {
            0
        } else {
            key_len(1) + varint_len(raw.len() as u64) + raw.len()
        }
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        let raw = self.to_json();
        if !raw.is_empty() {
            w.put_slice(&raw);
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
                    self.raw.clear();
                    self.raw.extend_from_slice(bytes);
                    self.held_as_cbor = false;
                }
                _ => r.skip(wire)?,
            }
        }
        Ok(())
    }
}

kcodec::proto_message_value!(FieldsV1);

/// Equal when the bytes are, or when both are JSON that differs only in layout (white
/// space between tokens): what Go stores differs then, what it writes as JSON does not. A
/// CBOR item kept by a CBOR decode equals JSON that writes the same JSON.
impl PartialEq for FieldsV1 {
    fn eq(&self, other: &FieldsV1) -> bool {
        if !self.held_as_cbor && !other.held_as_cbor {
            return crate::runtime::raw_json_eq(&self.raw, &other.raw);
        }
        if self.held_as_cbor && other.held_as_cbor {
            return self.raw == other.raw;
        }
        // A CBOR item against JSON: the JSON each one writes.
        kcodec::json::to_vec(self) == kcodec::json::to_vec(other)
    }
}

impl Eq for FieldsV1 {}

impl std::hash::Hash for FieldsV1 {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Equal values compact to the same bytes.
        // Equal values write the same JSON.
        let json = self.to_json();
        let mut compact = Vec::with_capacity(json.len());
        kcodec::json::compact_into(&mut compact, &json, true);
        compact.hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};
    use kcodec::Omit as _;

    fn enc(v: &FieldsV1) -> String {
        String::from_utf8(json::to_vec(v).unwrap()).unwrap()
    }

    /// The error of an encode Go's encoder refuses too.
    fn enc_err(v: &FieldsV1) -> kcodec::Error {
        let err = json::to_vec(v).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                kcodec::ErrorKind::Unencodable {
                    type_name: "FieldsV1",
                    ..
                }
            ),
            "{err}"
        );
        err
    }

    #[test]
    fn empty_is_null() {
        assert_eq!(enc(&FieldsV1::default()), "null");
        assert_eq!(
            json::from_slice::<FieldsV1>(b"null").unwrap(),
            FieldsV1::default()
        );
        assert_eq!(json::from_slice::<FieldsV1>(b" null ").unwrap().raw, b"");
        assert!(FieldsV1::default().is_zero_value());
        assert!(!FieldsV1::default().is_empty_value());
        assert!(FieldsV1::default().is_empty());
        // Whitespace-only raw bytes are not JSON: the encode fails, as Go's does.
        enc_err(&FieldsV1::from_raw(&b"  "[..]));
    }

    #[test]
    fn encodes_compacted_with_html_escaping() {
        let f = FieldsV1::from_raw(&b"{ \"f:metadata\" : {\"f:labels\": {\"f:a<b\":{}}}}\n"[..]);
        assert_eq!(enc(&f), r#"{"f:metadata":{"f:labels":{"f:a\u003cb":{}}}}"#);
        assert_eq!(f.as_bytes().len(), f.raw.len());
    }

    #[test]
    fn decode_stores_verbatim_and_encode_compacts() {
        let pretty = b"{\n  \"f:spec\": {\n    \"f:x\": {},\n    \"f:y\": \"a&b\"\n  }\n}";
        let compact = br#"{"f:spec":{"f:x":{},"f:y":"a&b"}}"#;
        let a: FieldsV1 = json::from_slice(pretty).unwrap();
        let b: FieldsV1 = json::from_slice(compact).unwrap();
        // Stored as given (Go keeps the bytes, and protobuf output carries them) ...
        assert_eq!(a.raw, pretty.to_vec());
        assert_eq!(b.raw, compact.to_vec());
        // ... and written compacted, as Go's encoder compacts a Marshaler's output.
        assert_eq!(enc(&a), r#"{"f:spec":{"f:x":{},"f:y":"a\u0026b"}}"#);
        assert_eq!(enc(&a), enc(&b));
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
            b"[1, 2]"
        );
    }

    #[test]
    fn json_encode_validates_raw_bytes() {
        for bad in [
            &b"\n\x05hello"[..],
            b"{",
            b"{\"f:a\":{}",
            b"{} {}",
            b"\xff",
            b"k8s\x00",
        ] {
            enc_err(&FieldsV1::from_raw(bad));
        }
        assert_eq!(enc(&FieldsV1::from_raw(&b" {} "[..])), "{}");
    }

    /// Protobuf carries any bytes. Inside a JSON string they are written as they are, valid
    /// UTF-8 or not: Go's compaction of a `json.Marshaler`'s output checks JSON syntax only
    /// (its scanner refuses only control bytes in strings). Found by diff_proto_pod, whose
    /// JSON reader refused the output.
    #[test]
    fn json_encode_keeps_bytes_inside_strings_as_go_does() {
        let compact = b"{\"f:\xf4erminationGracePeriodSeconds\":{}}";
        assert_eq!(
            json::to_vec(&FieldsV1::from_raw(&compact[..])).unwrap(),
            compact
        );
        let spaced = b"{ \"f:\xf4x\xc3\" : {} }";
        assert_eq!(
            json::to_vec(&FieldsV1::from_raw(&spaced[..])).unwrap(),
            b"{\"f:\xf4x\xc3\":{}}"
        );
        // A control byte in a string is not JSON, as in Go: the encode fails.
        enc_err(&FieldsV1::from_raw(&b"{\"f:\x01\":{}}"[..]));
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
    fn protobuf_bytes() {
        // managedFields[].fieldsV1 (field 7) = {}: 3a 04 0a 02 7b 7d.
        let v = FieldsV1::from_raw(&b"{}"[..]);
        assert_eq!(proto::to_vec(&v), [0x0a, 0x02, b'{', b'}']);
        assert_eq!(v.value_len(), 4);
        let f = proto_field(7, &v);
        assert_eq!(f, [0x3a, 0x04, 0x0a, 0x02, b'{', b'}']);
        assert_eq!(from_proto_field::<FieldsV1>(&f).unwrap(), v);
        assert_truncations_fail::<FieldsV1>(&f);
        // Empty raw: nothing in the body.
        assert_eq!(proto::to_vec(&FieldsV1::default()), b"");
        assert_eq!(FieldsV1::default().value_len(), 0);
        assert_eq!(proto_field(7, &FieldsV1::default()), [0x3a, 0x00]);
        // A longer value: two-byte length prefix.
        let keys: Vec<String> = (0..20).map(|i| format!("\"f:key{i}\":{{}}")).collect();
        let long = format!("{{\"f:metadata\":{{\"f:labels\":{{{}}}}}}}", keys.join(","));
        let v = FieldsV1::from_raw(long.as_bytes());
        let bytes = proto::to_vec(&v);
        assert_eq!(bytes.len(), v.value_len());
        assert_eq!(
            bytes[1..3],
            [(long.len() as u8) | 0x80, (long.len() >> 7) as u8]
        );
        assert_eq!(proto::from_slice::<FieldsV1>(&bytes).unwrap(), v);
        assert_eq!(enc(&v), long);
    }

    #[test]
    fn protobuf_decode_rules() {
        let d = |b: &[u8]| proto::from_slice::<FieldsV1>(b);
        // Bytes are stored as they arrive: whitespace kept, non-JSON kept.
        let spaced = b"{ \"f:spec\" : {} }";
        let mut body = vec![0x0a, spaced.len() as u8];
        body.extend_from_slice(spaced);
        let v = d(&body).unwrap();
        assert_eq!(v.raw, spaced.to_vec());
        // ... and written to JSON compacted.
        assert_eq!(enc(&v), r#"{"f:spec":{}}"#);
        let v = d(&[0x0a, 0x02, 0x0a, 0x00]).unwrap();
        assert_eq!(v.raw, b"\n\x00");
        enc_err(&v);
        // Bytes Go takes for CBOR (a map head first) are written as their JSON.
        #[cfg(feature = "cbor")]
        assert_eq!(enc(&d(&[0x0a, 0x01, 0xa0]).unwrap()), "{}");
        // Absent or empty: empty raw; unknown fields skipped; last wins.
        assert_eq!(d(b"").unwrap(), FieldsV1::default());
        assert_eq!(d(&[0x0a, 0x00]).unwrap(), FieldsV1::default());
        assert_eq!(
            d(&[0x0a, 0x01, b'1', 0x10, 0x00, 0x0a, 0x01, b'2'])
                .unwrap()
                .raw,
            b"2"
        );
        // Wrong wire types; a length past the end.
        let e = d(&[0x08, 0x01]).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        let mut v = FieldsV1::default();
        let e =
            field::merge(&mut ProtoReader::new(&[0x01]), 7, WireType::Varint, &mut v).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        assert!(d(&[0x0a, 0x03, b'{']).is_err());
    }
}

/// CBOR, as apimachinery's `FieldsV1.MarshalCBOR`/`UnmarshalCBOR` and the CBOR decoder's
/// transcoding, which tell JSON from CBOR by the first byte (`getContentType`): JSON (`{`,
/// `n` or white space first) is parsed as an object and re-encoded as a CBOR map (keys in
/// CBOR order); other bytes are written as they are when they are one CBOR item; empty is
/// `null`. Where Go's encode fails (JSON that is not an object, bytes that are not one CBOR
/// item), kcodec's fails too. Decoding keeps the item: a map, a tag or `null` item
/// (CBOR by that test) is transcoded to JSON, as the API server's decoder does (kept as it
/// is when it is already what the transcoding would write back: see [`FieldsV1`]); another
/// item is kept as its bytes; a `null` leaves the value unchanged.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};
    use kcodec::json::DecodeOptions;

    use super::FieldsV1;

    /// Go's `getContentType` on the first byte: JSON (`Some(true)`), CBOR (`Some(false)`),
    /// neither (`None`).
    pub(super) fn json_or_cbor(first: u8) -> Option<bool> {
        match first {
            b'n' | b'{' | b'\t' | b'\r' | b'\n' | b' ' => Some(true),
            0xf6 | 0xa0..=0xbf | 0xc6..=0xdb => Some(false),
            _ => None,
        }
    }

    /// The failure of a value Go's `MarshalCBOR` refuses, and why.
    fn unencodable(reason: &'static str) -> kcodec::ErrorKind {
        kcodec::ErrorKind::Unencodable {
            type_name: "FieldsV1",
            reason,
        }
    }

    /// Whether `raw` is exactly one well-formed CBOR item (what Go checks of a marshaler's
    /// output).
    fn one_item(raw: &[u8]) -> bool {
        let mut r = CborReader::new(raw, DecodeOptions::default());
        r.skip_value().is_ok() && r.finish().is_ok()
    }

    impl CborEncode for FieldsV1 {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            let raw = &self.raw;
            let Some(&first) = raw.first() else {
                write::write_null(out);
                return;
            };
            if self.held_as_cbor && json_or_cbor(first) == Some(false) {
                // Checked when read: what Go's transcoding writes back.
                out.extend_from_slice(raw);
            } else if json_or_cbor(first) == Some(true) {
                let len = out.len();
                let object = raw
                    .iter()
                    .find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
                    .is_some_and(|&b| b == b'{' || b == b'n');
                if !object || kcodec::cbor::json_to_cbor_into(out, raw).is_err() {
                    out.truncate(len);
                    write::fail(out, unencodable("its JSON is not an object"));
                }
            } else if one_item(raw) {
                out.extend_from_slice(raw);
            } else {
                write::fail(
                    out,
                    unencodable("its bytes are neither JSON nor one CBOR item"),
                );
            }
        }
    }

    impl CborDecode for FieldsV1 {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            let mut v = FieldsV1::default();
            v.decode_cbor_into(r)?;
            Ok(v)
        }

        fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> kcodec::Result<()> {
            if r.eat_null()? {
                return Ok(());
            }
            let start = r.offset();
            let first = r.input().get(start).copied().unwrap_or(0);
            if json_or_cbor(first) == Some(false) {
                if let Some(item) = r.canonical_item() {
                    r.charge(item.len())?;
                    self.raw = item.to_vec();
                    self.held_as_cbor = true;
                    return Ok(());
                }
                let mut json = Vec::new();
                r.item_to_json(&mut json)?;
                self.raw = json;
            } else {
                self.raw = r.raw_value()?.to_vec();
            }
            self.held_as_cbor = false;
            Ok(())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn decode(cbor: &[u8]) -> FieldsV1 {
            kcodec::cbor::from_slice(cbor).unwrap()
        }

        /// A canonical item is kept as CBOR and every output is what Kubernetes writes from
        /// the JSON it transcodes the item to; other items are transcoded when read.
        #[test]
        fn canonical_cbor_is_kept_and_written_as_its_json() {
            let json = br#"{"f:metadata":{"f:labels":{".":{},"f:a<b":{}}},"f:spec":{}}"#;
            let cbor = kcodec::cbor::json_to_cbor(json).unwrap();
            let v = decode(&cbor);
            assert_eq!(v.raw, cbor);
            // Go's transcoding escapes as `json.Marshal` does.
            assert_eq!(
                &*v.to_json(),
                br#"{"f:metadata":{"f:labels":{".":{},"f:a\u003cb":{}}},"f:spec":{}}"#
            );
            assert_eq!(kcodec::cbor::to_vec_bare(&v).unwrap(), cbor);
            let from_json: FieldsV1 = kcodec::json::from_slice(json).unwrap();
            assert_eq!(v, from_json);
            assert_eq!(
                kcodec::json::to_vec(&v).unwrap(),
                kcodec::json::to_vec(&from_json).unwrap()
            );
            // Protobuf carries the JSON the API server transcodes the item to.
            assert_eq!(
                kcodec::proto::to_vec(&v),
                kcodec::proto::to_vec(&FieldsV1::from_raw(v.to_json().into_owned()))
            );
            // Keys out of CBOR order: transcoded when read, JSON held.
            let unordered = b"\xa2\x42f:\xa0\x41a\xa0";
            let w = decode(unordered);
            assert_eq!(w.raw, br#"{"a":{},"f:":{}}"#);
            assert_eq!(
                kcodec::cbor::to_vec_bare(&w).unwrap(),
                b"\xa2\x41a\xa0\x42f:\xa0"
            );
            // A protobuf decode holds what it reads, CBOR bytes included.
            let mut p = v.clone();
            kcodec::proto::ProtoMessage::merge(
                &mut p,
                &mut kcodec::proto::ProtoReader::new(&[0x0a, 0x01, 0xa0]),
            )
            .unwrap();
            assert_eq!(p.raw, [0xa0]);
            assert_eq!(kcodec::proto::to_vec(&p), [0x0a, 0x01, 0xa0]);
        }
    }
}
