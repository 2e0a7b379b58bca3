//! Serving paths of an API-server cache (issue: serving): a LIST of 10,000 Pods spliced from
//! cached item encodings vs encoded per request (and a memcpy of the same output, the floor),
//! and one watch event sent to 1,000 watchers, encoded per watcher vs once per format.
//! Answers are checked before timing: spliced output equals the direct encoding byte for byte.
//! Also: decoding a watch stream of 10,000 Pod events, beside serde_json + k8s-openapi.
//!
//! `cargo bench -p kcodec-benches --bench serving`

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kcodec::cache::EventType;
use kcodec_examples::{fan_out_cached, fan_out_direct, WatchCache, Watcher};

/// 10,000 Pods in one namespace: the LIST answers all of them.
fn cache() -> WatchCache {
    WatchCache::filled(10_000, 1)
}

fn list(c: &mut Criterion) {
    let cache = cache();
    let ns = "ns-0";
    let direct = cache.list_json_direct(ns).unwrap();
    assert_eq!(
        cache.list_json_spliced(ns).unwrap(),
        direct,
        "spliced JSON LIST differs"
    );
    let pb = cache.list_proto_direct(ns);
    assert_eq!(
        cache.list_proto_spliced(ns),
        pb,
        "spliced protobuf LIST differs"
    );

    // A server reuses its response buffer (or streams): every variant writes into one, so
    // the figures are CPU cost, not the page faults of a fresh 100 MB allocation.
    let mut out = Vec::with_capacity(direct.len());
    let mut g = c.benchmark_group("list-10k/json");
    g.throughput(Throughput::Bytes(direct.len() as u64));
    g.sample_size(10);
    g.bench_function("encode per request", |b| {
        b.iter(|| {
            out.clear();
            cache.list_json_direct_into(&mut out, ns).unwrap();
            black_box(out.len())
        })
    });
    g.bench_function("spliced from cache", |b| {
        b.iter(|| {
            out.clear();
            cache.list_json_spliced_into(&mut out, ns).unwrap();
            black_box(out.len())
        })
    });
    g.bench_function("memcpy of the output", |b| {
        b.iter(|| {
            out.clear();
            out.extend_from_slice(&direct);
            black_box(out.len())
        })
    });
    g.finish();

    let mut w = kcodec::proto::RevBuf::new();
    let mut g = c.benchmark_group("list-10k/protobuf");
    g.throughput(Throughput::Bytes(pb.len() as u64));
    g.sample_size(10);
    g.bench_function("encode per request", |b| {
        b.iter(|| {
            cache.list_proto_direct_into(&mut w, ns);
            black_box(w.len())
        })
    });
    g.bench_function("spliced from cache", |b| {
        b.iter(|| {
            out.clear();
            cache.list_proto_spliced_into(&mut out, ns);
            black_box(out.len())
        })
    });
    g.bench_function("memcpy of the output", |b| {
        b.iter(|| {
            out.clear();
            out.extend_from_slice(&pb);
            black_box(out.len())
        })
    });
    g.finish();
}

