//! # kcodec
//!
//! Generated, reflection-free JSON (and, next, protobuf) codecs for Kubernetes-style API
//! types, byte-compatible with the Kubernetes API server.
//!
//! ## Design choices
//! - **Generated code, thin; runtime, fat and tested.** `#[derive(Json)]` emits a direct
//!   field-by-field encoder and a decoder that dispatches on key length, then key bytes.
//!   Everything else (scanning, escaping, numbers) lives here and is unit-tested.
//! - **Byte-compatibility with Go.** Output matches `encoding/json` as Kubernetes uses it:
//!   struct field order, `omitempty`/`omitzero`, HTML escaping, sorted map keys,
//!   `MarshalIndent` for pretty output.
//! - **Paths cost nothing until an error.** Decoders track only a byte offset; the field path
//!   (`.spec.containers[0].image`) is recomputed from the input when an error is reported.
//! - **Bounded on hostile input.** Nesting depth is limited, skipping is iterative, integers
//!   are range-checked, and nothing is allocated ahead of the input actually read.
//!
//! ## Non-goals
//! - No serde data model in the hot path, no `Value` tree: decode straight into your types.
//! - No reflection, no runtime schema.
//!
//! ## Example
//! ```
//! use kcodec::{json, Json, Str};
//!
//! #[derive(Debug, Default, PartialEq, Json)]
//! struct Port {
//!     #[kcodec(rename = "name", omitempty)]
//!     name: Str,
//!     #[kcodec(rename = "containerPort")]
//!     container_port: i32,
//! }
//!
//! let p: Port = json::from_slice(br#"{"containerPort":8080,"name":"http"}"#).unwrap();
//! assert_eq!(json::to_vec(&p).unwrap(), br#"{"name":"http","containerPort":8080}"#);
//! ```

#![warn(missing_docs)]

mod binary;
mod budget;
pub mod cache;
#[cfg(feature = "cbor")]
pub mod cbor;
mod error;
mod fail;
pub mod framing;
pub mod json;
pub mod list;
pub mod proto;
pub mod schema;
#[cfg(feature = "serde")]
pub mod serde;
pub mod string;
pub mod watch;
#[cfg(feature = "yaml")]
pub mod yaml;

/// Include the Rust file kcodec-codegen's `Builder` generated for a protobuf package:
/// `kcodec::include_proto!("k8s.io.api.core.v1")` includes `$OUT_DIR/k8s.io.api.core.v1.rs`.
#[macro_export]
macro_rules! include_proto {
    ($package:literal) => {
        include!(concat!(env!("OUT_DIR"), "/", $package, ".rs"));
    };
}

pub use binary::Binary;
/// The `bytes` crate, whose `Bytes` the zero-copy decoders ([`json::from_bytes`],
/// [`proto::from_bytes`]) and the cache ([`cache::Cached`]) use.
pub use bytes;
pub use error::{Error, ErrorKind, Result};
pub use json::{JsonDecode, JsonEncode, JsonObject};

pub use string::Str;

#[cfg(feature = "derive")]
pub use kcodec_derive::{Json, Proto};

/// Items used by generated code. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use crate::json::write::write_key;
    pub use crate::json::{JsonDecode, JsonEncode, JsonField, JsonObject, JsonReader};
    pub use crate::{Error, Result};
    pub use core::option::Option;
    pub use core::result::Result as StdResult;
    pub use std::vec::Vec;

    /// `key` (at most 8 bytes) as a little-endian integer, zero-padded: generated decoders
    /// compare short keys as integers.
    #[inline(always)]
    pub fn key_u64(key: &[u8]) -> u64 {
        let mut b = [0u8; 8];
        b[..key.len()].copy_from_slice(key);
        u64::from_le_bytes(b)
    }

    /// `key` (at most 16 bytes) as a little-endian integer, zero-padded.
    #[inline(always)]
    pub fn key_u128(key: &[u8]) -> u128 {
        let mut b = [0u8; 16];
        b[..key.len()].copy_from_slice(key);
        u128::from_le_bytes(b)
    }

    #[cfg(feature = "serde")]
    pub use ::serde;

    /// `impl_serde!(Type)`: serde impls through kcodec's JSON codec when the `serde` feature
    /// is on, nothing otherwise. `#[derive(Json)]` invokes it.
    #[cfg(feature = "serde")]
    pub use crate::__impl_serde as impl_serde;
    #[cfg(not(feature = "serde"))]
    pub use crate::__impl_serde_off as impl_serde;

    #[cfg(not(feature = "cbor"))]
    pub use crate::__impl_cbor_off as impl_cbor;
    /// `impl_cbor! { items }`: the items when the `cbor` feature is on, nothing otherwise.
    /// `#[derive(Json)]` wraps its CBOR implementations in it.
    #[cfg(feature = "cbor")]
    pub use crate::__impl_cbor_on as impl_cbor;

    /// CBOR items used by generated code.
    #[cfg(feature = "cbor")]
    pub mod cbor {
        pub use crate::cbor::write::end_map;
        pub use crate::cbor::{
            decode_struct, go_str, merge_keys, CborDecode, CborEncode, CborField, CborObject,
            CborReader, Plan, Run,
        };
    }

    /// Protobuf items used by generated code.
    pub mod proto {
        pub use crate::proto::field::{self, FieldCodec};
        pub use crate::proto::{ProtoMessage, ProtoReader, ProtoValue, RevBuf, WireType};
    }
}

/// `impl_serde!` without the `serde` feature: expands to nothing.
#[cfg(not(feature = "serde"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_serde_off {
    ($ty:ty) => {};
}

/// `impl_cbor!` with the `cbor` feature: the items as given.
#[cfg(feature = "cbor")]
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_cbor_on {
    ($($items:tt)*) => { $($items)* };
}

/// `impl_cbor!` without the `cbor` feature: nothing.
#[cfg(not(feature = "cbor"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_cbor_off {
    ($($items:tt)*) => {};
}
