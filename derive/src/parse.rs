//! syn input → codegen model, with every error collected and spanned.

use kcodec_codegen::model::{Field, FieldType, Message, MessageKind, Omit, Variant};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

/// Attribute names, kept in one place.
mod sym {
    pub const KCODEC: &str = "kcodec";
    pub const CRATE: &str = "crate";
    pub const PROTO_PACKAGE: &str = "proto_package";
    pub const RENAME: &str = "rename";
    pub const TAG: &str = "tag";
    pub const PROTO_NAME: &str = "proto_name";
    pub const OMITEMPTY: &str = "omitempty";
    pub const OMITZERO: &str = "omitzero";
    pub const INLINE: &str = "inline";
    pub const WITH: &str = "with";
    pub const OTHER: &str = "other";
}

/// Collects errors so one run reports all of them.
#[derive(Default)]
struct Ctxt {
    errors: Option<syn::Error>,
}

impl Ctxt {
    fn error(&mut self, err: syn::Error) {
        match &mut self.errors {
            Some(e) => e.combine(err),
            None => self.errors = Some(err),
        }
    }

    fn error_at(&mut self, tokens: impl ToTokens, msg: impl std::fmt::Display) {
        self.error(syn::Error::new_spanned(tokens, msg));
    }

    fn finish(self) -> syn::Result<()> {
        match self.errors {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Parse a derive input into the model.
pub fn message(input: &syn::DeriveInput) -> syn::Result<Message> {
    let mut cx = Ctxt::default();
    let mut crate_path = "::kcodec".to_string();
    let mut proto_package = None;
    for attr in kcodec_attrs(&input.attrs) {
        let res = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(sym::CRATE) {
                let s: syn::LitStr = meta.value()?.parse()?;
                let path: syn::Path = s.parse()?;
                crate_path = path.to_token_stream().to_string();
                Ok(())
            } else if meta.path.is_ident(sym::PROTO_PACKAGE) {
                let s: syn::LitStr = meta.value()?.parse()?;
                let valid = !s.value().is_empty()
                    && s.value().split('.').all(|part| {
                        part.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    });
                if !valid {
                    return Err(syn::Error::new_spanned(
                        s,
                        "kcodec: `proto_package` must be a protobuf package name such as `example.api.v1`",
                    ));
                }
                proto_package = Some(s.value());
                Ok(())
            } else {
                Err(meta.error(format!(
                    "unknown kcodec container attribute `{}`; expected `crate` or `proto_package`",
                    meta.path.to_token_stream()
                )))
            }
        });
        if let Err(e) = res {
            cx.error(e);
        }
    }
    if !input.generics.params.is_empty() {
        cx.error_at(
            &input.generics,
            "kcodec: generic types are not supported by #[derive(Json)]",
        );
    }
    let kind = match &input.data {
        syn::Data::Struct(s) => match &s.fields {
            syn::Fields::Named(named) => MessageKind::Struct(
                named
                    .named
                    .iter()
                    .filter_map(|f| field(&mut cx, f))
                    .collect(),
            ),
            other => {
                cx.error_at(
                    other,
                    "kcodec: #[derive(Json)] needs a struct with named fields",
                );
                MessageKind::Struct(Vec::new())
            }
        },
        syn::Data::Enum(e) => string_enum(&mut cx, e),
        syn::Data::Union(u) => {
            cx.error_at(u.union_token, "kcodec: unions are not supported");
            MessageKind::Struct(Vec::new())
        }
    };
    let msg = Message {
        name: input.ident.to_string(),
        crate_path,
        proto_package,
        kind,
        span: input.ident.span(),
    };
    for e in msg.check() {
        cx.error(syn::Error::new(e.span, format!("kcodec: {}", e.message)));
    }
    cx.finish().map(|_| msg)
}

fn kcodec_attrs(attrs: &[syn::Attribute]) -> impl Iterator<Item = &syn::Attribute> {
    attrs.iter().filter(|a| a.path().is_ident(sym::KCODEC))
}

fn field(cx: &mut Ctxt, f: &syn::Field) -> Option<Field> {
    let ident = f.ident.as_ref()?;
    let mut out = Field::new(ident.to_string(), field_type(&f.ty));
    out.json_name = ident.to_string().trim_start_matches("r#").to_string();
    out.span = ident.span();
    out.rust_type = Some(f.ty.to_token_stream());
    out.ty_span = syn::spanned::Spanned::span(&f.ty);
    let (mut omitempty, mut omitzero) = (false, false);
    for attr in kcodec_attrs(&f.attrs) {
        let res = attr.parse_nested_meta(|meta| {
            let p = &meta.path;
            if p.is_ident(sym::RENAME) {
                let s: syn::LitStr = meta.value()?.parse()?;
                if s.value().is_empty() {
                    return Err(syn::Error::new_spanned(
                        s,
                        "kcodec: `rename` must not be empty",
                    ));
                }
                out.json_name = s.value();
            } else if p.is_ident(sym::TAG) {
                let n: syn::LitInt = meta.value()?.parse()?;
                out.tag = Some(n.base10_parse::<u32>().map_err(|_| {
                    syn::Error::new_spanned(&n, "kcodec: `tag` must be a protobuf field number")
                })?);
            } else if p.is_ident(sym::PROTO_NAME) {
                let s: syn::LitStr = meta.value()?.parse()?;
                out.proto_name = Some(s.value());
            } else if p.is_ident(sym::OMITEMPTY) {
                omitempty = true;
            } else if p.is_ident(sym::OMITZERO) {
                omitzero = true;
            } else if p.is_ident(sym::INLINE) {
                out.inline = true;
            } else if p.is_ident(sym::WITH) {
                let s: syn::LitStr = meta.value()?.parse()?;
                let path: syn::Path = s.parse()?;
                out.with = Some(path.to_token_stream().to_string());
            } else {
                return Err(meta.error(format!(
                    "unknown kcodec field attribute `{}`; expected one of `rename`, `tag`, \
                     `proto_name`, `omitempty`, `omitzero`, `inline`, `with`",
                    p.to_token_stream()
                )));
            }
            Ok(())
        });
        if let Err(e) = res {
            cx.error(e);
        }
    }
    out.omit = Omit::from_flags(omitempty, omitzero);
    Some(out)
}

/// The structure of a Rust type (by the last path segment of well-known types).
fn field_type(ty: &syn::Type) -> FieldType {
    let syn::Type::Path(tp) = ty else {
        return FieldType::Named(ty.to_token_stream().to_string());
    };
    let Some(last) = tp.path.segments.last() else {
        return FieldType::Named(ty.to_token_stream().to_string());
    };
    let args: Vec<&syn::Type> = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let name = last.ident.to_string();
    match (name.as_str(), args.as_slice()) {
        ("bool", []) => FieldType::Bool,
        ("i32", []) => FieldType::I32,
        ("i64", []) => FieldType::I64,
        ("u32", []) => FieldType::U32,
        ("u64", []) => FieldType::U64,
        ("f32", []) => FieldType::F32,
        ("f64", []) => FieldType::F64,
        ("String", []) => FieldType::String,
        ("Str", []) => FieldType::Str,
        ("Binary", []) => FieldType::Binary,
        ("Option", [t]) => FieldType::Option(Box::new(field_type(t))),
        ("Box", [t]) => FieldType::Box(Box::new(field_type(t))),
        ("Vec", [t]) => FieldType::Vec(Box::new(field_type(t))),
        ("BTreeMap", [k, v]) => FieldType::Map(Box::new(field_type(k)), Box::new(field_type(v))),
        _ => FieldType::Named(ty.to_token_stream().to_string()),
    }
}

fn string_enum(cx: &mut Ctxt, e: &syn::DataEnum) -> MessageKind {
    let mut variants = Vec::new();
    let mut other = None;
    for v in &e.variants {
        let mut json_name = v.ident.to_string();
        let mut is_other = false;
        for attr in kcodec_attrs(&v.attrs) {
            let res = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident(sym::RENAME) {
                    let s: syn::LitStr = meta.value()?.parse()?;
                    json_name = s.value();
                    Ok(())
                } else if meta.path.is_ident(sym::OTHER) {
                    is_other = true;
                    Ok(())
                } else {
                    Err(meta.error(format!(
                        "unknown kcodec variant attribute `{}`; expected `rename` or `other`",
                        meta.path.to_token_stream()
                    )))
                }
            });
            if let Err(e) = res {
                cx.error(e);
            }
        }
        if is_other {
            match &v.fields {
                syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                    if other.is_some() {
                        cx.error_at(v, "kcodec: only one variant can be `other`");
                    }
                    other = Some(v.ident.to_string());
                }
                _ => cx.error_at(
                    v,
                    "kcodec: the `other` variant must hold exactly one string, e.g. `Other(Str)`",
                ),
            }
            continue;
        }
        if !matches!(v.fields, syn::Fields::Unit) {
            cx.error_at(
                v,
                "kcodec: enum variants must be unit variants (string enums), \
                 except one `#[kcodec(other)]` variant",
            );
            continue;
        }
        variants.push(Variant {
            ident: v.ident.to_string(),
            json_name,
        });
    }
    MessageKind::StringEnum { variants, other }
}

