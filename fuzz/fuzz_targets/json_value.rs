//! Any JSON value: validation (skip), raw capture, compact/indent, and YAML output. The
//! one-pass raw value paths (`write_raw`, `JsonReader::raw_value_compact`) must agree with
//! the full validation and compaction on every input, valid or not. What validates and
//! converts to YAML must read back from it to the same value as Go holds it (compared
//! through serde_json, whenever serde_json reads the input).
#![no_main]

use std::collections::BTreeMap;

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
            let back = kcodec::yaml::yaml_to_json(&yaml);
            yaml_roundtrip_keeps_the_value(data, &yaml, back);
        }
    }
});

/// A JSON value as Go's `interface{}` holds it (`yaml.JSONToYAML` reads JSON so): numbers
/// are `float64`, objects are maps (sorted keys, the last duplicate wins).
#[derive(Debug, PartialEq)]
enum GoValue {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<GoValue>),
    Object(BTreeMap<String, GoValue>),
}

/// `v` as Go holds it, or `None` if it holds a string YAML cannot carry through: U+2028 and
/// U+2029 (line breaks to go-yaml's YAML 1.1 emitter, text to a YAML 1.2 parser) or the
/// key `<<` (written plain by go-yaml, and read back, as go-yaml reads it, as a merge key).
fn go_value(v: serde_json::Value) -> Option<GoValue> {
    let text_ok = |s: &str| !s.contains(['\u{2028}', '\u{2029}']);
    Some(match v {
        serde_json::Value::Null => GoValue::Null,
        serde_json::Value::Bool(b) => GoValue::Bool(b),
        serde_json::Value::Number(n) => GoValue::Number(n.as_f64()?),
        serde_json::Value::String(s) => GoValue::String(text_ok(&s).then_some(s)?),
        serde_json::Value::Array(items) => {
            GoValue::Array(items.into_iter().map(go_value).collect::<Option<_>>()?)
        }
        serde_json::Value::Object(map) => GoValue::Object(
            map.into_iter()
                .map(|(k, v)| (text_ok(&k) && k != "<<").then_some(k).zip(go_value(v)))
                .collect::<Option<_>>()?,
        ),
    })
}

/// JSON → YAML → JSON keeps the value as Go holds it, whenever serde_json (with correctly
/// rounded floats and a depth limit of 128, under the YAML reader's 256) reads the input
/// and it holds no string YAML cannot carry.
fn yaml_roundtrip_keeps_the_value(json: &[u8], yaml: &[u8], back: Result<Vec<u8>, kcodec::Error>) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) else {
        return;
    };
    // A document that is a string of line feeds is written as a root `|2+` block scalar of
    // empty lines, which saphyr-parser refuses (pinned in kcodec's yaml tests).
    if value
        .as_str()
        .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b == b'\n'))
    {
        return;
    }
    let Some(expected) = go_value(value) else {
        return;
    };
    let yaml_text = String::from_utf8_lossy(yaml);
    let back =
        back.unwrap_or_else(|e| panic!("the YAML written does not read back: {e}\n{yaml_text}"));
    let got: serde_json::Value = serde_json::from_slice(&back).expect("yaml_to_json writes JSON");
    assert_eq!(go_value(got), Some(expected), "through YAML:\n{yaml_text}");
}
