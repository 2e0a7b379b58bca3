//! GET of one object and LIST, streamed item by item from the entries' cached bytes.

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Response, StatusCode};
use bytes::Bytes;
use kcodec::Str;
use kcodec_types::meta::v1::ListMeta;

use super::{not_acceptable, table, App, Query, Target};
use crate::negotiate::{self, Format};
use crate::selector::{FieldSelector, LabelSelector};
use crate::status::{self, ApiError};
use crate::store::Entry;

/// How much of a LIST body is gathered before it is handed to the connection.
const CHUNK: usize = 64 * 1024;

/// GET one object.
pub fn get(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
) -> Result<Response<Body>, ApiError> {
    let format = negotiate::negotiate(accept, false, false)
        .ok_or_else(not_acceptable)?
        .format;
    let r = target.resource;
    let name = target.name.as_deref().unwrap_or("");
    let entry = app
        .store
        .get(r, target.namespace.as_deref().unwrap_or(""), name)
        .ok_or_else(|| ApiError::not_found(r.kind.group, &r.plural, name))?;
    Ok(status::ok(
        StatusCode::OK,
        format.content_type(),
        object_body(&entry, format)?,
    ))
}

/// One object as a response body in `format`; a 500 where Go's encoder fails too.
pub fn object_body(entry: &Entry, format: Format) -> Result<Body, ApiError> {
    Ok(match format {
        Format::Json => {
            let json = entry.json();
            let mut out = Vec::with_capacity(json.len() + 1);
            out.extend_from_slice(&json);
            out.push(b'\n');
            Body::from(out)
        }
        Format::Yaml => {
            Body::from(kcodec::yaml::json_to_yaml(&entry.json()).expect("own JSON converts"))
        }
        Format::Protobuf => Body::from(entry.envelope()),
        Format::Cbor => Body::from(entry.cbor()?),
    })
}

/// The selectors, paging and version parameters of a LIST or WATCH.
pub struct ListParams {
    /// `labelSelector`.
    pub labels: LabelSelector,
    /// `fieldSelector`.
    pub fields: FieldSelector,
}

impl ListParams {
    /// Parse the selectors (400 on bad syntax).
    pub fn parse(query: &Query) -> Result<ListParams, ApiError> {
        Ok(ListParams {
            labels: LabelSelector::parse(query.get("labelSelector").unwrap_or(""))
                .map_err(ApiError::bad_request)?,
            fields: FieldSelector::parse(query.get("fieldSelector").unwrap_or(""))
                .map_err(ApiError::bad_request)?,
        })
    }

    /// Whether `entry` is selected.
    pub fn matches(&self, entry: &Entry) -> bool {
        self.labels.matches(&entry.labels) && self.fields.matches(&entry.namespace, &entry.name)
    }
}

fn encode_continue(rv: u64, ns: &str, name: &str) -> String {
    let raw = format!("{rv}\u{0}{ns}\u{0}{name}");
    raw.bytes().map(|b| format!("{b:02x}")).collect()
}

fn decode_continue(token: &str) -> Option<(u64, Str, Str)> {
    if token.len() % 2 != 0 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..token.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(token.get(i..i + 2)?, 16).ok())
        .collect();
    let text = String::from_utf8(bytes?).ok()?;
    let mut parts = text.split('\u{0}');
    let rv = parts.next()?.parse().ok()?;
    let ns = parts.next()?;
    let name = parts.next()?;
    Some((rv, ns.into(), name.into()))
}

/// Check `resourceVersion`/`resourceVersionMatch` against the store's version `current`
/// (only the latest state is kept, so `Exact` works only for the current version).
fn check_version(query: &Query, current: u64) -> Result<(), ApiError> {
    let rv = query.get("resourceVersion").unwrap_or("");
    let rv_match = query.get("resourceVersionMatch").unwrap_or("");
    if rv.is_empty() {
        if !rv_match.is_empty() {
            return Err(ApiError::bad_request(
                "resourceVersionMatch is forbidden unless resourceVersion is provided",
            ));
        }
        return Ok(());
    }
    let n: u64 = rv
        .parse()
        .map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv}")))?;
    match rv_match {
        "" | "NotOlderThan" => {
            if n > current {
                return Err(ApiError::new(
                    504,
                    "Timeout",
                    format!("Too large resource version: {n}, current: {current}"),
                ));
            }
        }
        "Exact" => {
            if n == 0 {
                return Err(ApiError::bad_request(
                    "resourceVersionMatch \"Exact\" is forbidden for resourceVersion \"0\"",
                ));
            }
            if n < current {
                return Err(ApiError::gone(format!(
                    "too old resource version: {n} ({current})"
                )));
            }
            if n > current {
                return Err(ApiError::new(
                    504,
                    "Timeout",
                    format!("Too large resource version: {n}, current: {current}"),
                ));
            }
        }
        other => {
            return Err(ApiError::bad_request(format!(
                "unsupported resourceVersionMatch value: {other}"
            )))
        }
    }
    Ok(())
}

