//! Issue 24, "first use without surprises": help, no silent data loss, custom resources,
//! robust watch streams, and clear messages for input of the wrong kind.

mod common;

use common::{kcodec, kcodec_text};

const POD: &[u8] = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web"}}"#;
const POD_JSON: &str = "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"containers\":[]},\"status\":{}}\n";

#[test]
fn help_and_version_exit_0_with_useful_text() {
    let cases: &[(&[&str], &str)] = &[
        (&["--help"], "convert"),
        (&["-h"], "watch"),
        (&["help"], "codegen"),
        (&["convert", "--help"], "--strict"),
        (&["convert", "-h"], "--type <GROUP.VERSION.KIND>"),
        (&["watch", "--help"], "4-byte length"),
        (&["inspect", "--help"], "envelope"),
        (&["kinds", "--help"], "registered kinds"),
        (&["demo", "--help"], "Round-trip"),
        (&["codegen", "--help"], "proto"),
        (&["codegen", "proto", "--help"], "--out <DIR>"),
        (&["help", "convert"], "--to <FORMAT>"),
    ];
    for (args, expect) in cases {
        let (code, out, err) = kcodec_text(args, b"");
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("Usage: kcodec"), "{args:?}: {out}");
        assert!(
            out.contains(expect),
            "{args:?} should mention {expect}: {out}"
        );
    }
    // Every output format is listed, yaml included.
    let (_, out, _) = kcodec_text(&["convert", "--help"], b"");
    for format in ["json", "json-pretty", "pb", "yaml"] {
        assert!(out.contains(&format!("- {format}:")), "{format}: {out}");
    }
    let (code, out, _) = kcodec_text(&["--version"], b"");
    assert_eq!(
        (code, out.as_str()),
        (0, concat!("kcodec ", env!("CARGO_PKG_VERSION"), "\n"))
    );
}

#[test]
fn command_line_errors_name_the_problem_and_exit_2() {
    let (code, _, err) = kcodec_text(&["conver"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unrecognized subcommand 'conver'"), "{err}");
    assert!(err.contains("convert"), "a suggestion: {err}");
    let (code, _, err) = kcodec_text(&[], b"");
    assert_eq!(code, 2);
    assert!(err.contains("Usage: kcodec <COMMAND>"), "{err}");
    let (code, _, err) = kcodec_text(&["convert", "--to", "xml"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("'xml'") && err.contains("yaml"), "{err}");
    let (code, _, err) = kcodec_text(&["convert", "--type", "core.v1.Pood"], POD);
    assert_eq!(code, 2);
    assert!(err.contains("unknown type \"core.v1.Pood\""), "{err}");
    // The old spellings keep working: --to=VALUE, protobuf for pb, - for stdin.
    let (code, out, err) = kcodec_text(&["convert", "--to=json", "-"], POD);
    assert_eq!((code, out.as_str()), (0, POD_JSON), "{err}");
    let (code, pb, err) = kcodec(&["convert", "--to", "protobuf"], POD);
    assert_eq!(code, 0, "{err}");
    assert!(pb.starts_with(b"k8s\0"));
}
