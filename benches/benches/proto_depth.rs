//! Protobuf encode cost per byte as nesting deepens: a chain of nested messages, depth 1 to
//! 64, each level carrying the same payload. kcodec writes back to front, so each nested
//! length is known when its prefix is due and no size is computed twice: the cost per byte
//! should stay flat. (A prost-style encoder that recomputes a nested message's length at
//! every ancestor is quadratic in depth.)

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kcodec::{Json, Proto, Str};

/// One level of the chain.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
struct Node {
    #[kcodec(rename = "name", tag = 1)]
    name: Str,
    #[kcodec(rename = "values", tag = 2, omitempty)]
    values: Vec<i64>,
    #[kcodec(rename = "child", tag = 3, omitempty)]
    child: Option<Box<Node>>,
}

fn chain(depth: usize) -> Node {
    let mut node = Node {
        name: "a-name-of-some-length".into(),
        values: (0..16).map(|i| i * 1000 - 5000).collect(),
        child: None,
    };
    for _ in 1..depth {
        node = Node {
            name: "a-name-of-some-length".into(),
            values: (0..16).map(|i| i * 1000 - 5000).collect(),
            child: Some(Box::new(node)),
        };
    }
    node
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("proto-encode-depth");
    for depth in [1usize, 2, 4, 8, 16, 32, 64] {
        let node = chain(depth);
        let bytes = kcodec::proto::to_vec(&node);
        let back: Node = kcodec::proto::from_slice(&bytes).unwrap();
        assert_eq!(back, node, "round trip before timing");
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        let mut buf = kcodec::proto::RevBuf::new();
        g.bench_with_input(BenchmarkId::from_parameter(depth), &node, |b, n| {
            b.iter(|| {
                kcodec::proto::encode_into(black_box(n), &mut buf);
                black_box(buf.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
