//! Encode-once caching: cached encodings equal direct ones, are computed once, are dropped
//! on mutation; watch frames decode back; LISTs spliced from cached items are byte-identical
//! to encoding the list directly, in JSON, protobuf and CBOR (CBOR also checked against
//! Kubernetes' own encoding, `$KCODEC_K8S_ORACLE`).

use kcodec::cache::{
    splice_json_list, splice_proto_list, splice_proto_list_envelope, Cached, EventType,
};
use kcodec::framing::{FrameDecoder, Framing};
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::meta::v1::WatchEvent;
use kcodec_types::sample;

#[test]
fn cached_encodings_equal_direct_ones_and_are_computed_once() {
    let pod = sample::pod(3);
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    assert_eq!(
        &cached.json().unwrap()[..],
        &kcodec::json::to_vec(&pod).unwrap()[..]
    );
    assert_eq!(
        cached.json().unwrap().as_ptr(),
        cached.json().unwrap().as_ptr(),
        "computed once"
    );
    assert_eq!(
        &cached.envelope()[..],
        &kcodec::proto::envelope::encode("v1", "Pod", &pod)[..]
    );
    assert_eq!(&cached.proto()[..], &kcodec::proto::to_vec(&pod)[..]);
    let shared = cached.clone();
    assert_eq!(
        shared.json().unwrap().as_ptr(),
        cached.json().unwrap().as_ptr(),
        "clones share caches"
    );
}

#[test]
fn mutation_drops_cached_encodings() {
    let mut cached = Cached::new(sample::pod(4), "v1", "Pod");
    let before = cached.json().unwrap();
    cached.make_mut().metadata.name = "renamed".into();
    let after = cached.json().unwrap();
    assert_ne!(before, after);
    assert_eq!(&after[..], &kcodec::json::to_vec(cached.get()).unwrap()[..]);
}

#[test]
fn watch_frames_decode_back() {
    let pod = sample::pod(5);
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    // JSON: one line per event.
    let mut stream = Vec::new();
    stream.extend_from_slice(&cached.json_event(EventType::Added).unwrap());
    stream.extend_from_slice(&cached.json_event(EventType::Modified).unwrap());
    let mut frames = FrameDecoder::new(Framing::Json);
    frames.feed(&stream);
    for want in ["ADDED", "MODIFIED"] {
        let frame = frames.next_frame().unwrap().unwrap().to_vec();
        let ev: WatchEvent = kcodec::json::from_slice(&frame).unwrap();
        assert_eq!(ev.type_, want);
        let object: Pod = kcodec::json::from_slice(ev.object.raw.as_deref().unwrap()).unwrap();
        assert_eq!(object, pod);
    }
    // Protobuf: length-prefixed raw WatchEvents whose object is the k8s\0 envelope.
    let mut frames = FrameDecoder::new(Framing::LengthPrefixed);
    frames.feed(&cached.proto_event(EventType::Deleted));
    let frame = frames.next_frame().unwrap().unwrap().to_vec();
    let ev: WatchEvent = kcodec::proto::from_slice(&frame).unwrap();
    assert_eq!(ev.type_, "DELETED");
    assert_eq!(ev.object.raw.as_deref(), Some(&cached.envelope()[..]));
}

#[test]
fn spliced_lists_are_byte_identical_to_direct_encoding() {
    let list: PodList = sample::pod_list(100, 7);
    let cached: Vec<Cached<Pod>> = list
        .items
        .iter()
        .flatten()
        .map(|p| Cached::new(p.clone(), "v1", "Pod"))
        .collect();
    let json_items: Vec<_> = cached.iter().map(|c| c.json().unwrap()).collect();
    let meta = kcodec::json::to_vec(&list.metadata).unwrap();
    assert_eq!(
        splice_json_list("PodList", "v1", &meta, &json_items),
        kcodec::json::to_vec(&list).unwrap()
    );
    let pb_items: Vec<_> = cached.iter().map(|c| c.proto()).collect();
    let meta = kcodec::proto::to_vec(&list.metadata);
    assert_eq!(
        splice_proto_list(&meta, &pb_items),
        kcodec::proto::to_vec(&list)
    );
    assert_eq!(
        splice_proto_list_envelope("v1", "PodList", &meta, &pb_items),
        kcodec::proto::envelope::encode("v1", "PodList", &list)
    );
    // An empty list, as the API server writes it: "items":[] (a nil list is "items":null).
    let empty = PodList {
        items: Some(Vec::new()),
        ..list.clone()
    };
    let meta = kcodec::json::to_vec(&empty.metadata).unwrap();
    assert_eq!(
        splice_json_list("PodList", "v1", &meta, &[]),
        kcodec::json::to_vec(&empty).unwrap()
    );
}

