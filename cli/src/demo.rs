//! `kcodec demo`: realistic Pods and a PodList built in memory by
//! [`kcodec_types::sample`], round-tripped through JSON (compact and pretty), protobuf (the
//! `k8s\0` envelope) and CBOR (with the self-described tag), every round trip checked for
//! equality, with sizes and throughput.

use std::hint::black_box;
use std::time::Instant;

use kcodec::cbor::{CborDecode, CborEncode};
use kcodec::proto::{envelope, ProtoMessage};
use kcodec::{JsonDecode, JsonEncode};
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::registry::TypeMetaSlot;
use kcodec_types::sample;

use crate::args::DemoArgs;
use crate::Failure;

/// Seeds of the single Pods shown.
const POD_SEEDS: [u64; 3] = [1, 2, 3];
/// Pods in the PodList, and its seed.
const LIST_LEN: usize = 1000;
const LIST_SEED: u64 = 42;

/// Iterations per timed run: enough for a stable figure (up to a few hundred for a Pod,
/// a handful for the PodList) while the whole demo stays within a few seconds in release.
/// Debug builds (the CLI tests) run each operation only a few times.
fn iterations(bytes: usize) -> usize {
    let (budget, max) = if cfg!(debug_assertions) {
        (1 << 18, 4)
    } else {
        (12 << 20, 125)
    };
    (budget / bytes.max(1)).clamp(1, max)
}

/// Throughput in MB/s over several timed runs: their median and spread.
#[derive(Clone, Copy, Debug)]
struct Figure {
    median: f64,
    min: f64,
    max: f64,
}

impl std::fmt::Display for Figure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cell = format!("{:.0} ({:.0}–{:.0})", self.median, self.min, self.max);
        f.pad(&cell)
    }
}

/// MB/s (10^6 bytes per second) of `bytes` per call of `f`: `runs` timed runs of `n` calls
/// each, after one warm-up call (none in debug builds, where the figures are not meaningful
/// anyway).
fn mb_per_s(bytes: usize, n: usize, runs: usize, mut f: impl FnMut()) -> Figure {
    if !cfg!(debug_assertions) {
        f();
    }
    let mut samples: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            let secs = start.elapsed().as_secs_f64().max(1e-9);
            (bytes * n) as f64 / secs / 1e6
        })
        .collect();
    Figure::of(&mut samples)
}

impl Figure {
    /// The median and range of `samples` (at least one).
    fn of(samples: &mut [f64]) -> Figure {
        samples.sort_by(f64::total_cmp);
        let mid = samples.len() / 2;
        let median = if samples.len() % 2 == 1 {
            samples[mid]
        } else {
            (samples[mid - 1] + samples[mid]) / 2.0
        };
        Figure {
            median,
            min: samples[0],
            max: samples[samples.len() - 1],
        }
    }
}

fn fail(name: &str, what: impl std::fmt::Display) -> Failure {
    Failure::Input(format!("demo: {name}: {what}"))
}

/// Fail unless the round trip `what` gave back the object.
fn check<T: PartialEq>(name: &str, what: &str, back: &T, value: &T) -> Result<(), Failure> {
    if back == value {
        Ok(())
    } else {
        Err(fail(name, format!("{what} round trip changed the object")))
    }
}

/// Size and throughput of one object in one format.
struct Row {
    object: String,
    format: &'static str,
    bytes: usize,
    encode: Figure,
    decode: Figure,
}

