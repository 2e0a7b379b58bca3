//! A field whose type has no codec and is not recognised by name (a struct without the
//! derives, a `HashMap` behind an alias): one error per derive, at the field's type.
use std::collections::HashMap;

use kcodec::{Json, Proto, Str};

#[derive(Default)]
struct Port {
    number: i32,
}

type Annotations = HashMap<Str, Str>;

#[derive(Default, Json, Proto)]
struct Service {
    #[kcodec(tag = 1)]
    name: Str,
    #[kcodec(tag = 2)]
    port: Port,
    #[kcodec(tag = 3)]
    annotations: Annotations,
}

// An `inline` field's type must be a JSON object (a struct deriving `Json`): one error.
#[derive(Default, Json)]
struct Embeds {
    #[kcodec(inline)]
    port: Port,
}

fn main() {}
