//! Kubernetes `core/v1`: scheduling constraints (node selectors, affinity, taints, tolerations,
//! topology spread, scheduling gates).

use crate::prelude::*;

/// `NodeSelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSelector {
    /// JSON `nodeSelectorTerms`, protobuf field 1.
    #[kcodec(rename = "nodeSelectorTerms", tag = 1)]
    pub node_selector_terms: Option<Vec<NodeSelectorTerm>>,
}

/// `NodeSelectorTerm` (Kubernetes `core/v1`): one term of a node selector; its requirements are
/// ANDed.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSelectorTerm {
    /// JSON `matchExpressions`, protobuf field 1.
    #[kcodec(rename = "matchExpressions", tag = 1, omitempty)]
    pub match_expressions: Vec<NodeSelectorRequirement>,
    /// JSON `matchFields`, protobuf field 2.
    #[kcodec(rename = "matchFields", tag = 2, omitempty)]
    pub match_fields: Vec<NodeSelectorRequirement>,
}

/// `NodeSelectorRequirement` (Kubernetes `core/v1`): one requirement of a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSelectorRequirement {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2)]
    pub operator: Str,
    /// JSON `values`, protobuf field 3.
    #[kcodec(rename = "values", tag = 3, omitempty)]
    pub values: Vec<Str>,
}

/// `TopologySelectorTerm` (Kubernetes `core/v1`): one term of a topology selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TopologySelectorTerm {
    /// JSON `matchLabelExpressions`, protobuf field 1.
    #[kcodec(rename = "matchLabelExpressions", tag = 1, omitempty)]
    pub match_label_expressions: Vec<TopologySelectorLabelRequirement>,
}

/// `TopologySelectorLabelRequirement` (Kubernetes `core/v1`): one requirement of a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TopologySelectorLabelRequirement {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `values`, protobuf field 2.
    #[kcodec(rename = "values", tag = 2)]
    pub values: Option<Vec<Str>>,
}

/// `Affinity` (Kubernetes `core/v1`): scheduling affinity rules.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Affinity {
    /// JSON `nodeAffinity`, protobuf field 1.
    #[kcodec(rename = "nodeAffinity", tag = 1, omitempty)]
    pub node_affinity: Option<NodeAffinity>,
    /// JSON `podAffinity`, protobuf field 2.
    #[kcodec(rename = "podAffinity", tag = 2, omitempty)]
    pub pod_affinity: Option<PodAffinity>,
    /// JSON `podAntiAffinity`, protobuf field 3.
    #[kcodec(rename = "podAntiAffinity", tag = 3, omitempty)]
    pub pod_anti_affinity: Option<PodAntiAffinity>,
}

/// `PodAffinity` (Kubernetes `core/v1`): rules to co-locate a pod with other pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodAffinity {
    /// JSON `requiredDuringSchedulingIgnoredDuringExecution`, protobuf field 1.
    #[kcodec(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        tag = 1,
        omitempty
    )]
    pub required_during_scheduling_ignored_during_execution: Vec<PodAffinityTerm>,
    /// JSON `preferredDuringSchedulingIgnoredDuringExecution`, protobuf field 2.
    #[kcodec(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        tag = 2,
        omitempty
    )]
    pub preferred_during_scheduling_ignored_during_execution: Vec<WeightedPodAffinityTerm>,
}

/// `PodAntiAffinity` (Kubernetes `core/v1`): rules to keep a pod away from other pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodAntiAffinity {
    /// JSON `requiredDuringSchedulingIgnoredDuringExecution`, protobuf field 1.
    #[kcodec(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        tag = 1,
        omitempty
    )]
    pub required_during_scheduling_ignored_during_execution: Vec<PodAffinityTerm>,
    /// JSON `preferredDuringSchedulingIgnoredDuringExecution`, protobuf field 2.
    #[kcodec(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        tag = 2,
        omitempty
    )]
    pub preferred_during_scheduling_ignored_during_execution: Vec<WeightedPodAffinityTerm>,
}

/// `WeightedPodAffinityTerm` (Kubernetes `core/v1`): a weighted, preferred pod affinity term.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WeightedPodAffinityTerm {
    /// JSON `weight`, protobuf field 1.
    #[kcodec(rename = "weight", tag = 1)]
    pub weight: i32,
    /// JSON `podAffinityTerm`, protobuf field 2.
    #[kcodec(rename = "podAffinityTerm", tag = 2)]
    pub pod_affinity_term: PodAffinityTerm,
}

