//! Issue 24, "first use without surprises": help, no silent data loss, custom resources,
//! robust watch streams, and clear messages for input of the wrong kind.

mod common;

use common::{kcodec, kcodec_text};

const POD: &[u8] = br#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web"}}"#;
/// `POD` as Go writes it: `containers` has no omitempty, so a nil list is `null`.
const POD_JSON: &str = "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"containers\":null},\"status\":{}}\n";
/// A custom resource: no type is registered for it.
const WIDGET: &[u8] = br#"{"kind":"Widget","apiVersion":"example.com/v1","metadata":{"name":"w","labels":{"z":"1","a":"<b&c>"}},"spec":{"size":1.50,"big":12345678901234567890,"on":true,"list":[{"b":1,"a":null}],"size":2.50}}"#;

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
        (&["demo", "--help"], "--runs"),
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

#[test]
fn a_type_contradicting_the_object_is_an_error() {
    let (code, out, err) = kcodec(
        &["convert", "--to", "pb", "--type", "apps.v1.Deployment"],
        POD,
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("--type apps.v1.Deployment")
            && err.contains("apiVersion \"v1\", kind \"Pod\""),
        "{err}"
    );
    // The same for a protobuf envelope, and for a custom resource.
    let (_, pb, _) = kcodec(&["convert", "--to", "pb"], POD);
    let (code, _, err) = kcodec(
        &["convert", "--to", "json", "--type", "core.v1.Service"],
        &pb,
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("core.v1.Service") && err.contains("kind \"Pod\""),
        "{err}"
    );
    let (code, _, err) = kcodec(&["convert", "--type", "core.v1.Pod"], WIDGET);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("kind \"Widget\""), "{err}");
    // Agreeing is fine; a meta/v1 kind is served in every group version.
    let (code, out, err) = kcodec_text(&["convert", "--to", "json", "--type", "core.v1.Pod"], POD);
    assert_eq!((code, out.as_str()), (0, POD_JSON), "{err}");
    let status = br#"{"kind":"Status","apiVersion":"apps/v1","status":"Failure"}"#;
    let (code, _, err) = kcodec(&["convert", "--type", "core.v1.Status"], status);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn type_names_objects_without_apiversion_and_kind() {
    // A WatchEvent has no type meta: --type is how it is named.
    let event =
        br#"{"type":"ADDED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web"}}}"#;
    let (code, _, err) = kcodec(&["convert", "--to", "json"], event);
    assert_eq!(code, 1);
    assert!(err.contains("--type"), "{err}");
    let (code, out, err) = kcodec_text(
        &["convert", "--to", "json", "--type", "core.v1.WatchEvent"],
        event,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\"}}}\n");
    // A raw protobuf message, without the k8s\0 envelope.
    let (_, pb, _) = kcodec(&["convert", "--to", "pb"], POD);
    let raw = kcodec::proto::envelope::decode(&pb).unwrap().raw.to_vec();
    let (code, out, err) = kcodec_text(&["convert", "--to", "json", "--type", "core.v1.Pod"], &raw);
    assert_eq!((code, out.as_str()), (0, POD_JSON), "{err}");
    let (code, again, err) = kcodec(&["convert", "--to", "pb", "--type", "core.v1.Pod"], &raw);
    assert_eq!(code, 0, "{err}");
    assert!(again == pb, "raw protobuf gets the envelope of its type");
    // Without --type it is refused as what it is, not as bad YAML.
    let (code, _, err) = kcodec(&["convert"], &raw);
    assert_eq!(code, 1);
    assert!(
        err.contains("neither JSON, YAML nor Kubernetes protobuf") && err.contains("--type"),
        "{err}"
    );
    assert!(!err.contains("UTF-8"), "{err}");
}

