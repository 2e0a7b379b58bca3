//! Pod and PodList: kcodec (JSON and protobuf) beside serde_json decoding/encoding
//! k8s-openapi's types, on the same bytes. Every library's answer is checked before it is
//! timed: each decoded object is re-encoded and decoded by kcodec, and must equal kcodec's
//! own decode of the input.

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kcodec_benches::alloc::{measure, CountingAlloc};
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::sample;

#[global_allocator]
static A: CountingAlloc = CountingAlloc;

type OpenApiPod = k8s_openapi::api::core::v1::Pod;
type OpenApiPodList = k8s_openapi::List<OpenApiPod>;

struct Workload {
    name: &'static str,
    json: Vec<u8>,
    pb: Vec<u8>,
}

fn workloads() -> Vec<Workload> {
    let pod = sample::pod(1);
    let list = sample::pod_list(1000, 42);
    vec![
        Workload {
            name: "pod",
            json: kcodec::json::to_vec(&pod).unwrap(),
            pb: kcodec::proto::to_vec(&pod),
        },
        Workload {
            name: "podlist-1k",
            json: kcodec::json::to_vec(&list).unwrap(),
            pb: kcodec::proto::to_vec(&list),
        },
    ]
}

/// Decode with kcodec and with serde_json + k8s-openapi; both must describe the same object.
fn check_same_answer(w: &Workload) {
    let is_list = w.name.starts_with("podlist");
    if is_list {
        let ours: PodList = kcodec::json::from_slice(&w.json).unwrap();
        let theirs: OpenApiPodList = serde_json::from_slice(&w.json).unwrap();
        let mut via: PodList =
            kcodec::json::from_slice(&serde_json::to_vec(&theirs).unwrap()).unwrap();
        // k8s-openapi writes kind/apiVersion into every item; the API server does not.
        for item in &mut via.items {
            item.type_meta = Default::default();
        }
        assert_eq!(
            via.items, ours.items,
            "serde_json/k8s-openapi decoded a different list"
        );
        let from_pb: PodList = kcodec::proto::from_slice(&w.pb).unwrap();
        assert_eq!(from_pb.items, ours.items);
    } else {
        let ours: Pod = kcodec::json::from_slice(&w.json).unwrap();
        let theirs: OpenApiPod = serde_json::from_slice(&w.json).unwrap();
        let via: Pod = kcodec::json::from_slice(&serde_json::to_vec(&theirs).unwrap()).unwrap();
        assert_eq!(via, ours, "serde_json/k8s-openapi decoded a different pod");
        let mut from_pb: Pod = kcodec::proto::from_slice(&w.pb).unwrap();
        from_pb.type_meta = ours.type_meta.clone();
        assert_eq!(from_pb, ours);
    }
}

fn report_allocations(w: &Workload) {
    let ((), kc, pb, sj) = if w.name.starts_with("podlist") {
        (
            (),
            measure(|| drop(kcodec::json::from_slice::<PodList>(&w.json).unwrap())).1,
            measure(|| drop(kcodec::proto::from_slice::<PodList>(&w.pb).unwrap())).1,
            measure(|| drop(serde_json::from_slice::<OpenApiPodList>(&w.json).unwrap())).1,
        )
    } else {
        (
            (),
            measure(|| drop(kcodec::json::from_slice::<Pod>(&w.json).unwrap())).1,
            measure(|| drop(kcodec::proto::from_slice::<Pod>(&w.pb).unwrap())).1,
            measure(|| drop(serde_json::from_slice::<OpenApiPod>(&w.json).unwrap())).1,
        )
    };
    println!(
        "{}: JSON {} B, protobuf {} B; allocations per decode: kcodec JSON {} ({} B), kcodec protobuf {} ({} B), serde_json+k8s-openapi {} ({} B)",
        w.name,
        w.json.len(),
        w.pb.len(),
        kc.allocs,
        kc.bytes,
        pb.allocs,
        pb.bytes,
        sj.allocs,
        sj.bytes
    );
}

fn bench_decode<Ours, Theirs>(c: &mut Criterion, w: &Workload)
where
    Ours: kcodec::JsonDecode + kcodec::proto::ProtoMessage,
    Theirs: serde::de::DeserializeOwned,
{
    let mut g = c.benchmark_group(format!("{}/decode", w.name));
    g.throughput(Throughput::Bytes(w.json.len() as u64));
    g.bench_function(BenchmarkId::new("json", "kcodec"), |b| {
        b.iter(|| black_box(kcodec::json::from_slice::<Ours>(black_box(&w.json)).unwrap()))
    });
    g.bench_function(BenchmarkId::new("json", "serde_json+k8s-openapi"), |b| {
        b.iter(|| black_box(serde_json::from_slice::<Theirs>(black_box(&w.json)).unwrap()))
    });
    g.throughput(Throughput::Bytes(w.pb.len() as u64));
    g.bench_function(BenchmarkId::new("protobuf", "kcodec"), |b| {
        b.iter(|| black_box(kcodec::proto::from_slice::<Ours>(black_box(&w.pb)).unwrap()))
    });
    g.finish();
}

fn bench_encode<Ours, Theirs>(c: &mut Criterion, w: &Workload)
where
    Ours: kcodec::JsonDecode + kcodec::JsonEncode + kcodec::proto::ProtoMessage,
    Theirs: serde::de::DeserializeOwned + serde::Serialize,
{
    let ours: Ours = kcodec::json::from_slice(&w.json).unwrap();
    let theirs: Theirs = serde_json::from_slice(&w.json).unwrap();
    let mut g = c.benchmark_group(format!("{}/encode", w.name));
    g.throughput(Throughput::Bytes(w.json.len() as u64));
    let mut out = Vec::with_capacity(w.json.len());
    g.bench_function(BenchmarkId::new("json", "kcodec"), |b| {
        b.iter(|| {
            out.clear();
            black_box(&ours).encode_json(&mut out);
            black_box(out.len())
        })
    });
    let mut out2 = Vec::with_capacity(w.json.len());
    g.bench_function(BenchmarkId::new("json", "serde_json+k8s-openapi"), |b| {
        b.iter(|| {
            out2.clear();
            serde_json::to_writer(&mut out2, black_box(&theirs)).unwrap();
            black_box(out2.len())
        })
    });
    g.throughput(Throughput::Bytes(w.pb.len() as u64));
    let mut buf = kcodec::proto::RevBuf::new();
    g.bench_function(BenchmarkId::new("protobuf", "kcodec"), |b| {
        b.iter(|| {
            kcodec::proto::encode_into(black_box(&ours), &mut buf);
            black_box(buf.len())
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    for w in workloads() {
        check_same_answer(&w);
        report_allocations(&w);
        if w.name.starts_with("podlist") {
            bench_decode::<PodList, OpenApiPodList>(c, &w);
            bench_encode::<PodList, OpenApiPodList>(c, &w);
        } else {
            bench_decode::<Pod, OpenApiPod>(c, &w);
            bench_encode::<Pod, OpenApiPod>(c, &w);
        }
    }
}

criterion_group!(pod, benches);
criterion_main!(pod);
