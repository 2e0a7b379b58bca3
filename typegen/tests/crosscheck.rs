//! kcodec-types' generated types, as the derive sees them, against the Go sources: for each of the registered
//! kinds, walk its protobuf schema (`ProtoSchema::proto_schema()`) and the Go struct
//! together, recursively, and compare every struct's fields: order, JSON names, protobuf
//! names and numbers, omitempty/omitzero/inline, pointer vs `Option`, slices, maps and
//! element types.
//!
//! Every difference is printed with its category. The explained categories are listed in
//! [`Category`]; any other difference fails the test. Go slices and maps without
//! `omitempty` are listed apart ("nil-vs-empty fields"): they are `kcodec::List<T>` /
//! `kcodec::Map<K, V>` in kcodec-types (described, as `Option<Vec<T>>` and
//! `Option<BTreeMap<..>>` are, as optional repeated and map fields), so that nil and empty
//! differ as in Go.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use kcodec::schema::{FieldSchema, FieldType, MessageSchema, Scalar};
use kcodec_typegen::{Field, GoType, Package, TypeDecl, Universe};

/// Why a Go field and a Rust field differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Category {
    /// Explained: a special type (`Time`, `Quantity`, `IntOrString`, ...) is hand-written in
    /// kcodec-types with its own JSON form; only its protobuf fields are compared, and a
    /// difference there is listed under this category.
    SpecialType,
    /// Explained: the Go tag gives no `name=` (`EphemeralContainerCommon`'s
    /// `protobuf:"bytes,1,req"`); go-to-protobuf then names the field after the Go field,
    /// first letter lowered, and the Rust name is exactly that.
    ProtoNameFromGoName,
    /// A real difference, not explained: fails the test.
    Unexplained,
}

impl Category {
    fn explained(self) -> bool {
        self != Category::Unexplained
    }
}

#[derive(Clone, Debug)]
struct Finding {
    category: Category,
    path: String,
    detail: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{:?}] {}: {}", self.category, self.path, self.detail)
    }
}

/// Go types that kcodec-types writes by hand (import path, name).
const SPECIAL: &[(&str, &str)] = &[
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Time"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "MicroTime"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Duration"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "FieldsV1"),
    ("k8s.io/apimachinery/pkg/api/resource", "Quantity"),
    ("k8s.io/apimachinery/pkg/util/intstr", "IntOrString"),
    ("k8s.io/apimachinery/pkg/runtime", "RawExtension"),
];

/// Named types of packages outside the source snapshot, with the Go type they are defined
/// as (facts of k8s.io/apimachinery/pkg/types and the standard library).
const EXTERNAL: &[(&str, &str, &str)] = &[
    ("k8s.io/apimachinery/pkg/types", "UID", "string"),
    ("k8s.io/apimachinery/pkg/types", "NodeName", "string"),
    ("time", "Duration", "int64"),
];

fn short(pkg: &str) -> String {
    pkg.trim_start_matches("k8s.io/api/")
        .trim_start_matches("k8s.io/apimachinery/pkg/apis/")
        .trim_start_matches("k8s.io/apimachinery/pkg/")
        .to_string()
}

struct Checker<'a> {
    u: &'a Universe,
    visited: HashSet<(String, String)>,
    findings: Vec<Finding>,
    nil_vs_empty: Vec<String>,
    specials_used: BTreeMap<String, usize>,
    structs: usize,
    fields: usize,
}

impl<'a> Checker<'a> {
    fn push(&mut self, category: Category, path: &str, detail: String) {
        self.findings.push(Finding {
            category,
            path: path.to_string(),
            detail,
        });
    }

