//! The model against Kubernetes' own bytes: every one of the 193 fixtures (JSON and
//! protobuf, written by Kubernetes' Go codecs, every field filled) is walked along the Go
//! type of its kind as the model describes it. Every JSON key must be a field's JSON name
//! (inline embedded structs flattened) with a value of a fitting JSON type; every protobuf
//! field number must be a field's tag with a fitting wire type, nested messages and map
//! entries checked the same way. This covers the 146 kinds kcodec-types does not have yet.

mod common;

use std::collections::BTreeSet;

use kcodec_typegen::{Field, GoType, Universe};
use serde_json::Value;

/// Types with a hand-written JSON and protobuf form (any JSON value is accepted; their
/// protobuf messages are checked for well-formedness only).
const SPECIAL: &[(&str, &str)] = &[
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Time"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "MicroTime"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Duration"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "FieldsV1"),
    ("k8s.io/apimachinery/pkg/api/resource", "Quantity"),
    ("k8s.io/apimachinery/pkg/util/intstr", "IntOrString"),
    ("k8s.io/apimachinery/pkg/runtime", "RawExtension"),
];

/// Named types of packages outside the snapshot, by the predeclared type they are.
const EXTERNAL: &[(&str, &str, &str)] = &[
    ("k8s.io/apimachinery/pkg/types", "UID", "string"),
    ("k8s.io/apimachinery/pkg/types", "NodeName", "string"),
    ("time", "Duration", "int64"),
];

/// What a protobuf field holds.
enum Elem<'u> {
    /// A message with these (unflattened) fields.
    Message(&'u [Field]),
    /// A message whose fields are not checked (special types, named slices such as `Verbs`).
    Opaque,
    /// A map: entries are messages with key = 1 and value = 2.
    Map(&'u GoType),
    /// A scalar (numbers, bool, string, bytes).
    Scalar,
}

struct Walker<'u> {
    u: &'u Universe,
    problems: Vec<String>,
    json_keys: usize,
    pb_fields: usize,
    /// Go fields met (package.Type.Field), JSON and protobuf.
    seen_json: BTreeSet<String>,
    seen_pb: BTreeSet<String>,
}

fn is_special(pkg: &str, name: &str) -> bool {
    SPECIAL.iter().any(|(p, n)| *p == pkg && *n == name)
}

fn external(pkg: &str, name: &str) -> Option<&'static str> {
    EXTERNAL
        .iter()
        .find(|(p, n, _)| *p == pkg && *n == name)
        .map(|(_, _, d)| *d)
}

impl<'u> Walker<'u> {
    fn problem(&mut self, path: &str, msg: String) {
        if self.problems.len() < 200 {
            self.problems.push(format!("{path}: {msg}"));
        }
    }

