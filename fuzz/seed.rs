//! Writes seed corpora for the fuzz targets into `corpus/<target>/` (not committed): the
//! sample generator's objects in JSON, protobuf and YAML, watch streams in both framings, and,
//! when `KCODEC_K8S_TESTDATA` is set, Kubernetes' fixtures.

use std::fs;
use std::path::Path;

use kcodec::cache::EventType;

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("corpus").join(target);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
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
    println!("seed corpora written under corpus/");
}
