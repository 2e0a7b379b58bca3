//! Streaming LIST encoding (Kubernetes' KEP-5116): write a typed list to an `io::Write`
//! one item at a time, byte-identical to encoding the whole list into a buffer, with extra
//! memory bounded by the largest item instead of the whole response: JSON, protobuf and (with
//! the `cbor` feature) CBOR.
//!
//! Lists here are Kubernetes' three-field lists: inline `TypeMeta` (`kind`/`apiVersion`,
//! omitted when empty), `metadata` (ListMeta; protobuf field 1) and `items` (protobuf
//! field 2).
//!
//! An item that cannot be encoded (Go's encoder fails on it too: see
//! [`crate::json::to_vec`]) ends the JSON and CBOR writers with an `io::Error` of kind
//! `InvalidData` that holds the [`crate::Error`] (`get_ref()` + `downcast_ref`), its path
//! starting with `.items[i]`; what was written before stays written. A caller that would
//! rather leave broken items out encodes them one by one first ([`crate::json::encode_into`],
//! `kcodec::cbor::encode_into`) and lists the others.

use std::io::{self, Write};

use crate::json::{write, JsonEncode};
use crate::proto::{envelope, varint_len, ProtoMessage, RevBuf, WireType};

/// Write a list as compact JSON plus `\n` (as the API server answers), item by item.
/// `list_meta_json` is the compact JSON of the list's metadata.
pub fn write_json_list<W: Write, T: JsonEncode>(
    w: &mut W,
    kind: &str,
    api_version: &str,
    list_meta_json: &[u8],
    items: &[T],
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    buf.push(b'{');
    if !kind.is_empty() {
        buf.extend_from_slice(b"\"kind\":");
        write::write_str(&mut buf, kind);
        buf.push(b',');
    }
    if !api_version.is_empty() {
        buf.extend_from_slice(b"\"apiVersion\":");
        write::write_str(&mut buf, api_version);
        buf.push(b',');
    }
    buf.extend_from_slice(b"\"metadata\":");
    buf.extend_from_slice(list_meta_json);
    buf.extend_from_slice(b",\"items\":[");
    w.write_all(&buf)?;
    for (i, item) in items.iter().enumerate() {
        buf.clear();
        if i > 0 {
            buf.push(b',');
        }
        crate::json::encode_into(&mut buf, item).map_err(|e| item_error(i, e))?;
        w.write_all(&buf)?;
    }
    w.write_all(b"]}\n")
}

/// Item `index`'s encode error as the writers return it: `InvalidData`, holding the error with
/// the item's place in its path.
fn item_error(index: usize, e: crate::Error) -> io::Error {
    let path = format!(".items[{index}]{}", e.path());
    io::Error::new(io::ErrorKind::InvalidData, e.with_path(path))
}

/// Write a list in Kubernetes' protobuf envelope, item by item. Sizes are computed first
/// (one pass over the items), so every length prefix is known before its bytes are written.
/// `list_meta_body` is the protobuf body of the list's metadata.
pub fn write_proto_list<W: Write, T: ProtoMessage>(
    w: &mut W,
    api_version: &str,
    kind: &str,
    list_meta_body: &[u8],
    items: &[T],
) -> io::Result<()> {
    let field = |n: usize| 1 + varint_len(n as u64) + n;
    let sizes: Vec<usize> = items.iter().map(|i| i.encoded_len()).collect();
    let payload = field(list_meta_body.len()) + sizes.iter().map(|&n| field(n)).sum::<usize>();
    // Envelope head (magic, type meta, raw key and length): everything before the payload.
    let mut head = RevBuf::new();
    envelope::encode_head_rev(&mut head, api_version, kind, payload);
    w.write_all(head.as_slice())?;
    let mut buf = RevBuf::new();
    buf.put_slice(list_meta_body);
    buf.put_varint(list_meta_body.len() as u64);
    buf.put_key(1, WireType::Len);
    w.write_all(buf.as_slice())?;
    for (item, &n) in items.iter().zip(&sizes) {
        buf.clear_with_capacity(field(n));
        item.encode_rev(&mut buf);
        buf.put_varint(n as u64);
        buf.put_key(2, WireType::Len);
        w.write_all(buf.as_slice())?;
    }
    let mut trailer = RevBuf::new();
    envelope::encode_trailer_rev(&mut trailer);
    w.write_all(trailer.as_slice())
}

/// Write a list as CBOR (as the API server answers `application/cbor`: `d9d9f7`, then the map
/// `kind`, `items`, `metadata`, `apiVersion`, the items without prefix), item by item,
/// byte-identical to [`crate::cbor::to_vec`] of the list. `kind`/`apiVersion` are left out when
/// empty; `list_meta_cbor` is the CBOR item of the list's metadata
/// ([`crate::cbor::to_vec_bare`]). `items` is written as an array (a nil list would be null).
#[cfg(feature = "cbor")]
pub fn write_cbor_list<W: Write, T: crate::cbor::CborEncode>(
    w: &mut W,
    kind: &str,
    api_version: &str,
    list_meta_cbor: &[u8],
    items: &[T],
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    crate::cache::put_cbor_list_head(&mut buf, kind, api_version);
    crate::cbor::write::write_head(
        &mut buf,
        crate::cbor::write::MAJOR_ARRAY,
        items.len() as u64,
    );
    w.write_all(&buf)?;
    for (i, item) in items.iter().enumerate() {
        buf.clear();
        crate::cbor::encode_into(&mut buf, item).map_err(|e| item_error(i, e))?;
        w.write_all(&buf)?;
    }
    buf.clear();
    crate::cache::put_cbor_list_tail(&mut buf, api_version, list_meta_cbor);
    w.write_all(&buf)
}
