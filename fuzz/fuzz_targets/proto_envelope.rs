//! A `k8s\0` envelope of any registered kind: decoded through the registry, re-encoded, and
//! decoded again to an equal object.
#![no_main]

use kcodec_types::registry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((kind, object)) = registry::decode_envelope(data) {
        let env = kcodec::proto::envelope::decode(data).expect("decoded before");
        let again = registry::encode_envelope(env.api_version, env.kind, object.as_ref());
        let (_, back) = registry::decode_envelope(&again).expect("own envelope decodes");
        assert!(
            back.dyn_eq(object.as_ref()),
            "{}: envelope round trip changed the object",
            kind.kind
        );
    }
});
