//! End-to-end tests of the `kcodec` binary.

mod common;

use common::kcodec;

#[test]
fn demo_runs_and_checks_its_round_trips() {
    let (code, out, err) = kcodec(&["demo", "--runs", "2"], b"");
    assert_eq!(code, 0, "{err}");
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("PodList (1000)"), "{out}");
    // Each figure is the median of the runs, with their range.
    assert!(
        out.contains("median of 2 runs, min–max in parentheses"),
        "{out}"
    );
    // A row per format: object, format, bytes, encode and decode figures.
    let rows: Vec<Vec<&str>> = out
        .lines()
        .filter(|l| l.starts_with("| Service"))
        .map(|row| row.split('|').map(str::trim).collect())
        .collect();
    let formats: Vec<&str> = rows.iter().map(|cells| cells[2]).collect();
    assert_eq!(formats, ["JSON", "protobuf", "CBOR"], "{out}");
    for cells in &rows {
        assert!(cells[3].parse::<usize>().unwrap() > 0, "{cells:?}");
        for cell in &cells[4..6] {
            let (median, range) = cell.split_once(" (").unwrap();
            let (min, max) = range.trim_end_matches(')').split_once('–').unwrap();
            let [median, min, max] = [median, min, max].map(|v| v.parse::<f64>().unwrap());
            assert!(min <= median && median <= max, "{cells:?}");
        }
    }
}

#[test]
fn convert_json_to_protobuf_and_back() {
    let pod = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","labels":{"app":"<web>"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}"#;
    let (code, pb, err) = kcodec(&["convert", "--to", "pb"], pod);
    assert_eq!(code, 0, "{err}");
    assert!(pb.starts_with(b"k8s\0"));
    let (code, json, err) = kcodec(&["convert", "--to", "json"], &pb);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        String::from_utf8(json).unwrap(),
        "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\",\"labels\":{\"app\":\"\\u003cweb\\u003e\"}},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"nginx\",\"resources\":{}}]},\"status\":{}}\n"
    );
}

#[test]
fn bad_input_is_one_line_with_offset_and_path() {
    let (code, _, err) = kcodec(
        &["convert"],
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"priority":"high"}}"#,
    );
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("at byte 51") && err.contains(".spec.priority"),
        "{err}"
    );
    let (code, _, err) = kcodec(&["convert", "--to", "xml"], b"");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn strict_mode_reports_and_exits_3() {
    let (code, _, err) = kcodec(
        &["convert", "--strict", "--to", "json"],
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"containers":[{"name":"a","imagePullPolicyy":"x"}]}}"#,
    );
    assert_eq!(code, 3);
    assert!(
        err.contains(".spec.containers[0].imagePullPolicyy"),
        "{err}"
    );
}

