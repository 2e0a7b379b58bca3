//! Conformance against Kubernetes' own round-trip fixtures (`$KCODEC_K8S_TESTDATA/HEAD`):
//! for every `<group>.<version>.<Kind>.json`, decoding then pretty-encoding gives the file
//! byte for byte, compact encoding gives the file compacted, and strict decoding finds no
//! unknown or duplicate field (so every field Kubernetes fills is one we know).

use std::path::PathBuf;

use kcodec::json::{compact_into, indent_into, DecodeOptions};
use kcodec_types::registry;

fn fixtures() -> Option<Vec<PathBuf>> {
    let root = kcodec_testkit::data::k8s_testdata()?;
    let dir = root.join("HEAD");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no JSON fixtures in {}", dir.display());
    Some(files)
}

fn kind_of(path: &std::path::Path) -> &'static registry::Kind {
    let name = path.file_stem().unwrap().to_string_lossy();
    registry::lookup_name(&name).unwrap_or_else(|| panic!("no registered type for {name}"))
}

#[test]
fn json_fixtures_roundtrip_byte_identical() {
    let Some(files) = fixtures() else { return };
    let (mut pretty_ok, mut compact_ok) = (0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let original = std::fs::read(path).unwrap();
        let kind = kind_of(path);
        let (object, issues) = match kind.decode_json_with(
            &original,
            DecodeOptions {
                strict: true,
                ..DecodeOptions::default()
            },
        ) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: decode failed: {e}"));
                continue;
            }
        };
        for i in &issues {
            failures.push(format!("{name}: strict: {i}"));
        }
        let mut compact = Vec::new();
        object.encode_json(&mut compact);
        let mut expected_compact = Vec::new();
        compact_into(&mut expected_compact, &original, false);
        if compact == expected_compact {
            compact_ok += 1;
        } else {
            failures.push(format!(
                "{name}: compact output differs at byte {}",
                first_diff(&compact, &expected_compact)
            ));
        }
        let mut pretty = Vec::new();
        indent_into(&mut pretty, &compact, "", "  ");
        if pretty == original {
            pretty_ok += 1;
        } else {
            let at = first_diff(&pretty, &original);
            failures.push(format!(
                "{name}: pretty output differs at byte {at}: got {:?}, want {:?}",
                String::from_utf8_lossy(
                    &pretty[at.saturating_sub(80)..(at + 80).min(pretty.len())]
                ),
                String::from_utf8_lossy(
                    &original[at.saturating_sub(80)..(at + 80).min(original.len())]
                ),
            ));
        }
    }
    println!(
        "{pretty_ok}/{} fixtures byte-identical (pretty)",
        files.len()
    );
    println!(
        "{compact_ok}/{} fixtures byte-identical (compact)",
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn compact_fixtures_decode_to_the_same_object() {
    let Some(files) = fixtures() else { return };
    for path in &files {
        let original = std::fs::read(path).unwrap();
        let mut compact = Vec::new();
        compact_into(&mut compact, &original, false);
        let kind = kind_of(path);
        let a = kind.decode_json(&original).unwrap();
        let b = kind.decode_json(&compact).unwrap();
        // Equal objects (embedded raw JSON compares by value, whatever its layout), and the
        // same compact JSON.
        assert!(
            a.dyn_eq(b.as_ref()),
            "{}: pretty and compact JSON decode differently",
            path.display()
        );
        let (mut ja, mut jb) = (Vec::new(), Vec::new());
        a.encode_json(&mut ja);
        b.encode_json(&mut jb);
        assert_eq!(
            ja,
            jb,
            "{}: pretty and compact JSON encode differently",
            path.display()
        );
    }
}

fn first_diff(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}
