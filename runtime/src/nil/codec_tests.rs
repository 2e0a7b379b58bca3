//! `List` and `Map` in every format are what `Option<Vec<T>>` and `Option<BTreeMap<K, V>>`
//! are: the same bytes out, the same nil-ness in, on one struct of each kind (but for CBOR's
//! `undefined`, which Go takes as nil only into a pointer).

use std::collections::BTreeMap;

use crate::{json, proto, List, Map, Str};

#[derive(Debug, Default, PartialEq, crate::Json, crate::Proto)]
#[cfg_attr(feature = "cbor", derive(crate::Cbor))]
#[kcodec(crate = "crate")]
struct New {
    #[kcodec(rename = "items", tag = 1)]
    items: List<Str>,
    #[kcodec(rename = "labels", tag = 2)]
    labels: Map<Str, Str>,
    #[kcodec(rename = "ports", tag = 3, omitempty)]
    ports: List<i32>,
    #[kcodec(rename = "n", tag = 4, omitzero)]
    n: List<i64>,
    #[kcodec(rename = "m", tag = 5, omitempty)]
    m: Map<Str, i32>,
}

#[derive(Debug, Default, PartialEq, crate::Json, crate::Proto)]
#[cfg_attr(feature = "cbor", derive(crate::Cbor))]
#[kcodec(crate = "crate")]
struct Old {
    #[kcodec(rename = "items", tag = 1)]
    items: Option<Vec<Str>>,
    #[kcodec(rename = "labels", tag = 2)]
    labels: Option<BTreeMap<Str, Str>>,
    #[kcodec(rename = "ports", tag = 3, omitempty, with = "crate::go_slice")]
    ports: Option<Vec<i32>>,
    #[kcodec(rename = "n", tag = 4, omitzero)]
    n: Option<Vec<i64>>,
    #[kcodec(rename = "m", tag = 5, omitempty, with = "crate::go_slice")]
    m: Option<BTreeMap<Str, i32>>,
}

impl New {
    fn as_old(&self) -> Old {
        Old {
            items: self.items.clone().into_option(),
            labels: self.labels.clone().into_option(),
            ports: self.ports.clone().into_option(),
            n: self.n.clone().into_option(),
            m: self.m.clone().into_option(),
        }
    }
}

const JSON: &[&str] = &[
    "{}",
    r#"{"items":null,"labels":null,"ports":null,"n":null,"m":null}"#,
    r#"{"items":[],"labels":{},"ports":[],"n":[],"m":{}}"#,
    r#"{"items":["a","b"],"labels":{"k":"v"},"ports":[1],"n":[2],"m":{"x":1}}"#,
    r#"{"items":["a","b"],"items":["c"],"labels":{"a":"1"},"labels":{"b":"2"}}"#,
    r#"{"items":["a"],"items":null,"labels":{"a":"1"},"labels":null,"n":[1],"n":[]}"#,
    r#"{"items":null,"items":[],"labels":null,"labels":{},"m":null,"m":{"y":2}}"#,
    r#"{"items":[1]}"#,
    r#"{"labels":[]}"#,
];

#[test]
fn json_is_option_json() {
    for input in JSON {
        let new = json::from_slice::<New>(input.as_bytes());
        let old = json::from_slice::<Old>(input.as_bytes());
        match (new, old) {
            (Ok(new), Ok(old)) => {
                assert_eq!(new.as_old(), old, "{input}");
                assert_eq!(json::to_vec(&new), json::to_vec(&old), "{input}");
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{input}"),
            (a, b) => panic!("{input}: {a:?} vs {b:?}"),
        }
    }
}

#[test]
fn protobuf_is_option_protobuf() {
    for input in JSON {
        let Ok(new) = json::from_slice::<New>(input.as_bytes()) else {
            continue;
        };
        let old = new.as_old();
        let bytes = proto::to_vec(&new);
        assert_eq!(bytes, proto::to_vec(&old), "{input}");
        let back = proto::from_slice::<New>(&bytes).unwrap();
        assert_eq!(
            back.as_old(),
            proto::from_slice::<Old>(&bytes).unwrap(),
            "{input}"
        );
    }
    // An empty packed run leaves a nil list nil; one with elements makes it.
    for wire in [
        &[0x1a, 0x00][..],
        &[0x1a, 0x01, 0x05],
        &[0x18, 0x05, 0x1a, 0x00],
    ] {
        let new = proto::from_slice::<New>(wire).unwrap();
        assert_eq!(
            new.as_old(),
            proto::from_slice::<Old>(wire).unwrap(),
            "{wire:?}"
        );
    }
    assert!(proto::from_slice::<New>(&[0x1a, 0x00])
        .unwrap()
        .ports
        .is_nil());
}

#[cfg(feature = "cbor")]
#[test]
fn cbor_is_option_cbor() {
    use crate::cbor;
    for input in JSON {
        let Ok(new) = json::from_slice::<New>(input.as_bytes()) else {
            continue;
        };
        let old = new.as_old();
        let bytes = cbor::to_vec(&new).unwrap();
        assert_eq!(bytes, cbor::to_vec(&old).unwrap(), "{input}");
        let back = cbor::from_slice::<New>(&bytes).unwrap();
        assert_eq!(
            back.as_old(),
            cbor::from_slice::<Old>(&bytes).unwrap(),
            "{input}"
        );
    }
    // `undefined`: Go reads it as nil into a pointer (`Option`) and refuses it for a slice
    // or map (checked with k8s-oracle); so do `List` and `Map`.
    let undefined = b"\xa1\x45items\xf7";
    assert!(cbor::from_slice::<Old>(undefined).unwrap().items.is_none());
    assert!(cbor::from_slice::<New>(undefined).is_err());
    assert!(cbor::from_slice::<New>(b"\xa1\x46labels\xf7").is_err());
    assert!(cbor::from_slice::<List<i32>>(b"\xf7").is_err());
    assert!(cbor::from_slice::<List<i32>>(b"\xf6").unwrap().is_nil());
}

#[test]
fn schema_is_option_schema() {
    use crate::schema::ProtoSchema;
    let (new, old) = (New::proto_schema(), Old::proto_schema());
    for (a, b) in new.fields.iter().zip(&old.fields) {
        assert_eq!(format!("{:?}", a.ty), format!("{:?}", b.ty), "{}", a.name);
    }
}
