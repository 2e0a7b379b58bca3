//! # kcodec-codegen
//!
//! The one schema model of kcodec and the emitters that turn it into Rust code.
//!
//! Two front doors feed the same [`model`]: the derive macro (`kcodec-derive`, which parses
//! Rust items with syn) and, later, the build-time generator (which reads `.proto`
//! descriptors). Both hand a [`model::Message`] to the emitters here:
//! - [`json::emit`]: `JsonEncode`/`JsonDecode`/`JsonObject` implementations;
//! - [`attrs::render_field_attrs`]: the `#[kcodec(...)]` attributes that describe a field,
//!   so a generator can print `#[derive(Json)]` source that the derive reads back into the
//!   same model.
//!
//! This crate depends on `proc-macro2` and `quote` only: no syn AST appears in the model.

#![warn(missing_docs)]

pub mod attrs;
pub mod json;
pub mod model;
pub mod proto;

pub use model::{Field, FieldType, Message, MessageKind, Omit, Variant};
