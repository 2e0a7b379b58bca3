//! A small in-memory watch cache, built the way Kubernetes' apiserver builds its own
//! (`BtreeWatchCache` plus `cachingObject`): objects ordered by namespace and name in a
//! B-tree, each wrapped in [`Cached`] so that every encoding of it is computed at most once
//! and then shared by every LIST and every watcher.
//!
//! It serves two requests both ways, so their costs can be compared:
//! - a namespace-scoped LIST: encoded item by item per request
//!   ([`WatchCache::list_json_direct`]) or spliced from the items' cached bytes
//!   ([`WatchCache::list_json_spliced`]), byte-identical;
//! - one watch event to many watchers: encoded once per watcher ([`fan_out_direct`]) or once
//!   per format and shared ([`fan_out_cached`]).
//!
//! `examples/watch_cache.rs` runs them on 150,000 realistic Pods.

use std::collections::BTreeMap;

use bytes::Bytes;
use kcodec::cache::{splice_list_into, Cached, EventType};
use kcodec::json;
use kcodec::proto::{envelope, key_len, varint_len, ProtoMessage, RevBuf, WireType};
use kcodec::watch::{write_json_event, write_proto_event};
use kcodec::{Format, Str};
use kcodec_types::core::v1::Pod;
use kcodec_types::meta::v1::ListMeta;
use kcodec_types::sample;

/// Pods by `(namespace, name)`, each with its encodings cached.
#[derive(Default)]
pub struct WatchCache {
    pods: BTreeMap<(Str, Str), Cached<Pod>>,
    resource_version: u64,
}

impl WatchCache {
    /// A cache of `pods` realistic Pods (`kcodec_types::sample::pod`) spread over
    /// `namespaces` namespaces (`ns-0`, `ns-1`, ...).
    pub fn filled(pods: u64, namespaces: u64) -> Self {
        let mut cache = WatchCache::default();
        for i in 0..pods {
            let mut pod = sample::pod(i);
            // Lists carry no per-item type meta (the apiserver's LIST items have none).
            pod.type_meta = Default::default();
            pod.metadata.namespace = Str::from(format!("ns-{}", i % namespaces.max(1)));
            pod.metadata.name = Str::from(format!("{}-{i}", pod.metadata.name));
            cache.upsert(pod);
        }
        cache
    }

    /// Insert or replace a Pod, as a watch event from etcd would; returns its cached form.
    pub fn upsert(&mut self, mut pod: Pod) -> Cached<Pod> {
        self.resource_version += 1;
        pod.metadata.resource_version = Str::from(self.resource_version.to_string());
        let key = (pod.metadata.namespace.clone(), pod.metadata.name.clone());
        let cached = Cached::new(pod, "v1", "Pod");
        self.pods.insert(key, cached.clone());
        cached
    }

    /// Number of Pods held.
    pub fn len(&self) -> usize {
        self.pods.len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.pods.is_empty()
    }

    /// The cached Pods of one namespace, in name order (a B-tree range scan).
    pub fn namespace<'a>(&'a self, namespace: &'a str) -> impl Iterator<Item = &'a Cached<Pod>> {
        let from = (Str::from(namespace), Str::default());
        self.pods
            .range(from..)
            .take_while(move |((ns, _), _)| ns == namespace)
            .map(|(_, pod)| pod)
    }

    fn list_meta(&self) -> ListMeta {
        ListMeta {
            resource_version: Str::from(self.resource_version.to_string()),
            ..ListMeta::default()
        }
    }

