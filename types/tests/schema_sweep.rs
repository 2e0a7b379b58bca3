//! Schema sweep: every field of every message reachable from every registered kind, found
//! through the kinds' own schema descriptors, is fed every protobuf wire type and every JSON
//! value type, nested at a path from the kind's root. The fuzzers reach these per-field
//! branches of the generated decoders only by chance (each field of each message has its own
//! wire-type check); this reaches each of them deterministically and checks what a client
//! sending the wrong type gets back:
//! - protobuf: a wrong wire type is a `Wire` error whose path is the field's path; the right
//!   one decodes (and re-encodes to an equal object) or fails inside the field; an unknown
//!   field number of any wire type is skipped, leaving the object as if it were absent;
//!   the hand-written special types (`Time`, `Quantity`, ...) report errors in their own
//!   fields at their own path, and keep Go's reading of unknown fields (a `Time` holding
//!   only unknown fields is the Unix epoch);
//! - JSON: `null` is a no-op everywhere (as in Go); a plain scalar field accepts exactly the
//!   JSON types Go's `encoding/json` accepts for it; every error points at the injected value
//!   (its offset inside the value's bytes, its path the field's path).

use std::collections::BTreeSet;

use kcodec::schema::{FieldType, MessageSchema, Scalar};
use kcodec::ErrorKind;
use kcodec_types::registry::{kinds, Kind, Object};

/// How a step of a path holds the next message.
#[derive(Clone, Copy)]
enum Holder {
    /// A singular field (optional, boxed or not).
    One,
    /// A repeated field: the message is element 0.
    List,
    /// A map field: the message is the value of key `"k"` (or 1 for an integer key).
    Map(Scalar),
}

/// One step from a message into a field that holds the next message.
#[derive(Clone)]
struct Step {
    tag: u32,
    name: &'static str,
    json_name: &'static str,
    inline: bool,
    holder: Holder,
}

/// A message reached from a kind's root, and the path that reaches it.
struct Reached {
    schema: MessageSchema,
    path: Vec<Step>,
}

/// The types whose codecs are written by hand (`types/src/schema.rs`): their protobuf
/// message is Kubernetes', their JSON form is their own (a string, a number, any value).
const SPECIAL: [&str; 8] = [
    "Time",
    "MicroTime",
    "Duration",
    "FieldsV1",
    "Verbs",
    "Quantity",
    "IntOrString",
    "RawExtension",
];

fn is_special(m: &MessageSchema) -> bool {
    SPECIAL.contains(&m.name)
}

fn wire_of(s: Scalar) -> u8 {
    match s {
        Scalar::Bool | Scalar::Int32 | Scalar::Int64 | Scalar::Uint32 | Scalar::Uint64 => 0,
        Scalar::Double => 1,
        Scalar::String | Scalar::Bytes => 2,
        Scalar::Float => 5,
    }
}

/// The wire types a field accepts: its element's, and length-delimited for a packed run of
/// a repeated numeric scalar.
fn accepted_wires(ty: &FieldType) -> Vec<u8> {
    match ty.unwrapped() {
        FieldType::Scalar(s) => vec![wire_of(*s)],
        FieldType::Message(_) | FieldType::Map(..) => vec![2],
        FieldType::Repeated(inner) => match inner.unwrapped() {
            FieldType::Scalar(s) if wire_of(*s) != 2 => vec![wire_of(*s), 2],
            _ => vec![2],
        },
        FieldType::Optional(_) | FieldType::Boxed(_) => unreachable!("unwrapped"),
    }
}

/// The message a field holds, and how, if it holds one.
fn held_message(ty: &FieldType) -> Option<(fn() -> MessageSchema, Holder)> {
    match ty.unwrapped() {
        FieldType::Message(m) => Some((*m, Holder::One)),
        FieldType::Repeated(inner) => match inner.unwrapped() {
            FieldType::Message(m) => Some((*m, Holder::List)),
            _ => None,
        },
        FieldType::Map(k, v) => match (k.unwrapped(), v.unwrapped()) {
            (FieldType::Scalar(k), FieldType::Message(m)) => Some((*m, Holder::Map(*k))),
            _ => None,
        },
        _ => None,
    }
}

