//! The generated custom resource types write JSON as Go's `encoding/json` writes the Go
//! types in `go/api/v1/`: struct field order, `omitempty` (never on structs), `null` for a
//! nil slice without `omitempty`, and Kubernetes' own types' forms.

use kcodec::json::{from_slice, to_vec, DecodeOptions};
use kcodec_example_crd::v1::{Memcached, MemcachedList, KINDS};

/// Every field set, keys in Go's struct order: Go writes it back unchanged.
const FULL: &str = concat!(
    r#"{"kind":"Memcached","apiVersion":"cache.example.com/v1","#,
    r#""metadata":{"name":"cache","namespace":"prod","uid":"7c1e","resourceVersion":"42","generation":2,"creationTimestamp":"2026-12-01T10:00:00Z","labels":{"app":"memcached"}},"#,
    r#""spec":{"size":3,"containerPort":11211,"memory":"64Mi","maxUnavailable":"25%","extraArgs":["-v"],"podLabels":{"tier":"cache"},"#,
    r#""tolerations":[{"key":"dedicated","operator":"Equal","value":"cache","effect":"NoSchedule"}],"mode":"LRU"},"#,
    r#""status":{"conditions":[{"type":"Available","status":"True","observedGeneration":2,"lastTransitionTime":"2026-12-01T10:01:00Z","reason":"MinimumReplicas","message":"3 of 3 up"}],"#,
    r#""nodes":["n1","n2"],"lastScaleTime":"2026-12-01T10:00:30Z"}}"#
);

#[test]
fn a_full_object_round_trips_byte_for_byte() {
    let cr: Memcached = from_slice(FULL.as_bytes()).unwrap();
    assert_eq!(cr.spec.container_port, 11211);
    assert_eq!(cr.status.nodes, ["n1", "n2"]);
    assert_eq!(String::from_utf8(to_vec(&cr).unwrap()).unwrap(), FULL);
}

#[test]
fn zero_values_are_written_as_go_writes_them() {
    // Go: `json.Marshal(&Memcached{})`. Structs are never omitted (omitempty does not
    // apply to them), ObjectMeta's zero creationTimestamp is left out (`omitzero` in its
    // tag), a nil []string without omitempty is null.
    let empty: Memcached = from_slice(b"{}").unwrap();
    assert_eq!(
        String::from_utf8(to_vec(&empty).unwrap()).unwrap(),
        r#"{"metadata":{},"spec":{"containerPort":0},"status":{"nodes":null}}"#
    );
    // An empty list is not nil: `[]`, kept apart from null.
    let cr: Memcached = from_slice(br#"{"status":{"nodes":[]}}"#).unwrap();
    assert!(cr.status.nodes.is_empty() && !cr.status.nodes.is_nil());
    assert!(empty.status.nodes.is_nil());
    assert!(String::from_utf8(to_vec(&cr).unwrap())
        .unwrap()
        .ends_with(r#""status":{"nodes":[]}}"#));
}

#[test]
fn lists_and_kinds() {
    assert_eq!(KINDS, ["Memcached", "MemcachedList"]);
    let list = format!(
        r#"{{"kind":"MemcachedList","apiVersion":"cache.example.com/v1","metadata":{{"resourceVersion":"43"}},"items":[{FULL}]}}"#
    );
    let l: MemcachedList = from_slice(list.as_bytes()).unwrap();
    assert_eq!(l.items.len(), 1);
    assert_eq!(String::from_utf8(to_vec(&l).unwrap()).unwrap(), list);
}

#[test]
fn strict_decoding_names_unknown_fields_with_their_path() {
    let (_, issues) = kcodec::json::from_slice_with::<Memcached>(
        br#"{"spec":{"size":1,"replicas":3}}"#,
        DecodeOptions {
            strict: true,
            ..DecodeOptions::default()
        },
    )
    .unwrap();
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 1, "{text:?}");
    assert!(text[0].contains("spec.replicas"), "{text:?}");
}

#[test]
fn yaml_as_kubectl_shows_it() {
    let yaml = kcodec::yaml::json_to_yaml(FULL.as_bytes()).unwrap();
    let yaml = String::from_utf8(yaml).unwrap();
    assert!(
        yaml.starts_with("apiVersion: cache.example.com/v1\nkind: Memcached\n"),
        "{yaml}"
    );
    let back = kcodec::yaml::yaml_to_json(yaml.as_bytes()).unwrap();
    let cr: Memcached = from_slice(&back).unwrap();
    assert_eq!(String::from_utf8(to_vec(&cr).unwrap()).unwrap(), FULL);
}
