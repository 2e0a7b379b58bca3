//! Property tests: random objects round-trip through protobuf, through JSON, and across the
//! two formats, and the protobuf size computed up front equals the bytes written.
//!
//! Random objects come from Kubernetes' fixtures (every field filled) when
//! `$KCODEC_K8S_TESTDATA` is set, and always from the sample generator; each is mutated by a
//! seeded PRNG at the JSON level (free strings replaced by random Unicode with characters
//! that need escaping, integers by random values including negatives and extremes, booleans
//! flipped, optional members dropped, lists emptied or grown, map keys randomised) and then
//! decoded into its typed form, so every case is a valid object of its kind.

use std::path::PathBuf;

use kcodec_types::registry::{self, Kind, Object};
use serde_json::Value;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn random_string(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a", "Z", "0", "-", ".", "/", " ", "<", ">", "&", "\"", "\\", "\n", "\t", "\u{1}", "é",
        "€", "😀", "\u{2028}", "\u{2029}", "名前", "\u{7f}", "x", "y", "name",
    ];
    let n = rng.below(40) as usize;
    (0..n)
        .map(|_| PIECES[rng.below(PIECES.len() as u64) as usize])
        .collect()
}

fn random_int(rng: &mut Rng) -> i64 {
    match rng.below(6) {
        0 => 0,
        1 => -1,
        2 => i32::MAX as i64,
        3 => i32::MIN as i64,
        4 => -(rng.below(1000) as i64),
        _ => rng.below(1 << 31) as i64,
    }
}

/// Whether a fixture string is a free-form value (the fixtures fill free strings with
/// `<jsonName>Value`; dates, quantities and raw JSON keep their special shapes).
fn is_free_string(s: &str) -> bool {
    s.ends_with("Value")
}