#[test]
fn binary_noise_is_not_called_yaml() {
    let noise = [0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0xff, 0x00];
    let (code, out, err) = kcodec(&["convert"], &noise);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("stdin is neither JSON, YAML nor Kubernetes protobuf"),
        "{err}"
    );
    assert!(err.contains("1f 8b 08 00 de ad be ef ..."), "{err}");
    // inspect says what a non-protobuf input is.
    let (code, _, err) = kcodec(&["inspect", "-"], POD);
    assert_eq!(code, 1);
    assert!(err.contains("stdin is JSON, not protobuf"), "{err}");
}

const MULTI: &[u8] = b"# two objects, and empty documents between them\n\
---\n\
apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\n\
---\n\
---\n\
# nothing\n\
---\n\
apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";

#[test]
fn every_yaml_document_is_converted() {
    let (code, out, err) = kcodec_text(&["convert", "--to", "yaml"], MULTI);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  name: a\n---\n\
         apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\nspec: {}\nstatus: {}\n"
    );
    let (code, out, err) = kcodec_text(&["convert", "--to", "json"], MULTI);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"a\"},\"data\":{\"k\":\"v\"}}\n\
         {\"kind\":\"Namespace\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"b\"},\"spec\":{},\"status\":{}}\n"
    );
    let (code, out, err) = kcodec_text(&["convert"], MULTI);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("{\n  \"kind\": \"ConfigMap\""), "{out}");
    assert!(out.contains("\n}\n{\n  \"kind\": \"Namespace\""), "{out}");
    assert!(out.ends_with("\"status\": {}\n}"), "{out}");
    // One document converts as before: no separator.
    let (_, one, _) = kcodec_text(
        &["convert", "--to", "yaml"],
        b"---\nkind: Namespace\napiVersion: v1\n",
    );
    assert!(
        one.starts_with("apiVersion: v1\n") && !one.contains("---"),
        "{one}"
    );
}

#[test]
fn several_json_objects_are_read_back() {
    // What `--to json` and `--to json-pretty` write for several objects reads back.
    let (_, yaml, _) = kcodec(&["convert", "--to", "yaml"], MULTI);
    for to in ["json", "json-pretty"] {
        let (code, json, err) = kcodec(&["convert", "--to", to], MULTI);
        assert_eq!(code, 0, "{err}");
        let (code, again, err) = kcodec(&["convert", "--to", "yaml"], &json);
        assert_eq!(code, 0, "{to}: {err}");
        assert!(again == yaml, "{to}: {}", String::from_utf8_lossy(&again));
    }
    // An error in a later value is at its offset in the input.
    let stream = [
        POD,
        b"\n",
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"priority":"high"}}"#,
    ]
    .concat();
    let (code, out, err) = kcodec(&["convert", "--to", "json"], &stream);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    let at = stream.windows(6).position(|w| w == b"\"high\"").unwrap();
    assert!(
        err.contains(&format!(
            "JSON value 2 of stdin (at byte {})",
            POD.len() + 1
        )) && err.contains(&format!("at byte {at} (field .spec.priority)")),
        "{err}"
    );
    // Trailing bytes that are not an object are named as well.
    let (code, _, err) = kcodec(&["convert"], &[POD, b" x"].concat());
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "JSON value 2 of stdin (at byte {})",
            POD.len() + 1
        )),
        "{err}"
    );
}

#[test]
fn several_documents_are_refused_for_protobuf_and_checked_in_strict_mode() {
    let (code, out, err) = kcodec(&["convert", "--to", "pb"], MULTI);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("holds 2 objects") && err.contains("protobuf output holds one"),
        "{err}"
    );
    // Strict mode looks at every document, and names the document.
    let yaml = b"kind: Namespace\napiVersion: v1\n---\nkind: Namespace\napiVersion: v1\nmetadata: {name: a, name: b}\nspex: {}\n";
    let (code, out, err) = kcodec_text(&["convert", "--strict", "--to", "json"], yaml);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    let at = yaml.windows(7).position(|w| w == b"name: b").unwrap();
    assert!(
        err.contains(&format!(
            "document 2: duplicate field \".metadata.name\" at byte {at} of the YAML"
        )),
        "{err}"
    );
    assert!(
        err.contains("document 2: unknown field \".spex\"\n"),
        "{err}"
    );
    // A bad document fails the whole conversion, named by its place in the stream.
    let bad = b"kind: Namespace\napiVersion: v1\n---\nkind: Namespace\napiVersion: v1\nmetadata: {name: [x]}\n";
    let (code, out, err) = kcodec_text(&["convert", "--to", "json"], bad);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("YAML document 2 of stdin") && err.contains(".metadata.name"),
        "{err}"
    );
    let (code, _, err) = kcodec(&["convert"], b"---\n# nothing\n---\n");
    assert_eq!(code, 1);
    assert!(err.contains("holds no object"), "{err}");
}

