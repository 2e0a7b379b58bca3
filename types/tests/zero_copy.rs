//! Decoding from shared bytes (`kcodec::json::from_bytes`, `kcodec::proto::from_bytes` and
//! the registry's `*_bytes` functions) gives the objects decoding from a slice gives, with
//! the long strings slices of the input, which the objects keep alive once the caller has
//! dropped it. On the sample Pods always; on every fixture kind with `KCODEC_K8S_TESTDATA`.

use kcodec::bytes::Bytes;
use kcodec_types::core::v1::Pod;
use kcodec_types::registry;

#[test]
fn sample_pods_from_bytes_equal_their_decode_from_a_slice() {
    for seed in 0..20 {
        let pod = kcodec_types::sample::pod(seed);
        let json = kcodec::json::to_vec(&pod).unwrap();
        let pb = kcodec::proto::to_vec(&pod);
        let (from_json, from_pb) = {
            let json = Bytes::from(json.clone());
            let pb = Bytes::from(pb.clone());
            (
                kcodec::json::from_bytes::<Pod>(&json).unwrap(),
                kcodec::proto::from_bytes::<Pod>(&pb).unwrap(),
            )
            // The inputs are dropped here: the objects keep what they share.
        };
        assert!(from_json == kcodec::json::from_slice::<Pod>(&json).unwrap());
        assert!(from_pb == kcodec::proto::from_slice::<Pod>(&pb).unwrap());
        assert!(kcodec::json::to_vec(&from_json).unwrap() == json);
        assert!(kcodec::proto::to_vec(&from_pb) == pb);
        // A UID is 36 bytes: longer than the inline limit, shared with the input.
        assert!(pod.metadata.uid.len() > kcodec::Str::INLINE_CAPACITY);
        assert!(from_json.metadata.uid.is_shared());
        // Through the registry, from the envelope a cache or etcd holds.
        let envelope = Bytes::from(kcodec::proto::envelope::encode("v1", "Pod", &pod));
        let (kind, object) = registry::decode_envelope_bytes(&envelope).unwrap();
        assert_eq!((kind.api_version(), kind.kind), ("v1".to_string(), "Pod"));
        assert!(kind.encode_envelope(object.as_ref()) == envelope);
        assert!(from_pb.metadata.uid.is_shared());
        assert!(!kcodec::json::from_slice::<Pod>(&json)
            .unwrap()
            .metadata
            .uid
            .is_shared());
    }
}

#[test]
fn every_fixture_kind_from_bytes_equals_its_decode_from_a_slice() {
    let Some(root) = kcodec_testkit::data::k8s_testdata() else {
        return;
    };
    let dir = root.join("HEAD");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pb") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = registry::lookup_name(&name).unwrap_or_else(|| panic!("no type for {name}"));
        let pb = std::fs::read(&path).unwrap();
        let json = std::fs::read(path.with_extension("json")).unwrap();

        let pb = Bytes::from(pb);
        let raw = kcodec::proto::envelope::decode(&pb).unwrap().raw;
        let owned = kind.decode_proto(raw).unwrap();
        let shared = kind.decode_proto_bytes(&pb.slice_ref(raw)).unwrap();
        assert!(
            kind.encode_envelope(owned.as_ref()) == kind.encode_envelope(shared.as_ref()),
            "{name}: protobuf from Bytes"
        );

        let owned = kind.decode_json(&json).unwrap();
        let shared = kind.decode_json_bytes(&Bytes::from(json.clone())).unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        owned.encode_json(&mut a);
        shared.encode_json(&mut b);
        assert!(a == b, "{name}: JSON from Bytes");
        checked += 1;
    }
    assert!(checked > 0, "no fixtures in {}", dir.display());
    eprintln!(
        "zero-copy: {checked} fixture kinds decoded from Bytes equal their decode from a slice"
    );
}