/// Which derive is checking field types.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `#[derive(Json)]`: every field but those with a `with` codec.
    Json,
    /// `#[derive(Proto)]`: the fields with a `tag`.
    Proto,
    /// `#[derive(Cbor)]`: the same fields as JSON.
    Cbor,
    /// `#[derive(Serde)]`: no field of its own (it goes through the JSON codec).
    Serde,
}

/// Field types that are known not to have a codec (`HashMap`, `usize`, and for protobuf
/// `u8`...), found in the syntax so the error names the type and its replacement precisely,
/// at the type. Types not recognised here are checked by the trait bounds of the generated
/// code (one error per field, from the runtime traits' `on_unimplemented` messages).
///
/// Where a type is wrong for both derives the message is the same, so rustc reports it once.
pub fn check_types(input: &syn::DeriveInput, target: Target) -> syn::Result<()> {
    let mut cx = Ctxt::default();
    let syn::Data::Struct(s) = &input.data else {
        return Ok(());
    };
    for f in &s.fields {
        let mut tagged = false;
        let mut with = false;
        for attr in kcodec_attrs(&f.attrs) {
            // Errors in the attributes are reported by `message`.
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident(sym::TAG) {
                    tagged = true;
                } else if meta.path.is_ident(sym::WITH) {
                    with = true;
                }
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
        }
        let checked = match target {
            Target::Json | Target::Cbor => !with,
            Target::Proto => tagged,
            Target::Serde => false,
        };
        if checked {
            check_type(&mut cx, &f.ty, target);
        }
    }
    cx.finish()
}