/// Every message reachable from `root`, each once (breadth first: shortest paths), skipping
/// those already in `seen` (reached from an earlier kind).
fn reachable(root: MessageSchema, seen: &mut BTreeSet<String>) -> Vec<Reached> {
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([Reached {
        schema: root,
        path: Vec::new(),
    }]);
    let mut first = true;
    while let Some(r) = queue.pop_front() {
        let id = format!("{}::{}", r.schema.module_path, r.schema.name);
        // The root is always swept (its kind decodes it); the rest once in the whole run.
        if !seen.insert(id) && !first {
            continue;
        }
        first = false;
        for f in r.schema.fields.iter().filter(|_| !is_special(&r.schema)) {
            if let Some((m, holder)) = held_message(&f.ty) {
                let mut path = r.path.clone();
                path.push(Step {
                    tag: f.tag,
                    name: f.name,
                    json_name: f.json_name,
                    inline: f.inline,
                    holder,
                });
                queue.push_back(Reached { schema: m(), path });
            }
        }
        out.push(r);
    }
    out
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_key(out: &mut Vec<u8>, tag: u32, wire: u8) {
    put_varint(out, (u64::from(tag) << 3) | u64::from(wire));
}

fn put_len(out: &mut Vec<u8>, tag: u32, body: &[u8]) {
    put_key(out, tag, 2);
    put_varint(out, body.len() as u64);
    out.extend_from_slice(body);
}

/// `body` (the fields of the innermost message) wrapped in the path's messages.
fn wrap_proto(path: &[Step], body: Vec<u8>) -> Vec<u8> {
    path.iter().rev().fold(body, |body, step| {
        let mut out = Vec::new();
        match step.holder {
            Holder::One | Holder::List => put_len(&mut out, step.tag, &body),
            Holder::Map(key) => {
                let mut entry = Vec::new();
                put_key(&mut entry, 1, wire_of(key));
                match wire_of(key) {
                    2 => entry.extend_from_slice(b"\x01k"),
                    0 => entry.push(1),
                    w => panic!("map key of wire type {w}"),
                }
                put_len(&mut entry, 2, &body);
                put_len(&mut out, step.tag, &entry);
            }
        }
        out
    })
}

/// A field of number `tag` with wire type `wire` and a small valid payload.
fn proto_field(tag: u32, wire: u8) -> Vec<u8> {
    let mut out = Vec::new();
    put_key(&mut out, tag, wire);
    match wire {
        0 => out.push(1),
        1 => out.extend_from_slice(&[0; 8]),
        2 => out.push(0),
        3 => put_key(&mut out, tag, 4),
        5 => out.extend_from_slice(&[0; 4]),
        w => panic!("wire type {w}"),
    }
    out
}

/// The protobuf error path of the message at the end of `path`: `.spec.containers[0]`.
fn proto_prefix(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        s.push('.');
        s.push_str(step.name);
        if let Holder::List = step.holder {
            s.push_str("[0]");
        }
    }
    s
}

fn round_trips(kind: &Kind, obj: &dyn Object) -> Result<(), String> {
    let bytes = obj.to_proto();
    let again = kind
        .decode_proto(&bytes)
        .map_err(|e| format!("re-decode: {e}"))?;
    if !again.dyn_eq(obj) {
        return Err("re-decoded object differs".into());
    }
    Ok(())
}

