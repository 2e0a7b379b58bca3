//! `cargo run --release -p kcodec-benches --bin profile -- <workload> <op> <format> [library] [iterations]`:
//! runs one benchmark cell in a loop and nothing else, for profilers that count instructions
//! (`valgrind --tool=callgrind target/release/profile pod encode json kcodec 200`).
//!
//! workload: `pod`, `node`, `deployment`, `service`, `podlist-1k`, `podlist-10k`,
//! `fixture-pod` (Kubernetes' Pod fixture, from `$KCODEC_K8S_TESTDATA`), or a
//! standard corpus, `twitter`, `citm_catalog`, `canada` (JSON only, kcodec or serde_json,
//! read from `$KCODEC_JSON_BENCH_DATA`);
//! op: `decode` | `encode` | `dump` (write the input to stdout); format: `json` | `protobuf` |
//! `cbor`; library: `kcodec` (default), `serde_json` (JSON only), `prost` (protobuf only),
//! `ciborium` (CBOR only: its own encoding, as in `compare`);
//! `kcodec-generated` encodes the sample generator's value itself rather than kcodec's
//! decode of its bytes (every other library encodes its own decode, so its objects lie in
//! memory in decode order; the generator's do not).

use std::hint::black_box;

use kcodec::cbor::CborDecode;
use kcodec::{JsonDecode, JsonEncode};
use kcodec_benches::prost_k8s::k8s::io::api as pb;
use kcodec_types::sample;
use serde::de::DeserializeOwned;
use serde::Serialize;

fn run<Ours, Theirs, Prost>(ours: &Ours, op: &str, format: &str, library: &str, n: usize)
where
    Ours: JsonDecode + JsonEncode + CborDecode + kcodec::proto::ProtoMessage,
    Theirs: Serialize + DeserializeOwned,
    Prost: prost::Message + Default,
{
    let json = kcodec::json::to_vec(ours).unwrap();
    let pb = kcodec::proto::to_vec(ours);
    let mut out = Vec::with_capacity(json.len().max(pb.len()));
    match (op, format, library) {
        ("dump", "json", _) => {
            use std::io::Write;
            std::io::stdout().write_all(&json).unwrap();
        }
        ("decode", "json", "kcodec") => {
            for _ in 0..n {
                drop(black_box(
                    kcodec::json::from_slice::<Ours>(black_box(&json)).unwrap(),
                ));
            }
        }
        ("encode", "json", "kcodec" | "kcodec-generated") => {
            // Each library encodes its own decode of the same bytes, as in `compare`.
            let decoded: Ours = kcodec::json::from_slice(&json).unwrap();
            let ours = if library == "kcodec" { &decoded } else { ours };
            for _ in 0..n {
                out.clear();
                black_box(ours).encode_json(&mut out);
                black_box(&out);
            }
        }
        ("decode", "json", "serde_json") => {
            for _ in 0..n {
                drop(black_box(
                    serde_json::from_slice::<Theirs>(black_box(&json)).unwrap(),
                ));
            }
        }
        ("encode", "json", "serde_json") => {
            let theirs: Theirs = serde_json::from_slice(&json).unwrap();
            for _ in 0..n {
                out.clear();
                serde_json::to_writer(&mut out, black_box(&theirs)).unwrap();
                black_box(&out);
            }
        }
        ("decode", "protobuf", "kcodec") => {
            for _ in 0..n {
                drop(black_box(
                    kcodec::proto::from_slice::<Ours>(black_box(&pb)).unwrap(),
                ));
            }
        }
        ("encode", "protobuf", "kcodec" | "kcodec-generated") => {
            let decoded: Ours = kcodec::proto::from_slice(&pb).unwrap();
            let ours = if library == "kcodec" { &decoded } else { ours };
            let mut buf = kcodec::proto::RevBuf::new();
            for _ in 0..n {
                kcodec::proto::encode_into(black_box(ours), &mut buf);
                black_box(buf.as_slice());
            }
        }
        ("decode", "protobuf", "prost") => {
            for _ in 0..n {
                drop(black_box(Prost::decode(black_box(&pb[..])).unwrap()));
            }
        }
        ("encode", "protobuf", "prost") => {
            let theirs = Prost::decode(&pb[..]).unwrap();
            for _ in 0..n {
                out.clear();
                theirs.encode(&mut out).unwrap();
                black_box(&out);
            }
        }
        ("decode", "cbor", "kcodec") => {
            let cbor = kcodec::cbor::to_vec(ours).unwrap();
            for _ in 0..n {
                drop(black_box(
                    kcodec::cbor::from_slice::<Ours>(black_box(&cbor)).unwrap(),
                ));
            }
        }
        ("encode", "cbor", "kcodec" | "kcodec-generated") => {
            let decoded: Ours =
                kcodec::cbor::from_slice(&kcodec::cbor::to_vec(ours).unwrap()).unwrap();
            let ours = if library == "kcodec" { &decoded } else { ours };
            for _ in 0..n {
                out.clear();
                out.extend_from_slice(&kcodec::cbor::write::SELF_DESCRIBED);
                black_box(ours).encode_cbor(&mut out);
                black_box(&out);
            }
        }
        ("decode", "cbor", "ciborium") => {
            let theirs: Theirs = serde_json::from_slice(&json).unwrap();
            let mut cbor = Vec::new();
            ciborium::into_writer(&theirs, &mut cbor).unwrap();
            for _ in 0..n {
                drop(black_box(
                    ciborium::from_reader::<Theirs, _>(black_box(&cbor[..])).unwrap(),
                ));
            }
        }
        ("encode", "cbor", "ciborium") => {
            let theirs: Theirs = serde_json::from_slice(&json).unwrap();
            for _ in 0..n {
                out.clear();
                ciborium::into_writer(black_box(&theirs), &mut out).unwrap();
                black_box(&out);
            }
        }
        other => panic!("no such cell: {other:?}"),
    }
}

