//! Descriptors (prost-reflect, from protox) → the codegen model, one package at a time.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use heck::{ToSnakeCase, ToUpperCamelCase};
use prost_reflect::{
    Cardinality, DescriptorPool, DynamicMessage, ExtensionDescriptor, FieldDescriptor,
    FileDescriptor, Kind, MessageDescriptor,
};

use crate::model::{Field, FieldType, Message, MessageKind, Omit};

/// Why generation failed: what, and where (the `.proto` file, line and column when known).
///
/// Displayed as compilers print errors, `file:line:column: message` (`file: message` or just
/// the message when the place is not known), so a build script that prints it
/// (`panic!("{e}")`) points at the `.proto` source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenError {
    /// The `.proto` file's import path.
    pub file: Option<String>,
    /// The 1-based line.
    pub line: Option<u32>,
    /// The 1-based column (in characters).
    pub column: Option<u32>,
    /// What is wrong.
    pub message: String,
}

impl GenError {
    /// A protox error (a syntax error, an unknown type, a missing import...), at the start
    /// of its first labelled span.
    pub(crate) fn parse(e: protox::Error) -> GenError {
        use miette::Diagnostic;
        let place = e
            .labels()
            .and_then(|mut labels| labels.next())
            .and_then(|label| {
                let source = e.source_code()?;
                let contents = source.read_span(label.inner(), 0, 0).ok()?;
                let name = contents.name().map(str::to_string);
                Some((
                    name,
                    contents.line() as u32 + 1,
                    contents.column() as u32 + 1,
                ))
            });
        let (name, line, column) = match place {
            Some((name, line, column)) => (name, Some(line), Some(column)),
            None => (None, None, None),
        };
        GenError {
            file: e.file().map(str::to_string).or(name),
            line,
            column,
            message: e.to_string(),
        }
    }
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}:")?;
            if let Some(line) = self.line {
                write!(f, "{line}:")?;
                if let Some(column) = self.column {
                    write!(f, "{column}:")?;
                }
            }
            f.write_str(" ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for GenError {}

/// What mapping needs from the Builder.
pub(crate) struct Context<'a> {
    pub pool: &'a DescriptorPool,
    /// `(".proto.path", "::rust::path")`.
    pub externs: &'a [(String, String)],
    pub crate_path: &'a str,
    pub std_string: bool,
    pub json_camel_case: bool,
    /// Kubernetes awareness (special types, kinds without kcodec options get TypeMeta).
    pub kubernetes: bool,
}

/// A protobuf package's generated items.
pub(crate) struct Package {
    /// The protobuf package (`k8s.io.api.core.v1`).
    pub name: String,
    pub messages: Vec<GenMessage>,
    pub enums: Vec<GenEnum>,
}

/// A message to generate.
pub(crate) struct GenMessage {
    pub model: Message,
    /// `.pkg.Outer.Inner`.
    pub full_name: String,
    pub doc: Option<String>,
    /// Per model field: its doc comment and `.pkg.Message.field` path.
    pub fields: Vec<(Option<String>, String)>,
}

/// An enum to generate.
pub(crate) struct GenEnum {
    pub name: String,
    pub full_name: String,
    pub doc: Option<String>,
    /// `(Rust variant, protobuf name, number)`, aliases dropped.
    pub values: Vec<(String, String, i32)>,
}

/// kcodec's options, when `kcodec/options.proto` is among the files.
struct Options {
    nullable: Option<ExtensionDescriptor>,
    omitempty: Option<ExtensionDescriptor>,
    omitzero: Option<ExtensionDescriptor>,
    inline: Option<ExtensionDescriptor>,
    type_meta: Option<ExtensionDescriptor>,
}

impl Options {
    fn new(pool: &DescriptorPool) -> Options {
        let get = |n: &str| pool.get_extension_by_name(n);
        Options {
            nullable: get("kcodec.nullable"),
            omitempty: get("kcodec.omitempty"),
            omitzero: get("kcodec.omitzero"),
            inline: get("kcodec.inline"),
            type_meta: get("kcodec.type_meta"),
        }
    }
}