#[test]
fn custom_resources_convert_as_go_converts_unstructured_objects() {
    // JSON: keys sorted (a Go map's order), the last of a repeated key, Go's escapes, numbers
    // as written.
    let (code, out, err) = kcodec_text(&["convert", "--to", "json"], WIDGET);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"labels\":{\"a\":\"\\u003cb\\u0026c\\u003e\",\"z\":\"1\"},\"name\":\"w\"},\"spec\":{\"big\":12345678901234567890,\"list\":[{\"a\":null,\"b\":1}],\"on\":true,\"size\":2.50}}\n"
    );
    let (code, pretty, err) = kcodec_text(&["convert", "--to", "json-pretty"], WIDGET);
    assert_eq!(code, 0, "{err}");
    assert!(
        pretty.starts_with("{\n  \"apiVersion\": \"example.com/v1\",\n  \"kind\": \"Widget\",\n"),
        "{pretty}"
    );
    assert!(
        pretty.contains("\n      {\n        \"a\": null,\n        \"b\": 1\n      }\n"),
        "{pretty}"
    );
    // YAML: as sigs.k8s.io/yaml writes that JSON.
    let (code, yaml, err) = kcodec_text(&["convert", "--to", "yaml"], WIDGET);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        yaml,
        "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  labels:\n    a: <b&c>\n    z: \"1\"\n  name: w\nspec:\n  big: 12345678901234567890\n  list:\n  - a: null\n    b: 1\n  \"on\": true\n  size: 2.5\n"
    );
    // YAML in: the same objects back.
    let (code, again, err) = kcodec_text(&["convert", "--to", "yaml"], yaml.as_bytes());
    assert_eq!((code, again.as_str()), (0, yaml.as_str()), "{err}");
    // Protobuf needs a schema.
    let (code, out, err) = kcodec(&["convert", "--to", "pb"], WIDGET);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("no protobuf for custom resources") && err.contains("kind \"Widget\""),
        "{err}"
    );
    // Invalid JSON is still an error, at its offset.
    let (code, _, err) = kcodec(
        &["convert"],
        br#"{"kind":"Widget","apiVersion":"x/v1","spec":[1,]}"#,
    );
    assert_eq!(code, 1);
    assert!(err.contains("at byte 47"), "{err}");
}

/// One JSON watch event line.
fn event(event_type: &str, object: &[u8]) -> Vec<u8> {
    let mut line = format!("{{\"type\":\"{event_type}\",\"object\":").into_bytes();
    line.extend_from_slice(object);
    line.extend_from_slice(b"}\n");
    line
}

