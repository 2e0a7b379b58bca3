//! Kubernetes `core/v1`: nodes with their spec, status, system info and runtime features.

use super::*;
use crate::prelude::*;

/// `NodeSpec` (Kubernetes `core/v1`): the desired state of a `Node`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSpec {
    /// JSON `podCIDR`, protobuf field 1.
    #[kcodec(rename = "podCIDR", tag = 1, omitempty)]
    pub pod_cidr: Str,
    /// JSON `podCIDRs`, protobuf field 7.
    #[kcodec(rename = "podCIDRs", tag = 7, omitempty)]
    pub pod_cidrs: Vec<Str>,
    /// JSON `providerID`, protobuf field 3.
    #[kcodec(rename = "providerID", tag = 3, omitempty)]
    pub provider_id: Str,
    /// JSON `unschedulable`, protobuf field 4.
    #[kcodec(rename = "unschedulable", tag = 4, omitempty)]
    pub unschedulable: bool,
    /// JSON `taints`, protobuf field 5.
    #[kcodec(rename = "taints", tag = 5, omitempty)]
    pub taints: Vec<Taint>,
    /// JSON `configSource`, protobuf field 6.
    #[kcodec(rename = "configSource", tag = 6, omitempty)]
    pub config_source: Option<NodeConfigSource>,
    /// JSON `externalID`, protobuf field 2.
    #[kcodec(rename = "externalID", tag = 2, omitempty)]
    pub do_not_use_external_id: Str,
    /// JSON `podPreemptionPolicy`, protobuf field 8.
    #[kcodec(rename = "podPreemptionPolicy", tag = 8, omitempty)]
    pub pod_preemption_policy: Option<NodePodPreemptionPolicy>,
}

/// `NodePodPreemptionPolicy` (Kubernetes `core/v1`): how pods on a node may be preempted.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodePodPreemptionPolicy {
    /// JSON `disableResizePreemption`, protobuf field 1.
    #[kcodec(rename = "disableResizePreemption", tag = 1, omitempty)]
    pub disable_resize_preemption: Vec<Str>,
}

/// `NodeConfigSource` (Kubernetes `core/v1`): where a node's configuration comes from.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeConfigSource {
    /// JSON `configMap`, protobuf field 2.
    #[kcodec(rename = "configMap", tag = 2, omitempty)]
    pub config_map: Option<ConfigMapNodeConfigSource>,
}

/// `ConfigMapNodeConfigSource` (Kubernetes `core/v1`): a config map holding node configuration.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapNodeConfigSource {
    /// JSON `namespace`, protobuf field 1.
    #[kcodec(rename = "namespace", tag = 1)]
    pub namespace: Str,
    /// JSON `name`, protobuf field 2.
    #[kcodec(rename = "name", tag = 2)]
    pub name: Str,
    /// JSON `uid`, protobuf field 3.
    #[kcodec(rename = "uid", tag = 3, omitempty)]
    pub uid: Str,
    /// JSON `resourceVersion`, protobuf field 4.
    #[kcodec(rename = "resourceVersion", tag = 4, omitempty)]
    pub resource_version: Str,
    /// JSON `kubeletConfigKey`, protobuf field 5.
    #[kcodec(rename = "kubeletConfigKey", tag = 5)]
    pub kubelet_config_key: Str,
}

/// `DaemonEndpoint` (Kubernetes `core/v1`): the port of a daemon on a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DaemonEndpoint {
    /// JSON `Port`, protobuf field 1.
    #[kcodec(rename = "Port", tag = 1)]
    pub port: i32,
}

/// `NodeDaemonEndpoints` (Kubernetes `core/v1`): the ports of the daemons on a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeDaemonEndpoints {
    /// JSON `kubeletEndpoint`, protobuf field 1.
    #[kcodec(rename = "kubeletEndpoint", tag = 1, omitempty)]
    pub kubelet_endpoint: DaemonEndpoint,
}

/// `NodeRuntimeHandlerFeatures` (Kubernetes `core/v1`): features a runtime handler supports.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeRuntimeHandlerFeatures {
    /// JSON `recursiveReadOnlyMounts`, protobuf field 1.
    #[kcodec(rename = "recursiveReadOnlyMounts", tag = 1, omitempty)]
    pub recursive_read_only_mounts: Option<bool>,
    /// JSON `userNamespaces`, protobuf field 2.
    #[kcodec(rename = "userNamespaces", tag = 2, omitempty)]
    pub user_namespaces: Option<bool>,
}

/// `NodeRuntimeHandler` (Kubernetes `core/v1`): a container runtime handler of a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeRuntimeHandler {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `features`, protobuf field 2.
    #[kcodec(rename = "features", tag = 2, omitempty)]
    pub features: Option<NodeRuntimeHandlerFeatures>,
}

/// `NodeFeatures` (Kubernetes `core/v1`): features a node supports.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeFeatures {
    /// JSON `supplementalGroupsPolicy`, protobuf field 1.
    #[kcodec(rename = "supplementalGroupsPolicy", tag = 1, omitempty)]
    pub supplemental_groups_policy: Option<bool>,
}

