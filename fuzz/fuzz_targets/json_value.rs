//! Any JSON value: validation (skip), raw capture, compact/indent, and YAML output. Whatever
//! validates must convert to YAML and back to an equivalent JSON value.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut r = kcodec::json::JsonReader::new(data);
    if r.skip_value().is_ok() && r.finish().is_ok() {
        let mut compact = Vec::new();
        kcodec::json::compact_into(&mut compact, data, false);
        let mut pretty = Vec::new();
        kcodec::json::indent_into(&mut pretty, &compact, "", "  ");
        let raw: kcodec::json::RawValue = kcodec::json::from_slice(data).expect("validated");
        let _ = kcodec::json::to_vec(&raw);
        if let Ok(yaml) = kcodec::yaml::json_to_yaml(data) {
            let _ = kcodec::yaml::yaml_to_json(&yaml);
        }
    }
});
