//! Differential: the same protobuf bytes decoded as a Pod by kcodec and by prost (on the
//! types prost-build generates from the `.proto` files kcodec writes). When both accept,
//! prost's re-encoding must decode (with kcodec) to kcodec's own value. When only one
//! accepts, the input must fall in one of the documented differences (fuzz/README.md).
#![no_main]

use kcodec_benches::prost_k8s::k8s::io::api::core::v1::Pod as ProstPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;
use prost::Message;

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::proto::from_slice::<Pod>(data);
    let theirs = ProstPod::decode(data);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            let back: Pod = kcodec::proto::from_slice(&theirs.encode_to_vec())
                .unwrap_or_else(|e| panic!("kcodec cannot read prost's bytes: {e}"));
            assert!(&back == ours, "kcodec and prost decoded different Pods");
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => {
            let e = e.to_string();
            // prost's recursion limit (100) is lower than kcodec's; prost rejects field
            // numbers above 2^29-1, which Kubernetes' gogo decoders (and kcodec) read as
            // `int32(key >> 3)`; prost rejects unknown groups kcodec skips.
            assert!(
                e.contains("recursion limit reached")
                    || e.contains("invalid key value")
                    || e.contains("invalid tag value")
                    || e.contains("group"),
                "kcodec accepts what prost rejects: {e}"
            );
        }
        (Err(e), Ok(_)) => {
            // kcodec's special types check their values (Quantity syntax, IntOrString's type,
            // times and durations) and strings must be UTF-8; prost holds them as they come.
            let documented = match e.kind() {
                kcodec::ErrorKind::InvalidValue { message } => {
                    message.starts_with("invalid quantity")
                        || message.starts_with("parsing time ")
                        || message.starts_with("IntOrString type ")
                        || message.starts_with("time: ")
                }
                kcodec::ErrorKind::Wire { message } => {
                    message.starts_with("invalid UTF-8 in string field")
                }
                _ => false,
            };
            assert!(documented, "prost accepts what kcodec rejects: {e}");
        }
    }
});
