//! The in-memory watch cache: per resource a B-tree of entries keyed by
//! (namespace, name), one global resourceVersion counter, a bounded event history for
//! watches that resume from a version, and a broadcast channel that fans every change out
//! to the watchers.
//!
//! An [`Entry`] is immutable once stored and keeps its encodings, each computed at most once
//! and shared as `Bytes` (the `Cached<T>` idea of `kcodec::cache`, for a type-erased
//! object): the object's JSON (single GETs and watch events carry `kind`/`apiVersion`; LIST
//! items, which do not, are written from the same bytes after those two members, as in the
//! API server), its protobuf envelope (whose body is the LIST item), and whole watch frames
//! per event type and format.

use std::collections::{BTreeMap, VecDeque};
use std::ops::Bound;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use bytes::Bytes;
use kcodec::cache::EventType;
use kcodec::Str;
use kcodec_types::meta::v1::{ObjectMeta, Time};
use kcodec_types::registry::{Kind, Object};
use tokio::sync::broadcast;

use crate::negotiate::Format;
use crate::object;
use crate::resources::{self, Resource};
use crate::status::ApiError;

/// A stored object with its routing fields and cached encodings.
pub struct Entry {
    /// The resource it belongs to.
    pub resource: &'static Resource,
    /// `metadata.namespace` (empty for cluster-scoped objects).
    pub namespace: Str,
    /// `metadata.name`.
    pub name: Str,
    /// `metadata.resourceVersion`.
    pub rv: u64,
    /// `metadata.labels`.
    pub labels: BTreeMap<Str, Str>,
    /// `metadata.uid`.
    pub uid: Str,
    /// `metadata.creationTimestamp`.
    pub created: Time,
    object: Box<dyn Object>,
    json: OnceLock<Bytes>,
    envelope: OnceLock<Bytes>,
    cbor: OnceLock<kcodec::Result<Bytes>>,
    cbor_item: OnceLock<CborItem>,
    events: [OnceLock<kcodec::Result<Bytes>>; 15],
    /// The comparison build's copy of a Pod, as k8s-openapi's type.
    #[cfg(feature = "serde-peer")]
    peer: Option<Box<k8s_openapi::api::core::v1::Pod>>,
}

impl Entry {
    /// Wrap an object whose metadata is `meta` and whose `kind`/`apiVersion` are set.
    pub fn new(resource: &'static Resource, object: Box<dyn Object>, meta: &ObjectMeta) -> Entry {
        Entry {
            resource,
            namespace: meta.namespace.clone(),
            name: meta.name.clone(),
            rv: meta.resource_version.parse().unwrap_or(0),
            labels: meta.labels.clone(),
            uid: meta.uid.clone(),
            created: meta.creation_timestamp,
            object,
            json: OnceLock::new(),
            envelope: OnceLock::new(),
            cbor: OnceLock::new(),
            cbor_item: OnceLock::new(),
            events: Default::default(),
            #[cfg(feature = "serde-peer")]
            peer: None,
        }
        .with_peer()
    }

    #[cfg(not(feature = "serde-peer"))]
    fn with_peer(self) -> Entry {
        self
    }

    /// Pods get their k8s-openapi copy (decoded with serde_json from kcodec's JSON).
    #[cfg(feature = "serde-peer")]
    fn with_peer(mut self) -> Entry {
        if self.resource.kind.kind == "Pod" && self.resource.kind.group.is_empty() {
            let json =
                object::to_json(self.object.as_ref()).expect("a stored object encodes as JSON");
            self.peer = Some(Box::new(
                serde_json::from_slice(&json).expect("k8s-openapi decodes a Pod"),
            ));
        }
        self
    }

    /// Compact JSON with `kind` and `apiVersion` (GET, watch events).
    pub fn json(&self) -> Bytes {
        cached(&self.json, || Bytes::from(self.encode_json()))
    }

    /// Encode the object's JSON (kcodec; with the `serde-peer` feature, Pods go through
    /// serde_json + k8s-openapi instead, the comparison build).
    fn encode_json(&self) -> Vec<u8> {
        #[cfg(feature = "serde-peer")]
        if let Some(peer) = &self.peer {
            return serde_json::to_vec(peer).expect("k8s-openapi Pod serializes");
        }
        // Stored objects are built from JSON (`Store::build`, the seed), so the raw values
        // they hold are JSON, which always writes back as JSON.
        object::to_json(self.object.as_ref()).expect("a stored object encodes as JSON")
    }

