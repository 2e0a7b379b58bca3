//! The type registry: find a Kubernetes type by `apiVersion` + `kind` (as the API server's
//! scheme does) and decode or encode it without knowing the type statically.

use std::any::Any;
use std::fmt::Debug;

use kcodec::bytes::Bytes;
use kcodec::json::{DecodeOptions, JsonReader, StrictIssue};
use kcodec::proto::{ProtoMessage, ProtoOptions, ProtoReader, RevBuf};
use kcodec::watch::RawObject;
use kcodec::{Error, ErrorKind, Format, JsonDecode, JsonEncode, Result};

use crate::meta::v1::TypeMeta;

/// A decoded object of any registered kind.
pub trait Object: Any + Debug + Send + Sync {
    /// Append the object's compact JSON.
    fn encode_json(&self, out: &mut Vec<u8>);
    /// Exact size of the object's protobuf message body.
    fn proto_len(&self) -> usize;
    /// Prepend the object's protobuf message body to `w`.
    fn encode_proto_rev(&self, w: &mut RevBuf);
    /// The object as `Any`, to downcast to its concrete type.
    fn as_any(&self) -> &dyn Any;
    /// Whether `other` is an equal object of the same type.
    fn dyn_eq(&self, other: &dyn Object) -> bool;
    /// Set `apiVersion` and `kind` (as Kubernetes' protobuf decoder does from the envelope,
    /// since protobuf objects do not carry them). No-op for types without type meta.
    fn set_type_meta(&mut self, api_version: &str, kind: &str);
    /// The object's `apiVersion` and `kind` (empty for types without type meta).
    fn type_meta(&self) -> (&str, &str);
    /// Append the object's CBOR item (no self-described prefix).
    #[cfg(feature = "cbor")]
    fn encode_cbor(&self, out: &mut Vec<u8>);
}

/// The CBOR codec of a registered type, when the `cbor` feature is on (nothing otherwise):
/// lets the registry's bounds stay the same with and without the feature.
#[doc(hidden)]
#[cfg(feature = "cbor")]
pub trait CborOf: kcodec::cbor::CborDecode {}
#[cfg(feature = "cbor")]
impl<T: kcodec::cbor::CborDecode> CborOf for T {}
/// The CBOR codec of a registered type, when the `cbor` feature is on (nothing otherwise).
#[doc(hidden)]
#[cfg(not(feature = "cbor"))]
pub trait CborOf {}
#[cfg(not(feature = "cbor"))]
impl<T> CborOf for T {}

/// Access to a registered type's inline `TypeMeta` (implemented by the kinds table).
pub trait TypeMetaSlot {
    /// The object's type meta, if its type has one (`WatchEvent` has none).
    fn type_meta_mut(&mut self) -> Option<&mut TypeMeta>;
    /// The object's type meta, if its type has one.
    fn type_meta_ref(&self) -> Option<&TypeMeta>;
}

impl<T> Object for T
where
    T: JsonEncode + CborOf + ProtoMessage + TypeMetaSlot + PartialEq + Any + Debug + Send + Sync,
{
    #[cfg(feature = "cbor")]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        kcodec::cbor::CborEncode::encode_cbor(self, out)
    }

    fn set_type_meta(&mut self, api_version: &str, kind: &str) {
        if let Some(tm) = self.type_meta_mut() {
            tm.api_version = api_version.into();
            tm.kind = kind.into();
        }
    }

    fn type_meta(&self) -> (&str, &str) {
        self.type_meta_ref()
            .map_or(("", ""), |tm| (&*tm.api_version, &*tm.kind))
    }

    fn encode_json(&self, out: &mut Vec<u8>) {
        JsonEncode::encode_json(self, out)
    }
    fn proto_len(&self) -> usize {
        ProtoMessage::encoded_len(self)
    }
    fn encode_proto_rev(&self, w: &mut RevBuf) {
        ProtoMessage::encode_rev(self, w)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn dyn_eq(&self, other: &dyn Object) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

impl dyn Object {
    /// The protobuf message body (no envelope).
    pub fn to_proto(&self) -> Vec<u8> {
        let mut w = RevBuf::with_capacity(self.proto_len());
        self.encode_proto_rev(&mut w);
        w.into_vec()
    }

    /// The object's compact JSON (Go's `json.Marshal`); fails where Go's encoder fails (see
    /// [`kcodec::json::to_vec`]).
    pub fn to_json(&self) -> Result<Vec<u8>> {
        kcodec::json::to_vec(&JsonItem(self))
    }

    /// The object's CBOR as the API server writes it (self-described prefix first); fails
    /// where Go's encoder fails (see [`kcodec::cbor::to_vec`]).
    #[cfg(feature = "cbor")]
    pub fn to_cbor(&self) -> Result<Vec<u8>> {
        kcodec::cbor::to_vec(&CborItem(self))
    }
}

/// A registered object seen through the JSON encoder trait, for kcodec's checked entry points.
struct JsonItem<'a>(&'a dyn Object);

impl kcodec::Omit for JsonItem<'_> {}

impl JsonEncode for JsonItem<'_> {
    fn encode_json(&self, out: &mut Vec<u8>) {
        self.0.encode_json(out)
    }
}

