//! Kubernetes' `resource` package: [`Quantity`], the fixed-point number with a unit suffix
//! used for CPU, memory and storage amounts; and the API group `resource.k8s.io` (dynamic
//! resource allocation), generated, behind the `resource` feature.

mod quantity;

pub use quantity::*;

#[cfg(feature = "resource")]
pub use crate::generated::resource::*;