/// LIST: the matching entries in key order, with `limit`/`continue`.
pub fn list(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
    query: &Query,
) -> Result<Response<Body>, ApiError> {
    let negotiated = negotiate::negotiate(accept, false, true).ok_or_else(not_acceptable)?;
    let params = ListParams::parse(query)?;
    let r = target.resource;
    let limit: usize = match query.get("limit") {
        None | Some("") => 0,
        Some(l) => l
            .parse::<i64>()
            .map_err(|_| ApiError::bad_request(format!("invalid limit: {l}")))?
            .max(0) as usize,
    };
    let after = match query.get("continue") {
        None | Some("") => None,
        Some(token) => {
            let (_, ns, name) = decode_continue(token)
                .ok_or_else(|| ApiError::bad_request("continue key is not valid"))?;
            Some((ns, name))
        }
    };
    let (rv, all) = app.store.snapshot(r, target.namespace.as_deref(), after);
    check_version(query, rv)?;
    let mut items: Vec<Arc<Entry>> = Vec::new();
    let mut rest = all.into_iter().filter(|e| params.matches(e));
    for e in rest.by_ref() {
        items.push(e);
        if limit > 0 && items.len() == limit {
            break;
        }
    }
    let mut meta = ListMeta {
        resource_version: rv.to_string().into(),
        ..ListMeta::default()
    };
    let remaining = rest.count();
    if remaining > 0 {
        let last = items.last().expect("limit > 0");
        meta.continue_ = encode_continue(rv, &last.namespace, &last.name).into();
        if params.labels.is_empty() && params.fields.is_empty() {
            meta.remaining_item_count = Some(remaining as i64);
        }
    }
    if negotiated.table {
        let body = table::render(&meta, &items);
        return Ok(status::ok(
            StatusCode::OK,
            "application/json;as=Table;v=v1;g=meta.k8s.io",
            body,
        ));
    }
    let format = negotiated.format;
    let body = match format {
        Format::Json => stream(json_list(r.list_kind.kind, &r.api_version, &meta, items)),
        Format::Protobuf => stream(proto_list(&r.api_version, r.list_kind.kind, &meta, items)),
        Format::Cbor => stream(cbor_list(r.list_kind.kind, &r.api_version, &meta, items)),
        Format::Yaml => {
            let mut json = Vec::new();
            for chunk in json_list(r.list_kind.kind, &r.api_version, &meta, items) {
                json.extend_from_slice(&chunk);
            }
            Body::from(kcodec::yaml::json_to_yaml(&json).expect("own JSON converts"))
        }
    };
    Ok(status::ok(StatusCode::OK, format.content_type(), body))
}

fn stream(chunks: impl Iterator<Item = Bytes> + Send + 'static) -> Body {
    Body::from_stream(futures_util::stream::iter(chunks.map(Ok::<_, Infallible>)))
}

/// A JSON list (`{"kind","apiVersion","metadata","items":[...]}` and the encoder's newline),
/// as chunks; each item's bytes are the entry's cached JSON without type meta.
pub fn json_list(
    kind: &str,
    api_version: &str,
    meta: &ListMeta,
    items: Vec<Arc<Entry>>,
) -> impl Iterator<Item = Bytes> + Send + 'static {
    let prefix = items
        .first()
        .map(|e| crate::store::type_meta_prefix(e.resource))
        .unwrap_or_default();
    let mut head = Vec::new();
    // An empty list of items: the head and tail come out in one chunk.
    kcodec::cache::splice_json_list_into(
        &mut head,
        kind,
        api_version,
        // A ListMeta has no raw field, the only values whose encode can fail.
        &kcodec::json::to_vec(meta).expect("a ListMeta encodes"),
        &[],
    );
    head.truncate(head.len() - 2); // "]}"
    let mut buf = head;
    let mut iter = items.into_iter().enumerate();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, item) in iter.by_ref() {
            if i > 0 {
                buf.push(b',');
            }
            item.write_item_json(prefix.as_bytes(), &mut buf);
            if buf.len() >= CHUNK {
                return Some(Bytes::from(std::mem::take(&mut buf)));
            }
        }
        done = true;
        buf.extend_from_slice(b"]}\n");
        Some(Bytes::from(std::mem::take(&mut buf)))
    })
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A protobuf list in its envelope, as chunks: the sizes come from the items' cached
/// message bodies, so the envelope's head is written first and the items follow.
pub fn proto_list(
    api_version: &str,
    kind: &str,
    meta: &ListMeta,
    items: Vec<Arc<Entry>>,
) -> impl Iterator<Item = Bytes> + Send + 'static {
    use kcodec::proto::{envelope, varint_len, RevBuf};
    let bodies: Vec<Bytes> = items.iter().map(|e| e.proto()).collect();
    let meta_body = kcodec::proto::to_vec(meta);
    let payload = 1
        + varint_len(meta_body.len() as u64)
        + meta_body.len()
        + bodies
            .iter()
            .map(|b| 1 + varint_len(b.len() as u64) + b.len())
            .sum::<usize>();
    let mut head = RevBuf::new();
    envelope::encode_head_rev(&mut head, api_version, kind, payload);
    let mut trailer = RevBuf::new();
    envelope::encode_trailer_rev(&mut trailer);
    let trailer = trailer.as_slice().to_vec();
    let mut first = head.as_slice().to_vec();
    first.push(0x0a);
    put_varint(&mut first, meta_body.len() as u64);
    first.extend_from_slice(&meta_body);
    let mut buf = first;
    let mut iter = bodies.into_iter();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for body in iter.by_ref() {
            buf.push(0x12);
            put_varint(&mut buf, body.len() as u64);
            buf.extend_from_slice(&body);
            if buf.len() >= CHUNK {
                return Some(Bytes::from(std::mem::take(&mut buf)));
            }
        }
        done = true;
        buf.extend_from_slice(&trailer);
        Some(Bytes::from(std::mem::take(&mut buf)))
    })
}