    /// Append the compact JSON without `kind` and `apiVersion` (a LIST item): Go writes the
    /// inline `TypeMeta` first, so this is `{` and the cached JSON after `prefix` (the
    /// resource's [`type_meta_prefix`]); no second copy of the JSON is kept.
    pub fn write_item_json(&self, prefix: &[u8], out: &mut Vec<u8>) {
        let json = self.json();
        match json.strip_prefix(prefix) {
            Some(rest) => {
                out.push(b'{');
                out.extend_from_slice(rest);
            }
            None => out.extend_from_slice(&json),
        }
    }

    /// Append the entry as an item of a LIST in `format`: JSON and CBOR without `kind` and
    /// `apiVersion` ([`Self::write_item_json`] with the resource's `prefix`,
    /// [`Self::write_item_cbor`]), protobuf's message body. Fails as [`Self::cbor`] in CBOR.
    pub fn write_item(
        &self,
        format: Format,
        prefix: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), ApiError> {
        match format {
            Format::Protobuf => out.extend_from_slice(&self.proto()),
            Format::Cbor => self.write_item_cbor(out)?,
            _ => self.write_item_json(prefix, out),
        }
        Ok(())
    }

    /// The protobuf envelope (`k8s\0` + `runtime.Unknown` with the type meta).
    pub fn envelope(&self) -> Bytes {
        cached(&self.envelope, || {
            Bytes::from(self.resource.kind.encode_envelope(self.object.as_ref()))
        })
    }

    /// The protobuf message body (LIST items): a slice of [`Self::envelope`].
    pub fn proto(&self) -> Bytes {
        kcodec::proto::envelope::body_bytes(&self.envelope()).expect("own envelope")
    }

    /// The object's CBOR as the API server writes it: the self-described tag `d9 d9 f7`,
    /// then the map, with `kind` and `apiVersion` (GET, watch events). Fails where Go's
    /// encoder fails (a FieldsV1 that is not a JSON object).
    pub fn cbor(&self) -> Result<Bytes, ApiError> {
        cached(&self.cbor, || self.object.to_cbor().map(Bytes::from))
            .map_err(|e| ApiError::encode_failed(&e))
    }

    /// Append the CBOR item of a LIST item: [`Self::cbor`] without the self-described prefix
    /// and without the `kind` and `apiVersion` pairs (Go writes a list's items without type
    /// meta), from slices of the cached CBOR. Fails as [`Self::cbor`].
    pub fn write_item_cbor(&self, out: &mut Vec<u8>) -> Result<(), ApiError> {
        let cbor = self.cbor()?;
        with_cached(
            &self.cbor_item,
            || CborItem::new(cbor),
            |item| {
                out.extend_from_slice(&item.head[..usize::from(item.head_len)]);
                for part in &item.parts {
                    out.extend_from_slice(part);
                }
            },
        );
        Ok(())
    }

    /// The object as a document in `format`, from the cached encodings (YAML and indented
    /// JSON converted from the JSON on every call). Fails as [`Self::cbor`] in CBOR.
    pub fn bytes(&self, format: Format) -> Result<Bytes, ApiError> {
        match format {
            Format::Json => Ok(self.json()),
            Format::Protobuf => Ok(self.envelope()),
            Format::Cbor => self.cbor(),
            _ => format
                .from_json(&self.json())
                .map(Bytes::from)
                .map_err(|e| ApiError::encode_failed(&e)),
        }
    }

    /// The whole watch frame of this object as an event of `event` type, in `format`'s
    /// watch stream ([`watch_format`]). Fails as [`Self::cbor`] in CBOR.
    pub fn event(&self, event: EventType, format: Format) -> Result<Bytes, ApiError> {
        let format = watch_format(format);
        let slot = event.index() + 5 * watch_slot(format);
        cached(&self.events[slot], || {
            let object = match format {
                Format::Protobuf => self.envelope(),
                Format::Cbor => cached(&self.cbor, || self.object.to_cbor().map(Bytes::from))?,
                _ => self.json(),
            };
            Ok(Bytes::from(frame(event, format, &object)))
        })
        .map_err(|e| ApiError::encode_failed(&e))
    }
}

