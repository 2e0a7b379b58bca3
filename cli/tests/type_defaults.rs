//! `kcodec convert --type` on protobuf envelopes whose type meta is empty or incomplete: the
//! type is completed from `--type` as Go's decoder completes it from its defaults, and the
//! output is Go's (checked against `k8s-oracle` when `$KCODEC_K8S_ORACLE` is set).

mod common;

use common::kcodec;
use kcodec::proto::envelope;
use kcodec_testkit::oracle::{Format, Oracle, Request, Response};

/// The protobuf message of `json` (converted by kcodec), in an envelope naming
/// `api_version`/`kind`.
fn envelope_of(json: &str, api_version: &str, kind: &str) -> Vec<u8> {
    let (code, pb, err) = kcodec(&["convert", "--to", "pb"], json.as_bytes());
    assert_eq!(code, 0, "{err}");
    let raw = envelope::decode(&pb).unwrap().raw.to_vec();
    envelope::wrap(api_version, kind, &raw)
}

/// One case: an object, the type its envelope names, `--type`, and the defaults Go gets.
struct Case {
    json: &'static str,
    envelope: (&'static str, &'static str),
    type_name: &'static str,
    defaults: (&'static str, &'static str),
    /// The start of the JSON output, apiVersion and kind included.
    json_head: &'static str,
}

const DEPLOYMENT: &str =
    r#"{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web"}}"#;
const GET_OPTIONS: &str = r#"{"kind":"GetOptions","apiVersion":"v1","resourceVersion":"7"}"#;
const STATUS: &str = r#"{"kind":"Status","apiVersion":"v1","status":"Failure","code":404}"#;

const CASES: &[Case] = &[
    Case {
        json: DEPLOYMENT,
        envelope: ("", ""),
        type_name: "apps.v1.Deployment",
        defaults: ("apps/v1", "Deployment"),
        json_head: r#"{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web"}"#,
    },
    Case {
        json: DEPLOYMENT,
        envelope: ("apps/", "Deployment"),
        type_name: "apps.v1.Deployment",
        defaults: ("apps/v1", "Deployment"),
        json_head: r#"{"kind":"Deployment","apiVersion":"apps/v1","metadata":"#,
    },
    Case {
        json: DEPLOYMENT,
        envelope: ("apps/v1", ""),
        type_name: "apps.v1.Deployment",
        defaults: ("apps/v1", "Deployment"),
        json_head: r#"{"kind":"Deployment","apiVersion":"apps/v1","metadata":"#,
    },
    Case {
        json: GET_OPTIONS,
        envelope: ("", ""),
        type_name: "core.v1.GetOptions",
        defaults: ("v1", "GetOptions"),
        json_head: r#"{"kind":"GetOptions","apiVersion":"v1","resourceVersion":"7"}"#,
    },
    // A meta kind named in another group version keeps that group version.
    Case {
        json: GET_OPTIONS,
        envelope: ("", ""),
        type_name: "apps.v1.GetOptions",
        defaults: ("apps/v1", "GetOptions"),
        json_head: r#"{"kind":"GetOptions","apiVersion":"apps/v1","resourceVersion":"7"}"#,
    },
    Case {
        json: STATUS,
        envelope: ("", "Status"),
        type_name: "core.v1.Status",
        defaults: ("v1", "Status"),
        json_head: r#"{"kind":"Status","apiVersion":"v1","metadata":{}"#,
    },
    // `/v1` is read as `v1`.
    Case {
        json: STATUS,
        envelope: ("/v1", "Status"),
        type_name: "core.v1.Status",
        defaults: ("v1", "Status"),
        json_head: r#"{"kind":"Status","apiVersion":"v1","metadata":{}"#,
    },
    // A WatchEvent has no type meta of its own: its output envelope names none either.
    Case {
        json: r#"{"type":"ADDED","object":{"kind":"Status","apiVersion":"v1"}}"#,
        envelope: ("v1", "WatchEvent"),
        type_name: "core.v1.WatchEvent",
        defaults: ("v1", "WatchEvent"),
        json_head: r#"{"type":"ADDED","object":{"#,
    },
];

