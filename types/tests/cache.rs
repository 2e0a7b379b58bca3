//! Encode-once caching: cached encodings equal direct ones, are computed once, are dropped
//! on mutation; watch frames decode back; LISTs spliced from cached items are byte-identical
//! to encoding the list directly, in JSON and protobuf.

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
    assert_eq!(&cached.json()[..], &kcodec::json::to_vec(&pod)[..]);
    assert_eq!(
        cached.json().as_ptr(),
        cached.json().as_ptr(),
        "computed once"
    );
    assert_eq!(
        &cached.envelope()[..],
        &kcodec::proto::envelope::encode("v1", "Pod", &pod)[..]
    );
    assert_eq!(&cached.proto()[..], &kcodec::proto::to_vec(&pod)[..]);
    let shared = cached.clone();
    assert_eq!(
        shared.json().as_ptr(),
        cached.json().as_ptr(),
        "clones share caches"
    );
}

#[test]
fn mutation_drops_cached_encodings() {
    let mut cached = Cached::new(sample::pod(4), "v1", "Pod");
    let before = cached.json();
    cached.make_mut().metadata.name = "renamed".into();
    let after = cached.json();
    assert_ne!(before, after);
    assert_eq!(&after[..], &kcodec::json::to_vec(cached.get())[..]);
}

#[test]
fn watch_frames_decode_back() {
    let pod = sample::pod(5);
    let cached = Cached::new(pod.clone(), "v1", "Pod");
    // JSON: one line per event.
    let mut stream = Vec::new();
    stream.extend_from_slice(&cached.json_event(EventType::Added));
    stream.extend_from_slice(&cached.json_event(EventType::Modified));
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
    let json_items: Vec<_> = cached.iter().map(|c| c.json()).collect();
    let meta = kcodec::json::to_vec(&list.metadata);
    assert_eq!(
        splice_json_list("PodList", "v1", &meta, &json_items),
        kcodec::json::to_vec(&list)
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
    let meta = kcodec::json::to_vec(&empty.metadata);
    assert_eq!(
        splice_json_list("PodList", "v1", &meta, &[]),
        kcodec::json::to_vec(&empty)
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
        &kcodec::json::to_vec(&list.metadata),
        list.items.as_deref().unwrap_or_default(),
    )
    .unwrap();
    assert_eq!(streamed, kcodec::json::to_vec_response(&list));
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
