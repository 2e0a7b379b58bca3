//! Kubernetes `batch/v1` types: jobs and cron jobs. Also holds the few `scheduling.k8s.io/v1alpha3`
//! types a job's `spec.scheduling` refers to.

use crate::prelude::*;

/// `Job` (Kubernetes `batch/v1`): runs pods to completion.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Job {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: JobSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: JobStatus,
}

/// `JobList` (Kubernetes `batch/v1`): a list of `Job` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Job>>,
}

/// `PodFailurePolicyOnExitCodesRequirement` (Kubernetes `batch/v1`): one requirement of a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodFailurePolicyOnExitCodesRequirement {
    /// JSON `containerName`, protobuf field 1.
    #[kcodec(rename = "containerName", tag = 1, omitempty)]
    pub container_name: Option<Str>,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2)]
    pub operator: Str,
    /// JSON `values`, protobuf field 3.
    #[kcodec(rename = "values", tag = 3)]
    pub values: Option<Vec<i32>>,
}

/// `PodFailurePolicyOnPodConditionsPattern` (Kubernetes `batch/v1`): a pod condition a failure rule
/// matches.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodFailurePolicyOnPodConditionsPattern {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
}

/// `PodFailurePolicyRule` (Kubernetes `batch/v1`): one rule of a pod failure policy.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodFailurePolicyRule {
    /// JSON `action`, protobuf field 1.
    #[kcodec(rename = "action", tag = 1)]
    pub action: Str,
    /// JSON `onExitCodes`, protobuf field 2.
    #[kcodec(rename = "onExitCodes", tag = 2, omitempty)]
    pub on_exit_codes: Option<PodFailurePolicyOnExitCodesRequirement>,
    /// JSON `onPodConditions`, protobuf field 3.
    #[kcodec(rename = "onPodConditions", tag = 3, omitempty)]
    pub on_pod_conditions: Vec<PodFailurePolicyOnPodConditionsPattern>,
}

/// `PodFailurePolicy` (Kubernetes `batch/v1`): how a job handles failed pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodFailurePolicy {
    /// JSON `rules`, protobuf field 1.
    #[kcodec(rename = "rules", tag = 1)]
    pub rules: Option<Vec<PodFailurePolicyRule>>,
}

/// `SuccessPolicy` (Kubernetes `batch/v1`): when a job counts as succeeded early.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SuccessPolicy {
    /// JSON `rules`, protobuf field 1.
    #[kcodec(rename = "rules", tag = 1)]
    pub rules: Option<Vec<SuccessPolicyRule>>,
}

/// `SuccessPolicyRule` (Kubernetes `batch/v1`): one rule of a success policy.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SuccessPolicyRule {
    /// JSON `succeededIndexes`, protobuf field 1.
    #[kcodec(rename = "succeededIndexes", tag = 1, omitempty)]
    pub succeeded_indexes: Option<Str>,
    /// JSON `succeededCount`, protobuf field 2.
    #[kcodec(rename = "succeededCount", tag = 2, omitempty)]
    pub succeeded_count: Option<i32>,
}

