//! YAML conformance against Kubernetes' round-trip fixtures (`$KCODEC_K8S_TESTDATA/HEAD`):
//! for every `<group>.<version>.<Kind>.yaml`, the object decoded from the matching `.json`
//! fixture, written as YAML, is the file byte for byte; and the `.yaml` file read back
//! decodes to the same object.

use std::path::PathBuf;

use kcodec::yaml::{json_to_yaml, yaml_to_json};
use kcodec_types::registry;

fn fixtures() -> Option<Vec<PathBuf>> {
    let root = kcodec_testkit::data::k8s_testdata()?;
    let dir = root.join("HEAD");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no YAML fixtures in {}", dir.display());
    Some(files)
}

#[test]
fn yaml_fixtures_byte_identical_both_ways() {
    let Some(files) = fixtures() else { return };
    let (mut written, mut read) = (0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = registry::lookup_name(&name).unwrap_or_else(|| panic!("no type for {name}"));
        let yaml = std::fs::read(path).unwrap();
        let json = std::fs::read(path.with_extension("json")).unwrap();
        let object = kind
            .decode_json(&json)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut compact = Vec::new();
        object.encode_json(&mut compact);
        match json_to_yaml(&compact) {
            Ok(out) if out == yaml => written += 1,
            Ok(out) => {
                let line = out
                    .split(|&b| b == b'\n')
                    .zip(yaml.split(|&b| b == b'\n'))
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                failures.push(format!(
                    "{name}: JSON -> YAML differs at line {}: {:?} vs {:?}",
                    line + 1,
                    String::from_utf8_lossy(out.split(|&b| b == b'\n').nth(line).unwrap_or(b"")),
                    String::from_utf8_lossy(yaml.split(|&b| b == b'\n').nth(line).unwrap_or(b"")),
                ))
            }
            Err(e) => failures.push(format!("{name}: JSON -> YAML failed: {e}")),
        }
        match yaml_to_json(&yaml).and_then(|j| kind.decode_json(&j)) {
            Ok(back) if back.dyn_eq(object.as_ref()) => read += 1,
            Ok(_) => failures.push(format!("{name}: YAML -> object differs from the JSON one")),
            Err(e) => failures.push(format!("{name}: YAML -> object failed: {e}")),
        }
    }
    println!(
        "YAML fixtures: JSON -> YAML {written}/{n} byte-identical, YAML -> object {read}/{n} equal objects",
        n = files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
