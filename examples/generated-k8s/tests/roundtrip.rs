//! The generator's round-trip proof on Kubernetes' fixtures (`KCODEC_K8S_TESTDATA`): for
//! every registered kind, the type generated from the emitted `.proto` encodes and decodes
//! the fixture byte-identically to kcodec-types, in JSON and in protobuf.

use std::path::PathBuf;

use kcodec_generated_k8s::KINDS;
use kcodec_types::registry;

fn fixtures_dir() -> Option<PathBuf> {
    let root = kcodec_testkit::data::k8s_testdata()?;
    let head = root.join("HEAD");
    Some(if head.is_dir() { head } else { root })
}

#[test]
fn every_kind_is_generated() {
    assert_eq!(KINDS.len(), registry::kinds().len());
}

#[test]
fn generated_types_match_kcodec_types_on_every_fixture() {
    let Some(dir) = fixtures_dir() else {
        return;
    };
    let (mut checked, mut failures) = (0, Vec::new());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    for name in &names {
        let Ok(pb) = std::fs::read(dir.join(format!("{name}.pb"))) else {
            continue;
        };
        let json = std::fs::read(dir.join(format!("{name}.json"))).unwrap();
        // meta/v1 kinds have fixtures in every group version (`core.v1.Status`).
        let Some(kind) = registry::lookup_name(name) else {
            failures.push(format!("{name}: not a registered kind"));
            continue;
        };
        let (_, check) = KINDS
            .iter()
            .find(|(n, _)| *n == kind.fixture_name())
            .expect("every registered kind is generated");
        let body = kcodec::proto::envelope::decode(&pb)
            .expect("fixture envelope")
            .raw;
        if let Err(e) = check(kind, &json, body) {
            failures.push(format!("{name}: {e}"));
        }
        checked += 1;
    }
    println!(
        "generated types: {checked} fixture kinds checked, {} failed",
        failures.len()
    );
    assert!(
        checked > 0,
        "only {checked} fixtures found in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
