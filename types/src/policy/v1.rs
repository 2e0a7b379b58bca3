//! Kubernetes `policy/v1` types: pod disruption budgets and evictions.

use crate::prelude::*;

/// `PodDisruptionBudgetSpec` (Kubernetes `policy/v1`): the desired state of a
/// `PodDisruptionBudget`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDisruptionBudgetSpec {
    /// JSON `minAvailable`, protobuf field 1.
    #[kcodec(rename = "minAvailable", tag = 1, omitempty)]
    pub min_available: Option<IntOrString>,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2, omitempty)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `maxUnavailable`, protobuf field 3.
    #[kcodec(rename = "maxUnavailable", tag = 3, omitempty)]
    pub max_unavailable: Option<IntOrString>,
    /// JSON `unhealthyPodEvictionPolicy`, protobuf field 4.
    #[kcodec(rename = "unhealthyPodEvictionPolicy", tag = 4, omitempty)]
    pub unhealthy_pod_eviction_policy: Option<Str>,
}

/// `PodDisruptionBudgetStatus` (Kubernetes `policy/v1`): the observed state of a
/// `PodDisruptionBudget`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDisruptionBudgetStatus {
    /// JSON `observedGeneration`, protobuf field 1.
    #[kcodec(rename = "observedGeneration", tag = 1, omitempty)]
    pub observed_generation: i64,
    /// JSON `disruptedPods`, protobuf field 2.
    #[kcodec(rename = "disruptedPods", tag = 2, omitempty)]
    pub disrupted_pods: BTreeMap<Str, Time>,
    /// JSON `disruptionsAllowed`, protobuf field 3.
    #[kcodec(rename = "disruptionsAllowed", tag = 3)]
    pub disruptions_allowed: i32,
    /// JSON `currentHealthy`, protobuf field 4.
    #[kcodec(rename = "currentHealthy", tag = 4)]
    pub current_healthy: i32,
    /// JSON `desiredHealthy`, protobuf field 5.
    #[kcodec(rename = "desiredHealthy", tag = 5)]
    pub desired_healthy: i32,
    /// JSON `expectedPods`, protobuf field 6.
    #[kcodec(rename = "expectedPods", tag = 6)]
    pub expected_pods: i32,
    /// JSON `conditions`, protobuf field 7.
    #[kcodec(rename = "conditions", tag = 7, omitempty)]
    pub conditions: Vec<crate::meta::v1::Condition>,
}

/// `PodDisruptionBudget` (Kubernetes `policy/v1`): bounds voluntary disruption of a set of pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDisruptionBudget {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: PodDisruptionBudgetSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: PodDisruptionBudgetStatus,
}

/// `PodDisruptionBudgetList` (Kubernetes `policy/v1`): a list of `PodDisruptionBudget` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDisruptionBudgetList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<PodDisruptionBudget>>,
}

/// `Eviction` (Kubernetes `policy/v1`): a request to evict a pod, honouring disruption budgets.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Eviction {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `deleteOptions`, protobuf field 2.
    #[kcodec(rename = "deleteOptions", tag = 2, omitempty)]
    pub delete_options: Option<crate::meta::v1::DeleteOptions>,
}
