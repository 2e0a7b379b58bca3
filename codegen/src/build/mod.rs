//! The build-time generator: `.proto` files in, Rust types with kcodec's JSON and protobuf
//! codecs out (the prost-build of kcodec). Feature `build`.
//!
//! ```no_run
//! // build.rs, in `fn main()`:
//! kcodec_codegen::Builder::new()
//!     .include_file("protos.rs")
//!     .compile(&["protos/shop/v1/shop.proto"], &["protos"])
//!     // Prints `shop/v1/shop.proto:12:3: name 'Money' is not defined`, as compilers print
//!     // errors (`?` out of `main`, or `expect`, would print its `Debug` form).
//!     .unwrap_or_else(|e| panic!("{e}"));
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/protos.rs"));
//! //         or: pub mod shop { kcodec::include_proto!("shop.v1"); }
//! ```
//!
//! The `.proto` files are parsed in pure Rust (protox; no `protoc` binary), mapped into the
//! same [`crate::model`] the derive builds, and written either as `#[derive(Json, Proto)]`
//! source (the default: the derive expands it when the crate compiles) or, with
//! [`Builder::expanded`], as the codec implementations themselves, so no proc macro runs.
//!
//! # Mapping
//! - One Rust file per protobuf package (`k8s.io.api.core.v1.rs`); packages are nested
//!   modules (`k8s::io::api::core::v1`) and references across packages are relative
//!   (`super::…`), so include the files in that module tree ([`Builder::include_file`]
//!   writes it). Nested messages are flattened: `Outer.Inner` becomes `OuterInner`.
//! - Scalars: `bool`, `int32`/`int64`/`uint32`/`uint64` (varint), `float`, `double`,
//!   `string` (`kcodec::Str`, or `String` with [`Builder::std_string`]), `bytes`
//!   (`kcodec::Binary`). `sint*`, `fixed*` and `sfixed*` are not supported (an error names
//!   the file, line and column).
//! - Singular fields with presence (proto2 `optional`, proto3 `optional`, messages) are
//!   `Option<T>`; proto3 implicit-presence scalars, proto2 `required` fields and inline
//!   fields are `T`. Messages that contain themselves through singular fields are boxed.
//! - A `T` field is written to the protobuf wire even when it is zero (as Go's gogo-protobuf
//!   does for non-pointer fields); `bytes` are written when non-empty. For proto3 this is
//!   valid but not the canonical form (a proto3 encoder leaves zero scalars out).
//! - `repeated T` is `Vec<T>`; `map<K, V>` is `BTreeMap<K, V>` (sorted: both wire formats
//!   write map entries in key order, as Kubernetes does). `HashMap` is not offered.
//! - Enums are `i32` fields (as prost does) and a Rust `enum` with `from_i32` and
//!   `as_str_name`; JSON writes the number.
//! - `oneof` and groups are not supported (an error names the file, line and column).
//! - JSON names: the protobuf field name (Kubernetes' convention), or an explicit
//!   `json_name`; [`Builder::json_camel_case`] switches to protobuf's lowerCamelCase.
//! - JSON omission: Go's `omitempty` by default.
//! - `kcodec/options.proto` (see `kcodec::schema::OPTIONS_PROTO`; `kcodec codegen proto`
//!   writes it) refines this per field and message: `(kcodec.nullable)`,
//!   `(kcodec.omitempty)`, `(kcodec.omitzero)`, `(kcodec.inline)`, `(kcodec.type_meta)`.
//!   The `.proto` files kcodec writes from Rust types carry them, so generating Rust back
//!   from them gives types with the same JSON and protobuf bytes.
//! - Kubernetes' special messages (`k8s.io.apimachinery.pkg.apis.meta.v1.Time`,
//!   `MicroTime`, `Duration`, `FieldsV1`, `...api.resource.Quantity`,
//!   `...util.intstr.IntOrString`, `...runtime.RawExtension`) map to `kcodec-types`' types,
//!   which have Kubernetes' special JSON forms (a crate generating Kubernetes types depends
//!   on `kcodec-types`), and so do Kubernetes' wrapped lists (a message whose one field is
//!   `repeated T items = 1`, such as `Verbs` and `ExtraValue`: a JSON array);
//!   [`Builder::extern_path`] maps any other message or package to an
//!   existing Rust path and overrides these.
//! - Kubernetes' kinds get their JSON `kind` and `apiVersion` (TypeMeta, not on the protobuf
//!   wire): by `(kcodec.type_meta)`, or, in files without kcodec's options (Kubernetes' own
//!   `generated.proto`), by shape: field 1 is `metadata` of type `ListMeta`, or of type
//!   `ObjectMeta` in a message no other message holds except as a list's `items`.