/// `PodAffinityTerm` (Kubernetes `core/v1`): a set of pods and the topology to place relative to
/// them.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodAffinityTerm {
    /// JSON `labelSelector`, protobuf field 1.
    #[kcodec(rename = "labelSelector", tag = 1, omitempty)]
    pub label_selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `namespaces`, protobuf field 2.
    #[kcodec(rename = "namespaces", tag = 2, omitempty)]
    pub namespaces: Vec<Str>,
    /// JSON `topologyKey`, protobuf field 3.
    #[kcodec(rename = "topologyKey", tag = 3)]
    pub topology_key: Str,
    /// JSON `namespaceSelector`, protobuf field 4.
    #[kcodec(rename = "namespaceSelector", tag = 4, omitempty)]
    pub namespace_selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `matchLabelKeys`, protobuf field 5.
    #[kcodec(rename = "matchLabelKeys", tag = 5, omitempty)]
    pub match_label_keys: Vec<Str>,
    /// JSON `mismatchLabelKeys`, protobuf field 6.
    #[kcodec(rename = "mismatchLabelKeys", tag = 6, omitempty)]
    pub mismatch_label_keys: Vec<Str>,
}

/// `NodeAffinity` (Kubernetes `core/v1`): node affinity rules of a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeAffinity {
    /// JSON `requiredDuringSchedulingIgnoredDuringExecution`, protobuf field 1.
    #[kcodec(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        tag = 1,
        omitempty
    )]
    pub required_during_scheduling_ignored_during_execution: Option<NodeSelector>,
    /// JSON `preferredDuringSchedulingIgnoredDuringExecution`, protobuf field 2.
    #[kcodec(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        tag = 2,
        omitempty
    )]
    pub preferred_during_scheduling_ignored_during_execution: Vec<PreferredSchedulingTerm>,
}

/// `PreferredSchedulingTerm` (Kubernetes `core/v1`): a weighted, preferred node selector term.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PreferredSchedulingTerm {
    /// JSON `weight`, protobuf field 1.
    #[kcodec(rename = "weight", tag = 1)]
    pub weight: i32,
    /// JSON `preference`, protobuf field 2.
    #[kcodec(rename = "preference", tag = 2)]
    pub preference: NodeSelectorTerm,
}

/// `Taint` (Kubernetes `core/v1`): a mark on a node that repels pods without a matching toleration.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Taint {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `value`, protobuf field 2.
    #[kcodec(rename = "value", tag = 2, omitempty)]
    pub value: Str,
    /// JSON `effect`, protobuf field 3.
    #[kcodec(rename = "effect", tag = 3)]
    pub effect: Str,
    /// JSON `timeAdded`, protobuf field 4.
    #[kcodec(rename = "timeAdded", tag = 4, omitempty)]
    pub time_added: Option<Time>,
}

/// `Toleration` (Kubernetes `core/v1`): lets a pod schedule onto nodes with a matching taint.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Toleration {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1, omitempty)]
    pub key: Str,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2, omitempty)]
    pub operator: Str,
    /// JSON `value`, protobuf field 3.
    #[kcodec(rename = "value", tag = 3, omitempty)]
    pub value: Str,
    /// JSON `effect`, protobuf field 4.
    #[kcodec(rename = "effect", tag = 4, omitempty)]
    pub effect: Str,
    /// JSON `tolerationSeconds`, protobuf field 5.
    #[kcodec(rename = "tolerationSeconds", tag = 5, omitempty)]
    pub toleration_seconds: Option<i64>,
}

/// `PodSchedulingGate` (Kubernetes `core/v1`): a gate that holds a pod back from scheduling.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodSchedulingGate {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
}

/// `PodSchedulingGroup` (Kubernetes `core/v1`): the scheduling group a pod belongs to.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodSchedulingGroup {
    /// JSON `podGroupName`, protobuf field 1.
    #[kcodec(rename = "podGroupName", tag = 1, omitempty)]
    pub pod_group_name: Option<Str>,
}

/// `TopologySpreadConstraint` (Kubernetes `core/v1`): how to spread pods across a topology.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TopologySpreadConstraint {
    /// JSON `maxSkew`, protobuf field 1.
    #[kcodec(rename = "maxSkew", tag = 1)]
    pub max_skew: i32,
    /// JSON `topologyKey`, protobuf field 2.
    #[kcodec(rename = "topologyKey", tag = 2)]
    pub topology_key: Str,
    /// JSON `whenUnsatisfiable`, protobuf field 3.
    #[kcodec(rename = "whenUnsatisfiable", tag = 3)]
    pub when_unsatisfiable: Str,
    /// JSON `labelSelector`, protobuf field 4.
    #[kcodec(rename = "labelSelector", tag = 4, omitempty)]
    pub label_selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `minDomains`, protobuf field 5.
    #[kcodec(rename = "minDomains", tag = 5, omitempty)]
    pub min_domains: Option<i32>,
    /// JSON `nodeAffinityPolicy`, protobuf field 6.
    #[kcodec(rename = "nodeAffinityPolicy", tag = 6, omitempty)]
    pub node_affinity_policy: Option<Str>,
    /// JSON `nodeTaintsPolicy`, protobuf field 7.
    #[kcodec(rename = "nodeTaintsPolicy", tag = 7, omitempty)]
    pub node_taints_policy: Option<Str>,
    /// JSON `matchLabelKeys`, protobuf field 8.
    #[kcodec(rename = "matchLabelKeys", tag = 8, omitempty)]
    pub match_label_keys: Vec<Str>,
}
