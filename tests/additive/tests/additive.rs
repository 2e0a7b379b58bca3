//! The crate's types work in the formats they asked for, beside kcodec-types' types in all.

use kcodec_additive::{Celsius, Label, Reading, Sample};
use kcodec_types::core::v1::Pod;

#[test]
fn json_only_types_round_trip() {
    let input = br#"{"temp":"21.5C","tags":"a,b","pod":{"metadata":{"name":"p"},"spec":{"containers":null},"status":{}}}"#;
    let r: Reading = kcodec::json::from_slice(input).unwrap();
    assert_eq!(r.temp, Celsius(21.5));
    assert_eq!(r.tags, ["a", "b"]);
    assert_eq!(kcodec::json::to_vec(&r).unwrap(), input);

    let err = kcodec::json::from_slice::<Reading>(br#"{"temp":"warm"}"#).unwrap_err();
    assert!(err.to_string().contains("temperature"), "{err}");
}

#[test]
fn serde_derived_by_the_user_is_serdes_own() {
    // serde's derive writes every field (no omitempty); kcodec's codec omits the empty value.
    let l = Label {
        key: "k".into(),
        value: String::new(),
    };
    assert_eq!(
        serde_json::to_string(&l).unwrap(),
        r#"{"key":"k","value":""}"#
    );
    assert_eq!(kcodec::json::to_vec(&l).unwrap(), br#"{"key":"k"}"#);
}

#[test]
fn proto_without_cbor() {
    let s = Sample {
        name: "x".into(),
        count: 3,
    };
    let pb = kcodec::proto::to_vec(&s);
    assert_eq!(kcodec::proto::from_slice::<Sample>(&pb).unwrap(), s);
}

#[test]
fn kubernetes_types_keep_every_format() {
    let pod: Pod = kcodec::json::from_slice(br#"{"metadata":{"name":"p"}}"#).unwrap();
    let cbor = kcodec::cbor::to_vec(&pod).unwrap();
    assert_eq!(kcodec::cbor::from_slice::<Pod>(&cbor).unwrap(), pod);
    let json = serde_json::to_string(&pod).unwrap();
    assert_eq!(json.as_bytes(), kcodec::json::to_vec(&pod).unwrap());
}

#[test]
fn a_type_without_cbor_is_cached_and_answers_cbor_with_an_error() {
    use kcodec::cache::Cached;
    use kcodec::Format;
    // kcodec's `cbor` feature is on in this build; `Sample` derives JSON and protobuf only.
    let s = Sample {
        name: "x".into(),
        count: 3,
    };
    let cached = Cached::new(s.clone(), "example.com/v1", "Sample");
    assert_eq!(
        &cached.bytes(Format::Json).unwrap()[..],
        kcodec::json::to_vec(&s).unwrap()
    );
    let err = cached.bytes(Format::Cbor).unwrap_err().to_string();
    assert!(
        err.contains("Sample") && err.contains("no CBOR codec"),
        "{err}"
    );

    // A Kubernetes type has every format.
    let pod: Pod = kcodec::json::from_slice(br#"{"metadata":{"name":"p"}}"#).unwrap();
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    assert_eq!(
        &cached.bytes(Format::Cbor).unwrap()[..],
        kcodec::cbor::to_vec(&pod).unwrap()
    );
}
