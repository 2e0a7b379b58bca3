//! Protobuf conformance against Kubernetes' round-trip fixtures (`$KCODEC_K8S_TESTDATA/HEAD`),
//! in four directions for every kind: `.pb` → decode → encode is byte-identical; `.json` →
//! decode → protobuf encode equals the `.pb`; `.pb` → decode → pretty JSON equals the
//! `.json`; and the objects decoded from `.json` and `.pb` are equal. Also: truncating a
//! `.pb` at every byte offset gives an error, never a panic.

use std::path::PathBuf;

use kcodec::json::indent_into;
use kcodec_types::registry::{self, Kind};

fn fixture_names() -> Option<(PathBuf, Vec<String>)> {
    let root = kcodec_testkit::data::k8s_testdata()?;
    let dir = root.join("HEAD");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pb"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no .pb fixtures in {}", dir.display());
    Some((dir, names))
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
fn protobuf_fixtures_four_directions() {
    let Some((dir, names)) = fixture_names() else {
        return;
    };
    let total = names.len();
    let (mut pb_pb, mut json_pb, mut pb_json, mut equal) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for name in &names {
        let k = kind(name);
        let pb = std::fs::read(dir.join(format!("{name}.pb"))).unwrap();
        let json = std::fs::read(dir.join(format!("{name}.json"))).unwrap();
        let env = match kcodec::proto::envelope::decode(&pb) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("{name}: envelope: {e}"));
                continue;
            }
        };
        let mut from_pb = match k.decode_proto(env.raw) {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{name}: pb decode: {e}"));
                continue;
            }
        };
        // The envelope carries the GVK the serializer wrote (empty for WatchEvent); the
        // decoder sets it on the object, as Kubernetes' protobuf serializer does.
        let api_version = env.api_version;
        let kind_name = env.kind;
        from_pb.set_type_meta(api_version, kind_name);
        let rewrap = |obj: &dyn registry::Object| {
            kcodec::proto::envelope::wrap(api_version, kind_name, &obj.to_proto())
        };
        // 1. pb → pb
        let again = rewrap(from_pb.as_ref());
        if again == pb {
            pb_pb += 1;
        } else {
            failures.push(format!(
                "{name}: pb→pb differs at byte {}",
                first_diff(&again, &pb)
            ));
        }
        // 2. json → pb, from the compacted fixture as Kubernetes' compatibility test does:
        //    embedded raw JSON (RawExtension) keeps its input's layout inside protobuf.
        let mut compact_json = Vec::with_capacity(json.len());
        kcodec::json::compact_into(&mut compact_json, &json, false);
        let from_json = match k.decode_json(&compact_json) {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{name}: json decode: {e}"));
                continue;
            }
        };
        let via_json = rewrap(from_json.as_ref());
        if via_json == pb {
            json_pb += 1;
        } else {
            failures.push(format!(
                "{name}: json→pb differs at byte {}",
                first_diff(&via_json, &pb)
            ));
        }
        // 3. pb → pretty json
        let mut compact = Vec::new();
        from_pb.encode_json(&mut compact);
        let mut pretty = Vec::new();
        indent_into(&mut pretty, &compact, "", "  ");
        if pretty == json {
            pb_json += 1;
        } else {
            let at = first_diff(&pretty, &json);
            failures.push(format!(
                "{name}: pb→json differs at byte {at}: got {:?}",
                String::from_utf8_lossy(
                    &pretty[at.saturating_sub(60)..(at + 60).min(pretty.len())]
                )
            ));
        }
        // 4. equal objects
        if from_pb.dyn_eq(from_json.as_ref()) {
            equal += 1;
        } else {
            failures.push(format!("{name}: objects decoded from .json and .pb differ"));
        }
    }
    println!("pb → pb:          {pb_pb}/{total} byte-identical");
    println!("json → pb:        {json_pb}/{total} byte-identical");
    println!("pb → json-pretty: {pb_json}/{total} byte-identical");
    println!("json == pb:       {equal}/{total} equal objects");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Offsets where a top-level field of `msg` ends: cutting there leaves a valid, shorter
/// message; cutting anywhere else must be an error.
fn field_boundaries(msg: &[u8]) -> Vec<usize> {
    let mut r = kcodec::proto::ProtoReader::new(msg);
    let mut out = vec![0];
    while !r.at_end() {
        let (_, wire) = r.read_key().unwrap();
        r.skip(wire).unwrap();
        out.push(r.offset());
    }
    out
}

#[test]
fn truncated_protobuf_fixtures_are_errors_not_panics() {
    let Some((dir, names)) = fixture_names() else {
        return;
    };
    let mut cuts = 0usize;
    for name in &names {
        let k = kind(name);
        let pb = std::fs::read(dir.join(format!("{name}.pb"))).unwrap();
        let raw = kcodec::proto::envelope::decode(&pb).unwrap().raw;
        let ok_cuts = field_boundaries(raw);
        for cut in 0..raw.len() {
            let r = k.decode_proto(&raw[..cut]);
            assert_eq!(
                r.is_ok(),
                ok_cuts.contains(&cut),
                "{name}: body cut at {cut}: {:?}",
                r.err()
            );
            cuts += 1;
        }
        let ok_env_cuts: Vec<usize> = field_boundaries(&pb[4..]).iter().map(|c| c + 4).collect();
        for cut in 0..pb.len() {
            let r = registry::decode_envelope(&pb[..cut]);
            if cut <= 4 || !ok_env_cuts.contains(&cut) {
                assert!(r.is_err(), "{name}: envelope cut at {cut} decoded");
            }
            cuts += 1;
        }
    }
    println!("{cuts} truncations checked");
}
