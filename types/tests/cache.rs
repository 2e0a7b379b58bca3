//! Encode-once caching: cached encodings equal direct ones, are computed once, are dropped
//! on mutation; watch frames decode back; LISTs spliced from cached items are byte-identical
//! to encoding the list directly, in JSON, protobuf and CBOR (CBOR also checked against
//! Kubernetes' own encoding, `$KCODEC_K8S_ORACLE`).

use kcodec::cache::{splice_list, Cached, EventType};
use kcodec::framing::FrameDecoder;
use kcodec::Format;
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::meta::v1::WatchEvent;
use kcodec_types::sample;

#[test]
fn cached_encodings_equal_direct_ones_and_are_computed_once() {
    let pod = sample::pod(3);
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    assert_eq!(
        &cached.bytes(Format::Json).unwrap()[..],
        &kcodec::json::to_vec(&pod).unwrap()[..]
    );
    assert_eq!(
        cached.bytes(Format::Json).unwrap().as_ptr(),
        cached.bytes(Format::Json).unwrap().as_ptr(),
        "computed once"
    );
    assert_eq!(
        &cached.bytes(Format::Protobuf).unwrap()[..],
        &kcodec::proto::envelope::encode("v1", "Pod", &pod)[..]
    );
    assert_eq!(
        &cached.list_item(Format::Protobuf).unwrap()[..],
        &kcodec::proto::to_vec(&pod)[..]
    );
    let shared = cached.clone();
    assert_eq!(
        shared.bytes(Format::Json).unwrap().as_ptr(),
        cached.bytes(Format::Json).unwrap().as_ptr(),
        "clones share caches"
    );
    let mut pretty = Vec::new();
    kcodec::json::indent_into(&mut pretty, &kcodec::json::to_vec(&pod).unwrap(), "", "  ");
    assert_eq!(&cached.bytes(Format::JsonPretty).unwrap()[..], &pretty[..]);
    assert_eq!(
        &cached.bytes(Format::Yaml).unwrap()[..],
        &kcodec::yaml::json_to_yaml(&kcodec::json::to_vec(&pod).unwrap()).unwrap()[..]
    );
    assert!(cached.event(Format::Yaml, EventType::Added).is_err());
    assert_eq!(
        cached.event(Format::JsonPretty, EventType::Added).unwrap(),
        cached.event(Format::Json, EventType::Added).unwrap(),
        "a JSON watch stream is compact"
    );
}

#[test]
fn mutation_drops_cached_encodings() {
    let mut cached = Cached::new(sample::pod(4), "v1", "Pod");
    let before = cached.bytes(Format::Json).unwrap();
    cached.make_mut().metadata.name = "renamed".into();
    let after = cached.bytes(Format::Json).unwrap();
    assert_ne!(before, after);
    assert_eq!(&after[..], &kcodec::json::to_vec(cached.get()).unwrap()[..]);
}

#[test]
fn watch_frames_decode_back() {
    let pod = sample::pod(5);
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    // JSON: one line per event.
    let mut stream = Vec::new();
    stream.extend_from_slice(&cached.event(Format::Json, EventType::Added).unwrap());
    stream.extend_from_slice(&cached.event(Format::Json, EventType::Modified).unwrap());
    let mut frames = FrameDecoder::new(Format::Json).unwrap();
    frames.feed(&stream);
    for want in ["ADDED", "MODIFIED"] {
        let frame = frames.next_frame().unwrap().unwrap().to_vec();
        let ev: WatchEvent = kcodec::json::from_slice(&frame).unwrap();
        assert_eq!(ev.type_, want);
        let object: Pod = kcodec::json::from_slice(ev.object.raw.as_deref().unwrap()).unwrap();
        assert_eq!(object, pod);
    }
    // Protobuf: length-prefixed raw WatchEvents whose object is the k8s\0 envelope.
    let mut frames = FrameDecoder::new(Format::Protobuf).unwrap();
    frames.feed(&cached.event(Format::Protobuf, EventType::Deleted).unwrap());
    let frame = frames.next_frame().unwrap().unwrap().to_vec();
    let ev: WatchEvent = kcodec::proto::from_slice(&frame).unwrap();
    assert_eq!(ev.type_, "DELETED");
    assert_eq!(
        ev.object.raw.as_deref(),
        Some(&cached.bytes(Format::Protobuf).unwrap()[..])
    );
}