/// One cell of a standard JSON corpus (`$KCODEC_JSON_BENCH_DATA`), decoded into or encoded
/// from the typed struct kcodec and serde_json share.
fn run_corpus<T>(workload: &str, op: &str, library: &str, n: usize)
where
    T: JsonDecode + JsonEncode + Serialize + DeserializeOwned,
{
    let corpora = kcodec_benches::corpora::load().expect("set KCODEC_JSON_BENCH_DATA");
    let (_, json) = corpora
        .into_iter()
        .find(|(name, _)| *name == workload)
        .expect("a corpus name");
    let value: T = kcodec::json::from_slice(&json).unwrap();
    let mut out = Vec::with_capacity(json.len());
    match (op, library) {
        ("decode", "kcodec") => {
            for _ in 0..n {
                drop(black_box(
                    kcodec::json::from_slice::<T>(black_box(&json)).unwrap(),
                ));
            }
        }
        ("decode", "serde_json") => {
            for _ in 0..n {
                drop(black_box(
                    serde_json::from_slice::<T>(black_box(&json)).unwrap(),
                ));
            }
        }
        ("encode", "kcodec") => {
            for _ in 0..n {
                out.clear();
                black_box(&value).encode_json(&mut out);
                black_box(&out);
            }
        }
        ("encode", "serde_json") => {
            for _ in 0..n {
                out.clear();
                serde_json::to_writer(&mut out, black_box(&value)).unwrap();
                black_box(&out);
            }
        }
        other => panic!("no such cell: {other:?}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.into());
    let (workload, op, format) = (arg(0, "pod"), arg(1, "decode"), arg(2, "json"));
    let library = arg(3, "kcodec");
    let n: usize = arg(4, "100").parse().expect("iterations: a number");
    let (op, format, library) = (op.as_str(), format.as_str(), library.as_str());
    type Pod = k8s_openapi::api::core::v1::Pod;
    match workload.as_str() {
        "pod" => run::<_, Pod, pb::core::v1::Pod>(&sample::pod(1), op, format, library, n),
        "node" => run::<_, k8s_openapi::api::core::v1::Node, pb::core::v1::Node>(
            &sample::node(1),
            op,
            format,
            library,
            n,
        ),
        "deployment" => run::<_, k8s_openapi::api::apps::v1::Deployment, pb::apps::v1::Deployment>(
            &sample::deployment(1),
            op,
            format,
            library,
            n,
        ),
        "service" => run::<_, k8s_openapi::api::core::v1::Service, pb::core::v1::Service>(
            &sample::service(1),
            op,
            format,
            library,
            n,
        ),
        "podlist-1k" => run::<_, k8s_openapi::List<Pod>, pb::core::v1::PodList>(
            &sample::pod_list(1000, 42),
            op,
            format,
            library,
            n,
        ),
        "podlist-10k" => run::<_, k8s_openapi::List<Pod>, pb::core::v1::PodList>(
            &sample::pod_list(10_000, 42),
            op,
            format,
            library,
            n,
        ),
        "fixture-pod" => {
            let dir = std::env::var_os("KCODEC_K8S_TESTDATA").expect("set KCODEC_K8S_TESTDATA");
            let path = std::path::Path::new(&dir).join("HEAD/core.v1.Pod.json");
            let json = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let pod: kcodec_types::core::v1::Pod = kcodec::json::from_slice(&json).unwrap();
            run::<_, Pod, pb::core::v1::Pod>(&pod, op, format, library, n);
        }
        "twitter" => {
            run_corpus::<kcodec_benches::corpora::Twitter>(&workload, op, library, n);
        }
        "citm_catalog" => {
            run_corpus::<kcodec_benches::corpora::CitmCatalog>(&workload, op, library, n);
        }
        "canada" => {
            run_corpus::<kcodec_benches::corpora::FeatureCollection>(&workload, op, library, n);
        }
        other => panic!("unknown workload {other}"),
    }
}
