//! The JSON emitter: model → `JsonEncode` + `JsonDecode` (+ `JsonObject` for structs).
//!
//! Generated decoders dispatch on the key's length first and then on its bytes, so a key is
//! compared against at most the few field names of the same length; keys of up to 16 bytes
//! (nearly all Kubernetes field names) are loaded into one integer and compared as such. Key literals are
//! pre-escaped (quotes and colon included) at generation time.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::model::{Field, Message, MessageKind, Variant};

/// Parse a Rust path or type written as a string into tokens.
pub(crate) fn tokens(s: &str) -> TokenStream {
    s.parse()
        .unwrap_or_else(|_| quote!(::core::compile_error!("kcodec: unparsable type or path")))
}

/// Field identifier tokens (handles raw identifiers such as `r#type`).
fn ident(name: &str) -> proc_macro2::Ident {
    ident_at(name, proc_macro2::Span::call_site())
}

/// Identifier tokens carrying `span`, so type errors about a field point at the field.
pub(crate) fn ident_at(name: &str, span: proc_macro2::Span) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, span),
        None => proc_macro2::Ident::new(name, span),
    }
}

/// A span that points at `at` (so errors name the field) but resolves names at the call
/// site: the generated `self`, `out`, `r` must be the derive's own, even when the field
/// comes from a `macro_rules!` expansion with its own hygiene.
pub(crate) fn error_span(at: proc_macro2::Span) -> proc_macro2::Span {
    at.resolved_at(proc_macro2::Span::call_site())
}

