//! Objects captured from real clusters (`$KCODEC_REAL_OBJECTS`, see its SOURCES.md): each
//! decodes through the registry (type from its own apiVersion/kind), re-encodes, and decodes
//! again to an equal object. The files that are exact API-server response bytes (compact, Go
//! field order, `*-k8sopenapi-*`) must re-encode byte for byte, trailing newline included.

use std::path::PathBuf;

use kcodec_types::registry;

#[test]
fn real_objects_roundtrip() {
    let Some(dir) = kcodec_testkit::data::real_objects() else {
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let (mut exact, mut exact_total) = (0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let (kind, object) = match registry::decode_json(&bytes) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let mut out = Vec::new();
        object.encode_json(&mut out);
        let again = kind.decode_json(&out).unwrap();
        if !object.dyn_eq(again.as_ref()) {
            failures.push(format!("{name}: re-decoded object differs"));
        }
        if name.contains("-k8sopenapi-") {
            exact_total += 1;
            out.push(b'\n');
            if out == bytes {
                exact += 1;
            } else {
                let at = out
                    .iter()
                    .zip(&bytes)
                    .position(|(a, b)| a != b)
                    .unwrap_or(out.len().min(bytes.len()));
                failures.push(format!(
                    "{name}: API-server bytes differ at {at}: got {:?}, want {:?}",
                    String::from_utf8_lossy(&out[at.saturating_sub(40)..(at + 40).min(out.len())]),
                    String::from_utf8_lossy(
                        &bytes[at.saturating_sub(40)..(at + 40).min(bytes.len())]
                    )
                ));
            }
        }
    }
    println!(
        "{} real objects round-tripped; {exact}/{exact_total} API-server responses byte-identical",
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
