//! CBOR (`application/cbor`, KEP-4222) as the Kubernetes API server writes and reads it.

pub mod write;