fn bool_option(opts: &DynamicMessage, ext: &Option<ExtensionDescriptor>) -> Option<bool> {
    let ext = ext.as_ref()?;
    if !opts.has_extension(ext) {
        return None;
    }
    opts.get_extension(ext).as_bool()
}

/// Map every message and enum defined in `files` (import paths), grouped by package.
pub(crate) fn map_files(cx: &Context<'_>, files: &[String]) -> Result<Vec<Package>, GenError> {
    let options = Options::new(cx.pool);
    let mut packages: BTreeMap<String, Package> = BTreeMap::new();
    let boxed = recursive_fields(cx.pool);
    let kinds = if cx.kubernetes {
        kubernetes_kinds(cx.pool)
    } else {
        BTreeSet::new()
    };
    for name in files {
        let file = cx.pool.get_file_by_name(name).ok_or_else(|| GenError {
            file: Some(name.clone()),
            line: None,
            column: None,
            message: "file missing from the descriptor pool".into(),
        })?;
        let pkg = packages
            .entry(file.package_name().to_string())
            .or_insert_with(|| Package {
                name: file.package_name().to_string(),
                messages: Vec::new(),
                enums: Vec::new(),
            });
        let mut all = Vec::new();
        for m in file.messages() {
            collect_messages(m, &mut all);
        }
        for m in all {
            if m.is_map_entry() || extern_path(cx, &format!(".{}", m.full_name())).is_some() {
                continue;
            }
            for e in m.child_enums() {
                pkg.enums.push(map_enum(&e));
            }
            // Files that import kcodec's options say which messages have a TypeMeta;
            // Kubernetes' own files do not, so their kinds are recognised by shape.
            let uses_options = file.dependencies().any(|d| d.name() == OPTIONS_FILE);
            let type_meta = match bool_option(&m.options(), &options.type_meta) {
                Some(v) => v,
                None => !uses_options && kinds.contains(m.full_name()),
            };
            pkg.messages
                .push(map_message(cx, &options, &boxed, &file, &m, type_meta)?);
        }
        for e in file.enums() {
            if extern_path(cx, &format!(".{}", e.full_name())).is_none() {
                pkg.enums.push(map_enum(&e));
            }
        }
    }
    Ok(packages.into_values().collect())
}

fn collect_messages(m: MessageDescriptor, out: &mut Vec<MessageDescriptor>) {
    for child in m.child_messages() {
        collect_messages(child, out);
    }
    out.push(m);
}

/// The Rust name of a message or enum: nested names are flattened (`Outer.Inner` →
/// `OuterInner`).
fn type_ident(full_name: &str, package: &str) -> String {
    let local = if package.is_empty() {
        full_name
    } else {
        &full_name[package.len() + 1..]
    };
    let name: String = local.split('.').collect();
    if matches!(name.as_str(), "Self") {
        format!("{name}_")
    } else {
        name
    }
}

/// The Rust module segments of a package (`k8s.io.api` → `k8s`, `io`, `api`).
pub(crate) fn package_modules(package: &str) -> Vec<String> {
    if package.is_empty() {
        return Vec::new();
    }
    package
        .split('.')
        .map(|p| field_ident(&p.to_snake_case()))
        .collect()
}