#[test]
fn strict_mode_reports_keys_repeated_in_yaml() {
    let yaml = b"kind: Pod\napiVersion: v1\nmetadata:\n  name: a\n  name: b\n  labels: {app: web}\nspec:\n  containers: []\n  bogus: 1\n";
    let (code, out, err) = kcodec(&["convert", "--strict", "--to", "json"], yaml);
    assert_eq!(code, 3, "{err}");
    let at = yaml.windows(7).position(|w| w == b"name: b").unwrap();
    assert!(
        err.contains(&format!(
            "duplicate field \".metadata.name\" at byte {at} of the YAML"
        )),
        "{err}"
    );
    assert!(err.contains("unknown field \".spec.bogus\"\n"), "{err}");
    // The object is still written, the last of the repeated keys winning (as Kubernetes).
    assert!(String::from_utf8(out).unwrap().contains(r#""name":"b""#));
    // Without --strict, the same YAML converts silently.
    let (code, _, err) = kcodec(&["convert", "--to", "json"], yaml);
    assert_eq!(code, 0, "{err}");
}

/// A JSON watch stream of realistic Pods: ADDED, MODIFIED, DELETED, in turn.
fn pod_watch_stream(n: u64) -> Vec<u8> {
    use kcodec::cache::EventType;
    let types = [EventType::Added, EventType::Modified, EventType::Deleted];
    let mut stream = Vec::new();
    for seed in 0..n {
        let pod = kcodec_types::sample::pod(seed);
        let json = kcodec::json::to_vec(&pod).unwrap();
        kcodec::watch::write_json_event(&mut stream, types[seed as usize % 3], &json);
    }
    stream
}

#[test]
fn watch_converts_json_to_protobuf_and_back_byte_for_byte() {
    let json = pod_watch_stream(12);
    let (code, pb, err) = kcodec(&["watch", "--to", "pb"], &json);
    assert_eq!(code, 0, "{err}");
    let mut d = kcodec::watch::WatchDecoder::new();
    d.feed(&pb);
    let mut names = Vec::new();
    while let Some(e) = d.next_event().unwrap() {
        assert_eq!(e.object.format, kcodec::Format::Protobuf);
        let head = e.object.head().unwrap();
        assert_eq!((&*head.api_version, &*head.kind), ("v1", "Pod"));
        names.push(head.name.into_owned());
    }
    assert_eq!(names.len(), 12);
    assert_eq!(
        names[3],
        kcodec_types::sample::pod(3).metadata.name.as_str()
    );

    let (code, back, err) = kcodec(&["watch"], &pb);
    assert_eq!(code, 0, "{err}");
    assert!(back == json, "pb -> json differs from the original stream");
    let (code, same, err) = kcodec(&["watch", "--to", "json"], &json);
    assert_eq!(code, 0, "{err}");
    assert!(same == json, "json -> json is not the identity");
}

#[test]
fn watch_reports_the_bad_event_and_its_offset() {
    let mut stream = pod_watch_stream(2);
    let at = stream.len();
    stream.extend_from_slice(b"{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"spec\":{\"priority\":\"high\"}}}\n");
    let (code, out, err) = kcodec(&["watch", "--to", "json"], &stream);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("watch event 2"), "{err}");
    assert!(err.contains(".spec.priority"), "{err}");
    assert!(
        out.len() < at + 1,
        "the good events may be written, nothing after"
    );
    let (code, _, err) = kcodec(&["watch"], &[0, 0, 0, 9, 0x0a]);
    assert_eq!(code, 1);
    assert!(err.contains("stream ended inside a frame"), "{err}");
}

#[test]
fn convert_to_yaml_and_back() {
    let pod = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","labels":{"on":"yes","n":"10"}},"spec":{"containers":[{"name":"c","image":"nginx","args":["- x","a: b"]}]}}"#;
    let (code, yaml, err) = kcodec(&["convert", "--to", "yaml"], pod);
    assert_eq!(code, 0, "{err}");
    let yaml = String::from_utf8(yaml).unwrap();
    assert_eq!(
        yaml,
        "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    \"n\": \"10\"\n    \"on\": \"yes\"\n  name: web\nspec:\n  containers:\n  - args:\n    - '- x'\n    - 'a: b'\n    image: nginx\n    name: c\n    resources: {}\nstatus: {}\n"
    );
    let (code, json, err) = kcodec(&["convert", "--to", "json"], yaml.as_bytes());
    assert_eq!(code, 0, "{err}");
    let (_, direct, _) = kcodec(&["convert", "--to", "json"], pod);
    assert_eq!(json, direct);
    let (code, _, err) = kcodec(&["convert"], b"kind: Pod\napiVersion: v1\nspec: [\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("reading YAML") && err.contains("byte"),
        "{err}"
    );
}

#[test]
fn codegen_proto_writes_kubernetes_layout_files() {
    let dir = std::env::temp_dir().join(format!("kcodec-cli-proto-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (code, out, err) = kcodec(&["codegen", "proto", "--out", dir.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{err}");
    let listed = String::from_utf8(out).unwrap();
    // One file per protobuf package the registered kinds use, plus kcodec/options.proto.
    let expected = kcodec_types::schema::proto_files().unwrap().len();
    assert!(expected > 60, "{expected} files for every group/version");
    assert_eq!(listed.lines().count(), expected, "{listed}");
    let core = std::fs::read_to_string(dir.join("k8s.io/api/core/v1/generated.proto")).unwrap();
    assert!(core.contains("package k8s.io.api.core.v1;"));
    assert!(core.contains("message Pod {\n  option (kcodec.type_meta) = true;\n"));
    assert!(dir.join("kcodec/options.proto").exists());
    // It says what it wrote: each file listed exists, and a summary names the directory.
    for line in listed.lines() {
        assert!(std::path::Path::new(line).is_file(), "{line}");
    }
    assert!(
        err.contains(&format!(
            "wrote {expected} .proto files under {}",
            dir.display()
        )),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    let (code, _, err) = kcodec(&["codegen", "proto"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("--out <DIR>"), "{err}");
}
