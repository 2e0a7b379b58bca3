//! # kcodec-types
//!
//! The Kubernetes API with kcodec's generated codecs, wire-compatible with Kubernetes:
//! decoding Kubernetes' JSON, YAML or protobuf and re-encoding it gives the same bytes.
//!
//! Every group/version of `k8s.io/api` and meta/v1, generated from Kubernetes' Go sources by
//! `kcodec-typegen` (never edited by hand), laid out as the Go packages are:
//! `core::v1::Pod`, `apps::v1::Deployment`, `rbac::v1::Role`, `networking::v1::Ingress`,
//! [`meta::v1::ObjectMeta`], plus the apimachinery value types [`resource::Quantity`],
//! [`intstr::IntOrString`] and [`runtime::RawExtension`]. Each API group is a cargo feature
//! (`core`, `apps`, `rbac`, ...; `all`, the default, turns every one on), and a group's
//! feature turns on the groups its types use. The [`registry`] finds a type by `apiVersion`
//! and `kind`, for generic tools such as the `kcodec` CLI.
//!
//! Representation (measured; see ARCHITECTURE.md): strings are [`kcodec::Str`] (inline up
//! to 24 bytes), maps are `BTreeMap` (sorted, as both wire formats want), Go pointers are
//! `Option`, a Go slice or map that Go writes differently when nil (no `omitempty`) is a
//! [`kcodec::List`] / [`kcodec::Map`] (a `Vec` / `BTreeMap` that remembers nil:
//! `&pod.spec.containers` is a slice, `pod.spec.containers.push(c)` appends), every `[]byte`
//! is `Option<Binary>`, and the large "one of many sources" structs box their members.
//! Enum-like fields are plain strings, so values added by newer releases round-trip
//! unchanged; the values Go declares are `&str` constants in a module named after the type
//! (`core::v1::restart_policy::ALWAYS`).

#![warn(missing_docs)]

mod generated;
pub mod intstr;
pub mod meta;
pub mod registry;
pub mod resource;
pub mod runtime;
#[cfg(all(feature = "core", feature = "apps"))]
pub mod sample;
pub mod schema;
mod wrapped_list;

// The API groups, generated from Kubernetes' Go sources (`core`, `apps`, `rbac`, ...), each
// behind its cargo feature (with none on, only meta/v1's types remain).
#[allow(unused_imports)]
pub use generated::*;
pub(crate) use wrapped_list::wrapped_list;

// serde impls for the hand-written special types (the generated ones derive `Serde`), with
// the `serde` feature.
#[cfg(feature = "serde")]
mod serde_impls {
    kcodec::__private::impl_serde!(crate::meta::v1::Time);
    kcodec::__private::impl_serde!(crate::meta::v1::MicroTime);
    kcodec::__private::impl_serde!(crate::meta::v1::Duration);
    kcodec::__private::impl_serde!(crate::meta::v1::FieldsV1);
    kcodec::__private::impl_serde!(crate::resource::Quantity);
    kcodec::__private::impl_serde!(crate::intstr::IntOrString);
    kcodec::__private::impl_serde!(crate::runtime::RawExtension);
}

/// Names every generated type module needs.
pub(crate) mod prelude {
    // Which names a module uses depends on the groups compiled in.
    #![allow(unused_imports)]
    pub use crate::intstr::IntOrString;
    pub use crate::meta::v1::Duration;
    pub use crate::meta::v1::{FieldsV1, MicroTime, Time};
    pub use crate::resource::Quantity;
    pub use crate::runtime::RawExtension;
    #[cfg(feature = "cbor")]
    pub use kcodec::Cbor;
    #[cfg(feature = "serde")]
    pub use kcodec::Serde;
    pub use kcodec::{Binary, Json, Proto, Str};
    pub use std::collections::BTreeMap;
}

#[cfg(test)]
mod representation_tests {
    use std::mem::size_of;

    /// A list that keeps nil apart from empty costs no space: `kcodec::List<T>` is an
    /// `Option<Vec<T>>`, which uses the vector's pointer niche (a `kcodec::Map` costs one
    /// word, its nil flag).
    #[test]
    fn nil_aware_collections_cost_no_space() {
        use crate::core::v1::{Container, Pod};
        assert_eq!(size_of::<kcodec::List<Pod>>(), size_of::<Vec<Pod>>());
        assert_eq!(
            size_of::<kcodec::List<Container>>(),
            size_of::<Vec<Container>>()
        );
        // A map has no niche left (its root is already optional): one word more. No
        // registered kind has such a map field today.
        assert_eq!(
            size_of::<kcodec::Map<kcodec::Str, kcodec::Str>>(),
            size_of::<std::collections::BTreeMap<kcodec::Str, kcodec::Str>>() + 8
        );
        assert_eq!(
            size_of::<Option<kcodec::Binary>>(),
            size_of::<kcodec::Binary>()
        );
    }
}
