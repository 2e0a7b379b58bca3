//! Differential: the same protobuf bytes decoded as a Pod by kcodec and by prost (on the
//! types prost-build generates from the `.proto` files kcodec writes). When both accept,
//! prost's re-encoding must decode (with kcodec) to kcodec's own value. When only one
//! accepts, the input must fall in one of the documented differences (fuzz/README.md).
#![no_main]

use kcodec_benches::prost_k8s::k8s::io::api::core::v1::Pod as ProstPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;
use prost::Message;

/// Go reads a non-empty `Time` message as Unix seconds (0 when the field is absent) and an
/// empty one as the zero time. A `Time` holding only unknown fields is therefore the Unix
/// epoch in Go and kcodec; prost drops unknown fields, so its re-encoding writes an empty
/// message, the zero time. Whether that is the only way the two Pods differ: their JSON
/// (every field) differs only where kcodec has the epoch and prost's value the zero time.
fn only_epoch_lost(ours: &Pod, back: &Pod) -> bool {
    const EPOCH: &str = "\"1970-01-01T00:00:00Z\"";
    let a = String::from_utf8(kcodec::json::to_vec_pretty(ours)).expect("UTF-8");
    let b = String::from_utf8(kcodec::json::to_vec_pretty(back)).expect("UTF-8");
    a.lines().count() == b.lines().count()
        && a.lines()
            .zip(b.lines())
            .all(|(x, y)| x == y || (x.contains(EPOCH) && y == x.replace(EPOCH, "null")))
}

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::proto::from_slice::<Pod>(data);
    let theirs = ProstPod::decode(data);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            let back: Pod = kcodec::proto::from_slice(&theirs.encode_to_vec())
                .unwrap_or_else(|e| panic!("kcodec cannot read prost's bytes: {e}"));
            assert!(
                &back == ours || only_epoch_lost(ours, &back),
                "kcodec and prost decoded different Pods"
            );
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => {
            // prost's message is "failed to decode Protobuf message: ", the path of
            // `Message.field: ` entries, then its description; only the description counts.
            let e = e.to_string();
            // prost's recursion limit (100) is lower than kcodec's.
            let recursion = e.ends_with(": recursion limit reached");
            // A key above 2^32-1: Kubernetes' gogo decoders (and kcodec) read the field
            // number as `int32(key >> 3)`, so it aliases onto the key's low bits; prost
            // refuses it.
            let wide_key = e
                .rsplit_once(": invalid key value: ")
                .and_then(|(_, key)| key.parse::<u64>().ok())
                .is_some_and(|key| key > u64::from(u32::MAX));
            // An end-group tag for another field than the group it closes: gogo's skip (and
            // kcodec's) only counts group depth; prost checks the field number.
            let end_group = e.ends_with(": unexpected end group tag");
            assert!(
                recursion || wide_key || end_group,
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