/// `JobSpec` (Kubernetes `batch/v1`): the desired state of a `Job`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobSpec {
    /// JSON `parallelism`, protobuf field 1.
    #[kcodec(rename = "parallelism", tag = 1, omitempty)]
    pub parallelism: Option<i32>,
    /// JSON `completions`, protobuf field 2.
    #[kcodec(rename = "completions", tag = 2, omitempty)]
    pub completions: Option<i32>,
    /// JSON `activeDeadlineSeconds`, protobuf field 3.
    #[kcodec(rename = "activeDeadlineSeconds", tag = 3, omitempty)]
    pub active_deadline_seconds: Option<i64>,
    /// JSON `podFailurePolicy`, protobuf field 11.
    #[kcodec(rename = "podFailurePolicy", tag = 11, omitempty)]
    pub pod_failure_policy: Option<PodFailurePolicy>,
    /// JSON `successPolicy`, protobuf field 16.
    #[kcodec(rename = "successPolicy", tag = 16, omitempty)]
    pub success_policy: Option<SuccessPolicy>,
    /// JSON `backoffLimit`, protobuf field 7.
    #[kcodec(rename = "backoffLimit", tag = 7, omitempty)]
    pub backoff_limit: Option<i32>,
    /// JSON `backoffLimitPerIndex`, protobuf field 12.
    #[kcodec(rename = "backoffLimitPerIndex", tag = 12, omitempty)]
    pub backoff_limit_per_index: Option<i32>,
    /// JSON `maxFailedIndexes`, protobuf field 13.
    #[kcodec(rename = "maxFailedIndexes", tag = 13, omitempty)]
    pub max_failed_indexes: Option<i32>,
    /// JSON `selector`, protobuf field 4.
    #[kcodec(rename = "selector", tag = 4, omitempty)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `manualSelector`, protobuf field 5.
    #[kcodec(rename = "manualSelector", tag = 5, omitempty)]
    pub manual_selector: Option<bool>,
    /// JSON `template`, protobuf field 6.
    #[kcodec(rename = "template", tag = 6)]
    pub template: crate::core::v1::PodTemplateSpec,
    /// JSON `ttlSecondsAfterFinished`, protobuf field 8.
    #[kcodec(rename = "ttlSecondsAfterFinished", tag = 8, omitempty)]
    pub ttl_seconds_after_finished: Option<i32>,
    /// JSON `completionMode`, protobuf field 9.
    #[kcodec(rename = "completionMode", tag = 9, omitempty)]
    pub completion_mode: Option<Str>,
    /// JSON `suspend`, protobuf field 10.
    #[kcodec(rename = "suspend", tag = 10, omitempty)]
    pub suspend: Option<bool>,
    /// JSON `podReplacementPolicy`, protobuf field 14.
    #[kcodec(rename = "podReplacementPolicy", tag = 14, omitempty)]
    pub pod_replacement_policy: Option<Str>,
    /// JSON `managedBy`, protobuf field 15.
    #[kcodec(rename = "managedBy", tag = 15, omitempty)]
    pub managed_by: Option<Str>,
    /// JSON `scheduling`, protobuf field 17.
    #[kcodec(rename = "scheduling", tag = 17, omitempty)]
    pub scheduling: Option<JobSchedulingConfiguration>,
}

/// `JobSchedulingConfiguration` (Kubernetes `batch/v1`): workload-aware scheduling settings of a
/// job.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobSchedulingConfiguration {
    /// JSON `schedulingPolicy`, protobuf field 1.
    #[kcodec(rename = "schedulingPolicy", tag = 1, omitempty)]
    pub scheduling_policy: Option<WorkloadPodGroupSchedulingPolicy>,
    /// JSON `schedulingConstraints`, protobuf field 2.
    #[kcodec(rename = "schedulingConstraints", tag = 2, omitempty)]
    pub scheduling_constraints: Option<WorkloadPodGroupSchedulingConstraints>,
    /// JSON `disruptionMode`, protobuf field 3.
    #[kcodec(rename = "disruptionMode", tag = 3, omitempty)]
    pub disruption_mode: Option<WorkloadPodGroupDisruptionMode>,
    /// JSON `resourceClaims`, protobuf field 4.
    #[kcodec(rename = "resourceClaims", tag = 4, omitempty)]
    pub resource_claims: Vec<WorkloadPodGroupResourceClaim>,
}