/// Encode and decode `value` in each format, check every round trip, then time each
/// operation: a row per format.
fn measure<T>(
    name: &str,
    value: &T,
    api_version: &str,
    kind: &str,
    runs: usize,
) -> Result<Vec<Row>, Failure>
where
    T: JsonEncode + JsonDecode + ProtoMessage + CborEncode + CborDecode + TypeMetaSlot + PartialEq,
{
    // JSON, compact: decodes to the same object and re-encodes to the same bytes.
    let json = kcodec::json::to_vec(value).map_err(|e| fail(name, e))?;
    let back: T = kcodec::json::from_slice(&json).map_err(|e| fail(name, e))?;
    check(name, "JSON", &back, value)?;
    if kcodec::json::to_vec(&back).as_ref() != Ok(&json) {
        return Err(fail(name, "JSON re-encoding changed the bytes"));
    }
    // JSON, pretty (json.MarshalIndent's layout).
    let pretty = kcodec::json::to_vec_pretty(value).map_err(|e| fail(name, e))?;
    let back: T = kcodec::json::from_slice(&pretty).map_err(|e| fail(name, e))?;
    check(name, "pretty JSON", &back, value)?;
    // Protobuf in the envelope. The message carries no kind/apiVersion: as Kubernetes'
    // decoder does, take them from the envelope.
    let pb = envelope::encode(api_version, kind, value);
    let envelope = envelope::decode(&pb).map_err(|e| fail(name, e))?;
    if envelope.api_version != api_version || envelope.kind != kind {
        return Err(fail(name, "protobuf envelope has the wrong type"));
    }
    let body = envelope.raw;
    let mut back: T = kcodec::proto::from_slice(body).map_err(|e| fail(name, e))?;
    if let Some(tm) = back.type_meta_mut() {
        tm.api_version = envelope.api_version.into();
        tm.kind = envelope.kind.into();
    }
    check(name, "protobuf", &back, value)?;
    // CBOR as the API server writes it: decodes to the same object, re-encodes to the same
    // bytes.
    let cbor = kcodec::cbor::to_vec(value).map_err(|e| fail(name, e))?;
    let back: T = kcodec::cbor::from_slice(&cbor).map_err(|e| fail(name, e))?;
    check(name, "CBOR", &back, value)?;
    if kcodec::cbor::to_vec(&back).as_ref() != Ok(&cbor) {
        return Err(fail(name, "CBOR re-encoding changed the bytes"));
    }

    let n = iterations(json.len());
    let mut out = Vec::with_capacity(json.len());
    let json_encode = mb_per_s(json.len(), n, runs, || {
        out.clear();
        black_box(value).encode_json(&mut out);
        black_box(&out);
    });
    let json_decode = mb_per_s(json.len(), n, runs, || {
        black_box(kcodec::json::from_slice::<T>(black_box(&json)).ok());
    });
    // What `envelope::encode` does, into a reused buffer (as `out` for JSON).
    let mut buf = kcodec::proto::RevBuf::new();
    let pb_encode = mb_per_s(pb.len(), n, runs, || {
        let value = black_box(value);
        let payload_len = value.encoded_len();
        buf.clear_with_capacity(envelope::envelope_len(api_version, kind, payload_len));
        envelope::encode_trailer_rev(&mut buf);
        value.encode_rev(&mut buf);
        envelope::encode_head_rev(&mut buf, api_version, kind, payload_len);
        black_box(buf.as_slice());
    });
    let pb_decode = mb_per_s(pb.len(), n, runs, || {
        let env = envelope::decode(black_box(&pb)).ok();
        black_box(env.and_then(|e| kcodec::proto::from_slice::<T>(e.raw).ok()));
    });
    // What `cbor::to_vec` does, into a reused buffer.
    let cbor_encode = mb_per_s(cbor.len(), n, runs, || {
        out.clear();
        out.extend_from_slice(&kcodec::cbor::write::SELF_DESCRIBED);
        black_box(value).encode_cbor(&mut out);
        black_box(&out);
    });
    let cbor_decode = mb_per_s(cbor.len(), n, runs, || {
        black_box(kcodec::cbor::from_slice::<T>(black_box(&cbor)).ok());
    });
    let row = |format, bytes, encode, decode| Row {
        object: name.to_string(),
        format,
        bytes,
        encode,
        decode,
    };
    Ok(vec![
        row("JSON", json.len(), json_encode, json_decode),
        row("protobuf", pb.len(), pb_encode, pb_decode),
        row("CBOR", cbor.len(), cbor_encode, cbor_decode),
    ])
}

fn print_table(rows: &[Row]) {
    const W: usize = 17;
    println!(
        "| {:<16} | {:<8} | {:>9} | {:>W$} | {:>W$} |",
        "object", "format", "bytes", "encode MB/s", "decode MB/s"
    );
    println!(
        "|{:-<18}|{:-<10}|{:->10}:|{:->W$}:|{:->W$}:|",
        "",
        "",
        "",
        "",
        "",
        W = W + 1
    );
    for r in rows {
        println!(
            "| {:<16} | {:<8} | {:>9} | {:>W$} | {:>W$} |",
            r.object, r.format, r.bytes, r.encode, r.decode
        );
    }
}

/// Run the demo.
pub fn run(args: DemoArgs) -> Result<(), Failure> {
    let runs = args.runs as usize;
    let started = Instant::now();
    println!("kcodec demo: realistic objects from kcodec_types::sample, round-tripped through");
    println!("JSON (compact and pretty), protobuf (k8s\\0 envelope) and CBOR (self-described);");
    println!("every round trip is checked for equality before it is timed.");
    if cfg!(debug_assertions) {
        println!("(debug build: few iterations, throughput not representative; use --release)");
    }
    println!();

    let mut rows = Vec::new();
    for seed in POD_SEEDS {
        let pod: Pod = sample::pod(seed);
        rows.extend(measure(
            &format!("Pod (seed {seed})"),
            &pod,
            "v1",
            "Pod",
            runs,
        )?);
    }
    rows.extend(measure(
        "Deployment",
        &sample::deployment(1),
        "apps/v1",
        "Deployment",
        runs,
    )?);
    rows.extend(measure("Node", &sample::node(1), "v1", "Node", runs)?);
    rows.extend(measure(
        "Service",
        &sample::service(1),
        "v1",
        "Service",
        runs,
    )?);
    let list: PodList = sample::pod_list(LIST_LEN, LIST_SEED);
    rows.extend(measure(
        &format!("PodList ({LIST_LEN})"),
        &list,
        "v1",
        "PodList",
        runs,
    )?);
    print_table(&rows);

    println!();
    println!("Throughput in MB/s (10^6 bytes per second) of each format's encoded bytes (JSON");
    println!("compact, protobuf with the k8s\\0 envelope, CBOR with the self-described tag):");
    println!("median of {runs} runs, min–max in parentheses.");
    println!(
        "All round trips OK ({:.1} s).",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_is_the_median_and_range_of_the_runs() {
        let f = Figure::of(&mut [30.0, 10.0, 20.0, 50.0, 40.0]);
        assert_eq!((f.median, f.min, f.max), (30.0, 10.0, 50.0));
        let f = Figure::of(&mut [4.0, 1.0]);
        assert_eq!((f.median, f.min, f.max), (2.5, 1.0, 4.0));
        assert_eq!(
            format!("{:>14}", Figure::of(&mut [812.4])),
            " 812 (812–812)"
        );
    }
}
