//! Differential: the same protobuf bytes decoded as a Pod by kcodec and by prost (on the
//! types prost-build generates from the `.proto` files kcodec writes). When both accept,
//! prost's re-encoding must decode (with kcodec) to kcodec's own value. When only one
//! accepts, the input must fall in one of the documented differences (fuzz/README.md).
#![no_main]

use std::collections::BTreeSet;

use kcodec::proto::{ProtoReader, WireType};
use kcodec::schema::{FieldType, MessageSchema, ProtoSchema};
use kcodec_benches::prost_k8s::k8s::io::api::core::v1::Pod as ProstPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;
use prost::Message;

/// `data`, a Pod message, with each `Time` or `MicroTime` that holds only unknown fields
/// (at any depth) emptied: the input whose Pod prost's re-encoding must give. Go reads a
/// non-empty `Time` message as Unix seconds (0 when the field is absent) and an empty one as
/// the zero time, so such a `Time` is the Unix epoch in Go and kcodec; prost drops unknown
/// fields and writes it back empty, the zero time. Found by diff_proto_pod, in
/// `creationTimestamp` and then in `deletionTimestamp`. Every other byte stays as it is, so
/// kcodec's Pod of the result differs from its Pod of `data` only at those times.
fn lose_epochs(data: &[u8]) -> Vec<u8> {
    let pod = Pod::proto_schema();
    let mut out = Vec::with_capacity(data.len());
    lose_epochs_in_fields(data, 0, &mut out, |tag| field_type(&pod, tag));
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

/// Appends the fields of the message `data` to `out`, each length-delimited field whose type
/// `ty_of` gives through [`lose_epochs_in_value`] (with its length written anew), every other
/// field as it is. Bytes that do not read as fields (not seen: kcodec decoded them) are
/// copied as they are.
fn lose_epochs_in_fields<'t>(
    data: &[u8],
    depth: usize,
    out: &mut Vec<u8>,
    ty_of: impl Fn(u32) -> Option<&'t FieldType>,
) {
    let mut r = ProtoReader::new(data);
    while !r.at_end() {
        let start = r.offset();
        let Ok((tag, wire)) = r.read_key() else {
            out.extend_from_slice(&data[start..]);
            return;
        };
        let key_end = r.offset();
        if let Some(ty) = ty_of(tag).filter(|_| wire == WireType::Len) {
            let Ok(body) = r.read_len_delimited() else {
                out.extend_from_slice(&data[start..]);
                return;
            };
            let mut value = Vec::with_capacity(body.len());
            lose_epochs_in_value(body, ty, depth, &mut value);
            out.extend_from_slice(&data[start..key_end]);
            push_varint(out, value.len() as u64);
            out.extend_from_slice(&value);
        } else if r.skip(wire).is_err() {
            out.extend_from_slice(&data[start..]);
            return;
        } else {
            out.extend_from_slice(&data[start..r.offset()]);
        }
    }
}

/// Appends `body`, the value of a field of type `ty` (a message, a list item, a map entry),
/// with the `Time`s in it that hold only unknown fields emptied.
fn lose_epochs_in_value(body: &[u8], ty: &FieldType, depth: usize, out: &mut Vec<u8>) {
    match ty.unwrapped() {
        FieldType::Message(m) => {
            let m = m();
            if is_time(&m) {
                if body.is_empty() || has_a_time_field(body) {
                    out.extend_from_slice(body);
                }
            } else if depth < 100 {
                lose_epochs_in_fields(body, depth + 1, out, |tag| field_type(&m, tag));
            } else {
                out.extend_from_slice(body);
            }
        }
        FieldType::Repeated(item) => lose_epochs_in_value(body, item, depth, out),
        // A map entry: its value is field 2.
        FieldType::Map(_, value) => {
            lose_epochs_in_fields(body, depth, out, |tag| (tag == 2).then_some(&**value));
        }
        FieldType::Scalar(_) | FieldType::Optional(_) | FieldType::Boxed(_) => {
            out.extend_from_slice(body);
        }
    }
}

/// Whether a `Time` message body gives `seconds` or `nanos` (or does not read as fields,
/// which kcodec would have refused).
fn has_a_time_field(body: &[u8]) -> bool {
    let mut r = ProtoReader::new(body);
    while !r.at_end() {
        match r.read_key() {
            Ok((1 | 2, _)) | Err(_) => return true,
            Ok((_, wire)) if r.skip(wire).is_err() => return true,
            Ok(_) => {}
        }
    }
    false
}

/// Appends `v` as a protobuf varint.
fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Whether `data`, read as the message `schema` describes, gives a `Time` or `MicroTime`
/// field more than once in one message (at any depth). Go's `Time.Unmarshal` replaces the
/// value with each occurrence (an empty one is the zero time), as kcodec does; prost merges
/// the occurrences, as protobuf does for messages (an empty one changes nothing). Found by
/// diff_proto_pod: `lastTransitionTime` given with seconds, then empty.
fn repeats_a_time(data: &[u8], schema: &MessageSchema, depth: usize) -> bool {
    let mut times_seen = BTreeSet::new();
    len_fields(data, |tag, body| {
        let Some(field) = schema.fields.iter().find(|f| f.tag == tag) else {
            return false;
        };
        match field.ty.unwrapped() {
            FieldType::Message(m) if is_time(&m()) => !times_seen.insert(tag),
            ty => in_value(body, ty, depth),
        }
    })
}

/// [`repeats_a_time`] in the value `body` of a field of type `ty` (a message, a list item, a
/// map entry).
fn in_value(body: &[u8], ty: &FieldType, depth: usize) -> bool {
    match ty.unwrapped() {
        FieldType::Message(m) => depth < 100 && repeats_a_time(body, &m(), depth + 1),
        FieldType::Repeated(item) => in_value(body, item, depth),
        // A map entry: its value is field 2.
        FieldType::Map(_, value) => {
            len_fields(body, |tag, v| tag == 2 && in_value(v, value, depth))
        }
        FieldType::Scalar(_) | FieldType::Optional(_) | FieldType::Boxed(_) => false,
    }
}

/// Calls `f` with the number and body of each length-delimited field of the message `data`
/// until it returns true; false when it never does or the bytes are not a message.
fn len_fields(data: &[u8], mut f: impl FnMut(u32, &[u8]) -> bool) -> bool {
    let mut r = ProtoReader::new(data);
    while !r.at_end() {
        let Ok((tag, wire)) = r.read_key() else {
            return false;
        };
        if wire != WireType::Len {
            if r.skip(wire).is_err() {
                return false;
            }
            continue;
        }
        match r.read_len_delimited() {
            Ok(body) if f(tag, body) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
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
                    || repeats_a_time(data, &Pod::proto_schema(), 0)
                    || kcodec::proto::from_slice::<Pod>(&lose_epochs(data))
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
