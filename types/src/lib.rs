//! Kubernetes types.
