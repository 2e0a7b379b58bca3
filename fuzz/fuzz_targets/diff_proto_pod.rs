//! Differential: protobuf bytes decoded as a Pod by kcodec and by prost (on types prost-build
//! generates from kcodec's `.proto` files). When both accept, kcodec reads prost's re-encoding
//! as its own Pod, or as its Pod of the input rewritten as prost reads it ([`as_prost_reads`]).
//! When only one accepts, the input must fall in a documented difference (fuzz/README.md).
#![no_main]

use std::collections::BTreeMap;

use kcodec::proto::{ProtoReader, RevBuf, WireType};
use kcodec::schema::{FieldType, MessageSchema, ProtoSchema};
use kcodec_benches::prost_k8s::k8s::io::api::core::v1::Pod as ProstPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;
use prost::Message;

/// `data`, a Pod message, rewritten so that kcodec reads it as prost reads `data`: kcodec's
/// Pod of the result is the one prost's re-encoding must give. Every message field given more
/// than once in one message becomes one occurrence, at the first one's place, whose body is
/// theirs concatenated: that is protobuf's merge, which Go (so kcodec) and prost both do for
/// messages, and it brings a `Time` given in each occurrence of its parent into one message.
/// Two rules of Kubernetes' `Time` and `MicroTime` then differ from protobuf's, which prost
/// follows; both were found by this target (fuzz/README.md):
/// - Go's `Time.Unmarshal` (and kcodec) replaces the value with each occurrence of the field,
///   so an empty last one is the zero time; prost merges the occurrences. The merged body
///   gives prost's reading: its last `seconds`, its last `nanos`.
/// - Go reads a non-empty `Time` message as Unix seconds (0 when the field is absent) and an
///   empty one as the zero time, so a `Time` holding only unknown fields is the Unix epoch
///   in Go and kcodec; prost drops unknown fields and writes an empty message back, the zero
///   time. Such a body is emptied.
///
/// Every other byte stays as it is, so kcodec's two Pods differ only at those times.
fn as_prost_reads(data: &[u8]) -> Vec<u8> {
    let pod = Pod::proto_schema();
    let mut out = Vec::with_capacity(data.len());
    rewrite_fields(data, 0, &mut out, |tag| field_type(&pod, tag));
    out
}

/// The type of field `tag` of `schema`, if it has one.
fn field_type(schema: &MessageSchema, tag: u32) -> Option<&FieldType> {
    schema.fields.iter().find(|f| f.tag == tag).map(|f| &f.ty)
}

/// Whether `m` is `Time` or `MicroTime` (the same message on the wire).
fn is_time(m: &MessageSchema) -> bool {
    m.module_path == "kcodec_types::meta::v1" && matches!(m.name, "Time" | "MicroTime")
}

/// One field of a message, as it is in the input.
struct Field<'a> {
    tag: u32,
    /// The key's bytes.
    key: &'a [u8],
    /// The value of a length-delimited field.
    body: Option<&'a [u8]>,
    /// The whole field.
    bytes: &'a [u8],
}

/// The fields of the message `data`, and what follows the last one that reads as a field
/// (nothing unless kcodec refuses `data`).
fn fields(data: &[u8]) -> (Vec<Field<'_>>, &[u8]) {
    let mut r = ProtoReader::new(data);
    let mut fields = Vec::new();
    while !r.at_end() {
        let start = r.offset();
        let Ok((tag, wire)) = r.read_key() else {
            return (fields, &data[start..]);
        };
        let key = &data[start..r.offset()];
        let body = if wire == WireType::Len {
            match r.read_len_delimited() {
                Ok(body) => Some(body),
                Err(_) => return (fields, &data[start..]),
            }
        } else if r.skip(wire).is_ok() {
            None
        } else {
            return (fields, &data[start..]);
        };
        let bytes = &data[start..r.offset()];
        fields.push(Field {
            tag,
            key,
            body,
            bytes,
        });
    }
    (fields, &[])
}