    /// The JSON members of a struct: fields by JSON name, inline embedded structs flattened,
    /// each with the name of its Go struct.
    fn json_members(&self, owner: &str, fields: &'u [Field], out: &mut Vec<(String, &'u Field)>) {
        for f in fields {
            if f.json_skip() {
                continue;
            }
            if f.json_inline() {
                let mut t = &f.ty;
                if let GoType::Pointer(inner) = t {
                    t = inner;
                }
                if let Some(decl) = self.u.resolve(t) {
                    if let Some(inner) = self.u.struct_fields(decl) {
                        self.json_members(&decl.name, inner, out);
                        continue;
                    }
                }
            }
            out.push((format!("{owner}.{}", f.name), f));
        }
    }

    fn json(&mut self, ty: &'u GoType, v: &Value, path: &str) {
        if v.is_null() {
            return;
        }
        match ty {
            GoType::Pointer(t) => self.json(t, v, path),
            GoType::Slice(e) if e.is_builtin("byte") => {
                if !v.is_string() {
                    self.problem(path, format!("[]byte as {v}"));
                }
            }
            GoType::Slice(e) | GoType::Array { elem: e, .. } => match v.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.json(e, item, &format!("{path}[{i}]"));
                    }
                }
                None => self.problem(path, format!("{} as {v}", ty.go_syntax())),
            },
            GoType::Map { value, .. } => match v.as_object() {
                Some(m) => {
                    for (k, item) in m {
                        self.json(value, item, &format!("{path}[{k}]"));
                    }
                }
                None => self.problem(path, format!("{} as {v}", ty.go_syntax())),
            },
            GoType::Struct(fields) => self.json_object("struct", fields, v, path),
            GoType::Interface | GoType::Func | GoType::Chan(_) => {}
            GoType::Named {
                pkg: None, name, ..
            } => self.json_scalar(name, v, path),
            GoType::Named {
                pkg: Some(p), name, ..
            } => {
                if is_special(p, name) {
                    return;
                }
                if let Some(def) = external(p, name) {
                    return self.json_scalar(def, v, path);
                }
                let Some(decl) = self.u.lookup(p, name) else {
                    return self.problem(path, format!("unknown type {p}.{name}"));
                };
                match self.u.struct_fields(decl) {
                    Some(fields) => self.json_object(&decl.name, fields, v, path),
                    None => self.json(&decl.ty, v, path),
                }
            }
        }
    }

    fn json_scalar(&mut self, name: &str, v: &Value, path: &str) {
        let ok = match name {
            "string" => v.is_string(),
            "bool" => v.is_boolean(),
            "float32" | "float64" => v.is_number(),
            "any" | "error" => true,
            _ if name.starts_with("int") || name.starts_with("uint") || name == "byte" => {
                v.is_i64() || v.is_u64()
            }
            _ => false,
        };
        if !ok {
            self.problem(path, format!("{name} as {v}"));
        }
    }

    fn json_object(&mut self, owner: &str, fields: &'u [Field], v: &Value, path: &str) {
        let Some(obj) = v.as_object() else {
            return self.problem(path, format!("struct {owner} as {v}"));
        };
        let mut members = Vec::new();
        self.json_members(owner, fields, &mut members);
        for (k, item) in obj {
            self.json_keys += 1;
            match members.iter().find(|(_, f)| f.json_name() == k) {
                Some((id, f)) => {
                    self.seen_json.insert(id.clone());
                    self.json(&f.ty, item, &format!("{path}.{k}"));
                }
                None => self.problem(path, format!("key {k:?} is no field of {owner}")),
            }
        }
    }

    /// What a field of type `ty` holds per occurrence on the wire.
    fn elem(&self, ty: &'u GoType) -> Elem<'u> {
        match ty {
            GoType::Pointer(t) => self.elem(t),
            GoType::Slice(e) if e.is_builtin("byte") => Elem::Scalar,
            GoType::Slice(e) => self.elem(e),
            GoType::Map { value, .. } => Elem::Map(value),
            GoType::Struct(f) => Elem::Message(f),
            GoType::Named { pkg: None, .. } => Elem::Scalar,
            GoType::Named {
                pkg: Some(p), name, ..
            } => {
                if is_special(p, name) {
                    return Elem::Opaque;
                }
                if external(p, name).is_some() {
                    return Elem::Scalar;
                }
                let Some(decl) = self.u.lookup(p, name) else {
                    return Elem::Opaque;
                };
                if let Some(fields) = self.u.struct_fields(decl) {
                    return Elem::Message(fields);
                }
                match self.u.underlying(ty) {
                    GoType::Map { value, .. } => Elem::Map(value),
                    // A named slice (`Verbs`, `ExtraValue`) is a message of `items`.
                    GoType::Slice(e) if !e.is_builtin("byte") => Elem::Opaque,
                    _ => Elem::Scalar,
                }
            }
            _ => Elem::Opaque,
        }
    }

    /// Check a message body against a struct's protobuf tags.
    fn pb_message(&mut self, owner: &str, fields: &'u [Field], data: &[u8], path: &str) {
        let mut r = Reader { data, pos: 0 };
        while r.pos < data.len() {
            let Some(key) = r.varint() else {
                return self.problem(path, "truncated key".into());
            };
            let (num, wt) = ((key >> 3) as u32, (key & 7) as u8);
            self.pb_fields += 1;
            let Some(f) = fields
                .iter()
                .find(|f| f.protobuf.as_ref().is_some_and(|p| p.number == num))
            else {
                self.problem(path, format!("field {num} is no field of {owner}"));
                if r.skip(wt).is_none() {
                    return;
                }
                continue;
            };
            self.seen_pb.insert(format!("{owner}.{}", f.name));
            let fpath = format!("{path}.{}", f.json_name());
            // The wire type follows the Go type; the tag's word is not always right (see
            // `tag_wire_words_against_go_types`).
            let want = self.type_wire(&f.ty);
            let packed = wt == 2 && want == 0 && matches!(f.ty, GoType::Slice(_));
            if wt != want && !packed {
                self.problem(
                    &fpath,
                    format!("wire type {wt}, Go type {} wants {want}", f.ty.go_syntax()),
                );
                if r.skip(wt).is_none() {
                    return;
                }
                continue;
            }
            if wt != 2 {
                if r.skip(wt).is_none() {
                    return self.problem(&fpath, "truncated value".into());
                }
                continue;
            }
            let Some(body) = r.bytes() else {
                return self.problem(&fpath, "truncated length-delimited value".into());
            };
            match self.elem(&f.ty) {
                Elem::Message(inner) => {
                    let name = go_name(&f.ty);
                    self.pb_message(&name, inner, body, &fpath);
                }
                Elem::Opaque => self.pb_wellformed(body, &fpath),
                Elem::Map(value) => self.pb_map_entry(f, value, body, &fpath),
                Elem::Scalar => {}
            }
        }
    }

    fn pb_map_entry(&mut self, f: &'u Field, value: &'u GoType, body: &[u8], path: &str) {
        let mut r = Reader { data: body, pos: 0 };
        while r.pos < body.len() {
            let Some(key) = r.varint() else {
                return self.problem(path, "truncated map entry".into());
            };
            let (num, wt) = ((key >> 3) as u32, (key & 7) as u8);
            // Kubernetes' tags have no protobuf_key/protobuf_val: the entry's wire types
            // follow the Go key and value types.
            let ty = match num {
                1 => self.map_key(&f.ty),
                2 => Some(value),
                _ => None,
            };
            let Some(ty) = ty else {
                return self.problem(path, format!("map entry field {num}"));
            };
            let want = self.type_wire(ty);
            if wt != want {
                return self.problem(
                    path,
                    format!(
                        "map entry field {num}: wire type {wt}, Go type {} wants {want}",
                        ty.go_syntax()
                    ),
                );
            }
            if wt != 2 {
                if r.skip(wt).is_none() {
                    return self.problem(path, "truncated map entry".into());
                }
                continue;
            }
            let Some(inner) = r.bytes() else {
                return self.problem(path, "truncated map entry".into());
            };
            if num == 2 {
                match self.elem(value) {
                    Elem::Message(fields) => {
                        let name = go_name(value);
                        self.pb_message(&name, fields, inner, &format!("{path}{{value}}"));
                    }
                    Elem::Opaque | Elem::Map(_) => self.pb_wellformed(inner, path),
                    Elem::Scalar => {}
                }
            }
        }
    }

    /// The key type of a map field (through pointers and named types).
    fn map_key(&self, ty: &'u GoType) -> Option<&'u GoType> {
        match ty {
            GoType::Pointer(t) => self.map_key(t),
            GoType::Map { key, .. } => Some(key),
            GoType::Named { .. } => match self.u.resolve(ty) {
                Some(d) => self.map_key(&d.ty),
                None => None,
            },
            _ => None,
        }
    }

    /// The wire type one occurrence of a field of Go type `ty` has.
    fn type_wire(&self, ty: &'u GoType) -> u8 {
        match self.elem(ty) {
            Elem::Message(_) | Elem::Opaque | Elem::Map(_) => 2,
            Elem::Scalar => {
                let mut t = ty;
                loop {
                    match t {
                        GoType::Pointer(i) => t = i,
                        GoType::Slice(e) if e.is_builtin("byte") => return 2,
                        GoType::Slice(e) => t = e,
                        GoType::Named {
                            pkg: Some(p), name, ..
                        } => {
                            if let Some(def) = external(p, name) {
                                return builtin_wire(def);
                            }
                            let u = self.u.underlying(t);
                            if std::ptr::eq(u, t) {
                                return 255;
                            }
                            t = u;
                        }
                        GoType::Named {
                            pkg: None, name, ..
                        } => return builtin_wire(name),
                        _ => return 255,
                    }
                }
            }
        }
    }

    fn pb_wellformed(&mut self, data: &[u8], path: &str) {
        let mut r = Reader { data, pos: 0 };
        while r.pos < data.len() {
            let ok = r.varint().and_then(|k| r.skip((k & 7) as u8));
            if ok.is_none() {
                return self.problem(path, "malformed message".into());
            }
        }
    }
}

fn go_name(t: &GoType) -> String {
    match t {
        GoType::Pointer(t) | GoType::Slice(t) => go_name(t),
        GoType::Named { name, .. } => name.clone(),
        GoType::Map { value, .. } => go_name(value),
        _ => "struct".into(),
    }
}

fn builtin_wire(name: &str) -> u8 {
    match name {
        "string" => 2,
        "float64" => 1,
        "float32" => 5,
        _ => 0,
    }
}

fn wire_of(word: &str) -> u8 {
    match word {
        "varint" | "zigzag32" | "zigzag64" => 0,
        "fixed64" => 1,
        "bytes" | "group" => 2,
        "fixed32" => 5,
        _ => 255,
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.data.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.varint()?).ok()?;
        let end = self.pos.checked_add(n)?;
        let b = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(b)
    }

    fn skip(&mut self, wt: u8) -> Option<()> {
        match wt {
            0 => self.varint().map(|_| ()),
            1 => {
                self.pos = self.pos.checked_add(8).filter(|&e| e <= self.data.len())?;
                Some(())
            }
            2 => self.bytes().map(|_| ()),
            5 => {
                self.pos = self.pos.checked_add(4).filter(|&e| e <= self.data.len())?;
                Some(())
            }
            _ => None,
        }
    }
}

