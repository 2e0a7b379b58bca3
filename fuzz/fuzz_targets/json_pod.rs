//! JSON decode of a Pod (strict or not, as the first byte says); whatever decodes writes
//! stable JSON (as Go's is: a pointer to the zero time is `null`, then omitted) and survives
//! protobuf to an equal Pod.
#![no_main]

use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

#[path = "../../types/tests/support/stable.rs"]
mod stable;

fuzz_target!(|data: &[u8]| {
    let strict = data.first().is_some_and(|b| b & 1 == 1);
    let result = if strict {
        kcodec::json::from_slice_strict::<Pod>(data).map(|(p, _)| p)
    } else {
        kcodec::json::from_slice::<Pod>(data)
    };
    if let Ok(pod) = result {
        // JSON is stable: raw-JSON fields (FieldsV1, RawExtension) are re-escaped as Go's
        // encoder does, so the object may change on the first trip, the bytes must not, but
        // for a pointer to the zero time: written `null`, read back as absent, then omitted
        // (as in Go). From there on, the bytes are a fixed point.
        // Raw values decoded from JSON are JSON: the encodes cannot fail.
        let json = kcodec::json::to_vec(&pod).expect("JSON input writes back");
        let again: Pod = kcodec::json::from_slice(&json).expect("own JSON decodes");
        let json2 = kcodec::json::to_vec(&again).expect("own JSON writes back");
        assert!(
            stable::stable_but_for_dropped_nulls(&json, &json2),
            "JSON not stable"
        );
        let third: Pod = kcodec::json::from_slice(&json2).expect("own JSON decodes");
        assert!(
            kcodec::json::to_vec(&third).as_ref() == Ok(&json2),
            "JSON not a fixed point"
        );
        // Protobuf carries every field verbatim: the object survives it exactly.
        let pb = kcodec::proto::to_vec(&pod);
        let mut back: Pod = kcodec::proto::from_slice(&pb).expect("own protobuf decodes");
        // TypeMeta is not on the protobuf wire (the envelope carries it).
        back.type_meta = pod.type_meta.clone();
        assert!(back == pod, "protobuf round trip changed the Pod");
    }
});
