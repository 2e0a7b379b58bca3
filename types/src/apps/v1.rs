//! Kubernetes `apps/v1` types: deployments, replica sets, stateful sets, daemon sets and controller
//! revisions.

use crate::prelude::*;

/// `StatefulSet` (Kubernetes `apps/v1`): pods with stable identities and storage.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSet {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: StatefulSetSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: StatefulSetStatus,
}

/// `StatefulSetUpdateStrategy` (Kubernetes `apps/v1`): how a `StatefulSet` updates its pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetUpdateStrategy {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1, omitempty)]
    pub type_: Str,
    /// JSON `rollingUpdate`, protobuf field 2.
    #[kcodec(rename = "rollingUpdate", tag = 2, omitempty)]
    pub rolling_update: Option<RollingUpdateStatefulSetStrategy>,
}

/// `RollingUpdateStatefulSetStrategy` (Kubernetes `apps/v1`): rolling update settings of a
/// `StatefulSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RollingUpdateStatefulSetStrategy {
    /// JSON `partition`, protobuf field 1.
    #[kcodec(rename = "partition", tag = 1, omitempty)]
    pub partition: Option<i32>,
    /// JSON `maxUnavailable`, protobuf field 2.
    #[kcodec(rename = "maxUnavailable", tag = 2, omitempty)]
    pub max_unavailable: Option<IntOrString>,
}

/// `StatefulSetPersistentVolumeClaimRetentionPolicy` (Kubernetes `apps/v1`): what happens to a
/// `StatefulSet`'s claims on deletion and scale-down.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetPersistentVolumeClaimRetentionPolicy {
    /// JSON `whenDeleted`, protobuf field 1.
    #[kcodec(rename = "whenDeleted", tag = 1, omitempty)]
    pub when_deleted: Str,
    /// JSON `whenScaled`, protobuf field 2.
    #[kcodec(rename = "whenScaled", tag = 2, omitempty)]
    pub when_scaled: Str,
}

/// `StatefulSetOrdinals` (Kubernetes `apps/v1`): the numbering of a `StatefulSet`'s replicas.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetOrdinals {
    /// JSON `start`, protobuf field 1.
    #[kcodec(rename = "start", tag = 1)]
    pub start: i32,
}

/// `StatefulSetSpec` (Kubernetes `apps/v1`): the desired state of a `StatefulSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetSpec {
    /// JSON `replicas`, protobuf field 1.
    #[kcodec(rename = "replicas", tag = 1, omitempty)]
    pub replicas: Option<i32>,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `template`, protobuf field 3.
    #[kcodec(rename = "template", tag = 3)]
    pub template: crate::core::v1::PodTemplateSpec,
    /// JSON `volumeClaimTemplates`, protobuf field 4.
    #[kcodec(rename = "volumeClaimTemplates", tag = 4, omitempty)]
    pub volume_claim_templates: Vec<crate::core::v1::PersistentVolumeClaim>,
    /// JSON `serviceName`, protobuf field 5.
    #[kcodec(rename = "serviceName", tag = 5)]
    pub service_name: Str,
    /// JSON `podManagementPolicy`, protobuf field 6.
    #[kcodec(rename = "podManagementPolicy", tag = 6, omitempty)]
    pub pod_management_policy: Str,
    /// JSON `updateStrategy`, protobuf field 7.
    #[kcodec(rename = "updateStrategy", tag = 7, omitempty)]
    pub update_strategy: StatefulSetUpdateStrategy,
    /// JSON `revisionHistoryLimit`, protobuf field 8.
    #[kcodec(rename = "revisionHistoryLimit", tag = 8, omitempty)]
    pub revision_history_limit: Option<i32>,
    /// JSON `minReadySeconds`, protobuf field 9.
    #[kcodec(rename = "minReadySeconds", tag = 9, omitempty)]
    pub min_ready_seconds: i32,
    /// JSON `persistentVolumeClaimRetentionPolicy`, protobuf field 10.
    #[kcodec(rename = "persistentVolumeClaimRetentionPolicy", tag = 10, omitempty)]
    pub persistent_volume_claim_retention_policy:
        Option<StatefulSetPersistentVolumeClaimRetentionPolicy>,
    /// JSON `ordinals`, protobuf field 11.
    #[kcodec(rename = "ordinals", tag = 11, omitempty)]
    pub ordinals: Option<StatefulSetOrdinals>,
}

