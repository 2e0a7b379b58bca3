//! Nil and empty lists, as Go keeps them apart: `kcodec::List` reads as a `Vec` (and
//! `kcodec::Map` as a `BTreeMap`) and remembers whether it is nil, so a decoded object is
//! written back with the same `null` or `[]`.
//!
//! `cargo run -p kcodec-examples --example nil_and_empty`

use kcodec::{List, Map, Str};
use kcodec_types::core::v1::{Container, ContainerPort, Pod, PodList, PodSpec};

fn main() -> kcodec::Result<()> {
    // Building: a `Vec` (or any iterator) turns into a non-nil list.
    let web = Container {
        name: "web".into(),
        image: "nginx:1.27".into(),
        ports: vec![ContainerPort {
            container_port: 80,
            ..Default::default()
        }],
        ..Default::default()
    };
    let mut pod = Pod {
        spec: PodSpec {
            containers: vec![web.clone()].into(),
            ..Default::default()
        },
        ..Default::default()
    };

    // Reading and writing: a slice to read, `push` to append.
    pod.spec.containers.push(Container {
        name: "log-shipper".into(),
        ..web
    });
    for c in &pod.spec.containers {
        println!("container {} ({})", c.name, c.image);
    }
    let names: Vec<&str> = pod
        .spec
        .containers
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["web", "log-shipper"]);

    // Nil and empty on the wire: JSON keeps them apart, protobuf cannot (no field at all),
    // and reads both back as nil, as Go does.
    let spec_json = |containers: List<Container>| {
        let spec = PodSpec {
            containers,
            ..Default::default()
        };
        String::from_utf8(kcodec::json::to_vec(&spec).expect("a PodSpec encodes"))
            .expect("JSON is UTF-8")
    };
    println!("nil:   {}", spec_json(List::nil()));
    println!("empty: {}", spec_json(List::empty()));
    let empty = PodSpec {
        containers: List::empty(),
        ..Default::default()
    };
    let back: PodSpec = kcodec::proto::from_slice(&kcodec::proto::to_vec(&empty))?;
    println!("empty through protobuf: nil = {}", back.containers.is_nil());

    // Decoding keeps what the input said, and `==` tells nil from empty (as Go's
    // reflect.DeepEqual); comparing with a plain slice compares the elements.
    let null: PodList = kcodec::json::from_slice(br#"{"metadata":{},"items":null}"#)?;
    let none: PodList = kcodec::json::from_slice(br#"{"metadata":{},"items":[]}"#)?;
    assert!(null.items.is_nil() && !none.items.is_nil());
    assert_ne!(null, none);
    assert_eq!(null.items, []);
    assert_eq!(
        kcodec::json::to_vec(&none)?,
        br#"{"metadata":{},"items":[]}"#
    );
    let back: PodList = kcodec::cbor::from_slice(&kcodec::cbor::to_vec(&null)?)?;
    assert!(back.items.is_nil(), "CBOR keeps nil: null (f6)");

    // Code that needs the distinction asks for it.
    match pod.spec.containers.as_option() {
        None => println!("no containers field (null)"),
        Some(v) => println!("{} containers", v.len()),
    }

    // A map works the same way; inserting into a nil map makes it non-nil.
    let mut labels: Map<Str, Str> = Map::nil();
    assert_eq!(kcodec::json::to_vec(&labels)?, b"null");
    labels.insert("app".into(), "web".into());
    assert_eq!(kcodec::json::to_vec(&labels)?, br#"{"app":"web"}"#);
    Ok(())
}