/// A LIST item's CBOR as pieces of the object's cached CBOR: the map head (one pair
/// fewer for each of `kind` and `apiVersion` left out), then the parts around those pairs.
struct CborItem {
    head: [u8; 9],
    head_len: u8,
    parts: [Bytes; 3],
}

impl CborItem {
    /// Split `cbor` (self-described, a map with byte-string keys, as kcodec writes objects).
    /// Anything else (not expected) is kept whole, without the prefix.
    fn new(cbor: Bytes) -> CborItem {
        use kcodec::cbor::write::{write_head, MAJOR_MAP, SELF_DESCRIBED};
        let start = if kcodec::cbor::is_cbor(&cbor) {
            SELF_DESCRIBED.len()
        } else {
            0
        };
        let mut head = [0u8; 9];
        let whole = |cbor: &Bytes| CborItem {
            head,
            head_len: 0,
            parts: [cbor.slice(start..), Bytes::new(), Bytes::new()],
        };
        let Some((pairs, body, cut)) = type_meta_pairs(&cbor[start..]) else {
            return whole(&cbor);
        };
        if cut.is_empty() {
            return whole(&cbor);
        }
        let mut new_head = Vec::with_capacity(9);
        write_head(&mut new_head, MAJOR_MAP, (pairs - cut.len()) as u64);
        head[..new_head.len()].copy_from_slice(&new_head);
        let mut parts = [Bytes::new(), Bytes::new(), Bytes::new()];
        let mut from = start + body;
        for (i, range) in cut.iter().enumerate() {
            parts[i] = cbor.slice(from..start + range.start);
            from = start + range.end;
        }
        parts[cut.len()] = cbor.slice(from..);
        CborItem {
            head,
            head_len: new_head.len() as u8,
            parts,
        }
    }
}

/// In a CBOR map `item`: its number of pairs, where its first pair starts, and the byte
/// ranges of the `kind` and `apiVersion` pairs (in order). `None` if `item` is not a map of
/// definite length whose pairs can be walked.
fn type_meta_pairs(item: &[u8]) -> Option<(usize, usize, Vec<std::ops::Range<usize>>)> {
    use kcodec::cbor::CborReader;
    let first = *item.first()?;
    // A definite-length map (major type 5, not indefinite).
    if first >> 5 != 5 || first & 0x1f == 31 {
        return None;
    }
    let mut r = CborReader::new(item, kcodec::json::DecodeOptions::default());
    let mut m = r.begin_map().ok()?;
    let body = r.offset();
    let mut pairs = 0;
    let mut cut = Vec::new();
    loop {
        let at = r.offset();
        let Some(key) = r.next_map_key(&mut m).ok()? else {
            break;
        };
        let type_meta = matches!(&*key, b"kind" | b"apiVersion");
        r.skip_value().ok()?;
        pairs += 1;
        if type_meta {
            cut.push(at..r.offset());
        }
    }
    (cut.len() <= 2).then_some((pairs, body, cut))
}

/// Whether entries keep their encodings (on by default; `--no-cache` turns it off to
/// measure what encoding on every request costs).
static CACHING: AtomicBool = AtomicBool::new(true);

/// Turn the encode-once caches on or off (before serving).
pub fn set_caching(on: bool) {
    CACHING.store(on, Ordering::Relaxed);
}

/// The slot's value, computed at most once while caching is on, every time when it is off.
fn cached<T: Clone>(slot: &OnceLock<T>, make: impl FnOnce() -> T) -> T {
    if CACHING.load(Ordering::Relaxed) {
        slot.get_or_init(make).clone()
    } else {
        make()
    }
}

/// Run `f` on the slot's value (borrowed: no reference counts touched), computed at most
/// once while caching is on, every time when it is off.
fn with_cached<T, R>(slot: &OnceLock<T>, make: impl FnOnce() -> T, f: impl FnOnce(&T) -> R) -> R {
    if CACHING.load(Ordering::Relaxed) {
        f(slot.get_or_init(make))
    } else {
        f(&make())
    }
}

/// The format of `format`'s watch stream: its own; JSON for YAML, which has none (a watch
/// never negotiates it).
pub fn watch_format(format: Format) -> Format {
    if format.watch_media_type().is_ok() {
        format
    } else {
        Format::Json
    }
}