/// A Rust identifier for a snake-case name (keywords become raw identifiers).
pub(crate) fn field_ident(name: &str) -> String {
    const RAW: &[&str] = &[
        "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
        "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
        "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    const SUFFIX: &[&str] = &["self", "super", "crate", "Self", "_"];
    if RAW.contains(&name) {
        format!("r#{name}")
    } else if SUFFIX.contains(&name) || name.is_empty() {
        format!("{name}_")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name.to_string()
    }
}

/// The user's (or Kubernetes') Rust path for a fully qualified protobuf name, if mapped.
fn extern_path(cx: &Context<'_>, full: &str) -> Option<String> {
    let (proto, rust) = cx
        .externs
        .iter()
        .filter(|(p, _)| {
            full == p
                || full
                    .strip_prefix(p.as_str())
                    .is_some_and(|r| r.starts_with('.'))
        })
        .max_by_key(|(p, _)| p.len())?;
    let rest = &full[proto.len()..];
    if rest.is_empty() {
        return Some(rust.clone());
    }
    // A package-level mapping: the rest is the (flattened) type name.
    Some(format!(
        "{rust}::{}",
        rest.trim_start_matches('.').split('.').collect::<String>()
    ))
}

/// The path of a generated message or enum as seen from `from_package`'s module.
fn type_path(cx: &Context<'_>, from_package: &str, full: &str, package: &str) -> String {
    if let Some(p) = extern_path(cx, &format!(".{full}")) {
        return p;
    }
    let ident = type_ident(full, package);
    if from_package == package {
        return ident;
    }
    let from = package_modules(from_package);
    let to = package_modules(package);
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut path: Vec<String> = vec!["super".to_string(); from.len() - common];
    path.extend(to[common..].iter().cloned());
    path.push(ident);
    path.join("::")
}

/// Where a descriptor is defined: its 1-based line and leading comment.
fn location(file: &FileDescriptor, path: &[i32]) -> (Option<u32>, Option<String>) {
    let Some(info) = &file.file_descriptor_proto().source_code_info else {
        return (None, None);
    };
    match info.location.iter().find(|l| l.path == path) {
        Some(l) => (
            l.span.first().map(|&line| line as u32 + 1),
            l.leading_comments
                .as_ref()
                .map(|c| c.trim_end().to_string()),
        ),
        None => (None, None),
    }
}

/// The 1-based line and column where the element at `path` starts.
fn line_column(file: &FileDescriptor, path: &[i32]) -> (Option<u32>, Option<u32>) {
    let Some(info) = &file.file_descriptor_proto().source_code_info else {
        return (None, None);
    };
    match info.location.iter().find(|l| l.path == path) {
        Some(l) => (
            l.span.first().map(|&line| line as u32 + 1),
            l.span.get(1).map(|&column| column as u32 + 1),
        ),
        None => (None, None),
    }
}

fn error_at(file: &FileDescriptor, path: &[i32], message: String) -> GenError {
    let (line, column) = line_column(file, path);
    GenError {
        file: Some(file.name().to_string()),
        line,
        column,
        message,
    }
}

/// The import path of kcodec's options.
const OPTIONS_FILE: &str = "kcodec/options.proto";

/// Kubernetes' top-level kinds, recognised by shape in files without kcodec's options
/// (Kubernetes' own `generated.proto` has no trace of TypeMeta): a message whose field 1 is
/// `metadata` of type `ListMeta` (a list), or of type `ObjectMeta` when no other message
/// holds it except as the `items` of a list (`PodTemplateSpec` is held by `PodTemplate`, so
/// it is not a kind; `Pod` is only held by `PodList.items`, so it is).
fn kubernetes_kinds(pool: &DescriptorPool) -> BTreeSet<String> {
    const META: &str = "k8s.io.apimachinery.pkg.apis.meta.v1";
    let meta_type = |m: &MessageDescriptor| -> Option<String> {
        let f = m.get_field(1)?;
        match (f.name(), f.kind()) {
            ("metadata", Kind::Message(t)) if t.package_name() == META => {
                Some(t.name().to_string())
            }
            _ => None,
        }
    };
    let mut held = BTreeSet::new();
    for m in pool.all_messages() {
        let is_list = meta_type(&m).as_deref() == Some("ListMeta");
        for f in m.fields() {
            if let Kind::Message(t) = f.kind() {
                if !(is_list && f.name() == "items") {
                    held.insert(t.full_name().to_string());
                }
            }
        }
    }
    pool.all_messages()
        .filter(|m| match meta_type(m).as_deref() {
            Some("ListMeta") => true,
            Some("ObjectMeta") => !held.contains(m.full_name()),
            _ => false,
        })
        .map(|m| m.full_name().to_string())
        .collect()
}

/// Singular message fields that close a cycle (`.pkg.Message.field`): they must be boxed.
fn recursive_fields(pool: &DescriptorPool) -> BTreeSet<String> {
    let singular_targets = |m: &MessageDescriptor| -> Vec<(String, String)> {
        m.fields()
            .filter(|f| f.cardinality() != Cardinality::Repeated)
            .filter_map(|f| match f.kind() {
                Kind::Message(t) => Some((f.full_name().to_string(), t.full_name().to_string())),
                _ => None,
            })
            .collect()
    };
    let edges: BTreeMap<String, Vec<(String, String)>> = pool
        .all_messages()
        .map(|m| (m.full_name().to_string(), singular_targets(&m)))
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(m) = stack.pop() {
            if m == to {
                return true;
            }
            if seen.insert(m.clone()) {
                if let Some(es) = edges.get(&m) {
                    stack.extend(es.iter().map(|(_, t)| t.clone()));
                }
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for (m, es) in &edges {
        for (field, target) in es {
            if reaches(target, m) {
                out.insert(field.clone());
            }
        }
    }
    out
}

fn map_enum(e: &prost_reflect::EnumDescriptor) -> GenEnum {
    let mut seen = BTreeSet::new();
    let values = e
        .values()
        .filter(|v| seen.insert(v.number()))
        .map(|v| {
            (
                v.name().to_upper_camel_case(),
                v.name().to_string(),
                v.number(),
            )
        })
        .collect();
    let file = e.parent_file();
    GenEnum {
        name: type_ident(e.full_name(), e.package_name()),
        full_name: format!(".{}", e.full_name()),
        doc: location(&file, e.path()).1,
        values,
    }
}

fn map_message(
    cx: &Context<'_>,
    options: &Options,
    boxed: &BTreeSet<String>,
    file: &FileDescriptor,
    m: &MessageDescriptor,
    type_meta: bool,
) -> Result<GenMessage, GenError> {
    let package = m.package_name();
    let mut fields = Vec::new();
    let mut docs = Vec::new();
    let full_name = format!(".{}", m.full_name());
    if type_meta {
        for (ident, json) in [("kind", "kind"), ("api_version", "apiVersion")] {
            let mut f = Field::new(ident, FieldType::Str);
            f.json_name = json.into();
            f.omit = Omit::Empty;
            fields.push(f);
            docs.push((
                Some(format!(" Kubernetes' TypeMeta `{json}` (JSON only).")),
                format!("{full_name}.{json}"),
            ));
        }
    }
    // Declaration order (prost-reflect lists fields by number): it is the JSON key order.
    let declared = m
        .descriptor_proto()
        .field
        .iter()
        .filter_map(|fp| m.get_field_by_name(fp.name()));
    for f in declared {
        if let Some(oneof) = f.containing_oneof() {
            if !oneof.is_synthetic() {
                return Err(error_at(
                    file,
                    f.path(),
                    format!(
                        "`oneof {}` in message `{}` is not supported by kcodec",
                        oneof.name(),
                        m.full_name()
                    ),
                ));
            }
        }
        if f.is_group() {
            return Err(error_at(
                file,
                f.path(),
                format!("group field `{}` is not supported by kcodec", f.full_name()),
            ));
        }
        let field = map_field(cx, options, boxed, file, package, &f)?;
        docs.push((location(file, f.path()).1, format!(".{}", f.full_name())));
        fields.push(field);
    }
    let model = Message {
        name: type_ident(m.full_name(), package),
        crate_path: cx.crate_path.to_string(),
        proto_package: Some(package.to_string()).filter(|p| !p.is_empty()),
        kind: MessageKind::Struct(fields),
        span: proc_macro2::Span::call_site(),
    };
    if let Some(e) = model.check().into_iter().next() {
        return Err(error_at(
            file,
            m.path(),
            format!("message `{}`: {}", m.full_name(), e.message),
        ));
    }
    Ok(GenMessage {
        model,
        full_name,
        doc: location(file, m.path()).1,
        fields: docs,
    })
}

fn map_field(
    cx: &Context<'_>,
    options: &Options,
    boxed: &BTreeSet<String>,
    file: &FileDescriptor,
    package: &str,
    f: &FieldDescriptor,
) -> Result<Field, GenError> {
    let opts = f.options();
    let value_type = |kind: Kind| -> Result<FieldType, GenError> {
        Ok(match kind {
            Kind::Bool => FieldType::Bool,
            Kind::Int32 => FieldType::I32,
            Kind::Int64 => FieldType::I64,
            Kind::Uint32 => FieldType::U32,
            Kind::Uint64 => FieldType::U64,
            Kind::Float => FieldType::F32,
            Kind::Double => FieldType::F64,
            Kind::String if cx.std_string => FieldType::String,
            Kind::String => FieldType::Str,
            Kind::Bytes => FieldType::Binary,
            Kind::Enum(_) => FieldType::I32,
            Kind::Message(t) => {
                FieldType::Named(type_path(cx, package, t.full_name(), t.package_name()))
            }
            other => {
                return Err(error_at(
                    file,
                    f.path(),
                    format!(
                        "field `{}`: `{}` is not supported by kcodec (use int32, int64, uint32, \
                         uint64, bool, float, double, string or bytes)",
                        f.full_name(),
                        format!("{other:?}").to_lowercase()
                    ),
                ))
            }
        })
    };
    let ty = if f.is_map() {
        let Kind::Message(entry) = f.kind() else {
            unreachable!("map fields are messages")
        };
        let k = value_type(entry.map_entry_key_field().kind())?;
        let v = value_type(entry.map_entry_value_field().kind())?;
        let t = FieldType::Map(Box::new(k), Box::new(v));
        if bool_option(&opts, &options.nullable) == Some(true) {
            FieldType::Option(Box::new(t))
        } else {
            t
        }
    } else if f.is_list() {
        let t = FieldType::Vec(Box::new(value_type(f.kind())?));
        if bool_option(&opts, &options.nullable) == Some(true) {
            FieldType::Option(Box::new(t))
        } else {
            t
        }
    } else {
        let mut t = value_type(f.kind())?;
        if boxed.contains(f.full_name()) {
            t = FieldType::Box(Box::new(t));
        }
        // A proto2 `required` field is always there; an inline field is an embedded Go
        // struct, a value.
        let required = f.cardinality() == Cardinality::Required;
        let inline = bool_option(&opts, &options.inline) == Some(true);
        let presence = f.supports_presence() && !required && !inline;
        let nullable = bool_option(&opts, &options.nullable).unwrap_or(presence);
        if nullable {
            t = FieldType::Option(Box::new(t));
        }
        t
    };
    let mut out = Field::new(field_ident(&f.name().to_snake_case()), ty);
    let explicit_json = f
        .field_descriptor_proto()
        .json_name
        .as_deref()
        .filter(|j| *j != protobuf_camel_case(f.name()));
    out.json_name = match explicit_json {
        Some(j) => j.to_string(),
        None if cx.json_camel_case => f.json_name().to_string(),
        None => f.name().to_string(),
    };
    out.tag = Some(f.number());
    out.inline = bool_option(&opts, &options.inline) == Some(true);
    if !out.inline {
        out.omit = Omit::from_flags(
            bool_option(&opts, &options.omitempty).unwrap_or(true),
            bool_option(&opts, &options.omitzero).unwrap_or(false),
        );
    }
    Ok(out)
}

/// protoc's default `json_name`: underscores removed, the next letter upper-cased.
fn protobuf_camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_and_camel_case() {
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("pod_i_ps"), "pod_i_ps");
        assert_eq!(protobuf_camel_case("foo_bar_baz"), "fooBarBaz");
        assert_eq!(protobuf_camel_case("podIPs"), "podIPs");
        assert_eq!(type_ident("a.b.Outer.Inner", "a.b"), "OuterInner");
        assert_eq!(
            package_modules("k8s.io.api.core.v1"),
            ["k8s", "io", "api", "core", "v1"]
        );
    }
}