/// `tokens` with every token's span set to `span` (so errors about them point there).
pub(crate) fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let proc_macro2::TokenTree::Group(g) = &tt {
                let mut ng = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                ng.set_span(span);
                tt = proc_macro2::TokenTree::Group(ng);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// Escape `s` as the contents of a JSON string, as Go's encoder does.
pub fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' => out.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `"key":` as a byte-string literal.
fn key_literal(name: &str) -> Literal {
    Literal::byte_string(format!("\"{}\":", json_escape(name)).as_bytes())
}

/// Emit the JSON codec implementations for `msg`, and its omit rules (`kcodec::Omit`).
pub fn emit(msg: &Message) -> TokenStream {
    match &msg.kind {
        MessageKind::Struct(fields) => emit_struct(msg, fields),
        MessageKind::StringEnum { variants, other } => emit_enum(msg, variants, other.as_deref()),
    }
}

fn emit_struct(msg: &Message, fields: &[Field]) -> TokenStream {
    let krate = tokens(&msg.crate_path);
    let name = ident(&msg.name);
    let p = quote!(#krate::__private);

    // A field's codec is reached through `JsonField` on its type, at the type's span, in
    // every use: a type without a JSON codec is one error there (rustc reports the identical
    // diagnostic of each use once).
    let field_call = |f: &Field, method: TokenStream, args: TokenStream| {
        let at = error_span(f.ty_span);
        let ty = f.rust_type(&msg.crate_path);
        let tr = respan(quote!(#p::JsonField), at);
        let id = ident_at(&f.ident, at);
        let method = respan(method, at);
        quote_spanned!(at=> <#ty as #tr>::#method(&self.#id #args))
    };
    // Omit tests (`kcodec::Omit`, a supertrait of every format's codec) through the same
    // field trait, so a field type without a JSON codec stays one error.
    let omit_call = |f: &Field, method: TokenStream| field_call(f, method, quote!());
    let encode_fields = fields.iter().map(|f| {
        let id = ident_at(&f.ident, f.span);
        if f.inline {
            let at = error_span(f.ty_span);
            let ty = f.rust_type(&msg.crate_path);
            let tr = respan(quote!(#p::JsonObject), at);
            let id = ident_at(&f.ident, at);
            return quote_spanned! {at=>
                <#ty as #tr>::encode_json_fields(&self.#id, out, first);
            };
        }
        let key = key_literal(&f.json_name);
        let write = match &f.with {
            Some(w) => {
                let w = tokens(w);
                quote!(#w::encode_json(&self.#id, out);)
            }
            None => {
                let call = field_call(f, quote!(encode_field), quote!(, out));
                quote!(#call;)
            }
        };
        let body = quote! {
            #p::write_key(out, first, #key);
            #write
        };
        let empty = || match &f.with {
            Some(w) => {
                let w = tokens(w);
                quote!(#w::is_empty_value(&self.#id))
            }
            None => omit_call(f, quote!(is_field_empty)),
        };
        let zero = || match &f.with {
            Some(_) => quote!(#p::Omit::is_zero_value(&self.#id)),
            None => omit_call(f, quote!(is_field_zero)),
        };
        let cond = match (f.omit.empty(), f.omit.zero()) {
            (false, false) => None,
            (true, false) => Some(empty()),
            (false, true) => Some(zero()),
            (true, true) => {
                let (e, z) = (empty(), zero());
                Some(quote!(#e || #z))
            }
        };
        match cond {
            None => body,
            Some(c) => quote! { if !(#c) { #body } },
        }
    });

    // Decode dispatch on the key's length, then its bytes.
    let dispatch = key_dispatch(
        fields.iter().filter(|f| !f.inline),
        |f| {
            let id = ident_at(&f.ident, f.span);
            match &f.with {
                Some(w) => {
                    let w = tokens(w);
                    quote!(self.#id = #w::decode_json(r)?;)
                }
                None => {
                    let at = error_span(f.ty_span);
                    let ty = f.rust_type(&msg.crate_path);
                    let tr = respan(quote!(#p::JsonField), at);
                    let id = ident_at(&f.ident, at);
                    quote_spanned!(at=> <#ty as #tr>::decode_field_into(&mut self.#id, r)?;)
                }
            }
        },
        &p,
    );
    let inline_fallbacks = fields.iter().filter(|f| f.inline).map(|f| {
        let at = error_span(f.ty_span);
        let ty = f.rust_type(&msg.crate_path);
        let tr = respan(quote!(#p::JsonObject), at);
        let id = ident_at(&f.ident, at);
        quote_spanned! {at=>
            if <#ty as #tr>::decode_json_field(&mut self.#id, key, r)? {
                return #p::StdResult::Ok(true);
            }
        }
    });
    let zero_checks: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            if f.inline {
                let at = error_span(f.ty_span);
                let ty = f.rust_type(&msg.crate_path);
                let tr = respan(quote!(#p::JsonObject), at);
                let id = ident_at(&f.ident, at);
                quote_spanned!(at=> <#ty as #tr>::is_object_zero(&self.#id))
            } else {
                omit_call(f, quote!(is_field_zero))
            }
        })
        .collect();
    let is_zero = if zero_checks.is_empty() {
        quote!(true)
    } else {
        quote!(#(#zero_checks)&&*)
    };
    // `is_zero_value` needs every field type to implement `Omit`, which `with` fields may
    // not: fall back to "never zero" there.
    let is_zero = if fields.iter().any(|f| f.with.is_some()) {
        quote!(false)
    } else {
        is_zero
    };

    quote! {
        #[automatically_derived]
        impl #p::JsonEncode for #name {
            #[inline]
            fn encode_json(&self, out: &mut #p::Vec<u8>) {
                out.push(b'{');
                let mut first = true;
                #p::JsonObject::encode_json_fields(self, out, &mut first);
                out.push(b'}');
            }
        }

        #[automatically_derived]
        impl #p::Omit for #name {
            fn is_zero_value(&self) -> bool {
                #is_zero
            }
        }

        #[automatically_derived]
        impl #p::JsonObject for #name {
            #[allow(unused_variables)]
            fn encode_json_fields(&self, out: &mut #p::Vec<u8>, first: &mut bool) {
                #(#encode_fields)*
            }

            #[allow(unused_variables)]
            fn decode_json_field(
                &mut self,
                key: &[u8],
                r: &mut #p::JsonReader<'_>,
            ) -> #p::Result<bool> {
                #dispatch
                #(#inline_fallbacks)*
                #p::StdResult::Ok(false)
            }
        }

        #[automatically_derived]
        impl #p::JsonDecode for #name {
            fn decode_json(r: &mut #p::JsonReader<'_>) -> #p::Result<Self> {
                let mut value = <Self as ::core::default::Default>::default();
                #p::JsonDecode::decode_json_into(&mut value, r)?;
                #p::StdResult::Ok(value)
            }

            fn decode_json_into(&mut self, r: &mut #p::JsonReader<'_>) -> #p::Result<()> {
                if r.eat_null()? {
                    return #p::StdResult::Ok(());
                }
                r.begin_object()?;
                let mut first = true;
                while let #p::Option::Some(key) = r.next_key(&mut first)? {
                    if !#p::JsonObject::decode_json_field(self, &key, r)? {
                        let at = r.last_key_offset();
                        r.unknown_field(at)?;
                    }
                }
                #p::StdResult::Ok(())
            }
        }
    }
}

/// `match key.len() { n => match key-as-integer { name => { read; return Ok(true); } } }`
/// over `fields`: a key is compared against at most the few field names of its length, and
/// keys of up to 16 bytes as one integer. `read(f)` decodes field `f` from `r`. Shared by the
/// JSON and CBOR emitters (same field names, exact match).
pub(crate) fn key_dispatch<'a>(
    fields: impl Iterator<Item = &'a Field>,
    read: impl Fn(&Field) -> TokenStream,
    p: &TokenStream,
) -> TokenStream {
    let mut by_len: Vec<(usize, Vec<&Field>)> = Vec::new();
    for f in fields {
        let len = f.json_name.len();
        match by_len.iter_mut().find(|(l, _)| *l == len) {
            Some((_, v)) => v.push(f),
            None => by_len.push((len, vec![f])),
        }
    }
    if by_len.is_empty() {
        return quote!();
    }
    by_len.sort_by_key(|(l, _)| *l);
    let len_arms = by_len.iter().map(|(len, fs)| {
        let arms = fs.iter().map(|f| {
            let read = read(f);
            let pattern = if *len <= 8 {
                let mut b = [0u8; 8];
                b[..*len].copy_from_slice(f.json_name.as_bytes());
                let v = Literal::u64_suffixed(u64::from_le_bytes(b));
                quote!(#v)
            } else if *len <= 16 {
                let mut b = [0u8; 16];
                b[..*len].copy_from_slice(f.json_name.as_bytes());
                let v = Literal::u128_suffixed(u128::from_le_bytes(b));
                quote!(#v)
            } else {
                let lit = Literal::byte_string(f.json_name.as_bytes());
                quote!(#lit)
            };
            quote! { #pattern => { #read return #p::StdResult::Ok(true); } }
        });
        let scrutinee = if *len <= 8 {
            quote!(#p::key_u64(key))
        } else if *len <= 16 {
            quote!(#p::key_u128(key))
        } else {
            quote!(key)
        };
        let len = Literal::usize_unsuffixed(*len);
        quote! { #len => match #scrutinee { #(#arms)* _ => {} }, }
    });
    quote! {
        match key.len() {
            #(#len_arms)*
            _ => {}
        }
    }
}

fn emit_enum(msg: &Message, variants: &[Variant], other: Option<&str>) -> TokenStream {
    let krate = tokens(&msg.crate_path);
    let name = ident(&msg.name);
    let p = quote!(#krate::__private);
    let enc_arms = variants.iter().map(|v| {
        let id = ident(&v.ident);
        let lit = Literal::byte_string(format!("\"{}\"", json_escape(&v.json_name)).as_bytes());
        quote!(#name::#id => out.extend_from_slice(#lit),)
    });
    let dec_arms = variants.iter().map(|v| {
        let id = ident(&v.ident);
        let lit = Literal::string(&v.json_name);
        quote!(#lit => #name::#id,)
    });
    let (enc_other, dec_other) = match other {
        Some(o) => {
            let o = ident(o);
            (
                quote!(#name::#o(s) => #krate::__private::write_str(out, s),),
                quote!(other => #name::#o(::core::convert::From::from(other)),),
            )
        }
        None => {
            let expected = format!(
                "one of {}",
                variants
                    .iter()
                    .map(|v| format!("{:?}", v.json_name))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            (
                quote!(),
                quote!(other => {
                    return #p::StdResult::Err(#p::Error::invalid_value(
                        ::std::format!("unknown value {:?}, expected {}", other, #expected),
                        at,
                    ));
                }),
            )
        }
    };
    let empty_check = match other {
        Some(o) => {
            let o = ident(o);
            quote!(matches!(self, #name::#o(s) if s.is_empty()))
        }
        None => quote!(false),
    };
    quote! {
        #[automatically_derived]
        impl #p::JsonEncode for #name {
            fn encode_json(&self, out: &mut #p::Vec<u8>) {
                match self {
                    #(#enc_arms)*
                    #enc_other
                }
            }
        }

        #[automatically_derived]
        impl #p::Omit for #name {
            fn is_empty_value(&self) -> bool {
                #empty_check
            }
            fn is_zero_value(&self) -> bool {
                #empty_check
            }
        }

        #[automatically_derived]
        impl #p::JsonDecode for #name {
            fn decode_json(r: &mut #p::JsonReader<'_>) -> #p::Result<Self> {
                let at = r.offset();
                let s = r.read_str()?;
                #p::StdResult::Ok(match &*s {
                    #(#dec_arms)*
                    #dec_other
                })
            }
        }
    }
}