/// `StatefulSetStatus` (Kubernetes `apps/v1`): the observed state of a `StatefulSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetStatus {
    /// JSON `observedGeneration`, protobuf field 1.
    #[kcodec(rename = "observedGeneration", tag = 1, omitempty)]
    pub observed_generation: i64,
    /// JSON `replicas`, protobuf field 2.
    #[kcodec(rename = "replicas", tag = 2)]
    pub replicas: i32,
    /// JSON `readyReplicas`, protobuf field 3.
    #[kcodec(rename = "readyReplicas", tag = 3, omitempty)]
    pub ready_replicas: i32,
    /// JSON `currentReplicas`, protobuf field 4.
    #[kcodec(rename = "currentReplicas", tag = 4, omitempty)]
    pub current_replicas: i32,
    /// JSON `updatedReplicas`, protobuf field 5.
    #[kcodec(rename = "updatedReplicas", tag = 5, omitempty)]
    pub updated_replicas: i32,
    /// JSON `currentRevision`, protobuf field 6.
    #[kcodec(rename = "currentRevision", tag = 6, omitempty)]
    pub current_revision: Str,
    /// JSON `updateRevision`, protobuf field 7.
    #[kcodec(rename = "updateRevision", tag = 7, omitempty)]
    pub update_revision: Str,
    /// JSON `collisionCount`, protobuf field 9.
    #[kcodec(rename = "collisionCount", tag = 9, omitempty)]
    pub collision_count: Option<i32>,
    /// JSON `conditions`, protobuf field 10.
    #[kcodec(rename = "conditions", tag = 10, omitempty)]
    pub conditions: Vec<StatefulSetCondition>,
    /// JSON `availableReplicas`, protobuf field 11.
    #[kcodec(rename = "availableReplicas", tag = 11)]
    pub available_replicas: i32,
}

/// `StatefulSetCondition` (Kubernetes `apps/v1`): one condition of a `StatefulSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetCondition {
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

/// `StatefulSetList` (Kubernetes `apps/v1`): a list of `StatefulSet` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatefulSetList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<StatefulSet>>,
}

/// `Deployment` (Kubernetes `apps/v1`): declarative updates for pods and replica sets.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Deployment {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: DeploymentSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: DeploymentStatus,
}

/// `DeploymentSpec` (Kubernetes `apps/v1`): the desired state of a `Deployment`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeploymentSpec {
    /// JSON `replicas`, protobuf field 1.
    #[kcodec(rename = "replicas", tag = 1, omitempty)]
    pub replicas: Option<i32>,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `template`, protobuf field 3.
    #[kcodec(rename = "template", tag = 3)]
    pub template: crate::core::v1::PodTemplateSpec,
    /// JSON `strategy`, protobuf field 4.
    #[kcodec(rename = "strategy", tag = 4, omitempty)]
    pub strategy: DeploymentStrategy,
    /// JSON `minReadySeconds`, protobuf field 5.
    #[kcodec(rename = "minReadySeconds", tag = 5, omitempty)]
    pub min_ready_seconds: i32,
    /// JSON `revisionHistoryLimit`, protobuf field 6.
    #[kcodec(rename = "revisionHistoryLimit", tag = 6, omitempty)]
    pub revision_history_limit: Option<i32>,
    /// JSON `paused`, protobuf field 7.
    #[kcodec(rename = "paused", tag = 7, omitempty)]
    pub paused: bool,
    /// JSON `progressDeadlineSeconds`, protobuf field 9.
    #[kcodec(rename = "progressDeadlineSeconds", tag = 9, omitempty)]
    pub progress_deadline_seconds: Option<i32>,
}

/// `DeploymentStrategy` (Kubernetes `apps/v1`): how a `Deployment` replaces its pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeploymentStrategy {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1, omitempty)]
    pub type_: Str,
    /// JSON `rollingUpdate`, protobuf field 2.
    #[kcodec(rename = "rollingUpdate", tag = 2, omitempty)]
    pub rolling_update: Option<RollingUpdateDeployment>,
}

/// `RollingUpdateDeployment` (Kubernetes `apps/v1`): rolling update settings of a `Deployment`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RollingUpdateDeployment {
    /// JSON `maxUnavailable`, protobuf field 1.
    #[kcodec(rename = "maxUnavailable", tag = 1, omitempty)]
    pub max_unavailable: Option<IntOrString>,
    /// JSON `maxSurge`, protobuf field 2.
    #[kcodec(rename = "maxSurge", tag = 2, omitempty)]
    pub max_surge: Option<IntOrString>,
}

