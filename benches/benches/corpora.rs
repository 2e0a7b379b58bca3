//! The standard JSON corpora (twitter, citm_catalog, canada; `$KCODEC_JSON_BENCH_DATA`)
//! decoded into and encoded from typed structs shared by kcodec, serde_json, simd-json and
//! sonic-rs. Every library's decode is checked equal to kcodec's before anything is timed.
//! Skipped (with a message) when the variable is unset.

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kcodec::{JsonDecode, JsonEncode};
use kcodec_benches::corpora::{self, CitmCatalog, FeatureCollection, Twitter};
use serde::de::DeserializeOwned;
use serde::Serialize;

fn bench<T>(c: &mut Criterion, name: &str, json: &[u8])
where
    T: JsonDecode + JsonEncode + Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let ours: T = kcodec::json::from_slice(json).unwrap();
    assert_eq!(serde_json::from_slice::<T>(json).unwrap(), ours);
    assert_eq!(
        simd_json::serde::from_slice::<T>(&mut json.to_vec()).unwrap(),
        ours
    );
    assert_eq!(sonic_rs::from_slice::<T>(json).unwrap(), ours);
    let mut g = c.benchmark_group(format!("corpus/{name}"));
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function(BenchmarkId::new("decode", "kcodec"), |b| {
        b.iter(|| kcodec::json::from_slice::<T>(black_box(json)).unwrap())
    });
    g.bench_function(BenchmarkId::new("decode", "serde_json"), |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(json)).unwrap())
    });
    g.bench_function(BenchmarkId::new("decode", "simd-json"), |b| {
        b.iter(|| simd_json::serde::from_slice::<T>(&mut black_box(json).to_vec()).unwrap())
    });
    g.bench_function(BenchmarkId::new("decode", "sonic-rs"), |b| {
        b.iter(|| sonic_rs::from_slice::<T>(black_box(json)).unwrap())
    });
    let mut out = Vec::with_capacity(json.len());
    g.bench_function(BenchmarkId::new("encode", "kcodec"), |b| {
        b.iter(|| {
            out.clear();
            black_box(&ours).encode_json(&mut out);
            out.len()
        })
    });
    g.bench_function(BenchmarkId::new("encode", "serde_json"), |b| {
        b.iter(|| {
            out.clear();
            serde_json::to_writer(&mut out, black_box(&ours)).unwrap();
            out.len()
        })
    });
    g.bench_function(BenchmarkId::new("encode", "sonic-rs"), |b| {
        b.iter(|| {
            out.clear();
            sonic_rs::to_writer(&mut out, black_box(&ours)).unwrap();
            out.len()
        })
    });
    g.finish();
}

fn corpora_benches(c: &mut Criterion) {
    let Some(files) = corpora::load() else {
        eprintln!("corpora skipped: set KCODEC_JSON_BENCH_DATA to ../shared/json-benchmark-data");
        return;
    };
    for (name, bytes) in &files {
        match *name {
            "twitter" => bench::<Twitter>(c, name, bytes),
            "citm_catalog" => bench::<CitmCatalog>(c, name, bytes),
            _ => bench::<FeatureCollection>(c, name, bytes),
        }
    }
}

criterion_group!(benches, corpora_benches);
criterion_main!(benches);