mod map;
mod render;

use std::io;
use std::path::{Path, PathBuf};

pub use map::GenError;

/// How a `.proto` file's Rust types are generated. See the [module docs](self).
#[derive(Clone, Debug)]
pub struct Builder {
    out_dir: Option<PathBuf>,
    extern_paths: Vec<(String, String)>,
    type_attributes: Vec<(String, String)>,
    field_attributes: Vec<(String, String)>,
    crate_path: String,
    std_string: bool,
    json_camel_case: bool,
    expanded: bool,
    cbor: bool,
    serde: bool,
    kubernetes: bool,
    include_file: Option<String>,
    descriptor_set_path: Option<PathBuf>,
    emit_rerun: bool,
}

impl Default for Builder {
    fn default() -> Builder {
        Builder::new()
    }
}

/// Kubernetes' messages with special JSON forms, and the `kcodec-types` types that have them.
pub const KUBERNETES_EXTERN_PATHS: &[(&str, &str)] = &[
    (
        ".k8s.io.apimachinery.pkg.apis.meta.v1.Time",
        "::kcodec_types::meta::v1::Time",
    ),
    (
        ".k8s.io.apimachinery.pkg.apis.meta.v1.MicroTime",
        "::kcodec_types::meta::v1::MicroTime",
    ),
    (
        ".k8s.io.apimachinery.pkg.apis.meta.v1.Duration",
        "::kcodec_types::meta::v1::Duration",
    ),
    (
        ".k8s.io.apimachinery.pkg.apis.meta.v1.FieldsV1",
        "::kcodec_types::meta::v1::FieldsV1",
    ),
    (
        ".k8s.io.apimachinery.pkg.apis.meta.v1.Verbs",
        "::kcodec_types::meta::v1::Verbs",
    ),
    (
        ".k8s.io.apimachinery.pkg.api.resource.Quantity",
        "::kcodec_types::resource::Quantity",
    ),
    (
        ".k8s.io.apimachinery.pkg.util.intstr.IntOrString",
        "::kcodec_types::intstr::IntOrString",
    ),
    (
        ".k8s.io.apimachinery.pkg.runtime.RawExtension",
        "::kcodec_types::runtime::RawExtension",
    ),
];

impl Builder {
    /// Defaults: derive attributes, `kcodec::Str` strings, protobuf field names as JSON keys,
    /// Kubernetes' special types mapped to `kcodec-types`, output in `$OUT_DIR`.
    pub fn new() -> Builder {
        Builder {
            out_dir: None,
            extern_paths: Vec::new(),
            type_attributes: Vec::new(),
            field_attributes: Vec::new(),
            crate_path: "::kcodec".into(),
            std_string: false,
            json_camel_case: false,
            expanded: false,
            cbor: false,
            serde: false,
            kubernetes: true,
            include_file: None,
            descriptor_set_path: None,
            emit_rerun: true,
        }
    }

    /// Write the generated files here instead of `$OUT_DIR`.
    pub fn out_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Builder {
        self.out_dir = Some(dir.into());
        self
    }

    /// Use an existing Rust type for a protobuf message, or an existing module for a whole
    /// package: `extern_path(".k8s.io.api.core.v1", "::kcodec_types::core::v1")`. The
    /// protobuf path is fully qualified (leading dot); the longest match wins.
    pub fn extern_path(&mut self, proto_path: &str, rust_path: &str) -> &mut Builder {
        self.extern_paths
            .push((proto_path.into(), rust_path.into()));
        self
    }

    /// Add an attribute (`#[derive(Hash)]`, `#[non_exhaustive]`) to every generated type
    /// whose fully qualified protobuf name starts with `path` (`.` for all).
    pub fn type_attribute(&mut self, path: &str, attribute: &str) -> &mut Builder {
        self.type_attributes.push((path.into(), attribute.into()));
        self
    }