    /// A namespace's PodList as JSON, every item encoded for this request.
    /// Fails on a Pod Go's encoder refuses too (see `kcodec::json::to_vec`).
    pub fn list_json_direct(&self, namespace: &str) -> kcodec::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.list_json_direct_into(&mut out, namespace)?;
        Ok(out)
    }

    /// [`Self::list_json_direct`] appending to `out` (a server's reused response buffer).
    pub fn list_json_direct_into(&self, out: &mut Vec<u8>, namespace: &str) -> kcodec::Result<()> {
        let meta = json::to_vec(&self.list_meta())?;
        // JSON always has a list writer.
        let w = Format::Json.list_writer("PodList", "v1", &meta)?;
        w.head(out, 0, 0);
        for (i, pod) in self.namespace(namespace).enumerate() {
            w.item_prefix(out, i, 0);
            json::encode_into(out, pod.get())?;
        }
        w.tail(out);
        Ok(())
    }

    /// The same PodList spliced from the items' cached JSON (encoded on first use only).
    /// Fails as [`Self::list_json_direct`].
    pub fn list_json_spliced(&self, namespace: &str) -> kcodec::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.list_json_spliced_into(&mut out, namespace)?;
        Ok(out)
    }

    /// [`Self::list_json_spliced`] appending to `out`.
    pub fn list_json_spliced_into(&self, out: &mut Vec<u8>, namespace: &str) -> kcodec::Result<()> {
        let meta = json::to_vec(&self.list_meta())?;
        self.splice_into(out, Format::Json, &meta, namespace)
    }

    /// The namespace's cached items spliced into a PodList in `format` (JSON or protobuf,
    /// which always have a list writer). Fails on an item that cannot be encoded (JSON only).
    fn splice_into(
        &self,
        out: &mut Vec<u8>,
        format: Format,
        meta: &[u8],
        namespace: &str,
    ) -> kcodec::Result<()> {
        let items = self
            .namespace(namespace)
            .map(|pod| pod.list_item(format))
            .collect::<kcodec::Result<Vec<Bytes>>>()?;
        splice_list_into(out, format, "PodList", "v1", meta, &items)
    }

    /// A namespace's PodList as a protobuf envelope, every item encoded for this request
    /// (in one exactly sized back-to-front pass, as `envelope::encode` of a PodList does).
    pub fn list_proto_direct(&self, namespace: &str) -> Vec<u8> {
        let mut w = RevBuf::new();
        self.list_proto_direct_into(&mut w, namespace);
        w.into_vec()
    }

    /// [`Self::list_proto_direct`] into `w`, cleared first (a reused encode buffer).
    pub fn list_proto_direct_into(&self, w: &mut RevBuf, namespace: &str) {
        let meta = self.list_meta();
        let items: Vec<&Pod> = self.namespace(namespace).map(Cached::get).collect();
        let field = |n: usize| key_len(1) + varint_len(n as u64) + n;
        let meta_len = meta.encoded_len();
        let payload = field(meta_len) + items.iter().map(|p| field(p.encoded_len())).sum::<usize>();
        w.clear_with_capacity(envelope::envelope_len("v1", "PodList", payload));
        envelope::encode_trailer_rev(w);
        for pod in items.iter().rev() {
            let before = w.len();
            pod.encode_rev(w);
            w.put_varint((w.len() - before) as u64);
            w.put_key(2, WireType::Len);
        }
        meta.encode_rev(w);
        w.put_varint(meta_len as u64);
        w.put_key(1, WireType::Len);
        envelope::encode_head_rev(w, "v1", "PodList", payload);
    }

    /// The same protobuf PodList spliced from the items' cached protobuf bodies.
    pub fn list_proto_spliced(&self, namespace: &str) -> Vec<u8> {
        let mut out = Vec::new();
        self.list_proto_spliced_into(&mut out, namespace);
        out
    }

    /// [`Self::list_proto_spliced`] appending to `out`.
    pub fn list_proto_spliced_into(&self, out: &mut Vec<u8>, namespace: &str) {
        let meta = self.list_meta();
        let mut meta_body = RevBuf::with_capacity(meta.encoded_len());
        meta.encode_rev(&mut meta_body);
        // Protobuf items and lists never fail.
        let _ = self.splice_into(out, Format::Protobuf, meta_body.as_slice(), namespace);
    }
}

/// What a watcher received: its frames, in order.
#[derive(Default)]
pub struct Watcher {
    /// The format it asked for.
    pub format: Option<Format>,
    /// Frames queued for its connection.
    pub queue: Vec<Bytes>,
}

