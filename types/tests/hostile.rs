//! A catalogue of hostile inputs, each with the error it must give (never a panic, a hang,
//! a stack overflow or an allocation the input does not pay for).

use kcodec::json::{from_slice, from_slice_strict, RawValue};
use kcodec::ErrorKind;
use kcodec_types::core::v1::Pod;

fn pod_json_err(input: &[u8]) -> kcodec::Error {
    from_slice::<Pod>(input).expect_err("must be rejected")
}

#[test]
fn deep_nesting_is_bounded() {
    for open in ["[", "{\"a\":"] {
        let deep = open.repeat(1_000_000);
        // As an unknown field of a typed object (skipped iteratively) ...
        let input = format!("{{\"x\":{deep}");
        let e = pod_json_err(input.as_bytes());
        assert!(
            matches!(e.kind(), ErrorKind::DepthLimitExceeded { limit: 256 }),
            "{e}"
        );
        // ... and as a generic raw value.
        let e = from_slice::<RawValue>(deep.as_bytes()).unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::DepthLimitExceeded { .. }),
            "{e}"
        );
    }
    // Nested protobuf messages: field 1 within field 1, 200 levels. Pod's schema does not
    // recurse, so a typed decode goes only as deep as the schema: `.metadata.name` is a string,
    // and the bytes nested in it are its value (Go's strings hold any bytes). The depth limit
    // itself is tested on a message that holds itself, a million levels deep
    // (`derive/tests/proto.rs`, `nesting_of_a_recursive_message_is_bounded`).
    let mut msg: Vec<u8> = Vec::new();
    for _ in 0..200 {
        let mut outer = vec![0x0a];
        let mut len = msg.len();
        loop {
            let b = (len & 0x7f) as u8;
            len >>= 7;
            if len == 0 {
                outer.push(b);
                break;
            }
            outer.push(b | 0x80);
        }
        outer.extend_from_slice(&msg);
        msg = outer;
    }
    let pod = kcodec::proto::from_slice::<Pod>(&msg).unwrap();
    let inner = &msg[msg.len() - pod.metadata.name.wire_bytes().len()..];
    assert_eq!(pod.metadata.name.wire_bytes(), inner);
    // A million nested groups in an unknown field (7) are skipped iteratively ...
    let mut groups = vec![0x3b; 1_000_000]; // field 7, start group
    groups.extend(vec![0x3c; 1_000_000]); // field 7, end group
    assert_eq!(
        kcodec::proto::from_slice::<Pod>(&groups).unwrap(),
        Pod::default()
    );
    // ... and left open, they are an error at the end, not a stack overflow.
    let e = kcodec::proto::from_slice::<Pod>(&groups[..1_000_000]).unwrap_err();
    assert_eq!(e.offset(), 1_000_000, "{e}");
}

#[test]
fn huge_length_prefix_on_tiny_input() {
    // Pod field 1 (metadata), length 4 GiB, then 5 bytes.
    let input = [0x0a, 0x80, 0x80, 0x80, 0x80, 0x10, 1, 2, 3, 4, 5];
    let e = kcodec::proto::from_slice::<Pod>(&input).unwrap_err();
    assert!(e.to_string().contains("runs past the end"), "{e}");
    assert_eq!(e.path(), ".metadata");
}

#[test]
fn eleven_byte_varint() {
    let mut input = vec![0x38]; // unknown-to-Pod field 7, varint
    input.extend_from_slice(&[0xff; 10]);
    input.push(0x01);
    assert!(kcodec::proto::from_slice::<Pod>(&input).is_err());
}

