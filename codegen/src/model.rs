//! The schema model: messages (structs and string enums), their fields, and the rules that
//! decide how each field is written in JSON and protobuf.

use proc_macro2::{Span, TokenStream};

/// A type to generate codecs for.
#[derive(Clone, Debug)]
pub struct Message {
    /// The Rust type name (`Pod`).
    pub name: String,
    /// Path of the runtime crate in generated code (default `::kcodec`).
    pub crate_path: String,
    /// The protobuf package the message belongs to, when the type names it
    /// (`#[kcodec(proto_package = "...")]`); otherwise the `.proto` emitter maps the type's
    /// Rust module to a package.
    pub proto_package: Option<String>,
    /// Struct fields or enum variants.
    pub kind: MessageKind,
    /// Where errors about the message point (call site for generated models).
    pub span: Span,
}

/// The shape of a message.
#[derive(Clone, Debug)]
pub enum MessageKind {
    /// A struct with named fields: a JSON object, a protobuf message.
    Struct(Vec<Field>),
    /// An enum of unit variants, encoded as a string; an optional `other` variant holding a
    /// string keeps unknown values (Kubernetes adds enum values every release).
    StringEnum {
        /// The known variants.
        variants: Vec<Variant>,
        /// The Rust name of the catch-all variant (`Other(Str)`), if any.
        other: Option<String>,
    },
}

/// A unit variant of a string enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// Rust variant name.
    pub ident: String,
    /// Its JSON string value.
    pub json_name: String,
}

/// When a field is left out of the JSON output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Omit {
    /// Always written.
    #[default]
    Never,
    /// Go `omitempty`: left out when `""`, `0`, `false`, `None`, or an empty list or map.
    Empty,
    /// Go `omitzero`: left out when the value is its zero value.
    Zero,
    /// Both `omitempty` and `omitzero`.
    EmptyOrZero,
}

impl Omit {
    /// From the two Go flags.
    pub fn from_flags(omitempty: bool, omitzero: bool) -> Omit {
        match (omitempty, omitzero) {
            (false, false) => Omit::Never,
            (true, false) => Omit::Empty,
            (false, true) => Omit::Zero,
            (true, true) => Omit::EmptyOrZero,
        }
    }

    /// Whether `omitempty` is set.
    pub fn empty(self) -> bool {
        matches!(self, Omit::Empty | Omit::EmptyOrZero)
    }

    /// Whether `omitzero` is set.
    pub fn zero(self) -> bool {
        matches!(self, Omit::Zero | Omit::EmptyOrZero)
    }
}

/// The structure of a field's Rust type, as far as the codecs care.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `String`.
    String,
    /// `kcodec::Str` (small string).
    Str,
    /// `kcodec::Binary` (base64 in JSON, bytes in protobuf).
    Binary,
    /// `Option<T>`: a Go pointer.
    Option(Box<FieldType>),
    /// `Box<T>`.
    Box(Box<FieldType>),
    /// `Vec<T>`: a repeated field.
    Vec(Box<FieldType>),
    /// `BTreeMap<K, V>`: a map.
    Map(Box<FieldType>, Box<FieldType>),
    /// Any other type, by its path as written (`crate::meta::v1::ObjectMeta`, `Quantity`).
    Named(String),
}

impl FieldType {
    /// The Rust spelling of the type, with `kcodec` items through `crate_path`.
    pub fn rust(&self, crate_path: &str) -> String {
        match self {
            FieldType::Bool => "bool".into(),
            FieldType::I32 => "i32".into(),
            FieldType::I64 => "i64".into(),
            FieldType::U32 => "u32".into(),
            FieldType::U64 => "u64".into(),
            FieldType::F32 => "f32".into(),
            FieldType::F64 => "f64".into(),
            FieldType::String => "::std::string::String".into(),
            FieldType::Str => format!("{crate_path}::Str"),
            FieldType::Binary => format!("{crate_path}::Binary"),
            FieldType::Option(t) => format!("::core::option::Option<{}>", t.rust(crate_path)),
            FieldType::Box(t) => format!("::std::boxed::Box<{}>", t.rust(crate_path)),
            FieldType::Vec(t) => format!("::std::vec::Vec<{}>", t.rust(crate_path)),
            FieldType::Map(k, v) => format!(
                "::std::collections::BTreeMap<{}, {}>",
                k.rust(crate_path),
                v.rust(crate_path)
            ),
            FieldType::Named(p) => p.clone(),
        }
    }
}

