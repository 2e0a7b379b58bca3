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
        let excused = rules::differs_only_as_documented(&data, &ours, &back);
        println!("differences only as documented: {excused}");
    }
}

/// Where kcodec's Pod and the peer's (read back by kcodec) differ: a line diff of their
/// indented JSON (`-` kcodec, `+` the peer) with three lines of context around each change;
/// or their `Debug` forms when the JSON is equal and the values are not.
fn print_differences(ours: &Pod, back: &Pod, peer: &str) {
    // Lossily: raw JSON from protobuf (`FieldsV1`) may hold any bytes inside strings.
    let a = String::from_utf8_lossy(&kcodec::json::to_vec_pretty(ours)).into_owned();
    let b = String::from_utf8_lossy(&kcodec::json::to_vec_pretty(back)).into_owned();
    if a == b {
        if ours != back {
            println!("equal JSON, unequal values: {ours:#?}\n---\n{back:#?}");
        }
        return;
    }
    println!("--- kcodec\n+++ {peer}");
    let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let ops = line_diff(&x, &y);
    const CONTEXT: usize = 3;
    let near_change = |i: usize| {
        let (lo, hi) = (i.saturating_sub(CONTEXT), (i + CONTEXT + 1).min(ops.len()));
        ops[lo..hi].iter().any(|(tag, _)| *tag != ' ')
    };
    let mut skipped = false;
    for (i, (tag, line)) in ops.iter().enumerate() {
        if near_change(i) {
            if skipped {
                println!("@@");
            }
            println!("{tag}{line}");
            skipped = false;
        } else {
            skipped = true;
        }
    }
}

/// A shortest line diff of `x` into `y` (longest common subsequence): each line tagged `' '`
/// (in both), `'-'` (only in `x`) or `'+'` (only in `y`), in order.
fn line_diff<'a>(x: &[&'a str], y: &[&'a str]) -> Vec<(char, &'a str)> {
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    let mut lcs = vec![vec![0u32; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < x.len() || j < y.len() {
        if i < x.len() && j < y.len() && x[i] == y[j] {
            ops.push((' ', x[i]));
            (i, j) = (i + 1, j + 1);
        } else if j == y.len() || (i < x.len() && lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', x[i]));
            i += 1;
        } else {
            ops.push(('+', y[j]));
            j += 1;
        }
    }
    ops
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