/// `NodeSystemInfo` (Kubernetes `core/v1`): identifiers and versions of a node's system.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSystemInfo {
    /// JSON `machineID`, protobuf field 1.
    #[kcodec(rename = "machineID", tag = 1)]
    pub machine_id: Str,
    /// JSON `systemUUID`, protobuf field 2.
    #[kcodec(rename = "systemUUID", tag = 2)]
    pub system_uuid: Str,
    /// JSON `bootID`, protobuf field 3.
    #[kcodec(rename = "bootID", tag = 3)]
    pub boot_id: Str,
    /// JSON `kernelVersion`, protobuf field 4.
    #[kcodec(rename = "kernelVersion", tag = 4)]
    pub kernel_version: Str,
    /// JSON `osImage`, protobuf field 5.
    #[kcodec(rename = "osImage", tag = 5)]
    pub os_image: Str,
    /// JSON `containerRuntimeVersion`, protobuf field 6.
    #[kcodec(rename = "containerRuntimeVersion", tag = 6)]
    pub container_runtime_version: Str,
    /// JSON `kubeletVersion`, protobuf field 7.
    #[kcodec(rename = "kubeletVersion", tag = 7)]
    pub kubelet_version: Str,
    /// JSON `kubeProxyVersion`, protobuf field 8.
    #[kcodec(rename = "kubeProxyVersion", tag = 8)]
    pub kube_proxy_version: Str,
    /// JSON `operatingSystem`, protobuf field 9.
    #[kcodec(rename = "operatingSystem", tag = 9)]
    pub operating_system: Str,
    /// JSON `architecture`, protobuf field 10.
    #[kcodec(rename = "architecture", tag = 10)]
    pub architecture: Str,
    /// JSON `swap`, protobuf field 11.
    #[kcodec(rename = "swap", tag = 11, omitempty)]
    pub swap: Option<NodeSwapStatus>,
}

/// `NodeSwapStatus` (Kubernetes `core/v1`): swap memory of a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeSwapStatus {
    /// JSON `capacity`, protobuf field 1.
    #[kcodec(rename = "capacity", tag = 1, omitempty)]
    pub capacity: Option<i64>,
}

/// `NodeConfigStatus` (Kubernetes `core/v1`): status of a node's dynamic configuration.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeConfigStatus {
    /// JSON `assigned`, protobuf field 1.
    #[kcodec(rename = "assigned", tag = 1, omitempty)]
    pub assigned: Option<NodeConfigSource>,
    /// JSON `active`, protobuf field 2.
    #[kcodec(rename = "active", tag = 2, omitempty)]
    pub active: Option<NodeConfigSource>,
    /// JSON `lastKnownGood`, protobuf field 3.
    #[kcodec(rename = "lastKnownGood", tag = 3, omitempty)]
    pub last_known_good: Option<NodeConfigSource>,
    /// JSON `error`, protobuf field 4.
    #[kcodec(rename = "error", tag = 4, omitempty)]
    pub error: Str,
}

/// `NodeStatus` (Kubernetes `core/v1`): the observed state of a `Node`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeStatus {
    /// JSON `capacity`, protobuf field 1.
    #[kcodec(rename = "capacity", tag = 1, omitempty)]
    pub capacity: BTreeMap<Str, Quantity>,
    /// JSON `allocatable`, protobuf field 2.
    #[kcodec(rename = "allocatable", tag = 2, omitempty)]
    pub allocatable: BTreeMap<Str, Quantity>,
    /// JSON `phase`, protobuf field 3.
    #[kcodec(rename = "phase", tag = 3, omitempty)]
    pub phase: Str,
    /// JSON `conditions`, protobuf field 4.
    #[kcodec(rename = "conditions", tag = 4, omitempty)]
    pub conditions: Vec<NodeCondition>,
    /// JSON `addresses`, protobuf field 5.
    #[kcodec(rename = "addresses", tag = 5, omitempty)]
    pub addresses: Vec<NodeAddress>,
    /// JSON `daemonEndpoints`, protobuf field 6.
    #[kcodec(rename = "daemonEndpoints", tag = 6, omitempty)]
    pub daemon_endpoints: NodeDaemonEndpoints,
    /// JSON `nodeInfo`, protobuf field 7.
    #[kcodec(rename = "nodeInfo", tag = 7, omitempty)]
    pub node_info: NodeSystemInfo,
    /// JSON `images`, protobuf field 8.
    #[kcodec(rename = "images", tag = 8, omitempty)]
    pub images: Vec<ContainerImage>,
    /// JSON `volumesInUse`, protobuf field 9.
    #[kcodec(rename = "volumesInUse", tag = 9, omitempty)]
    pub volumes_in_use: Vec<Str>,
    /// JSON `volumesAttached`, protobuf field 10.
    #[kcodec(rename = "volumesAttached", tag = 10, omitempty)]
    pub volumes_attached: Vec<AttachedVolume>,
    /// JSON `config`, protobuf field 11.
    #[kcodec(rename = "config", tag = 11, omitempty)]
    pub config: Option<NodeConfigStatus>,
    /// JSON `runtimeHandlers`, protobuf field 12.
    #[kcodec(rename = "runtimeHandlers", tag = 12, omitempty)]
    pub runtime_handlers: Vec<NodeRuntimeHandler>,
    /// JSON `features`, protobuf field 13.
    #[kcodec(rename = "features", tag = 13, omitempty)]
    pub features: Option<NodeFeatures>,
    /// JSON `declaredFeatures`, protobuf field 14.
    #[kcodec(rename = "declaredFeatures", tag = 14, omitempty)]
    pub declared_features: Vec<Str>,
}