/// `DeploymentStatus` (Kubernetes `apps/v1`): the observed state of a `Deployment`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeploymentStatus {
    /// JSON `observedGeneration`, protobuf field 1.
    #[kcodec(rename = "observedGeneration", tag = 1, omitempty)]
    pub observed_generation: i64,
    /// JSON `replicas`, protobuf field 2.
    #[kcodec(rename = "replicas", tag = 2, omitempty)]
    pub replicas: i32,
    /// JSON `updatedReplicas`, protobuf field 3.
    #[kcodec(rename = "updatedReplicas", tag = 3, omitempty)]
    pub updated_replicas: i32,
    /// JSON `readyReplicas`, protobuf field 7.
    #[kcodec(rename = "readyReplicas", tag = 7, omitempty)]
    pub ready_replicas: i32,
    /// JSON `availableReplicas`, protobuf field 4.
    #[kcodec(rename = "availableReplicas", tag = 4, omitempty)]
    pub available_replicas: i32,
    /// JSON `unavailableReplicas`, protobuf field 5.
    #[kcodec(rename = "unavailableReplicas", tag = 5, omitempty)]
    pub unavailable_replicas: i32,
    /// JSON `terminatingReplicas`, protobuf field 9.
    #[kcodec(rename = "terminatingReplicas", tag = 9, omitempty)]
    pub terminating_replicas: Option<i32>,
    /// JSON `conditions`, protobuf field 6.
    #[kcodec(rename = "conditions", tag = 6, omitempty)]
    pub conditions: Vec<DeploymentCondition>,
    /// JSON `collisionCount`, protobuf field 8.
    #[kcodec(rename = "collisionCount", tag = 8, omitempty)]
    pub collision_count: Option<i32>,
}

/// `DeploymentCondition` (Kubernetes `apps/v1`): one condition of a `Deployment`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeploymentCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `lastUpdateTime`, protobuf field 6.
    #[kcodec(rename = "lastUpdateTime", tag = 6, omitempty)]
    pub last_update_time: Time,
    /// JSON `lastTransitionTime`, protobuf field 7.
    #[kcodec(rename = "lastTransitionTime", tag = 7, omitempty)]
    pub last_transition_time: Time,
    /// JSON `reason`, protobuf field 4.
    #[kcodec(rename = "reason", tag = 4, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 5.
    #[kcodec(rename = "message", tag = 5, omitempty)]
    pub message: Str,
}

/// `DeploymentList` (Kubernetes `apps/v1`): a list of `Deployment` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeploymentList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Deployment>>,
}

/// `DaemonSetUpdateStrategy` (Kubernetes `apps/v1`): how a `DaemonSet` updates its pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSetUpdateStrategy {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1, omitempty)]
    pub type_: Str,
    /// JSON `rollingUpdate`, protobuf field 2.
    #[kcodec(rename = "rollingUpdate", tag = 2, omitempty)]
    pub rolling_update: Option<RollingUpdateDaemonSet>,
}

/// `RollingUpdateDaemonSet` (Kubernetes `apps/v1`): rolling update settings of a `DaemonSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RollingUpdateDaemonSet {
    /// JSON `maxUnavailable`, protobuf field 1.
    #[kcodec(rename = "maxUnavailable", tag = 1, omitempty)]
    pub max_unavailable: Option<IntOrString>,
    /// JSON `maxSurge`, protobuf field 2.
    #[kcodec(rename = "maxSurge", tag = 2, omitempty)]
    pub max_surge: Option<IntOrString>,
}

/// `DaemonSetSpec` (Kubernetes `apps/v1`): the desired state of a `DaemonSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSetSpec {
    /// JSON `selector`, protobuf field 1.
    #[kcodec(rename = "selector", tag = 1)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `template`, protobuf field 2.
    #[kcodec(rename = "template", tag = 2)]
    pub template: crate::core::v1::PodTemplateSpec,
    /// JSON `updateStrategy`, protobuf field 3.
    #[kcodec(rename = "updateStrategy", tag = 3, omitempty)]
    pub update_strategy: DaemonSetUpdateStrategy,
    /// JSON `minReadySeconds`, protobuf field 4.
    #[kcodec(rename = "minReadySeconds", tag = 4, omitempty)]
    pub min_ready_seconds: i32,
    /// JSON `revisionHistoryLimit`, protobuf field 6.
    #[kcodec(rename = "revisionHistoryLimit", tag = 6, omitempty)]
    pub revision_history_limit: Option<i32>,
}

