//! The schema sweep's inputs, shared by `tests/schema_sweep.rs` and the fuzz seed generator
//! (`fuzz/seed.rs`): the messages reachable from a kind's root through its schema
//! descriptors, each with the path that reaches it, and protobuf and JSON documents that
//! put one field's value at that path.

use std::collections::BTreeSet;

use kcodec::schema::{FieldType, MessageSchema, Scalar};

/// How a step of a path holds the next message.
#[derive(Clone, Copy)]
pub enum Holder {
    /// A singular field (optional, boxed or not).
    One,
    /// A repeated field: the message is element 0.
    List,
    /// A map field: the message is the value of key `"k"` (or 1 for an integer key).
    Map(Scalar),
}

/// One step from a message into a field that holds the next message.
#[derive(Clone)]
pub struct Step {
    pub tag: u32,
    pub name: &'static str,
    pub json_name: &'static str,
    pub inline: bool,
    pub holder: Holder,
}

/// A message reached from a kind's root, and the path that reaches it.
pub struct Reached {
    pub schema: MessageSchema,
    pub path: Vec<Step>,
}

/// The types whose codecs are written by hand (`types/src/schema.rs`): their protobuf
/// message is Kubernetes', their JSON form is their own (a string, a number, any value).
pub const SPECIAL: [&str; 7] = [
    "Time",
    "MicroTime",
    "Duration",
    "FieldsV1",
    "Quantity",
    "IntOrString",
    "RawExtension",
];

/// A special type, or a wrapped list (`Verbs`, `ExtraValue`: a message of `items` on the
/// wire, an array in JSON).
pub fn is_special(m: &MessageSchema) -> bool {
    SPECIAL.contains(&m.name) || kcodec_testkit::known::wrapped_list_elem(m).is_some()
}

pub fn wire_of(s: Scalar) -> u8 {
    match s {
        Scalar::Bool | Scalar::Int32 | Scalar::Int64 | Scalar::Uint32 | Scalar::Uint64 => 0,
        Scalar::Double => 1,
        Scalar::String | Scalar::Bytes => 2,
        Scalar::Float => 5,
    }
}

/// The wire types a field accepts: its element's, and length-delimited for a packed run of
/// a repeated numeric scalar.
pub fn accepted_wires(ty: &FieldType) -> Vec<u8> {
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
pub fn held_message(ty: &FieldType) -> Option<(fn() -> MessageSchema, Holder)> {
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
pub fn reachable(root: MessageSchema, seen: &mut BTreeSet<String>) -> Vec<Reached> {
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

pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub fn put_key(out: &mut Vec<u8>, tag: u32, wire: u8) {
    put_varint(out, (u64::from(tag) << 3) | u64::from(wire));
}

pub fn put_len(out: &mut Vec<u8>, tag: u32, body: &[u8]) {
    put_key(out, tag, 2);
    put_varint(out, body.len() as u64);
    out.extend_from_slice(body);
}

/// `body` (the fields of the innermost message) wrapped in the path's messages.
pub fn wrap_proto(path: &[Step], body: Vec<u8>) -> Vec<u8> {
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
pub fn proto_field(tag: u32, wire: u8) -> Vec<u8> {
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
pub fn proto_prefix(path: &[Step]) -> String {
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

/// `value` placed at the path and under `leaf`'s key, as a JSON document; returns the
/// document and where `value` starts in it.
pub fn wrap_json(path: &[Step], leaf: &str, value: &str) -> (String, usize) {
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
pub fn json_path(path: &[Step], leaf: &str) -> String {
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

/// One JSON value of each type, with the name of its type.
pub const JSON_VALUES: [(&str, &str); 7] = [
    ("null", "null"),
    ("true", "bool"),
    ("1", "int"),
    ("-1.5", "float"),
    ("\"s\"", "string"),
    ("[]", "array"),
    ("{}", "object"),
];
