//! Rust types → proto2 `.proto` files, one per protobuf package.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::{self, Write as _};

use super::{
    FieldSchema, FieldType, MessageSchema, ProtoSchema, OPTIONS_PROTO, OPTIONS_PROTO_PATH,
};

/// Writes `.proto` files for the messages reachable from a set of roots.
///
/// ```
/// use kcodec::schema::{FieldType, MessageSchema, ProtoFiles, Scalar, FieldSchema};
/// fn thing() -> MessageSchema {
///     MessageSchema {
///         name: "Thing",
///         module_path: "my_crate::api",
///         package: None,
///         fields: vec![FieldSchema {
///             name: "name", json_name: "name", tag: 1,
///             ty: FieldType::Scalar(Scalar::String),
///             omitempty: true, omitzero: false, inline: false,
///         }],
///         json_only: vec![],
///     }
/// }
/// let files = ProtoFiles::new().package("my_crate::api", "example.api.v1").root_fn(thing).emit().unwrap();
/// assert_eq!(files[0].name, "example/api/v1.proto");
/// assert!(files[0].source.contains("message Thing {\n  optional string name = 1 [(kcodec.nullable) = false];\n}"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct ProtoFiles {
    roots: Vec<fn() -> MessageSchema>,
    packages: Vec<(String, String)>,
}

/// One generated `.proto` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtoFile {
    /// Its import path (`k8s.io/api/core/v1/generated.proto`).
    pub name: String,
    /// Its protobuf package.
    pub package: String,
    /// The file's text.
    pub source: String,
}

/// Why the files could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaError {
    /// A type's module has no protobuf package.
    NoPackage {
        /// `module::path::Type`.
        rust_type: String,
    },
    /// Two Rust types map to the same protobuf message name.
    DuplicateMessage {
        /// The protobuf full name.
        full_name: String,
    },
    /// A field's Rust type has no protobuf form (`Vec<Vec<T>>`, a map of lists, a map keyed
    /// by a message).
    Unrepresentable {
        /// `Message.field`.
        field: String,
        /// What is wrong.
        reason: &'static str,
    },
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::NoPackage { rust_type } => write!(
                f,
                "no protobuf package for `{rust_type}`: map its module with ProtoFiles::package"
            ),
            SchemaError::DuplicateMessage { full_name } => {
                write!(f, "two Rust types are the protobuf message `{full_name}`")
            }
            SchemaError::Unrepresentable { field, reason } => {
                write!(f, "field `{field}` has no protobuf form: {reason}")
            }
        }
    }
}

impl std::error::Error for SchemaError {}

impl ProtoFile {
    /// Whether this is `kcodec/options.proto` (imported by the others, not an API package).
    pub fn is_options(&self) -> bool {
        self.name == OPTIONS_PROTO_PATH
    }

    /// Write `files` under `dir` at their import paths, creating directories; returns the
    /// paths written, in order.
    pub fn write_all(
        files: &[ProtoFile],
        dir: &std::path::Path,
    ) -> std::io::Result<Vec<std::path::PathBuf>> {
        let mut written = Vec::with_capacity(files.len());
        for f in files {
            let path = dir.join(&f.name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &f.source)?;
            written.push(path);
        }
        Ok(written)
    }
}

/// A message with its resolved package.
struct Resolved {
    schema: MessageSchema,
    package: String,
}

impl ProtoFiles {
    /// No roots, no package mappings.
    pub fn new() -> ProtoFiles {
        ProtoFiles::default()
    }

    /// Types defined in `module_prefix` (a Rust module path, matched on `::` boundaries; the
    /// longest match wins) belong to protobuf package `package`.
    pub fn package(mut self, module_prefix: &str, package: &str) -> ProtoFiles {
        self.packages.push((module_prefix.into(), package.into()));
        self
    }

    /// Add `T` and every message it reaches.
    pub fn root<T: ProtoSchema>(self) -> ProtoFiles {
        self.root_fn(T::proto_schema)
    }

    /// Add the message described by `f` and every message it reaches.
    pub fn root_fn(mut self, f: fn() -> MessageSchema) -> ProtoFiles {
        self.roots.push(f);
        self
    }

