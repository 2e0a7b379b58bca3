//! Streaming LIST encoding (Kubernetes' KEP-5116): write a typed list to an `io::Write`
//! one item at a time, byte-identical to encoding the whole list into a buffer, with extra
//! memory bounded by the largest item instead of the whole response, in any format with a
//! LIST writer ([`crate::format::ListWriter`]: JSON, protobuf and, with the `cbor` feature,
//! CBOR).
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

use crate::format::{Format, MaybeCbor};
use crate::json::JsonEncode;
use crate::proto::{ProtoMessage, RevBuf};

/// Write a list of `kind` in `api_version` in `format`, item by item: JSON compact plus `\n`
/// (as the API server answers), protobuf in Kubernetes' envelope, CBOR as the API server
/// writes it (items without their self-described prefix; byte-identical to
/// `cbor::to_vec` of the list). `list_meta` is the list's metadata as
/// [`Format::list_writer`] takes it: compact JSON, the protobuf message body, the CBOR item
/// (`cbor::to_vec_bare`). Protobuf sizes are computed first (one pass over the items), so
/// every length prefix is known before its bytes are written.
///
/// A format without a LIST writer (indented JSON, YAML) or whose cargo feature is off is an
/// error of kind [`io::ErrorKind::Unsupported`] whose source is kcodec's error.
pub fn write_list<W: Write, T: JsonEncode + ProtoMessage + MaybeCbor>(
    w: &mut W,
    format: Format,
    kind: &str,
    api_version: &str,
    list_meta: &[u8],
    items: &[T],
) -> io::Result<()> {
    let lw = format
        .list_writer(kind, api_version, list_meta)
        .map_err(|e| io::Error::new(io::ErrorKind::Unsupported, e))?
        .response();
    let mut buf = Vec::with_capacity(1024);
    if lw.sizes_first() {
        let sizes: Vec<usize> = items.iter().map(|i| i.encoded_len()).collect();
        lw.head(
            &mut buf,
            items.len(),
            sizes.iter().map(|&n| lw.item_len(n)).sum(),
        );
        w.write_all(&buf)?;
        let mut body = RevBuf::new();
        for (i, (item, &n)) in items.iter().zip(&sizes).enumerate() {
            buf.clear();
            lw.item_prefix(&mut buf, i, n);
            w.write_all(&buf)?;
            body.clear_with_capacity(n);
            item.encode_rev(&mut body);
            w.write_all(body.as_slice())?;
        }
    } else {
        lw.head(&mut buf, items.len(), 0);
        w.write_all(&buf)?;
        for (i, item) in items.iter().enumerate() {
            buf.clear();
            lw.item_prefix(&mut buf, i, 0);
            format
                .encode_nested_into(&mut buf, item)
                .map_err(|e| item_error(i, e))?;
            w.write_all(&buf)?;
        }
    }
    buf.clear();
    lw.tail(&mut buf);
    w.write_all(&buf)
}

/// Item `index`'s encode error as the writers return it: `InvalidData`, holding the error with
/// the item's place in its path.
fn item_error(index: usize, e: crate::Error) -> io::Error {
    let path = format!(".items[{index}]{}", e.path());
    io::Error::new(io::ErrorKind::InvalidData, e.with_path(path))
}
