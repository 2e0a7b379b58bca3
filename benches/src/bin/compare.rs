//! `cargo run --release -p kcodec-benches --bin compare [-- --markdown | --json]`: a short side-by-side
//! run (about 2 minutes) of kcodec against serde_json, simd-json and sonic-rs (JSON) and
//! ciborium (CBOR), all through serde on k8s-openapi's types, and prost (on prost-build's types
//! from kcodec's `.proto` files), on built-in data: realistic Pod, Node, Deployment and
//! Service objects, PodLists of 1,000 and 10,000 Pods, a watch stream of 10,000 Pod events,
//! and (with `KCODEC_JSON_BENCH_DATA`) the twitter, citm_catalog and canada corpora decoded
//! into typed structs.
//! Every library's answer is checked against kcodec's before anything is timed.
//!
//! Prints a plain-text table that fits a terminal (rows: workload × operation × format;
//! columns: kcodec's MB/s and its speed-up over each library), with `--markdown` a markdown
//! table that also holds each library's MB/s and allocations, or with `--json` one JSON
//! object per line:
//! `{"workload","op","format","library","mb_per_s","ns_per_op","allocs_per_op","held_bytes"}`.
//! The tables are followed by kcodec's CBOR against its own JSON on the same objects.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kcodec::cache::EventType;
use kcodec::cbor::CborDecode;
use kcodec::{JsonDecode, JsonEncode};
use kcodec_benches::alloc::{measure, CountingAlloc};
use kcodec_types::sample;
use serde::de::DeserializeOwned;
use serde::Serialize;

#[global_allocator]
static A: CountingAlloc = CountingAlloc;

/// One measured cell.
struct Cell {
    workload: &'static str,
    op: &'static str,
    format: &'static str,
    library: &'static str,
    bytes: usize,
    ns_per_op: f64,
    allocs_per_op: u64,
    /// Heap bytes the operation's result holds (a decoded value), plus, for a decode from
    /// shared bytes, the input it keeps alive.
    held: u64,
}

impl Cell {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / self.ns_per_op * 1e3
    }
}

