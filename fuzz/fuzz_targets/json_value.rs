//! Any JSON value: validation (skip), raw capture, compact/indent, and YAML output. Whatever
//! validates must convert to YAML and back to an equivalent JSON value. The one-pass raw
//! value paths (`write_raw`, `JsonReader::raw_value_compact`) must agree with the full
//! validation and compaction on every input, valid or not.
#![no_main]

use kcodec::json::{compact_into, DecodeOptions, JsonReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // write_raw: the full check, then Go's HTML-escaping compaction, or nothing.
    let valid = kcodec::json::is_one_json_value(data);
    let mut written = Vec::new();
    assert_eq!(kcodec::json::write_raw(&mut written, data), valid);
    if valid {
        let mut expected = Vec::new();
        compact_into(&mut expected, data, true);
        assert_eq!(written, expected);
    } else {
        assert!(written.is_empty());
    }
    // raw_value_compact: raw_value then compaction, same errors, at a few depth limits.
    for max_depth in [3, 256] {
        let opts = DecodeOptions {
            max_depth,
            ..DecodeOptions::default()
        };
        let mut fast = JsonReader::with_options(data, opts);
        let mut full = JsonReader::with_options(data, opts);
        match (fast.raw_value_compact(), full.raw_value()) {
            (Ok(got), Ok(raw)) => {
                let mut expected = Vec::new();
                compact_into(&mut expected, raw, false);
                assert_eq!(&got[..], &expected[..]);
                assert_eq!(fast.offset(), full.offset());
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            (a, b) => panic!("raw_value_compact {a:?} vs raw_value {b:?}"),
        }
    }

    let mut r = JsonReader::new(data);
    if r.skip_value().is_ok() && r.finish().is_ok() {
        let mut compact = Vec::new();
        compact_into(&mut compact, data, false);
        let mut pretty = Vec::new();
        kcodec::json::indent_into(&mut pretty, &compact, "", "  ");
        let raw: kcodec::json::RawValue = kcodec::json::from_slice(data).expect("validated");
        let _ = kcodec::json::to_vec(&raw);
        if let Ok(yaml) = kcodec::yaml::json_to_yaml(data) {
            let _ = kcodec::yaml::yaml_to_json(&yaml);
        }
    }
});
