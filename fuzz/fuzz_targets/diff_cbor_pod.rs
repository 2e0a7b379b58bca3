//! Differential against Kubernetes' own Go codecs (`k8s-oracle serve`): the same bytes read
//! as a CBOR Pod by kcodec and by Go must be accepted or refused alike and, when accepted,
//! written back as the same CBOR and the same JSON. Set `KCODEC_K8S_ORACLE`.
#![no_main]

use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

#[path = "../oracle_peer.rs"]
mod oracle_peer;
use oracle_peer::{is_kcodec_bound, pod_request, with_oracle, Format, Response};

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::cbor::from_slice::<Pod>(data);
    for (to, what) in [(Format::Cbor, "CBOR"), (Format::Json, "JSON")] {
        let go = with_oracle(|o| o.call(&pod_request(Format::Cbor, to), data));
        match (&ours, &go) {
            (Ok(pod), go) => {
                let mine = if to == Format::Cbor {
                    kcodec::cbor::to_vec(pod)
                } else {
                    kcodec::json::to_vec_response(pod)
                };
                match (&mine, go) {
                    (Ok(mine), Response::Ok(go)) => assert!(
                        mine == go,
                        "{what} differs:\n kcodec {mine:02x?}\n go     {go:02x?}"
                    ),
                    // A FieldsV1 or RawExtension Go cannot write: both encodes fail.
                    (Err(_), Response::Err(e)) if e.contains("Marshal") => {}
                    (_, Response::Strict(..)) => unreachable!("a lax request"),
                    (mine, go) => panic!("{what} verdicts differ: kcodec {mine:?}, go {go:?}"),
                }
            }
            (Err(_), Response::Err(_)) => {}
            (Err(e), Response::Ok(_)) => {
                assert!(is_kcodec_bound(e), "Go accepts, kcodec refuses: {e}")
            }
            (_, Response::Strict(..)) => unreachable!("a lax request"),
        }
    }
});