/// Time `f` for about `budget`, after one warm-up run; ns per run, the median of at least
/// three samples. A sample is a batch of runs lasting about a tenth of the budget (one run
/// when a run is longer), so a single slow batch (a page-fault storm, the other core's
/// load) moves the figure less than it would move a mean.
fn time(budget: Duration, mut f: impl FnMut()) -> f64 {
    // The warm-up run also sizes the batches.
    let t = Instant::now();
    f();
    let one = t.elapsed().as_nanos().max(1);
    let batch = (budget.as_nanos() / 10 / one).clamp(1, 1 << 20) as u32;
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < 3 || start.elapsed() < budget {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        samples.push(t.elapsed().as_nanos() as f64 / f64::from(batch));
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

struct Run {
    cells: Vec<Cell>,
    budget: Duration,
    /// `--only a,b`: the workloads to run (all when empty).
    only: Vec<String>,
    /// The workloads on which ciborium decoded its own encoding of the object, not
    /// Kubernetes' CBOR (which it cannot read): (workload, its size, kcodec's size).
    ciborium_own: Vec<(&'static str, usize, usize)>,
    /// Why ciborium could not read Kubernetes' CBOR (its first error).
    ciborium_error: Option<String>,
}

impl Run {
    #[allow(clippy::too_many_arguments)]
    fn cell<R>(
        &mut self,
        workload: &'static str,
        op: &'static str,
        format: &'static str,
        library: &'static str,
        bytes: usize,
        mut f: impl FnMut() -> R,
    ) {
        if !self.only.is_empty() && !self.only.iter().any(|w| w == workload) {
            return;
        }
        let (r, stats) = measure(&mut f);
        drop(black_box(r));
        let ns = time(self.budget, || drop(black_box(f())));
        let kept_input = if op == SHARED { bytes as u64 } else { 0 };
        self.cells.push(Cell {
            workload,
            op,
            format,
            library,
            bytes,
            ns_per_op: ns,
            allocs_per_op: stats.allocs,
            held: stats.held + kept_input,
        });
    }

    /// Decode and encode one object type with every library.
    /// (`Theirs`: the k8s-openapi type for the JSON peers; `Prost`: the prost-build type from kcodec's `.proto` files.)
    fn object<Ours, Theirs, Prost>(
        &mut self,
        workload: &'static str,
        ours: &Ours,
        normalize: fn(&mut Ours),
        peers_equal: bool,
    ) where
        Ours: JsonDecode
            + JsonEncode
            + CborDecode
            + kcodec::proto::ProtoMessage
            + PartialEq
            + std::fmt::Debug,
        Theirs: Serialize + DeserializeOwned,
        Prost: prost::Message + Default,
    {
        let json = kcodec::json::to_vec(ours).unwrap();
        let pb = kcodec::proto::to_vec(ours);
        // Same answers first: each peer's decode, re-encoded and read by kcodec, is kcodec's.
        let mut expected: Ours = kcodec::json::from_slice(&json).unwrap();
        normalize(&mut expected);
        // (On Kubernetes' fixtures, which set every field of the newest release, the serde
        // peers' k8s-openapi types lack some fields and skip them: they must decode, but
        // cannot give the same object.)
        let check = |theirs: &Theirs, who: &str| {
            let mut via: Ours =
                kcodec::json::from_slice(&serde_json::to_vec(theirs).unwrap()).unwrap();
            normalize(&mut via);
            assert!(
                !peers_equal || via == expected,
                "{who} decoded {workload} differently"
            );
        };
        check(
            &serde_json::from_slice::<Theirs>(&json).unwrap(),
            "serde_json",
        );
        check(
            &simd_json::serde::from_slice::<Theirs>(&mut json.clone()).unwrap(),
            "simd-json",
        );
        check(&sonic_rs::from_slice::<Theirs>(&json).unwrap(), "sonic-rs");
        // Every library encodes its own decode of the same bytes, so each one's objects lie in
        // memory as its decoder placed them (the generator's do not: on PodList-10k, encoding
        // them directly is 7-25% slower, `profile ... kcodec-generated`).
        let theirs: Theirs = serde_json::from_slice(&json).unwrap();
        let ours_json: Ours = kcodec::json::from_slice(&json).unwrap();
        self.json_cells::<Ours, Theirs>(workload, &json, &ours_json, &theirs);
        drop(ours_json);
        // prost: its decode, re-encoded, must decode (with kcodec) to kcodec's own decode.
        let prost_msg = Prost::decode(&pb[..]).unwrap();
        let mine: Ours = kcodec::proto::from_slice(&pb).unwrap();
        let via: Ours = kcodec::proto::from_slice(&prost_msg.encode_to_vec()).unwrap();
        assert!(via == mine, "prost decoded {workload} differently");
        let p = pb.len();
        self.cell(workload, "decode", "protobuf", "kcodec", p, || {
            kcodec::proto::from_slice::<Ours>(&pb).unwrap()
        });
        let shared = kcodec::bytes::Bytes::from(pb.clone());
        assert!(kcodec::proto::from_bytes::<Ours>(&shared).unwrap() == mine);
        self.cell(workload, SHARED, "protobuf", "kcodec", p, || {
            kcodec::proto::from_bytes::<Ours>(&shared).unwrap()
        });
        self.cell(workload, "decode", "protobuf", "prost", p, || {
            Prost::decode(&pb[..]).unwrap()
        });
        let mut buf = kcodec::proto::RevBuf::new();
        self.cell(workload, "encode", "protobuf", "kcodec", p, || {
            kcodec::proto::encode_into(&mine, &mut buf);
            buf.len()
        });
        let mut pbuf = Vec::with_capacity(p);
        self.cell(workload, "encode", "protobuf", "prost", p, || {
            pbuf.clear();
            prost_msg.encode(&mut pbuf).unwrap();
            pbuf.len()
        });
        drop((prost_msg, mine, pbuf, buf));

        // CBOR, as the API server writes it. kcodec's decode must equal its JSON decode, and
        // its encode of that decode must give the same bytes back.
        let cbor = kcodec::cbor::to_vec(ours).unwrap();
        let mine: Ours = kcodec::cbor::from_slice(&cbor).unwrap();
        assert!(
            mine == kcodec::json::from_slice::<Ours>(&json).unwrap(),
            "kcodec's CBOR decode of {workload} differs from its JSON decode"
        );
        assert!(
            kcodec::cbor::to_vec(&mine).unwrap() == cbor,
            "kcodec's CBOR of {workload} does not round-trip"
        );
        // ciborium reads Kubernetes' CBOR if it can; it cannot (its String visitor takes
        // text strings only, and Kubernetes writes every string as a byte string): then it
        // decodes its own encoding of the same object (its serde decode of the JSON).
        let theirs_cbor = match ciborium::from_reader::<Theirs, _>(&cbor[..]) {
            Ok(theirs) => {
                check(&theirs, "ciborium");
                cbor.clone()
            }
            Err(e) => {
                self.ciborium_error.get_or_insert_with(|| e.to_string());
                let theirs: Theirs = serde_json::from_slice(&json).unwrap();
                let mut own = Vec::new();
                ciborium::into_writer(&theirs, &mut own).unwrap();
                self.ciborium_own.push((workload, own.len(), cbor.len()));
                own
            }
        };
        let theirs: Theirs = ciborium::from_reader(&theirs_cbor[..]).unwrap();
        check(&theirs, "ciborium");
        // MB/s of kcodec's CBOR size for both, so that they compare as the times do.
        let c = cbor.len();
        self.cell(workload, "decode", "cbor", "kcodec", c, || {
            kcodec::cbor::from_slice::<Ours>(&cbor).unwrap()
        });
        let shared = kcodec::bytes::Bytes::from(cbor.clone());
        assert!(kcodec::cbor::from_bytes::<Ours>(&shared).unwrap() == mine);
        self.cell(workload, SHARED, "cbor", "kcodec", c, || {
            kcodec::cbor::from_bytes::<Ours>(&shared).unwrap()
        });
        self.cell(workload, "decode", "cbor", "ciborium", c, || {
            ciborium::from_reader::<Theirs, _>(&theirs_cbor[..]).unwrap()
        });
        // Into a reused buffer, as the JSON rows: `kcodec::cbor::to_vec` without its
        // allocation.
        let mut out = Vec::with_capacity(c.max(theirs_cbor.len()));
        self.cell(workload, "encode", "cbor", "kcodec", c, || {
            out.clear();
            out.extend_from_slice(&kcodec::cbor::write::SELF_DESCRIBED);
            kcodec::cbor::encode_into(&mut out, &mine).unwrap();
            out.len()
        });
        self.cell(workload, "encode", "cbor", "ciborium", c, || {
            out.clear();
            ciborium::into_writer(&theirs, &mut out).unwrap();
            out.len()
        });
    }

    /// A standard JSON corpus, decoded into and encoded from one typed struct that every
    /// library shares (kcodec's derive and serde's on the same type), so the answers compare
    /// with `==`. MB/s are of the input file's size, for decode and encode alike.
    fn corpus<T>(&mut self, workload: &'static str, json: &[u8])
    where
        T: JsonDecode + JsonEncode + Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let ours: T = kcodec::json::from_slice(json).unwrap();
        let same =
            |theirs: T, who: &str| assert!(theirs == ours, "{who} decoded {workload} differently");
        same(serde_json::from_slice(json).unwrap(), "serde_json");
        same(
            simd_json::serde::from_slice(&mut json.to_vec()).unwrap(),
            "simd-json",
        );
        same(sonic_rs::from_slice(json).unwrap(), "sonic-rs");
        // kcodec's output reads back (with serde_json) as the same value.
        same(
            serde_json::from_slice(&kcodec::json::to_vec(&ours).unwrap()).unwrap(),
            "serde_json on kcodec's output",
        );
        self.json_cells::<T, T>(workload, json, &ours, &ours);
    }

    /// JSON decode of `json` and encode of the decoded value with every library: kcodec
    /// into `Ours`, the serde libraries into `Theirs`. MB/s are of `json`'s size.
    fn json_cells<Ours, Theirs>(
        &mut self,
        workload: &'static str,
        json: &[u8],
        ours: &Ours,
        theirs: &Theirs,
    ) where
        Ours: JsonDecode + JsonEncode + PartialEq,
        Theirs: Serialize + DeserializeOwned,
    {
        let n = json.len();
        self.cell(workload, "decode", "json", "kcodec", n, || {
            kcodec::json::from_slice::<Ours>(json).unwrap()
        });
        let shared = kcodec::bytes::Bytes::copy_from_slice(json);
        assert!(kcodec::json::from_bytes::<Ours>(&shared).unwrap() == *ours);
        self.cell(workload, SHARED, "json", "kcodec", n, || {
            kcodec::json::from_bytes::<Ours>(&shared).unwrap()
        });
        self.cell(workload, "decode", "json", "serde_json", n, || {
            serde_json::from_slice::<Theirs>(json).unwrap()
        });
        // simd-json parses in place: the copy a caller must make is part of the cost.
        self.cell(workload, "decode", "json", "simd-json", n, || {
            let mut buf = json.to_vec();
            simd_json::serde::from_slice::<Theirs>(&mut buf).unwrap()
        });
        self.cell(workload, "decode", "json", "sonic-rs", n, || {
            sonic_rs::from_slice::<Theirs>(json).unwrap()
        });
        let mut out = Vec::with_capacity(n);
        self.cell(workload, "encode", "json", "kcodec", n, || {
            out.clear();
            // The checked entry point, as `json::to_vec` into a reused buffer.
            kcodec::json::encode_into(&mut out, ours).unwrap();
            out.len()
        });
        self.cell(workload, "encode", "json", "serde_json", n, || {
            out.clear();
            serde_json::to_writer(&mut out, theirs).unwrap();
            out.len()
        });
        self.cell(workload, "encode", "json", "simd-json", n, || {
            out.clear();
            simd_json::serde::to_writer(&mut out, theirs).unwrap();
            out.len()
        });
        self.cell(workload, "encode", "json", "sonic-rs", n, || {
            out.clear();
            sonic_rs::to_writer(&mut out, theirs).unwrap();
            out.len()
        });
    }

    /// A JSON watch stream: kcodec's push decoder (64 KiB chunks) decoding every object, vs
    /// splitting lines and decoding `WatchEvent<Pod>` with each serde library.
    fn watch(&mut self, n: u64) {
        type Event = k8s_openapi::apimachinery::pkg::apis::meta::v1::WatchEvent<
            k8s_openapi::api::core::v1::Pod,
        >;
        let mut json = Vec::new();
        let mut pb = Vec::new();
        for seed in 0..n {
            let pod = sample::pod(seed);
            kcodec::watch::write_json_event(
                &mut json,
                EventType::Modified,
                &kcodec::json::to_vec(&pod).unwrap(),
            );
            kcodec::watch::write_proto_event(
                &mut pb,
                EventType::Modified,
                &kcodec::proto::envelope::encode("v1", "Pod", &pod),
            );
        }
        let ours = |s: &[u8]| {
            let mut d = kcodec::watch::WatchDecoder::new();
            let mut count = 0;
            for chunk in s.chunks(64 << 10) {
                d.feed(chunk);
                while let Some(e) = d.next_event().unwrap() {
                    black_box(kcodec_types::registry::decode_object(&e.object).unwrap());
                    count += 1;
                }
            }
            count
        };
        let lines = |s: &[u8], f: &dyn Fn(&[u8]) -> Event| {
            let mut count = 0;
            for line in s.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                black_box(f(line));
                count += 1;
            }
            count
        };
        assert_eq!(ours(&json), n as usize);
        assert_eq!(ours(&pb), n as usize);
        assert_eq!(
            lines(&json, &|l| serde_json::from_slice(l).unwrap()),
            n as usize
        );
        let w = "watch-10k";
        let len = json.len();
        self.cell(w, "decode", "json", "kcodec", len, || ours(&json));
        self.cell(w, "decode", "json", "serde_json", len, || {
            lines(&json, &|l| serde_json::from_slice(l).unwrap())
        });
        self.cell(w, "decode", "json", "simd-json", len, || {
            lines(&json, &|l| {
                simd_json::serde::from_slice(&mut l.to_vec()).unwrap()
            })
        });
        self.cell(w, "decode", "json", "sonic-rs", len, || {
            lines(&json, &|l| sonic_rs::from_slice(l).unwrap())
        });
        let plen = pb.len();
        self.cell(w, "decode", "protobuf", "kcodec", plen, || ours(&pb));
    }
}

/// A peer's heap held by its decoded value, for the markdown table.
fn held(c: &Cell) -> String {
    if c.op == "encode" {
        String::new()
    } else {
        format!(", holds {:.2}×", c.held as f64 / c.bytes as f64)
    }
}

const LIBS: [&str; 5] = ["serde_json", "simd-json", "sonic-rs", "ciborium", "prost"];

/// The operation of a decode from shared bytes (`kcodec::json::from_bytes`,
/// `kcodec::proto::from_bytes`, `kcodec::cbor::from_bytes`): compared with the peers'
/// ordinary decode.
const SHARED: &str = "decode (Bytes)";

/// Kubernetes' own Pod fixture (every field set), from `KCODEC_K8S_TESTDATA`.
fn fixture_pod() -> Option<kcodec_types::core::v1::Pod> {
    let dir = std::path::PathBuf::from(std::env::var_os("KCODEC_K8S_TESTDATA")?);
    let path = dir.join("HEAD/core.v1.Pod.json");
    let json = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(kcodec::json::from_slice(&json).unwrap())
}

fn main() {
    let json_lines = std::env::args().any(|a| a == "--json");
    let mut run = Run {
        cells: Vec::new(),
        budget: Duration::from_millis(300),
        only: std::env::args()
            .skip_while(|a| a != "--only")
            .nth(1)
            .map(|s| s.split(',').map(str::to_owned).collect())
            .unwrap_or_default(),
        ciborium_own: Vec::new(),
        ciborium_error: None,
    };
    type K = k8s_openapi::api::core::v1::Pod;
    use kcodec_benches::prost_k8s::k8s::io::api as pb;
    let clear_items_type_meta = |l: &mut kcodec_types::core::v1::PodList| {
        for p in &mut l.items {
            p.type_meta = Default::default();
        }
    };
    run.object::<_, K, pb::core::v1::Pod>("pod", &sample::pod(1), |_| {}, true);
    run.object::<_, k8s_openapi::api::core::v1::Node, pb::core::v1::Node>(
        "node",
        &sample::node(1),
        |_| {},
        true,
    );
    run.object::<_, k8s_openapi::api::apps::v1::Deployment, pb::apps::v1::Deployment>(
        "deployment",
        &sample::deployment(1),
        |_| {},
        true,
    );
    run.object::<_, k8s_openapi::api::core::v1::Service, pb::core::v1::Service>(
        "service",
        &sample::service(1),
        |_| {},
        true,
    );
    // k8s-openapi writes kind/apiVersion into every list item; the API server does not.
    run.object::<_, k8s_openapi::List<K>, pb::core::v1::PodList>(
        "podlist-1k",
        &sample::pod_list(1000, 42),
        clear_items_type_meta,
        true,
    );
    match fixture_pod() {
        Some(pod) => {
            run.object::<_, K, pb::core::v1::Pod>("fixture-pod", &pod, |_| {}, false);
            let list = kcodec_types::core::v1::PodList {
                type_meta: kcodec_types::meta::v1::TypeMeta {
                    kind: "PodList".into(),
                    api_version: "v1".into(),
                },
                items: vec![
                    kcodec_types::core::v1::Pod {
                        type_meta: Default::default(),
                        ..pod
                    };
                    1000
                ]
                .into(),
                ..Default::default()
            };
            run.budget = Duration::from_millis(100);
            run.object::<_, k8s_openapi::List<K>, pb::core::v1::PodList>(
                "fixture-podlist-1k",
                &list,
                clear_items_type_meta,
                false,
            );
        }
        None => {
            eprintln!("fixture workloads skipped: set KCODEC_K8S_TESTDATA to Kubernetes' testdata")
        }
    }
    run.budget = Duration::from_millis(1);
    run.object::<_, k8s_openapi::List<K>, pb::core::v1::PodList>(
        "podlist-10k",
        &sample::pod_list(10_000, 42),
        clear_items_type_meta,
        true,
    );
    run.watch(10_000);
    run.budget = Duration::from_millis(200);
    match kcodec_benches::corpora::load() {
        Some(corpora) => {
            use kcodec_benches::corpora::{CitmCatalog, FeatureCollection, Twitter};
            for (name, bytes) in &corpora {
                match *name {
                    "twitter" => run.corpus::<Twitter>("twitter", bytes),
                    "citm_catalog" => run.corpus::<CitmCatalog>("citm_catalog", bytes),
                    _ => run.corpus::<FeatureCollection>("canada", bytes),
                }
            }
        }
        None => eprintln!("corpora skipped: set KCODEC_JSON_BENCH_DATA to json-benchmark-data"),
    }

    if json_lines {
        for c in &run.cells {
            println!(
                "{{\"workload\":\"{}\",\"op\":\"{}\",\"format\":\"{}\",\"library\":\"{}\",\"mb_per_s\":{:.1},\"ns_per_op\":{:.0},\"allocs_per_op\":{},\"held_bytes\":{}}}",
                c.workload, c.op, c.format, c.library, c.mb_per_s(), c.ns_per_op, c.allocs_per_op, c.held
            );
        }
        return;
    }
    let markdown = std::env::args().any(|a| a == "--markdown");
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut seen = Vec::new();
    let kcodec_cell = |w: &str, op: &str, format: &str| {
        run.cells
            .iter()
            .find(|c| (c.workload, c.op, c.format, c.library) == (w, op, format, "kcodec"))
    };
    for c in run.cells.iter().filter(|c| c.library == "kcodec") {
        let key = (c.workload, c.op, c.format);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let mut row = vec![
            c.workload.to_string(),
            c.op.to_string(),
            c.format.to_string(),
            format!("{:.0}", c.mb_per_s()),
        ];
        // A decode from shared bytes is compared with the peers' ordinary decode.
        let peer_op = if c.op == SHARED { "decode" } else { c.op };
        for lib in LIBS {
            let peer = run.cells.iter().find(|p| {
                (p.workload, p.op, p.format) == (c.workload, peer_op, c.format) && p.library == lib
            });
            row.push(match peer {
                Some(p) if markdown => format!(
                    "{:.0} (**{:.1}×**, {} allocs{})",
                    p.mb_per_s(),
                    p.ns_per_op / c.ns_per_op,
                    p.allocs_per_op,
                    held(p)
                ),
                Some(p) => format!("{:.1}×", p.ns_per_op / c.ns_per_op),
                None => "–".to_string(),
            });
        }
        row.push(c.allocs_per_op.to_string());
        row.push(if c.op == "encode" {
            "–".to_string()
        } else {
            format!("{:.2}×", c.held as f64 / c.bytes as f64)
        });
        rows.push(row);
    }
    let mut header = vec!["workload", "op", "format", "kcodec MB/s"];
    header.extend(LIBS);
    if markdown {
        header.extend(["kcodec allocs/op", "kcodec heap held"]);
    } else {
        header.extend(["allocs", "held"]);
    }
    print_table(&header, &rows, markdown);
    let ciborium = match &run.ciborium_error {
        None => "ciborium = ciborium 0.2 through serde on the k8s-openapi types, on the same bytes as kcodec".to_string(),
        Some(e) => {
            let sizes: Vec<String> = run
                .ciborium_own
                .iter()
                .filter(|(w, ..)| run.cells.iter().any(|c| c.workload == *w))
                .map(|(w, theirs, ours)| format!("{w} {:.2}×", *theirs as f64 / *ours as f64))
                .collect();
            format!(
                "ciborium = ciborium 0.2 through serde on the k8s-openapi types; it cannot read Kubernetes' CBOR (every string there is a byte string; its error: {e}), so it decodes its own encoding of the same object (text strings, base64 text for []byte; its size ÷ kcodec's: {}), and its MB/s are of kcodec's CBOR size, so that they compare as the times do",
                sizes.join(", ")
            )
        }
    };
    println!("\nMB/s = 10^6 bytes of the encoded input/output per second; N× = how many times faster kcodec is than that peer; allocs = kcodec's allocations per operation (counting allocator; --markdown adds the peers' MB/s, allocations and heap held); held = heap bytes the decoded value holds ÷ input bytes (for `decode (Bytes)`, kcodec::json/proto/cbor::from_bytes, the input buffer the value keeps alive is counted too). {ciborium}. prost = prost 0.14 on the types prost-build generates from the .proto files kcodec writes for kcodec-types (`kcodec codegen proto`). Allocator: {}.", kcodec_benches::alloc::ALLOCATOR);

    // kcodec's CBOR against its own JSON on the same objects (per object: CBOR is smaller).
    let mut rows: Vec<Vec<String>> = Vec::new();
    for cb in run
        .cells
        .iter()
        .filter(|c| c.library == "kcodec" && c.format == "cbor")
    {
        let Some(js) = kcodec_cell(cb.workload, cb.op, "json") else {
            continue;
        };
        let peer_op = if cb.op == SHARED { "decode" } else { cb.op };
        let peer = run.cells.iter().find(|p| {
            (p.workload, p.op, p.format, p.library) == (cb.workload, peer_op, "cbor", "ciborium")
        });
        rows.push(vec![
            cb.workload.to_string(),
            cb.op.to_string(),
            format!("{:.0}", js.mb_per_s()),
            format!("{:.0}", cb.mb_per_s()),
            format!("{:.2}", cb.bytes as f64 / js.bytes as f64),
            format!("{:.2}×", js.ns_per_op / cb.ns_per_op),
            peer.map_or("–".to_string(), |p| {
                format!("{:.1}×", p.ns_per_op / cb.ns_per_op)
            }),
        ]);
    }
    if !rows.is_empty() {
        println!();
        print_table(
            &[
                "workload",
                "op",
                "kcodec JSON MB/s",
                "kcodec CBOR MB/s",
                "CBOR size ÷ JSON size",
                "CBOR speed ÷ JSON speed (per object)",
                "CBOR ÷ ciborium (per object)",
            ],
            &rows,
            markdown,
        );
        println!("\nkcodec's CBOR (decode: from_slice; decode (Bytes): from_bytes; encode: the self-described tag and cbor::encode_into into a reused buffer) against its JSON on the same object; speed ratios are of the times per object (> 1: CBOR faster), since the two encodings differ in size.");
    }
}

/// Print `rows` under `header`: a markdown table, or plain text that fits a terminal (the
/// first three columns left-aligned, the others right-aligned).
fn print_table(header: &[&str], rows: &[Vec<String>], markdown: bool) {
    if markdown {
        println!("| {} |", header.join(" | "));
        let align: Vec<&str> = (0..header.len())
            .map(|i| {
                if i < 2 || (i == 2 && header[2] == "format") {
                    "---"
                } else {
                    "---:"
                }
            })
            .collect();
        println!("|{}|", align.join("|"));
        for row in rows {
            println!("| {} |", row.join(" | "));
        }
        return;
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let left = if header[2] == "format" { 3 } else { 2 };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(rows) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &w))| {
                let pad = w - cell.chars().count();
                if i < left {
                    format!("{cell}{}", " ".repeat(pad))
                } else {
                    format!("{}{cell}", " ".repeat(pad))
                }
            })
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
}