/// `check_types` for one type, through the containers kcodec knows (`Option`, `Box`, `Vec`,
/// `BTreeMap`), whose codecs are their elements' codecs.
fn check_type(cx: &mut Ctxt, ty: &syn::Type, target: Target) {
    let syn::Type::Path(tp) = ty else {
        return;
    };
    let Some(last) = tp.path.segments.last() else {
        return;
    };
    let args: Vec<&syn::Type> = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let name = last.ident.to_string();
    let proto = target == Target::Proto;
    let message = match (name.as_str(), args.as_slice()) {
        ("Option" | "Box" | "Vec" | "BTreeMap", _) => {
            if proto && name == "Vec" && is_ident(args.first(), "u8") {
                cx.error_at(
                    ty,
                    "kcodec: `Vec<u8>` is not a protobuf field type (protobuf has no 8-bit \
                     integers); for bytes use `kcodec::Binary` (a Go `[]byte`), for numbers \
                     `Vec<u32>`",
                );
                return;
            }
            for t in args {
                check_type(cx, t, target);
            }
            return;
        }
        ("HashMap" | "IndexMap", _) => format!(
            "kcodec: `{name}` is not supported; use `BTreeMap` (kcodec writes map entries in \
             key order, as Go does)"
        ),
        ("HashSet" | "BTreeSet" | "IndexSet", _) => {
            format!(
                "kcodec: `{name}` is not supported; use a `Vec` (a JSON array, a repeated field)"
            )
        }
        ("usize" | "isize" | "u128" | "i128", []) => {
            let (u, i) = if name.starts_with('u') {
                ("u64", "u32")
            } else {
                ("i64", "i32")
            };
            format!(
                "kcodec: `{name}` is not supported (Go's integers are 32 or 64 bits); use `{u}` or `{i}`"
            )
        }
        ("char", []) => "kcodec: `char` is not supported; use `Str` or `String`".to_string(),
        ("f16" | "f128", []) => {
            format!("kcodec: `{name}` is not supported; use `f32` or `f64`")
        }
        ("u8" | "u16" | "i8" | "i16", []) if proto => {
            let wide = if name.starts_with('u') { "u32" } else { "i32" };
            format!(
                "kcodec: protobuf has no `{name}` type; use `{wide}` (or `{}64`) for this \
                 field with a protobuf `tag`",
                &wide[..1]
            )
        }
        _ => return,
    };
    cx.error_at(ty, message);
}

