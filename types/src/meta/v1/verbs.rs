//! `Verbs`: the verbs a resource supports. A JSON array of strings, but on the protobuf wire
//! a wrapper message `{ repeated string items = 1; }` (Kubernetes marshals the Go slice type
//! through a generated wrapper), so it is a newtype with its own codecs.

use kcodec::json::JsonReader;
use kcodec::{JsonDecode, JsonEncode, Result, Str};

/// The verbs a resource supports (`get`, `list`, `watch`, ...).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verbs(pub Vec<Str>);

impl std::ops::Deref for Verbs {
    type Target = Vec<Str>;
    fn deref(&self) -> &Vec<Str> {
        &self.0
    }
}

impl std::ops::DerefMut for Verbs {
    fn deref_mut(&mut self) -> &mut Vec<Str> {
        &mut self.0
    }
}

impl JsonEncode for Verbs {
    fn encode_json(&self, out: &mut Vec<u8>) {
        self.0.encode_json(out)
    }
    fn is_json_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn is_json_zero(&self) -> bool {
        self.0.is_empty()
    }
}

impl JsonDecode for Verbs {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        Vec::<Str>::decode_json(r).map(Verbs)
    }
}

impl kcodec::proto::ProtoValue for Verbs {
    const WIRE_TYPE: kcodec::proto::WireType = kcodec::proto::WireType::Len;

    fn value_len(&self) -> usize {
        kcodec::proto::field::len_repeated(1, &self.0)
    }

    fn encode_value_rev(&self, w: &mut kcodec::proto::RevBuf) {
        kcodec::proto::field::encode_repeated(w, 1, &self.0)
    }

    fn merge_value(&mut self, r: &mut kcodec::proto::ProtoReader<'_>) -> Result<()> {
        r.nested(|r| {
            while !r.at_end() {
                let (field, wire) = r.read_key()?;
                match field {
                    1 => kcodec::proto::field::merge_repeated(r, 1, wire, &mut self.0)?,
                    _ => r.skip(wire)?,
                }
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_a_wrapper_message_in_protobuf() {
        let v = Verbs(vec!["get".into(), "list".into()]);
        let mut w = kcodec::proto::RevBuf::new();
        kcodec::proto::field::encode(&mut w, 4, &v);
        assert_eq!(
            w.as_slice(),
            b"\x22\x0b\x0a\x03get\x0a\x04list",
            "field 4 holds a message whose field 1 repeats"
        );
        let mut back = Verbs::default();
        let mut r = kcodec::proto::ProtoReader::new(&w.as_slice()[1..]);
        kcodec::proto::ProtoValue::merge_value(&mut back, &mut r).unwrap();
        assert_eq!(back, v);
        assert_eq!(kcodec::json::to_vec(&v), br#"["get","list"]"#);
    }
}
