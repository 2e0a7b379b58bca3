//! Kubernetes' round-trip fixtures of all 193 kinds (`$KCODEC_K8S_TESTDATA`), every kind at once: kcodec
//! decoding and encoding all of them in JSON and protobuf through the registry, beside prost
//! decoding and encoding the same protobuf bodies (types from kcodec's `.proto` files).
//! Skipped (with a message) when the variable is unset.

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kcodec_benches::prost_k8s::{RoundTrip, KINDS};
use kcodec_types::registry::{self, Kind};

struct Fixture {
    kind: &'static Kind,
    json: Vec<u8>,
    body: Vec<u8>,
    prost: RoundTrip,
}

fn load() -> Option<Vec<Fixture>> {
    let root = std::path::PathBuf::from(std::env::var_os("KCODEC_K8S_TESTDATA")?);
    let dir = root.join("HEAD");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .strip_suffix(".json")
        else {
            continue;
        };
        let kind = registry::lookup_name(name).expect("registered kind");
        let pb = std::fs::read(dir.join(format!("{name}.pb"))).unwrap();
        let body = kcodec::proto::envelope::decode(&pb).unwrap().raw.to_vec();
        let prost = KINDS
            .iter()
            .find(|(n, _)| *n == kind.fixture_name())
            .unwrap()
            .1;
        out.push(Fixture {
            kind,
            json: std::fs::read(&path).unwrap(),
            body,
            prost,
        });
    }
    Some(out)
}

fn fixtures(c: &mut Criterion) {
    let Some(fx) = load() else {
        eprintln!("fixtures skipped: set KCODEC_K8S_TESTDATA to ../shared/k8s-testdata");
        return;
    };
    // Same answers first: prost's re-encoding decodes (with kcodec) to kcodec's decode.
    for f in &fx {
        let ours = f.kind.decode_proto(&f.body).unwrap();
        let back = f.kind.decode_proto(&(f.prost)(&f.body).unwrap()).unwrap();
        assert!(back.dyn_eq(&*ours), "{}", f.kind.fixture_name());
    }
    let json_bytes: usize = fx.iter().map(|f| f.json.len()).sum();
    let pb_bytes: usize = fx.iter().map(|f| f.body.len()).sum();
    let objects: Vec<_> = fx
        .iter()
        .map(|f| f.kind.decode_json(&f.json).unwrap())
        .collect();
    let mut g = c.benchmark_group(format!("fixtures-{}", fx.len()));
    g.throughput(Throughput::Bytes(json_bytes as u64));
    g.bench_function(BenchmarkId::new("json-decode", "kcodec"), |b| {
        b.iter(|| {
            for f in &fx {
                black_box(f.kind.decode_json(black_box(&f.json)).unwrap());
            }
        })
    });
    let mut out = Vec::new();
    g.bench_function(BenchmarkId::new("json-encode", "kcodec"), |b| {
        b.iter(|| {
            for o in &objects {
                out.clear();
                o.encode_json(&mut out);
                black_box(&out);
            }
        })
    });
    g.throughput(Throughput::Bytes(pb_bytes as u64));
    g.bench_function(BenchmarkId::new("protobuf-decode", "kcodec"), |b| {
        b.iter(|| {
            for f in &fx {
                black_box(f.kind.decode_proto(black_box(&f.body)).unwrap());
            }
        })
    });
    g.bench_function(BenchmarkId::new("protobuf-round-trip", "kcodec"), |b| {
        b.iter(|| {
            for f in &fx {
                black_box(f.kind.decode_proto(black_box(&f.body)).unwrap().to_proto());
            }
        })
    });
    g.bench_function(BenchmarkId::new("protobuf-round-trip", "prost"), |b| {
        b.iter(|| {
            for f in &fx {
                black_box((f.prost)(black_box(&f.body)).unwrap());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, fixtures);
criterion_main!(benches);
