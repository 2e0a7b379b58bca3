//! Protobuf decode of a Pod message body; whatever decodes re-encodes to bytes that decode
//! to an equal Pod (the size computed up front being the size written) and writes stable JSON.
#![no_main]

use kcodec::proto::ProtoMessage;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pod) = kcodec::proto::from_slice::<Pod>(data) {
        let pb = kcodec::proto::to_vec(&pod);
        assert!(
            pb.len() == pod.encoded_len(),
            "encoded_len differs from bytes written"
        );
        let again: Pod = kcodec::proto::from_slice(&pb).expect("own protobuf decodes");
        assert!(again == pod, "protobuf round trip changed the Pod");
        // JSON is stable from the first re-decode on. Raw-JSON fields holding bytes that are
        // not JSON fail the encode, as Go's encoder does. Some protobuf values have a JSON
        // form that does not read back, in Go as here: a Time past year 9999 is written with
        // its full year, which RFC 3339 parsing refuses.
        let Ok(json) = kcodec::json::to_vec(&pod) else {
            return;
        };
        let Ok(back) = kcodec::json::from_slice::<Pod>(&json) else {
            return;
        };
        let json2 = kcodec::json::to_vec(&back).expect("own JSON writes back");
        let third: Pod = kcodec::json::from_slice(&json2).expect("own JSON decodes");
        assert!(
            kcodec::json::to_vec(&third).as_ref() == Ok(&json2),
            "JSON not stable"
        );
    }
});
