//! [`ListWriter`]: the one layout of a Kubernetes LIST per format, written head, items, tail.
//!
//! Lists here are Kubernetes' three-field lists: inline `TypeMeta` (`kind`/`apiVersion`,
//! omitted when empty), `metadata` (ListMeta; protobuf field 1) and `items` (protobuf
//! field 2). Every LIST kcodec writes goes through this writer: the typed streaming encoder
//! ([`crate::list::write_list`]), the splicing of cached items ([`crate::cache::splice_list`])
//! and servers streaming a LIST in chunks from their items' cached bytes.

use super::{cbor_prefix_len, Format};
use crate::error::Result;
use crate::json::write;
use crate::proto::{envelope, put_varint, varint_len, RevBuf};

/// Protobuf key of the list's `metadata` (field 1, length-delimited).
const PB_METADATA: u8 = 0x0a;
/// Protobuf key of one of the list's `items` (field 2, length-delimited).
const PB_ITEM: u8 = 0x12;

/// Writes one LIST in one format: [`head`](Self::head), then each item
/// ([`item`](Self::item), or [`item_prefix`](Self::item_prefix) followed by the item's own
/// bytes), then [`tail`](Self::tail). The bytes equal the format's encoding of the typed
/// list (Go's, for a list whose items are the given ones).
///
/// An item is the item's encoding as a list nests it: compact JSON; the protobuf message
/// body (no envelope); the CBOR item without its self-described prefix (an item given with
/// the prefix is written without it by [`item`](Self::item)). Protobuf lengths come first,
/// so the head needs the total size of the items ([`item_len`](Self::item_len) of each,
/// summed); CBOR's array head needs their number.
///
/// ```
/// use kcodec::Format;
///
/// let items: [&[u8]; 2] = [br#"{"a":1}"#, br#"{"a":2}"#];
/// let w = Format::Json.list_writer("PodList", "v1", br#"{"resourceVersion":"7"}"#)?;
/// let mut out = Vec::new();
/// let size = items.iter().map(|i| w.item_len(i.len())).sum();
/// w.head(&mut out, items.len(), size);
/// for (i, item) in items.iter().enumerate() {
///     w.item(&mut out, i, item);
/// }
/// w.tail(&mut out);
/// assert_eq!(
///     out,
///     br#"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[{"a":1},{"a":2}]}"#
/// );
/// # Ok::<(), kcodec::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ListWriter<'a> {
    format: Format,
    kind: &'a str,
    api_version: &'a str,
    list_meta: &'a [u8],
    newline: bool,
}