#[test]
fn spliced_lists_are_byte_identical_to_direct_encoding() {
    let list: PodList = sample::pod_list(100, 7);
    let cached: Vec<Cached<Pod>> = list
        .items
        .iter()
        .map(|p| Cached::new(p.clone(), "v1", "Pod"))
        .collect();
    let json_items: Vec<_> = cached
        .iter()
        .map(|c| c.list_item(Format::Json).unwrap())
        .collect();
    let meta = kcodec::json::to_vec(&list.metadata).unwrap();
    assert_eq!(
        splice_list(Format::Json, "PodList", "v1", &meta, &json_items).unwrap(),
        kcodec::json::to_vec(&list).unwrap()
    );
    let pb_items: Vec<_> = cached
        .iter()
        .map(|c| c.list_item(Format::Protobuf).unwrap())
        .collect();
    assert_eq!(&pb_items[0][..], &kcodec::proto::to_vec(&list.items[0])[..]);
    let meta = kcodec::proto::to_vec(&list.metadata);
    assert_eq!(
        splice_list(Format::Protobuf, "PodList", "v1", &meta, &pb_items).unwrap(),
        kcodec::proto::envelope::encode("v1", "PodList", &list)
    );
    for format in [Format::JsonPretty, Format::Yaml] {
        assert!(splice_list(format, "PodList", "v1", b"{}", &[]).is_err());
        assert!(cached[0].list_item(format).is_err());
    }
    // An empty list, as the API server writes it: "items":[] (a nil list is "items":null).
    let empty = PodList {
        items: kcodec::List::empty(),
        ..list.clone()
    };
    let meta = kcodec::json::to_vec(&empty.metadata).unwrap();
    assert_eq!(
        splice_list(Format::Json, "PodList", "v1", &meta, &[]).unwrap(),
        kcodec::json::to_vec(&empty).unwrap()
    );
}

#[test]
fn streamed_lists_are_byte_identical_to_buffered_ones() {
    let list: PodList = sample::pod_list(50, 11);
    let mut streamed = Vec::new();
    kcodec::list::write_list(
        &mut streamed,
        Format::Json,
        "PodList",
        "v1",
        &kcodec::json::to_vec(&list.metadata).unwrap(),
        &list.items,
    )
    .unwrap();
    assert_eq!(streamed, kcodec::json::to_vec_response(&list).unwrap());
    let mut streamed = Vec::new();
    kcodec::list::write_list(
        &mut streamed,
        Format::Protobuf,
        "PodList",
        "v1",
        &kcodec::proto::to_vec(&list.metadata),
        &list.items,
    )
    .unwrap();
    assert_eq!(
        streamed,
        kcodec::proto::envelope::encode("v1", "PodList", &list)
    );
}

#[cfg(feature = "cbor")]
mod cbor {
    use super::*;
    use kcodec::watch::{write_cbor_event, WatchDecoder};

    #[test]
    fn cached_cbor_equals_direct_encoding_and_is_computed_once() {
        let pod = sample::pod(3);
        let cached = Cached::new(pod.clone(), "v1", "Pod");
        assert_eq!(
            &cached.bytes(Format::Cbor).unwrap()[..],
            &kcodec::cbor::to_vec(&pod).unwrap()[..]
        );
        assert_eq!(
            cached.bytes(Format::Cbor).unwrap().as_ptr(),
            cached.bytes(Format::Cbor).unwrap().as_ptr(),
            "computed once"
        );
        assert_eq!(
            &cached.list_item(Format::Cbor).unwrap()[..],
            &kcodec::cbor::to_vec_bare(&pod).unwrap()[..]
        );
        assert_eq!(
            cached.list_item(Format::Cbor).unwrap().as_ptr(),
            cached.bytes(Format::Cbor).unwrap()[3..].as_ptr(),
            "a slice of the prefixed encoding"
        );
        for ty in [
            EventType::Added,
            EventType::Modified,
            EventType::Deleted,
            EventType::Bookmark,
            EventType::Error,
        ] {
            let mut want = Vec::new();
            write_cbor_event(&mut want, ty, &kcodec::cbor::to_vec(&pod).unwrap());
            assert_eq!(
                &cached.event(Format::Cbor, ty).unwrap()[..],
                &want[..],
                "{ty:?}"
            );
            assert_eq!(
                cached.event(Format::Cbor, ty).unwrap().as_ptr(),
                cached.event(Format::Cbor, ty).unwrap().as_ptr(),
                "computed once"
            );
        }
        let shared = cached.clone();
        assert_eq!(
            shared.bytes(Format::Cbor).unwrap().as_ptr(),
            cached.bytes(Format::Cbor).unwrap().as_ptr(),
            "clones share caches"
        );
    }

    #[test]
    fn mutation_drops_cached_cbor() {
        let mut cached = Cached::new(sample::pod(4), "v1", "Pod");
        let (before, event) = (
            cached.bytes(Format::Cbor).unwrap(),
            cached.event(Format::Cbor, EventType::Added).unwrap(),
        );
        cached.make_mut().metadata.name = "renamed".into();
        assert_ne!(cached.bytes(Format::Cbor).unwrap(), before);
        assert_eq!(
            &cached.bytes(Format::Cbor).unwrap()[..],
            &kcodec::cbor::to_vec(cached.get()).unwrap()[..]
        );
        assert_ne!(cached.event(Format::Cbor, EventType::Added).unwrap(), event);
        let mut want = Vec::new();
        write_cbor_event(
            &mut want,
            EventType::Added,
            &cached.bytes(Format::Cbor).unwrap(),
        );
        assert_eq!(
            &cached.event(Format::Cbor, EventType::Added).unwrap()[..],
            &want[..]
        );
    }