/// `JobStatus` (Kubernetes `batch/v1`): the observed state of a `Job`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobStatus {
    /// JSON `conditions`, protobuf field 1.
    #[kcodec(rename = "conditions", tag = 1, omitempty)]
    pub conditions: Vec<JobCondition>,
    /// JSON `startTime`, protobuf field 2.
    #[kcodec(rename = "startTime", tag = 2, omitempty)]
    pub start_time: Option<Time>,
    /// JSON `completionTime`, protobuf field 3.
    #[kcodec(rename = "completionTime", tag = 3, omitempty)]
    pub completion_time: Option<Time>,
    /// JSON `active`, protobuf field 4.
    #[kcodec(rename = "active", tag = 4, omitempty)]
    pub active: i32,
    /// JSON `succeeded`, protobuf field 5.
    #[kcodec(rename = "succeeded", tag = 5, omitempty)]
    pub succeeded: i32,
    /// JSON `failed`, protobuf field 6.
    #[kcodec(rename = "failed", tag = 6, omitempty)]
    pub failed: i32,
    /// JSON `terminating`, protobuf field 11.
    #[kcodec(rename = "terminating", tag = 11, omitempty)]
    pub terminating: Option<i32>,
    /// JSON `completedIndexes`, protobuf field 7.
    #[kcodec(rename = "completedIndexes", tag = 7, omitempty)]
    pub completed_indexes: Str,
    /// JSON `failedIndexes`, protobuf field 10.
    #[kcodec(rename = "failedIndexes", tag = 10, omitempty)]
    pub failed_indexes: Option<Str>,
    /// JSON `uncountedTerminatedPods`, protobuf field 8.
    #[kcodec(rename = "uncountedTerminatedPods", tag = 8, omitempty)]
    pub uncounted_terminated_pods: Option<UncountedTerminatedPods>,
    /// JSON `ready`, protobuf field 9.
    #[kcodec(rename = "ready", tag = 9, omitempty)]
    pub ready: Option<i32>,
}

/// `UncountedTerminatedPods` (Kubernetes `batch/v1`): finished pods a job has not counted yet.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct UncountedTerminatedPods {
    /// JSON `succeeded`, protobuf field 1.
    #[kcodec(rename = "succeeded", tag = 1, omitempty)]
    pub succeeded: Vec<Str>,
    /// JSON `failed`, protobuf field 2.
    #[kcodec(rename = "failed", tag = 2, omitempty)]
    pub failed: Vec<Str>,
}

/// `JobCondition` (Kubernetes `batch/v1`): one condition of a `Job`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `lastProbeTime`, protobuf field 3.
    #[kcodec(rename = "lastProbeTime", tag = 3, omitempty)]
    pub last_probe_time: Time,
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

/// `JobTemplateSpec` (Kubernetes `batch/v1`): the metadata and spec of jobs to create.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct JobTemplateSpec {
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: JobSpec,
}

/// `CronJob` (Kubernetes `batch/v1`): runs jobs on a schedule.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CronJob {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: CronJobSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: CronJobStatus,
}

/// `CronJobList` (Kubernetes `batch/v1`): a list of `CronJob` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CronJobList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<CronJob>>,
}

/// `CronJobSpec` (Kubernetes `batch/v1`): the desired state of a `CronJob`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CronJobSpec {
    /// JSON `schedule`, protobuf field 1.
    #[kcodec(rename = "schedule", tag = 1)]
    pub schedule: Str,
    /// JSON `timeZone`, protobuf field 8.
    #[kcodec(rename = "timeZone", tag = 8, omitempty)]
    pub time_zone: Option<Str>,
    /// JSON `startingDeadlineSeconds`, protobuf field 2.
    #[kcodec(rename = "startingDeadlineSeconds", tag = 2, omitempty)]
    pub starting_deadline_seconds: Option<i64>,
    /// JSON `concurrencyPolicy`, protobuf field 3.
    #[kcodec(rename = "concurrencyPolicy", tag = 3, omitempty)]
    pub concurrency_policy: Str,
    /// JSON `suspend`, protobuf field 4.
    #[kcodec(rename = "suspend", tag = 4, omitempty)]
    pub suspend: Option<bool>,
    /// JSON `jobTemplate`, protobuf field 5.
    #[kcodec(rename = "jobTemplate", tag = 5)]
    pub job_template: JobTemplateSpec,
    /// JSON `successfulJobsHistoryLimit`, protobuf field 6.
    #[kcodec(rename = "successfulJobsHistoryLimit", tag = 6, omitempty)]
    pub successful_jobs_history_limit: Option<i32>,
    /// JSON `failedJobsHistoryLimit`, protobuf field 7.
    #[kcodec(rename = "failedJobsHistoryLimit", tag = 7, omitempty)]
    pub failed_jobs_history_limit: Option<i32>,
}

