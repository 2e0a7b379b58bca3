//! Standard types kcodec has no codec for: one error each, at the type, naming the
//! replacement. `u8` is a JSON field type, but not a protobuf one.
use std::collections::{HashMap, HashSet};

use kcodec::{Json, Proto, Str};

#[derive(Default, Json, Proto)]
struct S {
    #[kcodec(tag = 1)]
    labels: HashMap<Str, Str>,
    #[kcodec(tag = 2)]
    small: u8,
    #[kcodec(tag = 3)]
    data: Vec<u8>,
    #[kcodec(tag = 4)]
    count: Option<usize>,
    #[kcodec(tag = 5)]
    names: HashSet<Str>,
    json_only: u8,
}

fn main() {}