fn sweep_proto(kind: &Kind, r: &Reached, failures: &mut Vec<String>) -> usize {
    let mut cases = 0;
    let name = format!("{}.{}.{}", kind.group, kind.version, kind.kind);
    let special = is_special(&r.schema);
    let prefix = proto_prefix(&r.path);
    let empty = kind.decode_proto(&wrap_proto(&r.path, Vec::new()));
    for f in &r.schema.fields {
        // A special type reports errors in its fields at its own path.
        let leaf = if special {
            prefix.clone()
        } else {
            format!("{prefix}.{}", f.name)
        };
        let accepted = accepted_wires(&f.ty);
        for wire in [0u8, 1, 2, 3, 5] {
            cases += 1;
            let input = wrap_proto(&r.path, proto_field(f.tag, wire));
            let got = kind.decode_proto(&input);
            let what = format!("{name} protobuf {leaf} (field {}) wire type {wire}", f.tag);
            match (accepted.contains(&wire), got) {
                (false, Ok(_)) => failures.push(format!("{what}: accepted")),
                (false, Err(e)) => {
                    if !matches!(e.kind(), ErrorKind::Wire { .. }) || e.path() != leaf {
                        failures.push(format!("{what}: {e} (path {:?})", e.path()));
                    }
                }
                (true, Ok(obj)) => {
                    if let Err(m) = round_trips(kind, obj.as_ref()) {
                        failures.push(format!("{what}: {m}"));
                    }
                }
                (true, Err(e)) => {
                    if !e.path().starts_with(&leaf) || e.offset() > input.len() {
                        failures.push(format!("{what}: {e} (path {:?})", e.path()));
                    }
                }
            }
        }
    }
    // Unknown field numbers, of every wire type, are skipped.
    let unknown = r.schema.fields.iter().map(|f| f.tag).max().unwrap_or(0) + 1;
    for tag in [unknown, (1 << 29) - 1] {
        for wire in [0u8, 1, 2, 3, 5] {
            cases += 1;
            let input = wrap_proto(&r.path, proto_field(tag, wire));
            let what = format!("{name} protobuf {prefix} unknown field {tag} wire type {wire}");
            match (kind.decode_proto(&input), &empty) {
                (Ok(obj), Ok(empty)) if obj.dyn_eq(empty.as_ref()) => {}
                // Go reads a special type's message by its own rules: a non-empty `Time`
                // is Unix seconds (the epoch here), an empty `Quantity` string is invalid.
                (Ok(obj), _) if special => {
                    if let Err(m) = round_trips(kind, obj.as_ref()) {
                        failures.push(format!("{what}: {m}"));
                    }
                }
                (Err(e), _) if special && e.path() == prefix => {}
                (Ok(_), _) => failures.push(format!("{what}: changed the object")),
                (Err(e), _) => failures.push(format!("{what}: {e}")),
            }
        }
    }
    cases
}

/// `value` placed at the path and under `leaf`'s key, as a JSON document; returns the
/// document and where `value` starts in it.
fn wrap_json(path: &[Step], leaf: &str, value: &str) -> (String, usize) {
    let mut head = String::new();
    let mut tail = String::new();
    for step in path {
        if !step.inline {
            head.push_str(&format!("{{\"{}\":", step.json_name));
            tail.insert(0, '}');
            match step.holder {
                Holder::One => {}
                Holder::List => {
                    head.push('[');
                    tail.insert(0, ']');
                }
                Holder::Map(_) => {
                    head.push_str("{\"k\":");
                    tail.insert(0, '}');
                }
            }
        }
    }
    head.push_str(&format!("{{\"{leaf}\":"));
    tail.insert(0, '}');
    let at = head.len();
    (format!("{head}{value}{tail}"), at)
}

/// The JSON path of a field: `.spec.containers[0].name` (inline steps add nothing).
fn json_path(path: &[Step], leaf: &str) -> String {
    let mut s = String::new();
    for step in path.iter().filter(|s| !s.inline) {
        s.push('.');
        s.push_str(step.json_name);
        match step.holder {
            Holder::One => {}
            Holder::List => s.push_str("[0]"),
            Holder::Map(_) => s.push_str(".k"),
        }
    }
    s.push('.');
    s.push_str(leaf);
    s
}

