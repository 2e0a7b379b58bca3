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
use serde_json::Value;

/// Go reads a non-empty `Time` message as Unix seconds (0 when the field is absent) and an
/// empty one as the zero time. A `Time` holding only unknown fields is therefore the Unix
/// epoch in Go and kcodec; prost drops unknown fields, so its re-encoding writes an empty
/// message, the zero time. Whether that is the only way the two Pods differ: their JSON
/// (every field) differs only at members where kcodec has the epoch and prost's value the
/// zero time, written `null` or, for an `omitzero` member (`creationTimestamp`), omitted.
///
/// `FieldsV1` bytes from protobuf need not be UTF-8, and kcodec writes them inside strings as
/// they are, as Go does (fuzz/README.md); the JSON is read through [`as_text`].
fn only_epoch_lost(ours: &Pod, back: &Pod) -> bool {
    let json = |pod: &Pod| -> Value {
        serde_json::from_str(&as_text(&kcodec::json::to_vec(pod))).expect("kcodec writes JSON")
    };
    epoch_only(&json(ours), Some(&json(back)))
}

/// `bytes` as text, each byte that is not part of valid UTF-8 replaced by a private-use
/// character of its own (U+F0000 + the byte), so that different bytes stay different.
fn as_text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let private = |&b: &u8| char::from_u32(0xF_0000 + u32::from(b)).expect("a plane-15 char");
        text.extend(chunk.invalid().iter().map(private));
    }
    text
}

/// [`only_epoch_lost`] at one value; `theirs` is `None` where prost's JSON has no member.
fn epoch_only(ours: &Value, theirs: Option<&Value>) -> bool {
    if theirs == Some(ours) {
        return true;
    }
    let theirs = theirs.filter(|v| !v.is_null());
    match (ours, theirs) {
        (Value::String(s), None) => s == "1970-01-01T00:00:00Z",
        // An omitted struct whose members are all lost epochs (an empty one is a difference).
        (Value::Object(a), None) => !a.is_empty() && a.values().all(|v| epoch_only(v, None)),
        (Value::Object(a), Some(Value::Object(b))) => {
            b.keys().all(|k| a.contains_key(k)) && a.iter().all(|(k, v)| epoch_only(v, b.get(k)))
        }
        (Value::Array(a), Some(Value::Array(b))) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| epoch_only(x, Some(y)))
        }
        _ => false,
    }
}

/// Whether `data`, read as the message `schema` describes, gives a `Time` or `MicroTime`
/// field more than once in one message (at any depth). Go's `Time.Unmarshal` replaces the
/// value with each occurrence (an empty one is the zero time), as kcodec does; prost merges
/// the occurrences, as protobuf does for messages (an empty one changes nothing). Found by
/// diff_proto_pod: `lastTransitionTime` given with seconds, then empty.
fn repeats_a_time(data: &[u8], schema: &MessageSchema, depth: usize) -> bool {
    let is_time = |m: &MessageSchema| {
        m.module_path == "kcodec_types::meta::v1" && matches!(m.name, "Time" | "MicroTime")
    };
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
                    || only_epoch_lost(ours, &back),
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
