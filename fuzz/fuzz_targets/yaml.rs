//! YAML input: converted to JSON (bounded: depth, aliases, expansion), then decoded as a Pod.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = kcodec::yaml::yaml_to_json(data) {
        let mut r = kcodec::json::JsonReader::new(&json);
        assert!(
            r.skip_value().is_ok() && r.finish().is_ok(),
            "YAML gave invalid JSON"
        );
        let _ = kcodec::json::from_slice::<kcodec_types::core::v1::Pod>(&json);
    }
});