/// A registered object seen through the CBOR encoder trait.
#[cfg(feature = "cbor")]
struct CborItem<'a>(&'a dyn Object);

#[cfg(feature = "cbor")]
impl kcodec::Omit for CborItem<'_> {}

#[cfg(feature = "cbor")]
impl kcodec::cbor::CborEncode for CborItem<'_> {
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        self.0.encode_cbor(out)
    }
}

impl dyn Object {
    /// Encode the object in `format`: compact JSON (no trailing newline), indented JSON and
    /// YAML converted from it (YAML: kcodec's `yaml` feature), Kubernetes' protobuf envelope
    /// carrying the object's own type meta (as Go's serializer writes it; empty for types
    /// without it, such as `WatchEvent`), CBOR as the API server writes it (the `cbor`
    /// feature). See [`Kind::encode`] for the envelope with the kind's type meta.
    pub fn encode(&self, format: Format) -> Result<Vec<u8>> {
        match format {
            Format::Protobuf => {
                let (api_version, kind) = self.type_meta();
                Ok(encode_envelope(api_version, kind, self))
            }
            Format::Cbor => self.cbor_document(),
            _ => {
                let json = self.to_json()?;
                if format == Format::Json {
                    return Ok(json);
                }
                format.from_json(&json)
            }
        }
    }

    #[cfg(feature = "cbor")]
    fn cbor_document(&self) -> Result<Vec<u8>> {
        self.to_cbor()
    }

    #[cfg(not(feature = "cbor"))]
    fn cbor_document(&self) -> Result<Vec<u8>> {
        Err(cbor_off())
    }
}

/// A registered kind: its group, version, kind name, and type-erased codecs.
pub struct Kind {
    /// API group; `""` for the core group, `"meta.k8s.io"` for meta/v1 kinds.
    pub group: &'static str,
    /// Version, e.g. `"v1"`.
    pub version: &'static str,
    /// Kind name, e.g. `"Pod"`.
    pub kind: &'static str,
    decode: JsonDecodeFn,
    decode_proto: ProtoDecodeFn,
    #[cfg(feature = "cbor")]
    decode_cbor: CborDecodeFn,
    schema: fn() -> kcodec::schema::MessageSchema,
    type_meta: bool,
}

