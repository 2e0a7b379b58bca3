//! `cargo run --release --bin explain -- [--proto] FILE`: explain a `diff_json_pod` (or, with
//! `--proto`, a `diff_proto_pod`) finding: what kcodec and Kubernetes' Go codecs
//! (`$KCODEC_K8S_ORACLE`) each make of the file, as JSON and protobuf.

use kcodec_types::core::v1::Pod;

#[path = "oracle_peer.rs"]
#[allow(dead_code)]
mod oracle_peer;
use oracle_peer::{pod_request, with_oracle, Format};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (proto, path) = match args.as_slice() {
        [flag, path] if flag == "--proto" => (true, path),
        [path] => (false, path),
        _ => {
            eprintln!("usage: explain [--proto] FILE");
            std::process::exit(2);
        }
    };
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (input, from, ours) = if proto {
        let input = kcodec::proto::envelope::wrap("v1", "Pod", &data);
        (
            input,
            Format::Protobuf,
            kcodec::proto::from_slice::<Pod>(&data),
        )
    } else {
        (
            data.clone(),
            Format::Json,
            kcodec::json::from_slice::<Pod>(&data),
        )
    };
    match &ours {
        Ok(pod) => println!(
            "kcodec JSON: {}",
            match kcodec::json::to_vec(pod) {
                Ok(json) => String::from_utf8_lossy(&json).into_owned(),
                Err(e) => format!("(the encode fails: {e})"),
            }
        ),
        Err(e) => println!("kcodec refuses: {e}"),
    }
    for to in [Format::Json, Format::Protobuf] {
        let go = with_oracle(|o| o.call(&pod_request(from, to), &input));
        println!("go {}: {go:?}", to.name());
    }
}
