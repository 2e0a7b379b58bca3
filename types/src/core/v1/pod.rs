//! Kubernetes `core/v1`: pods, pod templates and the options of the pod subresources.

use super::*;
use crate::prelude::*;

/// `PodReadinessGate` (Kubernetes `core/v1`): an extra condition a pod needs to be ready.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodReadinessGate {
    /// JSON `conditionType`, protobuf field 1.
    #[kcodec(rename = "conditionType", tag = 1)]
    pub condition_type: Str,
}

/// `PodSpec` (Kubernetes `core/v1`): the desired state of a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodSpec {
    /// JSON `volumes`, protobuf field 1.
    #[kcodec(rename = "volumes", tag = 1, omitempty)]
    pub volumes: Vec<Volume>,
    /// JSON `initContainers`, protobuf field 20.
    #[kcodec(rename = "initContainers", tag = 20, omitempty)]
    pub init_containers: Vec<Container>,
    /// JSON `containers`, protobuf field 2.
    #[kcodec(rename = "containers", tag = 2)]
    pub containers: Option<Vec<Container>>,
    /// JSON `ephemeralContainers`, protobuf field 34.
    #[kcodec(rename = "ephemeralContainers", tag = 34, omitempty)]
    pub ephemeral_containers: Vec<EphemeralContainer>,
    /// JSON `restartPolicy`, protobuf field 3.
    #[kcodec(rename = "restartPolicy", tag = 3, omitempty)]
    pub restart_policy: Str,
    /// JSON `terminationGracePeriodSeconds`, protobuf field 4.
    #[kcodec(rename = "terminationGracePeriodSeconds", tag = 4, omitempty)]
    pub termination_grace_period_seconds: Option<i64>,
    /// JSON `activeDeadlineSeconds`, protobuf field 5.
    #[kcodec(rename = "activeDeadlineSeconds", tag = 5, omitempty)]
    pub active_deadline_seconds: Option<i64>,
    /// JSON `dnsPolicy`, protobuf field 6.
    #[kcodec(rename = "dnsPolicy", tag = 6, omitempty)]
    pub dns_policy: Str,
    /// JSON `nodeSelector`, protobuf field 7.
    #[kcodec(rename = "nodeSelector", tag = 7, omitempty)]
    pub node_selector: BTreeMap<Str, Str>,
    /// JSON `serviceAccountName`, protobuf field 8.
    #[kcodec(rename = "serviceAccountName", tag = 8, omitempty)]
    pub service_account_name: Str,
    /// JSON `serviceAccount`, protobuf field 9.
    #[kcodec(rename = "serviceAccount", tag = 9, omitempty)]
    pub deprecated_service_account: Str,
    /// JSON `automountServiceAccountToken`, protobuf field 21.
    #[kcodec(rename = "automountServiceAccountToken", tag = 21, omitempty)]
    pub automount_service_account_token: Option<bool>,
    /// JSON `nodeName`, protobuf field 10.
    #[kcodec(rename = "nodeName", tag = 10, omitempty)]
    pub node_name: Str,
    /// JSON `hostNetwork`, protobuf field 11.
    #[kcodec(rename = "hostNetwork", tag = 11, omitempty)]
    pub host_network: bool,
    /// JSON `hostPID`, protobuf field 12.
    #[kcodec(rename = "hostPID", tag = 12, omitempty)]
    pub host_pid: bool,
    /// JSON `hostIPC`, protobuf field 13.
    #[kcodec(rename = "hostIPC", tag = 13, omitempty)]
    pub host_ipc: bool,
    /// JSON `shareProcessNamespace`, protobuf field 27.
    #[kcodec(rename = "shareProcessNamespace", tag = 27, omitempty)]
    pub share_process_namespace: Option<bool>,
    /// JSON `securityContext`, protobuf field 14.
    #[kcodec(rename = "securityContext", tag = 14, omitempty)]
    pub security_context: Option<PodSecurityContext>,
    /// JSON `imagePullSecrets`, protobuf field 15.
    #[kcodec(rename = "imagePullSecrets", tag = 15, omitempty)]
    pub image_pull_secrets: Vec<LocalObjectReference>,
    /// JSON `hostname`, protobuf field 16.
    #[kcodec(rename = "hostname", tag = 16, omitempty)]
    pub hostname: Str,
    /// JSON `subdomain`, protobuf field 17.
    #[kcodec(rename = "subdomain", tag = 17, omitempty)]
    pub subdomain: Str,
    /// JSON `affinity`, protobuf field 18.
    #[kcodec(rename = "affinity", tag = 18, omitempty)]
    pub affinity: Option<Affinity>,
    /// JSON `schedulerName`, protobuf field 19.
    #[kcodec(rename = "schedulerName", tag = 19, omitempty)]
    pub scheduler_name: Str,
    /// JSON `tolerations`, protobuf field 22.
    #[kcodec(rename = "tolerations", tag = 22, omitempty)]
    pub tolerations: Vec<Toleration>,
    /// JSON `hostAliases`, protobuf field 23.
    #[kcodec(rename = "hostAliases", tag = 23, omitempty)]
    pub host_aliases: Vec<HostAlias>,
    /// JSON `priorityClassName`, protobuf field 24.
    #[kcodec(rename = "priorityClassName", tag = 24, omitempty)]
    pub priority_class_name: Str,
    /// JSON `priority`, protobuf field 25.
    #[kcodec(rename = "priority", tag = 25, omitempty)]
    pub priority: Option<i32>,
    /// JSON `dnsConfig`, protobuf field 26.
    #[kcodec(rename = "dnsConfig", tag = 26, omitempty)]
    pub dns_config: Option<PodDNSConfig>,
    /// JSON `readinessGates`, protobuf field 28.
    #[kcodec(rename = "readinessGates", tag = 28, omitempty)]
    pub readiness_gates: Vec<PodReadinessGate>,
    /// JSON `runtimeClassName`, protobuf field 29.
    #[kcodec(rename = "runtimeClassName", tag = 29, omitempty)]
    pub runtime_class_name: Option<Str>,
    /// JSON `enableServiceLinks`, protobuf field 30.
    #[kcodec(rename = "enableServiceLinks", tag = 30, omitempty)]
    pub enable_service_links: Option<bool>,
    /// JSON `preemptionPolicy`, protobuf field 31.
    #[kcodec(rename = "preemptionPolicy", tag = 31, omitempty)]
    pub preemption_policy: Option<Str>,
    /// JSON `overhead`, protobuf field 32.
    #[kcodec(rename = "overhead", tag = 32, omitempty)]
    pub overhead: BTreeMap<Str, Quantity>,
    /// JSON `topologySpreadConstraints`, protobuf field 33.
    #[kcodec(rename = "topologySpreadConstraints", tag = 33, omitempty)]
    pub topology_spread_constraints: Vec<TopologySpreadConstraint>,
    /// JSON `setHostnameAsFQDN`, protobuf field 35.
    #[kcodec(rename = "setHostnameAsFQDN", tag = 35, omitempty)]
    pub set_hostname_as_fqdn: Option<bool>,
    /// JSON `os`, protobuf field 36.
    #[kcodec(rename = "os", tag = 36, omitempty)]
    pub os: Option<PodOS>,
    /// JSON `hostUsers`, protobuf field 37.
    #[kcodec(rename = "hostUsers", tag = 37, omitempty)]
    pub host_users: Option<bool>,
    /// JSON `schedulingGates`, protobuf field 38.
    #[kcodec(rename = "schedulingGates", tag = 38, omitempty)]
    pub scheduling_gates: Vec<PodSchedulingGate>,
    /// JSON `resourceClaims`, protobuf field 39.
    #[kcodec(rename = "resourceClaims", tag = 39, omitempty)]
    pub resource_claims: Vec<PodResourceClaim>,
    /// JSON `resources`, protobuf field 40.
    #[kcodec(rename = "resources", tag = 40, omitempty)]
    pub resources: Option<ResourceRequirements>,
    /// JSON `hostnameOverride`, protobuf field 41.
    #[kcodec(rename = "hostnameOverride", tag = 41, omitempty)]
    pub hostname_override: Option<Str>,
    /// JSON `schedulingGroup`, protobuf field 43.
    #[kcodec(rename = "schedulingGroup", tag = 43, omitempty)]
    pub scheduling_group: Option<PodSchedulingGroup>,
    /// JSON `evictionResponders`, protobuf field 44.
    #[kcodec(rename = "evictionResponders", tag = 44, omitempty)]
    pub eviction_responders: Vec<EvictionResponder>,
}

