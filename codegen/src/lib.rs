//! # kcodec-codegen
//!
//! The one schema model of kcodec and the emitters that turn it into Rust code.
//!
//! Two front doors feed the same [`model`]: the derive macro (`kcodec-derive`, which parses
//! Rust items with syn) and the build-time generator (`Builder`, feature `build`, which reads
//! `.proto` files through protox's descriptors). Both hand a [`model::Message`] to the
//! emitters here:
//! - `json::emit`: `JsonEncode`/`JsonDecode`/`JsonObject` implementations (`#[derive(Json)]`);
//! - `cbor::emit`: `CborEncode`/`CborDecode`/`CborObject` (`#[derive(Cbor)]`);
//! - `proto::emit`: `ProtoMessage`/`ProtoValue`;
//! - `schema::emit`: `kcodec::schema::ProtoSchema`/`ProtoField`, the run-time descriptors
//!   from which `kcodec::schema::ProtoFiles` writes `.proto` files (Rust → `.proto`);
//! - `attrs::render_field_attrs`: the `#[kcodec(...)]` attributes that describe a field,
//!   so the Builder can print `#[derive(Json, Proto)]` source that the derive reads back
//!   into the same model (or, with `Builder::expanded`, the emitters' output itself).
//!
//! Without the `build` feature this crate depends on `proc-macro2` and `quote` only: no syn
//! AST appears in the model.

#![warn(missing_docs)]

pub mod attrs;
#[cfg(feature = "build")]
pub mod build;
pub mod cbor;
pub mod json;
pub mod model;
pub mod proto;
pub mod schema;

#[cfg(feature = "build")]
pub use build::Builder;
pub use model::{Field, FieldType, Message, MessageKind, Omit, Variant};