/// The slot of a watch format's events in [`Entry`]'s table.
fn watch_slot(format: Format) -> usize {
    match format {
        Format::Protobuf => 1,
        Format::Cbor => 2,
        _ => 0,
    }
}

/// One watch frame around an object encoded for `format`'s stream ([`event_object`]): its
/// compact JSON, its protobuf envelope, or its self-described CBOR (no framing: the event is
/// the frame).
pub fn frame(event: EventType, format: Format, object: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // Every watch format has an event layout.
    if watch_format(format)
        .write_event(&mut out, event, object)
        .is_err()
    {
        out.clear();
    }
    out
}

/// An object encoded as the object of a watch event in `format`'s stream (see [`frame`]);
/// fails where Go's encoder fails.
pub fn event_object(kind: &Kind, object: &dyn Object, format: Format) -> Result<Vec<u8>, ApiError> {
    kind.encode(watch_format(format), object)
        .map_err(|e| ApiError::encode_failed(&e))
}

/// `{"kind":K,"apiVersion":V,` as Go writes an object's start.
pub fn type_meta_prefix(resource: &Resource) -> String {
    let mut out = Vec::new();
    out.extend_from_slice(b"{\"kind\":");
    kcodec::json::write::write_str(&mut out, resource.kind.kind);
    out.extend_from_slice(b",\"apiVersion\":");
    kcodec::json::write::write_str(&mut out, &resource.api_version);
    out.push(b',');
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// One change, as delivered to watchers.
pub struct Event {
    /// `ADDED`, `MODIFIED` or `DELETED`.
    pub event_type: EventType,
    /// The object after the change (for `DELETED`, its last state at the deletion's version).
    pub entry: Arc<Entry>,
    /// For `MODIFIED`, the object before the change: a watcher whose selector matched only
    /// one of the two sees `ADDED` or `DELETED` instead, as from the API server's cache.
    pub prev: Option<Arc<Entry>>,
}

/// What a new watch starts from: the changes after its version, and the live feed.
pub struct WatchStart {
    /// Events newer than the requested version still in the history.
    pub backlog: Vec<Arc<Event>>,
    /// Objects for synthetic `ADDED` events (watch without a version, `sendInitialEvents`).
    pub initial: Vec<Arc<Entry>>,
    /// The store's version when the watch started.
    pub rv: u64,
    /// Live events.
    pub live: broadcast::Receiver<Arc<Event>>,
}

struct State {
    rv: u64,
    objects: Vec<BTreeMap<(Str, Str), Arc<Entry>>>,
    history: VecDeque<Arc<Event>>,
    uid_counter: u64,
}

/// The store shared by all handlers.
pub struct Store {
    state: RwLock<State>,
    feed: broadcast::Sender<Arc<Event>>,
    history_cap: usize,
}

impl Store {
    /// An empty store keeping the last `history_cap` events for resuming watches.
    pub fn new(history_cap: usize) -> Store {
        let (feed, _) = broadcast::channel(8192);
        Store {
            state: RwLock::new(State {
                rv: 1,
                objects: resources::all().iter().map(|_| BTreeMap::new()).collect(),
                history: VecDeque::new(),
                uid_counter: 0,
            }),
            feed,
            history_cap,
        }
    }

    /// The entries of `resource` (in `namespace`, or all), in key order, starting after
    /// `after`, with the store's version.
    pub fn snapshot(
        &self,
        resource: &Resource,
        namespace: Option<&str>,
        after: Option<(Str, Str)>,
    ) -> (u64, Vec<Arc<Entry>>) {
        let state = self.state.read().expect("store lock");
        let map = &state.objects[resource.index];
        let start = match (&after, namespace) {
            (Some(key), _) => Bound::Excluded(key.clone()),
            (None, Some(ns)) => Bound::Included((Str::from(ns), Str::default())),
            (None, None) => Bound::Unbounded,
        };
        let items = map
            .range((start, Bound::Unbounded))
            .take_while(|((ns, _), _)| namespace.is_none_or(|want| ns.as_str() == want))
            .map(|(_, e)| e.clone())
            .collect();
        (state.rv, items)
    }

    /// One entry.
    pub fn get(&self, resource: &Resource, namespace: &str, name: &str) -> Option<Arc<Entry>> {
        let state = self.state.read().expect("store lock");
        state.objects[resource.index]
            .get(&(Str::from(namespace), Str::from(name)))
            .cloned()
    }

    /// Store a new object (its metadata already checked). Sets resourceVersion, uid and
    /// creationTimestamp. `AlreadyExists` if the name is taken.
    pub fn create(
        &self,
        resource: &'static Resource,
        json: &[u8],
        mut meta: ObjectMeta,
    ) -> Result<Arc<Entry>, ApiError> {
        let mut state = self.state.write().expect("store lock");
        let key = (meta.namespace.clone(), meta.name.clone());
        if state.objects[resource.index].contains_key(&key) {
            return Err(ApiError::already_exists(
                resource.kind.group,
                &resource.plural,
                &meta.name,
            ));
        }
        let rv = state.rv + 1;
        state.uid_counter += 1;
        meta.resource_version = rv.to_string().into();
        if meta.uid.is_empty() {
            meta.uid = uid(state.uid_counter).into();
        }
        if meta.creation_timestamp.is_zero() {
            meta.creation_timestamp = Time::now();
        }
        let entry = Arc::new(self.build(resource, json, &meta)?);
        state.rv = rv;
        state.objects[resource.index].insert(key, entry.clone());
        self.publish(&mut state, EventType::Added, entry.clone(), None);
        Ok(entry)
    }

    /// Replace an object. `NotFound` if absent, `Conflict` if `meta` names another version.
    pub fn update(
        &self,
        resource: &'static Resource,
        json: &[u8],
        mut meta: ObjectMeta,
    ) -> Result<Arc<Entry>, ApiError> {
        let mut state = self.state.write().expect("store lock");
        let key = (meta.namespace.clone(), meta.name.clone());
        let Some(old) = state.objects[resource.index].get(&key).cloned() else {
            return Err(ApiError::not_found(
                resource.kind.group,
                &resource.plural,
                &meta.name,
            ));
        };
        if !meta.resource_version.is_empty() && meta.resource_version.as_str() != old.rv.to_string()
        {
            return Err(ApiError::conflict(
                resource.kind.group,
                &resource.plural,
                &meta.name,
            ));
        }
        let rv = state.rv + 1;
        meta.resource_version = rv.to_string().into();
        meta.uid = old.uid.clone();
        meta.creation_timestamp = old.created;
        let entry = Arc::new(self.build(resource, json, &meta)?);
        state.rv = rv;
        state.objects[resource.index].insert(key, entry.clone());
        self.publish(&mut state, EventType::Modified, entry.clone(), Some(old));
        Ok(entry)
    }

    /// Remove an object; returns its last state (at the deletion's version).
    pub fn delete(
        &self,
        resource: &'static Resource,
        namespace: &str,
        name: &str,
    ) -> Result<Arc<Entry>, ApiError> {
        let mut state = self.state.write().expect("store lock");
        let key = (Str::from(namespace), Str::from(name));
        let Some(old) = state.objects[resource.index].get(&key).cloned() else {
            return Err(ApiError::not_found(
                resource.kind.group,
                &resource.plural,
                name,
            ));
        };
        let rv = state.rv + 1;
        let json = old.json();
        let mut meta = object::read_meta(&json)
            .map_err(|e| ApiError::new(500, "InternalError", e.to_string()))?;
        meta.resource_version = rv.to_string().into();
        let entry = Arc::new(self.build(resource, &json, &meta)?);
        state.rv = rv;
        state.objects[resource.index].remove(&key);
        self.publish(&mut state, EventType::Deleted, entry.clone(), None);
        Ok(entry)
    }

    /// Insert a prepared object at startup (no event; the version is bumped).
    pub fn seed(&self, resource: &'static Resource, object: Box<dyn Object>, mut meta: ObjectMeta) {
        let mut state = self.state.write().expect("store lock");
        state.rv += 1;
        state.uid_counter += 1;
        meta.resource_version = state.rv.to_string().into();
        if meta.uid.is_empty() {
            meta.uid = uid(state.uid_counter).into();
        }
        if meta.creation_timestamp.is_zero() {
            meta.creation_timestamp = Time::now();
        }
        let json = object::to_json(object.as_ref()).expect("a seed object encodes");
        let object =
            object::with_meta(resource.kind, &json, &meta).expect("seed object re-decodes");
        let entry = Arc::new(Entry::new(resource, object, &meta));
        state.objects[resource.index].insert((meta.namespace.clone(), meta.name.clone()), entry);
    }

    /// Start a watch on `resource` after version `rv` (`None`: from now, with the current
    /// objects as `initial` when `initial` is set). `Expired` if `rv` is older than the
    /// history kept.
    pub fn watch(
        &self,
        resource: &Resource,
        rv: Option<u64>,
        initial: bool,
    ) -> Result<WatchStart, u64> {
        let state = self.state.read().expect("store lock");
        let live = self.feed.subscribe();
        let mut start = WatchStart {
            backlog: Vec::new(),
            initial: Vec::new(),
            rv: state.rv,
            live,
        };
        if initial {
            start.initial = state.objects[resource.index].values().cloned().collect();
        }
        if let Some(rv) = rv {
            if rv < state.rv {
                let oldest = state
                    .history
                    .front()
                    .map(|e| e.entry.rv)
                    .unwrap_or(state.rv + 1);
                if rv + 1 < oldest {
                    return Err(oldest.saturating_sub(1));
                }
                start.backlog = state
                    .history
                    .iter()
                    .filter(|e| e.entry.rv > rv && e.entry.resource.index == resource.index)
                    .cloned()
                    .collect();
            }
        }
        Ok(start)
    }

    fn build(
        &self,
        resource: &'static Resource,
        json: &[u8],
        meta: &ObjectMeta,
    ) -> Result<Entry, ApiError> {
        let mut object = object::with_meta(resource.kind, json, meta)
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
        object.set_type_meta(&resource.api_version, resource.kind.kind);
        Ok(Entry::new(resource, object, meta))
    }

    fn publish(
        &self,
        state: &mut State,
        event_type: EventType,
        entry: Arc<Entry>,
        prev: Option<Arc<Entry>>,
    ) {
        let event = Arc::new(Event {
            event_type,
            entry,
            prev,
        });
        if state.history.len() == self.history_cap {
            state.history.pop_front();
        }
        state.history.push_back(event.clone());
        // No receivers is fine.
        let _ = self.feed.send(event);
    }
}

/// A UUID-shaped uid from a counter (unique per server run).
fn uid(n: u64) -> String {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (seed & 0xffff_ffff) as u32,
        (n >> 48) & 0xffff,
        (n >> 36) & 0xfff,
        (n >> 24) & 0xfff,
        n & 0xff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(cbor: &[u8]) -> Vec<u8> {
        let item = CborItem::new(Bytes::copy_from_slice(cbor));
        let mut out = item.head[..usize::from(item.head_len)].to_vec();
        for part in &item.parts {
            out.extend_from_slice(part);
        }
        out
    }

    /// A LIST item is the object's CBOR without the prefix and the type meta pairs, wherever
    /// they sort: equal to the CBOR of the object decoded without them.
    #[test]
    fn cbor_items_leave_out_the_type_meta() {
        for (api_version, kind, json) in [
            // `kind` is the first key, `apiVersion` the last.
            (
                "v1",
                "Pod",
                r#"{"metadata":{"name":"p"},"spec":{"containers":[]}}"#,
            ),
            // `data` before `kind`, `binaryData` after `apiVersion`.
            (
                "v1",
                "ConfigMap",
                r#"{"data":{"a":"b"},"binaryData":{"b":"AQ=="}}"#,
            ),
            ("v1", "ConfigMap", r#"{}"#),
        ] {
            let k = kcodec_types::registry::lookup(api_version, kind).expect("kind");
            let bare = k.decode_json(json.as_bytes()).expect("decodes");
            let mut typed = k.decode_json(json.as_bytes()).expect("decodes");
            typed.set_type_meta(api_version, kind);
            let want = bare.to_cbor().unwrap()[3..].to_vec();
            assert_eq!(item(&typed.to_cbor().unwrap()), want, "{kind} {json}");
            // Without type meta: the item is the object's CBOR without the prefix.
            assert_eq!(item(&bare.to_cbor().unwrap()), want, "{kind} {json}");
        }
        // Not a map: kept whole.
        assert_eq!(item(b"\xd9\xd9\xf7\x80"), b"\x80");
        assert_eq!(item(b"\x01"), b"\x01");
    }
}