/// A CBOR list as the API server writes it (`d9d9f7`, then the map `kind`, `items`,
/// `metadata`, `apiVersion`: CBOR key order), as chunks; the array's length is the number of
/// items, known before the first one, and each item's bytes come from the entry's cached
/// CBOR (without the prefix and the type meta).
pub fn cbor_list(
    kind: &str,
    api_version: &str,
    meta: &ListMeta,
    items: Vec<Arc<Entry>>,
) -> impl Iterator<Item = Bytes> + Send + 'static {
    use kcodec::cache::{put_cbor_list_head, put_cbor_list_tail};
    use kcodec::cbor::write::{write_head, MAJOR_ARRAY};
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    put_cbor_list_head(&mut buf, kind, api_version);
    write_head(&mut buf, MAJOR_ARRAY, items.len() as u64);
    let mut tail = Vec::new();
    let meta = kcodec::cbor::to_vec_bare(meta).expect("a ListMeta encodes");
    put_cbor_list_tail(&mut tail, api_version, &meta);
    let mut iter = items.into_iter();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for item in iter.by_ref() {
            // An item Go's encoder refuses too: the response ends there, cut short, as
            // kube-apiserver's streaming encoder ends it (the status line is sent already).
            if item.write_item_cbor(&mut buf).is_err() {
                done = true;
                return Some(Bytes::from(std::mem::take(&mut buf)));
            }
            if buf.len() >= CHUNK {
                return Some(Bytes::from(std::mem::take(&mut buf)));
            }
        }
        done = true;
        buf.extend_from_slice(&tail);
        Some(Bytes::from(std::mem::take(&mut buf)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_maps(n: usize) -> Vec<Arc<Entry>> {
        let r = crate::resources::find("", "v1", "configmaps").expect("served");
        (0..n)
            .map(|i| {
                // `data` sorts before `kind`, `binaryData` after `apiVersion`: the item is
                // cut in three; big values make the body span several chunks.
                let json = format!(
                    r#"{{"kind":"ConfigMap","apiVersion":"v1","metadata":{{"name":"c{i}","namespace":"default","resourceVersion":"{i}"}},"data":{{"k":"{}"}},"binaryData":{{"b":"AQ=="}}}}"#,
                    "x".repeat(i * 30_000)
                );
                let object = r.kind.decode_json(json.as_bytes()).expect("decodes");
                let meta = crate::object::read_meta(json.as_bytes()).expect("metadata");
                Arc::new(Entry::new(r, object, &meta))
            })
            .collect()
    }

    /// The CBOR list equals the registry's CBOR of the JSON list decoded as a typed list
    /// (what `k8s-oracle convert --from json --to cbor` checks in CI).
    #[test]
    fn cbor_list_equals_the_typed_lists_cbor() {
        let list_kind = kcodec_types::registry::lookup("v1", "ConfigMapList").expect("kind");
        for n in [0, 1, 5] {
            let meta = ListMeta {
                resource_version: "9".into(),
                continue_: if n > 1 { "abc".into() } else { "".into() },
                ..ListMeta::default()
            };
            let items = config_maps(n);
            let json: Vec<u8> = json_list("ConfigMapList", "v1", &meta, items.clone())
                .flat_map(|b| b.to_vec())
                .collect();
            let want = list_kind
                .decode_json(&json)
                .expect("the JSON list decodes")
                .to_cbor();
            let chunks: Vec<Bytes> = cbor_list("ConfigMapList", "v1", &meta, items).collect();
            assert_eq!(chunks.concat(), want.unwrap(), "{n} items");
            if n == 5 {
                assert!(chunks.len() > 1, "streamed in chunks");
            }
        }
    }

    #[test]
    fn continue_tokens_round_trip() {
        let t = encode_continue(42, "ns-1", "web");
        assert_eq!(decode_continue(&t), Some((42, "ns-1".into(), "web".into())));
        assert_eq!(decode_continue("zz"), None);
    }
}
