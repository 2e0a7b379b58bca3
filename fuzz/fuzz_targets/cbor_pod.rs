//! CBOR as a Pod (strict or not) and as unstructured content: no panic, no hang; a decoded
//! Pod writes CBOR that reads back and is a fixed point, and protobuf and JSON that read
//! back; CBOR → JSON of any item, when it succeeds, converts back to CBOR.
#![no_main]

use kcodec::json::DecodeOptions;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let strict = data.first().is_some_and(|b| b & 1 == 1);
    let opts = DecodeOptions {
        strict,
        ..DecodeOptions::default()
    };
    if let Ok((pod, _)) = kcodec::cbor::from_slice_with::<Pod>(data, opts) {
        // A FieldsV1 that is not a JSON object fails the encode, as Go's does.
        let Ok(cbor) = kcodec::cbor::to_vec(&pod) else {
            return;
        };
        let again: Pod = kcodec::cbor::from_slice(&cbor).expect("kcodec reads its own CBOR");
        assert_eq!(
            kcodec::cbor::to_vec(&again).expect("own CBOR writes back"),
            cbor,
            "CBOR is not a fixed point"
        );
        // Protobuf cannot tell nil from empty: only its own round trip is exact.
        let pb = kcodec::proto::to_vec(&again);
        let from_pb: Pod = kcodec::proto::from_slice(&pb).expect("kcodec reads its own protobuf");
        assert_eq!(
            kcodec::proto::to_vec(&from_pb),
            pb,
            "protobuf is not a fixed point"
        );
        let json = kcodec::json::to_vec(&again).expect("CBOR's raw values write as JSON");
        kcodec::json::from_slice::<Pod>(&json).expect("kcodec reads its own JSON");
    }
    if let Ok(json) = kcodec::cbor::cbor_to_json(data) {
        let cbor = kcodec::cbor::json_to_cbor(&json).expect("JSON from CBOR converts back");
        assert_eq!(
            kcodec::cbor::cbor_to_json(&cbor).expect("kcodec reads its own CBOR"),
            json,
            "CBOR → JSON is not stable"
        );
    }
});