fn fan_out(c: &mut Criterion) {
    let mut cache = WatchCache::filled(100, 1);
    let pod = kcodec_types::sample::pod(7);
    let watchers = || Watcher::mixed(1000);
    let mut g = c.benchmark_group("event-to-1000-watchers");
    g.bench_function("encode per watcher", |b| {
        b.iter_batched(
            watchers,
            |mut w| black_box(fan_out_direct(&mut w, EventType::Modified, &pod).unwrap()),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("cached frames (new object each time)", |b| {
        b.iter_batched(
            || (watchers(), cache.upsert(pod.clone())),
            |(mut w, cached)| {
                fan_out_cached(&mut w, EventType::Modified, &cached)
                    .expect("JSON and protobuf have watch streams");
                black_box(w)
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

/// A JSON watch stream of 10,000 MODIFIED Pod events (the kube-rs/k8s-openapi way: split
/// lines, `serde_json` into `WatchEvent<Pod>`), decoded fully, and routed only (kcodec reads
/// the event type and the object's namespace/name without decoding the object).
fn watch_decode(c: &mut Criterion) {
    type OpenApiPod = k8s_openapi::api::core::v1::Pod;
    type OpenApiEvent = k8s_openapi::apimachinery::pkg::apis::meta::v1::WatchEvent<OpenApiPod>;
    let pods: Vec<_> = (0..10_000).map(kcodec_types::sample::pod).collect();
    let mut json = Vec::new();
    let mut pb = Vec::new();
    for pod in &pods {
        let object = kcodec::json::to_vec(pod).unwrap();
        kcodec::watch::write_json_event(&mut json, EventType::Modified, &object);
        let env = kcodec::proto::envelope::encode("v1", "Pod", pod);
        kcodec::watch::write_proto_event(&mut pb, EventType::Modified, &env);
    }
    // kcodec is fed 64 KiB chunks, as read from a socket.
    let kcodec_decode = |stream: &[u8]| {
        let mut d = kcodec::watch::WatchDecoder::new();
        let mut n = 0;
        for chunk in stream.chunks(64 << 10) {
            d.feed(chunk);
            while let Some(e) = d.next_event().unwrap() {
                let (_, object) = kcodec_types::registry::decode_object(&e.object).unwrap();
                black_box(object);
                n += 1;
            }
        }
        d.finish().unwrap();
        n
    };
    let kcodec_route = |stream: &[u8]| {
        let mut d = kcodec::watch::WatchDecoder::new();
        let mut n = 0;
        for chunk in stream.chunks(64 << 10) {
            d.feed(chunk);
            while let Some(e) = d.next_event().unwrap() {
                let head = e.object.head().unwrap();
                black_box((e.event_type, head.namespace.len(), head.name.len()));
                n += 1;
            }
        }
        d.finish().unwrap();
        n
    };
    let serde_decode = |stream: &[u8]| {
        let mut n = 0;
        for line in stream.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let e: OpenApiEvent = serde_json::from_slice(line).unwrap();
            black_box(e);
            n += 1;
        }
        n
    };
    // Same answers first: every library sees 10,000 events, and the first Pod agrees.
    assert_eq!(kcodec_decode(&json), 10_000);
    assert_eq!(kcodec_decode(&pb), 10_000);
    assert_eq!(kcodec_route(&json), 10_000);
    assert_eq!(serde_decode(&json), 10_000);
    let first = json.split(|&b| b == b'\n').next().unwrap();
    let OpenApiEvent::Modified(theirs) = serde_json::from_slice(first).unwrap() else {
        panic!("not MODIFIED")
    };
    let via: kcodec_types::core::v1::Pod =
        kcodec::json::from_slice(&serde_json::to_vec(&theirs).unwrap()).unwrap();
    assert_eq!(
        via, pods[0],
        "serde_json/k8s-openapi decoded a different Pod"
    );

    let mut g = c.benchmark_group("watch-10k/json");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.sample_size(10);
    g.bench_function("kcodec decode", |b| b.iter(|| kcodec_decode(&json)));
    g.bench_function("kcodec route only (lazy)", |b| {
        b.iter(|| kcodec_route(&json))
    });
    g.bench_function("serde_json + k8s-openapi", |b| {
        b.iter(|| serde_decode(&json))
    });
    g.finish();
    let mut g = c.benchmark_group("watch-10k/protobuf");
    g.throughput(Throughput::Bytes(pb.len() as u64));
    g.sample_size(10);
    g.bench_function("kcodec decode", |b| b.iter(|| kcodec_decode(&pb)));
    g.bench_function("kcodec route only (lazy)", |b| b.iter(|| kcodec_route(&pb)));
    g.finish();
}

criterion_group!(benches, list, fan_out, watch_decode);
criterion_main!(benches);
