//! Writes seed corpora for the fuzz targets into `corpus/<target>/` (not committed): the
//! sample generator's objects in JSON, protobuf and YAML, watch streams in both framings, and,
//! when `KCODEC_K8S_TESTDATA` is set, Kubernetes' fixtures; when `KCODEC_REAL_OBJECTS` is set,
//! the objects captured from real clusters (each list's items one by one); when
//! `KCODEC_JSON_TEST_SUITE` is set, JSONTestSuite's cases (also inside Pods); hand-written
//! YAML and JSON texts (`seed_texts.rs`); Pods with numbers, quantities and times at the
//! parsers' edges (`seed_shapes.rs`); the fixtures as watch events. Also the schema sweep's inputs
//! (`types/tests/support/sweep.rs`): every field of every message reachable from a kind,
//! given every protobuf wire type and JSON value type, so that the fuzzers start with each
//! generated per-field branch covered instead of finding them one by one.

#[allow(dead_code)]
#[path = "../types/tests/support/sweep.rs"]
mod sweep;

#[path = "seed_texts.rs"]
mod texts;

#[path = "seed_shapes.rs"]
mod shapes;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use kcodec::cache::EventType;
use kcodec::watch::{write_json_event, write_proto_event};
use kcodec_types::core::v1::Pod;
use kcodec_types::meta::v1::List;
use kcodec_types::registry::{self, kinds, Kind};

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("corpus").join(target);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