/// A type-erased JSON decoder.
type JsonDecodeFn = fn(&mut JsonReader<'_>) -> Result<Box<dyn Object>>;
/// A type-erased protobuf decoder.
type ProtoDecodeFn = fn(&mut ProtoReader<'_>) -> Result<Box<dyn Object>>;
/// A type-erased CBOR decoder.
#[cfg(feature = "cbor")]
type CborDecodeFn = fn(&mut kcodec::cbor::CborReader<'_>) -> Result<Box<dyn Object>>;

#[cfg(feature = "cbor")]
fn decode_cbor_boxed<T: CborOf + Object>(
    r: &mut kcodec::cbor::CborReader<'_>,
) -> Result<Box<dyn Object>> {
    Ok(Box::new(T::decode_cbor(r)?))
}

impl Debug for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kind({}/{}, {})", self.group, self.version, self.kind)
    }
}

fn decode_boxed<T: JsonDecode + Object>(r: &mut JsonReader<'_>) -> Result<Box<dyn Object>> {
    Ok(Box::new(T::decode_json(r)?))
}

fn decode_proto_boxed<T: ProtoMessage + Object>(
    r: &mut ProtoReader<'_>,
) -> Result<Box<dyn Object>> {
    let mut value = T::default();
    value.merge(r)?;
    Ok(Box::new(value))
}

impl Kind {
    #[doc(hidden)]
    pub const fn new<
        T: JsonDecode + CborOf + ProtoMessage + kcodec::schema::ProtoSchema + Object,
    >(
        group: &'static str,
        version: &'static str,
        kind: &'static str,
    ) -> Kind {
        Kind {
            group,
            version,
            kind,
            decode: decode_boxed::<T>,
            decode_proto: decode_proto_boxed::<T>,
            #[cfg(feature = "cbor")]
            decode_cbor: decode_cbor_boxed::<T>,
            schema: T::proto_schema,
            type_meta: true,
        }
    }

    /// The same kind, for a type without an inline `TypeMeta` (`WatchEvent`).
    #[doc(hidden)]
    pub const fn without_type_meta(mut self) -> Kind {
        self.type_meta = false;
        self
    }

    /// Whether objects of this kind carry `kind` and `apiVersion` (an inline `TypeMeta`).
    pub fn has_type_meta(&self) -> bool {
        self.type_meta
    }

    /// The function that describes the kind's protobuf message.
    pub fn schema_fn(&self) -> fn() -> kcodec::schema::MessageSchema {
        self.schema
    }

    /// The kind's protobuf message descriptor (see [`crate::schema`]).
    pub fn proto_schema(&self) -> kcodec::schema::MessageSchema {
        (self.schema)()
    }

    /// `apiVersion` as written in objects: `group/version`, or `v1` for the core group and
    /// for the meta/v1 kinds the API resolves in every group version or in any
    /// (`WatchEvent`, `GetOptions`, `Status`, ...; see [`lookup`]), which Kubernetes lists,
    /// names and serves as `v1` kinds. The other meta/v1 kinds say `meta.k8s.io/v1`.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() || self.served_as_core() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// The name in Kubernetes' fixture spelling: `core.v1.Pod`, `apps.v1.Deployment`,
    /// `core.v1.GetOptions` (the kinds [`Kind::api_version`] gives `v1`).
    pub fn fixture_name(&self) -> String {
        let group = if self.group.is_empty() || self.served_as_core() {
            "core"
        } else {
            self.group
        };
        format!("{group}.{}.{}", self.version, self.kind)
    }

    /// Whether this is a meta/v1 kind that resolves outside `meta.k8s.io/v1` (in every group
    /// version, or unversioned), hence also in core `v1`.
    fn served_as_core(&self) -> bool {
        self.is_meta()
            && (UNVERSIONED.contains(&self.kind) || EVERY_GROUP_VERSION.contains(&self.kind))
    }

    /// Whether this is a meta/v1 kind (`meta.k8s.io/v1`); see [`lookup`] for the group
    /// versions each one resolves in.
    pub fn is_meta(&self) -> bool {
        self.group == "meta.k8s.io"
    }

    /// Decode a whole JSON document as this kind, with the given options.
    pub fn decode_json_with(
        &self,
        input: &[u8],
        opts: DecodeOptions,
    ) -> Result<(Box<dyn Object>, Vec<StrictIssue>)> {
        kcodec::json::decode_document(input, opts, self.decode)
    }

    /// Decode a protobuf message body (no envelope) as this kind.
    pub fn decode_proto(&self, body: &[u8]) -> Result<Box<dyn Object>> {
        (self.decode_proto)(&mut ProtoReader::new(body))
    }

    /// Decode a protobuf message body (no envelope) as this kind from shared bytes: long
    /// strings are slices of `body` (see [`kcodec::proto::from_bytes`]).
    pub fn decode_proto_bytes(&self, body: &Bytes) -> Result<Box<dyn Object>> {
        (self.decode_proto)(&mut ProtoReader::from_bytes(body, ProtoOptions::default()))
    }

    /// Decode a whole JSON document as this kind from shared bytes: long strings without
    /// escapes are slices of `input` (see [`kcodec::json::from_bytes`]).
    pub fn decode_json_bytes(&self, input: &Bytes) -> Result<Box<dyn Object>> {
        kcodec::json::decode_document_bytes(input, DecodeOptions::default(), self.decode)
            .map(|(v, _)| v)
    }

    /// Encode `object` in Kubernetes' protobuf envelope (`k8s\0` + `runtime.Unknown`) with
    /// this kind's apiVersion and kind, in one pass. A kind without `TypeMeta` (`WatchEvent`)
    /// gets an empty type in its envelope, as Go writes the object's own (empty) type meta.
    pub fn encode_envelope(&self, object: &dyn Object) -> Vec<u8> {
        if self.type_meta {
            encode_envelope(&self.api_version(), self.kind, object)
        } else {
            encode_envelope("", "", object)
        }
    }

    /// Decode a whole CBOR document as this kind, with the given options (strict mode
    /// reports every unknown field with its path).
    #[cfg(feature = "cbor")]
    pub fn decode_cbor_with(
        &self,
        input: &[u8],
        opts: DecodeOptions,
    ) -> Result<(Box<dyn Object>, Vec<StrictIssue>)> {
        kcodec::cbor::decode_document(input, opts, self.decode_cbor)
    }

    /// Decode a whole CBOR document as this kind (default options).
    #[cfg(feature = "cbor")]
    pub fn decode_cbor(&self, input: &[u8]) -> Result<Box<dyn Object>> {
        self.decode_cbor_with(input, DecodeOptions::default())
            .map(|(v, _)| v)
    }

    /// Decode a whole JSON document as this kind (default options).
    pub fn decode_json(&self, input: &[u8]) -> Result<Box<dyn Object>> {
        self.decode_json_with(input, DecodeOptions::default())
            .map(|(v, _)| v)
    }

    /// Decode a whole document in `format` as this kind (default options); see
    /// [`Self::decode_with`].
    pub fn decode(&self, format: Format, input: &[u8]) -> Result<Box<dyn Object>> {
        self.decode_with(format, input, DecodeOptions::default())
            .map(|(v, _)| v)
    }

    /// Decode a whole document in `format` as this kind, with the given options: JSON (any
    /// layout); YAML through its JSON (kcodec's `yaml` feature; strict mode checks the
    /// JSON); a protobuf `k8s\0` envelope whose payload is decoded as this kind, its type
    /// meta set from the envelope's, or from this kind where the envelope has none (as the
    /// API server's decoder defaults it; protobuf has no strict mode); CBOR (the `cbor`
    /// feature). Error offsets are offsets in `input` (for YAML, in the converted JSON).
    pub fn decode_with(
        &self,
        format: Format,
        input: &[u8],
        opts: DecodeOptions,
    ) -> Result<(Box<dyn Object>, Vec<StrictIssue>)> {
        match format {
            Format::Protobuf => {
                let env = kcodec::proto::envelope::decode(input)?;
                let mut object = self
                    .decode_proto(env.raw)
                    .map_err(|e| e.shifted(payload_offset(input, env.raw) as u64))?;
                if env.kind.is_empty() && env.api_version.is_empty() {
                    object.set_type_meta(&self.api_version(), self.kind);
                } else {
                    object.set_type_meta(env.api_version, env.kind);
                }
                Ok((object, Vec::new()))
            }
            Format::Cbor => self.decode_cbor_doc(input, opts),
            _ => self.decode_json_with(&format.to_json(input)?, opts),
        }
    }

    #[cfg(feature = "cbor")]
    fn decode_cbor_doc(
        &self,
        input: &[u8],
        opts: DecodeOptions,
    ) -> Result<(Box<dyn Object>, Vec<StrictIssue>)> {
        self.decode_cbor_with(input, opts)
    }

    #[cfg(not(feature = "cbor"))]
    fn decode_cbor_doc(
        &self,
        _: &[u8],
        _: DecodeOptions,
    ) -> Result<(Box<dyn Object>, Vec<StrictIssue>)> {
        Err(cbor_off())
    }

    /// Encode `object` (of this kind) in `format`: compact JSON (no trailing newline),
    /// indented JSON and YAML converted from it (YAML: kcodec's `yaml` feature), Kubernetes'
    /// protobuf envelope with this kind's type meta ([`Self::encode_envelope`]), CBOR as the
    /// API server writes it (the `cbor` feature).
    pub fn encode(&self, format: Format, object: &dyn Object) -> Result<Vec<u8>> {
        match format {
            Format::Protobuf => Ok(self.encode_envelope(object)),
            _ => object.encode(format),
        }
    }
}

/// The error of a CBOR operation in a build of kcodec-types without its `cbor` feature.
#[cfg(not(feature = "cbor"))]
fn cbor_off() -> Error {
    Format::Cbor
        .check_feature()
        .err()
        .unwrap_or_else(|| Error::invalid_value("cbor needs kcodec-types' `cbor` cargo feature", 0))
}

/// Declares the registry's table from `(group, version, kind, type)` rows; a row ending in
/// `no_type_meta` is a type without inline `TypeMeta` (`WatchEvent`).
macro_rules! kinds_table {
    ($($(#[$attr:meta])* ($group:literal, $version:literal, $kind:literal, $ty:ty $(, $no:ident)?)),* $(,)?) => {
        /// Every registered kind.
        pub(crate) static KINDS: &[$crate::registry::Kind] = &[
            $($(#[$attr])* $crate::registry::kinds_table!(@kind $group, $version, $kind, $ty $(, $no)?)),*
        ];
        $($(#[$attr])* $crate::registry::kinds_table!(@slot $ty $(, $no)?);)*
    };
    (@kind $group:literal, $version:literal, $kind:literal, $ty:ty) => {
        $crate::registry::Kind::new::<$ty>($group, $version, $kind)
    };
    (@kind $group:literal, $version:literal, $kind:literal, $ty:ty, $no:ident) => {
        $crate::registry::Kind::new::<$ty>($group, $version, $kind).without_type_meta()
    };
    (@slot $ty:ty) => {
        impl $crate::registry::TypeMetaSlot for $ty {
            fn type_meta_mut(&mut self) -> Option<&mut $crate::meta::v1::TypeMeta> {
                Some(&mut self.type_meta)
            }
            fn type_meta_ref(&self) -> Option<&$crate::meta::v1::TypeMeta> {
                Some(&self.type_meta)
            }
        }
    };
    (@slot $ty:ty, no_type_meta) => {
        impl $crate::registry::TypeMetaSlot for $ty {
            fn type_meta_mut(&mut self) -> Option<&mut $crate::meta::v1::TypeMeta> {
                None
            }
            fn type_meta_ref(&self) -> Option<&$crate::meta::v1::TypeMeta> {
                None
            }
        }
    };
}
pub(crate) use kinds_table;

/// Every registered kind.
pub fn kinds() -> &'static [Kind] {
    crate::generated::kinds::KINDS
}

/// Split `apiVersion` into (group, version): `v1` → ("", "v1"), `apps/v1` → ("apps", "v1").
/// Lenient: anything after the last `/` is the version (see [`parse_api_version`] for Go's
/// reading, which [`lookup`] uses).
pub fn split_api_version(api_version: &str) -> (&str, &str) {
    match api_version.rsplit_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    }
}

/// `apiVersion` read as Kubernetes reads it (`schema.ParseGroupVersion`): `""` and `"/"` are
/// (no group, no version), `v1` is ("", "v1"), `apps/v1` ("apps", "v1"), `/v1` ("", "v1");
/// more than one `/` is not an apiVersion (`None`).
pub fn parse_api_version(api_version: &str) -> Option<(&str, &str)> {
    if api_version == "/" {
        return Some(("", ""));
    }
    match api_version.split_once('/') {
        None => Some(("", api_version)),
        Some((_, v)) if v.contains('/') => None,
        Some((g, v)) => Some((g, v)),
    }
}

/// meta/v1 kinds that `metav1.AddToGroupVersion` registers as *unversioned*: the scheme finds
/// them by kind alone, whatever the apiVersion says (as long as it names a version).
const UNVERSIONED: [&str; 5] = [
    "Status",
    "APIVersions",
    "APIGroupList",
    "APIGroup",
    "APIResourceList",
];

/// meta/v1 kinds that `metav1.AddToGroupVersion` registers in each group version it is called
/// for, i.e. in every group version of the API (and not in `meta.k8s.io/v1` itself).
const EVERY_GROUP_VERSION: [&str; 7] = [
    "WatchEvent",
    "ListOptions",
    "GetOptions",
    "DeleteOptions",
    "CreateOptions",
    "UpdateOptions",
    "PatchOptions",
];

/// Find the kind for an `apiVersion` and `kind`, as the API server's scheme resolves them:
/// a kind of a group version is found in that group version; the meta/v1 kinds `Status`,
/// `APIVersions`, `APIGroupList`, `APIGroup` and `APIResourceList` are unversioned (found with
/// any apiVersion that names a version); `WatchEvent` and the options kinds (`GetOptions`,
/// `ListOptions`, `DeleteOptions`, `CreateOptions`, `UpdateOptions`, `PatchOptions`) are found
/// in every group version the registry has, and nowhere else; the other meta/v1 kinds
/// (`TableOptions`, `PartialObjectMetadata`, `PartialObjectMetadataList`) only in
/// `meta.k8s.io/v1`. An apiVersion that names no version (`""`, `apps/`) or has more than one
/// `/` finds nothing. A hash lookup (an index is built on first use).
pub fn lookup(api_version: &str, kind: &str) -> Option<&'static Kind> {
    let (group, version) = parse_api_version(api_version)?;
    if version.is_empty() {
        return None;
    }
    let index = index();
    index
        .by_type
        .get(&(group, version, kind))
        .or_else(|| index.unversioned.get(kind))
        .map(|&i| &kinds()[i])
}

/// The error for an `apiVersion`/`kind` that [`lookup`] does not find, at `offset`: a
/// malformed or versionless apiVersion is named as such, any other pair as an unknown type.
pub fn unknown_type(api_version: &str, kind: &str, offset: usize) -> Error {
    match parse_api_version(api_version) {
        None => Error::invalid_value(
            format!("apiVersion {api_version:?} (kind {kind:?}) is not VERSION or GROUP/VERSION"),
            offset,
        ),
        Some((_, "")) => Error::invalid_value(
            format!("apiVersion {api_version:?} (kind {kind:?}) names no version"),
            offset,
        ),
        Some(_) => Error::new(
            ErrorKind::UnknownType {
                api_version: api_version.to_string(),
                kind: kind.to_string(),
            },
            offset,
        ),
    }
}

/// The registry's lookup tables: positions in [`kinds`].
struct Index {
    /// (group, version, kind) → position, the kinds registered per group version included.
    by_type: std::collections::HashMap<(&'static str, &'static str, &'static str), usize>,
    /// Unversioned kind → position.
    unversioned: std::collections::HashMap<&'static str, usize>,
}

fn index() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_type = std::collections::HashMap::with_capacity(kinds().len() * 2);
        let mut unversioned = std::collections::HashMap::new();
        let mut per_group_version = Vec::new();
        let mut group_versions = std::collections::BTreeSet::new();
        for (i, k) in kinds().iter().enumerate() {
            if !k.is_meta() {
                group_versions.insert((k.group, k.version));
                by_type.entry((k.group, k.version, k.kind)).or_insert(i);
            } else if UNVERSIONED.contains(&k.kind) {
                unversioned.entry(k.kind).or_insert(i);
            } else if EVERY_GROUP_VERSION.contains(&k.kind) {
                per_group_version.push((k.kind, i));
            } else {
                by_type.entry((k.group, k.version, k.kind)).or_insert(i);
            }
        }
        for (group, version) in group_versions {
            for &(kind, i) in &per_group_version {
                by_type.entry((group, version, kind)).or_insert(i);
            }
        }
        Index {
            by_type,
            unversioned,
        }
    })
}

/// Find a kind by its fixture-style name `GROUP.VERSION.KIND` (`core.v1.Pod`,
/// `apps.v1.Deployment`, `coordination.k8s.io.v1.Lease`; meta kinds where [`lookup`] finds
/// them: `core.v1.Status`, `apps.v1.GetOptions`, `meta.k8s.io.v1.PartialObjectMetadata`).
/// Every [`Kind::fixture_name`] is found.
pub fn lookup_name(name: &str) -> Option<&'static Kind> {
    let (api_version, kind) = parse_name(name)?;
    lookup(&api_version, kind)
}

/// The `apiVersion` and `kind` a fixture-style name `GROUP.VERSION.KIND` stands for:
/// `core.v1.Pod` → (`v1`, `Pod`), `apps.v1.Deployment` → (`apps/v1`, `Deployment`).
pub fn parse_name(name: &str) -> Option<(String, &str)> {
    let (rest, kind) = name.rsplit_once('.')?;
    let (group, version) = rest.rsplit_once('.')?;
    let api_version = if group == "core" {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    Some((api_version, kind))
}

/// Encode `object` in Kubernetes' protobuf envelope with the given type meta, in one pass
/// into an exactly sized buffer.
pub fn encode_envelope(api_version: &str, kind: &str, object: &dyn Object) -> Vec<u8> {
    use kcodec::proto::envelope;
    let payload_len = object.proto_len();
    let mut w = RevBuf::with_capacity(envelope::envelope_len(api_version, kind, payload_len));
    envelope::encode_trailer_rev(&mut w);
    object.encode_proto_rev(&mut w);
    envelope::encode_head_rev(&mut w, api_version, kind, payload_len);
    w.into_vec()
}

/// Decode a protobuf object in Kubernetes' envelope; its type comes from the envelope's
/// type meta.
pub fn decode_envelope(data: &[u8]) -> Result<(&'static Kind, Box<dyn Object>)> {
    decode_enveloped(data, |kind, raw| kind.decode_proto(raw))
}

/// [`decode_envelope`] from shared bytes: long strings are slices of `data` (see
/// [`kcodec::proto::from_bytes`]), as a cache that keeps the bytes it read would want.
pub fn decode_envelope_bytes(data: &Bytes) -> Result<(&'static Kind, Box<dyn Object>)> {
    decode_enveloped(data, |kind, raw| {
        kind.decode_proto_bytes(&data.slice_ref(raw))
    })
}

/// The envelope's kind looked up, its payload decoded by `decode`, errors placed in `data`,
/// and the type meta set from the envelope.
fn decode_enveloped(
    data: &[u8],
    decode: impl FnOnce(&'static Kind, &[u8]) -> Result<Box<dyn Object>>,
) -> Result<(&'static Kind, Box<dyn Object>)> {
    let env = kcodec::proto::envelope::decode(data)?;
    let kind = lookup(env.api_version, env.kind)
        .ok_or_else(|| unknown_type(env.api_version, env.kind, 4))?;
    let offset = payload_offset(data, env.raw);
    let mut object = decode(kind, env.raw).map_err(|e| e.shifted(offset as u64))?;
    // The type meta as Go sets it from the group/version/kind it read: `/v1` is `v1`.
    let api_version = env.api_version.strip_prefix('/').unwrap_or(env.api_version);
    object.set_type_meta(api_version, env.kind);
    Ok((kind, object))
}

/// Decode a protobuf object in Kubernetes' envelope into a type known statically, and set
/// its `apiVersion` and `kind` from the envelope's type meta, as Kubernetes' protobuf
/// decoder does (the message itself has no field for them):
///
/// ```
/// use kcodec_types::core::v1::Pod;
///
/// let mut pod = Pod::default();
/// pod.type_meta.api_version = "v1".into();
/// pod.type_meta.kind = "Pod".into();
/// pod.metadata.name = "web".into();
/// let pb = kcodec::proto::envelope::encode("v1", "Pod", &pod);
/// let back: Pod = kcodec_types::registry::from_envelope(&pb)?;
/// assert_eq!(back, pod);
/// // The message alone decodes without them.
/// let body: Pod = kcodec::proto::from_slice(kcodec::proto::envelope::decode(&pb)?.raw)?;
/// assert_eq!(body.type_meta.kind, "");
/// # Ok::<(), kcodec::Error>(())
/// ```
///
/// The envelope's kind is not checked against `T` (see [`decode_envelope`] to find the type
/// from the envelope). Error offsets are offsets in `data`.
pub fn from_envelope<T: ProtoMessage + TypeMetaSlot>(data: &[u8]) -> Result<T> {
    let env = kcodec::proto::envelope::decode(data)?;
    let mut value: T = kcodec::proto::from_slice(env.raw)
        .map_err(|e| e.shifted(payload_offset(data, env.raw) as u64))?;
    if let Some(tm) = value.type_meta_mut() {
        tm.api_version = env.api_version.into();
        tm.kind = env.kind.into();
    }
    Ok(value)
}

/// Where `payload` (a slice of `data`, or an empty slice elsewhere) starts in `data`.
fn payload_offset(data: &[u8], payload: &[u8]) -> usize {
    (payload.as_ptr() as usize)
        .checked_sub(data.as_ptr() as usize)
        .filter(|&o| o <= data.len())
        .unwrap_or(data.len())
}

/// Decode a JSON object whose type is given by its own `apiVersion` and `kind` (read first,
/// without decoding the rest twice).
pub fn decode_json(input: &[u8]) -> Result<(&'static Kind, Box<dyn Object>)> {
    decode_object(&RawObject {
        bytes: input,
        format: Format::Json,
    })
}

/// Decode an object in `format` whose type is given by the object itself: its `apiVersion`
/// and `kind` (JSON, YAML through its JSON, CBOR) or its envelope's type meta (protobuf).
/// See [`decode_object`].
pub fn decode(format: Format, input: &[u8]) -> Result<(&'static Kind, Box<dyn Object>)> {
    let json;
    let bytes = if format == Format::Yaml {
        json = format.to_json(input)?;
        &json[..]
    } else {
        input
    };
    let format = if format == Format::Yaml {
        Format::Json
    } else {
        format
    };
    decode_object(&RawObject { bytes, format })
}

/// Decode a CBOR object (with or without the self-described prefix) whose type is given by
/// its own `apiVersion` and `kind` (read laxly first, as the API server's CBOR decoder does).
#[cfg(feature = "cbor")]
pub fn decode_cbor(input: &[u8]) -> Result<(&'static Kind, Box<dyn Object>)> {
    decode_object(&RawObject {
        bytes: input,
        format: Format::Cbor,
    })
}

/// Decode an object held as bytes (a watch event's object, a cached item) into its type,
/// found in the registry by the object's own type meta (the envelope's, for protobuf).
/// CBOR objects need the `cbor` feature (without it they are an error); a YAML object is
/// an error (see [`decode`]).
pub fn decode_object(object: &RawObject<'_>) -> Result<(&'static Kind, Box<dyn Object>)> {
    if object.format == Format::Protobuf {
        return decode_envelope(object.bytes);
    }
    let (api_version, kind_name) = object.type_meta()?;
    let kind = lookup(&api_version, &kind_name)
        .ok_or_else(|| unknown_type(&api_version, &kind_name, 0))?;
    Ok((kind, kind.decode(object.format, object.bytes)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_without_type_meta_has_an_empty_envelope_type() {
        let kind = lookup("v1", "WatchEvent").unwrap();
        assert!(!kind.has_type_meta());
        let event = kind
            .decode_json(br#"{"type":"ADDED","object":{}}"#)
            .unwrap();
        let pb = kind.encode_envelope(event.as_ref());
        let env = kcodec::proto::envelope::decode(&pb).unwrap();
        assert_eq!((env.api_version, env.kind), ("", ""));
        let pod = lookup("v1", "Pod").unwrap();
        assert!(pod.has_type_meta());
        let env_pb = pod.encode_envelope(pod.decode_json(b"{}").unwrap().as_ref());
        let env = kcodec::proto::envelope::decode(&env_pb).unwrap();
        assert_eq!((env.api_version, env.kind), ("v1", "Pod"));
    }
    use crate::core::v1::Pod;
    use crate::meta::v1::WatchEvent;

    #[test]
    fn api_versions_are_read_as_kubernetes_reads_them() {
        assert_eq!(parse_api_version("v1"), Some(("", "v1")));
        assert_eq!(parse_api_version("apps/v1"), Some(("apps", "v1")));
        assert_eq!(parse_api_version("/v1"), Some(("", "v1")));
        assert_eq!(parse_api_version("apps/"), Some(("apps", "")));
        assert_eq!(parse_api_version("/"), Some(("", "")));
        assert_eq!(parse_api_version(""), Some(("", "")));
        assert_eq!(parse_api_version("a/b/c"), None);
    }

    /// Which group versions find the meta/v1 kinds, as Go's scheme registers them
    /// (checked against `k8s-oracle convert --from pb` on envelopes naming each).
    #[test]
    fn meta_kinds_resolve_where_the_scheme_registers_them() {
        let found = |api_version: &str, kind: &str| {
            lookup(api_version, kind).map(|k| (k.group, k.version, k.kind))
        };
        // The options kinds and WatchEvent: every group version of the API, nothing else.
        for kind in EVERY_GROUP_VERSION {
            for api_version in ["v1", "apps/v1", "/v1", "resource.k8s.io/v1beta2"] {
                assert_eq!(
                    found(api_version, kind),
                    Some(("meta.k8s.io", "v1", kind)),
                    "{api_version} {kind}"
                );
            }
            for api_version in ["foo/v9", "apps/v9", "v2", "meta.k8s.io/v1", "", "apps/"] {
                assert_eq!(found(api_version, kind), None, "{api_version} {kind}");
            }
        }
        // The unversioned kinds: any apiVersion that names a version.
        for kind in UNVERSIONED {
            for api_version in ["v1", "foo/v9", "meta.k8s.io/v1", " ", "/v1"] {
                assert_eq!(
                    found(api_version, kind),
                    Some(("meta.k8s.io", "v1", kind)),
                    "{api_version} {kind}"
                );
            }
            for api_version in ["", "/", "apps/", "v1/", "a/b/c"] {
                assert_eq!(found(api_version, kind), None, "{api_version} {kind}");
            }
        }
        // The others only in meta.k8s.io/v1.
        assert!(found("meta.k8s.io/v1", "PartialObjectMetadata").is_some());
        assert_eq!(found("v1", "PartialObjectMetadata"), None);
        assert_eq!(found("apps/v1", "TableOptions"), None);
        // Their names and apiVersions as Kubernetes writes them.
        let get = lookup("apps/v1", "GetOptions").unwrap();
        assert_eq!(
            (get.api_version(), get.fixture_name()),
            ("v1".into(), "core.v1.GetOptions".into())
        );
        let partial = lookup("meta.k8s.io/v1", "PartialObjectMetadata").unwrap();
        assert_eq!(partial.api_version(), "meta.k8s.io/v1");
        for kind in kinds() {
            assert!(
                std::ptr::eq(lookup_name(&kind.fixture_name()).unwrap(), kind),
                "{kind:?}"
            );
            assert!(
                std::ptr::eq(lookup(&kind.api_version(), kind.kind).unwrap(), kind),
                "{kind:?}"
            );
        }
        // Ordinary kinds only in their own group version.
        assert_eq!(found("v1", "Pod"), Some(("", "v1", "Pod")));
        assert_eq!(found("/v1", "Pod"), Some(("", "v1", "Pod")));
        assert_eq!(found("apps/v1", "Pod"), None);
    }

    #[test]
    fn envelopes_of_meta_kinds_outside_their_group_versions_are_refused() {
        let pb = kcodec::proto::envelope::wrap("foo/v9", "GetOptions", b"");
        let err = decode_envelope(&pb).unwrap_err();
        assert_eq!(
            err.kind(),
            &ErrorKind::UnknownType {
                api_version: "foo/v9".into(),
                kind: "GetOptions".into()
            }
        );
        let pb = kcodec::proto::envelope::wrap("meta.k8s.io/v1", "WatchEvent", b"");
        assert!(decode_envelope(&pb).is_err());
        let pb = kcodec::proto::envelope::wrap("apps/", "Status", b"");
        let err = decode_envelope(&pb).unwrap_err().to_string();
        assert!(err.contains("names no version"), "{err}");
        let pb = kcodec::proto::envelope::wrap("a/b/c", "Status", b"");
        let err = decode_envelope(&pb).unwrap_err().to_string();
        assert!(err.contains("is not VERSION or GROUP/VERSION"), "{err}");
        // Accepted: the kind in a registered group version, Status anywhere; `/v1` is `v1`
        // in the decoded object, as Go sets it.
        let (kind, object) =
            decode_envelope(&kcodec::proto::envelope::wrap("apps/v1", "GetOptions", b"")).unwrap();
        assert_eq!(kind.kind, "GetOptions");
        let mut json = Vec::new();
        object.encode_json(&mut json);
        assert_eq!(json, br#"{"kind":"GetOptions","apiVersion":"apps/v1"}"#);
        let (_, object) =
            decode_envelope(&kcodec::proto::envelope::wrap("/v1", "Status", b"")).unwrap();
        json.clear();
        object.encode_json(&mut json);
        assert_eq!(
            json,
            br#"{"kind":"Status","apiVersion":"v1","metadata":{}}"#
        );
        let (_, object) =
            decode_json(br#"{"kind":"Status","apiVersion":"example.com/v1"}"#).unwrap();
        json.clear();
        object.encode_json(&mut json);
        assert_eq!(
            json,
            br#"{"kind":"Status","apiVersion":"example.com/v1","metadata":{}}"#
        );
        assert!(decode_json(br#"{"kind":"GetOptions","apiVersion":"example.com/v1"}"#).is_err());
    }

    #[test]
    fn decode_and_encode_by_format() {
        let kind = lookup("v1", "Pod").unwrap();
        let pod = crate::sample::pod(2);
        let json = kcodec::json::to_vec(&pod).unwrap();
        let object = kind.decode(Format::Json, &json).unwrap();
        assert_eq!(kind.encode(Format::Json, object.as_ref()).unwrap(), json);
        let pb = kind.encode(Format::Protobuf, object.as_ref()).unwrap();
        assert_eq!(pb, kcodec::proto::envelope::encode("v1", "Pod", &pod));
        assert!(kind
            .decode(Format::Protobuf, &pb)
            .unwrap()
            .dyn_eq(object.as_ref()));
        let mut pretty = Vec::new();
        kcodec::json::indent_into(&mut pretty, &json, "", "  ");
        assert_eq!(
            kind.encode(Format::JsonPretty, object.as_ref()).unwrap(),
            pretty
        );
        assert!(kind
            .decode(Format::JsonPretty, &pretty)
            .unwrap()
            .dyn_eq(object.as_ref()));
        // Each format is there whatever the features: an error names a missing one.
        for format in [Format::Yaml, Format::Cbor] {
            match format.check_feature() {
                Ok(()) => {
                    let bytes = kind.encode(format, object.as_ref()).unwrap();
                    let back = kind.decode(format, &bytes).unwrap();
                    assert!(back.dyn_eq(object.as_ref()), "{format}");
                    let (found, _) = decode(format, &bytes).unwrap();
                    assert_eq!(found.kind, "Pod");
                }
                Err(e) => {
                    let err = kind.decode(format, b"").unwrap_err().to_string();
                    assert_eq!(err, e.to_string());
                }
            }
        }
        // A protobuf envelope without type meta gets the kind's.
        let body = kcodec::proto::to_vec(&pod);
        let bare = kind
            .decode(
                Format::Protobuf,
                &kcodec::proto::envelope::wrap("", "", &body),
            )
            .unwrap();
        assert!(bare.dyn_eq(object.as_ref()));
    }

    #[test]
    fn from_envelope_sets_type_meta_and_reports_offsets_in_the_envelope() {
        let pod = crate::sample::pod(3);
        let pb = kcodec::proto::envelope::encode("v1", "Pod", &pod);
        let back: Pod = from_envelope(&pb).unwrap();
        assert_eq!(back, pod);
        assert_eq!(
            (&*back.type_meta.api_version, &*back.type_meta.kind),
            ("v1", "Pod")
        );
        // A type without type meta decodes too.
        let event = WatchEvent::default();
        let pb = kcodec::proto::envelope::encode("", "", &event);
        assert_eq!(from_envelope::<WatchEvent>(&pb).unwrap(), event);
        // A bad key (wire type 7) as the payload's first byte: the error is at its offset in
        // the envelope.
        let pb = kcodec::proto::envelope::wrap("v1", "Pod", b"\x0f");
        let err = from_envelope::<Pod>(&pb).unwrap_err();
        assert_eq!(err.offset(), pb.len() - 4 - 1, "{err}");
    }
}