#[test]
fn every_fixture_fits_the_model() {
    let Some(u) = common::universe() else { return };
    let dir = common::src_dir().expect("set").join("testdata/HEAD");
    let kinds = u.all_kinds();
    let mut w = Walker {
        u,
        problems: Vec::new(),
        json_keys: 0,
        pb_fields: 0,
        seen_json: BTreeSet::new(),
        seen_pb: BTreeSet::new(),
    };
    let mut n = 0;
    let unknown = u
        .lookup("k8s.io/apimachinery/pkg/runtime", "Unknown")
        .and_then(|d| d.fields())
        .expect("runtime.Unknown");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("testdata/HEAD")
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    names.sort();
    for name in &names {
        let k = kinds
            .get(name)
            .unwrap_or_else(|| panic!("{name}: not a registered kind"));
        let decl = u.lookup(&k.type_pkg, &k.type_name).expect("kind's type");
        let fields = u.struct_fields(decl).expect("kind is a struct");
        let json: Value =
            serde_json::from_slice(&std::fs::read(dir.join(format!("{name}.json"))).expect("json"))
                .unwrap_or_else(|e| panic!("{name}.json: {e}"));
        w.json_object(&decl.name, fields, &json, name);

        // The protobuf envelope: `k8s\0` + runtime.Unknown, whose `raw` is the object.
        let pb = std::fs::read(dir.join(format!("{name}.pb"))).expect("pb");
        let body = pb
            .strip_prefix(b"k8s\0")
            .unwrap_or_else(|| panic!("{name}.pb: no k8s envelope"));
        w.pb_message("Unknown", unknown, body, &format!("{name}.pb(envelope)"));
        let mut r = Reader { data: body, pos: 0 };
        let mut raw = None;
        while r.pos < body.len() {
            let key = r.varint().expect("envelope key");
            if key == (2 << 3 | 2) {
                raw = r.bytes();
            } else {
                r.skip((key & 7) as u8).expect("envelope field");
            }
        }
        let raw = raw.unwrap_or_else(|| panic!("{name}.pb: no raw object"));
        w.pb_message(&decl.name, fields, raw, &format!("{name}.pb"));
        n += 1;
    }
    let total_fields: usize = u
        .packages
        .values()
        .flat_map(|p| p.structs())
        .map(|t| t.fields().map_or(0, <[_]>::len))
        .sum();
    println!(
        "fixtures: {n} kinds, {} JSON keys and {} protobuf fields checked against the model; \
         Go fields met: {} in JSON, {} in protobuf (of {total_fields} fields in all structs)",
        w.json_keys,
        w.pb_fields,
        w.seen_json.len(),
        w.seen_pb.len()
    );
    assert_eq!(n, 193);
    assert!(w.problems.is_empty(), "{:#?}", w.problems);
}