    /// Compare the Go struct `decl` (of package `pkg`) with the Rust message `rs`, once per
    /// pair (a Go struct described by two Rust types is compared with both).
    fn compare_struct(&mut self, pkg: &str, decl: &TypeDecl, rs: &MessageSchema) {
        let key = (
            format!("{pkg}.{}", decl.name),
            format!("{}::{}", rs.module_path, rs.name),
        );
        if !self.visited.insert(key) {
            return;
        }
        self.structs += 1;
        let here = format!("{}.{}", short(pkg), decl.name);
        if rs.name != decl.name {
            self.push(
                Category::Unexplained,
                &here,
                format!("Rust message is named {}", rs.name),
            );
        }
        let Some(go_fields) = self.u.struct_fields(decl) else {
            self.push(
                Category::Unexplained,
                &here,
                "Go type is not a struct".into(),
            );
            return;
        };
        // Fields on the protobuf wire vs JSON-only ones (no protobuf tag).
        let go_wire: Vec<&Field> = go_fields.iter().filter(|f| f.protobuf.is_some()).collect();
        let go_json_only: Vec<&Field> = go_fields
            .iter()
            .filter(|f| f.protobuf.is_none() && !f.json_skip())
            .collect();
        self.fields += go_wire.len() + go_json_only.len();

        // JSON-only fields: kinds' inline TypeMeta.
        let go_jo: Vec<(bool, &str)> = go_json_only
            .iter()
            .map(|f| (f.json_inline(), go_type_name(&f.ty)))
            .collect();
        let rs_jo: Vec<(bool, &str)> = rs
            .json_only
            .iter()
            .map(|j| (j.inline, j.type_name))
            .collect();
        if go_jo != rs_jo {
            self.push(
                Category::Unexplained,
                &here,
                format!("fields without protobuf tag: Go {go_jo:?}, Rust {rs_jo:?}"),
            );
        }
        if let Some(first_wire) = go_fields.iter().position(|f| f.protobuf.is_some()) {
            if go_fields[first_wire..]
                .iter()
                .any(|f| f.protobuf.is_none() && !f.json_skip())
            {
                self.push(
                    Category::Unexplained,
                    &here,
                    "a Go field without protobuf tag follows a wire field (order not checkable)"
                        .into(),
                );
            }
        }

        // Wire fields, matched by number; then the order.
        let go_nums: Vec<u32> = go_wire.iter().map(|f| pb(f).number).collect();
        let rs_nums: Vec<u32> = rs.fields.iter().map(|f| f.tag).collect();
        for f in &go_wire {
            let n = pb(f).number;
            let path = format!("{here}.{}", f.json_name());
            match rs.fields.iter().find(|r| r.tag == n) {
                None => self.push(
                    Category::Unexplained,
                    &path,
                    format!("Go field {} (protobuf {n}) missing in Rust", f.name),
                ),
                Some(r) => self.compare_field(f, r, &path),
            }
        }
        for r in &rs.fields {
            if !go_nums.contains(&r.tag) {
                self.push(
                    Category::Unexplained,
                    &format!("{here}.{}", r.json_name),
                    format!("Rust field (protobuf {}) not in Go", r.tag),
                );
            }
        }
        let common_go: Vec<u32> = go_nums
            .iter()
            .copied()
            .filter(|n| rs_nums.contains(n))
            .collect();
        let common_rs: Vec<u32> = rs_nums
            .iter()
            .copied()
            .filter(|n| go_nums.contains(n))
            .collect();
        if common_go != common_rs {
            self.push(
                Category::Unexplained,
                &here,
                format!("field order (protobuf numbers): Go {common_go:?}, Rust {common_rs:?}"),
            );
        }
    }

    fn compare_field(&mut self, g: &Field, r: &FieldSchema, path: &str) {
        let p = pb(g);
        let inline = g.json_inline();
        if inline != r.inline {
            self.push(
                Category::Unexplained,
                path,
                format!("inline: Go {inline}, Rust {}", r.inline),
            );
        }
        if !inline && g.json_name() != r.json_name {
            self.push(
                Category::Unexplained,
                path,
                format!("JSON name: Go {:?}, Rust {:?}", g.json_name(), r.json_name),
            );
        }
        match p.name.as_deref() {
            Some(n) if n == r.name => {}
            None if r.name == lower_first(&g.name) => self.push(
                Category::ProtoNameFromGoName,
                path,
                format!("Go tag has no name=, Rust {:?}", r.name),
            ),
            n => self.push(
                Category::Unexplained,
                path,
                format!("protobuf name: Go {n:?}, Rust {:?}", r.name),
            ),
        }
        if g.omitempty() != r.omitempty || g.omitzero() != r.omitzero {
            self.push(
                Category::Unexplained,
                path,
                format!(
                    "omitempty/omitzero: Go {}/{}, Rust {}/{}",
                    g.omitempty(),
                    g.omitzero(),
                    r.omitempty,
                    r.omitzero
                ),
            );
        }
        // Nil vs empty: a Go slice or map (named or not) that is not omitempty.
        let under = self.u.underlying(&g.ty);
        let is_list_or_map = match under {
            GoType::Slice(e) => !e.is_builtin("byte"),
            GoType::Map { .. } => true,
            _ => false,
        };
        if is_list_or_map && !g.omitempty() && !self.is_special(&g.ty) {
            self.nil_vs_empty
                .push(format!("{path} ({})", g.ty.go_syntax()));
            if !matches!(unbox(&r.ty), FieldType::Optional(_)) {
                self.push(
                    Category::Unexplained,
                    path,
                    format!(
                        "Go {} without omitempty held as {} (nil and empty would merge)",
                        g.ty.go_syntax(),
                        describe(&r.ty)
                    ),
                );
            }
        }
        self.compare_type(&g.ty, &r.ty, path);
    }

