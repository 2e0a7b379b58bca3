//! # kcodec-derive
//!
//! `#[derive(Json, Proto, Cbor, Serde)]` for kcodec: one derive per format, each emitting only
//! its own format's code. This crate only parses: it reads the Rust item and its
//! `#[kcodec(...)]` attributes into `kcodec_codegen`'s model, reports every problem as a
//! spanned compile error, and hands the model to the codegen emitters.
//!
//! Attributes:
//! - container: `#[kcodec(crate = "path")]` — where the runtime is (default `::kcodec`);
//!   `#[kcodec(proto_package = "example.api.v1")]` — the protobuf package of the message
//!   (otherwise `kcodec::schema::ProtoFiles` maps the Rust module to one).
//! - field: `rename = "jsonName"`, `tag = N` (protobuf field number), `proto_name = "name"`,
//!   `omitempty`, `omitzero`, `inline`, `with = "module::path"`.
//! - enum variant: `rename = "Value"`, `other` (on a one-field tuple variant that keeps
//!   unknown values).
//!
//! Field types: the generated code reaches each field's codec through a trait on its type
//! (`kcodec::json::JsonField`, `kcodec::proto::field::FieldCodec`), so type aliases and full
//! paths work. A field type without a codec is a compile error at the type, once per derive:
//! named precisely for the std types kcodec knows it cannot encode (`HashMap` → `BTreeMap`,
//! `usize` → `u64`, in protobuf `u8` → `u32` and `Vec<u8>` → `kcodec::Binary`), otherwise
//! worded by the runtime traits' `#[diagnostic::on_unimplemented]` (e.g. a struct without
//! `#[derive(kcodec::Json, kcodec::Proto)]`).

#![warn(missing_docs)]

mod parse;

use proc_macro::TokenStream;

/// Derive `JsonEncode`, `JsonDecode` (and `JsonObject` for structs): JSON, and through it
/// YAML. See the crate docs for the attributes.
#[proc_macro_derive(Json, attributes(kcodec))]
pub fn derive_json(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let parsed = parse::message(&input)
        .and_then(|msg| parse::check_types(&input, parse::Target::Json).map(|()| msg));
    match parsed {
        Ok(msg) => kcodec_codegen::json::emit(&msg).into(),
        Err(err) => parse::fallback(&input, err).into(),
    }
}

/// Derive `CborEncode`, `CborDecode` (and `CborObject` for structs): CBOR as the API server
/// writes it (`application/cbor`), with the field names and omit rules of the same
/// attributes. Needs the runtime's `cbor` feature. See the crate docs for the attributes.
#[proc_macro_derive(Cbor, attributes(kcodec))]
pub fn derive_cbor(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let parsed = parse::message(&input)
        .and_then(|msg| parse::check_types(&input, parse::Target::Cbor).map(|()| msg));
    match parsed {
        Ok(msg) => kcodec_codegen::cbor::emit(&msg).into(),
        // The attribute errors are reported by `Json` when both are derived.
        Err(err) => parse::fallback_for(&input, err, parse::Target::Cbor).into(),
    }
}

/// Derive `serde::Serialize` and `serde::Deserialize` through the type's kcodec JSON codec
/// (which `#[derive(Json)]` provides): the same bytes through any serde format. Needs the
/// runtime's `serde` feature.
#[proc_macro_derive(Serde, attributes(kcodec))]
pub fn derive_serde(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    match parse::message(&input) {
        Ok(msg) => {
            let krate: proc_macro2::TokenStream = msg.crate_path.parse().expect("crate path");
            let name = &input.ident;
            quote::quote!(#krate::__private::impl_serde!(#name);).into()
        }
        Err(err) => parse::fallback_for(&input, err, parse::Target::Serde).into(),
    }
}

/// Derive `ProtoMessage` and `ProtoValue` (structs: a message whose fields are the ones with
/// a `tag`; string enums: a protobuf string), and the `kcodec::schema` descriptors
/// (`ProtoSchema`, `ProtoField`) from which `.proto` files are written. See the crate docs
/// for the attributes.
#[proc_macro_derive(Proto, attributes(kcodec))]
pub fn derive_proto(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let parsed = parse::message(&input)
        .and_then(|msg| parse::check_types(&input, parse::Target::Proto).map(|()| msg));
    match parsed {
        Ok(msg) => {
            let mut out = kcodec_codegen::proto::emit(&msg);
            out.extend(kcodec_codegen::schema::emit(&msg));
            out.into()
        }
        // The same attribute errors are reported by `Json` when both are derived (rustc
        // prints identical errors once); a lone `Proto` derive reports them itself.
        Err(err) => parse::fallback_for(&input, err, parse::Target::Proto).into(),
    }
}
