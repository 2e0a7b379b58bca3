//! Go types → the schema model (`kcodec_codegen::model`): which structs are emitted, each
//! field's Rust type, name, JSON and protobuf options.
//!
//! The rules, each a fact of how Kubernetes' Go codecs treat the Go type:
//! - a pointer is an `Option` (presence); a pointer to a struct is boxed when the struct is
//!   a "one of many sources" union (8 or more such pointers, as `VolumeSource`) or when the
//!   field's type contains the struct itself;
//! - a slice or map without `omitempty` is `kcodec::List<T>` / `kcodec::Map<K, V>` (a
//!   `Vec`/`BTreeMap` that remembers nil): Go writes a nil one as `null` and an empty one as
//!   `[]`/`{}`; a pointer to a slice or map (none in Kubernetes' API) stays an `Option`;
//! - every `[]byte` field is `Option<Binary>`: protobuf writes the field iff the slice is
//!   non-nil, empty or not;
//! - a named slice marked `+protobuf.nullable=true` (`Verbs`, `ExtraValue`) is a newtype
//!   whose protobuf form is a message of `items` (`wrapped_list!`), in an `Option` when the
//!   field is not `omitempty` (nil: `null` and no protobuf field; empty: `[]` and an empty
//!   message);
//! - other named non-struct types (string enums, `ResourceList`) are their underlying type;
//! - the hand-written special types ([`SPECIAL`]) and the named types of packages outside
//!   the sources ([`EXTERNAL`]) map by name.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kcodec_codegen::model::{Field as MField, FieldType, Omit};

use crate::model::{Field, GoType, TypeDecl};
use crate::Universe;

use super::names::{field_ident, module_path};

/// Go types written by hand in kcodec-types: (import path, name, Rust name in generated code).
pub const SPECIAL: &[(&str, &str, &str)] = &[
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Time", "Time"),
    (
        "k8s.io/apimachinery/pkg/apis/meta/v1",
        "MicroTime",
        "MicroTime",
    ),
    (
        "k8s.io/apimachinery/pkg/apis/meta/v1",
        "Duration",
        "Duration",
    ),
    (
        "k8s.io/apimachinery/pkg/apis/meta/v1",
        "FieldsV1",
        "FieldsV1",
    ),
    (
        "k8s.io/apimachinery/pkg/api/resource",
        "Quantity",
        "Quantity",
    ),
    (
        "k8s.io/apimachinery/pkg/util/intstr",
        "IntOrString",
        "IntOrString",
    ),
    (
        "k8s.io/apimachinery/pkg/runtime",
        "RawExtension",
        "RawExtension",
    ),
];

/// Named types of packages outside the sources, by the Go type they are defined as.
pub const EXTERNAL: &[(&str, &str, &str)] = &[
    ("k8s.io/apimachinery/pkg/types", "UID", "string"),
    ("k8s.io/apimachinery/pkg/types", "NodeName", "string"),
    ("time", "Duration", "int64"),
];

/// The model of one Rust field, with its Rust spelling.
#[derive(Clone, Debug)]
pub struct RField {
    /// The schema model's field.
    pub model: MField,
    /// The Rust type as written in generated code.
    pub rust: String,
    /// The Go field.
    pub go: Field,
    /// Whether the field is optional (`+optional`, `omitempty` or a pointer).
    pub optional: bool,
}

/// A struct to emit.
#[derive(Clone, Debug)]
pub struct RStruct {
    /// The Go type name (also the Rust name).
    pub name: String,
    /// Its fields in declaration order.
    pub fields: Vec<RField>,
}

/// Decides what is emitted and how.
pub struct Mapper<'u> {
    u: &'u Universe,
    /// Emitted structs: (package, name).
    emitted: BTreeSet<(String, String)>,
    /// Named slices emitted as wrapped lists: (package, name) → element's Go type.
    wrapped: BTreeMap<(String, String), GoType>,
    /// Why a struct was left out.
    pub skipped: BTreeMap<(String, String), String>,
    /// The package generated outside kcodec-types (a custom resource's), if any: its
    /// references to Kubernetes' types go through the `kcodec_types` crate.
    outside: Option<String>,
}