    fn is_special(&self, ty: &GoType) -> bool {
        matches!(ty, GoType::Named { pkg: Some(p), name, .. }
            if SPECIAL.iter().any(|(sp, sn)| sp == p && sn == name))
    }

    fn compare_type(&mut self, g: &GoType, r: &FieldType, path: &str) {
        let r = unbox(r);
        match (g, r) {
            (GoType::Pointer(gi), FieldType::Optional(ri)) => self.compare_type(gi, ri, path),
            (GoType::Pointer(_), _) => self.push(
                Category::Unexplained,
                path,
                format!(
                    "Go pointer {}, Rust not an Option ({})",
                    g.go_syntax(),
                    describe(r)
                ),
            ),
            // A Go slice or map (`[]byte` included) held as `Option<..>` or as a `List`/`Map`
            // (described as optional): nil kept apart from empty, as Go keeps it (`null` vs
            // `[]` in JSON; a `[]byte` written iff non-nil).
            (_, FieldType::Optional(ri))
                if matches!(self.u.underlying(g), GoType::Slice(_) | GoType::Map { .. }) =>
            {
                self.compare_type(g, ri, path)
            }
            (_, FieldType::Optional(_)) => self.push(
                Category::Unexplained,
                path,
                format!(
                    "Rust Option ({}), Go not a pointer ({})",
                    describe(r),
                    g.go_syntax()
                ),
            ),
            _ if self.is_special(g) => {
                let GoType::Named {
                    pkg: Some(gp),
                    name,
                    ..
                } = g
                else {
                    unreachable!()
                };
                *self.specials_used.entry(name.clone()).or_default() += 1;
                match r {
                    FieldType::Message(f) if f().name == name.as_str() => {
                        if self
                            .visited
                            .insert((format!("{gp}.{name}"), "special".into()))
                        {
                            self.compare_special(gp, name, &f(), path);
                        }
                    }
                    _ => self.push(
                        Category::SpecialType,
                        path,
                        format!("Go {}, Rust {}", g.go_syntax(), describe(r)),
                    ),
                }
            }
            (
                GoType::Named {
                    pkg: Some(gp),
                    name,
                    ..
                },
                _,
            ) if EXTERNAL.iter().any(|(p, n, _)| p == gp && n == name) => {
                let (_, _, def) = EXTERNAL
                    .iter()
                    .find(|(p, n, _)| p == gp && n == name)
                    .unwrap();
                let def = GoType::Named {
                    pkg: None,
                    name: def.to_string(),
                    args: vec![],
                };
                self.compare_type(&def, r, path);
            }
            (GoType::Slice(e), FieldType::Scalar(Scalar::Bytes)) if e.is_builtin("byte") => {}
            (GoType::Slice(ge), FieldType::Repeated(re)) => self.compare_type(ge, re, path),
            (GoType::Map { key, value }, FieldType::Map(rk, rv)) => {
                self.compare_type(key, rk, &format!("{path}{{key}}"));
                self.compare_type(value, rv, &format!("{path}{{value}}"));
            }
            (
                GoType::Named {
                    pkg: None, name, ..
                },
                FieldType::Scalar(s),
            ) => {
                let want = match name.as_str() {
                    "string" => Some(Scalar::String),
                    "bool" => Some(Scalar::Bool),
                    "int32" => Some(Scalar::Int32),
                    "int64" => Some(Scalar::Int64),
                    "uint32" => Some(Scalar::Uint32),
                    "uint64" => Some(Scalar::Uint64),
                    "float32" => Some(Scalar::Float),
                    "float64" => Some(Scalar::Double),
                    _ => None,
                };
                match want {
                    Some(w) if w == *s => {}
                    _ => self.push(
                        Category::Unexplained,
                        path,
                        format!("Go {name}, Rust {s:?}"),
                    ),
                }
            }
            (
                GoType::Named {
                    pkg: Some(gp),
                    name,
                    ..
                },
                _,
            ) => {
                let Some(decl) = self.u.lookup(gp, name) else {
                    self.push(
                        Category::Unexplained,
                        path,
                        format!("Go type {} not found", g.go_syntax()),
                    );
                    return;
                };
                match (&decl.ty, r) {
                    (GoType::Struct(_), FieldType::Message(f)) => {
                        let schema = f();
                        self.compare_struct(gp, decl, &schema);
                    }
                    (GoType::Struct(_), _) => self.push(
                        Category::Unexplained,
                        path,
                        format!("Go struct {}, Rust {}", g.go_syntax(), describe(r)),
                    ),
                    (GoType::Named { .. }, _) if self.u.struct_fields(decl).is_some() => {
                        // `type List metav1.List`: a definition of another struct.
                        match r {
                            FieldType::Message(f) => {
                                let schema = f();
                                self.compare_struct(gp, decl, &schema);
                            }
                            _ => self.push(
                                Category::Unexplained,
                                path,
                                format!("Go struct {}, Rust {}", g.go_syntax(), describe(r)),
                            ),
                        }
                    }
                    // A wrapped list (`type Verbs []string` with `+protobuf.nullable=true`): a
                    // message whose one field is `repeated T items = 1`.
                    (GoType::Slice(ge), FieldType::Message(f))
                        if decl
                            .marker("protobuf.nullable")
                            .is_some_and(|m| m.value.as_deref() == Some("true")) =>
                    {
                        let schema = f();
                        match schema.fields.as_slice() {
                            [items] if items.tag == 1 && items.name == "items" => {
                                if let FieldType::Repeated(re) = &items.ty {
                                    self.compare_type(ge, re, &format!("{path}.items"));
                                } else {
                                    self.push(
                                        Category::Unexplained,
                                        path,
                                        format!("wrapped list {name}: items not repeated"),
                                    );
                                }
                            }
                            _ => self.push(
                                Category::Unexplained,
                                path,
                                format!("wrapped list {name}: Rust message is not {{ items = 1 }}"),
                            ),
                        }
                    }
                    // A named non-struct type (`type Protocol string`, `type ResourceList
                    // map[..]..`): compare its definition.
                    (under, _) => self.compare_type(under, r, path),
                }
            }
            _ => self.push(
                Category::Unexplained,
                path,
                format!("Go {}, Rust {}", g.go_syntax(), describe(r)),
            ),
        }
    }
}

