//! `kcodec demo`: realistic Pods and a PodList built in memory, round-tripped through JSON
//! and protobuf, checked for equality, with sizes and throughput.

use std::time::Instant;

use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::sample;

use crate::Failure;

/// Iterations per measurement (fewer in debug builds, so tests stay quick).
fn iterations(bytes: usize) -> usize {
    let budget = if cfg!(debug_assertions) {
        2 << 20
    } else {
        200 << 20
    };
    (budget / bytes.max(1)).clamp(3, 20_000)
}

/// Time `f` over `n` runs; MB/s of `bytes` per run.
fn mb_per_s(bytes: usize, n: usize, mut f: impl FnMut()) -> f64 {
    f();
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    (bytes * n) as f64 / t.elapsed().as_secs_f64() / 1e6
}

fn check<T: PartialEq>(what: &str, a: &T, b: &T) -> Result<(), Failure> {
    if a == b {
        Ok(())
    } else {
        Err(Failure::Input(format!(
            "demo: {what} round trip changed the object"
        )))
    }
}

/// One row of the table: encode and decode in both formats, checking every round trip.
fn row<T>(name: &str, value: &T, api_version: &str, kind: &str) -> Result<String, Failure>
where
    T: kcodec::JsonEncode + kcodec::JsonDecode + kcodec::proto::ProtoMessage + PartialEq + Clone,
{
    let json = kcodec::json::to_vec(value);
    let pretty = kcodec::json::to_vec_pretty(value);
    let pb = kcodec::proto::envelope::encode(api_version, kind, value);
    let from_json: T = kcodec::json::from_slice(&json)
        .map_err(|e| Failure::Input(format!("demo: {name}: {e}")))?;
    check("JSON", &from_json, value)?;
    let from_pretty: T = kcodec::json::from_slice(&pretty)
        .map_err(|e| Failure::Input(format!("demo: {name}: {e}")))?;
    check("pretty JSON", &from_pretty, value)?;
    let body = kcodec::proto::envelope::decode(&pb)
        .map_err(|e| Failure::Input(format!("demo: {name}: {e}")))?
        .raw;
    let from_pb: T = kcodec::proto::from_slice(body)
        .map_err(|e| Failure::Input(format!("demo: {name}: {e}")))?;
    // Protobuf objects carry no kind/apiVersion (the envelope does): compare the protobuf
    // re-encoding, which is all the message holds.
    if kcodec::proto::to_vec(&from_pb) != kcodec::proto::to_vec(value) {
        return Err(Failure::Input(format!(
            "demo: {name}: protobuf round trip changed the object"
        )));
    }

    let n = iterations(json.len());
    let mut out = Vec::with_capacity(json.len());
    let je = mb_per_s(json.len(), n, || {
        out.clear();
        value.encode_json(&mut out);
    });
    let jd = mb_per_s(json.len(), n, || {
        let v: T = kcodec::json::from_slice(&json).expect("checked above");
        std::hint::black_box(v);
    });
    let mut buf = kcodec::proto::RevBuf::new();
    let pe = mb_per_s(body.len(), n, || {
        kcodec::proto::encode_into(value, &mut buf)
    });
    let pd = mb_per_s(body.len(), n, || {
        let v: T = kcodec::proto::from_slice(body).expect("checked above");
        std::hint::black_box(v);
    });
    Ok(format!(
        "| {name:<14} | {:>10} | {:>10} | {je:>8.0} | {jd:>8.0} | {pe:>8.0} | {pd:>8.0} |",
        json.len(),
        pb.len()
    ))
}

/// Run the demo.
pub fn run() -> Result<(), Failure> {
    let pods: Vec<Pod> = (1..=3).map(sample::pod).collect();
    let list: PodList = sample::pod_list(1000, 42);
    println!("kcodec demo: realistic objects from the built-in sample generator,");
    println!("round-tripped through JSON and protobuf (every round trip checked for equality).");
    if cfg!(debug_assertions) {
        println!("(debug build: throughput is not representative; use --release)");
    }
    println!();
    println!(
        "| object         | JSON bytes |   PB bytes | JSON enc | JSON dec |   PB enc |   PB dec |"
    );
    println!(
        "|----------------|-----------:|-----------:|---------:|---------:|---------:|---------:|"
    );
    for (i, pod) in pods.iter().enumerate() {
        println!("{}", row(&format!("Pod #{}", i + 1), pod, "v1", "Pod")?);
    }
    println!(
        "{}",
        row(
            "Deployment",
            &sample::deployment(1),
            "apps/v1",
            "Deployment"
        )?
    );
    println!("{}", row("Node", &sample::node(1), "v1", "Node")?);
    println!("{}", row("Service", &sample::service(1), "v1", "Service")?);
    println!("{}", row("PodList (1000)", &list, "v1", "PodList")?);
    println!();
    println!("Throughput in MB/s of the encoded bytes (JSON compact; PB = the object's message).");
    Ok(())
}
