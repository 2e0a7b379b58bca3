//! Watch streams of real objects (`$KCODEC_REAL_OBJECTS`; sample Pods when unset), in every
//! framing (JSON, protobuf, CBOR), split in two at every byte boundary: the decoder yields the
//! same events, their lazily read heads match the objects, and each object decodes through
//! the registry to the object that was sent. CBOR streams are checked against Kubernetes'
//! own (`$KCODEC_K8S_ORACLE`): kcodec writes the oracle's bytes and reads the oracle's stream.

use kcodec::cache::EventType;
use kcodec::watch::{write_json_event, write_proto_event, Event, WatchDecoder};
use kcodec::Format;
use kcodec_types::core::v1::{Pod, PodList};
use kcodec_types::registry::{self, Object};

fn pods() -> (Vec<Pod>, &'static str) {
    if let Some(dir) = kcodec_testkit::data::real_objects() {
        let path = dir.join("podlist-k8sopenapi-kind-1.json");
        let list: PodList = kcodec::json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let mut items: Vec<Pod> = list.items.into_iter().take(3).collect();
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

#[cfg(feature = "cbor")]
const FORMATS: [Format; 3] = [Format::Json, Format::Protobuf, Format::Cbor];
#[cfg(not(feature = "cbor"))]
const FORMATS: [Format; 2] = [Format::Json, Format::Protobuf];

fn stream(pods: &[Pod], format: Format) -> Vec<u8> {
    let mut s = Vec::new();
    for (i, pod) in pods.iter().enumerate() {
        match format {
            Format::Protobuf => {
                let env = kcodec::proto::envelope::encode("v1", "Pod", pod);
                write_proto_event(&mut s, TYPES[i % 3], &env);
            }
            Format::Json => {
                write_json_event(&mut s, TYPES[i % 3], &kcodec::json::to_vec(pod).unwrap())
            }
            #[cfg(feature = "cbor")]
            Format::Cbor => kcodec::watch::write_cbor_event(
                &mut s,
                TYPES[i % 3],
                &kcodec::cbor::to_vec(pod).unwrap(),
            ),
            _ => unreachable!("not in FORMATS"),
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
    for format in FORMATS {
        let protobuf = format == Format::Protobuf;
        let s = stream(&pods, format);
        let whole = decode_split(&s, s.len());
        assert_eq!(whole.len(), pods.len());
        for (i, (ty, bytes, ns, name)) in whole.iter().enumerate() {
            assert_eq!(*ty, TYPES[i % 3]);
            assert_eq!(ns, pods[i].metadata.namespace.as_str());
            assert_eq!(name, pods[i].metadata.name.as_str());
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
            "watch stream of {what} ({format:?}, {} bytes): same events split at each of {} boundaries",
            s.len(),
            s.len() + 1
        );
    }
}

/// The oracle's `watch` conversion of a stream.
#[cfg(feature = "cbor")]
fn oracle_watch(
    oracle: &mut kcodec_testkit::oracle::Oracle,
    from: kcodec_testkit::oracle::Format,
    to: kcodec_testkit::oracle::Format,
    stream: &[u8],
) -> Vec<u8> {
    let request = kcodec_testkit::oracle::Request {
        op: "watch",
        ..kcodec_testkit::oracle::Request::convert(from, to)
    };
    match oracle.call(&request, stream) {
        kcodec_testkit::oracle::Response::Ok(out) => out,
        other => panic!("k8s-oracle watch --from {from:?} --to {to:?}: {other:?}"),
    }
}

/// Decode a whole stream fed in chunks of `chunk` bytes: each event's type, object bytes and
/// stream offset.
#[cfg(feature = "cbor")]
fn decode_chunked(s: &[u8], chunk: usize) -> kcodec::Result<Vec<(EventType, Vec<u8>, u64)>> {
    let mut d = WatchDecoder::new();
    let mut out = Vec::new();
    for part in s.chunks(chunk) {
        d.feed(part);
        while let Some((at, e)) = d.next_event_at()? {
            assert_eq!(e.object.format, Format::Cbor);
            out.push((e.event_type, e.object.bytes.to_vec(), at));
        }
    }
    d.finish()?;
    Ok(out)
}

#[cfg(feature = "cbor")]
#[test]
fn cbor_stream_written_by_kcodec_is_the_oracles() {
    use kcodec_testkit::oracle::{Format, Oracle};
    let (mut pods, what) = pods();
    // An ERROR event's Status too.
    let Some(mut oracle) = Oracle::from_env() else {
        return;
    };
    pods.truncate(3);
    let json = stream(&pods, Format::Json);
    let mut status = kcodec_types::meta::v1::Status::default();
    status.type_meta.kind = "Status".into();
    status.type_meta.api_version = "v1".into();
    status.status = "Failure".into();
    status.code = 410;
    status.reason = "Expired".into();
    let mut json = json;
    write_json_event(
        &mut json,
        EventType::Error,
        &kcodec::json::to_vec(&status).unwrap(),
    );
    let want = oracle_watch(&mut oracle, Format::Json, Format::Cbor, &json);

    let mut ours = stream(&pods, Format::Cbor);
    kcodec::watch::write_cbor_event(
        &mut ours,
        EventType::Error,
        &kcodec::cbor::to_vec(&status).unwrap(),
    );
    assert_eq!(ours, want, "write_cbor_event");

    let mut cached = Vec::new();
    for (i, pod) in pods.iter().enumerate() {
        let c = kcodec::cache::Cached::new(pod.clone(), "v1", "Pod");
        cached.extend_from_slice(&c.event(Format::Cbor, TYPES[i % 3]).unwrap());
    }
    let c = kcodec::cache::Cached::new(status.clone(), "v1", "Status");
    cached.extend_from_slice(&c.event(Format::Cbor, EventType::Error).unwrap());
    assert_eq!(cached, want, "Cached::cbor_event");

    // And the other way: the oracle reads kcodec's stream back to the JSON it came from.
    assert_eq!(
        oracle_watch(&mut oracle, Format::Cbor, Format::Json, &ours),
        json
    );
    println!(
        "CBOR watch stream of {what} + a Status ({} bytes) identical to k8s-oracle's",
        want.len()
    );
}

#[cfg(feature = "cbor")]
#[test]
fn oracle_cbor_stream_decodes_at_any_chunk_size() {
    use kcodec_testkit::oracle::{Format, Oracle};
    let (pods, what) = pods();
    let Some(mut oracle) = Oracle::from_env() else {
        return;
    };
    let json = stream(&pods, Format::Json);
    let s = oracle_watch(&mut oracle, Format::Json, Format::Cbor, &json);
    let whole = decode_chunked(&s, s.len()).unwrap();
    assert_eq!(whole.len(), pods.len());
    for (i, (ty, bytes, at)) in whole.iter().enumerate() {
        assert_eq!(*ty, TYPES[i % 3]);
        assert!(
            bytes.starts_with(b"\xd9\xd9\xf7"),
            "the object keeps its prefix"
        );
        let at = *at as usize;
        assert_eq!(&s[at..at + bytes.len()], &bytes[..]);
        let raw = kcodec::watch::RawObject {
            bytes,
            format: Format::Cbor,
        };
        let head = raw.head().unwrap();
        assert_eq!(
            (
                &*head.api_version,
                &*head.kind,
                &*head.namespace,
                &*head.name
            ),
            (
                "v1",
                "Pod",
                pods[i].metadata.namespace.as_str(),
                pods[i].metadata.name.as_str()
            )
        );
        assert_eq!(
            head.resource_version,
            pods[i].metadata.resource_version.as_str()
        );
        let (kind, object) = registry::decode_object(&raw).unwrap();
        assert_eq!(kind.kind, "Pod");
        let pod = Object::as_any(object.as_ref())
            .downcast_ref::<Pod>()
            .expect("a Pod");
        assert_eq!(pod, &pods[i]);
        assert_eq!(object.to_cbor().unwrap(), *bytes, "re-encoded identically");
        let (_, again) = registry::decode_cbor(bytes).unwrap();
        assert!(again.dyn_eq(object.as_ref()));
    }
    for chunk in [1, 7, 64 * 1024] {
        assert!(decode_chunked(&s, chunk).unwrap() == whole, "chunk {chunk}");
    }
    println!(
        "k8s-oracle's CBOR watch stream of {what} ({} bytes): decoded in chunks of 1, 7 and 64 KiB",
        s.len()
    );
}

#[cfg(feature = "cbor")]
#[test]
fn truncated_cbor_stream_is_an_error() {
    let (pods, _) = pods();
    let s = stream(&pods, Format::Cbor);
    let ends: Vec<usize> = {
        let mut d = WatchDecoder::new();
        d.feed(&s);
        let mut ends = vec![0];
        while let Some((at, e)) = d.next_event_at().unwrap() {
            ends.push(at as usize + e.object.bytes.len());
        }
        ends
    };
    assert_eq!(ends.last(), Some(&s.len()));
    // Every cut inside an event (a stride keeps this quick on large real objects).
    let stride = (s.len() / 4000).max(1);
    let mut cuts = 0;
    for cut in (1..s.len())
        .step_by(stride)
        .chain(ends.iter().map(|e| e.saturating_sub(1)))
    {
        if cut == 0 || ends.contains(&cut) {
            continue;
        }
        let r = decode_chunked(&s[..cut], 4096);
        let err = r.expect_err(&format!("cut at {cut}"));
        assert!(
            err.to_string().contains("stream ended inside a frame"),
            "{err}"
        );
        cuts += 1;
    }
    // Cut at an event boundary: fewer events, no error.
    for (n, &end) in ends.iter().enumerate() {
        assert_eq!(decode_chunked(&s[..end], 4096).unwrap().len(), n);
    }
    println!(
        "CBOR watch stream of {} bytes: {cuts} truncations are errors",
        s.len()
    );
}

/// Streams at the edges of Go's CBOR frame reader (nesting, array and map sizes, tags, no
/// prefixes, indefinite lengths): kcodec accepts exactly those the oracle accepts.
#[cfg(feature = "cbor")]
#[test]
fn cbor_stream_limits_are_the_oracles() {
    use kcodec::cbor::write::{write_bytes, write_head, MAJOR_ARRAY, MAJOR_MAP};
    use kcodec_testkit::oracle::{Format, Oracle, Request, Response};
    let Some(mut oracle) = Oracle::from_env() else {
        return;
    };
    // A ControllerRevision event whose `data` is `data`, with `tags` in front of the object
    // and `event_tags` in front of the event.
    let event = |data: &[u8], tags: &[u8], event_tags: &[u8]| {
        let mut object = tags.to_vec();
        write_head(&mut object, MAJOR_MAP, 4);
        for (k, v) in [("data", None), ("kind", Some("ControllerRevision"))] {
            write_bytes(&mut object, k.as_bytes());
            match v {
                Some(v) => write_bytes(&mut object, v.as_bytes()),
                None => object.extend_from_slice(data),
            }
        }
        write_bytes(&mut object, b"metadata");
        object.extend_from_slice(b"\xa1\x44name\x41x");
        write_bytes(&mut object, b"apiVersion");
        write_bytes(&mut object, b"apps/v1");
        let mut s = Vec::new();
        kcodec::watch::write_cbor_event(&mut s, EventType::Added, &object);
        let mut out = event_tags.to_vec();
        out.extend_from_slice(&s[3..]);
        out
    };
    let nested = |n: usize, indefinite: bool| {
        let mut d = vec![if indefinite { 0x9f } else { 0x81 }; n];
        d.push(1);
        if indefinite {
            d.extend(std::iter::repeat_n(0xff, n));
        }
        d
    };
    let wide = |n: u64, map: bool, indefinite: bool| {
        let mut d = Vec::new();
        match (map, indefinite) {
            (false, false) => write_head(&mut d, MAJOR_ARRAY, n),
            (true, false) => write_head(&mut d, MAJOR_MAP, n),
            (false, true) => d.push(0x9f),
            (true, true) => d.push(0xbf),
        }
        for i in 0..n {
            if map {
                write_bytes(&mut d, format!("k{i}").as_bytes());
            }
            d.push(1);
        }
        if indefinite {
            d.push(0xff);
        }
        d
    };
    const P: &[u8] = b"\xd9\xd9\xf7";
    const PP: &[u8] = b"\xd9\xd9\xf7\xd9\xd9\xf7";
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    for n in [29, 30, 31] {
        for indefinite in [false, true] {
            for (tags, event_tags) in [(P, P), (b"".as_slice(), b"".as_slice()), (PP, P), (P, PP)] {
                cases.push((
                    format!("{n} nested arrays, indefinite {indefinite}, tags {tags:x?} {event_tags:x?}"),
                    event(&nested(n, indefinite), tags, event_tags),
                ));
            }
        }
    }
    for n in [131_072, 131_073] {
        for map in [false, true] {
            for indefinite in [false, true] {
                cases.push((
                    format!("{n} elements, map {map}, indefinite {indefinite}"),
                    event(&wide(n, map, indefinite), P, P),
                ));
            }
        }
    }
    let request = Request {
        op: "watch",
        ..Request::convert(Format::Cbor, Format::Cbor)
    };
    let mut refused = 0;
    for (what, stream) in &cases {
        let go = match oracle.call(&request, stream) {
            Response::Ok(_) => Ok(()),
            other => Err(format!("{other:?}")),
        };
        let ours = (|| -> kcodec::Result<()> {
            // Streams without the prefix are not detected as CBOR: say so.
            let mut d = WatchDecoder::with_format(Format::Cbor).unwrap();
            d.feed(stream);
            while let Some(e) = d.next_event()? {
                registry::decode_object(&e.object)?;
            }
            d.finish()
        })();
        assert_eq!(
            ours.is_ok(),
            go.is_ok(),
            "{what}: kcodec {ours:?}, k8s-oracle {go:?}"
        );
        refused += usize::from(go.is_err());
    }
    assert!(refused > 0 && refused < cases.len(), "{refused} refused");
    println!(
        "{} CBOR streams at Go's frame-reader limits ({refused} refused): as k8s-oracle",
        cases.len()
    );
}