/// `AttachedVolume` (Kubernetes `core/v1`): a volume attached to a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AttachedVolume {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `devicePath`, protobuf field 2.
    #[kcodec(rename = "devicePath", tag = 2)]
    pub device_path: Str,
}

/// `AvoidPods` (Kubernetes `core/v1`): pods a node would rather not run.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AvoidPods {
    /// JSON `preferAvoidPods`, protobuf field 1.
    #[kcodec(rename = "preferAvoidPods", tag = 1, omitempty)]
    pub prefer_avoid_pods: Vec<PreferAvoidPodsEntry>,
}

/// `PreferAvoidPodsEntry` (Kubernetes `core/v1`): one entry of a node's avoid-pods list.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PreferAvoidPodsEntry {
    /// JSON `podSignature`, protobuf field 1.
    #[kcodec(rename = "podSignature", tag = 1)]
    pub pod_signature: PodSignature,
    /// JSON `evictionTime`, protobuf field 2.
    #[kcodec(rename = "evictionTime", tag = 2, omitempty)]
    pub eviction_time: Time,
    /// JSON `reason`, protobuf field 3.
    #[kcodec(rename = "reason", tag = 3, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 4.
    #[kcodec(rename = "message", tag = 4, omitempty)]
    pub message: Str,
}

/// `PodSignature` (Kubernetes `core/v1`): identifies a group of pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodSignature {
    /// JSON `podController`, protobuf field 1.
    #[kcodec(rename = "podController", tag = 1, omitempty)]
    pub pod_controller: Option<crate::meta::v1::OwnerReference>,
}

/// `ContainerImage` (Kubernetes `core/v1`): an image present on a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerImage {
    /// JSON `names`, protobuf field 1.
    #[kcodec(rename = "names", tag = 1)]
    pub names: Option<Vec<Str>>,
    /// JSON `sizeBytes`, protobuf field 2.
    #[kcodec(rename = "sizeBytes", tag = 2, omitempty)]
    pub size_bytes: i64,
}

/// `NodeCondition` (Kubernetes `core/v1`): one condition of a `Node`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `lastHeartbeatTime`, protobuf field 3.
    #[kcodec(rename = "lastHeartbeatTime", tag = 3, omitempty)]
    pub last_heartbeat_time: Time,
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

/// `NodeAddress` (Kubernetes `core/v1`): one address of a node.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeAddress {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `address`, protobuf field 2.
    #[kcodec(rename = "address", tag = 2)]
    pub address: Str,
}

/// `Node` (Kubernetes `core/v1`): a machine in the cluster.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Node {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: NodeSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: NodeStatus,
}

/// `NodeList` (Kubernetes `core/v1`): a list of `Node` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Node>>,
}

/// `NodeProxyOptions` (Kubernetes `core/v1`): query parameters of a node proxy request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeProxyOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1, omitempty)]
    pub path: Str,
}

/// `NodeAllocatableResourceClaimStatus` (Kubernetes `core/v1`): node-allocatable resources taken by
/// a claim.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeAllocatableResourceClaimStatus {
    /// JSON `resourceClaimName`, protobuf field 1.
    #[kcodec(rename = "resourceClaimName", tag = 1)]
    pub resource_claim_name: Str,
    /// JSON `containers`, protobuf field 2.
    #[kcodec(rename = "containers", tag = 2, omitempty)]
    pub containers: Vec<Str>,
    /// JSON `mapping`, protobuf field 4.
    #[kcodec(rename = "mapping", tag = 4, omitempty)]
    pub mapping: Vec<NodeAllocatableMappedResources>,
    /// JSON `overhead`, protobuf field 5.
    #[kcodec(rename = "overhead", tag = 5, omitempty)]
    pub overhead: Vec<NodeAllocatableOverheadResources>,
}

/// `NodeAllocatableMappedResources` (Kubernetes `core/v1`): resources a claim maps onto node-
/// allocatable ones.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeAllocatableMappedResources {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `quantity`, protobuf field 2.
    #[kcodec(rename = "quantity", tag = 2)]
    pub quantity: Option<Quantity>,
}

/// `NodeAllocatableOverheadResources` (Kubernetes `core/v1`): node-allocatable overhead of a claim.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NodeAllocatableOverheadResources {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `perPod`, protobuf field 2.
    #[kcodec(rename = "perPod", tag = 2, omitempty)]
    pub per_pod: Option<Quantity>,
    /// JSON `perContainer`, protobuf field 3.
    #[kcodec(rename = "perContainer", tag = 3, omitempty)]
    pub per_container: Option<Quantity>,
}
