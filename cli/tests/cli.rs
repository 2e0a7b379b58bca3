//! End-to-end tests of the `kcodec` binary.

use std::io::Write;
use std::process::{Command, Stdio};

fn kcodec(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kcodec"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn demo_runs_and_checks_its_round_trips() {
    let (code, out, err) = kcodec(&["demo"], b"");
    assert_eq!(code, 0, "{err}");
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("PodList (1000)"), "{out}");
}

#[test]
fn convert_json_to_protobuf_and_back() {
    let pod = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","labels":{"app":"<web>"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}"#;
    let (code, pb, err) = kcodec(&["convert", "--to", "pb"], pod);
    assert_eq!(code, 0, "{err}");
    assert!(pb.starts_with(b"k8s\0"));
    let (code, json, err) = kcodec(&["convert", "--to", "json"], &pb);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        String::from_utf8(json).unwrap(),
        "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\",\"labels\":{\"app\":\"\\u003cweb\\u003e\"}},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"nginx\",\"resources\":{}}]},\"status\":{}}\n"
    );
}

#[test]
fn bad_input_is_one_line_with_offset_and_path() {
    let (code, _, err) = kcodec(
        &["convert"],
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"priority":"high"}}"#,
    );
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("at byte 51") && err.contains(".spec.priority"),
        "{err}"
    );
    let (code, _, err) = kcodec(&["convert", "--to", "xml"], b"");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn strict_mode_reports_and_exits_3() {
    let (code, _, err) = kcodec(
        &["convert", "--strict", "--to", "json"],
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"containers":[{"name":"a","imagePullPolicyy":"x"}]}}"#,
    );
    assert_eq!(code, 3);
    assert!(
        err.contains(".spec.containers[0].imagePullPolicyy"),
        "{err}"
    );
}