impl Checker<'_> {
    /// A special type's protobuf fields (number, name, scalar type) against the Go struct's
    /// protobuf tags, where the Go type is a struct with tagged fields.
    fn compare_special(&mut self, pkg: &str, name: &str, rs: &MessageSchema, path: &str) {
        let Some(decl) = self.u.lookup(pkg, name) else {
            return;
        };
        let Some(fields) = decl.fields() else { return };
        let go: Vec<(u32, String, String)> = fields
            .iter()
            .filter_map(|f| {
                let p = f.protobuf.as_ref()?;
                let ty = match self.u.underlying(&f.ty) {
                    GoType::Named {
                        pkg: Some(gp),
                        name,
                        ..
                    } => EXTERNAL
                        .iter()
                        .find(|(p, n, _)| p == gp && n == name)
                        .map_or(name.clone(), |(_, _, d)| d.to_string()),
                    t => t.go_syntax(),
                };
                Some((p.number, p.name.clone().unwrap_or_default(), ty))
            })
            .collect();
        if go.is_empty() {
            return;
        }
        let rust: Vec<(u32, String, String)> = rs
            .fields
            .iter()
            .map(|f| (f.tag, f.name.to_string(), describe(&f.ty)))
            .collect();
        fn scalar(t: &str) -> &str {
            match t {
                "int64" => "Int64",
                "int32" => "Int32",
                "string" => "String",
                "[]byte" => "Bytes",
                other => other,
            }
        }
        let same = go.len() == rust.len()
            && go
                .iter()
                .zip(&rust)
                .all(|(g, r)| g.0 == r.0 && g.1 == r.1 && scalar(&g.2) == r.2);
        if !same {
            self.push(
                Category::SpecialType,
                path,
                format!("{name}'s protobuf fields: Go {go:?}, Rust {rust:?}"),
            );
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn pb(f: &Field) -> &kcodec_typegen::ProtobufTag {
    f.protobuf.as_ref().expect("wire field")
}

fn unbox(r: &FieldType) -> &FieldType {
    match r {
        FieldType::Boxed(t) => unbox(t),
        t => t,
    }
}

fn go_type_name(t: &GoType) -> &str {
    match t {
        GoType::Named { name, .. } => name,
        GoType::Pointer(t) => go_type_name(t),
        _ => "?",
    }
}

fn describe(r: &FieldType) -> String {
    match r {
        FieldType::Scalar(s) => format!("{s:?}"),
        FieldType::Message(f) => format!("message {}", f().name),
        FieldType::Optional(t) => format!("Option<{}>", describe(t)),
        FieldType::Boxed(t) => format!("Box<{}>", describe(t)),
        FieldType::Repeated(t) => format!("Vec<{}>", describe(t)),
        FieldType::Map(k, v) => format!("Map<{}, {}>", describe(k), describe(v)),
    }
}

/// The Go package of a registered kind of kcodec-types.
fn go_package<'u>(u: &'u Universe, group: &str, version: &str) -> Option<&'u Package> {
    match group {
        "" => u.packages.get(&format!("k8s.io/api/core/{version}")),
        "meta.k8s.io" => u.packages.get("k8s.io/apimachinery/pkg/apis/meta/v1"),
        g => u.packages.values().find(|p| {
            p.import_path.starts_with("k8s.io/api/") && p.group() == Some(g) && p.version == version
        }),
    }
}

