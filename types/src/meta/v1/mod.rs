//! `meta/v1`: `ObjectMeta`, `ListMeta`, `TypeMeta`, `Status`, `WatchEvent`, the request
//! options (generated from the Go sources), and the time types and `FieldsV1` with
//! Kubernetes' special encodings (written here).

mod duration;
mod fields;
mod time;

pub use crate::generated::meta::v1::*;
pub use duration::*;
pub use fields::*;
pub use time::*;