/// `PodResourceClaim` (Kubernetes `core/v1`): a resource claim a pod uses.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodResourceClaim {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `resourceClaimName`, protobuf field 3.
    #[kcodec(rename = "resourceClaimName", tag = 3, omitempty)]
    pub resource_claim_name: Option<Str>,
    /// JSON `resourceClaimTemplateName`, protobuf field 4.
    #[kcodec(rename = "resourceClaimTemplateName", tag = 4, omitempty)]
    pub resource_claim_template_name: Option<Str>,
}

/// `PodOS` (Kubernetes `core/v1`): the operating system a pod needs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodOS {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
}

/// `HostAlias` (Kubernetes `core/v1`): an entry added to a pod's hosts file.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct HostAlias {
    /// JSON `ip`, protobuf field 1.
    #[kcodec(rename = "ip", tag = 1)]
    pub ip: Str,
    /// JSON `hostnames`, protobuf field 2.
    #[kcodec(rename = "hostnames", tag = 2, omitempty)]
    pub hostnames: Vec<Str>,
}

/// `PodSecurityContext` (Kubernetes `core/v1`): pod-level security settings.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodSecurityContext {
    /// JSON `seLinuxOptions`, protobuf field 1.
    #[kcodec(rename = "seLinuxOptions", tag = 1, omitempty)]
    pub se_linux_options: Option<SELinuxOptions>,
    /// JSON `windowsOptions`, protobuf field 8.
    #[kcodec(rename = "windowsOptions", tag = 8, omitempty)]
    pub windows_options: Option<WindowsSecurityContextOptions>,
    /// JSON `runAsUser`, protobuf field 2.
    #[kcodec(rename = "runAsUser", tag = 2, omitempty)]
    pub run_as_user: Option<i64>,
    /// JSON `runAsGroup`, protobuf field 6.
    #[kcodec(rename = "runAsGroup", tag = 6, omitempty)]
    pub run_as_group: Option<i64>,
    /// JSON `runAsNonRoot`, protobuf field 3.
    #[kcodec(rename = "runAsNonRoot", tag = 3, omitempty)]
    pub run_as_non_root: Option<bool>,
    /// JSON `supplementalGroups`, protobuf field 4.
    #[kcodec(rename = "supplementalGroups", tag = 4, omitempty)]
    pub supplemental_groups: Vec<i64>,
    /// JSON `supplementalGroupsPolicy`, protobuf field 12.
    #[kcodec(rename = "supplementalGroupsPolicy", tag = 12, omitempty)]
    pub supplemental_groups_policy: Option<Str>,
    /// JSON `fsGroup`, protobuf field 5.
    #[kcodec(rename = "fsGroup", tag = 5, omitempty)]
    pub fs_group: Option<i64>,
    /// JSON `sysctls`, protobuf field 7.
    #[kcodec(rename = "sysctls", tag = 7, omitempty)]
    pub sysctls: Vec<Sysctl>,
    /// JSON `fsGroupChangePolicy`, protobuf field 9.
    #[kcodec(rename = "fsGroupChangePolicy", tag = 9, omitempty)]
    pub fs_group_change_policy: Option<Str>,
    /// JSON `seccompProfile`, protobuf field 10.
    #[kcodec(rename = "seccompProfile", tag = 10, omitempty)]
    pub seccomp_profile: Option<SeccompProfile>,
    /// JSON `appArmorProfile`, protobuf field 11.
    #[kcodec(rename = "appArmorProfile", tag = 11, omitempty)]
    pub app_armor_profile: Option<AppArmorProfile>,
    /// JSON `seLinuxChangePolicy`, protobuf field 13.
    #[kcodec(rename = "seLinuxChangePolicy", tag = 13, omitempty)]
    pub se_linux_change_policy: Option<Str>,
}

