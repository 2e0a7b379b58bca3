//! Kubernetes `core/v1`: namespaces, events, limit ranges, quotas, replication controllers, object
//! references and other small kinds.

use super::*;
use crate::prelude::*;

/// A list of objects of any kind (Kubernetes `core/v1` `List`, the same shape as `meta/v1` `List`).
pub type List = crate::meta::v1::List;

/// `ReplicationControllerSpec` (Kubernetes `core/v1`): the desired state of a
/// `ReplicationController`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicationControllerSpec {
    /// JSON `replicas`, protobuf field 1.
    #[kcodec(rename = "replicas", tag = 1, omitempty)]
    pub replicas: Option<i32>,
    /// JSON `minReadySeconds`, protobuf field 4.
    #[kcodec(rename = "minReadySeconds", tag = 4, omitempty)]
    pub min_ready_seconds: i32,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2, omitempty)]
    pub selector: BTreeMap<Str, Str>,
    /// JSON `template`, protobuf field 3.
    #[kcodec(rename = "template", tag = 3, omitempty)]
    pub template: Option<PodTemplateSpec>,
}

/// `ReplicationControllerStatus` (Kubernetes `core/v1`): the observed state of a
/// `ReplicationController`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicationControllerStatus {
    /// JSON `replicas`, protobuf field 1.
    #[kcodec(rename = "replicas", tag = 1)]
    pub replicas: i32,
    /// JSON `fullyLabeledReplicas`, protobuf field 2.
    #[kcodec(rename = "fullyLabeledReplicas", tag = 2, omitempty)]
    pub fully_labeled_replicas: i32,
    /// JSON `readyReplicas`, protobuf field 4.
    #[kcodec(rename = "readyReplicas", tag = 4, omitempty)]
    pub ready_replicas: i32,
    /// JSON `availableReplicas`, protobuf field 5.
    #[kcodec(rename = "availableReplicas", tag = 5, omitempty)]
    pub available_replicas: i32,
    /// JSON `observedGeneration`, protobuf field 3.
    #[kcodec(rename = "observedGeneration", tag = 3, omitempty)]
    pub observed_generation: i64,
    /// JSON `conditions`, protobuf field 6.
    #[kcodec(rename = "conditions", tag = 6, omitempty)]
    pub conditions: Vec<ReplicationControllerCondition>,
}

/// `ReplicationControllerCondition` (Kubernetes `core/v1`): one condition of a
/// `ReplicationController`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicationControllerCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `lastTransitionTime`, protobuf field 3.
    #[kcodec(rename = "lastTransitionTime", tag = 3, omitempty)]
    pub last_transition_time: Time,
    /// JSON `reason`, protobuf field 4.
    #[kcodec(rename = "reason", tag = 4, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 5.
    #[kcodec(rename = "message", tag = 5, omitempty)]
    pub message: Str,
}

/// `ReplicationController` (Kubernetes `core/v1`): keeps a number of pod replicas running (legacy).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicationController {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: ReplicationControllerSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: ReplicationControllerStatus,
}

/// `ReplicationControllerList` (Kubernetes `core/v1`): a list of `ReplicationController` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicationControllerList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ReplicationController>>,
}

/// `NamespaceSpec` (Kubernetes `core/v1`): the desired state of a `Namespace`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NamespaceSpec {
    /// JSON `finalizers`, protobuf field 1.
    #[kcodec(rename = "finalizers", tag = 1, omitempty)]
    pub finalizers: Vec<Str>,
}

/// `NamespaceStatus` (Kubernetes `core/v1`): the observed state of a `Namespace`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NamespaceStatus {
    /// JSON `phase`, protobuf field 1.
    #[kcodec(rename = "phase", tag = 1, omitempty)]
    pub phase: Str,
    /// JSON `conditions`, protobuf field 2.
    #[kcodec(rename = "conditions", tag = 2, omitempty)]
    pub conditions: Vec<NamespaceCondition>,
}

