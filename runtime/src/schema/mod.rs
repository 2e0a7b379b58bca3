//! Schema descriptors: what a type looks like on the protobuf wire, at run time.
//!
//! `#[derive(Proto)]` implements [`ProtoSchema`] from the same model it generates the codec
//! from, so the descriptors cannot disagree with the bytes. [`ProtoFiles`] walks the messages
//! reachable from a set of roots and writes them as proto2 `.proto` files (what
//! go-to-protobuf does for Kubernetes), with the [`OPTIONS_PROTO`] annotations that let
//! kcodec-codegen's `Builder` generate Rust types with the same JSON form back from them.
//!
//! Field types come from the Rust types through [`ProtoField`]; message references are
//! function pointers, so recursive types describe themselves without looping.

mod proto_file;

pub use proto_file::{ProtoFile, ProtoFiles, SchemaError};

use std::collections::BTreeMap;

use crate::{Binary, Str};

/// The source of `kcodec/options.proto`, the extensions kcodec's `.proto` files use.
pub const OPTIONS_PROTO: &str = include_str!("options.proto");

/// The import path of [`OPTIONS_PROTO`].
pub const OPTIONS_PROTO_PATH: &str = "kcodec/options.proto";

/// A type that is a protobuf message with a known schema (derived by `#[derive(Proto)]`).
pub trait ProtoSchema {
    /// The message's descriptor.
    fn proto_schema() -> MessageSchema;
}

/// A Rust type that can be the type of a protobuf field.
pub trait ProtoField {
    /// How a field of this Rust type is declared.
    fn proto_field() -> FieldType;
}

/// A protobuf message.
#[derive(Clone, Debug)]
pub struct MessageSchema {
    /// The message name (the Rust type name: `Pod`).
    pub name: &'static str,
    /// `module_path!()` where the type is defined; mapped to a protobuf package by
    /// [`ProtoFiles::package`] unless [`MessageSchema::package`] is set.
    pub module_path: &'static str,
    /// The protobuf package given by the type itself (`#[kcodec(proto_package = "...")]`).
    pub package: Option<&'static str>,
    /// The fields on the protobuf wire, in declaration (JSON) order.
    pub fields: Vec<FieldSchema>,
    /// Fields that are only in the JSON form, in declaration order.
    pub json_only: Vec<JsonOnlyField>,
}

/// A field of a message on the protobuf wire.
#[derive(Clone, Debug)]
pub struct FieldSchema {
    /// The protobuf field name.
    pub name: &'static str,
    /// The JSON key (for an inline field, unused).
    pub json_name: &'static str,
    /// The field number.
    pub tag: u32,
    /// The field's type, from its Rust type.
    pub ty: FieldType,
    /// Go `omitempty` in JSON.
    pub omitempty: bool,
    /// Go `omitzero` in JSON.
    pub omitzero: bool,
    /// JSON-inline (an embedded Go struct), a nested message on the wire.
    pub inline: bool,
}

/// A field that has no protobuf field number.
#[derive(Clone, Debug)]
pub struct JsonOnlyField {
    /// The Rust field name.
    pub ident: &'static str,
    /// Whether it is JSON-inline.
    pub inline: bool,
    /// The last segment of its Rust type's name (`TypeMeta`).
    pub type_name: &'static str,
}

impl JsonOnlyField {
    /// Whether this is Kubernetes' inline `TypeMeta` (`kind`, `apiVersion`).
    pub fn is_type_meta(&self) -> bool {
        self.inline && self.type_name == "TypeMeta"
    }
}

/// The protobuf scalar types kcodec encodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// `bool`.
    Bool,
    /// `int32` (`i32`).
    Int32,
    /// `int64` (`i64`).
    Int64,
    /// `uint32` (`u32`).
    Uint32,
    /// `uint64` (`u64`).
    Uint64,
    /// `float` (`f32`).
    Float,
    /// `double` (`f64`).
    Double,
    /// `string` (`String`, `Str`, string enums).
    String,
    /// `bytes` (`Binary`).
    Bytes,
}

impl Scalar {
    /// The `.proto` spelling.
    pub fn proto_name(self) -> &'static str {
        match self {
            Scalar::Bool => "bool",
            Scalar::Int32 => "int32",
            Scalar::Int64 => "int64",
            Scalar::Uint32 => "uint32",
            Scalar::Uint64 => "uint64",
            Scalar::Float => "float",
            Scalar::Double => "double",
            Scalar::String => "string",
            Scalar::Bytes => "bytes",
        }
    }
}

/// The type of a field, following the Rust type's structure.
#[derive(Clone, Debug)]
pub enum FieldType {
    /// A scalar.
    Scalar(Scalar),
    /// A message, by the function that describes it.
    Message(fn() -> MessageSchema),
    /// `Option<T>`: the field may be absent (also a [`List`](crate::List) or
    /// [`Map`](crate::Map): `Optional(Repeated(..))`, `Optional(Map(..))`).
    Optional(Box<FieldType>),
    /// `Box<T>`: the same field, behind a pointer.
    Boxed(Box<FieldType>),
    /// `Vec<T>`: a repeated field.
    Repeated(Box<FieldType>),
    /// `BTreeMap<K, V>`: a map field.
    Map(Box<FieldType>, Box<FieldType>),
}

impl FieldType {
    /// The type without its `Option`/`Box` wrappers.
    pub fn unwrapped(&self) -> &FieldType {
        match self {
            FieldType::Optional(t) | FieldType::Boxed(t) => t.unwrapped(),
            t => t,
        }
    }

    /// Whether the outermost wrapper (below `Box`) is `Option`.
    pub fn is_optional(&self) -> bool {
        match self {
            FieldType::Optional(_) => true,
            FieldType::Boxed(t) => t.is_optional(),
            _ => false,
        }
    }
}

macro_rules! scalar_fields {
    ($($t:ty => $s:ident),* $(,)?) => {$(
        impl ProtoField for $t {
            fn proto_field() -> FieldType {
                FieldType::Scalar(Scalar::$s)
            }
        }
    )*};
}

scalar_fields! {
    bool => Bool, i32 => Int32, i64 => Int64, u32 => Uint32, u64 => Uint64,
    f32 => Float, f64 => Double, String => String, Str => String, Binary => Bytes,
}

impl<T: ProtoField> ProtoField for Option<T> {
    fn proto_field() -> FieldType {
        FieldType::Optional(Box::new(T::proto_field()))
    }
}

impl<T: ProtoField> ProtoField for Box<T> {
    fn proto_field() -> FieldType {
        FieldType::Boxed(Box::new(T::proto_field()))
    }
}

impl<T: ProtoField> ProtoField for Vec<T> {
    fn proto_field() -> FieldType {
        FieldType::Repeated(Box::new(T::proto_field()))
    }
}

impl<K: ProtoField, V: ProtoField> ProtoField for BTreeMap<K, V> {
    fn proto_field() -> FieldType {
        FieldType::Map(Box::new(K::proto_field()), Box::new(V::proto_field()))
    }
}

/// As `Option<Vec<T>>`: an optional repeated field (nil kept apart from empty).
impl<T: ProtoField> ProtoField for crate::List<T> {
    fn proto_field() -> FieldType {
        <Option<Vec<T>>>::proto_field()
    }
}

/// As `Option<BTreeMap<K, V>>`: an optional map field (nil kept apart from empty).
impl<K: ProtoField, V: ProtoField> ProtoField for crate::Map<K, V> {
    fn proto_field() -> FieldType {
        <Option<BTreeMap<K, V>>>::proto_field()
    }
}