#[test]
fn watch_passes_custom_resources_through_and_reports_what_it_cannot_convert() {
    let pod = kcodec::json::to_vec(&kcodec_types::sample::pod(7)).unwrap();
    let stream = [
        event("ADDED", &pod),
        event("ADDED", WIDGET),
        event("DELETED", &pod),
    ]
    .concat();
    // JSON to JSON: the custom resource untouched, the Pods re-encoded (the same bytes).
    let (code, out, err) = kcodec(&["watch"], &stream);
    assert_eq!(code, 0, "{err}");
    assert!(out == stream, "{}", String::from_utf8_lossy(&out));
    // To protobuf: the custom resource is reported and skipped, the stream goes on, and the
    // exit status says something was left out.
    let (code, pb, err) = kcodec(&["watch", "--to", "pb"], &stream);
    assert_eq!(code, 1, "{err}");
    let at = event("ADDED", &pod).len() + r#"{"type":"ADDED","object":"#.len();
    assert!(
        err.contains(&format!("watch event 1 (object at byte {at})"))
            && err.contains("no protobuf for custom resources")
            && err.contains("1 watch event(s) could not be converted"),
        "{err}"
    );
    let mut d = kcodec::watch::WatchDecoder::new();
    d.feed(&pb);
    let mut types = Vec::new();
    while let Some(e) = d.next_event().unwrap() {
        types.push(e.event_type);
    }
    use kcodec::cache::EventType;
    assert_eq!(types, [EventType::Added, EventType::Deleted]);
    // Protobuf to protobuf keeps a custom resource's envelope as it is.
    let mut pb_stream = pb.clone();
    let widget = kcodec::proto::envelope::wrap("example.com/v1", "Widget", b"\x0a\x00");
    kcodec::watch::write_proto_event(&mut pb_stream, EventType::Modified, &widget);
    let (code, out, err) = kcodec(&["watch", "--to", "pb"], &pb_stream);
    assert_eq!(code, 0, "{err}");
    assert!(out == pb_stream);
    // ... and cannot decode it to JSON.
    let (code, out, err) = kcodec(&["watch"], &pb_stream);
    assert_eq!(code, 1);
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 2);
    assert!(
        err.contains("watch event 2") && err.contains("unregistered kind"),
        "{err}"
    );
}

#[test]
fn watch_errors_are_at_stream_offsets() {
    let good = event("ADDED", POD);
    let bad = event(
        "ADDED",
        br#"{"kind":"Pod","apiVersion":"v1","spec":{"priority":"high"}}"#,
    );
    let stream = [good.clone(), bad.clone()].concat();
    let (code, _, err) = kcodec_text(&["watch"], &stream);
    assert_eq!(code, 1);
    let at = stream.windows(6).position(|w| w == b"\"high\"").unwrap();
    assert!(
        err.contains(&format!("at byte {at} (field .spec.priority)")),
        "{at}: {err}"
    );
    // The same in a protobuf stream: a Pod whose message starts with a bad key (wire type 7).
    let (code, mut pb, err) = kcodec(&["watch", "--to", "pb"], &good);
    assert_eq!(code, 0, "{err}");
    let envelope = kcodec::proto::envelope::wrap("v1", "Pod", b"\x0f");
    kcodec::watch::write_proto_event(&mut pb, kcodec::cache::EventType::Added, &envelope);
    // The payload is the envelope's last byte but its 4-byte trailer.
    let at = pb.len() - 4 - 1;
    let (code, _, err) = kcodec(&["watch"], &pb);
    assert_eq!(code, 1);
    assert!(
        err.contains("watch event 1: object:") && err.contains(&format!("at byte {at}")),
        "{at}: {err}"
    );
}

#[test]
fn watch_names_input_that_is_not_a_watch_stream() {
    // A line that is not JSON: said so, with the line, at its offset.
    let good = event("ADDED", POD);
    let (code, _, err) = kcodec_text(
        &["watch"],
        &[&good[..], b"Error from server (NotFound)\n"].concat(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("not a watch event")
            && err.contains("\"Error from server (NotFound)\"")
            && err.contains(&format!("at byte {}", good.len())),
        "{err}"
    );
    assert!(!err.contains("cannot decode"), "{err}");
    let (code, _, err) = kcodec_text(&["watch"], &[&good[..], b"true\n"].concat());
    assert_eq!(code, 1);
    assert!(
        err.contains("not a watch event") && err.contains("\"true\""),
        "{err}"
    );
    // A YAML file: named as such, not read as a 1.6 GB frame.
    let (code, out, err) = kcodec_text(&["watch"], b"\napiVersion: v1\nkind: Pod\n");
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("stdin is YAML (it starts with \"apiVersion: v1\"), not a watch stream"),
        "{err}"
    );
    assert!(!err.contains("exceeds"), "{err}");
}