    /// The file a package is written to: Kubernetes' layout for `k8s.io.*`
    /// (`k8s.io/api/core/v1/generated.proto`), else the package's dots as directories
    /// (`example.api.v1` → `example/api/v1.proto`).
    pub fn file_name(package: &str) -> String {
        match package.strip_prefix("k8s.io.") {
            Some(rest) => format!("k8s.io/{}/generated.proto", rest.replace('.', "/")),
            None => format!("{}.proto", package.replace('.', "/")),
        }
    }

    /// The protobuf package of a message: its own, or its module's mapping.
    pub fn package_of(&self, schema: &MessageSchema) -> Result<String, SchemaError> {
        if let Some(p) = schema.package {
            return Ok(p.to_string());
        }
        let path = schema.module_path;
        self.packages
            .iter()
            .filter(|(prefix, _)| {
                path == prefix
                    || path
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|rest| rest.starts_with("::"))
            })
            .max_by_key(|(prefix, _)| prefix.len())
            .map(|(_, package)| package.clone())
            .ok_or_else(|| SchemaError::NoPackage {
                rust_type: format!("{}::{}", schema.module_path, schema.name),
            })
    }

    /// Every reachable message, keyed by protobuf full name.
    fn collect(&self) -> Result<BTreeMap<String, Resolved>, SchemaError> {
        let mut out: BTreeMap<String, Resolved> = BTreeMap::new();
        let mut seen: BTreeSet<(&'static str, &'static str)> = BTreeSet::new();
        let mut queue: VecDeque<fn() -> MessageSchema> = self.roots.iter().copied().collect();
        while let Some(f) = queue.pop_front() {
            let schema = f();
            if !seen.insert((schema.module_path, schema.name)) {
                continue;
            }
            let package = self.package_of(&schema)?;
            let full_name = format!("{package}.{}", schema.name);
            for field in &schema.fields {
                each_message(&field.ty, &mut |m| queue.push_back(m));
            }
            if out.contains_key(&full_name) {
                return Err(SchemaError::DuplicateMessage { full_name });
            }
            out.insert(full_name, Resolved { schema, package });
        }
        Ok(out)
    }

    /// Write the files, sorted by name. `kcodec/options.proto` is among them when any file
    /// uses kcodec's options.
    pub fn emit(&self) -> Result<Vec<ProtoFile>, SchemaError> {
        let messages = self.collect()?;
        let mut by_package: BTreeMap<&str, Vec<&Resolved>> = BTreeMap::new();
        for m in messages.values() {
            by_package.entry(&m.package).or_default().push(m);
        }
        let mut files = Vec::new();
        let mut uses_options = false;
        for (package, msgs) in by_package {
            let mut body = String::new();
            let mut imports: BTreeSet<String> = BTreeSet::new();
            let mut file_uses_options = false;
            for m in msgs {
                let cx = FileCx {
                    package,
                    files: self,
                    imports: &mut imports,
                    uses_options: &mut file_uses_options,
                };
                write_message(&mut body, m, cx)?;
            }
            if file_uses_options {
                imports.insert(OPTIONS_PROTO_PATH.to_string());
                uses_options = true;
            }
            let mut source = String::new();
            source.push_str("// Generated by kcodec from Rust types. Do not edit.\n");
            source.push_str("syntax = \"proto2\";\n\n");
            let _ = writeln!(source, "package {package};\n");
            for i in &imports {
                let _ = writeln!(source, "import \"{i}\";");
            }
            if !imports.is_empty() {
                source.push('\n');
            }
            source.push_str(&body);
            files.push(ProtoFile {
                name: ProtoFiles::file_name(package),
                package: package.to_string(),
                source,
            });
        }
        if uses_options {
            files.push(ProtoFile {
                name: OPTIONS_PROTO_PATH.into(),
                package: "kcodec".into(),
                source: OPTIONS_PROTO.into(),
            });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }
}