/// A struct field.
#[derive(Clone, Debug)]
pub struct Field {
    /// Rust field name (`container_port`).
    pub ident: String,
    /// Structure of the Rust type.
    pub ty: FieldType,
    /// JSON key (`containerPort`). Unused for inline fields.
    pub json_name: String,
    /// Protobuf field number, if the field is in the protobuf message.
    pub tag: Option<u32>,
    /// Protobuf field name when it differs from the JSON name (the inline embeds).
    pub proto_name: Option<String>,
    /// JSON omission rule.
    pub omit: Omit,
    /// JSON-inline (Go embedded struct with `json:",inline"`): its fields are flattened into
    /// this object. In protobuf it is a nested message under `tag` (or absent without one).
    pub inline: bool,
    /// A module path with `encode_json`/`decode_json` (and `is_empty_value`, for `omitempty`) functions that
    /// replace the type's own JSON codec.
    pub with: Option<String>,
    /// Where errors about the field point.
    pub span: Span,
    /// The field's type as written in the source (the derive's input), with its spans:
    /// generated code names the type with these tokens, so an error about the type (a
    /// missing codec) points at it. `None` (models built from `.proto` files): spelled from
    /// `ty`.
    pub rust_type: Option<TokenStream>,
    /// Where errors about the field's type point.
    pub ty_span: Span,
}

impl Field {
    /// A plain field with defaults: JSON name = Rust name, no tag, never omitted.
    pub fn new(ident: impl Into<String>, ty: FieldType) -> Field {
        let ident = ident.into();
        Field {
            json_name: ident.trim_start_matches("r#").to_string(),
            ident,
            ty,
            tag: None,
            proto_name: None,
            omit: Omit::Never,
            inline: false,
            with: None,
            span: Span::call_site(),
            rust_type: None,
            ty_span: Span::call_site(),
        }
    }

    /// The field's Rust type as tokens: as written, or spelled from `ty` with `kcodec` items
    /// through `crate_path`.
    pub fn rust_type(&self, crate_path: &str) -> TokenStream {
        match &self.rust_type {
            Some(t) => t.clone(),
            None => crate::json::tokens(&self.ty.rust(crate_path)),
        }
    }

    /// The protobuf field name (the JSON name unless overridden).
    pub fn proto_name(&self) -> &str {
        self.proto_name.as_deref().unwrap_or(&self.json_name)
    }
}

/// A problem found while checking a model.
#[derive(Clone, Debug)]
pub struct ModelError {
    /// What is wrong.
    pub message: String,
    /// Where it points.
    pub span: Span,
}

impl Message {
    /// Check the invariants the emitters rely on; returns every problem found.
    pub fn check(&self) -> Vec<ModelError> {
        let mut errors = Vec::new();
        match &self.kind {
            MessageKind::Struct(fields) => {
                let mut names: Vec<(&str, Span)> = Vec::new();
                let mut tags: Vec<(u32, &str)> = Vec::new();
                for f in fields {
                    if !f.inline {
                        if let Some((_, _)) = names.iter().find(|(n, _)| *n == f.json_name) {
                            errors.push(ModelError {
                                message: format!("duplicate JSON name `{}`", f.json_name),
                                span: f.span,
                            });
                        }
                        names.push((&f.json_name, f.span));
                    }
                    if let Some(t) = f.tag {
                        if t == 0 || t > 536_870_911 || (19_000..=19_999).contains(&t) {
                            errors.push(ModelError {
                                message: format!("invalid protobuf field number {t}"),
                                span: f.span,
                            });
                        } else if let Some((_, first)) = tags.iter().find(|(u, _)| *u == t) {
                            errors.push(ModelError {
                                message: format!(
                                    "protobuf tag {t} is used by both `{first}` and `{}`",
                                    f.ident.trim_start_matches("r#")
                                ),
                                span: f.span,
                            });
                        }
                        tags.push((t, f.ident.trim_start_matches("r#")));
                    }
                    if f.inline && f.omit != Omit::Never {
                        errors.push(ModelError {
                            message: "`inline` fields cannot have `omitempty`/`omitzero`".into(),
                            span: f.span,
                        });
                    }
                    if f.inline && f.with.is_some() {
                        errors.push(ModelError {
                            message: "`inline` and `with` cannot be combined".into(),
                            span: f.span,
                        });
                    }
                }
            }
            MessageKind::StringEnum { variants, .. } => {
                let mut seen: Vec<&str> = Vec::new();
                for v in variants {
                    if seen.contains(&v.json_name.as_str()) {
                        errors.push(ModelError {
                            message: format!("duplicate enum value `{}`", v.json_name),
                            span: self.span,
                        });
                    }
                    seen.push(&v.json_name);
                }
            }
        }
        errors
    }
}
