//! Differential against Kubernetes' own Go codecs (`k8s-oracle serve`): the same bytes read
//! as a Pod by kcodec and by Go must be accepted or refused alike, and, when accepted,
//! written back as the same compact JSON and the same protobuf. Inputs naming another kind
//! are left out (Go would decode that kind). Set `KCODEC_K8S_ORACLE`.
#![no_main]

use kcodec_types::core::v1::Pod;
use kcodec_types::meta::v1::TypeMeta;
use libfuzzer_sys::fuzz_target;

#[path = "../oracle_peer.rs"]
mod oracle_peer;
use oracle_peer::{is_kcodec_bound, pod_request, with_oracle, Format, Response};

fuzz_target!(|data: &[u8]| {
    if let Ok(tm) = kcodec::json::from_slice::<TypeMeta>(data) {
        if !matches!(tm.api_version.as_str(), "" | "v1") || !matches!(tm.kind.as_str(), "" | "Pod")
        {
            return;
        }
    }
    // As Go's decoder, kcodec keeps the object's `kind` and `apiVersion` as the input gives
    // them (the defaults only choose the type).
    let ours = kcodec::json::from_slice::<Pod>(data);
    let go = with_oracle(|o| o.call(&pod_request(Format::Json, Format::Json), data));
    match (&ours, &go) {
        (Ok(pod), Response::Ok(go_json)) => {
            // Raw values decoded from JSON are JSON: the encode cannot fail.
            let json = kcodec::json::to_vec_response(pod).expect("JSON input writes back");
            assert!(
                &json == go_json,
                "JSON differs:\n kcodec {}\n go     {}",
                String::from_utf8_lossy(&json),
                String::from_utf8_lossy(go_json)
            );
            let go_pb = with_oracle(|o| o.call(&pod_request(Format::Json, Format::Protobuf), data));
            let tm = &pod.type_meta;
            let pb = kcodec::proto::envelope::encode(&tm.api_version, &tm.kind, pod);
            assert!(
                go_pb.body() == Some(pb.as_slice()),
                "protobuf differs: go {go_pb:?}"
            );
        }
        (Err(_), Response::Err(_)) => {}
        (_, Response::Strict(..)) => unreachable!("a lax request"),
        (Err(e), Response::Ok(_)) if is_kcodec_bound(e) => {}
        (Err(e), _) => panic!("Go accepts, kcodec refuses: {e}"),
        (Ok(_), go) => panic!("kcodec accepts, Go refuses: {go:?}"),
    }
});
