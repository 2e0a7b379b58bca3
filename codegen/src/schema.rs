//! The schema emitter: model → `ProtoSchema` + `ProtoField`, the run-time descriptors that
//! `kcodec::schema::ProtoFiles` turns into `.proto` files.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::json::{error_span, ident_at, respan, tokens};
use crate::model::{FieldType, Message, MessageKind};

/// Emit the schema implementations for `msg`.
pub fn emit(msg: &Message) -> TokenStream {
    let krate = tokens(&msg.crate_path);
    let s = quote!(#krate::__private::schema);
    let name = ident_at(&msg.name, proc_macro2::Span::call_site());
    let fields = match &msg.kind {
        MessageKind::Struct(fields) => fields,
        MessageKind::StringEnum { .. } => {
            return quote! {
                #[automatically_derived]
                impl #s::ProtoField for #name {
                    fn proto_field() -> #s::FieldType {
                        #s::FieldType::Scalar(#s::Scalar::String)
                    }
                }
            }
        }
    };
    let mut wire = Vec::new();
    let mut json_only = Vec::new();
    for f in fields {
        let ident = Literal::string(f.ident.trim_start_matches("r#"));
        let Some(tag) = f.tag else {
            let type_name = Literal::string(&type_name(&f.ty));
            let inline = f.inline;
            json_only.push(quote! {
                #s::JsonOnlyField { ident: #ident, inline: #inline, type_name: #type_name }
            });
            continue;
        };
        // Through `FieldCodec`, as the codec's uses of the field: a type that is not a
        // protobuf field is the same one error.
        let at = error_span(f.ty_span);
        let ty = f.rust_type(&msg.crate_path);
        let codec = respan(quote!(#krate::__private::proto::FieldCodec), at);
        let field_type = quote_spanned!(at=> <#ty as #codec>::field_schema());
        let proto_name = Literal::string(f.proto_name());
        let json_name = Literal::string(&f.json_name);
        let tag = Literal::u32_unsuffixed(tag);
        let (omitempty, omitzero, inline) = (f.omit.empty(), f.omit.zero(), f.inline);
        wire.push(quote! {
            #s::FieldSchema {
                name: #proto_name,
                json_name: #json_name,
                tag: #tag,
                ty: #field_type,
                omitempty: #omitempty,
                omitzero: #omitzero,
                inline: #inline,
            }
        });
    }
    let package = match &msg.proto_package {
        Some(p) => {
            let p = Literal::string(p);
            quote!(::core::option::Option::Some(#p))
        }
        None => quote!(::core::option::Option::None),
    };
    let name_lit = Literal::string(&msg.name);
    quote! {
        #[automatically_derived]
        impl #s::ProtoSchema for #name {
            fn proto_schema() -> #s::MessageSchema {
                #s::MessageSchema {
                    name: #name_lit,
                    module_path: ::core::module_path!(),
                    package: #package,
                    fields: ::std::vec![#(#wire),*],
                    json_only: ::std::vec![#(#json_only),*],
                }
            }
        }

        #[automatically_derived]
        impl #s::ProtoField for #name {
            fn proto_field() -> #s::FieldType {
                #s::FieldType::Message(<#name as #s::ProtoSchema>::proto_schema)
            }
        }
    }
}

/// The last path segment of a named type (`TypeMeta` for `crate::meta::v1::TypeMeta`).
fn type_name(ty: &FieldType) -> String {
    match ty {
        FieldType::Named(path) => path.rsplit("::").next().unwrap_or(path).trim().to_string(),
        other => other.rust("kcodec"),
    }
}