/// `PodDNSConfig` (Kubernetes `core/v1`): DNS settings of a pod beyond its DNS policy.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDNSConfig {
    /// JSON `nameservers`, protobuf field 1.
    #[kcodec(rename = "nameservers", tag = 1, omitempty)]
    pub nameservers: Vec<Str>,
    /// JSON `searches`, protobuf field 2.
    #[kcodec(rename = "searches", tag = 2, omitempty)]
    pub searches: Vec<Str>,
    /// JSON `options`, protobuf field 3.
    #[kcodec(rename = "options", tag = 3, omitempty)]
    pub options: Vec<PodDNSConfigOption>,
}

/// `PodDNSConfigOption` (Kubernetes `core/v1`): one DNS resolver option.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodDNSConfigOption {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `value`, protobuf field 2.
    #[kcodec(rename = "value", tag = 2, omitempty)]
    pub value: Option<Str>,
}

/// `EvictionResponder` (Kubernetes `core/v1`): a responder that reacts to evictions.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EvictionResponder {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `priority`, protobuf field 2.
    #[kcodec(rename = "priority", tag = 2)]
    pub priority: Option<i32>,
}

/// `PodStatus` (Kubernetes `core/v1`): the observed state of a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodStatus {
    /// JSON `observedGeneration`, protobuf field 17.
    #[kcodec(rename = "observedGeneration", tag = 17, omitempty)]
    pub observed_generation: i64,
    /// JSON `phase`, protobuf field 1.
    #[kcodec(rename = "phase", tag = 1, omitempty)]
    pub phase: Str,
    /// JSON `conditions`, protobuf field 2.
    #[kcodec(rename = "conditions", tag = 2, omitempty)]
    pub conditions: Vec<PodCondition>,
    /// JSON `message`, protobuf field 3.
    #[kcodec(rename = "message", tag = 3, omitempty)]
    pub message: Str,
    /// JSON `reason`, protobuf field 4.
    #[kcodec(rename = "reason", tag = 4, omitempty)]
    pub reason: Str,
    /// JSON `nominatedNodeName`, protobuf field 11.
    #[kcodec(rename = "nominatedNodeName", tag = 11, omitempty)]
    pub nominated_node_name: Str,
    /// JSON `hostIP`, protobuf field 5.
    #[kcodec(rename = "hostIP", tag = 5, omitempty)]
    pub host_ip: Str,
    /// JSON `hostIPs`, protobuf field 16.
    #[kcodec(rename = "hostIPs", tag = 16, omitempty)]
    pub host_ips: Vec<HostIP>,
    /// JSON `podIP`, protobuf field 6.
    #[kcodec(rename = "podIP", tag = 6, omitempty)]
    pub pod_ip: Str,
    /// JSON `podIPs`, protobuf field 12.
    #[kcodec(rename = "podIPs", tag = 12, omitempty)]
    pub pod_ips: Vec<PodIP>,
    /// JSON `startTime`, protobuf field 7.
    #[kcodec(rename = "startTime", tag = 7, omitempty)]
    pub start_time: Option<Time>,
    /// JSON `initContainerStatuses`, protobuf field 10.
    #[kcodec(rename = "initContainerStatuses", tag = 10, omitempty)]
    pub init_container_statuses: Vec<ContainerStatus>,
    /// JSON `containerStatuses`, protobuf field 8.
    #[kcodec(rename = "containerStatuses", tag = 8, omitempty)]
    pub container_statuses: Vec<ContainerStatus>,
    /// JSON `qosClass`, protobuf field 9.
    #[kcodec(rename = "qosClass", tag = 9, omitempty)]
    pub qos_class: Str,
    /// JSON `ephemeralContainerStatuses`, protobuf field 13.
    #[kcodec(rename = "ephemeralContainerStatuses", tag = 13, omitempty)]
    pub ephemeral_container_statuses: Vec<ContainerStatus>,
    /// JSON `resize`, protobuf field 14.
    #[kcodec(rename = "resize", tag = 14, omitempty)]
    pub resize: Str,
    /// JSON `resourceClaimStatuses`, protobuf field 15.
    #[kcodec(rename = "resourceClaimStatuses", tag = 15, omitempty)]
    pub resource_claim_statuses: Vec<PodResourceClaimStatus>,
    /// JSON `extendedResourceClaimStatus`, protobuf field 18.
    #[kcodec(rename = "extendedResourceClaimStatus", tag = 18, omitempty)]
    pub extended_resource_claim_status: Option<PodExtendedResourceClaimStatus>,
    /// JSON `allocatedResources`, protobuf field 19.
    #[kcodec(rename = "allocatedResources", tag = 19, omitempty)]
    pub allocated_resources: BTreeMap<Str, Quantity>,
    /// JSON `resources`, protobuf field 20.
    #[kcodec(rename = "resources", tag = 20, omitempty)]
    pub resources: Option<ResourceRequirements>,
    /// JSON `nodeAllocatableResourceClaimStatuses`, protobuf field 21.
    #[kcodec(rename = "nodeAllocatableResourceClaimStatuses", tag = 21, omitempty)]
    pub node_allocatable_resource_claim_statuses: Vec<NodeAllocatableResourceClaimStatus>,
    /// JSON `volumeHealth`, protobuf field 22.
    #[kcodec(rename = "volumeHealth", tag = 22, omitempty)]
    pub volume_health: Vec<PodVolumeHealth>,
}

