//! Kubernetes' `runtime` package: [`RawExtension`], an embedded object kept as raw bytes.

mod raw_extension;

pub use raw_extension::*;
pub(crate) use raw_extension::{is_one_json_value, write_compacted};
