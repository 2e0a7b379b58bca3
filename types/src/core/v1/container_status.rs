//! Kubernetes `core/v1`: container, volume and claim status as reported in a pod's status.

use super::*;
use crate::prelude::*;

/// `ContainerStateWaiting` (Kubernetes `core/v1`): a container that has not started yet.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerStateWaiting {
    /// JSON `reason`, protobuf field 1.
    #[kcodec(rename = "reason", tag = 1, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 2.
    #[kcodec(rename = "message", tag = 2, omitempty)]
    pub message: Str,
}

/// `ContainerStateRunning` (Kubernetes `core/v1`): a running container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerStateRunning {
    /// JSON `startedAt`, protobuf field 1.
    #[kcodec(rename = "startedAt", tag = 1, omitempty)]
    pub started_at: Time,
}

/// `ContainerStateTerminated` (Kubernetes `core/v1`): a container that has exited.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerStateTerminated {
    /// JSON `exitCode`, protobuf field 1.
    #[kcodec(rename = "exitCode", tag = 1)]
    pub exit_code: i32,
    /// JSON `signal`, protobuf field 2.
    #[kcodec(rename = "signal", tag = 2, omitempty)]
    pub signal: i32,
    /// JSON `reason`, protobuf field 3.
    #[kcodec(rename = "reason", tag = 3, omitempty)]
    pub reason: Str,
    /// JSON `message`, protobuf field 4.
    #[kcodec(rename = "message", tag = 4, omitempty)]
    pub message: Str,
    /// JSON `startedAt`, protobuf field 5.
    #[kcodec(rename = "startedAt", tag = 5, omitempty)]
    pub started_at: Time,
    /// JSON `finishedAt`, protobuf field 6.
    #[kcodec(rename = "finishedAt", tag = 6, omitempty)]
    pub finished_at: Time,
    /// JSON `containerID`, protobuf field 7.
    #[kcodec(rename = "containerID", tag = 7, omitempty)]
    pub container_id: Str,
}

/// `ContainerState` (Kubernetes `core/v1`): the state of a container (one member is set).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerState {
    /// JSON `waiting`, protobuf field 1.
    #[kcodec(rename = "waiting", tag = 1, omitempty)]
    pub waiting: Option<ContainerStateWaiting>,
    /// JSON `running`, protobuf field 2.
    #[kcodec(rename = "running", tag = 2, omitempty)]
    pub running: Option<ContainerStateRunning>,
    /// JSON `terminated`, protobuf field 3.
    #[kcodec(rename = "terminated", tag = 3, omitempty)]
    pub terminated: Option<ContainerStateTerminated>,
}

/// `ContainerStatus` (Kubernetes `core/v1`).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerStatus {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `state`, protobuf field 2.
    #[kcodec(rename = "state", tag = 2, omitempty)]
    pub state: ContainerState,
    /// JSON `lastState`, protobuf field 3.
    #[kcodec(rename = "lastState", tag = 3, omitempty)]
    pub last_termination_state: ContainerState,
    /// JSON `ready`, protobuf field 4.
    #[kcodec(rename = "ready", tag = 4)]
    pub ready: bool,
    /// JSON `restartCount`, protobuf field 5.
    #[kcodec(rename = "restartCount", tag = 5)]
    pub restart_count: i32,
    /// JSON `image`, protobuf field 6.
    #[kcodec(rename = "image", tag = 6)]
    pub image: Str,
    /// JSON `imageID`, protobuf field 7.
    #[kcodec(rename = "imageID", tag = 7)]
    pub image_id: Str,
    /// JSON `containerID`, protobuf field 8.
    #[kcodec(rename = "containerID", tag = 8, omitempty)]
    pub container_id: Str,
    /// JSON `started`, protobuf field 9.
    #[kcodec(rename = "started", tag = 9, omitempty)]
    pub started: Option<bool>,
    /// JSON `allocatedResources`, protobuf field 10.
    #[kcodec(rename = "allocatedResources", tag = 10, omitempty)]
    pub allocated_resources: BTreeMap<Str, Quantity>,
    /// JSON `resources`, protobuf field 11.
    #[kcodec(rename = "resources", tag = 11, omitempty)]
    pub resources: Option<ResourceRequirements>,
    /// JSON `volumeMounts`, protobuf field 12.
    #[kcodec(rename = "volumeMounts", tag = 12, omitempty)]
    pub volume_mounts: Vec<VolumeMountStatus>,
    /// JSON `user`, protobuf field 13.
    #[kcodec(rename = "user", tag = 13, omitempty)]
    pub user: Option<ContainerUser>,
    /// JSON `allocatedResourcesStatus`, protobuf field 14.
    #[kcodec(rename = "allocatedResourcesStatus", tag = 14, omitempty)]
    pub allocated_resources_status: Vec<ResourceStatus>,
    /// JSON `stopSignal`, protobuf field 15.
    #[kcodec(rename = "stopSignal", tag = 15, omitempty)]
    pub stop_signal: Option<Str>,
}