#[test]
fn streamed_lists_are_byte_identical_to_buffered_ones() {
    let list: PodList = sample::pod_list(50, 11);
    let mut streamed = Vec::new();
    kcodec::list::write_json_list(
        &mut streamed,
        "PodList",
        "v1",
        &kcodec::json::to_vec(&list.metadata).unwrap(),
        list.items.as_deref().unwrap_or_default(),
    )
    .unwrap();
    assert_eq!(streamed, kcodec::json::to_vec_response(&list).unwrap());
    let mut streamed = Vec::new();
    kcodec::list::write_proto_list(
        &mut streamed,
        "v1",
        "PodList",
        &kcodec::proto::to_vec(&list.metadata),
        list.items.as_deref().unwrap_or_default(),
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
    use kcodec::cache::splice_cbor_list;
    use kcodec::watch::{write_cbor_event, ObjectFormat, WatchDecoder};

    #[test]
    fn cached_cbor_equals_direct_encoding_and_is_computed_once() {
        let pod = sample::pod(3);
        let cached = Cached::new(pod.clone(), "v1", "Pod");
        assert_eq!(
            &cached.cbor().unwrap()[..],
            &kcodec::cbor::to_vec(&pod).unwrap()[..]
        );
        assert_eq!(
            cached.cbor().unwrap().as_ptr(),
            cached.cbor().unwrap().as_ptr(),
            "computed once"
        );
        assert_eq!(
            &cached.cbor_bare().unwrap()[..],
            &kcodec::cbor::to_vec_bare(&pod).unwrap()[..]
        );
        assert_eq!(
            cached.cbor_bare().unwrap().as_ptr(),
            cached.cbor().unwrap()[3..].as_ptr(),
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
            assert_eq!(&cached.cbor_event(ty).unwrap()[..], &want[..], "{ty:?}");
            assert_eq!(
                cached.cbor_event(ty).unwrap().as_ptr(),
                cached.cbor_event(ty).unwrap().as_ptr(),
                "computed once"
            );
        }
        let shared = cached.clone();
        assert_eq!(
            shared.cbor().unwrap().as_ptr(),
            cached.cbor().unwrap().as_ptr(),
            "clones share caches"
        );
    }

    #[test]
    fn mutation_drops_cached_cbor() {
        let mut cached = Cached::new(sample::pod(4), "v1", "Pod");
        let (before, event) = (
            cached.cbor().unwrap(),
            cached.cbor_event(EventType::Added).unwrap(),
        );
        cached.make_mut().metadata.name = "renamed".into();
        assert_ne!(cached.cbor().unwrap(), before);
        assert_eq!(
            &cached.cbor().unwrap()[..],
            &kcodec::cbor::to_vec(cached.get()).unwrap()[..]
        );
        assert_ne!(cached.cbor_event(EventType::Added).unwrap(), event);
        let mut want = Vec::new();
        write_cbor_event(&mut want, EventType::Added, &cached.cbor().unwrap());
        assert_eq!(&cached.cbor_event(EventType::Added).unwrap()[..], &want[..]);
    }

    #[test]
    fn cbor_watch_events_decode_back() {
        let pod = sample::pod(5);
        let cached = Cached::new(pod.clone(), "v1", "Pod");
        let mut stream = Vec::new();
        stream.extend_from_slice(&cached.cbor_event(EventType::Added).unwrap());
        stream.extend_from_slice(&cached.cbor_event(EventType::Modified).unwrap());
        let mut d = WatchDecoder::new();
        d.feed(&stream);
        for want in [EventType::Added, EventType::Modified] {
            let e = d.next_event().unwrap().unwrap();
            assert_eq!(e.event_type, want);
            assert_eq!(e.object.format, ObjectFormat::Cbor);
            assert_eq!(e.object.bytes, &cached.cbor().unwrap()[..]);
            let back: Pod = kcodec::cbor::from_slice(e.object.bytes).unwrap();
            assert_eq!(back, pod);
        }
        assert!(d.next_event().unwrap().is_none());
        d.finish().unwrap();
        // The event is a WatchEvent as the generated type reads it, too.
        let ev: WatchEvent =
            kcodec::cbor::from_slice(&cached.cbor_event(EventType::Deleted).unwrap()).unwrap();
        assert_eq!(ev.type_, "DELETED");
    }

    fn lists() -> Vec<PodList> {
        [0, 1, 3]
            .into_iter()
            .map(|n| {
                let mut list = sample::pod_list(n, 13 + n as u64);
                if n == 0 {
                    list.items = Some(Vec::new());
                }
                list
            })
            .collect()
    }

    fn splice(list: &PodList, prefixed: bool) -> Vec<u8> {
        let items: Vec<_> = list
            .items
            .iter()
            .flatten()
            .map(|p| {
                let c = Cached::new(p.clone(), "v1", "Pod");
                if prefixed {
                    c.cbor().unwrap()
                } else {
                    c.cbor_bare().unwrap()
                }
            })
            .collect();
        splice_cbor_list(
            &list.type_meta.kind,
            &list.type_meta.api_version,
            &kcodec::cbor::to_vec_bare(&list.metadata).unwrap(),
            &items,
        )
    }

    #[test]
    fn spliced_cbor_lists_are_byte_identical_to_direct_encoding() {
        for list in lists() {
            let n = list.items.as_ref().map_or(0, Vec::len);
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
            kcodec::list::write_cbor_list(
                &mut streamed,
                &list.type_meta.kind,
                &list.type_meta.api_version,
                &kcodec::cbor::to_vec_bare(&list.metadata).unwrap(),
                list.items.as_deref().unwrap_or_default(),
            )
            .unwrap();
            assert_eq!(streamed, kcodec::cbor::to_vec(&list).unwrap());
        }
    }

    #[test]
    fn spliced_cbor_lists_are_the_oracles() {
        use kcodec_testkit::oracle::{Format, Oracle, Response};
        let Some(mut oracle) = Oracle::from_env() else {
            return;
        };
        let mut lists = lists();
        // A nil list: items null (f6) in both; splicing always writes an array.
        let mut nil = sample::pod_list(0, 1);
        nil.items = None;
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
            if list.items.is_some() {
                assert_eq!(splice(&list, false), want, "splice_cbor_list");
            }
        }
        println!("CBOR lists of 0, 1, 3 pods (and a nil list): spliced == k8s-oracle's");
    }
}
