//! Kubernetes' `resource` package: [`Quantity`], the fixed-point number with a unit suffix
//! used for CPU, memory and storage amounts.

mod quantity;

pub use quantity::*;
