//! CBOR conformance against the oracle's CBOR fixtures (`cbor-fixtures/HEAD`, Kubernetes'
//! `json → cbor` of every kind's round-trip fixture), in four directions for every kind:
//! `.json` → decode → CBOR equals the `.cbor`; `.cbor` → decode → CBOR is byte-identical;
//! `.cbor` → decode → pretty JSON equals the `.json`; `.cbor` → decode → protobuf equals the
//! `.pb`. Also: truncating a `.cbor` at every byte offset gives an error, never a panic.

#![cfg(feature = "cbor")]

use std::path::PathBuf;

use kcodec::json::indent_into;
use kcodec_types::registry::{self, Kind};

fn fixtures() -> Option<(PathBuf, PathBuf, Vec<String>)> {
    let cbor = kcodec_testkit::data::cbor_fixtures()?.join("HEAD");
    let testdata = kcodec_testkit::data::k8s_testdata()?.join("HEAD");
    let mut names: Vec<String> = std::fs::read_dir(&cbor)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", cbor.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cbor"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.len() >= 193,
        "only {} CBOR fixtures in {}",
        names.len(),
        cbor.display()
    );
    Some((cbor, testdata, names))
}

fn kind(name: &str) -> &'static Kind {
    registry::lookup_name(name).unwrap_or_else(|| panic!("no registered type for {name}"))
}

fn first_diff(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

#[test]
fn cbor_fixtures_four_directions() {
    let Some((cbor_dir, json_dir, names)) = fixtures() else {
        return;
    };
    let mut counts = [0usize; 4];
    let mut failures = Vec::new();
    let check = |counts: &mut [usize; 4],
                 failures: &mut Vec<String>,
                 i: usize,
                 name: &str,
                 what: &str,
                 got: &[u8],
                 want: &[u8]| {
        if got == want {
            counts[i] += 1;
        } else {
            failures.push(format!(
                "{name}: {what} differs at byte {} (got {} bytes, want {})",
                first_diff(got, want),
                got.len(),
                want.len()
            ));
        }
    };
    for name in &names {
        let k = kind(name);
        let cbor = std::fs::read(cbor_dir.join(format!("{name}.cbor"))).unwrap();
        let json = std::fs::read(json_dir.join(format!("{name}.json"))).unwrap();
        let pb = std::fs::read(json_dir.join(format!("{name}.pb"))).unwrap();
        match k.decode_json(&json) {
            Ok(o) => check(
                &mut counts,
                &mut failures,
                0,
                name,
                "json→cbor",
                &o.to_cbor().unwrap(),
                &cbor,
            ),
            Err(e) => failures.push(format!("{name}: json decode: {e}")),
        }
        let from_cbor = match k.decode_cbor(&cbor) {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{name}: cbor decode: {e}"));
                continue;
            }
        };
        check(
            &mut counts,
            &mut failures,
            1,
            name,
            "cbor→cbor",
            &from_cbor.to_cbor().unwrap(),
            &cbor,
        );
        let mut compact = Vec::new();
        from_cbor.encode_json(&mut compact);
        let mut pretty = Vec::new();
        indent_into(&mut pretty, &compact, "", "  ");
        let want = json.strip_suffix(b"\n").unwrap_or(&json);
        check(
            &mut counts,
            &mut failures,
            2,
            name,
            "cbor→json",
            &pretty,
            want,
        );
        let env = kcodec::proto::envelope::decode(&pb).unwrap();
        let again = kcodec::proto::envelope::wrap(env.api_version, env.kind, &from_cbor.to_proto());
        check(&mut counts, &mut failures, 3, name, "cbor→pb", &again, &pb);
    }
    println!(
        "CBOR fixtures: {} kinds; json→cbor {}, cbor→cbor {}, cbor→json {}, cbor→pb {} identical",
        names.len(),
        counts[0],
        counts[1],
        counts[2],
        counts[3]
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn truncated_cbor_is_an_error_never_a_panic() {
    let Some((cbor_dir, _, names)) = fixtures() else {
        return;
    };
    for name in names.iter().step_by(48) {
        let k = kind(name);
        let cbor = std::fs::read(cbor_dir.join(format!("{name}.cbor"))).unwrap();
        for cut in 0..cbor.len() {
            assert!(
                k.decode_cbor(&cbor[..cut]).is_err(),
                "{name}: a prefix of {cut} bytes decoded"
            );
        }
    }
}
