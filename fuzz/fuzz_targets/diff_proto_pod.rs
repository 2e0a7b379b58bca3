//! Differential against Kubernetes' own Go codecs (`k8s-oracle serve`): the same bytes, a Pod
//! message in a `k8s\0` envelope, read by kcodec and by Go must be accepted or refused alike,
//! and, when accepted, written back as the same protobuf and the same JSON. The differences
//! still open (README, "Limits and guarantees") are told apart by `kcodec_testkit::known`.
//! Set `KCODEC_K8S_ORACLE`.
#![no_main]

use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

#[path = "../oracle_peer.rs"]
mod oracle_peer;
use oracle_peer::{is_kcodec_bound, pod_request, with_oracle, Format, Response};

fuzz_target!(|data: &[u8]| {
    let input = kcodec::proto::envelope::wrap("v1", "Pod", data);
    let ours = kcodec::proto::from_slice::<Pod>(data).map(|mut pod| {
        pod.type_meta.api_version = "v1".into();
        pod.type_meta.kind = "Pod".into();
        pod
    });
    let go_pb = with_oracle(|o| o.call(&pod_request(Format::Protobuf, Format::Protobuf), &input));
    match (&ours, &go_pb) {
        (Ok(pod), Response::Ok(go)) => {
            let pb = kcodec::proto::envelope::encode("v1", "Pod", pod);
            if &pb != go {
                // An IntOrString of type string that also carries intVal: Go writes both back,
                // kcodec the string only (open). Go's output read by kcodec is kcodec's then.
                let again = kcodec::proto::envelope::decode(go)
                    .and_then(|env| kcodec::proto::from_slice::<Pod>(env.raw))
                    .map(|p| kcodec::proto::envelope::encode("v1", "Pod", &p));
                assert!(again.as_ref() == Ok(&pb), "protobuf differs");
            }
            let go_json =
                with_oracle(|o| o.call(&pod_request(Format::Protobuf, Format::Json), &input));
            let json = kcodec::json::to_vec_response(pod);
            match (&json, &go_json) {
                (Ok(json), Response::Ok(go)) => assert!(
                    json == go,
                    "JSON differs:\n kcodec {}\n go     {}",
                    String::from_utf8_lossy(json),
                    String::from_utf8_lossy(go)
                ),
                // A RawExtension/FieldsV1 whose bytes are not JSON: both encodes fail.
                (Err(_), Response::Err(e)) => {
                    assert!(e.contains("error calling MarshalJSON"), "{e}")
                }
                (_, Response::Strict(..)) => unreachable!("a lax request"),
                (ours, go) => panic!("JSON verdicts differ: kcodec {ours:?}, go {go:?}"),
            }
        }
        (Err(_), Response::Err(_)) => {}
        (_, Response::Strict(..)) => unreachable!("a lax request"),
        (Err(e), Response::Ok(_)) => {
            let text = e.to_string();
            let known = is_kcodec_bound(e)
                // Invalid UTF-8 in a string: Go keeps the bytes (open).
                || text.contains("UTF-8");
            assert!(known, "Go accepts, kcodec refuses: {text}");
        }
        (Ok(_), go) => panic!("kcodec accepts, Go refuses: {go:?}"),
    }
});