fn each_message(ty: &FieldType, f: &mut impl FnMut(fn() -> MessageSchema)) {
    match ty {
        FieldType::Scalar(_) => {}
        FieldType::Message(m) => f(*m),
        FieldType::Optional(t) | FieldType::Boxed(t) | FieldType::Repeated(t) => each_message(t, f),
        FieldType::Map(k, v) => {
            each_message(k, f);
            each_message(v, f);
        }
    }
}

/// What writing one file's messages needs.
struct FileCx<'a> {
    package: &'a str,
    files: &'a ProtoFiles,
    imports: &'a mut BTreeSet<String>,
    uses_options: &'a mut bool,
}

impl FileCx<'_> {
    /// The name of a singular (scalar or message) type as this file refers to it.
    fn type_name(&mut self, ty: &FieldType, field: &str) -> Result<String, SchemaError> {
        match ty.unwrapped() {
            FieldType::Scalar(s) => Ok(s.proto_name().to_string()),
            FieldType::Message(m) => {
                let schema = m();
                let package = self.files.package_of(&schema)?;
                if package == self.package {
                    Ok(schema.name.to_string())
                } else {
                    self.imports.insert(ProtoFiles::file_name(&package));
                    Ok(format!("{package}.{}", schema.name))
                }
            }
            _ => Err(SchemaError::Unrepresentable {
                field: field.to_string(),
                reason: "a list or map inside a list or map needs a wrapper message",
            }),
        }
    }
}

fn write_message(out: &mut String, m: &Resolved, mut cx: FileCx<'_>) -> Result<(), SchemaError> {
    let s = &m.schema;
    let _ = writeln!(out, "message {} {{", s.name);
    for (i, f) in s.json_only.iter().enumerate() {
        if i == 0 && f.is_type_meta() {
            out.push_str("  option (kcodec.type_meta) = true;\n\n");
            *cx.uses_options = true;
        } else {
            let _ = writeln!(
                out,
                "  // JSON-only field `{}` has no protobuf form.",
                f.ident
            );
        }
    }
    for f in &s.fields {
        write_field(out, s.name, f, &mut cx)?;
    }
    out.push_str("}\n\n");
    Ok(())
}

