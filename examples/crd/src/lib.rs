//! A custom resource in Rust, generated: `go/api/v1/` is a Go API package written the way a
//! kubebuilder project writes one (`+groupName`, `SchemeBuilder.Register`, json tags, no
//! protobuf), and `src/v1.rs` is what kcodec-typegen makes of it: JSON codecs exact to Go's
//! `encoding/json` (field order, `omitempty`, nil apart from empty), with Kubernetes' own
//! types (`ObjectMeta`, `Condition`, `Toleration`, `Quantity`) from kcodec-types.
//!
//! Regenerate from the repository root:
//!
//! ```sh
//! cargo run -p kcodec-typegen -- package ../shared/k8s-api-src examples/crd/go/api/v1 \
//!     example.com/memcached/api/v1 examples/crd/src/v1.rs
//! ```
//!
//! ```
//! use kcodec_example_crd::v1::{self, Memcached};
//!
//! let cr: Memcached = kcodec::json::from_slice(
//!     br#"{"apiVersion":"cache.example.com/v1","kind":"Memcached","metadata":{"name":"cache"},"spec":{"size":3,"containerPort":11211,"mode":"LRU"}}"#,
//! )?;
//! assert_eq!(cr.spec.size, Some(3));
//! assert_eq!(cr.spec.mode, v1::eviction_mode::LRU);
//! assert_eq!(v1::API_VERSION, "cache.example.com/v1");
//! # Ok::<(), kcodec::Error>(())
//! ```

#[rustfmt::skip]
pub mod v1;