impl Watcher {
    /// `n` watchers with empty queues, alternately asking for JSON and for protobuf.
    pub fn mixed(n: usize) -> Vec<Watcher> {
        (0..n)
            .map(|i| Watcher {
                format: Some(if i % 2 == 0 {
                    Format::Json
                } else {
                    Format::Protobuf
                }),
                queue: Vec::new(),
            })
            .collect()
    }
}

/// Send one event to every watcher, encoding it once per watcher (no cache).
/// Returns the number of encodings computed; fails on a Pod Go's encoder refuses too.
pub fn fan_out_direct(
    watchers: &mut [Watcher],
    event: EventType,
    pod: &Pod,
) -> kcodec::Result<usize> {
    let mut encodings = 0;
    for w in watchers.iter_mut() {
        let mut frame = Vec::new();
        match w.format {
            Some(Format::Protobuf) => {
                let env = envelope::encode("v1", "Pod", pod);
                write_proto_event(&mut frame, event, &env);
            }
            _ => {
                let mut object = Vec::new();
                json::encode_into(&mut object, pod)?;
                write_json_event(&mut frame, event, &object);
            }
        }
        encodings += 1;
        w.queue.push(Bytes::from(frame));
    }
    Ok(encodings)
}

/// Send one event to every watcher from the object's cached event frames: one encoding per
/// format, shared (reference-counted) by every watcher. Fails, sending nothing, on a Pod
/// Go's encoder refuses too, and for a watcher that asked for a format without a watch stream
/// (YAML).
pub fn fan_out_cached(
    watchers: &mut [Watcher],
    event: EventType,
    pod: &Cached<Pod>,
) -> kcodec::Result<()> {
    for w in watchers.iter_mut() {
        let frame = pod.event(w.format.unwrap_or(Format::Json), event)?;
        w.queue.push(frame);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spliced_lists_equal_direct_ones() {
        let cache = WatchCache::filled(300, 7);
        assert_eq!(cache.len(), 300);
        let direct = cache.list_json_direct("ns-3").unwrap();
        assert_eq!(cache.list_json_spliced("ns-3").unwrap(), direct);
        // And it is a valid PodList with the namespace's pods, in name order.
        let list: kcodec_types::core::v1::PodList = json::from_slice(&direct).unwrap();
        assert_eq!(list.items.len(), 300 / 7 + usize::from(300 % 7 > 3));
        assert!(list.items.iter().all(|p| p.metadata.namespace == "ns-3"));
        assert!(list
            .items
            .windows(2)
            .all(|w| w[0].metadata.name < w[1].metadata.name));
        assert_eq!(
            cache.list_proto_spliced("ns-3"),
            cache.list_proto_direct("ns-3")
        );
        assert_eq!(
            cache.list_json_spliced("nope").unwrap(),
            cache.list_json_direct("nope").unwrap()
        );
    }

    #[test]
    fn fan_out_encodes_once_per_format_and_matches_direct() {
        let mut cache = WatchCache::filled(10, 2);
        let mut pod = sample::pod(99);
        pod.metadata.namespace = Str::from("ns-1");
        let cached = cache.upsert(pod.clone());
        let pod = cached.get().clone();
        let mut direct = Watcher::mixed(10);
        let mut shared = Watcher::mixed(10);
        assert_eq!(
            fan_out_direct(&mut direct, EventType::Modified, &pod).unwrap(),
            10
        );
        fan_out_cached(&mut shared, EventType::Modified, &cached).unwrap();
        for (a, b) in direct.iter().zip(&shared) {
            assert_eq!(a.queue, b.queue);
        }
        // One allocation per format: every JSON watcher holds the same bytes.
        let first = shared[0].queue[0].as_ptr();
        assert!(shared
            .iter()
            .step_by(2)
            .all(|w| w.queue[0].as_ptr() == first));
        let first_pb = shared[1].queue[0].as_ptr();
        assert!(shared
            .iter()
            .skip(1)
            .step_by(2)
            .all(|w| w.queue[0].as_ptr() == first_pb));
    }
}

/// The repository's README, whose Rust examples run as this crate's doctests
/// (`cargo test -p kcodec-examples --doc`); compiled only for doctests, so it changes no
/// documentation.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