fn checker(u: &Universe) -> Checker<'_> {
    Checker {
        u,
        visited: HashSet::new(),
        findings: Vec::new(),
        nil_vs_empty: Vec::new(),
        specials_used: BTreeMap::new(),
        structs: 0,
        fields: 0,
    }
}

fn field(
    name: &'static str,
    json: &'static str,
    tag: u32,
    ty: FieldType,
    omitempty: bool,
) -> FieldSchema {
    FieldSchema {
        name,
        json_name: json,
        tag,
        ty,
        omitempty,
        omitzero: false,
        inline: false,
    }
}

/// The checker finds each kind of error: a hand-made wrong `ContainerPort` schema.
#[test]
fn the_checker_reports_each_kind_of_difference() {
    let Some(u) = common::universe() else { return };
    let core = &u.packages["k8s.io/api/core/v1"];
    let decl = core.type_decl("ContainerPort").expect("ContainerPort");
    let s = |x| FieldType::Scalar(x);
    let wrong = MessageSchema {
        name: "ContainerPort",
        module_path: "test",
        package: None,
        fields: vec![
            field("name", "nam", 1, s(Scalar::String), true),
            field("containerPort", "containerPort", 3, s(Scalar::Int32), false),
            field(
                "hostPort",
                "hostPort",
                2,
                FieldType::Optional(Box::new(s(Scalar::Int32))),
                true,
            ),
            field("protocol", "protocol", 4, s(Scalar::String), false),
            field("extra", "extra", 9, s(Scalar::Int64), false),
        ],
        json_only: vec![],
    };
    let mut c = checker(u);
    c.compare_struct(&core.import_path, decl, &wrong);
    for f in &c.findings {
        println!("{f}");
    }
    let has = |needle: &str| c.findings.iter().any(|f| f.detail.contains(needle));
    assert!(has("JSON name: Go \"name\", Rust \"nam\""));
    assert!(has("Rust Option (Option<Int32>), Go not a pointer (int32)"));
    assert!(has("omitempty/omitzero: Go true/false, Rust false/false"));
    assert!(has("Go field HostIP (protobuf 5) missing in Rust"));
    assert!(has("Rust field (protobuf 9) not in Go"));
    assert!(has(
        "field order (protobuf numbers): Go [1, 2, 3, 4], Rust [1, 3, 2, 4]"
    ));
    assert_eq!(c.findings.len(), 6);
    assert!(c
        .findings
        .iter()
        .all(|f| f.category == Category::Unexplained));
}