fn is_ident(ty: Option<&&syn::Type>, name: &str) -> bool {
    matches!(ty, Some(syn::Type::Path(tp)) if tp.qself.is_none() && tp.path.is_ident(name))
}

/// On error: the errors as `compile_error!`s plus stub impls, so one mistake gives one error
/// rather than a cascade of "trait not implemented" errors at every use.
pub fn fallback(input: &syn::DeriveInput, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    let name = &input.ident;
    let (impl_g, ty_g, where_c) = input.generics.split_for_impl();
    quote! {
        #errors
        impl #impl_g ::kcodec::__private::Omit for #name #ty_g #where_c {}
        impl #impl_g ::kcodec::__private::JsonEncode for #name #ty_g #where_c {
            fn encode_json(&self, _: &mut ::std::vec::Vec<u8>) {
                ::core::unimplemented!()
            }
        }
        impl #impl_g ::kcodec::__private::JsonDecode for #name #ty_g #where_c {
            fn decode_json(_: &mut ::kcodec::__private::JsonReader<'_>) -> ::kcodec::__private::Result<Self> {
                ::core::unimplemented!()
            }
        }
    }
}

/// `fallback` for the derive `target`: the errors plus that derive's stub impls.
pub fn fallback_for(input: &syn::DeriveInput, err: syn::Error, target: Target) -> TokenStream {
    match target {
        Target::Json => fallback(input, err),
        Target::Proto => fallback_proto(input, err),
        Target::Cbor => fallback_cbor(input, err),
        Target::Serde => err.to_compile_error(),
    }
}

/// `fallback` for `#[derive(Cbor)]`: the errors plus stub CBOR impls.
fn fallback_cbor(input: &syn::DeriveInput, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    let name = &input.ident;
    let (impl_g, ty_g, where_c) = input.generics.split_for_impl();
    let c = quote!(::kcodec::__private::cbor);
    quote! {
        #errors
        impl #impl_g #c::CborEncode for #name #ty_g #where_c {
            fn encode_cbor(&self, _: &mut ::std::vec::Vec<u8>) {
                ::core::unimplemented!()
            }
        }
        impl #impl_g #c::CborDecode for #name #ty_g #where_c {
            fn decode_cbor(_: &mut #c::CborReader<'_>) -> ::kcodec::__private::Result<Self> {
                ::core::unimplemented!()
            }
        }
    }
}

