//! `#[derive(Cbor)]` needs CBOR codecs on its fields' types: a field type that derives `Json`
//! only is one error, at the type, from the CBOR derive alone.
use kcodec::{Cbor, Json, Str};

#[derive(Default, Json)]
struct Port {
    #[kcodec(rename = "number")]
    number: i32,
}

#[derive(Default, Json, Cbor)]
struct Service {
    #[kcodec(rename = "name")]
    name: Str,
    #[kcodec(rename = "port")]
    port: Port,
}

fn main() {}
