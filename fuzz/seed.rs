//! Writes seed corpora for the fuzz targets into `corpus/<target>/` (not committed): the
//! sample generator's objects in JSON, protobuf and YAML, watch streams in both framings, and,
//! when `KCODEC_K8S_TESTDATA` is set, Kubernetes' fixtures. Also the schema sweep's inputs
//! (`types/tests/support/sweep.rs`): every field of every message reachable from a kind,
//! given every protobuf wire type and JSON value type, so that the fuzzers start with each
//! generated per-field branch covered instead of finding them one by one.

#[allow(dead_code)]
#[path = "../types/tests/support/sweep.rs"]
mod sweep;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use kcodec::cache::EventType;
use kcodec_types::registry::{kinds, Kind};

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("corpus").join(target);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

/// Writes the schema sweep's inputs for `kind`, for the messages not in `seen`: protobuf
/// bodies to `pb_targets` (and in an envelope to `proto_envelope` if `envelope`), JSON
/// documents to `json_targets`.
fn seed_sweep(
    kind: &Kind,
    seen: &mut BTreeSet<String>,
    pb_targets: &[&str],
    envelope: bool,
    json_targets: &[&str],
) -> usize {
    let api_version = kind.api_version();
    let mut n = 0;
    for r in sweep::reachable(kind.proto_schema(), seen) {
        for f in &r.schema.fields {
            for wire in [0u8, 1, 2, 3, 5] {
                let body = sweep::wrap_proto(&r.path, sweep::proto_field(f.tag, wire));
                let name = format!("sweep-{}-{n}.pb", kind.kind);
                if envelope {
                    let env = kcodec::proto::envelope::wrap(&api_version, kind.kind, &body);
                    put("proto_envelope", &name, &env);
                }
                for t in pb_targets {
                    put(t, &name, &body);
                }
                n += 1;
            }
            if json_targets.is_empty() || sweep::is_special(&r.schema) || f.inline {
                continue;
            }
            for (value, _) in sweep::JSON_VALUES {
                let (doc, _) = sweep::wrap_json(&r.path, f.json_name, value);
                for t in json_targets {
                    put(t, &format!("sweep-{}-{n}.json", kind.kind), doc.as_bytes());
                }
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let mut json_stream = Vec::new();
    let mut pb_stream = vec![0u8];
    for seed in 0..8 {
        let pod = kcodec_types::sample::pod(seed);
        let json = kcodec::json::to_vec(&pod);
        let pb = kcodec::proto::to_vec(&pod);
        let env = kcodec::proto::envelope::encode("v1", "Pod", &pod);
        put("json_pod", &format!("sample-{seed}.json"), &json);
        put("diff_json_pod", &format!("sample-{seed}.json"), &json);
        put("diff_proto_pod", &format!("sample-{seed}.pb"), &pb);
        put("json_value", &format!("sample-{seed}.json"), &json);
        put("proto_pod", &format!("sample-{seed}.pb"), &pb);
        put("proto_envelope", &format!("sample-{seed}.pb"), &env);
        put(
            "yaml",
            &format!("sample-{seed}.yaml"),
            &kcodec::yaml::json_to_yaml(&json).unwrap(),
        );
        kcodec::watch::write_json_event(&mut json_stream, EventType::Modified, &json);
        kcodec::watch::write_proto_event(&mut pb_stream, EventType::Added, &env);
    }
    let mut js = vec![40u8];
    js.extend_from_slice(&json_stream);
    put("watch_stream", "json-stream", &js);
    put("watch_stream", "pb-stream", &pb_stream);
    if let Some(root) = std::env::var_os("KCODEC_K8S_TESTDATA") {
        for entry in fs::read_dir(Path::new(&root).join("HEAD")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = fs::read(&path).unwrap();
            match path.extension().and_then(|e| e.to_str()) {
                Some("json") => {
                    put("json_value", &name, &bytes);
                    if name.starts_with("core.v1.Pod.") {
                        put("json_pod", &name, &bytes);
                        put("diff_json_pod", &name, &bytes);
                    }
                }
                Some("pb") => {
                    put("proto_envelope", &name, &bytes);
                    if name.starts_with("core.v1.Pod.") {
                        let body = kcodec::proto::envelope::decode(&bytes).unwrap().raw;
                        put("diff_proto_pod", &name, body);
                    }
                }
                Some("yaml") => put("yaml", &name, &bytes),
                _ => {}
            }
        }
    }
    // The special types' text forms.
    for (i, text) in [
        "100m",
        "1Gi",
        "1.5e3",
        "-0.5Ki",
        "12E",
        "0.000000001",
        "9223372036854775807k",
        "2008-01-01T01:01:01Z",
        "2008-01-01T01:01:01.123456+05:30",
        "0001-01-01T00:00:00Z",
        "1h2m3.5s",
        "-5ms",
        "0",
        "1.5µs",
        "8080",
        "http",
        "-2147483648",
    ]
    .iter()
    .enumerate()
    {
        put("scalars", &format!("text-{i}"), text.as_bytes());
    }
    // Every kind's messages once (as the sweep test walks them) in envelopes; all of a Pod's
    // for the Pod targets.
    let mut seen = BTreeSet::new();
    let mut swept: usize = kinds()
        .iter()
        .map(|k| seed_sweep(k, &mut seen, &[], true, &[]))
        .sum();
    let pod = kcodec_types::registry::lookup("v1", "Pod").expect("Pod is registered");
    swept += seed_sweep(
        pod,
        &mut BTreeSet::new(),
        &["proto_pod", "diff_proto_pod"],
        false,
        &["json_pod", "diff_json_pod"],
    );
    println!("seed corpora written under corpus/ ({swept} schema sweep inputs)");
}
