//! Rendering the model back into `#[kcodec(...)]` attributes, the form in which generated
//! source describes its fields to the derive (model → attributes → model is the identity).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Field, Omit};

/// The `#[kcodec(...)]` attribute describing `field` (nothing when all options are default).
pub fn render_field_attrs(field: &Field) -> TokenStream {
    let mut items: Vec<TokenStream> = Vec::new();
    if field.inline {
        items.push(quote!(inline));
    } else if field.json_name != field.ident.trim_start_matches("r#") {
        let n = Literal::string(&field.json_name);
        items.push(quote!(rename = #n));
    }
    if let Some(t) = field.tag {
        let t = Literal::u32_unsuffixed(t);
        items.push(quote!(tag = #t));
    }
    if let Some(p) = &field.proto_name {
        let p = Literal::string(p);
        items.push(quote!(proto_name = #p));
    }
    match field.omit {
        Omit::Never => {}
        Omit::Empty => items.push(quote!(omitempty)),
        Omit::Zero => items.push(quote!(omitzero)),
        Omit::EmptyOrZero => {
            items.push(quote!(omitempty));
            items.push(quote!(omitzero));
        }
    }
    if let Some(w) = &field.with {
        let w = Literal::string(w);
        items.push(quote!(with = #w));
    }
    if items.is_empty() {
        quote!()
    } else {
        quote!(#[kcodec(#(#items),*)])
    }
}