    /// Add an attribute to every generated field whose path (`.pkg.Message.field`) starts with
    /// `path`.
    pub fn field_attribute(&mut self, path: &str, attribute: &str) -> &mut Builder {
        self.field_attributes.push((path.into(), attribute.into()));
        self
    }

    /// The path of the kcodec runtime in generated code (default `::kcodec`).
    pub fn crate_path(&mut self, path: &str) -> &mut Builder {
        self.crate_path = path.into();
        self
    }

    /// Generate `String` instead of `kcodec::Str` for `string` fields.
    pub fn std_string(&mut self, yes: bool) -> &mut Builder {
        self.std_string = yes;
        self
    }

    /// Use protobuf's lowerCamelCase JSON names (`foo_bar` → `fooBar`), as the proto3 JSON
    /// mapping does, instead of the field names.
    pub fn json_camel_case(&mut self, yes: bool) -> &mut Builder {
        self.json_camel_case = yes;
        self
    }

    /// Write the codec implementations themselves instead of `#[derive(Json, Proto)]`, so
    /// no proc macro runs when the generated code compiles.
    pub fn expanded(&mut self, yes: bool) -> &mut Builder {
        self.expanded = yes;
        self
    }

    /// Give the types CBOR codecs too (`#[derive(Cbor)]`, or its expansion): the code then
    /// needs the runtime's `cbor` feature. Off by default: JSON and protobuf only.
    pub fn cbor(&mut self, yes: bool) -> &mut Builder {
        self.cbor = yes;
        self
    }

    /// Give the types serde's `Serialize`/`Deserialize` through their JSON codec
    /// (`#[derive(Serde)]`, or its expansion): the code then needs the runtime's `serde`
    /// feature. Off by default.
    pub fn serde(&mut self, yes: bool) -> &mut Builder {
        self.serde = yes;
        self
    }

    /// Kubernetes awareness (default on): map Kubernetes' special messages to `kcodec-types`
    /// and give kinds their TypeMeta (see the module docs).
    pub fn kubernetes_types(&mut self, yes: bool) -> &mut Builder {
        self.kubernetes = yes;
        self
    }

    /// Also write a file (in the output directory) that declares the package modules and
    /// includes every generated file: `include!(concat!(env!("OUT_DIR"), "/NAME"))`.
    pub fn include_file(&mut self, name: &str) -> &mut Builder {
        self.include_file = Some(name.into());
        self
    }

    /// Also write the `FileDescriptorSet` of the compiled files (with their imports).
    pub fn file_descriptor_set_path(&mut self, path: impl Into<PathBuf>) -> &mut Builder {
        self.descriptor_set_path = Some(path.into());
        self
    }

    /// Whether to print `cargo:rerun-if-changed` for the input files (default on).
    pub fn emit_rerun_if_changed(&mut self, yes: bool) -> &mut Builder {
        self.emit_rerun = yes;
        self
    }

