//! Kubernetes `coordination.k8s.io/v1` types: leases.

use crate::prelude::*;

/// `Lease` (Kubernetes `coordination/v1`): a lease, for leader election and heartbeats.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Lease {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: LeaseSpec,
}

/// `LeaseSpec` (Kubernetes `coordination/v1`): the desired state of a `Lease`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LeaseSpec {
    /// JSON `holderIdentity`, protobuf field 1.
    #[kcodec(rename = "holderIdentity", tag = 1, omitempty)]
    pub holder_identity: Option<Str>,
    /// JSON `leaseDurationSeconds`, protobuf field 2.
    #[kcodec(rename = "leaseDurationSeconds", tag = 2, omitempty)]
    pub lease_duration_seconds: Option<i32>,
    /// JSON `acquireTime`, protobuf field 3.
    #[kcodec(rename = "acquireTime", tag = 3, omitempty)]
    pub acquire_time: Option<MicroTime>,
    /// JSON `renewTime`, protobuf field 4.
    #[kcodec(rename = "renewTime", tag = 4, omitempty)]
    pub renew_time: Option<MicroTime>,
    /// JSON `leaseTransitions`, protobuf field 5.
    #[kcodec(rename = "leaseTransitions", tag = 5, omitempty)]
    pub lease_transitions: Option<i32>,
    /// JSON `strategy`, protobuf field 6.
    #[kcodec(rename = "strategy", tag = 6, omitempty)]
    pub strategy: Option<Str>,
    /// JSON `preferredHolder`, protobuf field 7.
    #[kcodec(rename = "preferredHolder", tag = 7, omitempty)]
    pub preferred_holder: Option<Str>,
}

/// `LeaseList` (Kubernetes `coordination/v1`): a list of `Lease` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LeaseList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Lease>>,
}