#[test]
fn type_completes_an_envelope_type_meta_as_go_defaults_do() {
    let mut oracle = Oracle::from_env();
    for case in CASES {
        // A WatchEvent's JSON has no type: name it for the conversion to protobuf.
        let input = if case.json.starts_with(r#"{"type""#) {
            let (code, pb, err) = kcodec(
                &["convert", "--to", "pb", "--type", case.type_name],
                case.json.as_bytes(),
            );
            assert_eq!(code, 0, "{err}");
            let raw = envelope::decode(&pb).unwrap().raw.to_vec();
            envelope::wrap(case.envelope.0, case.envelope.1, &raw)
        } else {
            envelope_of(case.json, case.envelope.0, case.envelope.1)
        };
        let what = format!("{:?} --type {}", case.envelope, case.type_name);
        let (code, json, err) = kcodec(
            &["convert", "--to", "json", "--type", case.type_name],
            &input,
        );
        assert_eq!(code, 0, "{what}: {err}");
        let json = String::from_utf8(json).unwrap();
        assert!(json.starts_with(case.json_head), "{what}: {json}");
        let (code, pb, err) = kcodec(&["convert", "--to", "pb", "--type", case.type_name], &input);
        assert_eq!(code, 0, "{what}: {err}");
        let env = envelope::decode(&pb).unwrap();
        let named = (env.api_version, env.kind);
        if case.type_name.ends_with("WatchEvent") {
            assert_eq!(named, ("", ""), "{what}");
        } else {
            assert_eq!(named, case.defaults, "{what}");
        }
        let Some(oracle) = oracle.as_mut() else {
            continue;
        };
        for (to, ours) in [(Format::Json, json.as_bytes()), (Format::Protobuf, &pb[..])] {
            let mut req = Request::convert(Format::Protobuf, to);
            req.type_meta = Some(case.defaults);
            match oracle.call(&req, &input) {
                Response::Ok(go) => assert!(go == ours, "{what} → {}: Go writes {go:?}", to.name()),
                other => panic!("{what} → {}: Go answers {other:?}", to.name()),
            }
        }
    }
}

#[test]
fn a_type_name_that_resolves_nowhere_is_a_usage_error() {
    let input = envelope_of(GET_OPTIONS, "", "");
    // GetOptions is registered in every group version, not in meta.k8s.io/v1 (Go refuses
    // that default: no kind "GetOptions" is registered for version "meta.k8s.io/v1").
    let (code, _, err) = kcodec(
        &[
            "convert",
            "--to",
            "json",
            "--type",
            "meta.k8s.io.v1.GetOptions",
        ],
        &input,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("unknown type \"meta.k8s.io.v1.GetOptions\""),
        "{err}"
    );
    // An envelope naming a type where --type's kind is not registered contradicts it.
    let input = envelope_of(GET_OPTIONS, "example.com/v1", "GetOptions");
    let (code, _, err) = kcodec(
        &["convert", "--to", "json", "--type", "core.v1.GetOptions"],
        &input,
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("contradicts"), "{err}");
}

/// A ControllerRevision whose `data` (a RawExtension) holds bytes that are not JSON: Go's JSON
/// and CBOR encoders fail on it, and so does `convert`, naming the field; protobuf carries
/// the bytes.
#[test]
fn raw_bytes_that_are_not_json_fail_the_conversion_as_in_go() {
    let (code, pb, err) = kcodec(
        &["convert", "--to", "pb"],
        br#"{"kind":"ControllerRevision","apiVersion":"apps/v1","metadata":{"name":"r"},"data":{"a":1},"revision":2}"#,
    );
    assert_eq!(code, 0, "{err}");
    // The RawExtension's bytes `{"a":1}` become `\n\x05hello` (as long: lengths unchanged).
    let at = pb.windows(7).position(|w| w == br#"{"a":1}"#).unwrap();
    let mut bad = pb.clone();
    bad[at..at + 7].copy_from_slice(b"\n\x05hello");
    let mut oracle = Oracle::from_env();
    for (to, format) in [
        ("json", Format::Json),
        ("yaml", Format::Yaml),
        ("cbor", Format::Cbor),
    ] {
        let (code, out, err) = kcodec(&["convert", "--to", to], &bad);
        assert_eq!(code, 1, "--to {to}: {err}");
        assert!(out.is_empty(), "--to {to}: nothing is written");
        assert!(
            err.contains("cannot encode RawExtension") && err.contains("(field .data)"),
            "--to {to}: {err}"
        );
        if let Some(oracle) = oracle.as_mut() {
            let go = oracle.call(&Request::convert(Format::Protobuf, format), &bad);
            assert!(
                matches!(go, Response::Err(_)),
                "--to {to}: Go answers {go:?}"
            );
        }
    }
    let (code, out, err) = kcodec(&["convert", "--to", "pb"], &bad);
    assert_eq!((code, out), (0, bad), "{err}");
}
