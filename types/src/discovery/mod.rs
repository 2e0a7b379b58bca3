//! The `discovery.k8s.io` API group: endpoint slices.

pub mod v1;