/// `ResourceStatus` (Kubernetes `core/v1`): the status of one resource allocated to a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceStatus {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `resources`, protobuf field 2.
    #[kcodec(rename = "resources", tag = 2, omitempty)]
    pub resources: Vec<ResourceHealth>,
}

/// `ResourceHealth` (Kubernetes `core/v1`): health of one device or resource instance.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceHealth {
    /// JSON `resourceID`, protobuf field 1.
    #[kcodec(rename = "resourceID", tag = 1)]
    pub resource_id: Str,
    /// JSON `health`, protobuf field 2.
    #[kcodec(rename = "health", tag = 2, omitempty)]
    pub health: Str,
    /// JSON `message`, protobuf field 6.
    #[kcodec(rename = "message", tag = 6, omitempty)]
    pub message: Option<Str>,
}

/// `ContainerUser` (Kubernetes `core/v1`): the user identity a container runs as.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerUser {
    /// JSON `linux`, protobuf field 1.
    #[kcodec(rename = "linux", tag = 1, omitempty)]
    pub linux: Option<LinuxContainerUser>,
}

/// `LinuxContainerUser` (Kubernetes `core/v1`): the Linux user and groups a container runs as.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LinuxContainerUser {
    /// JSON `uid`, protobuf field 1.
    #[kcodec(rename = "uid", tag = 1)]
    pub uid: i64,
    /// JSON `gid`, protobuf field 2.
    #[kcodec(rename = "gid", tag = 2)]
    pub gid: i64,
    /// JSON `supplementalGroups`, protobuf field 3.
    #[kcodec(rename = "supplementalGroups", tag = 3, omitempty)]
    pub supplemental_groups: Vec<i64>,
}

/// `PodCondition` (Kubernetes `core/v1`): one condition of a `Pod`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodCondition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `observedGeneration`, protobuf field 7.
    #[kcodec(rename = "observedGeneration", tag = 7, omitempty)]
    pub observed_generation: i64,
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

/// `VolumeMountStatus` (Kubernetes `core/v1`).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeMountStatus {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `mountPath`, protobuf field 2.
    #[kcodec(rename = "mountPath", tag = 2)]
    pub mount_path: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `recursiveReadOnly`, protobuf field 4.
    #[kcodec(rename = "recursiveReadOnly", tag = 4, omitempty)]
    pub recursive_read_only: Option<Str>,
    /// JSON `volumeStatus`, protobuf field 5.
    #[kcodec(rename = "volumeStatus", tag = 5, omitempty)]
    pub volume_status: Option<VolumeStatus>,
}

/// `VolumeStatus` (Kubernetes `core/v1`).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeStatus {
    /// JSON `image`, protobuf field 1.
    #[kcodec(rename = "image", tag = 1, omitempty)]
    pub image: Option<ImageVolumeStatus>,
}

/// `ImageVolumeStatus` (Kubernetes `core/v1`): status of an image volume.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ImageVolumeStatus {
    /// JSON `imageRef`, protobuf field 1.
    #[kcodec(rename = "imageRef", tag = 1, omitempty)]
    pub image_ref: Str,
}

/// `PodResourceClaimStatus` (Kubernetes `core/v1`).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodResourceClaimStatus {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `resourceClaimName`, protobuf field 2.
    #[kcodec(rename = "resourceClaimName", tag = 2, omitempty)]
    pub resource_claim_name: Option<Str>,
}

/// `PodExtendedResourceClaimStatus` (Kubernetes `core/v1`): the claim backing a pod's extended
/// resources.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodExtendedResourceClaimStatus {
    /// JSON `requestMappings`, protobuf field 1.
    #[kcodec(rename = "requestMappings", tag = 1)]
    pub request_mappings: Option<Vec<ContainerExtendedResourceRequest>>,
    /// JSON `resourceClaimName`, protobuf field 2.
    #[kcodec(rename = "resourceClaimName", tag = 2)]
    pub resource_claim_name: Str,
}

/// `ContainerExtendedResourceRequest` (Kubernetes `core/v1`): an extended resource request of a
/// container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerExtendedResourceRequest {
    /// JSON `containerName`, protobuf field 1.
    #[kcodec(rename = "containerName", tag = 1)]
    pub container_name: Str,
    /// JSON `resourceName`, protobuf field 2.
    #[kcodec(rename = "resourceName", tag = 2)]
    pub resource_name: Str,
    /// JSON `requestName`, protobuf field 3.
    #[kcodec(rename = "requestName", tag = 3)]
    pub request_name: Str,
}

/// `PodIP` (Kubernetes `core/v1`): one IP address of a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodIP {
    /// JSON `ip`, protobuf field 1.
    #[kcodec(rename = "ip", tag = 1)]
    pub ip: Str,
}

/// `HostIP` (Kubernetes `core/v1`): one IP address of a pod's host.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct HostIP {
    /// JSON `ip`, protobuf field 1.
    #[kcodec(rename = "ip", tag = 1)]
    pub ip: Str,
}