#[test]
fn numbers() {
    let digits = "9".repeat(10_000);
    let input = format!(r#"{{"spec":{{"priority":{digits}}}}}"#);
    let e = pod_json_err(input.as_bytes());
    assert!(
        matches!(e.kind(), ErrorKind::NumberOutOfRange { target: "int32" }),
        "{e}"
    );
    assert_eq!(e.path(), ".spec.priority");
    let e = pod_json_err(br#"{"spec":{"activeDeadlineSeconds":9223372036854775808}}"#);
    assert!(
        matches!(e.kind(), ErrorKind::NumberOutOfRange { target: "int64" }),
        "{e}"
    );
    let e = pod_json_err(br#"{"spec":{"priority":1e999999}}"#);
    assert!(
        matches!(e.kind(), ErrorKind::NumberOutOfRange { .. }),
        "{e}"
    );
    assert!(from_slice::<f64>(b"1e999999").is_err());
    // A 10,000-digit number in an unknown field is valid JSON and skipped.
    let input = format!(r#"{{"unknown":{digits}.5e-99999}}"#);
    assert!(from_slice::<Pod>(input.as_bytes()).is_ok());
    for token in [
        "NaN",
        "Infinity",
        "-Infinity",
        "+1",
        ".5",
        "01",
        "1.",
        "0x10",
    ] {
        let input = format!(r#"{{"spec":{{"priority":{token}}}}}"#);
        assert!(from_slice::<Pod>(input.as_bytes()).is_err(), "{token}");
    }
}

#[test]
fn strings_and_encodings() {
    // Lone surrogates become U+FFFD (Go); invalid UTF-8 bytes too, one per byte.
    let p: Pod = from_slice(br#"{"metadata":{"name":"a\ud800b\udc00"}}"#).unwrap();
    assert_eq!(p.metadata.name, "a\u{FFFD}b\u{FFFD}");
    let p: Pod = from_slice(b"{\"metadata\":{\"name\":\"a\xff\xfeb\"}}").unwrap();
    assert_eq!(p.metadata.name, "a\u{FFFD}\u{FFFD}b");
    // In an unknown member's string, skipped, as Go skips it (diff_json_pod's eighth-session
    // finding: the harness could not read this input, both decoders accept it).
    let p: Pod =
        from_slice(b"{\"spec\":{\"volumes\":[{\"scaleIO\":{\"storageOode\":\"s\x84\"}}]}}")
            .unwrap();
    let scale_io = p.spec.volumes[0].volume_source.scale_io.as_deref().unwrap();
    assert_eq!(
        (scale_io.secret_ref.as_ref(), scale_io.storage_mode.as_str()),
        (None, "")
    );
    // In raw JSON (`FieldsV1`), kept as Go keeps it: its bytes, escapes and all (found by
    // diff_json_pod; serde_json, holding it as a `Value`, refuses the lone surrogate).
    let input = br#"{"metadata":{"managedFields":[{"manager":"m","fieldsV1":["\ud800"]}]}}"#;
    let p: Pod = from_slice(input).unwrap();
    let out = String::from_utf8(kcodec::json::to_vec(&p).unwrap()).unwrap();
    assert!(out.contains(r#""fieldsV1":["\ud800"]"#), "{out}");
    // Numbers beyond float64's range: raw JSON keeps them, a Quantity reads one as its text
    // (as Go does, where k8s-openapi's serde_json refuses them; found by diff_json_pod).
    let input = br#"{"metadata":{"managedFields":[{"manager":"m","fieldsV1":[-1e+9999]}]}}"#;
    let out = kcodec::json::to_vec(&from_slice::<Pod>(input).unwrap()).unwrap();
    assert!(String::from_utf8(out)
        .unwrap()
        .contains(r#""fieldsV1":[-1e+9999]"#));
    let limits = |cpu: &str| {
        let input = format!(
            r#"{{"spec":{{"containers":[{{"resources":{{"limits":{{"cpu":{cpu}}}}}}}]}}}}"#
        );
        let pod: Pod = from_slice(input.as_bytes()).unwrap();
        kcodec::json::to_vec(&pod.spec.containers[0].resources).unwrap()
    };
    assert_eq!(limits("1e400"), limits(r#""1e400""#));
    // A BOM is not JSON whitespace (Go rejects it too).
    assert!(from_slice::<Pod>(b"\xef\xbb\xbf{}").is_err());
    // Trailing garbage.
    let e = pod_json_err(b"{} x");
    assert!(matches!(e.kind(), ErrorKind::TrailingData), "{e}");
    assert_eq!(e.offset(), 3);
    // A 100 MB string and a 10 MB key.
    let big = "x".repeat(100 << 20);
    let input = format!(r#"{{"metadata":{{"name":"{big}"}}}}"#);
    let p: Pod = from_slice(input.as_bytes()).unwrap();
    assert_eq!(p.metadata.name.len(), 100 << 20);
    let key = "k".repeat(10 << 20);
    let input = format!(r#"{{"{key}":1,"metadata":{{"labels":{{"{key}":"v"}}}}}}"#);
    let p: Pod = from_slice(input.as_bytes()).unwrap();
    assert_eq!(p.metadata.labels.len(), 1);
    // Invalid UTF-8 in a protobuf string field is kept, as Go keeps it: its bytes go back
    // to protobuf unchanged, its text (JSON, YAML) has U+FFFD for each invalid byte.
    let input = [0x0a, 0x03, 0x0a, 0x01, 0xff];
    let p = kcodec::proto::from_slice::<Pod>(&input).unwrap();
    assert_eq!(p.metadata.name.wire_bytes(), b"\xff");
    let again: Pod = kcodec::proto::from_slice(&kcodec::proto::to_vec(&p)).unwrap();
    assert_eq!(again.metadata.name.wire_bytes(), b"\xff");
    assert!(kcodec::json::to_vec(&p)
        .unwrap()
        .starts_with("{\"metadata\":{\"name\":\"\u{FFFD}\"".as_bytes()));
}

#[test]
fn many_duplicate_and_distinct_keys_in_strict_mode() {
    let mut input = String::from(r#"{"metadata":{"labels":{"#);
    for i in 0..100_000 {
        if i > 0 {
            input.push(',');
        }
        input.push_str(&format!(r#""k{}":"v""#, i % 50_000));
    }
    input.push_str("}}}");
    let (p, issues) = from_slice_strict::<Pod>(input.as_bytes()).unwrap();
    assert_eq!(p.metadata.labels.len(), 50_000);
    assert_eq!(issues.len(), 100, "reports are capped");
    assert!(
        issues[0].path.starts_with(".metadata.labels.k"),
        "{}",
        issues[0].path
    );
    // Case-variant keys are unknown fields, not matches.
    let (p, issues) = from_slice_strict::<Pod>(br#"{"Metadata":{"name":"x"}}"#).unwrap();
    assert_eq!(p.metadata.name, "");
    assert_eq!(issues[0].path, ".Metadata");
}

/// A repeated key decodes into what the first occurrence built, as Go's `encoding/json`
/// does: a map gains entries (the later value wins per key), a struct keeps the fields the
/// second object lacks, a list and a scalar are replaced. (Found by the `diff_json_pod`
/// fuzz target, where serde replaces the whole value: a documented difference.)
#[test]
fn repeated_keys_merge_as_go_does() {
    let input = br#"{"metadata":{"name":"a","annotations":{"x":"1","y":"1"},
        "finalizers":["f1","f2"],"annotations":{"y":"2","z":"2"}},
        "metadata":{"namespace":"ns","finalizers":["f3"]},"spec":{"containers":[]}}"#;
    let pod: Pod = from_slice(input).unwrap();
    let m = &pod.metadata;
    assert_eq!(m.name, "a", "the first object's field is kept");
    assert_eq!(m.namespace, "ns");
    let annotations: Vec<(&str, &str)> = m
        .annotations
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(annotations, [("x", "1"), ("y", "2"), ("z", "2")]);
    let finalizers: Vec<&str> = m.finalizers.iter().map(|f| f.as_str()).collect();
    assert_eq!(finalizers, ["f3"], "a list is replaced");
}