/// `fallback` for `#[derive(Proto)]`: the errors plus stub protobuf impls.
fn fallback_proto(input: &syn::DeriveInput, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    let name = &input.ident;
    let (impl_g, ty_g, where_c) = input.generics.split_for_impl();
    let p = quote!(::kcodec::__private::proto);
    let s = quote!(::kcodec::__private::schema);
    quote! {
        #errors
        impl #impl_g #p::ProtoMessage for #name #ty_g #where_c {
            fn encoded_len(&self) -> usize {
                ::core::unimplemented!()
            }
            fn encode_rev(&self, _: &mut #p::RevBuf) {
                ::core::unimplemented!()
            }
            fn merge(&mut self, _: &mut #p::ProtoReader<'_>) -> ::kcodec::__private::Result<()> {
                ::core::unimplemented!()
            }
        }
        impl #impl_g #p::ProtoValue for #name #ty_g #where_c {
            const WIRE_TYPE: #p::WireType = #p::WireType::Len;
            fn value_len(&self) -> usize {
                ::core::unimplemented!()
            }
            fn encode_value_rev(&self, _: &mut #p::RevBuf) {
                ::core::unimplemented!()
            }
            fn merge_value(&mut self, _: &mut #p::ProtoReader<'_>) -> ::kcodec::__private::Result<()> {
                ::core::unimplemented!()
            }
        }
        impl #impl_g #s::ProtoField for #name #ty_g #where_c {
            fn proto_field() -> #s::FieldType {
                ::core::unimplemented!()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use kcodec_codegen::attrs::render_field_attrs;
    use kcodec_codegen::model::{Field, FieldType, MessageKind, Omit};
    use quote::{format_ident, quote};

    fn sample_fields() -> Vec<Field> {
        let mut fields = Vec::new();
        let mut f = Field::new("type_meta", FieldType::Named("TypeMeta".into()));
        f.inline = true;
        fields.push(f);
        let mut f = Field::new("volume_source", FieldType::Named("VolumeSource".into()));
        f.inline = true;
        f.tag = Some(2);
        f.proto_name = Some("volumeSource".into());
        fields.push(f);
        let mut f = Field::new(
            "labels",
            FieldType::Map(Box::new(FieldType::Str), Box::new(FieldType::Str)),
        );
        f.tag = Some(11);
        f.omit = Omit::Empty;
        fields.push(f);
        let mut f = Field::new("creation_timestamp", FieldType::Named("Time".into()));
        f.json_name = "creationTimestamp".into();
        f.tag = Some(8);
        f.omit = Omit::EmptyOrZero;
        fields.push(f);
        let mut f = Field::new(
            "r#type",
            FieldType::Option(Box::new(FieldType::Vec(Box::new(FieldType::I64)))),
        );
        f.json_name = "type".into();
        f.tag = Some(3);
        f.with = Some("crate::codec".into());
        f.omit = Omit::Zero;
        fields.push(f);
        fields
    }

    /// model → attributes → derive parser → model gives back the same model.
    #[test]
    fn model_attributes_model_is_identity() {
        let fields = sample_fields();
        let rendered = fields.iter().map(|f| {
            let attrs = render_field_attrs(f);
            let id: syn::Ident = syn::parse_str(&f.ident).unwrap();
            let ty: syn::Type = syn::parse_str(&f.ty.rust("::kcodec")).unwrap();
            quote!(#attrs #id: #ty)
        });
        let name = format_ident!("Sample");
        let input: syn::DeriveInput = syn::parse2(quote!(struct #name { #(#rendered),* })).unwrap();
        let msg = super::message(&input).unwrap();
        let MessageKind::Struct(back) = msg.kind else {
            panic!("not a struct")
        };
        assert_eq!(back.len(), fields.len());
        for (a, b) in fields.iter().zip(&back) {
            assert_eq!(a.ident, b.ident);
            assert_eq!(a.ty, b.ty, "{}", a.ident);
            assert_eq!(a.json_name, b.json_name);
            assert_eq!(a.tag, b.tag);
            assert_eq!(a.proto_name, b.proto_name);
            assert_eq!(a.omit, b.omit);
            assert_eq!(a.inline, b.inline);
            assert_eq!(
                a.with.as_deref().map(|w| w.replace(' ', "")),
                b.with.as_deref().map(|w| w.replace(' ', ""))
            );
        }
    }
}
