//! YAML input: converted to JSON (bounded: depth, aliases, expansion), then decoded as a Pod.
//! Strict conversion gives the same JSON or the same error, and reports repeated keys at
//! offsets inside the input, with paths, at most 100 of them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let plain = kcodec::yaml::yaml_to_json(data);
    match (&plain, kcodec::yaml::yaml_to_json_strict(data)) {
        (Ok(json), Ok((strict_json, issues))) => {
            assert_eq!(json, &strict_json);
            assert!(issues.len() <= 100);
            for i in &issues {
                assert!(i.offset < data.len(), "{i}");
                assert!(!i.path.is_empty(), "{i}");
            }
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        (a, b) => panic!("yaml_to_json {a:?} vs yaml_to_json_strict {b:?}"),
    }
    if let Ok(json) = plain {
        let mut r = kcodec::json::JsonReader::new(&json);
        assert!(
            r.skip_value().is_ok() && r.finish().is_ok(),
            "YAML gave invalid JSON"
        );
        let _ = kcodec::json::from_slice::<kcodec_types::core::v1::Pod>(&json);
    }
});
