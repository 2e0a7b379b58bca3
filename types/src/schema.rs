//! The `.proto` files of these types, in Kubernetes' packages and file layout.
//!
//! The derived types describe themselves (`#[derive(Proto)]` implements
//! [`kcodec::schema::ProtoSchema`]); this module adds the hand-written special types
//! (`Time`, `Quantity`, `IntOrString`, ...) with Kubernetes' message names and fields, and
//! maps each Rust module to its Kubernetes protobuf package.
//!
//! ```
//! let files = kcodec_types::schema::proto_files().unwrap();
//! let core = files.iter().find(|f| f.name == "k8s.io/api/core/v1/generated.proto").unwrap();
//! assert!(core.source.contains("package k8s.io.api.core.v1;"));
//! assert!(core.source.contains("  optional k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta metadata = 1"));
//! ```

use kcodec::schema::{
    FieldSchema, FieldType, MessageSchema, ProtoField, ProtoFile, ProtoFiles, ProtoSchema, Scalar,
    SchemaError,
};

/// Rust module → Kubernetes protobuf package, for the hand-written special types (the
/// generated modules' are in [`generated_packages`]).
pub const PACKAGES: &[(&str, &str)] = &[
    (
        "kcodec_types::meta::v1",
        "k8s.io.apimachinery.pkg.apis.meta.v1",
    ),
    (
        "kcodec_types::resource",
        "k8s.io.apimachinery.pkg.api.resource",
    ),
    (
        "kcodec_types::intstr",
        "k8s.io.apimachinery.pkg.util.intstr",
    ),
    ("kcodec_types::runtime", "k8s.io.apimachinery.pkg.runtime"),
];

/// Rust module → Kubernetes protobuf package, for every generated module.
pub fn generated_packages() -> &'static [(&'static str, &'static str)] {
    crate::generated::PACKAGES
}

/// A [`ProtoFiles`] with Kubernetes' package mapping and every registered kind as a root.
pub fn proto_file_set() -> ProtoFiles {
    let mut files = ProtoFiles::new();
    for (module, package) in PACKAGES.iter().chain(generated_packages()) {
        files = files.package(module, package);
    }
    for kind in crate::registry::kinds() {
        files = files.root_fn(kind.schema_fn());
    }
    files
}

/// The `.proto` files of every registered kind and the messages they use (plus
/// `kcodec/options.proto`), sorted by path.
pub fn proto_files() -> Result<Vec<ProtoFile>, SchemaError> {
    proto_file_set().emit()
}

/// Write [`proto_files`] under `dir`; returns the import paths of the API files (all but
/// `kcodec/options.proto`), the inputs to give a protobuf compiler with `dir` as include path.
pub fn write_proto_files(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    let files = proto_files().map_err(std::io::Error::other)?;
    ProtoFile::write_all(&files, dir)?;
    Ok(files
        .into_iter()
        .filter(|f| !f.is_options())
        .map(|f| f.name)
        .collect())
}

/// A registered kind and the protobuf message it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindMessage {
    /// The kind's fixture name (`core.v1.Pod`).
    pub fixture_name: String,
    /// Its protobuf package (`k8s.io.api.core.v1`).
    pub package: String,
    /// Its message name (`Pod`).
    pub message: &'static str,
}

/// Every registered kind with its protobuf package and message name: what code generated
/// from the `.proto` files needs to find each kind's type.
pub fn kind_messages() -> Result<Vec<KindMessage>, SchemaError> {
    let set = proto_file_set();
    crate::registry::kinds()
        .iter()
        .map(|kind| {
            let schema = kind.proto_schema();
            Ok(KindMessage {
                fixture_name: kind.fixture_name(),
                package: set.package_of(&schema)?,
                message: schema.name,
            })
        })
        .collect()
}

/// A scalar field of a special type's message, as Kubernetes declares it.
fn scalar(name: &'static str, tag: u32, ty: Scalar) -> FieldSchema {
    FieldSchema {
        name,
        json_name: name,
        tag,
        ty: FieldType::Scalar(ty),
        omitempty: true,
        omitzero: false,
        inline: false,
    }
}

/// `ProtoSchema` + `ProtoField` for a hand-written type with Kubernetes' message fields.
macro_rules! special {
    ($ty:ty, $name:literal, $module:literal, [$($field:expr),* $(,)?]) => {
        impl ProtoSchema for $ty {
            fn proto_schema() -> MessageSchema {
                MessageSchema {
                    name: $name,
                    module_path: $module,
                    package: None,
                    fields: vec![$($field),*],
                    json_only: vec![],
                }
            }
        }
        impl ProtoField for $ty {
            fn proto_field() -> FieldType {
                FieldType::Message(<$ty as ProtoSchema>::proto_schema)
            }
        }
    };
}

special!(
    crate::meta::v1::Time,
    "Time",
    "kcodec_types::meta::v1",
    [
        scalar("seconds", 1, Scalar::Int64),
        scalar("nanos", 2, Scalar::Int32),
    ]
);
special!(
    crate::meta::v1::MicroTime,
    "MicroTime",
    "kcodec_types::meta::v1",
    [
        scalar("seconds", 1, Scalar::Int64),
        scalar("nanos", 2, Scalar::Int32),
    ]
);
special!(
    crate::meta::v1::Duration,
    "Duration",
    "kcodec_types::meta::v1",
    [scalar("duration", 1, Scalar::Int64),]
);
special!(
    crate::meta::v1::FieldsV1,
    "FieldsV1",
    "kcodec_types::meta::v1",
    [scalar("Raw", 1, Scalar::Bytes),]
);
special!(
    crate::resource::Quantity,
    "Quantity",
    "kcodec_types::resource",
    [scalar("string", 1, Scalar::String),]
);
special!(
    crate::intstr::IntOrString,
    "IntOrString",
    "kcodec_types::intstr",
    [
        scalar("type", 1, Scalar::Int64),
        scalar("intVal", 2, Scalar::Int32),
        scalar("strVal", 3, Scalar::String),
    ]
);
special!(
    crate::runtime::RawExtension,
    "RawExtension",
    "kcodec_types::runtime",
    [scalar("raw", 1, Scalar::Bytes),]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_package_and_the_files_use_kubernetes_layout() {
        let files = proto_files().unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        for expected in [
            "k8s.io/api/apps/v1/generated.proto",
            "k8s.io/api/core/v1/generated.proto",
            "k8s.io/apimachinery/pkg/api/resource/generated.proto",
            "k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto",
            "k8s.io/apimachinery/pkg/util/intstr/generated.proto",
            "kcodec/options.proto",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        let meta = files
            .iter()
            .find(|f| f.package == "k8s.io.apimachinery.pkg.apis.meta.v1")
            .unwrap();
        assert!(meta.source.contains(
            "message Time {\n  optional int64 seconds = 1 [(kcodec.nullable) = false];\n  optional int32 nanos = 2 [(kcodec.nullable) = false];\n}\n"
        ), "{}", meta.source);
    }
}