fn write_field(
    out: &mut String,
    message: &str,
    f: &FieldSchema,
    cx: &mut FileCx<'_>,
) -> Result<(), SchemaError> {
    let path = format!("{message}.{}", f.name);
    let unrepresentable = |reason| SchemaError::Unrepresentable {
        field: path.clone(),
        reason,
    };
    let mut options: Vec<&str> = Vec::new();
    let t = &f.ty;
    let decl = match t.unwrapped() {
        FieldType::Repeated(inner) => {
            if t.is_optional() {
                // `Option<Vec<T>>`: a Go slice whose nil and empty differ in JSON.
                options.push("(kcodec.nullable) = true");
            }
            format!("repeated {}", cx.type_name(inner, &path)?)
        }
        FieldType::Map(k, v) => {
            if t.is_optional() {
                options.push("(kcodec.nullable) = true");
            }
            if !matches!(k.unwrapped(), FieldType::Scalar(_)) {
                return Err(unrepresentable("map keys must be scalars"));
            }
            let key = cx.type_name(k, &path)?;
            let value = cx.type_name(v, &path)?;
            format!("map<{key}, {value}>")
        }
        _ => {
            if !t.is_optional() {
                options.push("(kcodec.nullable) = false");
            }
            format!("optional {}", cx.type_name(t, &path)?)
        }
    };
    if !f.omitempty {
        options.push("(kcodec.omitempty) = false");
    }
    if f.omitzero {
        options.push("(kcodec.omitzero) = true");
    }
    if f.inline {
        options.push("(kcodec.inline) = true");
    }
    if f.json_name != f.name && !f.inline {
        // `json_name` is protobuf's own option.
        let _ = write!(
            out,
            "  {decl} {} = {} [json_name = \"{}\"",
            f.name, f.tag, f.json_name
        );
        for o in &options {
            let _ = write!(out, ", {o}");
        }
        out.push_str("];\n");
    } else {
        let _ = write!(out, "  {decl} {} = {}", f.name, f.tag);
        if !options.is_empty() {
            let _ = write!(out, " [{}]", options.join(", "));
        }
        out.push_str(";\n");
    }
    if !options.is_empty() {
        *cx.uses_options = true;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{JsonOnlyField, Scalar};
    use super::*;

    fn meta() -> MessageSchema {
        MessageSchema {
            name: "Meta",
            module_path: "app::meta",
            package: None,
            fields: vec![FieldSchema {
                name: "labels",
                json_name: "labels",
                tag: 11,
                ty: FieldType::Map(
                    Box::new(FieldType::Scalar(Scalar::String)),
                    Box::new(FieldType::Scalar(Scalar::String)),
                ),
                omitempty: true,
                omitzero: false,
                inline: false,
            }],
            json_only: vec![],
        }
    }

    fn node() -> MessageSchema {
        let field = |name, tag, ty, omitempty| FieldSchema {
            name,
            json_name: name,
            tag,
            ty,
            omitempty,
            omitzero: false,
            inline: false,
        };
        MessageSchema {
            name: "Node",
            module_path: "app::tree",
            package: None,
            fields: vec![
                field("metadata", 1, FieldType::Message(meta), false),
                field(
                    "children",
                    3,
                    FieldType::Repeated(Box::new(FieldType::Message(node))),
                    true,
                ),
                field(
                    "weight",
                    2,
                    FieldType::Optional(Box::new(FieldType::Scalar(Scalar::Double))),
                    true,
                ),
            ],
            json_only: vec![JsonOnlyField {
                ident: "type_meta",
                inline: true,
                type_name: "TypeMeta",
            }],
        }
    }

    fn files() -> ProtoFiles {
        ProtoFiles::new()
            .package("app", "example.app")
            .package("app::meta", "example.meta.v1")
            .root_fn(node)
    }

    #[test]
    fn writes_one_file_per_package_with_imports_and_options() {
        let out = files().emit().unwrap();
        let names: Vec<&str> = out.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "example/app.proto",
                "example/meta/v1.proto",
                "kcodec/options.proto"
            ]
        );
        assert_eq!(
            out[0].source,
            "// Generated by kcodec from Rust types. Do not edit.\n\
             syntax = \"proto2\";\n\n\
             package example.app;\n\n\
             import \"example/meta/v1.proto\";\n\
             import \"kcodec/options.proto\";\n\n\
             message Node {\n  \
               option (kcodec.type_meta) = true;\n\n  \
               optional example.meta.v1.Meta metadata = 1 [(kcodec.nullable) = false, (kcodec.omitempty) = false];\n  \
               repeated Node children = 3;\n  \
               optional double weight = 2;\n\
             }\n\n"
        );
        assert!(out[1]
            .source
            .contains("  map<string, string> labels = 11;\n"));
        assert!(!out[1].source.contains("import"));
    }

    #[test]
    fn unmapped_modules_and_nested_lists_are_errors() {
        let err = ProtoFiles::new().root_fn(node).emit().unwrap_err();
        assert_eq!(
            err,
            SchemaError::NoPackage {
                rust_type: "app::tree::Node".into()
            }
        );
        // `app::treehouse` does not match the prefix `app::tree`.
        let err = ProtoFiles::new()
            .package("app::tree", "x")
            .package("app::meta", "y")
            .root_fn(|| MessageSchema {
                module_path: "app::treehouse",
                ..node()
            })
            .emit()
            .unwrap_err();
        assert!(matches!(err, SchemaError::NoPackage { .. }), "{err}");
        fn lists() -> MessageSchema {
            MessageSchema {
                name: "Lists",
                module_path: "app",
                package: None,
                fields: vec![FieldSchema {
                    name: "rows",
                    json_name: "rows",
                    tag: 1,
                    ty: FieldType::Repeated(Box::new(FieldType::Repeated(Box::new(
                        FieldType::Scalar(Scalar::Int32),
                    )))),
                    omitempty: true,
                    omitzero: false,
                    inline: false,
                }],
                json_only: vec![],
            }
        }
        let err = ProtoFiles::new()
            .package("app", "x")
            .root_fn(lists)
            .emit()
            .unwrap_err();
        assert_eq!(
            err.to_string().split(':').next(),
            Some("field `Lists.rows` has no protobuf form")
        );
    }
}