/// Writes a Pod, as JSON and as a protobuf body, for every target that reads one.
fn put_pod(name: &str, json: &[u8], pb: &[u8]) {
    put("json_pod", &format!("{name}.json"), json);
    put("diff_json_pod", &format!("{name}.json"), json);
    put("proto_pod", &format!("{name}.pb"), pb);
    put("diff_proto_pod", &format!("{name}.pb"), pb);
    let yaml = kcodec::yaml::json_to_yaml(json).unwrap();
    put("yaml", &format!("{name}.yaml"), &yaml);
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

/// Items taken from each captured list: enough for its shapes, not hundreds of near-copies.
const ITEMS_PER_LIST: usize = 8;

/// Whole captured files above this size seed only through their items, to keep the fuzzers'
/// input length limit (the largest seed) small.
const WHOLE_FILE_MAX: usize = 64 << 10;

/// The `.json` files in `dir`, in name order (so seed runs are alike).
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// Seeds from the objects captured from real clusters: each file (if small) as JSON and YAML;
/// each object, or each of a list's first items given its kind, as the Pod targets' JSON and
/// protobuf, in an envelope, and as watch streams in both framings. Returns the objects used.
fn seed_real_objects(dir: &Path) -> usize {
    let mut used = 0;
    for path in json_files(dir) {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        if bytes.len() <= WHOLE_FILE_MAX {
            put("json_value", &format!("real-{stem}.json"), &bytes);
            if let Ok(yaml) = kcodec::yaml::json_to_yaml(&bytes) {
                put("yaml", &format!("real-{stem}.yaml"), &yaml);
            }
        }
        let list: List = kcodec::json::from_slice(&bytes).unwrap();
        let api_version = list.type_meta.api_version.as_str();
        let objects: Vec<(&str, &[u8])> = match list.type_meta.kind.strip_suffix("List") {
            Some(item_kind) => list
                .items
                .iter()
                .filter_map(|i| i.as_bytes())
                .map(|raw| (item_kind, raw))
                .take(ITEMS_PER_LIST)
                .collect(),
            None => vec![(list.type_meta.kind.as_str(), &bytes[..])],
        };
        let (mut json_stream, mut pb_stream) = (vec![0u8], vec![0u8]);
        for (i, (kind_name, raw)) in objects.into_iter().enumerate() {
            let Some(kind) = registry::lookup(api_version, kind_name) else {
                continue;
            };
            let mut object = kind.decode_json(raw).unwrap();
            object.set_type_meta(api_version, kind_name);
            let mut json = Vec::new();
            object.encode_json(&mut json);
            let envelope = kind.encode_envelope(&*object);
            let name = format!("real-{stem}-{i}");
            put("json_value", &format!("{name}.json"), raw);
            put("proto_envelope", &format!("{name}.pb"), &envelope);
            if let Some(pod) = object.as_any().downcast_ref::<Pod>() {
                put_pod(&name, &json, &kcodec::proto::to_vec(pod));
            }
            if i < 3 {
                let ty = [EventType::Added, EventType::Modified, EventType::Deleted][i];
                kcodec::watch::write_json_event(&mut json_stream, ty, &json);
                kcodec::watch::write_proto_event(&mut pb_stream, ty, &envelope);
            }
            used += 1;
        }
        if json_stream.len() > 1 {
            put("watch_stream", &format!("real-{stem}-json"), &json_stream);
            put("watch_stream", &format!("real-{stem}-pb"), &pb_stream);
        }
    }
    used
}

/// Watch streams of Kubernetes' fixtures (`dir` is a release's folder): each kind's object in
/// both framings under one of the five event types; a stream of all five (a bookmark, a
/// `Status` for `ERROR`); the fixtures' pretty texts as one JSON stream (whitespace inside and
/// between values); events with their keys reordered, an extra key, an unknown type; and the
/// `WatchEvent` fixtures themselves as frames (their object is JSON inside protobuf).
fn seed_watch_fixtures(dir: &Path) -> usize {
    const TYPES: [EventType; 5] = [
        EventType::Added,
        EventType::Modified,
        EventType::Deleted,
        EventType::Bookmark,
        EventType::Error,
    ];
    let paths = json_files(dir);
    let mut objects = Vec::new();
    let mut pretty_stream = vec![0u8];
    for path in &paths {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let pretty = fs::read(path).unwrap();
        let Ok(pb) = fs::read(path.with_extension("pb")) else {
            continue;
        };
        if stem == "core.v1.WatchEvent" {
            put(
                "watch_stream",
                "fixture-WatchEvent-json",
                &[&[0u8][..], &pretty].concat(),
            );
            let body = kcodec::proto::envelope::decode(&pb).unwrap().raw;
            let mut frame = vec![0u8];
            kcodec::framing::write_length_prefixed_frame(&mut frame, body);
            put("watch_stream", "fixture-WatchEvent-pb", &frame);
            continue;
        }
        let Ok((_, object)) = registry::decode_json(&pretty) else {
            continue;
        };
        let mut json = Vec::new();
        object.encode_json(&mut json);
        pretty_stream.extend_from_slice(b"{\n  \"type\": \"ADDED\",\n  \"object\": ");
        pretty_stream.extend_from_slice(&pretty);
        pretty_stream.extend_from_slice(b"\n}\n\n");
        objects.push((stem, json, pb));
    }
    for (i, (stem, json, pb)) in objects.iter().enumerate() {
        let (split, ty) = ((i * 37) as u8, TYPES[i % TYPES.len()]);
        let (mut js, mut ps) = (vec![split], vec![split]);
        write_json_event(&mut js, ty, json);
        write_proto_event(&mut ps, ty, pb);
        put("watch_stream", &format!("fixture-{stem}-json"), &js);
        put("watch_stream", &format!("fixture-{stem}-pb"), &ps);
    }
    put("watch_stream", "fixtures-pretty-json", &pretty_stream);
    let by_name = |name: &str| objects.iter().find(|o| o.0 == name);
    let bookmark_json: &[u8] = b"{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":\
        {\"resourceVersion\":\"12345\",\"creationTimestamp\":null,\
        \"annotations\":{\"k8s.io/initial-events-end\":\"true\"}},\"spec\":{\"containers\":null},\
        \"status\":{}}";
    let pod_kind = registry::lookup("v1", "Pod").expect("Pod is registered");
    let bookmark_pb = pod_kind.encode_envelope(&*pod_kind.decode_json(bookmark_json).unwrap());
    let mut five = [
        by_name("core.v1.Pod"),
        by_name("apps.v1.Deployment"),
        by_name("core.v1.ConfigMap"),
    ]
    .into_iter()
    .flatten()
    .map(|(_, json, pb)| (json.as_slice(), pb.as_slice()))
    .collect::<Vec<_>>();
    five.push((bookmark_json, &bookmark_pb));
    if let Some((_, json, pb)) = by_name("core.v1.Status") {
        five.push((json, pb));
    }
    let (mut js, mut ps) = (vec![90u8], vec![90u8]);
    for (ty, (json, pb)) in TYPES.iter().zip(&five) {
        write_json_event(&mut js, *ty, json);
        write_proto_event(&mut ps, *ty, pb);
    }
    put("watch_stream", "fixtures-all-types-json", &js);
    put("watch_stream", "fixtures-all-types-pb", &ps);
    if let Some((json, _)) = five.first() {
        let object = String::from_utf8_lossy(json);
        for (i, event) in [
            format!("{{\"object\":{object},\"type\":\"MODIFIED\"}}\n"),
            format!(
                "{{\"type\":\"ADDED\",\"extra\":[1,{{\"a\":null}}],\"object\":{object}}} \
                     {{\"type\":\"DELETED\",\"object\":{object},\"type\":\"BOOKMARK\"}}"
            ),
            format!("{{\"type\":\"SYNC\",\"object\":{object}}}\n"),
            format!("{{\"type\":\"ADDED\"}}\n{{\"object\":{object}}}\n"),
        ]
        .iter()
        .enumerate()
        {
            put(
                "watch_stream",
                &format!("event-shape-{i}"),
                &[&[7u8][..], event.as_bytes()].concat(),
            );
        }
    }
    objects.len()
}

/// JSONTestSuite's cases (must parse, must be rejected, either), for the JSON value target
/// and, since JSON is nearly YAML, for the YAML target; each also inside a Pod, where it is
/// skipped as an unknown member and kept as raw JSON, for the Pod targets.
fn seed_json_test_suite(dir: &Path) -> usize {
    let mut n = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".json") {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        put("json_value", &format!("jsts-{name}"), &bytes);
        put("yaml", &format!("jsts-{name}"), &bytes);
        for (i, pod) in shapes::embedding(&bytes).iter().enumerate() {
            put("json_pod", &format!("jsts-{i}-{name}"), pod);
            put("diff_json_pod", &format!("jsts-{i}-{name}"), pod);
        }
        n += 1;
    }
    n
}

fn main() {
    let mut json_stream = Vec::new();
    let mut pb_stream = vec![0u8];
    for seed in 0..8 {
        let pod = kcodec_types::sample::pod(seed);
        let json = kcodec::json::to_vec(&pod).expect("a sample Pod encodes");
        let pb = kcodec::proto::to_vec(&pod);
        let env = kcodec::proto::envelope::encode("v1", "Pod", &pod);
        put_pod(&format!("sample-{seed}"), &json, &pb);
        put("json_value", &format!("sample-{seed}.json"), &json);
        put("proto_envelope", &format!("sample-{seed}.pb"), &env);
        kcodec::watch::write_json_event(&mut json_stream, EventType::Modified, &json);
        kcodec::watch::write_proto_event(&mut pb_stream, EventType::Added, &env);
    }
    let mut js = vec![40u8];
    js.extend_from_slice(&json_stream);
    put("watch_stream", "json-stream", &js);
    put("watch_stream", "pb-stream", &pb_stream);
    for (name, pod) in shapes::pods() {
        put("json_pod", &format!("{name}.json"), &pod);
        put("diff_json_pod", &format!("{name}.json"), &pod);
    }
    if let Some(root) = std::env::var_os("KCODEC_K8S_TESTDATA") {
        let n = seed_watch_fixtures(&Path::new(&root).join("HEAD"));
        println!("{n} fixtures as watch events");
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
    if let Some(dir) = std::env::var_os("KCODEC_REAL_OBJECTS") {
        let n = seed_real_objects(Path::new(&dir));
        println!("{n} objects captured from real clusters");
    }
    if let Some(dir) = std::env::var_os("KCODEC_JSON_TEST_SUITE") {
        let n = seed_json_test_suite(Path::new(&dir));
        println!("{n} JSONTestSuite cases");
    }
    for (i, text) in texts::YAML.iter().enumerate() {
        put("yaml", &format!("text-{i}.yaml"), text.as_bytes());
    }
    for (i, text) in texts::JSON.iter().enumerate() {
        put("json_value", &format!("text-{i}.json"), text.as_bytes());
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
