//! Kubernetes' `runtime` package: [`RawExtension`], an embedded object kept as raw bytes.

mod raw_extension;

pub use raw_extension::*;