/// `Pod` (Kubernetes `core/v1`): a group of containers scheduled together on a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Pod {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: PodSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: PodStatus,
}

/// `PodList` (Kubernetes `core/v1`): a list of pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Pod>>,
}

/// `PodTemplateSpec` (Kubernetes `core/v1`): the metadata and spec of pods to create.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodTemplateSpec {
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: PodSpec,
}

/// `PodTemplate` (Kubernetes `core/v1`): a stored template for pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodTemplate {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `template`, protobuf field 2.
    #[kcodec(rename = "template", tag = 2, omitempty)]
    pub template: PodTemplateSpec,
}

/// `PodTemplateList` (Kubernetes `core/v1`): a list of `PodTemplate` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodTemplateList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<PodTemplate>>,
}

/// `PodLogOptions` (Kubernetes `core/v1`): query parameters of a pod log request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodLogOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `container`, protobuf field 1.
    #[kcodec(rename = "container", tag = 1, omitempty)]
    pub container: Str,
    /// JSON `follow`, protobuf field 2.
    #[kcodec(rename = "follow", tag = 2, omitempty)]
    pub follow: bool,
    /// JSON `previous`, protobuf field 3.
    #[kcodec(rename = "previous", tag = 3, omitempty)]
    pub previous: bool,
    /// JSON `sinceSeconds`, protobuf field 4.
    #[kcodec(rename = "sinceSeconds", tag = 4, omitempty)]
    pub since_seconds: Option<i64>,
    /// JSON `sinceTime`, protobuf field 5.
    #[kcodec(rename = "sinceTime", tag = 5, omitempty)]
    pub since_time: Option<Time>,
    /// JSON `timestamps`, protobuf field 6.
    #[kcodec(rename = "timestamps", tag = 6, omitempty)]
    pub timestamps: bool,
    /// JSON `tailLines`, protobuf field 7.
    #[kcodec(rename = "tailLines", tag = 7, omitempty)]
    pub tail_lines: Option<i64>,
    /// JSON `limitBytes`, protobuf field 8.
    #[kcodec(rename = "limitBytes", tag = 8, omitempty)]
    pub limit_bytes: Option<i64>,
    /// JSON `insecureSkipTLSVerifyBackend`, protobuf field 9.
    #[kcodec(rename = "insecureSkipTLSVerifyBackend", tag = 9, omitempty)]
    pub insecure_skip_tls_verify_backend: bool,
    /// JSON `stream`, protobuf field 10.
    #[kcodec(rename = "stream", tag = 10, omitempty)]
    pub stream: Option<Str>,
}

