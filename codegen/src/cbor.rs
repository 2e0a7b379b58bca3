//! The CBOR emitter (`#[derive(Cbor)]`): model → `CborEncode` + `CborDecode` (+ `CborObject`
//! for structs).
//!
//! CBOR shares JSON's field names and omit rules (`kcodec::Omit`, which `#[derive(Json)]`
//! implements or a hand-written type provides) but
//! not its order: a struct's map is written in bytewise order of the encoded keys (shorter
//! first), sorted here at generation time. A struct with inline fields interleaves its fields
//! with theirs through a plan merged once at run time (`kcodec::cbor::merge_keys`: runs of
//! consecutive keys of one part, each written by `encode_cbor_fields(from, to)`). Each field's
//! write is emitted once, in `encode_cbor_fields`; `encode_cbor` calls it for every rank
//! (inlined, so the rank guards fold away). Decoding
//! dispatches on the key exactly as JSON's decoder does (`json::key_dispatch`).

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::json::{error_span, ident_at, key_dispatch, respan, tokens};
use crate::model::{Field, Message, MessageKind, Variant};

/// A field name's encoded key: byte-string head and bytes.
fn encoded_key(name: &str) -> Vec<u8> {
    let n = name.len();
    let mut k = Vec::with_capacity(n + 3);
    if n < 24 {
        k.push(0x40 | n as u8);
    } else if n < 256 {
        k.extend_from_slice(&[0x58, n as u8]);
    } else {
        k.extend_from_slice(&[0x59, (n >> 8) as u8, n as u8]);
    }
    k.extend_from_slice(name.as_bytes());
    k
}

/// Emit the CBOR codec implementations for `msg`.
pub fn emit(msg: &Message) -> TokenStream {
    match &msg.kind {
        MessageKind::Struct(fields) => emit_struct(msg, fields),
        MessageKind::StringEnum { variants, other } => emit_enum(msg, variants, other.as_deref()),
    }
}