/// `CronJobStatus` (Kubernetes `batch/v1`): the observed state of a `CronJob`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CronJobStatus {
    /// JSON `active`, protobuf field 1.
    #[kcodec(rename = "active", tag = 1, omitempty)]
    pub active: Vec<crate::core::v1::ObjectReference>,
    /// JSON `lastScheduleTime`, protobuf field 4.
    #[kcodec(rename = "lastScheduleTime", tag = 4, omitempty)]
    pub last_schedule_time: Option<Time>,
    /// JSON `lastSuccessfulTime`, protobuf field 5.
    #[kcodec(rename = "lastSuccessfulTime", tag = 5, omitempty)]
    pub last_successful_time: Option<Time>,
}

// Types of `scheduling.k8s.io/v1alpha3` that `JobSpec.scheduling` uses.

/// `TopologyConstraint` (Kubernetes `scheduling/v1alpha3`): a topology a pod group must fit in.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TopologyConstraint {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
}

/// `WorkloadPodGroupSchedulingPolicy` (Kubernetes `scheduling/v1alpha3`): how a pod group is
/// scheduled (basic or gang).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupSchedulingPolicy {
    /// JSON `basic`, protobuf field 1.
    #[kcodec(rename = "basic", tag = 1, omitempty)]
    pub basic: Option<WorkloadPodGroupBasicSchedulingPolicy>,
    /// JSON `gang`, protobuf field 2.
    #[kcodec(rename = "gang", tag = 2, omitempty)]
    pub gang: Option<WorkloadPodGroupGangSchedulingPolicy>,
}

/// `WorkloadPodGroupBasicSchedulingPolicy` (Kubernetes `scheduling/v1alpha3`): plain, pod-by-pod
/// scheduling.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupBasicSchedulingPolicy {}

/// `WorkloadPodGroupGangSchedulingPolicy` (Kubernetes `scheduling/v1alpha3`): all-or-nothing
/// scheduling of a pod group.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupGangSchedulingPolicy {
    /// JSON `minCount`, protobuf field 1.
    #[kcodec(rename = "minCount", tag = 1, omitempty)]
    pub min_count: Option<i32>,
}

/// `WorkloadPodGroupSchedulingConstraints` (Kubernetes `scheduling/v1alpha3`): placement
/// constraints of a pod group.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupSchedulingConstraints {
    /// JSON `topology`, protobuf field 1.
    #[kcodec(rename = "topology", tag = 1, omitempty)]
    pub topology: Vec<TopologyConstraint>,
}

/// `WorkloadPodGroupResourceClaim` (Kubernetes `scheduling/v1alpha3`): a resource claim shared by a
/// pod group.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupResourceClaim {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `resourceClaimName`, protobuf field 2.
    #[kcodec(rename = "resourceClaimName", tag = 2, omitempty)]
    pub resource_claim_name: Option<Str>,
    /// JSON `resourceClaimTemplateName`, protobuf field 3.
    #[kcodec(rename = "resourceClaimTemplateName", tag = 3, omitempty)]
    pub resource_claim_template_name: Option<Str>,
}

/// `WorkloadPodGroupDisruptionMode` (Kubernetes `scheduling/v1alpha3`): how a pod group may be
/// disrupted.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupDisruptionMode {
    /// JSON `single`, protobuf field 1.
    #[kcodec(rename = "single", tag = 1, omitempty)]
    pub single: Option<WorkloadPodGroupSingleDisruptionMode>,
    /// JSON `all`, protobuf field 2.
    #[kcodec(rename = "all", tag = 2, omitempty)]
    pub all: Option<WorkloadPodGroupAllDisruptionMode>,
}

/// `WorkloadPodGroupSingleDisruptionMode` (Kubernetes `scheduling/v1alpha3`): pods of a group may
/// be disrupted one by one.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupSingleDisruptionMode {}

/// `WorkloadPodGroupAllDisruptionMode` (Kubernetes `scheduling/v1alpha3`): pods of a group are
/// disrupted together.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WorkloadPodGroupAllDisruptionMode {}
