//! Behaviour tests of `#[derive(Json)]` through the public API.

use std::collections::BTreeMap;

use kcodec::json::{from_slice, from_slice_strict, to_vec, to_vec_pretty, StrictIssueKind};
use kcodec::{Json, Str};

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct TypeMeta {
    #[kcodec(rename = "kind", omitempty)]
    kind: Str,
    #[kcodec(rename = "apiVersion", omitempty)]
    api_version: Str,
}

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct Port {
    #[kcodec(rename = "name", tag = 1, omitempty)]
    name: Str,
    #[kcodec(rename = "containerPort", tag = 3)]
    container_port: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct Container {
    #[kcodec(rename = "name", tag = 1)]
    name: Str,
    #[kcodec(rename = "ports", tag = 6, omitempty)]
    ports: Vec<Port>,
    #[kcodec(rename = "imagePullPolicy", tag = 14, omitempty)]
    image_pull_policy: Option<PullPolicy>,
}

#[derive(Clone, Debug, PartialEq, Json)]
enum PullPolicy {
    Always,
    #[kcodec(rename = "IfNotPresent")]
    IfNotPresent,
    #[kcodec(other)]
    Other(Str),
}

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct Spec {
    #[kcodec(rename = "containers", tag = 2)]
    containers: Vec<Container>,
    #[kcodec(rename = "nodeSelector", tag = 7, omitempty)]
    node_selector: BTreeMap<Str, Str>,
    #[kcodec(rename = "hostNetwork", tag = 11, omitempty)]
    host_network: bool,
    #[kcodec(rename = "priority", tag = 25, omitempty)]
    priority: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct Pod {
    #[kcodec(inline)]
    type_meta: TypeMeta,
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    spec: Spec,
    #[kcodec(rename = "status", omitempty)]
    status: Status,
}

#[derive(Clone, Debug, Default, PartialEq, Json)]
struct Status {
    #[kcodec(rename = "phase", omitempty)]
    phase: Str,
}

const POD: &str = r#"{"kind":"Pod","apiVersion":"v1","spec":{"containers":[{"name":"a","ports":[{"name":"http","containerPort":80}],"imagePullPolicy":"IfNotPresent"},{"name":"b","imagePullPolicy":"Sometimes"}],"nodeSelector":{"a":"1","b":"\u003c2\u003e"},"priority":0},"status":{}}"#;

#[test]
fn roundtrips_byte_for_byte() {
    let pod: Pod = from_slice(POD.as_bytes()).unwrap();
    assert_eq!(pod.type_meta.kind, "Pod");
    assert_eq!(pod.spec.containers[0].ports[0].container_port, 80);
    assert_eq!(
        pod.spec.containers[1].image_pull_policy,
        Some(PullPolicy::Other("Sometimes".into()))
    );
    assert_eq!(pod.spec.node_selector["b"], "<2>");
    assert_eq!(pod.spec.priority, Some(0));
    assert_eq!(String::from_utf8(to_vec(&pod).unwrap()).unwrap(), POD);
}

#[test]
fn omitempty_follows_go() {
    let c = Container::default();
    // `name` has no omitempty; empty Vec and None are omitted.
    assert_eq!(to_vec(&c).unwrap(), br#"{"name":""}"#);
    // A non-pointer struct is never omitted by omitempty.
    let p = Pod::default();
    assert_eq!(
        to_vec(&p).unwrap(),
        br#"{"spec":{"containers":[]},"status":{}}"#
    );
}

#[test]
fn pretty_matches_marshal_indent() {
    let p = Port {
        name: "x".into(),
        container_port: 1,
    };
    assert_eq!(
        String::from_utf8(to_vec_pretty(&p).unwrap()).unwrap(),
        "{\n  \"name\": \"x\",\n  \"containerPort\": 1\n}"
    );
}

#[test]
fn default_mode_ignores_unknown_and_last_duplicate_wins() {
    let p: Port = from_slice(
        br#"{"containerPort":1,"Name":"upper","x":{"deep":[1,2,{"a":null}]},"containerPort":2}"#,
    )
    .unwrap();
    assert_eq!(p.container_port, 2);
    assert_eq!(p.name, "", "keys are case-sensitive");
}

#[test]
fn strict_mode_reports_paths() {
    let input = br#"{"kind":"Pod","spec":{"containers":[{"name":"a","imagePullPolicyy":"x","name":"b"}]},"Spec":1}"#;
    let (pod, issues) = from_slice_strict::<Pod>(input).unwrap();
    assert_eq!(pod.spec.containers[0].name, "b");
    let got: Vec<(StrictIssueKind, &str)> =
        issues.iter().map(|i| (i.kind, i.path.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (
                StrictIssueKind::Unknown,
                ".spec.containers[0].imagePullPolicyy"
            ),
            (StrictIssueKind::Duplicate, ".spec.containers[0].name"),
            (StrictIssueKind::Unknown, ".Spec"),
        ]
    );
}

#[test]
fn errors_carry_offset_and_path() {
    let input =
        br#"{"spec":{"containers":[{"name":"a"},{"name":"b","ports":[{"containerPort":"80"}]}]}}"#;
    let e = from_slice::<Pod>(input).unwrap_err();
    assert_eq!(e.path(), ".spec.containers[1].ports[0].containerPort");
    assert_eq!(&input[e.offset()..e.offset() + 4], br#""80""#);
    let e = from_slice::<Pod>(br#"{"spec":{"priority":2147483648}}"#).unwrap_err();
    assert_eq!(e.path(), ".spec.priority");
    assert!(e.to_string().contains("int32"), "{e}");
}

#[test]
fn enum_without_other_rejects_unknown_values() {
    #[derive(Debug, PartialEq, Json)]
    enum Proto {
        #[kcodec(rename = "TCP")]
        Tcp,
    }
    assert_eq!(from_slice::<Proto>(br#""TCP""#).unwrap(), Proto::Tcp);
    let e = from_slice::<Proto>(br#""UDP""#).unwrap_err();
    assert!(e.to_string().contains("UDP"), "{e}");
}

#[test]
fn depth_is_bounded() {
    let deep = "[".repeat(100_000);
    let input = format!(r#"{{"x":{deep}"#);
    let e = from_slice::<Status>(input.as_bytes()).unwrap_err();
    assert!(matches!(
        e.kind(),
        kcodec::ErrorKind::DepthLimitExceeded { .. }
    ));
}

/// A custom codec for one field: a comma-separated string on the wire, a list in Rust.
mod csv {
    use kcodec::json::JsonReader;

    pub fn encode_json(v: &[String], out: &mut Vec<u8>) {
        kcodec::json::write::write_str(out, &v.join(","));
    }

    pub fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Vec<String>> {
        let s = r.read_str()?;
        Ok(s.split(',')
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect())
    }

    pub fn is_empty_value(v: &[String]) -> bool {
        v.is_empty()
    }

    /// CBOR: the same comma-separated string, as a byte string.
    pub fn encode_cbor(v: &[String], out: &mut Vec<u8>) {
        kcodec::cbor::write::write_bytes(out, v.join(",").as_bytes());
    }

    pub fn decode_cbor(r: &mut kcodec::cbor::CborReader<'_>) -> kcodec::Result<Vec<String>> {
        let s = r.read_string()?;
        Ok(s.split(',')
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect())
    }
}

#[derive(Debug, Default, PartialEq, Json, kcodec::Cbor)]
struct WithCustom {
    #[kcodec(rename = "tags", with = "csv", omitempty)]
    tags: Vec<String>,
    #[kcodec(rename = "n")]
    n: i32,
}

#[test]
fn with_attribute_uses_the_custom_codec() {
    let v: WithCustom = from_slice(br#"{"tags":"a,b","n":1}"#).unwrap();
    assert_eq!(v.tags, vec!["a".to_string(), "b".to_string()]);
    assert_eq!(to_vec(&v).unwrap(), br#"{"tags":"a,b","n":1}"#);
    assert_eq!(to_vec(&WithCustom::default()).unwrap(), br#"{"n":0}"#);
    // CBOR: the module's CBOR functions, the same omit rule, keys in CBOR order.
    let cbor = kcodec::cbor::to_vec(&v).unwrap();
    assert_eq!(cbor, b"\xd9\xd9\xf7\xa2\x41n\x01\x44tags\x43a,b");
    assert_eq!(kcodec::cbor::from_slice::<WithCustom>(&cbor).unwrap(), v);
    assert_eq!(
        kcodec::cbor::to_vec(&WithCustom::default()).unwrap(),
        b"\xd9\xd9\xf7\xa1\x41n\x00"
    );
}

/// The derive works on structs declared by a `macro_rules!` (the fields' spans carry the
/// macro's hygiene; the generated code's own names must not).
mod from_macro_rules {
    macro_rules! declare {
        ($name:ident { $($field:ident : $ty:ty = $json:literal),* $(,)? }) => {
            #[derive(Clone, Debug, Default, PartialEq, kcodec::Json, kcodec::Proto)]
            pub struct $name {
                $( #[kcodec(rename = $json, tag = 1)] pub $field: $ty, )*
            }
        };
    }
    declare!(Declared {
        count: i32 = "count"
    });

    #[test]
    fn derive_inside_macro_rules_round_trips() {
        let v = Declared { count: 7 };
        let json = kcodec::json::to_vec(&v).unwrap();
        assert_eq!(json, br#"{"count":7}"#);
        assert_eq!(kcodec::json::from_slice::<Declared>(&json).unwrap(), v);
        assert_eq!(
            kcodec::proto::from_slice::<Declared>(&kcodec::proto::to_vec(&v)).unwrap(),
            v
        );
    }
}