fn mutate(v: &mut Value, rng: &mut Rng, depth: usize) {
    match v {
        Value::String(s) if is_free_string(s) && rng.chance(50) => *s = random_string(rng),
        Value::Number(n) if n.is_i64() && rng.chance(50) => {
            *v = Value::from(random_int(rng));
        }
        Value::Bool(b) if rng.chance(50) => *b = !*b,
        Value::Array(items) => {
            if rng.chance(15) {
                items.clear();
            } else if rng.chance(20) && !items.is_empty() {
                let extra = items[0].clone();
                items.push(extra);
            }
            for item in items.iter_mut() {
                mutate(item, rng, depth + 1);
            }
        }
        Value::Object(map) => {
            // Do not touch embedded raw objects (RawExtension): their content is opaque.
            if map.contains_key("apiVersion") && map.contains_key("spec") && depth > 0 {
                return;
            }
            let keys: Vec<String> = map.keys().cloned().collect();
            for k in keys {
                if depth > 0 && k != "kind" && k != "apiVersion" && rng.chance(10) {
                    map.remove(&k);
                    continue;
                }
                if k.ends_with("Key") && rng.chance(30) {
                    let val = map.remove(&k).unwrap();
                    map.insert(random_string(rng), val);
                    continue;
                }
                if let Some(child) = map.get_mut(&k) {
                    mutate(child, rng, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// The round-trip oracle: every property checked on one object.
fn check(
    kind: &Kind,
    object: &dyn Object,
    api_version: &str,
    kind_name: &str,
) -> Result<(), String> {
    // Protobuf: size computed up front == bytes written; decode gives the object back.
    let pb = object.to_proto();
    if pb.len() != object.proto_len() {
        return Err(format!(
            "proto_len {} != {} bytes written",
            object.proto_len(),
            pb.len()
        ));
    }
    let mut back = kind
        .decode_proto(&pb)
        .map_err(|e| format!("pb decode: {e}"))?;
    back.set_type_meta(api_version, kind_name);
    // Protobuf cannot tell a nil list from an empty one (Go's neither): the bytes, not the
    // object, must come back.
    if back.to_proto() != pb {
        return Err(format!("pb round trip differs:\n{object:?}\n{back:?}"));
    }
    // JSON round trip.
    let mut json = Vec::new();
    object.encode_json(&mut json);
    let again = kind
        .decode_json(&json)
        .map_err(|e| format!("json decode: {e}"))?;
    if !again.dyn_eq(object) {
        return Err("json round trip differs".into());
    }
    // Across formats: the protobuf-decoded object's JSON reads back to the same protobuf.
    let mut json2 = Vec::new();
    back.encode_json(&mut json2);
    let again2 = kind
        .decode_json(&json2)
        .map_err(|e| format!("json of pb decode: {e}"))?;
    if again2.to_proto() != pb {
        return Err("JSON of the protobuf round trip differs".into());
    }
    // YAML round trip: written as Kubernetes writes YAML, read back to the same object.
    // U+2028/U+2029 are line breaks to go-yaml's YAML 1.1 emitter but text to the YAML 1.2
    // parser that reads YAML here, so objects holding them are left out of this check.
    let json_text = String::from_utf8_lossy(&json);
    if json_text.contains("\\u2028") || json_text.contains("\\u2029") {
        return Ok(());
    }
    // DEL and the C1 controls are refused, as go-yaml refuses them.
    if json_text.contains(|c: char| c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c)) {
        return match kcodec::yaml::json_to_yaml(&json) {
            Err(_) => Ok(()),
            Ok(_) => Err("YAML written for a string with control characters".into()),
        };
    }
    let yaml = kcodec::yaml::json_to_yaml(&json).map_err(|e| format!("to yaml: {e}"))?;
    let from_yaml = kcodec::yaml::yaml_to_json(&yaml)
        .and_then(|j| kind.decode_json(&j))
        .map_err(|e| format!("yaml read back: {e}\n{}", String::from_utf8_lossy(&yaml)))?;
    if !from_yaml.dyn_eq(object) {
        return Err(format!(
            "yaml round trip differs:\n{}",
            String::from_utf8_lossy(&yaml)
        ));
    }
    Ok(())
}

fn run_cases(name: &str, kind: &Kind, base: &Value, cases: u64, failures: &mut Vec<String>) -> u64 {
    let mut checked = 0;
    for seed in 0..cases {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut v = base.clone();
        mutate(&mut v, &mut rng, 0);
        let bytes = serde_json::to_vec(&v).unwrap();
        let object = match kind.decode_json(&bytes) {
            Ok(o) => o,
            // A mutation can make a value invalid for its type (e.g. a negative number for
            // a field whose Quantity/time shape was string-free); skip those.
            Err(_) => continue,
        };
        let api_version = v.get("apiVersion").and_then(Value::as_str).unwrap_or("");
        let kind_name = v.get("kind").and_then(Value::as_str).unwrap_or("");
        if let Err(e) = check(kind, object.as_ref(), api_version, kind_name) {
            failures.push(format!("{name} seed {seed}: {e}"));
        }
        checked += 1;
    }
    checked
}

#[test]
fn random_objects_roundtrip() {
    let mut failures = Vec::new();
    let mut checked = 0;
    // Sample objects: always available.
    let pod = kcodec::json::to_vec(&kcodec_types::sample::pod(7)).unwrap();
    let base: Value = serde_json::from_slice(&pod).unwrap();
    let kind = registry::lookup("v1", "Pod").unwrap();
    checked += run_cases("sample pod", kind, &base, 200, &mut failures);
    // Kubernetes' fixtures, every field filled.
    if let Some(root) = kcodec_testkit::data::k8s_testdata() {
        let dir = root.join("HEAD");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let kind = registry::lookup_name(&name).unwrap();
            let base: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            checked += run_cases(&name, kind, &base, 60, &mut failures);
        }
    }
    println!("{checked} random objects checked");
    assert!(checked > 150, "too few valid cases: {checked}");
    failures.truncate(20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