#[test]
fn generated_types_match_the_go_sources() {
    let Some(u) = common::universe() else { return };
    let mut c = checker(u);
    let kinds = kcodec_types::registry::kinds();
    for k in kinds {
        let pkg =
            go_package(u, k.group, k.version).unwrap_or_else(|| panic!("no Go package for {k:?}"));
        let decl = pkg
            .type_decl(k.kind)
            .unwrap_or_else(|| panic!("{k:?}: no Go type {} in {}", k.kind, pkg.import_path));
        // The kind is registered by the Go sources too (meta/v1 kinds: in some group).
        let registered = u
            .packages
            .values()
            .flat_map(|p| &p.kinds)
            .any(|r| r.type_name == k.kind && r.type_pkg == pkg.import_path);
        assert!(registered, "{k:?} is not registered by any register.go");
        c.compare_struct(&pkg.import_path, decl, &k.proto_schema());
    }

    // TypeMeta itself: every kind embeds it without a protobuf tag (so it is never on the
    // wire there), but its own fields carry Go's tags.
    let meta = &u.packages["k8s.io/apimachinery/pkg/apis/meta/v1"];
    let tm = meta.type_decl("TypeMeta").expect("TypeMeta");
    let rs = <kcodec_types::meta::v1::TypeMeta as kcodec::schema::ProtoSchema>::proto_schema();
    // Its JSON form, which the schema does not describe: names, order and omitempty from
    // the Go tags against kcodec's output, empty and filled.
    let go_fields = tm.fields().expect("struct");
    let expect_empty: Vec<String> = go_fields
        .iter()
        .filter(|f| !f.omitempty())
        .map(|f| format!("\"{}\":\"\"", f.json_name()))
        .collect();
    let expect_empty = format!("{{{}}}", expect_empty.join(","));
    let expect_full: Vec<String> = go_fields
        .iter()
        .map(|f| format!("\"{}\":\"{}\"", f.json_name(), f.name))
        .collect();
    let expect_full = format!("{{{}}}", expect_full.join(","));
    let empty = String::from_utf8(
        kcodec::json::to_vec(&kcodec_types::meta::v1::TypeMeta::default()).unwrap(),
    )
    .expect("utf-8");
    let full = kcodec_types::meta::v1::TypeMeta {
        kind: "Kind".into(),
        api_version: "APIVersion".into(),
    };
    let full = String::from_utf8(kcodec::json::to_vec(&full).unwrap()).expect("utf-8");
    if (empty.as_str(), full.as_str()) != (expect_empty.as_str(), expect_full.as_str()) {
        c.push(
            Category::Unexplained,
            "meta/v1.TypeMeta",
            format!("JSON: Go tags give {expect_empty} and {expect_full}, kcodec writes {empty} and {full}"),
        );
    }
    // And as a struct: Go's protobuf tags (kind = 1, apiVersion = 2) are the Rust ones.
    c.compare_struct(meta.import_path.as_str(), tm, &rs);

    println!(
        "compared {} kinds: {} structs, {} Go fields",
        kinds.len(),
        c.structs,
        c.fields
    );
    println!("special (hand-written) types met: {:?}", c.specials_used);
    let mut by_cat: BTreeMap<Category, Vec<&Finding>> = BTreeMap::new();
    for f in &c.findings {
        by_cat.entry(f.category).or_default().push(f);
    }
    for (cat, fs) in &by_cat {
        println!("{cat:?}: {}", fs.len());
        for f in fs {
            println!("  {f}");
        }
    }
    c.nil_vs_empty.sort();
    println!("nil-vs-empty fields: {}", c.nil_vs_empty.len());
    for p in &c.nil_vs_empty {
        println!("  {p}");
    }
    let unexplained: Vec<&Finding> = c
        .findings
        .iter()
        .filter(|f| !f.category.explained())
        .collect();
    assert!(
        unexplained.is_empty(),
        "{} unexplained differences (see the output above)",
        unexplained.len()
    );
}