/// The wire-type word of each protobuf tag against the wire type its Go type has (what
/// go-to-protobuf's generated code writes): Kubernetes' tags are not always right, so the
/// next step must take the wire type from the Go type. Lists the disagreements.
#[test]
fn tag_wire_words_against_go_types() {
    let Some(u) = common::universe() else { return };
    let w = Walker {
        u,
        problems: Vec::new(),
        json_keys: 0,
        pb_fields: 0,
        seen_json: BTreeSet::new(),
        seen_pb: BTreeSet::new(),
    };
    let mut total = 0;
    let mut wrong = Vec::new();
    for p in u.packages.values() {
        for t in p.structs() {
            for f in t.fields().unwrap_or(&[]) {
                let Some(tag) = &f.protobuf else { continue };
                total += 1;
                let want = w.type_wire(&f.ty);
                let word = wire_of(&tag.wire);
                let packed_ok = word == 2 && want == 0 && matches!(f.ty, GoType::Slice(_));
                if word != want && !packed_ok {
                    wrong.push(format!(
                        "{}.{}.{} ({}): tag {:?}",
                        p.import_path.trim_start_matches("k8s.io/"),
                        t.name,
                        f.name,
                        f.ty.go_syntax(),
                        tag.wire
                    ));
                }
            }
        }
    }
    println!(
        "protobuf tags whose wire word disagrees with the Go type: {} of {total}",
        wrong.len()
    );
    for x in &wrong {
        println!("  {x}");
    }
    // 69 in the pinned sources (`*bool`/`*int32` tagged `bytes`, `*string` or an
    // IntOrString tagged `varint`, ...); `every_fixture_fits_the_model` shows that Kubernetes
    // writes the Go type's wire type, not the word's.
    assert_eq!(wrong.len(), 69);
}