/// `PodAttachOptions` (Kubernetes `core/v1`): query parameters of a pod attach request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodAttachOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `stdin`, protobuf field 1.
    #[kcodec(rename = "stdin", tag = 1, omitempty)]
    pub stdin: bool,
    /// JSON `stdout`, protobuf field 2.
    #[kcodec(rename = "stdout", tag = 2, omitempty)]
    pub stdout: bool,
    /// JSON `stderr`, protobuf field 3.
    #[kcodec(rename = "stderr", tag = 3, omitempty)]
    pub stderr: bool,
    /// JSON `tty`, protobuf field 4.
    #[kcodec(rename = "tty", tag = 4, omitempty)]
    pub tty: bool,
    /// JSON `container`, protobuf field 5.
    #[kcodec(rename = "container", tag = 5, omitempty)]
    pub container: Str,
}

/// `PodExecOptions` (Kubernetes `core/v1`): query parameters of a pod exec request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodExecOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `stdin`, protobuf field 1.
    #[kcodec(rename = "stdin", tag = 1, omitempty)]
    pub stdin: bool,
    /// JSON `stdout`, protobuf field 2.
    #[kcodec(rename = "stdout", tag = 2, omitempty)]
    pub stdout: bool,
    /// JSON `stderr`, protobuf field 3.
    #[kcodec(rename = "stderr", tag = 3, omitempty)]
    pub stderr: bool,
    /// JSON `tty`, protobuf field 4.
    #[kcodec(rename = "tty", tag = 4, omitempty)]
    pub tty: bool,
    /// JSON `container`, protobuf field 5.
    #[kcodec(rename = "container", tag = 5, omitempty)]
    pub container: Str,
    /// JSON `command`, protobuf field 6.
    #[kcodec(rename = "command", tag = 6)]
    pub command: Option<Vec<Str>>,
}

/// `PodPortForwardOptions` (Kubernetes `core/v1`): query parameters of a pod port-forward request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodPortForwardOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `ports`, protobuf field 1.
    #[kcodec(rename = "ports", tag = 1, omitempty)]
    pub ports: Vec<i32>,
}

/// `PodProxyOptions` (Kubernetes `core/v1`): query parameters of a pod proxy request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodProxyOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1, omitempty)]
    pub path: Str,
}

/// `Sysctl` (Kubernetes `core/v1`): a kernel parameter to set.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Sysctl {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `value`, protobuf field 2.
    #[kcodec(rename = "value", tag = 2)]
    pub value: Str,
}