fn is_special(pkg: &str, name: &str) -> Option<&'static str> {
    SPECIAL
        .iter()
        .find(|(p, n, _)| *p == pkg && *n == name)
        .map(|(_, _, r)| *r)
}

fn external(pkg: &str, name: &str) -> Option<&'static str> {
    EXTERNAL
        .iter()
        .find(|(p, n, _)| *p == pkg && *n == name)
        .map(|(_, _, d)| *d)
}

/// kcodec-types' module of a special type's Go package.
fn special_module(pkg: &str) -> &'static str {
    match pkg {
        "k8s.io/apimachinery/pkg/api/resource" => "resource",
        "k8s.io/apimachinery/pkg/util/intstr" => "intstr",
        "k8s.io/apimachinery/pkg/runtime" => "runtime",
        _ => "meta::v1",
    }
}

/// Whether `pkg` is one whose types are generated in kcodec-types.
pub fn generated_package(pkg: &str) -> bool {
    module_path(pkg).is_some()
}

fn exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

impl<'u> Mapper<'u> {
    /// Decide the emitted structs and wrapped lists of every generated package.
    pub fn new(u: &'u Universe) -> Mapper<'u> {
        Mapper::build(u, None)
    }

    /// For one package generated outside kcodec-types (a custom resource's API package,
    /// JSON only): its types, with Kubernetes' types named through `kcodec_types`.
    pub fn outside(u: &'u Universe, import_path: &str) -> Mapper<'u> {
        Mapper::build(u, Some(import_path.to_string()))
    }

    fn build(u: &'u Universe, outside: Option<String>) -> Mapper<'u> {
        let mut m = Mapper {
            u,
            emitted: BTreeSet::new(),
            wrapped: BTreeMap::new(),
            skipped: BTreeMap::new(),
            outside,
        };
        for p in u.packages.values() {
            if !m.generated(&p.import_path) {
                continue;
            }
            for t in &p.types {
                let key = (p.import_path.clone(), t.name.clone());
                if !exported(&t.name) || is_special(&p.import_path, &t.name).is_some() {
                    continue;
                }
                if !t.type_params.is_empty() {
                    m.skipped.insert(key, "generic type".into());
                    continue;
                }
                if t.alias {
                    continue;
                }
                if u.struct_fields(t).is_some() {
                    m.emitted.insert(key);
                } else if let Some(elem) = wrapped_elem(t) {
                    // Outside kcodec-types a wrapped list is its slice (JSON only).
                    if generated_package(&p.import_path) {
                        m.wrapped.insert(key, elem);
                    }
                }
            }
        }
        // Drop structs whose fields cannot be mapped, until none is left.
        loop {
            let mut drop = Vec::new();
            for (pkg, name) in &m.emitted {
                let decl = u.lookup(pkg, name).expect("emitted type exists");
                let fields = u.struct_fields(decl).expect("struct");
                for f in fields {
                    if f.json_skip() {
                        continue;
                    }
                    if let Err(why) = m.field_type(pkg, f, false) {
                        drop.push((
                            (pkg.clone(), name.clone()),
                            format!("field {}: {why}", f.name),
                        ));
                        break;
                    }
                }
            }
            if drop.is_empty() {
                break;
            }
            for (k, why) in drop {
                m.emitted.remove(&k);
                m.skipped.insert(k, why);
            }
        }
        m
    }

    /// Whether `pkg`'s types are generated (in kcodec-types, or the outside package).
    fn generated(&self, pkg: &str) -> bool {
        generated_package(pkg) || self.outside.as_deref() == Some(pkg)
    }

    /// Whether the struct (package, name) is emitted.
    pub fn is_emitted(&self, pkg: &str, name: &str) -> bool {
        self.emitted.contains(&(pkg.to_string(), name.to_string()))
    }

    /// The emitted structs of `pkg`, in declaration order.
    pub fn structs_of(&self, pkg: &str) -> Vec<&'u TypeDecl> {
        let p = &self.u.packages[pkg];
        p.types
            .iter()
            .filter(|t| self.is_emitted(pkg, &t.name))
            .collect()
    }

    /// The wrapped lists of `pkg`: (type, element's Rust type).
    pub fn wrapped_of(&self, pkg: &str) -> Vec<(&'u TypeDecl, String)> {
        let p = &self.u.packages[pkg];
        p.types
            .iter()
            .filter_map(|t| {
                let elem = self.wrapped.get(&(pkg.to_string(), t.name.clone()))?;
                let rust = self.value_type(pkg, elem).ok()?.0;
                Some((t, rust))
            })
            .collect()
    }

    /// The Rust path of the generated type (pkg, name) as seen from package `cur`.
    fn path(&self, cur: &str, pkg: &str, name: &str) -> String {
        if cur == pkg {
            name.to_string()
        } else {
            let m = module_path(pkg).expect("generated package");
            let krate = if self.outside.is_some() {
                "kcodec_types"
            } else {
                "crate"
            };
            format!("{krate}::{}::{name}", m.join("::"))
        }
    }

    /// The Rust type of a value of Go type `ty` (no field-level `Option`), seen from `cur`.
    fn value_type(&self, cur: &str, ty: &GoType) -> Result<(String, FieldType), String> {
        match ty {
            GoType::Named {
                pkg: None, name, ..
            } => {
                let (r, t) = match name.as_str() {
                    "string" => ("Str", FieldType::Str),
                    "bool" => ("bool", FieldType::Bool),
                    "int32" => ("i32", FieldType::I32),
                    "int64" => ("i64", FieldType::I64),
                    "uint32" => ("u32", FieldType::U32),
                    "uint64" => ("u64", FieldType::U64),
                    "float32" => ("f32", FieldType::F32),
                    "float64" => ("f64", FieldType::F64),
                    other => return Err(format!("Go type {other} has no mapping")),
                };
                Ok((r.to_string(), t))
            }
            GoType::Named {
                pkg: Some(p),
                name,
                args,
            } => {
                if !args.is_empty() {
                    return Err(format!("generic instance {}", ty.go_syntax()));
                }
                if let Some(r) = is_special(p, name) {
                    let r = match &self.outside {
                        Some(_) => format!("kcodec_types::{}::{r}", special_module(p)),
                        None => r.to_string(),
                    };
                    return Ok((r.clone(), FieldType::Named(r)));
                }
                if let Some(def) = external(p, name) {
                    let t = GoType::Named {
                        pkg: None,
                        name: def.to_string(),
                        args: vec![],
                    };
                    return self.value_type(cur, &t);
                }
                let decl = self
                    .u
                    .lookup(p, name)
                    .ok_or_else(|| format!("Go type {} not found", ty.go_syntax()))?;
                if decl.alias {
                    return self.value_type(p, &decl.ty);
                }
                if self.u.struct_fields(decl).is_some() {
                    if !self.generated(p) {
                        return Err(format!(
                            "struct {} of a package not generated",
                            ty.go_syntax()
                        ));
                    }
                    if !self.emitted.contains(&(p.clone(), name.clone())) {
                        return Err(format!("struct {} is not emitted", ty.go_syntax()));
                    }
                    let path = self.path(cur, p, name);
                    return Ok((path.clone(), FieldType::Named(path)));
                }
                if self.wrapped.contains_key(&(p.clone(), name.clone())) {
                    let path = self.path(cur, p, name);
                    return Ok((path.clone(), FieldType::Named(path)));
                }
                self.value_type(p, &decl.ty)
            }
            GoType::Pointer(t) => {
                let (r, ft) = self.value_type(cur, t)?;
                Ok((format!("Option<{r}>"), FieldType::Option(Box::new(ft))))
            }
            GoType::Slice(e) if e.is_builtin("byte") || e.is_builtin("uint8") => {
                Ok(("Binary".into(), FieldType::Binary))
            }
            GoType::Slice(e) => {
                let (r, ft) = self.value_type(cur, e)?;
                Ok((format!("Vec<{r}>"), FieldType::Vec(Box::new(ft))))
            }
            GoType::Map { key, value } => {
                let (kr, kt) = self.value_type(cur, key)?;
                if kt != FieldType::Str {
                    return Err(format!("map key {}", key.go_syntax()));
                }
                let (vr, vt) = self.value_type(cur, value)?;
                Ok((
                    format!("BTreeMap<{kr}, {vr}>"),
                    FieldType::Map(Box::new(kt), Box::new(vt)),
                ))
            }
            other => Err(format!("Go type {} has no mapping", other.go_syntax())),
        }
    }

    /// The Rust type of field `f` of a struct emitted into package `cur` (the field's Go
    /// type names its packages itself); `boxed`: a pointer to a struct is held in a `Box`.
    fn field_type(&self, cur: &str, f: &Field, boxed: bool) -> Result<(String, FieldType), String> {
        let under = self.u.underlying(&f.ty);
        let special = matches!(&f.ty, GoType::Named { pkg: Some(p), name, .. } if is_special(p, name).is_some());
        let wrapped = matches!(&f.ty, GoType::Named { pkg: Some(p), name, .. }
            if self.wrapped.contains_key(&(p.clone(), name.clone())));
        match &f.ty {
            GoType::Pointer(inner) => {
                let (r, ft) = self.value_type(cur, inner)?;
                if boxed {
                    Ok((
                        format!("Option<Box<{r}>>"),
                        FieldType::Option(Box::new(FieldType::Box(Box::new(ft)))),
                    ))
                } else {
                    Ok((format!("Option<{r}>"), FieldType::Option(Box::new(ft))))
                }
            }
            // A wrapped list without omitempty: nil (`null`, no protobuf field) apart from
            // empty (`[]`, an empty message), as Go keeps them.
            _ if wrapped && !f.omitempty() => {
                let (r, ft) = self.value_type(cur, &f.ty)?;
                Ok((format!("Option<{r}>"), FieldType::Option(Box::new(ft))))
            }
            _ if special || wrapped => self.value_type(cur, &f.ty),
            _ => {
                let (r, ft) = self.value_type(cur, &f.ty)?;
                if ft == FieldType::Binary {
                    return Ok((format!("Option<{r}>"), FieldType::Option(Box::new(ft))));
                }
                let collection = matches!(under, GoType::Slice(_) | GoType::Map { .. });
                if collection && !f.omitempty() {
                    return Ok(nil_aware(r, ft));
                }
                Ok((r, ft))
            }
        }
    }

    /// The struct (pkg, decl) as the model's fields.
    pub fn build_struct(&self, pkg: &str, decl: &TypeDecl) -> RStruct {
        let fields = self.u.struct_fields(decl).expect("struct");
        let boxes = self.boxed_fields(pkg, decl);
        let mut out = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for f in fields {
            if f.json_skip() {
                continue;
            }
            let inline = f.json_inline();
            let (rust, ty) = self
                .field_type(pkg, f, boxes.contains(&f.name))
                .expect("mappable (checked in new)");
            let is_type_meta = is_type_meta(f);
            let mut ident = if is_type_meta {
                "type_meta".to_string()
            } else if inline {
                field_ident(&f.name)
            } else {
                // Named after the JSON key, as k8s-openapi does (`metadata`, not `object_meta`).
                let key: String = f
                    .json_name()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect();
                field_ident(&key)
            };
            let n = seen.entry(ident.clone()).or_default();
            *n += 1;
            if *n > 1 {
                ident = format!("{ident}_{n}");
            }
            let json_name = f.json_name().to_string();
            let tag = f.protobuf.as_ref().map(|p| p.number);
            let proto_name = f.protobuf.as_ref().and_then(|p| {
                let name = p.name.clone().unwrap_or_else(|| lower_first(&f.name));
                (inline || name != json_name).then_some(name)
            });
            let mut model = MField::new(ident, ty);
            model.json_name = json_name;
            model.tag = tag;
            model.proto_name = proto_name;
            model.omit = Omit::from_flags(f.omitempty(), f.omitzero());
            model.inline = inline;
            // A `[]byte` (always `Option<Binary>`) with omitempty: left out when nil or empty.
            if f.omitempty() && rust == "Option<Binary>" {
                model.with = Some("kcodec::go_slice".into());
            }
            let optional = f.is_optional_marker()
                || f.omitempty()
                || f.omitzero()
                || matches!(f.ty, GoType::Pointer(_));
            out.push(RField {
                model,
                rust,
                go: f.clone(),
                optional,
            });
        }
        RStruct {
            name: decl.name.clone(),
            fields: out,
        }
    }

    /// Whether the struct embeds meta/v1's `TypeMeta` inline (a kind's `kind` and
    /// `apiVersion`).
    pub fn has_type_meta(&self, decl: &TypeDecl) -> bool {
        self.u
            .struct_fields(decl)
            .is_some_and(|fields| fields.iter().any(is_type_meta))
    }

    /// Go names of the pointer-to-struct fields of (pkg, decl) held in a `Box`: all of them
    /// in a union of 8 or more, and any whose type contains this struct.
    fn boxed_fields(&self, pkg: &str, decl: &TypeDecl) -> BTreeSet<String> {
        let fields = self.u.struct_fields(decl).expect("struct");
        let ptr_structs: Vec<&Field> = fields
            .iter()
            .filter(|f| match &f.ty {
                GoType::Pointer(t) => self.struct_key(t).is_some(),
                _ => false,
            })
            .collect();
        let mut out = BTreeSet::new();
        if ptr_structs.len() >= 8 {
            out.extend(ptr_structs.iter().map(|f| f.name.clone()));
        }
        let me = (pkg.to_string(), decl.name.clone());
        for f in &ptr_structs {
            if let GoType::Pointer(t) = &f.ty {
                if let Some(k) = self.struct_key(t) {
                    if self.contains(&k, &me, &mut BTreeSet::new()) {
                        out.insert(f.name.clone());
                    }
                }
            }
        }
        out
    }

    /// The emitted struct a type names, if any.
    fn struct_key(&self, t: &GoType) -> Option<(String, String)> {
        match t {
            GoType::Named {
                pkg: Some(p), name, ..
            } => {
                let k = (p.clone(), name.clone());
                self.emitted.contains(&k).then_some(k)
            }
            _ => None,
        }
    }

    /// Whether struct `from` holds `target` inline (through values and pointers, not through
    /// lists or maps).
    fn contains(
        &self,
        from: &(String, String),
        target: &(String, String),
        seen: &mut BTreeSet<(String, String)>,
    ) -> bool {
        if from == target {
            return true;
        }
        if !seen.insert(from.clone()) {
            return false;
        }
        let Some(decl) = self.u.lookup(&from.0, &from.1) else {
            return false;
        };
        let Some(fields) = self.u.struct_fields(decl) else {
            return false;
        };
        fields.iter().any(|f| {
            let t = match &f.ty {
                GoType::Pointer(t) => t.as_ref(),
                t => t,
            };
            self.struct_key(t)
                .is_some_and(|k| self.contains(&k, target, seen))
        })
    }
}

/// An inline `metav1.TypeMeta` without a protobuf tag.
fn is_type_meta(f: &Field) -> bool {
    f.json_inline()
        && f.protobuf.is_none()
        && matches!(&f.ty, GoType::Named { pkg: Some(p), name, .. }
            if p == "k8s.io/apimachinery/pkg/apis/meta/v1" && name == "TypeMeta")
}

/// A Go slice or map kept nil apart from empty (`Vec<T>` / `BTreeMap<K, V>` as
/// [`Mapper::value_type`] spells them) as `kcodec::List<T>` / `kcodec::Map<K, V>`: spelled
/// with their crate (generated structs are named `List` too), and described to the model as
/// the derive sees them, named types. Any other type (none today) is held in an `Option`,
/// which keeps nil apart too.
fn nil_aware(rust: String, ft: FieldType) -> (String, FieldType) {
    let wrapped = match &ft {
        FieldType::Vec(_) => rust
            .strip_prefix("Vec<")
            .map(|r| format!("kcodec::List<{r}")),
        FieldType::Map(..) => rust
            .strip_prefix("BTreeMap<")
            .map(|r| format!("kcodec::Map<{r}")),
        _ => None,
    };
    match wrapped {
        Some(r) => (r.clone(), FieldType::Named(r)),
        None => (format!("Option<{rust}>"), FieldType::Option(Box::new(ft))),
    }
}

/// The element type of a named slice marked `+protobuf.nullable=true`.
fn wrapped_elem(t: &TypeDecl) -> Option<GoType> {
    let nullable = t
        .marker("protobuf.nullable")
        .is_some_and(|m| m.value.as_deref() == Some("true"));
    match &t.ty {
        GoType::Slice(e) if nullable => Some((**e).clone()),
        _ => None,
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