/// Appends the fields of the message `data` to `out`, rewritten as [`as_prost_reads`] says:
/// the occurrences of a message field merged into one, each length-delimited field whose type
/// `ty_of` gives through [`rewrite_value`], every other field as it is.
fn rewrite_fields<'t>(
    data: &[u8],
    depth: usize,
    out: &mut Vec<u8>,
    ty_of: impl Fn(u32) -> Option<&'t FieldType>,
) {
    let is_message = |ty: &FieldType| matches!(ty.unwrapped(), FieldType::Message(_));
    let (fields, rest) = fields(data);
    let mut merged: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
    for f in &fields {
        if let Some(body) = f.body.filter(|_| ty_of(f.tag).is_some_and(is_message)) {
            merged.entry(f.tag).or_default().extend_from_slice(body);
        }
    }
    for f in &fields {
        let (Some(body), Some(ty)) = (f.body, ty_of(f.tag)) else {
            out.extend_from_slice(f.bytes);
            continue;
        };
        let body = if is_message(ty) {
            // At the first occurrence, all of them merged; the later ones are in it.
            match merged.remove(&f.tag) {
                Some(all) => all,
                None => continue,
            }
        } else {
            body.to_vec()
        };
        let mut value = Vec::with_capacity(body.len());
        rewrite_value(&body, ty, depth, &mut value);
        push_field(out, f.key, &value);
    }
    out.extend_from_slice(rest);
}

/// Appends `body`, the value of a field of type `ty` (a message, a list item, a map entry),
/// rewritten as [`as_prost_reads`] says.
fn rewrite_value(body: &[u8], ty: &FieldType, depth: usize, out: &mut Vec<u8>) {
    match ty.unwrapped() {
        FieldType::Message(m) => {
            let m = m();
            if is_time(&m) {
                out.extend_from_slice(lose_epoch(body));
            } else if depth < 100 {
                rewrite_fields(body, depth + 1, out, |tag| field_type(&m, tag));
            } else {
                out.extend_from_slice(body);
            }
        }
        FieldType::Repeated(item) => rewrite_value(body, item, depth, out),
        // A map entry: its value is field 2.
        FieldType::Map(_, value) => {
            rewrite_fields(body, depth, out, |tag| (tag == 2).then_some(&**value));
        }
        FieldType::Scalar(_) | FieldType::Optional(_) | FieldType::Boxed(_) => {
            out.extend_from_slice(body);
        }
    }
}

/// A `Time` message body as prost writes it back: empty when it holds only unknown fields.
fn lose_epoch(body: &[u8]) -> &[u8] {
    let (fields, rest) = fields(body);
    if fields.is_empty() || !rest.is_empty() || fields.iter().any(|f| matches!(f.tag, 1 | 2)) {
        body
    } else {
        &[]
    }
}

/// Appends a length-delimited field: its key's bytes, then `body`'s length and `body`.
fn push_field(out: &mut Vec<u8>, key: &[u8], body: &[u8]) {
    let mut len = RevBuf::with_capacity(10);
    len.put_varint(body.len() as u64);
    out.extend_from_slice(key);
    out.extend_from_slice(len.as_slice());
    out.extend_from_slice(body);
}

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::proto::from_slice::<Pod>(data);
    let theirs = ProstPod::decode(data);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            let back: Pod = kcodec::proto::from_slice(&theirs.encode_to_vec())
                .unwrap_or_else(|e| panic!("kcodec cannot read prost's bytes: {e}"));
            assert!(
                &back == ours
                    || kcodec::proto::from_slice::<Pod>(&as_prost_reads(data))
                        .is_ok_and(|p| p == back),
                "kcodec and prost decoded different Pods"
            );
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => {
            // prost's message is "failed to decode Protobuf message: ", the path of
            // `Message.field: ` entries, then its description; only the description counts.
            let e = e.to_string();
            // prost's recursion limit (100) is lower than kcodec's.
            let recursion = e.ends_with(": recursion limit reached");
            // A key above 2^32-1: Kubernetes' gogo decoders (and kcodec) read the field
            // number as `int32(key >> 3)`, so it aliases onto the key's low bits; prost
            // refuses it.
            let wide_key = e
                .rsplit_once(": invalid key value: ")
                .and_then(|(_, key)| key.parse::<u64>().ok())
                .is_some_and(|key| key > u64::from(u32::MAX));
            // An end-group tag for another field than the group it closes: gogo's skip (and
            // kcodec's) only counts group depth; prost checks the field number.
            let end_group = e.ends_with(": unexpected end group tag");
            assert!(
                recursion || wide_key || end_group,
                "kcodec accepts what prost rejects: {e}"
            );
        }
        (Err(e), Ok(_)) => {
            // kcodec's special types check their values (Quantity syntax, IntOrString's type,
            // times and durations) and strings must be UTF-8; prost holds them as they come.
            let documented = match e.kind() {
                kcodec::ErrorKind::InvalidValue { message } => {
                    message.starts_with("invalid quantity")
                        || message.starts_with("parsing time ")
                        || message.starts_with("IntOrString type ")
                        || message.starts_with("time: ")
                }
                kcodec::ErrorKind::Wire { message } => {
                    message.starts_with("invalid UTF-8 in string field")
                }
                _ => false,
            };
            assert!(documented, "prost accepts what kcodec rejects: {e}");
        }
    }
});
