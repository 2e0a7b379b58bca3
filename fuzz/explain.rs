//! `cargo run --release --bin explain -- [--proto] FILE`: explain a `diff_json_pod` (or, with
//! `--proto`, a `diff_proto_pod`) finding: decode the file with kcodec and with the peer
//! (serde_json + k8s-openapi, or prost) and print where the two Pods differ (as kcodec's JSON
//! of each), or, when only one accepts, whether the rules of the target excuse it as a
//! documented difference.

use k8s_openapi::api::core::v1::Pod as TheirPod;
use kcodec_types::core::v1::Pod;

#[path = "diff_json_rules.rs"]
#[allow(dead_code)]
mod rules;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice() {
        if flag == "--proto" {
            return explain_proto(&std::fs::read(path).unwrap());
        }
    }
    let path = args.first().expect("usage: explain [--proto] FILE");
    let data = std::fs::read(path).unwrap();
    let ours = kcodec::json::from_slice::<Pod>(&data);
    let theirs = serde_json::from_slice::<TheirPod>(&data);
    println!("kcodec: {:?}", ours.as_ref().err().map(ToString::to_string));
    println!(
        "k8s-openapi: {:?}",
        theirs.as_ref().err().map(ToString::to_string)
    );
    if ours.is_ok() != theirs.is_ok() {
        let excused = rules::documented_difference(&data, &ours, &theirs);
        println!("documented difference: {excused}");
        if let Err(e) = &theirs {
            println!(
                "string at k8s-openapi's error: {:?}",
                rules::string_before_error(&data, e)
            );
        }
    }
    let (Ok(ours), Ok(theirs)) = (ours, theirs) else {
        return;
    };
    let (ours, back) = rules::comparable(&ours, &theirs);
    print_differences(&ours, &back, "k8s-openapi");
    if ours != back {
        let excused = rules::only_defaults_filled(&data, &ours, &back);
        println!("differences only where k8s-openapi filled a missing member: {excused}");
    }
}

/// Where kcodec's Pod and the peer's (read back by kcodec) differ, as lines of their
/// indented JSON with the six lines before each; or their `Debug` forms when the JSON is
/// equal and the values are not.
fn print_differences(ours: &Pod, back: &Pod, peer: &str) {
    let a = String::from_utf8(kcodec::json::to_vec_pretty(ours)).unwrap();
    let b = String::from_utf8(kcodec::json::to_vec_pretty(back)).unwrap();
    let lines: Vec<&str> = a.lines().collect();
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            let context = lines[i.saturating_sub(6)..i].join("\n");
            println!("line {i}, after:\n{context}\n  kcodec: {x}\n  {peer}: {y}");
        }
    }
    if a == b && ours != back {
        println!("equal JSON, unequal values: {ours:#?}\n---\n{back:#?}");
    }
}

/// A `diff_proto_pod` finding: the same bytes decoded by kcodec and by prost; when both
/// accept, prost's re-encoding decoded by kcodec, and where the two Pods differ.
fn explain_proto(data: &[u8]) {
    use kcodec_benches::prost_k8s::k8s::io::api::core::v1::Pod as ProstPod;
    use prost::Message;
    let ours = kcodec::proto::from_slice::<Pod>(data);
    let theirs = ProstPod::decode(data);
    println!("kcodec: {:?}", ours.as_ref().err().map(ToString::to_string));
    println!(
        "prost: {:?}",
        theirs.as_ref().err().map(ToString::to_string)
    );
    let (Ok(ours), Ok(theirs)) = (ours, theirs) else {
        return;
    };
    let back: Pod = kcodec::proto::from_slice(&theirs.encode_to_vec()).unwrap();
    print_differences(&ours, &back, "prost");
}
