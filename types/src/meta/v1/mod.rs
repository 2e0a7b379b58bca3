//! `meta/v1`: `ObjectMeta`, `ListMeta`, `TypeMeta`, `Status`, `WatchEvent`, the request
//! options, and the time types with Kubernetes' special encodings.

mod duration;
mod fields;
mod generated;
mod time;
mod verbs;

pub use duration::*;
pub use fields::*;
pub use generated::*;
pub use time::*;
pub use verbs::*;
