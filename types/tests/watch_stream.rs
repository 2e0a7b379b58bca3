//! Watch streams of real objects (`$KCODEC_REAL_OBJECTS`; sample Pods when unset), in both
//! framings, split in two at every byte boundary: the decoder yields the same events, their
//! lazily read heads match the objects, and each object decodes through the registry to the
//! object that was sent.

use kcodec::cache::EventType;
use kcodec::watch::{write_json_event, write_proto_event, Event, ObjectFormat, WatchDecoder};
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::registry::{self, Object};

fn pods() -> (Vec<Pod>, &'static str) {
    if let Some(dir) = kcodec_testkit::data::real_objects() {
        let path = dir.join("podlist-k8sopenapi-kind-1.json");
        let list: PodList = kcodec::json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let mut items: Vec<Pod> = list.items.into_iter().flatten().take(3).collect();
        for p in &mut items {
            p.type_meta.kind = "Pod".into();
            p.type_meta.api_version = "v1".into();
        }
        (items, "real objects")
    } else {
        let items = (0..3).map(kcodec_types::sample::pod).collect();
        (items, "sample Pods")
    }
}

const TYPES: [EventType; 3] = [EventType::Added, EventType::Modified, EventType::Deleted];

fn stream(pods: &[Pod], protobuf: bool) -> Vec<u8> {
    let mut s = Vec::new();
    for (i, pod) in pods.iter().enumerate() {
        if protobuf {
            let env = kcodec::proto::envelope::encode("v1", "Pod", pod);
            write_proto_event(&mut s, TYPES[i % 3], &env);
        } else {
            write_json_event(&mut s, TYPES[i % 3], &kcodec::json::to_vec(pod));
        }
    }
    s
}

type Seen = (EventType, Vec<u8>, String, String);

fn record(e: Event<'_>, out: &mut Vec<Seen>) {
    let head = e.object.head().unwrap();
    out.push((
        e.event_type,
        e.object.bytes.to_vec(),
        head.namespace.into_owned(),
        head.name.into_owned(),
    ));
}

fn decode_split(s: &[u8], at: usize) -> Vec<Seen> {
    let mut d = WatchDecoder::new();
    let mut out = Vec::new();
    for part in [&s[..at], &s[at..]] {
        d.feed(part);
        while let Some(e) = d.next_event().unwrap() {
            record(e, &mut out);
        }
    }
    d.finish().unwrap();
    out
}

#[test]
fn streams_split_at_every_byte_decode_the_same_events() {
    let (pods, what) = pods();
    for protobuf in [false, true] {
        let s = stream(&pods, protobuf);
        let whole = decode_split(&s, s.len());
        assert_eq!(whole.len(), pods.len());
        for (i, (ty, bytes, ns, name)) in whole.iter().enumerate() {
            assert_eq!(*ty, TYPES[i % 3]);
            assert_eq!(ns, pods[i].metadata.namespace.as_str());
            assert_eq!(name, pods[i].metadata.name.as_str());
            let format = if protobuf {
                ObjectFormat::Protobuf
            } else {
                ObjectFormat::Json
            };
            let raw = kcodec::watch::RawObject { bytes, format };
            let (kind, object) = registry::decode_object(&raw).unwrap();
            assert_eq!(kind.kind, "Pod");
            let mut expected = pods[i].clone();
            if protobuf {
                // TypeMeta is not on the protobuf wire; the envelope's is set back.
                expected.type_meta.kind = "Pod".into();
                expected.type_meta.api_version = "v1".into();
            }
            let pod = Object::as_any(object.as_ref())
                .downcast_ref::<Pod>()
                .expect("a Pod");
            assert_eq!(pod, &expected);
        }
        for at in 0..=s.len() {
            assert!(decode_split(&s, at) == whole, "split at {at}");
        }
        println!(
            "watch stream of {what} ({}, {} bytes): same events split at each of {} boundaries",
            if protobuf { "protobuf" } else { "JSON" },
            s.len(),
            s.len() + 1
        );
    }
}
