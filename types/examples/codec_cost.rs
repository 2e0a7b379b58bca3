//! `cargo run --release -p kcodec-types --example codec_cost -- FILE [json|pb] [N]`: decode a
//! Kubernetes object (JSON, any registered kind) and write it back N times (default 20), as
//! JSON or through its protobuf envelope; prints the bytes written. A fixed workload to count
//! instructions with, which wall-clock benchmarks on a shared machine cannot resolve:
//! `valgrind --tool=cachegrind --cache-sim=no target/release/examples/codec_cost FILE json`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: codec_cost FILE [json|pb] [N]");
        std::process::exit(2);
    };
    let input = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let protobuf = args.get(2).is_some_and(|f| f == "pb");
    let rounds: usize = args
        .get(3)
        .map_or(20, |n| n.parse().expect("N is a number"));
    let (kind, object) =
        kcodec_types::registry::decode_json(&input).unwrap_or_else(|e| panic!("{path}: {e}"));
    let envelope = kind.encode_envelope(object.as_ref());
    let mut written = 0;
    for _ in 0..rounds {
        if protobuf {
            let (kind, object) = kcodec_types::registry::decode_envelope(&envelope).unwrap();
            written += kind.encode_envelope(object.as_ref()).len();
        } else {
            let (_, object) = kcodec_types::registry::decode_json(&input).unwrap();
            let mut out = Vec::new();
            object.encode_json(&mut out);
            written += out.len();
        }
    }
    println!("{written}");
}
