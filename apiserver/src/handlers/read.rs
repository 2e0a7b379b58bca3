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
        format.media_type(),
        object_body(&entry, format)?,
    ))
}

/// One object as a response body in `format` (JSON with the encoder's newline); a 500 where
/// Go's encoder fails too.
pub fn object_body(entry: &Entry, format: Format) -> Result<Body, ApiError> {
    let bytes = entry.bytes(format)?;
    let suffix = format.response_suffix();
    if suffix.is_empty() {
        return Ok(Body::from(bytes));
    }
    let mut out = Vec::with_capacity(bytes.len() + suffix.len());
    out.extend_from_slice(&bytes);
    out.extend_from_slice(suffix);
    Ok(Body::from(out))
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
    // A format without a list writer (YAML) gets the JSON list, converted.
    let written = if format.list_writer("", "", b"").is_ok() {
        format
    } else {
        Format::Json
    };
    let chunks = list_chunks(written, r.list_kind.kind, &r.api_version, &meta, items)
        .map_err(|e| ApiError::new(500, "InternalError", e.to_string()))?;
    let body = if written == format {
        stream(chunks)
    } else {
        let json: Vec<u8> = chunks.flat_map(|chunk| chunk.to_vec()).collect();
        Body::from(format.from_json(&json).expect("own JSON converts"))
    };
    Ok(status::ok(StatusCode::OK, format.media_type(), body))
}

fn stream(chunks: impl Iterator<Item = Bytes> + Send + 'static) -> Body {
    Body::from_stream(futures_util::stream::iter(chunks.map(Ok::<_, Infallible>)))
}

/// A LIST response body in `format` (JSON with the encoder's newline), as chunks written by
/// the format's [`kcodec::format::ListWriter`]: each item's bytes come from the entry's
/// cached encoding (JSON and CBOR without the item's type meta, as Go writes a list's items;
/// protobuf's message body, whose sizes are read before the head is written). An error for
/// a format without a list writer (YAML: convert the JSON list).
pub fn list_chunks(
    format: Format,
    kind: &str,
    api_version: &str,
    meta: &ListMeta,
    items: Vec<Arc<Entry>>,
) -> kcodec::Result<impl Iterator<Item = Bytes> + Send + 'static> {
    let meta = format.encode_nested(meta)?;
    let w = format.list_writer(kind, api_version, &meta)?.response();
    let prefix = items
        .first()
        .map(|e| crate::store::type_meta_prefix(e.resource))
        .unwrap_or_default();
    // Protobuf's head needs the items' sizes: their bodies are taken first.
    let bodies: Vec<Bytes> = if w.sizes_first() {
        items.iter().map(|e| e.proto()).collect()
    } else {
        Vec::new()
    };
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    w.head(
        &mut buf,
        items.len(),
        bodies.iter().map(|b| w.item_len(b.len())).sum(),
    );
    let mut tail = Vec::new();
    w.tail(&mut tail);
    let framing = w.items();
    let mut iter = items.into_iter().enumerate();
    let mut done = false;
    Ok(std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, item) in iter.by_ref() {
            if let Some(body) = bodies.get(i) {
                framing.item(&mut buf, i, body);
            } else {
                framing.item_prefix(&mut buf, i, 0);
                // An item Go's encoder refuses too: the response ends there, cut short, as
                // kube-apiserver's streaming encoder ends it (the status line is sent already).
                if item
                    .write_item(format, prefix.as_bytes(), &mut buf)
                    .is_err()
                {
                    done = true;
                    return Some(Bytes::from(std::mem::take(&mut buf)));
                }
            }
            if buf.len() >= CHUNK {
                return Some(Bytes::from(std::mem::take(&mut buf)));
            }
        }
        done = true;
        buf.extend_from_slice(&tail);
        Some(Bytes::from(std::mem::take(&mut buf)))
    }))
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
            let json: Vec<u8> =
                list_chunks(Format::Json, "ConfigMapList", "v1", &meta, items.clone())
                    .unwrap()
                    .flat_map(|b| b.to_vec())
                    .collect();
            let want = list_kind
                .decode_json(&json)
                .expect("the JSON list decodes")
                .to_cbor();
            let chunks: Vec<Bytes> = list_chunks(Format::Cbor, "ConfigMapList", "v1", &meta, items)
                .unwrap()
                .collect();
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
