//! Serving paths of an API-server cache (issue: serving): a LIST of 10,000 Pods spliced from
//! cached item encodings vs encoded per request (and a memcpy of the same output, the floor),
//! and one watch event sent to 1,000 watchers, encoded per watcher vs once per format.
//! Answers are checked before timing: spliced output equals the direct encoding byte for byte.
//!
//! `cargo bench -p kcodec-benches --bench serving`

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kcodec::cache::EventType;
use kcodec_examples::{fan_out_cached, fan_out_direct, Format, WatchCache, Watcher};

/// 10,000 Pods in one namespace: the LIST answers all of them.
fn cache() -> WatchCache {
    WatchCache::filled(10_000, 1)
}

fn list(c: &mut Criterion) {
    let cache = cache();
    let ns = "ns-0";
    let direct = cache.list_json_direct(ns);
    assert_eq!(
        cache.list_json_spliced(ns),
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
            cache.list_json_direct_into(&mut out, ns);
            black_box(out.len())
        })
    });
    g.bench_function("spliced from cache", |b| {
        b.iter(|| {
            out.clear();
            cache.list_json_spliced_into(&mut out, ns);
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
    let watchers = || -> Vec<Watcher> {
        (0..1000)
            .map(|i| Watcher {
                format: Some(if i % 2 == 0 {
                    Format::Json
                } else {
                    Format::Protobuf
                }),
                queue: Vec::with_capacity(1),
            })
            .collect()
    };
    let mut g = c.benchmark_group("event-to-1000-watchers");
    g.bench_function("encode per watcher", |b| {
        b.iter_batched(
            watchers,
            |mut w| black_box(fan_out_direct(&mut w, EventType::Modified, &pod)),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("cached frames (new object each time)", |b| {
        b.iter_batched(
            || (watchers(), cache.upsert(pod.clone())),
            |(mut w, cached)| {
                fan_out_cached(&mut w, EventType::Modified, &cached);
                black_box(w)
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, list, fan_out);
criterion_main!(benches);