    #[test]
    fn cbor_watch_events_decode_back() {
        let pod = sample::pod(5);
        let cached = Cached::new(pod.clone(), "v1", "Pod");
        let mut stream = Vec::new();
        stream.extend_from_slice(&cached.event(Format::Cbor, EventType::Added).unwrap());
        stream.extend_from_slice(&cached.event(Format::Cbor, EventType::Modified).unwrap());
        let mut d = WatchDecoder::new();
        d.feed(&stream);
        for want in [EventType::Added, EventType::Modified] {
            let e = d.next_event().unwrap().unwrap();
            assert_eq!(e.event_type, want);
            assert_eq!(e.object.format, Format::Cbor);
            assert_eq!(e.object.bytes, &cached.bytes(Format::Cbor).unwrap()[..]);
            let back: Pod = kcodec::cbor::from_slice(e.object.bytes).unwrap();
            assert_eq!(back, pod);
        }
        assert!(d.next_event().unwrap().is_none());
        d.finish().unwrap();
        // The event is a WatchEvent as the generated type reads it, too.
        let ev: WatchEvent =
            kcodec::cbor::from_slice(&cached.event(Format::Cbor, EventType::Deleted).unwrap())
                .unwrap();
        assert_eq!(ev.type_, "DELETED");
    }

    fn lists() -> Vec<PodList> {
        [0, 1, 3]
            .into_iter()
            .map(|n| {
                let mut list = sample::pod_list(n, 13 + n as u64);
                if n == 0 {
                    list.items = kcodec::List::empty();
                }
                list
            })
            .collect()
    }

    fn splice(list: &PodList, prefixed: bool) -> Vec<u8> {
        let items: Vec<_> = list
            .items
            .iter()
            .map(|p| {
                let c = Cached::new(p.clone(), "v1", "Pod");
                if prefixed {
                    c.bytes(Format::Cbor).unwrap()
                } else {
                    c.list_item(Format::Cbor).unwrap()
                }
            })
            .collect();
        splice_list(
            Format::Cbor,
            &list.type_meta.kind,
            &list.type_meta.api_version,
            &kcodec::cbor::to_vec_bare(&list.metadata).unwrap(),
            &items,
        )
        .unwrap()
    }

    #[test]
    fn spliced_cbor_lists_are_byte_identical_to_direct_encoding() {
        for list in lists() {
            let n = list.items.len();
            let direct = kcodec::cbor::to_vec(&list).unwrap();
            assert_eq!(splice(&list, false), direct, "{n} items");
            assert_eq!(
                splice(&list, true),
                direct,
                "{n} items, items with their prefix"
            );
            // Without type meta, as a list nested in something else would be.
            let mut bare = list.clone();
            bare.type_meta = Default::default();
            assert_eq!(
                splice(&bare, false),
                kcodec::cbor::to_vec(&bare).unwrap(),
                "{n} items"
            );
        }
    }

    #[test]
    fn streamed_cbor_lists_are_byte_identical_to_buffered_ones() {
        for list in lists() {
            let mut streamed = Vec::new();
            kcodec::list::write_list(
                &mut streamed,
                Format::Cbor,
                &list.type_meta.kind,
                &list.type_meta.api_version,
                &kcodec::cbor::to_vec_bare(&list.metadata).unwrap(),
                &list.items,
            )
            .unwrap();
            assert_eq!(streamed, kcodec::cbor::to_vec(&list).unwrap());
        }
    }

    #[test]
    fn spliced_cbor_lists_are_the_oracles() {
        use kcodec_testkit::oracle::{Oracle, Response};
        let Some(mut oracle) = Oracle::from_env() else {
            return;
        };
        let mut lists = lists();
        // A nil list: items null (f6) in both; splicing always writes an array.
        let mut nil = sample::pod_list(0, 1);
        nil.items = kcodec::List::nil();
        assert!(kcodec::cbor::to_vec(&nil)
            .unwrap()
            .windows(7)
            .any(|w| w == b"\x45items\xf6"));
        lists.push(nil);
        for list in lists {
            let json = kcodec::json::to_vec(&list).unwrap();
            let Response::Ok(want) = oracle.convert(Format::Json, Format::Cbor, &json) else {
                panic!(
                    "k8s-oracle refused the list {}",
                    String::from_utf8_lossy(&json)
                );
            };
            assert_eq!(kcodec::cbor::to_vec(&list).unwrap(), want, "to_vec");
            if !list.items.is_nil() {
                assert_eq!(splice(&list, false), want, "splice_list");
            }
        }
        println!("CBOR lists of 0, 1, 3 pods (and a nil list): spliced == k8s-oracle's");
    }
}