impl<'a> ListWriter<'a> {
    pub(super) fn new(
        format: Format,
        kind: &'a str,
        api_version: &'a str,
        list_meta: &'a [u8],
    ) -> Result<ListWriter<'a>> {
        match format {
            Format::Json | Format::Protobuf => {}
            Format::Cbor => format.check_feature()?,
            Format::JsonPretty | Format::Yaml => {
                return Err(crate::Error::invalid_value(
                    format!(
                        "{format} has no list writer: write the json list and convert it (Format::from_json)"
                    ),
                    0,
                ))
            }
        }
        Ok(ListWriter {
            format,
            kind,
            api_version,
            list_meta,
            newline: false,
        })
    }

    /// The same writer, ending the list as an HTTP response body does: followed by
    /// [`Format::response_suffix`] (JSON's `\n`).
    pub fn response(mut self) -> Self {
        self.newline = true;
        self
    }

    /// What writes the items: a copy of this writer's item framing that borrows nothing (for
    /// a body streamed in chunks after the head).
    pub fn items(&self) -> ListItems {
        ListItems {
            format: self.format,
        }
    }

    /// The format.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Whether [`Self::head`] needs the items' total size (protobuf: its lengths come
    /// first), so that a writer computes the items before the head; the other formats take 0.
    pub fn sizes_first(&self) -> bool {
        self.format == Format::Protobuf
    }

    /// See [`ListItems::item_len`].
    #[inline]
    pub fn item_len(&self, len: usize) -> usize {
        self.items().item_len(len)
    }

    /// The size of the whole list of `count` items whose [`Self::item_len`]s sum to
    /// `items_len` (exact for protobuf and CBOR items without prefix; JSON: one over).
    pub fn len(&self, count: usize, items_len: usize) -> usize {
        let mut head = Vec::new();
        self.head(&mut head, count, items_len);
        let mut tail = Vec::new();
        self.tail(&mut tail);
        head.len() + items_len + tail.len()
    }

    /// Append the list's start, up to its first item: JSON `{"kind":..,"apiVersion":..,
    /// "metadata":..,"items":[`; protobuf's envelope head (sized for a payload of the
    /// metadata and `items_len` bytes of items) and the metadata field; CBOR's
    /// self-described prefix, map head, `kind` and the `items` array head of `count`.
    pub fn head(&self, out: &mut Vec<u8>, count: usize, items_len: usize) {
        match self.format {
            Format::Protobuf => {
                let meta = self.list_meta;
                let payload = 1 + varint_len(meta.len() as u64) + meta.len() + items_len;
                let mut head = RevBuf::new();
                envelope::encode_head_rev(&mut head, self.api_version, self.kind, payload);
                out.extend_from_slice(head.as_slice());
                out.push(PB_METADATA);
                put_varint(out, meta.len() as u64);
                out.extend_from_slice(meta);
            }
            Format::Cbor => self.cbor_head(out, count),
            _ => {
                out.push(b'{');
                if !self.kind.is_empty() {
                    out.extend_from_slice(b"\"kind\":");
                    write::write_str(out, self.kind);
                    out.push(b',');
                }
                if !self.api_version.is_empty() {
                    out.extend_from_slice(b"\"apiVersion\":");
                    write::write_str(out, self.api_version);
                    out.push(b',');
                }
                out.extend_from_slice(b"\"metadata\":");
                out.extend_from_slice(self.list_meta);
                out.extend_from_slice(b",\"items\":[");
            }
        }
    }

    /// See [`ListItems::item_prefix`].
    #[inline]
    pub fn item_prefix(&self, out: &mut Vec<u8>, index: usize, len: usize) {
        self.items().item_prefix(out, index, len)
    }

    /// See [`ListItems::item`].
    #[inline]
    pub fn item(&self, out: &mut Vec<u8>, index: usize, item: &[u8]) {
        self.items().item(out, index, item)
    }

    /// Append the list's end after the items: JSON `]}` (and the response's `\n`),
    /// protobuf's envelope trailer, CBOR's `metadata` and `apiVersion` (unless empty).
    pub fn tail(&self, out: &mut Vec<u8>) {
        match self.format {
            Format::Protobuf => {
                let mut trailer = RevBuf::new();
                envelope::encode_trailer_rev(&mut trailer);
                out.extend_from_slice(trailer.as_slice());
            }
            Format::Cbor => self.cbor_tail(out),
            _ => out.extend_from_slice(b"]}"),
        }
        if self.newline {
            out.extend_from_slice(self.format.response_suffix());
        }
    }

    /// The CBOR LIST as the API server writes it: `d9d9f7`, then the map `kind`, `items`,
    /// `metadata`, `apiVersion` (CBOR key order; `kind`/`apiVersion` left out when empty),
    /// `items` an array (the API server writes a nil `items` as null, `f6`, which a list of
    /// items given here cannot express: `[]` is an empty, non-nil list).
    #[cfg(feature = "cbor")]
    fn cbor_head(&self, out: &mut Vec<u8>, count: usize) {
        use crate::cbor::write::{write_bytes, write_head, MAJOR_ARRAY, MAJOR_MAP, SELF_DESCRIBED};
        out.extend_from_slice(&SELF_DESCRIBED);
        let pairs = 2 + u64::from(!self.kind.is_empty()) + u64::from(!self.api_version.is_empty());
        write_head(out, MAJOR_MAP, pairs);
        if !self.kind.is_empty() {
            out.extend_from_slice(b"\x44kind");
            write_bytes(out, self.kind.as_bytes());
        }
        out.extend_from_slice(b"\x45items");
        write_head(out, MAJOR_ARRAY, count as u64);
    }

    #[cfg(feature = "cbor")]
    fn cbor_tail(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"\x48metadata");
        out.extend_from_slice(self.list_meta);
        if !self.api_version.is_empty() {
            out.extend_from_slice(b"\x4aapiVersion");
            crate::cbor::write::write_bytes(out, self.api_version.as_bytes());
        }
    }

    // Without the `cbor` feature no CBOR writer is made (`new` refuses it).
    #[cfg(not(feature = "cbor"))]
    fn cbor_head(&self, _: &mut Vec<u8>, _: usize) {}

    #[cfg(not(feature = "cbor"))]
    fn cbor_tail(&self, _: &mut Vec<u8>) {}
}