/// `NamespaceCondition` (Kubernetes `core/v1`): one condition of a `Namespace`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NamespaceCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `lastTransitionTime`, protobuf field 4.
    #[kcodec(rename = "lastTransitionTime", tag = 4, omitempty)]
    pub last_transition_time: Time,
    /// JSON `reason`, protobuf field 5.
    #[kcodec(rename = "reason", tag = 5, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 6.
    #[kcodec(rename = "message", tag = 6, omitempty)]
    pub message: Str,
}

/// `Namespace` (Kubernetes `core/v1`): a scope for names.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Namespace {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: NamespaceSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: NamespaceStatus,
}

/// `NamespaceList` (Kubernetes `core/v1`): a list of `Namespace` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NamespaceList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Namespace>>,
}

/// `Binding` (Kubernetes `core/v1`): ties an object to another, e.g. a pod to a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Binding {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `target`, protobuf field 2.
    #[kcodec(rename = "target", tag = 2)]
    pub target: ObjectReference,
}

/// `Preconditions` (Kubernetes `core/v1`): conditions that must hold before a delete goes ahead.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Preconditions {
    /// JSON `uid`, protobuf field 1.
    #[kcodec(rename = "uid", tag = 1, omitempty)]
    pub uid: Option<Str>,
}

/// `ObjectReference` (Kubernetes `core/v1`): a reference to any object.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ObjectReference {
    /// JSON `kind`, protobuf field 1.
    #[kcodec(rename = "kind", tag = 1, omitempty)]
    pub kind: Str,
    /// JSON `namespace`, protobuf field 2.
    #[kcodec(rename = "namespace", tag = 2, omitempty)]
    pub namespace: Str,
    /// JSON `name`, protobuf field 3.
    #[kcodec(rename = "name", tag = 3, omitempty)]
    pub name: Str,
    /// JSON `uid`, protobuf field 4.
    #[kcodec(rename = "uid", tag = 4, omitempty)]
    pub uid: Str,
    /// JSON `apiVersion`, protobuf field 5.
    #[kcodec(rename = "apiVersion", tag = 5, omitempty)]
    pub api_version: Str,
    /// JSON `resourceVersion`, protobuf field 6.
    #[kcodec(rename = "resourceVersion", tag = 6, omitempty)]
    pub resource_version: Str,
    /// JSON `fieldPath`, protobuf field 7.
    #[kcodec(rename = "fieldPath", tag = 7, omitempty)]
    pub field_path: Str,
}

/// `LocalObjectReference` (Kubernetes `core/v1`): a reference to an object in the same namespace,
/// by name.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LocalObjectReference {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
}

/// `TypedLocalObjectReference` (Kubernetes `core/v1`): a reference to an object of a given kind in
/// the same namespace.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TypedLocalObjectReference {
    /// JSON `apiGroup`, protobuf field 1.
    #[kcodec(rename = "apiGroup", tag = 1)]
    pub api_group: Option<Str>,
    /// JSON `kind`, protobuf field 2.
    #[kcodec(rename = "kind", tag = 2)]
    pub kind: Str,
    /// JSON `name`, protobuf field 3.
    #[kcodec(rename = "name", tag = 3)]
    pub name: Str,
}

/// `SerializedReference` (Kubernetes `core/v1`): an object reference, serialized as an object.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SerializedReference {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `reference`, protobuf field 1.
    #[kcodec(rename = "reference", tag = 1, omitempty)]
    pub reference: ObjectReference,
}

/// `EventSource` (Kubernetes `core/v1`): the component that reported an event.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EventSource {
    /// JSON `component`, protobuf field 1.
    #[kcodec(rename = "component", tag = 1, omitempty)]
    pub component: Str,
    /// JSON `host`, protobuf field 2.
    #[kcodec(rename = "host", tag = 2, omitempty)]
    pub host: Str,
}