fn emit_struct(msg: &Message, fields: &[Field]) -> TokenStream {
    let krate = tokens(&msg.crate_path);
    let name = ident_at(&msg.name, proc_macro2::Span::call_site());
    let p = quote!(#krate::__private);
    let c = quote!(#p::cbor);

    let field_call = |f: &Field, tr: TokenStream, method: TokenStream, args: TokenStream| {
        let at = error_span(f.ty_span);
        let ty = f.rust_type(&msg.crate_path);
        let tr = respan(tr, at);
        let id = ident_at(&f.ident, at);
        let method = respan(method, at);
        quote_spanned!(at=> <#ty as #tr>::#method(&self.#id #args))
    };
    // The field's omit test (Go's rules, shared with JSON through `kcodec::Omit`), if any.
    let omitted = |f: &Field| -> Option<TokenStream> {
        let id = ident_at(&f.ident, f.span);
        let empty = || match &f.with {
            Some(w) => {
                let w = tokens(w);
                quote!(#w::is_empty_value(&self.#id))
            }
            None => field_call(f, quote!(#c::CborField), quote!(is_field_empty), quote!()),
        };
        let zero = || match &f.with {
            Some(_) => quote!(#p::Omit::is_zero_value(&self.#id)),
            None => field_call(f, quote!(#c::CborField), quote!(is_field_zero), quote!()),
        };
        match (f.omit.empty(), f.omit.zero()) {
            (false, false) => None,
            (true, false) => Some(empty()),
            (false, true) => Some(zero()),
            (true, true) => {
                let (e, z) = (empty(), zero());
                Some(quote!((#e || #z)))
            }
        }
    };

    // Own fields in CBOR key order.
    let mut own: Vec<(&Field, Vec<u8>)> = fields
        .iter()
        .filter(|f| !f.inline)
        .map(|f| (f, encoded_key(&f.json_name)))
        .collect();
    own.sort_by(|a, b| a.1.cmp(&b.1));
    let inlines: Vec<&Field> = fields.iter().filter(|f| f.inline).collect();

    let write_own = |f: &Field, key: &[u8]| {
        let id = ident_at(&f.ident, f.span);
        let key = Literal::byte_string(key);
        let value = match &f.with {
            Some(w) => {
                let w = tokens(w);
                quote!(#w::encode_cbor(&self.#id, out);)
            }
            None => {
                let call = field_call(
                    f,
                    quote!(#c::CborField),
                    quote!(encode_cbor_field),
                    quote!(, out),
                );
                quote!(#call;)
            }
        };
        // Counts the fields written (the map head is completed at the end).
        let body = quote! { out.extend_from_slice(#key); #value n += 1; };
        match omitted(f) {
            None => body,
            Some(cond) => quote! { if !#cond { #body } },
        }
    };
    // Each field's write guarded by its rank, for a range of ranks (`encode_cbor_fields`).
    let own_ranged: Vec<TokenStream> = own
        .iter()
        .enumerate()
        .map(|(i, (f, k))| {
            let w = write_own(f, k);
            let r = Literal::usize_unsuffixed(i);
            quote! { if (from..to).contains(&#r) { #w } }
        })
        .collect();

    let own_count = Literal::usize_unsuffixed(own.len());
    let own_keys: Vec<Literal> = own.iter().map(|(_, k)| Literal::byte_string(k)).collect();
    let (keys_fn, fields_body, plan_fn) = if inlines.is_empty() {
        (
            quote! {
                static KEYS: [&[u8]; #own_count] = [#(#own_keys),*];
                &KEYS
            },
            quote! {
                let mut n = 0usize;
                #(#own_ranged)*
                n
            },
            quote!(),
        )
    } else {
        let parts = inlines.iter().map(|f| {
            let at = error_span(f.ty_span);
            let ty = f.rust_type(&msg.crate_path);
            let tr = respan(quote!(#c::CborObject), at);
            quote_spanned!(at=> <#ty as #tr>::cbor_keys())
        });
        let inline_arms = inlines.iter().enumerate().map(|(j, f)| {
            let at = error_span(f.ty_span);
            let ty = f.rust_type(&msg.crate_path);
            let tr = respan(quote!(#c::CborObject), at);
            let id = ident_at(&f.ident, at);
            let j = Literal::usize_unsuffixed(j + 1);
            quote_spanned!(at=> #j => <#ty as #tr>::encode_cbor_fields(&self.#id, a, b, out),)
        });
        (
            quote!(Self::__kcodec_cbor_plan().keys.as_slice()),
            quote! {
                Self::__kcodec_cbor_plan().encode(from, to, out, |part, a, b, out| match part {
                    0 => self.__kcodec_cbor_own(a, b, out),
                    #(#inline_arms)*
                    _ => 0,
                })
            },
            quote! {
                impl #name {
                    /// The CBOR order of this struct's fields and its inline fields' fields.
                    #[doc(hidden)]
                    fn __kcodec_cbor_plan() -> &'static #c::Plan {
                        static OWN: [&[u8]; #own_count] = [#(#own_keys),*];
                        static PLAN: ::std::sync::OnceLock<#c::Plan> = ::std::sync::OnceLock::new();
                        PLAN.get_or_init(|| #c::merge_keys(&[&OWN, #(#parts),*]))
                    }

                    /// Write this struct's own fields of ranks `from..to` (not the inline
                    /// fields'); returns how many were written.
                    #[doc(hidden)]
                    #[allow(unused_mut, unused_variables, clippy::all)]
                    fn __kcodec_cbor_own(&self, from: usize, to: usize, out: &mut #p::Vec<u8>) -> usize {
                        let mut n = 0usize;
                        #(#own_ranged)*
                        n
                    }
                }
            },
        )
    };

    let dispatch = key_dispatch(
        fields.iter().filter(|f| !f.inline),
        |f| {
            let id = ident_at(&f.ident, f.span);
            match &f.with {
                Some(w) => {
                    let w = tokens(w);
                    quote!(self.#id = #w::decode_cbor(r)?;)
                }
                None => {
                    let at = error_span(f.ty_span);
                    let ty = f.rust_type(&msg.crate_path);
                    let tr = respan(quote!(#c::CborField), at);
                    let id = ident_at(&f.ident, at);
                    quote_spanned!(at=> <#ty as #tr>::decode_cbor_field_into(&mut self.#id, r)?;)
                }
            }
        },
        &p,
    );
    let inline_fallbacks = inlines.iter().map(|f| {
        let at = error_span(f.ty_span);
        let ty = f.rust_type(&msg.crate_path);
        let tr = respan(quote!(#c::CborObject), at);
        let id = ident_at(&f.ident, at);
        quote_spanned! {at=>
            if <#ty as #tr>::decode_cbor_field(&mut self.#id, key, r)? {
                return #p::StdResult::Ok(true);
            }
        }
    });

    quote! {
        #plan_fn

        #[automatically_derived]
        impl #c::CborEncode for #name {
            #[allow(unused_mut)]
            fn encode_cbor(&self, out: &mut #p::Vec<u8>) {
                // The head's count is known at the end: one byte reserved, widened then if
                // 24 fields or more were written.
                let at = out.len();
                out.push(0);
                let n = <Self as #c::CborObject>::encode_cbor_fields(self, 0, usize::MAX, out);
                #c::end_map(out, at, n);
            }
        }

        #[automatically_derived]
        impl #c::CborObject for #name {
            fn cbor_keys() -> &'static [&'static [u8]] {
                #keys_fn
            }

            #[inline]
            #[allow(unused_mut, unused_variables)]
            fn encode_cbor_fields(&self, from: usize, to: usize, out: &mut #p::Vec<u8>) -> usize {
                #fields_body
            }

            #[allow(unused_variables)]
            fn decode_cbor_field(
                &mut self,
                key: &[u8],
                r: &mut #c::CborReader<'_>,
            ) -> #p::Result<bool> {
                #dispatch
                #(#inline_fallbacks)*
                #p::StdResult::Ok(false)
            }
        }

        #[automatically_derived]
        impl #c::CborDecode for #name {
            fn decode_cbor(r: &mut #c::CborReader<'_>) -> #p::Result<Self> {
                let mut value = <Self as ::core::default::Default>::default();
                #c::CborDecode::decode_cbor_into(&mut value, r)?;
                #p::StdResult::Ok(value)
            }

            fn decode_cbor_into(&mut self, r: &mut #c::CborReader<'_>) -> #p::Result<()> {
                #c::decode_struct(self, r)
            }
        }
    }
}

fn emit_enum(msg: &Message, variants: &[Variant], other: Option<&str>) -> TokenStream {
    let krate = tokens(&msg.crate_path);
    let name = ident_at(&msg.name, proc_macro2::Span::call_site());
    let p = quote!(#krate::__private);
    let c = quote!(#p::cbor);
    let id = |s: &str| ident_at(s, proc_macro2::Span::call_site());
    let enc_arms = variants.iter().map(|v| {
        let vid = id(&v.ident);
        let lit = Literal::byte_string(&encoded_key(&v.json_name));
        quote!(#name::#vid => out.extend_from_slice(#lit),)
    });
    let dec_arms = variants.iter().map(|v| {
        let vid = id(&v.ident);
        let lit = Literal::byte_string(v.json_name.as_bytes());
        quote!(#lit => #name::#vid,)
    });
    let (enc_other, dec_other) = match other {
        Some(o) => {
            let o = id(o);
            (
                quote!(#name::#o(s) => #c::CborEncode::encode_cbor(s, out),),
                quote!(other => #name::#o(::core::convert::From::from(&*#c::go_str(other))),),
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
                        ::std::format!("unknown value {:?}, expected {}", #c::go_str(other), #expected),
                        at,
                    ));
                }),
            )
        }
    };
    quote! {
        #[automatically_derived]
        impl #c::CborEncode for #name {
            fn encode_cbor(&self, out: &mut #p::Vec<u8>) {
                match self {
                    #(#enc_arms)*
                    #enc_other
                }
            }
        }

        #[automatically_derived]
        impl #c::CborDecode for #name {
            fn decode_cbor(r: &mut #c::CborReader<'_>) -> #p::Result<Self> {
                let at = r.offset();
                let s = r.read_str()?;
                #p::StdResult::Ok(match &*s {
                    #(#dec_arms)*
                    #dec_other
                })
            }

            fn decode_cbor_into(&mut self, r: &mut #c::CborReader<'_>) -> #p::Result<()> {
                if !r.eat_null()? {
                    *self = <Self as #c::CborDecode>::decode_cbor(r)?;
                }
                #p::StdResult::Ok(())
            }
        }
    }
}