/// `DaemonSetStatus` (Kubernetes `apps/v1`): the observed state of a `DaemonSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSetStatus {
    /// JSON `currentNumberScheduled`, protobuf field 1.
    #[kcodec(rename = "currentNumberScheduled", tag = 1)]
    pub current_number_scheduled: i32,
    /// JSON `numberMisscheduled`, protobuf field 2.
    #[kcodec(rename = "numberMisscheduled", tag = 2)]
    pub number_misscheduled: i32,
    /// JSON `desiredNumberScheduled`, protobuf field 3.
    #[kcodec(rename = "desiredNumberScheduled", tag = 3)]
    pub desired_number_scheduled: i32,
    /// JSON `numberReady`, protobuf field 4.
    #[kcodec(rename = "numberReady", tag = 4)]
    pub number_ready: i32,
    /// JSON `observedGeneration`, protobuf field 5.
    #[kcodec(rename = "observedGeneration", tag = 5, omitempty)]
    pub observed_generation: i64,
    /// JSON `updatedNumberScheduled`, protobuf field 6.
    #[kcodec(rename = "updatedNumberScheduled", tag = 6, omitempty)]
    pub updated_number_scheduled: i32,
    /// JSON `numberAvailable`, protobuf field 7.
    #[kcodec(rename = "numberAvailable", tag = 7, omitempty)]
    pub number_available: i32,
    /// JSON `numberUnavailable`, protobuf field 8.
    #[kcodec(rename = "numberUnavailable", tag = 8, omitempty)]
    pub number_unavailable: i32,
    /// JSON `collisionCount`, protobuf field 9.
    #[kcodec(rename = "collisionCount", tag = 9, omitempty)]
    pub collision_count: Option<i32>,
    /// JSON `conditions`, protobuf field 10.
    #[kcodec(rename = "conditions", tag = 10, omitempty)]
    pub conditions: Vec<DaemonSetCondition>,
}

/// `DaemonSetCondition` (Kubernetes `apps/v1`): one condition of a `DaemonSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSetCondition {
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

/// `DaemonSet` (Kubernetes `apps/v1`): runs a pod on each eligible node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSet {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: DaemonSetSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: DaemonSetStatus,
}

/// `DaemonSetList` (Kubernetes `apps/v1`): a list of `DaemonSet` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonSetList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<DaemonSet>>,
}

/// `ReplicaSet` (Kubernetes `apps/v1`): keeps a number of pod replicas running.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicaSet {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: ReplicaSetSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: ReplicaSetStatus,
}

/// `ReplicaSetList` (Kubernetes `apps/v1`): a list of `ReplicaSet` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicaSetList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ReplicaSet>>,
}

/// `ReplicaSetSpec` (Kubernetes `apps/v1`): the desired state of a `ReplicaSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicaSetSpec {
    /// JSON `replicas`, protobuf field 1.
    #[kcodec(rename = "replicas", tag = 1, omitempty)]
    pub replicas: Option<i32>,
    /// JSON `minReadySeconds`, protobuf field 4.
    #[kcodec(rename = "minReadySeconds", tag = 4, omitempty)]
    pub min_ready_seconds: i32,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `template`, protobuf field 3.
    #[kcodec(rename = "template", tag = 3, omitempty)]
    pub template: crate::core::v1::PodTemplateSpec,
}

/// `ReplicaSetStatus` (Kubernetes `apps/v1`): the observed state of a `ReplicaSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicaSetStatus {
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
    /// JSON `terminatingReplicas`, protobuf field 7.
    #[kcodec(rename = "terminatingReplicas", tag = 7, omitempty)]
    pub terminating_replicas: Option<i32>,
    /// JSON `observedGeneration`, protobuf field 3.
    #[kcodec(rename = "observedGeneration", tag = 3, omitempty)]
    pub observed_generation: i64,
    /// JSON `conditions`, protobuf field 6.
    #[kcodec(rename = "conditions", tag = 6, omitempty)]
    pub conditions: Vec<ReplicaSetCondition>,
}

/// `ReplicaSetCondition` (Kubernetes `apps/v1`): one condition of a `ReplicaSet`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ReplicaSetCondition {
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

/// `ControllerRevision` (Kubernetes `apps/v1`): an immutable snapshot of a controller's state.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ControllerRevision {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `data`, protobuf field 2.
    #[kcodec(rename = "data", tag = 2)]
    pub data: RawExtension,
    /// JSON `revision`, protobuf field 3.
    #[kcodec(rename = "revision", tag = 3)]
    pub revision: i64,
}

/// `ControllerRevisionList` (Kubernetes `apps/v1`): a list of `ControllerRevision` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ControllerRevisionList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ControllerRevision>>,
}