    /// Parse `protos` (paths under one of `includes`), generate, and write the files.
    ///
    /// A generation error is an `io::Error` of kind `Other` wrapping the [`GenError`], whose
    /// `Display` is `file:line:column: message`: print it with `{}` (`panic!("{e}")` in a
    /// build script), not `{:?}`.
    pub fn compile(
        &self,
        protos: &[impl AsRef<Path>],
        includes: &[impl AsRef<Path>],
    ) -> io::Result<()> {
        let out_dir = match &self.out_dir {
            Some(d) => d.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| io::Error::other("OUT_DIR is not set; call Builder::out_dir"))?,
        };
        let files = self.generate(protos, includes).map_err(io::Error::other)?;
        std::fs::create_dir_all(&out_dir)?;
        for (name, source) in &files.sources {
            write_if_changed(&out_dir.join(name), source.as_bytes())?;
        }
        if let Some(name) = &self.include_file {
            write_if_changed(&out_dir.join(name), files.include_file.as_bytes())?;
        }
        if let Some(path) = &self.descriptor_set_path {
            write_if_changed(path, &files.descriptor_set)?;
        }
        if self.emit_rerun {
            // An input named relative to an include directory is watched where it is found
            // (cargo reads a missing path as "always changed").
            for p in protos {
                let p = p.as_ref();
                let found = std::iter::once(p.to_path_buf())
                    .chain(includes.iter().map(|i| i.as_ref().join(p)))
                    .find(|c| c.exists());
                if let Some(path) = found {
                    println!("cargo:rerun-if-changed={}", path.display());
                }
            }
        }
        Ok(())
    }

    /// Generate without writing: the Rust source of every package, the include file and the
    /// encoded descriptor set. Errors (protox's syntax and name-resolution errors, and what
    /// kcodec does not support) carry the `.proto` file, line and column.
    pub fn generate(
        &self,
        protos: &[impl AsRef<Path>],
        includes: &[impl AsRef<Path>],
    ) -> Result<Generated, GenError> {
        let mut compiler =
            protox::Compiler::new(includes.iter().map(AsRef::as_ref)).map_err(GenError::parse)?;
        compiler.include_source_info(true).include_imports(true);
        for p in protos {
            compiler.open_file(p.as_ref()).map_err(GenError::parse)?;
        }
        let requested: Vec<String> = compiler
            .files()
            .filter(|f| !f.is_import())
            .map(|f| f.name().to_string())
            .collect();
        let pool = compiler.descriptor_pool();
        let mut externs: Vec<(String, String)> = Vec::new();
        if self.kubernetes {
            externs.extend(
                KUBERNETES_EXTERN_PATHS
                    .iter()
                    .map(|(p, r)| (p.to_string(), r.to_string())),
            );
            externs.extend(kubernetes_wrapped_lists(&pool));
        }
        externs.extend(self.extern_paths.iter().cloned());
        let cx = map::Context {
            pool: &pool,
            externs: &externs,
            crate_path: &self.crate_path,
            std_string: self.std_string,
            json_camel_case: self.json_camel_case,
            kubernetes: self.kubernetes,
        };
        let packages = map::map_files(&cx, &requested)?;
        let opts = render::Options {
            crate_path: &self.crate_path,
            expanded: self.expanded,
            cbor: self.cbor,
            serde: self.serde,
            type_attributes: &self.type_attributes,
            field_attributes: &self.field_attributes,
        };
        let mut sources = Vec::new();
        for p in &packages {
            let file = if p.name.is_empty() { "_" } else { &p.name };
            sources.push((format!("{file}.rs"), render::package(p, &opts)));
        }
        let include_file = render::include_file(packages.iter().map(|p| p.name.as_str()));
        Ok(Generated {
            sources,
            include_file,
            descriptor_set: compiler.encode_file_descriptor_set(),
        })
    }
}

/// Kubernetes' wrapped lists: a Go named slice marked `+protobuf.nullable=true` (meta/v1's
/// `Verbs`, authentication's `ExtraValue`) is the message `{ repeated T items = 1; }` on the
/// wire but a JSON array, as kcodec-types' `wrapped_list!` types write it. Kubernetes'
/// `generated.proto` does not say which messages of that shape are wrapped lists (core/v1's
/// `DownwardAPIProjection` is a struct of one `items` field), so every message of a `k8s.io`
/// package with exactly that one field maps to kcodec-types' type of the same name (right
/// for both), whose module follows the package (`k8s.io.api.authentication.v1` →
/// `authentication::v1`, `k8s.io.apimachinery.pkg.apis.meta.v1` → `meta::v1`).
fn kubernetes_wrapped_lists(pool: &prost_reflect::DescriptorPool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in pool.all_messages() {
        let fields: Vec<_> = m.fields().collect();
        let [f] = fields.as_slice() else { continue };
        if f.name() != "items" || f.number() != 1 || !f.is_list() {
            continue;
        }
        let package = m.package_name();
        let module = if let Some(rest) = package.strip_prefix("k8s.io.api.") {
            rest.replace('.', "::")
        } else if let Some(rest) = package.strip_prefix("k8s.io.apimachinery.pkg.apis.") {
            rest.replace('.', "::")
        } else {
            continue;
        };
        out.push((
            format!(".{}", m.full_name()),
            format!("::kcodec_types::{module}::{}", m.name()),
        ));
    }
    out
}

/// The output of [`Builder::generate`].
#[derive(Clone, Debug)]
pub struct Generated {
    /// `(file name, Rust source)` per protobuf package, sorted by package.
    pub sources: Vec<(String, String)>,
    /// The module tree including every file.
    pub include_file: String,
    /// The encoded `FileDescriptorSet` of the inputs and their imports.
    pub descriptor_set: Vec<u8>,
}

/// Write only when the bytes differ, so unchanged output does not trigger rebuilds.
fn write_if_changed(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, bytes)
}
