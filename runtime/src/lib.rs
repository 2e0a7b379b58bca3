//! # kcodec
//!
//! Generated, reflection-free JSON, protobuf, YAML and CBOR codecs for Kubernetes-style API
//! types, byte-compatible with the Kubernetes API server.
//!
//! ## Design choices
//! - **Generated code, thin; runtime, fat and tested.** `#[derive(Json)]` emits a direct
//!   field-by-field encoder and a decoder that dispatches on key length, then key bytes.
//!   Everything else (scanning, escaping, numbers) lives here and is unit-tested.
//! - **One derive per format, so a type gets exactly the formats it names.** `Json`,
//!   `Proto`, `Cbor` (feature `cbor`) and `Serde` (feature `serde`: serde's traits through
//!   the JSON codec) are independent: turning a feature on never adds code to a type that did
//!   not ask for it. YAML needs no derive: it is read and written through JSON.
//! - **Byte-compatibility with Go.** Output matches `encoding/json` as Kubernetes uses it:
//!   struct field order, `omitempty`/`omitzero`, HTML escaping, sorted map keys,
//!   `MarshalIndent` for pretty output.
//! - **Paths cost nothing until an error.** Decoders track only a byte offset; the field path
//!   (`.spec.containers[0].image`) is recomputed from the input when an error is reported.
//! - **Go's nil kept, read as a collection.** [`List`] and [`Map`] are a `Vec` and a
//!   `BTreeMap` that remember whether they are nil (Go writes a nil slice `null`, an empty
//!   one `[]`), and dereference to a slice and a map for everything else.
//! - **Bounded on hostile input.** Nesting depth is limited, skipping is iterative, integers
//!   are range-checked, and nothing is allocated ahead of the input actually read.
//!
//! ## Non-goals
//! - No serde data model in the hot path, no `Value` tree: decode straight into your types.
//! - No reflection: the codecs are generated. The run-time descriptors in [`schema`] exist to
//!   write `.proto` files and to generate test objects, never to encode or decode.
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
pub mod format;
pub mod framing;
pub mod go_slice;
pub mod json;
pub mod list;
mod nil;
mod omit;
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
pub use format::Format;
pub use json::{JsonDecode, JsonEncode, JsonObject};
pub use nil::{List, Map};
pub use omit::Omit;

pub use string::Str;

#[cfg(feature = "derive")]
pub use kcodec_derive::{Json, Proto};

#[cfg(all(feature = "derive", feature = "cbor"))]
pub use kcodec_derive::Cbor;

#[cfg(all(feature = "derive", feature = "serde"))]
pub use kcodec_derive::Serde;

/// Items used by generated code. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use crate::json::write::{write_key, write_str};
    pub use crate::json::{JsonDecode, JsonEncode, JsonField, JsonObject, JsonReader};
    pub use crate::{Error, Omit, Result, Str};
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

    /// `impl_serde!(Type)`: serde impls through kcodec's JSON codec. `#[derive(Serde)]`
    /// invokes it.
    #[cfg(feature = "serde")]
    pub use crate::__impl_serde as impl_serde;

    /// CBOR items used by generated code.
    #[cfg(feature = "cbor")]
    pub mod cbor {
        pub use crate::cbor::write::end_map;
        pub use crate::cbor::{
            decode_struct, go_str, merge_keys, CborDecode, CborEncode, CborField, CborObject,
            CborReader, Plan, Run,
        };
    }

    /// The run-time descriptors `#[derive(Proto)]` implements (`kcodec::schema`).
    pub use crate::schema;

    /// `MaybeCbor` for a concrete type, chosen at the type by autoref specialization:
    /// `(&&CborProbe(value)).cbor_item(out)` is the type's CBOR codec when it implements
    /// `CborEncode` (`ViaCbor`, on `&&CborProbe`), and an error naming the type otherwise
    /// (`NoCbor`, found one dereference later). `#[derive(Proto)]` implements `MaybeCbor` with it.
    pub mod cbor_probe {
        pub use crate::format::MaybeCbor;

        /// A value whose CBOR codec is looked for.
        pub struct CborProbe<'a, T: ?Sized>(pub &'a T);

        /// The type's CBOR codec.
        pub trait ViaCbor {
            /// Append the CBOR item.
            fn cbor_item(self, out: &mut Vec<u8>) -> crate::Result<()>;
        }

        #[cfg(feature = "cbor")]
        impl<T: crate::cbor::CborEncode + ?Sized> ViaCbor for &&CborProbe<'_, T> {
            #[inline]
            fn cbor_item(self, out: &mut Vec<u8>) -> crate::Result<()> {
                crate::cbor::encode_into(out, self.0)
            }
        }

        /// No CBOR codec: an error naming the type.
        pub trait NoCbor {
            /// Fail.
            fn cbor_item(self, out: &mut Vec<u8>) -> crate::Result<()>;
        }

        impl<T: ?Sized> NoCbor for &CborProbe<'_, T> {
            #[cold]
            fn cbor_item(self, _: &mut Vec<u8>) -> crate::Result<()> {
                Err(crate::format::no_cbor_codec(core::any::type_name::<T>()))
            }
        }
    }

    /// Protobuf items used by generated code.
    pub mod proto {
        pub use crate::proto::field::{self, FieldCodec};
        pub use crate::proto::{ProtoMessage, ProtoReader, ProtoValue, RevBuf, WireType};
    }
}