const JSON_VALUES: [(&str, &str); 7] = [
    ("null", "null"),
    ("true", "bool"),
    ("1", "int"),
    ("-1.5", "float"),
    ("\"s\"", "string"),
    ("[]", "array"),
    ("{}", "object"),
];

/// The JSON types Go's `encoding/json` accepts for a field of a plain scalar type (`None`
/// for types with their own JSON form: messages, lists, maps, bytes).
fn scalar_accepts(ty: &FieldType) -> Option<&'static [&'static str]> {
    Some(match ty.unwrapped() {
        FieldType::Scalar(Scalar::Bool) => &["null", "bool"],
        FieldType::Scalar(Scalar::Int32 | Scalar::Int64 | Scalar::Uint32 | Scalar::Uint64) => {
            &["null", "int"]
        }
        FieldType::Scalar(Scalar::Float | Scalar::Double) => &["null", "int", "float"],
        FieldType::Scalar(Scalar::String) => &["null", "string"],
        FieldType::Repeated(_) => &["null", "array"],
        FieldType::Map(..) => &["null", "object"],
        _ => return None,
    })
}

fn sweep_json(kind: &Kind, r: &Reached, failures: &mut Vec<String>) -> usize {
    let mut cases = 0;
    let name = format!("{}.{}.{}", kind.group, kind.version, kind.kind);
    if is_special(&r.schema) {
        // Its JSON form is not an object of these fields: swept as its parent's field.
        return 0;
    }
    for f in r.schema.fields.iter().filter(|f| !f.inline) {
        let leaf = json_path(&r.path, f.json_name);
        for (value, json_type) in JSON_VALUES {
            cases += 1;
            let (doc, at) = wrap_json(&r.path, f.json_name, value);
            let what = format!("{name} JSON {leaf} = {value}");
            let got = kind.decode_json(doc.as_bytes());
            if let Some(ok) = scalar_accepts(&f.ty) {
                if got.is_ok() != ok.contains(&json_type) {
                    let result = got.as_ref().map(|_| "accepted").map_err(|e| e.to_string());
                    failures.push(format!("{what}: {result:?}, Go accepts only {ok:?}"));
                    continue;
                }
            }
            match got {
                Ok(obj) if json_type == "null" => {
                    let (empty, _) = wrap_json(&r.path, "x", "0");
                    let empty = kind.decode_json(empty.as_bytes()).expect("path decodes");
                    if !obj.dyn_eq(empty.as_ref()) {
                        failures.push(format!("{what}: null is not a no-op"));
                    }
                }
                Ok(_) => {}
                Err(e) if json_type == "null" => failures.push(format!("{what}: {e}")),
                Err(e) => {
                    let inside = (at..at + value.len()).contains(&e.offset());
                    if !inside || !e.path().starts_with(&leaf) {
                        failures.push(format!(
                            "{what}: {e} (path {:?}), expected at bytes {at}..{} under {leaf}",
                            e.path(),
                            at + value.len()
                        ));
                    }
                }
            }
        }
    }
    cases
}

#[test]
fn every_field_of_every_kind_against_every_wire_and_json_type() {
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    let mut specials = BTreeSet::new();
    let (mut messages, mut proto_cases, mut json_cases) = (0, 0, 0);
    for kind in kinds() {
        for r in reachable(kind.proto_schema(), &mut seen) {
            messages += 1;
            if is_special(&r.schema) {
                specials.insert(r.schema.name);
            }
            proto_cases += sweep_proto(kind, &r, &mut failures);
            json_cases += sweep_json(kind, &r, &mut failures);
        }
    }
    println!(
        "schema sweep: {} kinds, {messages} messages ({} of them special: {specials:?}), \
         {proto_cases} protobuf and {json_cases} JSON cases",
        kinds().len(),
        specials.len()
    );
    assert!(messages > 100, "the sweep reached only {messages} messages");
    assert!(
        failures.is_empty(),
        "{} failures, the first 40:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