/// `Event` (Kubernetes `core/v1`): a report of something that happened in the cluster.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Event {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `involvedObject`, protobuf field 2.
    #[kcodec(rename = "involvedObject", tag = 2)]
    pub involved_object: ObjectReference,
    /// JSON `reason`, protobuf field 3.
    #[kcodec(rename = "reason", tag = 3, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 4.
    #[kcodec(rename = "message", tag = 4, omitempty)]
    pub message: Str,
    /// JSON `source`, protobuf field 5.
    #[kcodec(rename = "source", tag = 5, omitempty)]
    pub source: EventSource,
    /// JSON `firstTimestamp`, protobuf field 6.
    #[kcodec(rename = "firstTimestamp", tag = 6, omitempty)]
    pub first_timestamp: Time,
    /// JSON `lastTimestamp`, protobuf field 7.
    #[kcodec(rename = "lastTimestamp", tag = 7, omitempty)]
    pub last_timestamp: Time,
    /// JSON `count`, protobuf field 8.
    #[kcodec(rename = "count", tag = 8, omitempty)]
    pub count: i32,
    /// JSON `type`, protobuf field 9.
    #[kcodec(rename = "type", tag = 9, omitempty)]
    pub type_: Str,
    /// JSON `eventTime`, protobuf field 10.
    #[kcodec(rename = "eventTime", tag = 10, omitempty)]
    pub event_time: MicroTime,
    /// JSON `series`, protobuf field 11.
    #[kcodec(rename = "series", tag = 11, omitempty)]
    pub series: Option<EventSeries>,
    /// JSON `action`, protobuf field 12.
    #[kcodec(rename = "action", tag = 12, omitempty)]
    pub action: Str,
    /// JSON `related`, protobuf field 13.
    #[kcodec(rename = "related", tag = 13, omitempty)]
    pub related: Option<ObjectReference>,
    /// JSON `reportingComponent`, protobuf field 14.
    #[kcodec(rename = "reportingComponent", tag = 14)]
    pub reporting_controller: Str,
    /// JSON `reportingInstance`, protobuf field 15.
    #[kcodec(rename = "reportingInstance", tag = 15)]
    pub reporting_instance: Str,
}

/// `EventSeries` (Kubernetes `core/v1`): a series of repeated events.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EventSeries {
    /// JSON `count`, protobuf field 1.
    #[kcodec(rename = "count", tag = 1, omitempty)]
    pub count: i32,
    /// JSON `lastObservedTime`, protobuf field 2.
    #[kcodec(rename = "lastObservedTime", tag = 2, omitempty)]
    pub last_observed_time: MicroTime,
}

/// `EventList` (Kubernetes `core/v1`): a list of `Event` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EventList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Event>>,
}

/// `LimitRangeItem` (Kubernetes `core/v1`): the limits of one kind of resource in a limit range.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LimitRangeItem {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `max`, protobuf field 2.
    #[kcodec(rename = "max", tag = 2, omitempty)]
    pub max: BTreeMap<Str, Quantity>,
    /// JSON `min`, protobuf field 3.
    #[kcodec(rename = "min", tag = 3, omitempty)]
    pub min: BTreeMap<Str, Quantity>,
    /// JSON `default`, protobuf field 4.
    #[kcodec(rename = "default", tag = 4, omitempty)]
    pub default: BTreeMap<Str, Quantity>,
    /// JSON `defaultRequest`, protobuf field 5.
    #[kcodec(rename = "defaultRequest", tag = 5, omitempty)]
    pub default_request: BTreeMap<Str, Quantity>,
    /// JSON `maxLimitRequestRatio`, protobuf field 6.
    #[kcodec(rename = "maxLimitRequestRatio", tag = 6, omitempty)]
    pub max_limit_request_ratio: BTreeMap<Str, Quantity>,
}

/// `LimitRangeSpec` (Kubernetes `core/v1`): the desired state of a `LimitRange`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LimitRangeSpec {
    /// JSON `limits`, protobuf field 1.
    #[kcodec(rename = "limits", tag = 1)]
    pub limits: Option<Vec<LimitRangeItem>>,
}