/// The item framing of a [`ListWriter`] ([`ListWriter::items`]), borrowing nothing.
#[derive(Clone, Copy, Debug)]
pub struct ListItems {
    format: Format,
}

impl ListItems {
    /// The bytes an item of `len` bytes takes in the list, its framing included: the
    /// protobuf key and length; JSON's separating comma (counted for every item, so a sum is
    /// one over); CBOR nothing. The sum over the items is what [`ListWriter::head`] takes.
    #[inline]
    pub fn item_len(&self, len: usize) -> usize {
        match self.format {
            Format::Protobuf => 1 + varint_len(len as u64) + len,
            Format::Json => len + 1,
            _ => len,
        }
    }

    /// Append what comes before item number `index` (from 0) of `len` bytes: JSON's comma
    /// (after the first), protobuf's key and length, nothing for CBOR. The caller then
    /// appends the item's bytes.
    #[inline]
    pub fn item_prefix(&self, out: &mut Vec<u8>, index: usize, len: usize) {
        match self.format {
            Format::Protobuf => {
                out.push(PB_ITEM);
                put_varint(out, len as u64);
            }
            Format::Json if index > 0 => out.push(b','),
            _ => {}
        }
    }

    /// Append item number `index` (from 0): [`Self::item_prefix`] and the item (a CBOR item
    /// without its self-described prefix, if it has one).
    #[inline]
    pub fn item(&self, out: &mut Vec<u8>, index: usize, item: &[u8]) {
        let item = match self.format {
            Format::Cbor => &item[cbor_prefix_len(item)..],
            _ => item,
        };
        self.item_prefix(out, index, item.len());
        out.extend_from_slice(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(
        format: Format,
        kind: &str,
        api_version: &str,
        meta: &[u8],
        items: &[&[u8]],
    ) -> Vec<u8> {
        let w = format.list_writer(kind, api_version, meta).unwrap();
        let mut out = Vec::new();
        let size = items.iter().map(|i| w.item_len(i.len())).sum();
        w.head(&mut out, items.len(), size);
        for (i, item) in items.iter().enumerate() {
            w.item(&mut out, i, item);
        }
        w.tail(&mut out);
        assert!(out.len() <= w.len(items.len(), size), "{format}");
        out
    }

    #[test]
    fn json_lists() {
        assert_eq!(
            list(Format::Json, "", "", b"{}", &[]),
            br#"{"metadata":{},"items":[]}"#
        );
        let w = Format::Json
            .list_writer("L", "v1", b"{}")
            .unwrap()
            .response();
        let mut out = Vec::new();
        w.tail(&mut out);
        assert_eq!(out, b"]}\n");
    }

    #[test]
    fn protobuf_list_is_the_envelope_of_its_fields() {
        let big = vec![7u8; 200];
        let got = list(
            Format::Protobuf,
            "PodList",
            "v1",
            b"\x0a\x01x",
            &[b"ab", &big],
        );
        let mut body = vec![
            0x0a, 3, 0x0a, 1, b'x', 0x12, 2, b'a', b'b', 0x12, 0xc8, 0x01,
        ];
        body.extend_from_slice(&big);
        assert_eq!(got, envelope::wrap("v1", "PodList", &body));
        let w = Format::Protobuf
            .list_writer("PodList", "v1", b"\x0a\x01x")
            .unwrap();
        assert_eq!(w.len(2, w.item_len(2) + w.item_len(200)), got.len());
    }

    #[test]
    fn no_writer_for_indented_or_yaml_lists() {
        for f in [Format::JsonPretty, Format::Yaml] {
            let err = f.list_writer("L", "v1", b"{}").unwrap_err().to_string();
            assert!(err.contains(f.name()), "{err}");
        }
        assert_eq!(
            Format::Cbor.list_writer("L", "v1", b"\xa0").is_ok(),
            cfg!(feature = "cbor")
        );
    }

    #[cfg(feature = "cbor")]
    #[test]
    fn cbor_list_items_lose_their_prefix() {
        let got = list(
            Format::Cbor,
            "L",
            "",
            b"\xa0",
            &[b"\xd9\xd9\xf7\xa0", b"\xa0"],
        );
        assert_eq!(
            got,
            b"\xd9\xd9\xf7\xa3\x44kind\x41L\x45items\x82\xa0\xa0\x48metadata\xa0"
        );
    }
}
