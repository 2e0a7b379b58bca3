//! The `serde` feature: every type serializes, through serde_json, to the same JSON values as
//! kcodec's own encoder, and deserializes from serde inputs (JSON text, a `serde_json::Value`)
//! into the same object, for the sample objects and Kubernetes' fixtures.

use kcodec_types::apps::v1::Deployment;
use kcodec_types::core::v1::{Node, Pod, Service};
use kcodec_types::sample;
use serde::de::DeserializeOwned;
use serde::Serialize;

fn check<T>(value: &T, name: &str)
where
    T: Serialize
        + DeserializeOwned
        + kcodec::JsonEncode
        + kcodec::JsonDecode
        + PartialEq
        + std::fmt::Debug,
{
    let native = kcodec::json::to_vec(value).unwrap();
    let native_value: serde_json::Value = serde_json::from_slice(&native).unwrap();
    // Serialize: serde_json's output holds the same JSON value, keys in the same order.
    let via_serde = serde_json::to_vec(value).unwrap();
    let serde_value: serde_json::Value = serde_json::from_slice(&via_serde).unwrap();
    assert_eq!(serde_value, native_value, "{name}: serialize");
    // Byte for byte, once Go's HTML escapes (which serde_json does not write) are undone.
    let unescaped = String::from_utf8(native.clone())
        .unwrap()
        .replace("\\u003c", "<")
        .replace("\\u003e", ">")
        .replace("\\u0026", "&")
        .replace("\\u2028", "\u{2028}")
        .replace("\\u2029", "\u{2029}");
    assert_eq!(
        String::from_utf8(via_serde).unwrap(),
        unescaped,
        "{name}: same text"
    );
    // Deserialize from text and from a Value tree.
    let back: T = serde_json::from_slice(&native).unwrap();
    assert_eq!(&back, value, "{name}: deserialize from text");
    let back: T = serde_json::from_value(native_value).unwrap();
    assert_eq!(&back, value, "{name}: deserialize from a Value");
}

#[test]
fn sample_objects_through_serde_json() {
    for seed in 0..5 {
        check(&sample::pod(seed), "pod");
    }
    check(&sample::pod_list(20, 3), "podlist");
    check(&sample::deployment(1), "deployment");
    check(&sample::node(1), "node");
    check(&sample::service(1), "service");
}

#[test]
fn serde_errors_are_kcodec_errors() {
    let err = serde_json::from_str::<Pod>(r#"{"spec":{"priority":1.5}}"#).unwrap_err();
    assert!(err.to_string().contains("priority"), "{err}");
    let err = serde_json::from_str::<Pod>(r#"{"metadata":"x"}"#).unwrap_err();
    assert!(err.to_string().contains("metadata"), "{err}");
}

#[test]
fn fixtures_through_serde_json() {
    let Some(root) = kcodec_testkit::data::k8s_testdata() else {
        return;
    };
    let dir = root.join("HEAD");
    let read = |name: &str| std::fs::read(dir.join(format!("{name}.json"))).unwrap();
    let pod: Pod = kcodec::json::from_slice(&read("core.v1.Pod")).unwrap();
    check(&pod, "core.v1.Pod");
    let node: Node = kcodec::json::from_slice(&read("core.v1.Node")).unwrap();
    check(&node, "core.v1.Node");
    let svc: Service = kcodec::json::from_slice(&read("core.v1.Service")).unwrap();
    check(&svc, "core.v1.Service");
    let dep: Deployment = kcodec::json::from_slice(&read("apps.v1.Deployment")).unwrap();
    check(&dep, "apps.v1.Deployment");
}

/// `kcodec::List` and `kcodec::Map` on their own (outside a derived type) go through serde as
/// `Option<Vec<T>>` and `Option<BTreeMap<K, V>>`: nil is `null`, empty is `[]` / `{}`; inside
/// a derived type they are the type's JSON, nil kept there too.
#[test]
fn lists_and_maps_keep_nil_through_serde_json() {
    use kcodec::{List, Map, Str};
    let nil: List<Str> = serde_json::from_str("null").unwrap();
    let empty: List<Str> = serde_json::from_str("[]").unwrap();
    assert!(nil.is_nil() && !empty.is_nil());
    assert_eq!(serde_json::to_string(&nil).unwrap(), "null");
    assert_eq!(serde_json::to_string(&empty).unwrap(), "[]");
    let m: Map<Str, i32> = serde_json::from_str(r#"{"a":1}"#).unwrap();
    assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"a":1}"#);
    assert!(serde_json::from_str::<Map<Str, i32>>("null")
        .unwrap()
        .is_nil());
    assert_eq!(
        serde_json::to_string(&Map::<Str, i32>::empty()).unwrap(),
        "{}"
    );
    let list: kcodec_types::core::v1::PodList =
        serde_json::from_str(r#"{"metadata":{},"items":null}"#).unwrap();
    assert!(list.items.is_nil());
    assert_eq!(
        serde_json::to_string(&list).unwrap(),
        r#"{"metadata":{},"items":null}"#
    );
}