/// `LimitRange` (Kubernetes `core/v1`): per-namespace resource limits by kind.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LimitRange {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: LimitRangeSpec,
}

/// `LimitRangeList` (Kubernetes `core/v1`): a list of `LimitRange` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LimitRangeList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<LimitRange>>,
}

/// `ResourceQuotaSpec` (Kubernetes `core/v1`): the desired state of a `ResourceQuota`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceQuotaSpec {
    /// JSON `hard`, protobuf field 1.
    #[kcodec(rename = "hard", tag = 1, omitempty)]
    pub hard: BTreeMap<Str, Quantity>,
    /// JSON `scopes`, protobuf field 2.
    #[kcodec(rename = "scopes", tag = 2, omitempty)]
    pub scopes: Vec<Str>,
    /// JSON `scopeSelector`, protobuf field 3.
    #[kcodec(rename = "scopeSelector", tag = 3, omitempty)]
    pub scope_selector: Option<ScopeSelector>,
}

/// `ScopeSelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ScopeSelector {
    /// JSON `matchExpressions`, protobuf field 1.
    #[kcodec(rename = "matchExpressions", tag = 1, omitempty)]
    pub match_expressions: Vec<ScopedResourceSelectorRequirement>,
}

/// `ScopedResourceSelectorRequirement` (Kubernetes `core/v1`): one requirement of a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ScopedResourceSelectorRequirement {
    /// JSON `scopeName`, protobuf field 1.
    #[kcodec(rename = "scopeName", tag = 1)]
    pub scope_name: Str,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2)]
    pub operator: Str,
    /// JSON `values`, protobuf field 3.
    #[kcodec(rename = "values", tag = 3, omitempty)]
    pub values: Vec<Str>,
}

/// `ResourceQuotaStatus` (Kubernetes `core/v1`): the observed state of a `ResourceQuota`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceQuotaStatus {
    /// JSON `hard`, protobuf field 1.
    #[kcodec(rename = "hard", tag = 1, omitempty)]
    pub hard: BTreeMap<Str, Quantity>,
    /// JSON `used`, protobuf field 2.
    #[kcodec(rename = "used", tag = 2, omitempty)]
    pub used: BTreeMap<Str, Quantity>,
}

/// `ResourceQuota` (Kubernetes `core/v1`): per-namespace totals of resource usage.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceQuota {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: ResourceQuotaSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: ResourceQuotaStatus,
}

/// `ResourceQuotaList` (Kubernetes `core/v1`): a list of `ResourceQuota` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceQuotaList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ResourceQuota>>,
}

/// `ComponentCondition` (Kubernetes `core/v1`): one condition of a component's health.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ComponentCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `message`, protobuf field 3.
    #[kcodec(rename = "message", tag = 3, omitempty)]
    pub message: Str,
    /// JSON `error`, protobuf field 4.
    #[kcodec(rename = "error", tag = 4, omitempty)]
    pub error: Str,
}

/// `ComponentStatus` (Kubernetes `core/v1`): health of a cluster component (deprecated).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ComponentStatus {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `conditions`, protobuf field 2.
    #[kcodec(rename = "conditions", tag = 2, omitempty)]
    pub conditions: Vec<ComponentCondition>,
}

/// `ComponentStatusList` (Kubernetes `core/v1`): a list of `ComponentStatus` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ComponentStatusList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ComponentStatus>>,
}

/// `RangeAllocation` (Kubernetes `core/v1`): an allocation of a range (IPs or ports).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RangeAllocation {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `range`, protobuf field 2.
    #[kcodec(rename = "range", tag = 2)]
    pub range: Str,
    /// JSON `data`, protobuf field 3.
    #[kcodec(rename = "data", tag = 3)]
    pub data: Option<Binary>,
}
