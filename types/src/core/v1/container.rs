//! Kubernetes `core/v1`: containers and their ports, environment, mounts, probes, lifecycle hooks,
//! resources and security settings.

use super::*;
use crate::prelude::*;

/// Resource quantities by resource name (Kubernetes `core/v1` `ResourceList`).
pub type ResourceList = BTreeMap<Str, Quantity>;

/// `ContainerPort` (Kubernetes `core/v1`): a network port a container exposes.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerPort {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `hostPort`, protobuf field 2.
    #[kcodec(rename = "hostPort", tag = 2, omitempty)]
    pub host_port: i32,
    /// JSON `containerPort`, protobuf field 3.
    #[kcodec(rename = "containerPort", tag = 3)]
    pub container_port: i32,
    /// JSON `protocol`, protobuf field 4.
    #[kcodec(rename = "protocol", tag = 4, omitempty)]
    pub protocol: Str,
    /// JSON `hostIP`, protobuf field 5.
    #[kcodec(rename = "hostIP", tag = 5, omitempty)]
    pub host_ip: Str,
}

/// `VolumeMount` (Kubernetes `core/v1`): where a volume is mounted in a container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeMount {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `readOnly`, protobuf field 2.
    #[kcodec(rename = "readOnly", tag = 2, omitempty)]
    pub read_only: bool,
    /// JSON `recursiveReadOnly`, protobuf field 7.
    #[kcodec(rename = "recursiveReadOnly", tag = 7, omitempty)]
    pub recursive_read_only: Option<Str>,
    /// JSON `mountPath`, protobuf field 3.
    #[kcodec(rename = "mountPath", tag = 3)]
    pub mount_path: Str,
    /// JSON `subPath`, protobuf field 4.
    #[kcodec(rename = "subPath", tag = 4, omitempty)]
    pub sub_path: Str,
    /// JSON `mountPropagation`, protobuf field 5.
    #[kcodec(rename = "mountPropagation", tag = 5, omitempty)]
    pub mount_propagation: Option<Str>,
    /// JSON `subPathExpr`, protobuf field 6.
    #[kcodec(rename = "subPathExpr", tag = 6, omitempty)]
    pub sub_path_expr: Str,
    /// JSON `bindMountOptions`, protobuf field 8.
    #[kcodec(rename = "bindMountOptions", tag = 8, omitempty)]
    pub bind_mount_options: Vec<Str>,
}

/// `VolumeDevice` (Kubernetes `core/v1`): where a raw block volume appears in a container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeDevice {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `devicePath`, protobuf field 2.
    #[kcodec(rename = "devicePath", tag = 2)]
    pub device_path: Str,
}

/// `EnvVar` (Kubernetes `core/v1`): an environment variable of a container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EnvVar {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `value`, protobuf field 2.
    #[kcodec(rename = "value", tag = 2, omitempty)]
    pub value: Str,
    /// JSON `valueFrom`, protobuf field 3.
    #[kcodec(rename = "valueFrom", tag = 3, omitempty)]
    pub value_from: Option<EnvVarSource>,
}

/// `EnvVarSource` (Kubernetes `core/v1`): where an environment variable's value comes from.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EnvVarSource {
    /// JSON `fieldRef`, protobuf field 1.
    #[kcodec(rename = "fieldRef", tag = 1, omitempty)]
    pub field_ref: Option<ObjectFieldSelector>,
    /// JSON `resourceFieldRef`, protobuf field 2.
    #[kcodec(rename = "resourceFieldRef", tag = 2, omitempty)]
    pub resource_field_ref: Option<ResourceFieldSelector>,
    /// JSON `configMapKeyRef`, protobuf field 3.
    #[kcodec(rename = "configMapKeyRef", tag = 3, omitempty)]
    pub config_map_key_ref: Option<ConfigMapKeySelector>,
    /// JSON `secretKeyRef`, protobuf field 4.
    #[kcodec(rename = "secretKeyRef", tag = 4, omitempty)]
    pub secret_key_ref: Option<SecretKeySelector>,
    /// JSON `fileKeyRef`, protobuf field 5.
    #[kcodec(rename = "fileKeyRef", tag = 5, omitempty)]
    pub file_key_ref: Option<FileKeySelector>,
}

/// `FileKeySelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FileKeySelector {
    /// JSON `volumeName`, protobuf field 1.
    #[kcodec(rename = "volumeName", tag = 1)]
    pub volume_name: Str,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2)]
    pub path: Str,
    /// JSON `key`, protobuf field 3.
    #[kcodec(rename = "key", tag = 3)]
    pub key: Str,
    /// JSON `optional`, protobuf field 4.
    #[kcodec(rename = "optional", tag = 4, omitempty)]
    pub optional: Option<bool>,
}

/// `ObjectFieldSelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ObjectFieldSelector {
    /// JSON `apiVersion`, protobuf field 1.
    #[kcodec(rename = "apiVersion", tag = 1, omitempty)]
    pub api_version: Str,
    /// JSON `fieldPath`, protobuf field 2.
    #[kcodec(rename = "fieldPath", tag = 2)]
    pub field_path: Str,
}

/// `ResourceFieldSelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceFieldSelector {
    /// JSON `containerName`, protobuf field 1.
    #[kcodec(rename = "containerName", tag = 1, omitempty)]
    pub container_name: Str,
    /// JSON `resource`, protobuf field 2.
    #[kcodec(rename = "resource", tag = 2)]
    pub resource: Str,
    /// JSON `divisor`, protobuf field 3.
    #[kcodec(rename = "divisor", tag = 3, omitempty)]
    pub divisor: Quantity,
}

/// `ConfigMapKeySelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapKeySelector {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `key`, protobuf field 2.
    #[kcodec(rename = "key", tag = 2)]
    pub key: Str,
    /// JSON `optional`, protobuf field 3.
    #[kcodec(rename = "optional", tag = 3, omitempty)]
    pub optional: Option<bool>,
}

/// `SecretKeySelector` (Kubernetes `core/v1`): a selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretKeySelector {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `key`, protobuf field 2.
    #[kcodec(rename = "key", tag = 2)]
    pub key: Str,
    /// JSON `optional`, protobuf field 3.
    #[kcodec(rename = "optional", tag = 3, omitempty)]
    pub optional: Option<bool>,
}

/// `EnvFromSource` (Kubernetes `core/v1`): a source of many environment variables at once.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EnvFromSource {
    /// JSON `prefix`, protobuf field 1.
    #[kcodec(rename = "prefix", tag = 1, omitempty)]
    pub prefix: Str,
    /// JSON `configMapRef`, protobuf field 2.
    #[kcodec(rename = "configMapRef", tag = 2, omitempty)]
    pub config_map_ref: Option<ConfigMapEnvSource>,
    /// JSON `secretRef`, protobuf field 3.
    #[kcodec(rename = "secretRef", tag = 3, omitempty)]
    pub secret_ref: Option<SecretEnvSource>,
}

/// `ConfigMapEnvSource` (Kubernetes `core/v1`): a config map used as a source of environment
/// variables.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapEnvSource {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `optional`, protobuf field 2.
    #[kcodec(rename = "optional", tag = 2, omitempty)]
    pub optional: Option<bool>,
}

/// `SecretEnvSource` (Kubernetes `core/v1`): a secret used as a source of environment variables.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretEnvSource {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `optional`, protobuf field 2.
    #[kcodec(rename = "optional", tag = 2, omitempty)]
    pub optional: Option<bool>,
}

/// `HTTPHeader` (Kubernetes `core/v1`): one HTTP header of a probe request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct HTTPHeader {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `value`, protobuf field 2.
    #[kcodec(rename = "value", tag = 2)]
    pub value: Str,
}

/// `HTTPGetAction` (Kubernetes `core/v1`): an action a probe or lifecycle hook performs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct HTTPGetAction {
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1, omitempty)]
    pub path: Str,
    /// JSON `port`, protobuf field 2.
    #[kcodec(rename = "port", tag = 2)]
    pub port: IntOrString,
    /// JSON `host`, protobuf field 3.
    #[kcodec(rename = "host", tag = 3, omitempty)]
    pub host: Str,
    /// JSON `scheme`, protobuf field 4.
    #[kcodec(rename = "scheme", tag = 4, omitempty)]
    pub scheme: Str,
    /// JSON `httpHeaders`, protobuf field 5.
    #[kcodec(rename = "httpHeaders", tag = 5, omitempty)]
    pub http_headers: Vec<HTTPHeader>,
    /// JSON `protocol`, protobuf field 6.
    #[kcodec(rename = "protocol", tag = 6, omitempty)]
    pub protocol: Option<Str>,
}

/// `TCPSocketAction` (Kubernetes `core/v1`): an action a probe or lifecycle hook performs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TCPSocketAction {
    /// JSON `port`, protobuf field 1.
    #[kcodec(rename = "port", tag = 1)]
    pub port: IntOrString,
    /// JSON `host`, protobuf field 2.
    #[kcodec(rename = "host", tag = 2, omitempty)]
    pub host: Str,
}

/// `GRPCAction` (Kubernetes `core/v1`): an action a probe or lifecycle hook performs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GRPCAction {
    /// JSON `port`, protobuf field 1.
    #[kcodec(rename = "port", tag = 1)]
    pub port: i32,
    /// JSON `service`, protobuf field 2.
    #[kcodec(rename = "service", tag = 2)]
    pub service: Option<Str>,
    /// JSON `mode`, protobuf field 3.
    #[kcodec(rename = "mode", tag = 3, omitempty)]
    pub mode: Option<Str>,
}

/// `ExecAction` (Kubernetes `core/v1`): an action a probe or lifecycle hook performs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ExecAction {
    /// JSON `command`, protobuf field 1.
    #[kcodec(rename = "command", tag = 1, omitempty)]
    pub command: Vec<Str>,
}

/// `SleepAction` (Kubernetes `core/v1`): an action a probe or lifecycle hook performs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SleepAction {
    /// JSON `seconds`, protobuf field 1.
    #[kcodec(rename = "seconds", tag = 1)]
    pub seconds: i64,
}

/// `Probe` (Kubernetes `core/v1`): a health check of a container.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Probe {
    /// Inline: the fields of `ProbeHandler` (protobuf field 1, `handler`).
    #[kcodec(inline, tag = 1, proto_name = "handler")]
    pub probe_handler: ProbeHandler,
    /// JSON `initialDelaySeconds`, protobuf field 2.
    #[kcodec(rename = "initialDelaySeconds", tag = 2, omitempty)]
    pub initial_delay_seconds: i32,
    /// JSON `timeoutSeconds`, protobuf field 3.
    #[kcodec(rename = "timeoutSeconds", tag = 3, omitempty)]
    pub timeout_seconds: i32,
    /// JSON `periodSeconds`, protobuf field 4.
    #[kcodec(rename = "periodSeconds", tag = 4, omitempty)]
    pub period_seconds: i32,
    /// JSON `successThreshold`, protobuf field 5.
    #[kcodec(rename = "successThreshold", tag = 5, omitempty)]
    pub success_threshold: i32,
    /// JSON `failureThreshold`, protobuf field 6.
    #[kcodec(rename = "failureThreshold", tag = 6, omitempty)]
    pub failure_threshold: i32,
    /// JSON `terminationGracePeriodSeconds`, protobuf field 7.
    #[kcodec(rename = "terminationGracePeriodSeconds", tag = 7, omitempty)]
    pub termination_grace_period_seconds: Option<i64>,
}

/// `ContainerResizePolicy` (Kubernetes `core/v1`): how a container reacts to a resource resize.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerResizePolicy {
    /// JSON `resourceName`, protobuf field 1.
    #[kcodec(rename = "resourceName", tag = 1)]
    pub resource_name: Str,
    /// JSON `restartPolicy`, protobuf field 2.
    #[kcodec(rename = "restartPolicy", tag = 2)]
    pub restart_policy: Str,
}

/// `Capabilities` (Kubernetes `core/v1`): Linux capabilities to add and drop.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Capabilities {
    /// JSON `add`, protobuf field 1.
    #[kcodec(rename = "add", tag = 1, omitempty)]
    pub add: Vec<Str>,
    /// JSON `drop`, protobuf field 2.
    #[kcodec(rename = "drop", tag = 2, omitempty)]
    pub drop: Vec<Str>,
}

/// `ResourceRequirements` (Kubernetes `core/v1`): compute resource requests and limits.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceRequirements {
    /// JSON `limits`, protobuf field 1.
    #[kcodec(rename = "limits", tag = 1, omitempty)]
    pub limits: BTreeMap<Str, Quantity>,
    /// JSON `requests`, protobuf field 2.
    #[kcodec(rename = "requests", tag = 2, omitempty)]
    pub requests: BTreeMap<Str, Quantity>,
    /// JSON `claims`, protobuf field 3.
    #[kcodec(rename = "claims", tag = 3, omitempty)]
    pub claims: Vec<ResourceClaim>,
}

/// `ResourceClaim` (Kubernetes `core/v1`): a container's use of a pod resource claim.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ResourceClaim {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `request`, protobuf field 2.
    #[kcodec(rename = "request", tag = 2, omitempty)]
    pub request: Str,
}

/// `Container` (Kubernetes `core/v1`): one container of a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Container {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `image`, protobuf field 2.
    #[kcodec(rename = "image", tag = 2, omitempty)]
    pub image: Str,
    /// JSON `command`, protobuf field 3.
    #[kcodec(rename = "command", tag = 3, omitempty)]
    pub command: Vec<Str>,
    /// JSON `args`, protobuf field 4.
    #[kcodec(rename = "args", tag = 4, omitempty)]
    pub args: Vec<Str>,
    /// JSON `workingDir`, protobuf field 5.
    #[kcodec(rename = "workingDir", tag = 5, omitempty)]
    pub working_dir: Str,
    /// JSON `ports`, protobuf field 6.
    #[kcodec(rename = "ports", tag = 6, omitempty)]
    pub ports: Vec<ContainerPort>,
    /// JSON `envFrom`, protobuf field 19.
    #[kcodec(rename = "envFrom", tag = 19, omitempty)]
    pub env_from: Vec<EnvFromSource>,
    /// JSON `env`, protobuf field 7.
    #[kcodec(rename = "env", tag = 7, omitempty)]
    pub env: Vec<EnvVar>,
    /// JSON `resources`, protobuf field 8.
    #[kcodec(rename = "resources", tag = 8, omitempty)]
    pub resources: ResourceRequirements,
    /// JSON `resizePolicy`, protobuf field 23.
    #[kcodec(rename = "resizePolicy", tag = 23, omitempty)]
    pub resize_policy: Vec<ContainerResizePolicy>,
    /// JSON `restartPolicy`, protobuf field 24.
    #[kcodec(rename = "restartPolicy", tag = 24, omitempty)]
    pub restart_policy: Option<Str>,
    /// JSON `restartPolicyRules`, protobuf field 25.
    #[kcodec(rename = "restartPolicyRules", tag = 25, omitempty)]
    pub restart_policy_rules: Vec<ContainerRestartRule>,
    /// JSON `volumeMounts`, protobuf field 9.
    #[kcodec(rename = "volumeMounts", tag = 9, omitempty)]
    pub volume_mounts: Vec<VolumeMount>,
    /// JSON `volumeDevices`, protobuf field 21.
    #[kcodec(rename = "volumeDevices", tag = 21, omitempty)]
    pub volume_devices: Vec<VolumeDevice>,
    /// JSON `livenessProbe`, protobuf field 10.
    #[kcodec(rename = "livenessProbe", tag = 10, omitempty)]
    pub liveness_probe: Option<Probe>,
    /// JSON `readinessProbe`, protobuf field 11.
    #[kcodec(rename = "readinessProbe", tag = 11, omitempty)]
    pub readiness_probe: Option<Probe>,
    /// JSON `startupProbe`, protobuf field 22.
    #[kcodec(rename = "startupProbe", tag = 22, omitempty)]
    pub startup_probe: Option<Probe>,
    /// JSON `lifecycle`, protobuf field 12.
    #[kcodec(rename = "lifecycle", tag = 12, omitempty)]
    pub lifecycle: Option<Lifecycle>,
    /// JSON `terminationMessagePath`, protobuf field 13.
    #[kcodec(rename = "terminationMessagePath", tag = 13, omitempty)]
    pub termination_message_path: Str,
    /// JSON `terminationMessagePolicy`, protobuf field 20.
    #[kcodec(rename = "terminationMessagePolicy", tag = 20, omitempty)]
    pub termination_message_policy: Str,
    /// JSON `imagePullPolicy`, protobuf field 14.
    #[kcodec(rename = "imagePullPolicy", tag = 14, omitempty)]
    pub image_pull_policy: Str,
    /// JSON `securityContext`, protobuf field 15.
    #[kcodec(rename = "securityContext", tag = 15, omitempty)]
    pub security_context: Option<SecurityContext>,
    /// JSON `stdin`, protobuf field 16.
    #[kcodec(rename = "stdin", tag = 16, omitempty)]
    pub stdin: bool,
    /// JSON `stdinOnce`, protobuf field 17.
    #[kcodec(rename = "stdinOnce", tag = 17, omitempty)]
    pub stdin_once: bool,
    /// JSON `tty`, protobuf field 18.
    #[kcodec(rename = "tty", tag = 18, omitempty)]
    pub tty: bool,
}

/// `ProbeHandler` (Kubernetes `core/v1`): what a probe does (exec, HTTP, TCP or gRPC).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ProbeHandler {
    /// JSON `exec`, protobuf field 1.
    #[kcodec(rename = "exec", tag = 1, omitempty)]
    pub exec: Option<ExecAction>,
    /// JSON `httpGet`, protobuf field 2.
    #[kcodec(rename = "httpGet", tag = 2, omitempty)]
    pub http_get: Option<HTTPGetAction>,
    /// JSON `tcpSocket`, protobuf field 3.
    #[kcodec(rename = "tcpSocket", tag = 3, omitempty)]
    pub tcp_socket: Option<TCPSocketAction>,
    /// JSON `grpc`, protobuf field 4.
    #[kcodec(rename = "grpc", tag = 4, omitempty)]
    pub grpc: Option<GRPCAction>,
}

/// `LifecycleHandler` (Kubernetes `core/v1`): what a lifecycle hook does.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LifecycleHandler {
    /// JSON `exec`, protobuf field 1.
    #[kcodec(rename = "exec", tag = 1, omitempty)]
    pub exec: Option<ExecAction>,
    /// JSON `httpGet`, protobuf field 2.
    #[kcodec(rename = "httpGet", tag = 2, omitempty)]
    pub http_get: Option<HTTPGetAction>,
    /// JSON `tcpSocket`, protobuf field 3.
    #[kcodec(rename = "tcpSocket", tag = 3, omitempty)]
    pub tcp_socket: Option<TCPSocketAction>,
    /// JSON `sleep`, protobuf field 4.
    #[kcodec(rename = "sleep", tag = 4, omitempty)]
    pub sleep: Option<SleepAction>,
}

/// `Lifecycle` (Kubernetes `core/v1`): actions run around container start and stop.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Lifecycle {
    /// JSON `postStart`, protobuf field 1.
    #[kcodec(rename = "postStart", tag = 1, omitempty)]
    pub post_start: Option<LifecycleHandler>,
    /// JSON `preStop`, protobuf field 2.
    #[kcodec(rename = "preStop", tag = 2, omitempty)]
    pub pre_stop: Option<LifecycleHandler>,
    /// JSON `stopSignal`, protobuf field 3.
    #[kcodec(rename = "stopSignal", tag = 3, omitempty)]
    pub stop_signal: Option<Str>,
}

/// `ContainerRestartRule` (Kubernetes `core/v1`): a rule deciding whether a container restarts.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerRestartRule {
    /// JSON `action`, protobuf field 1.
    #[kcodec(rename = "action", tag = 1, omitempty)]
    pub action: Str,
    /// JSON `exitCodes`, protobuf field 2.
    #[kcodec(rename = "exitCodes", tag = 2, omitempty)]
    pub exit_codes: Option<ContainerRestartRuleOnExitCodes>,
}

/// `ContainerRestartRuleOnExitCodes` (Kubernetes `core/v1`): exit codes a restart rule matches.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ContainerRestartRuleOnExitCodes {
    /// JSON `operator`, protobuf field 1.
    #[kcodec(rename = "operator", tag = 1, omitempty)]
    pub operator: Str,
    /// JSON `values`, protobuf field 2.
    #[kcodec(rename = "values", tag = 2, omitempty)]
    pub values: Vec<i32>,
}

/// `SeccompProfile` (Kubernetes `core/v1`): a seccomp profile setting.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SeccompProfile {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `localhostProfile`, protobuf field 2.
    #[kcodec(rename = "localhostProfile", tag = 2, omitempty)]
    pub localhost_profile: Option<Str>,
}

/// `AppArmorProfile` (Kubernetes `core/v1`): an AppArmor profile setting.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AppArmorProfile {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `localhostProfile`, protobuf field 2.
    #[kcodec(rename = "localhostProfile", tag = 2, omitempty)]
    pub localhost_profile: Option<Str>,
}

/// `EphemeralContainerCommon` (Kubernetes `core/v1`): the container fields an ephemeral container
/// shares with `Container`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EphemeralContainerCommon {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `image`, protobuf field 2.
    #[kcodec(rename = "image", tag = 2, omitempty)]
    pub image: Str,
    /// JSON `command`, protobuf field 3.
    #[kcodec(rename = "command", tag = 3, omitempty)]
    pub command: Vec<Str>,
    /// JSON `args`, protobuf field 4.
    #[kcodec(rename = "args", tag = 4, omitempty)]
    pub args: Vec<Str>,
    /// JSON `workingDir`, protobuf field 5.
    #[kcodec(rename = "workingDir", tag = 5, omitempty)]
    pub working_dir: Str,
    /// JSON `ports`, protobuf field 6.
    #[kcodec(rename = "ports", tag = 6, omitempty)]
    pub ports: Vec<ContainerPort>,
    /// JSON `envFrom`, protobuf field 19.
    #[kcodec(rename = "envFrom", tag = 19, omitempty)]
    pub env_from: Vec<EnvFromSource>,
    /// JSON `env`, protobuf field 7.
    #[kcodec(rename = "env", tag = 7, omitempty)]
    pub env: Vec<EnvVar>,
    /// JSON `resources`, protobuf field 8.
    #[kcodec(rename = "resources", tag = 8, omitempty)]
    pub resources: ResourceRequirements,
    /// JSON `resizePolicy`, protobuf field 23.
    #[kcodec(rename = "resizePolicy", tag = 23, omitempty)]
    pub resize_policy: Vec<ContainerResizePolicy>,
    /// JSON `restartPolicy`, protobuf field 24.
    #[kcodec(rename = "restartPolicy", tag = 24, omitempty)]
    pub restart_policy: Option<Str>,
    /// JSON `restartPolicyRules`, protobuf field 25.
    #[kcodec(rename = "restartPolicyRules", tag = 25, omitempty)]
    pub restart_policy_rules: Vec<ContainerRestartRule>,
    /// JSON `volumeMounts`, protobuf field 9.
    #[kcodec(rename = "volumeMounts", tag = 9, omitempty)]
    pub volume_mounts: Vec<VolumeMount>,
    /// JSON `volumeDevices`, protobuf field 21.
    #[kcodec(rename = "volumeDevices", tag = 21, omitempty)]
    pub volume_devices: Vec<VolumeDevice>,
    /// JSON `livenessProbe`, protobuf field 10.
    #[kcodec(rename = "livenessProbe", tag = 10, omitempty)]
    pub liveness_probe: Option<Probe>,
    /// JSON `readinessProbe`, protobuf field 11.
    #[kcodec(rename = "readinessProbe", tag = 11, omitempty)]
    pub readiness_probe: Option<Probe>,
    /// JSON `startupProbe`, protobuf field 22.
    #[kcodec(rename = "startupProbe", tag = 22, omitempty)]
    pub startup_probe: Option<Probe>,
    /// JSON `lifecycle`, protobuf field 12.
    #[kcodec(rename = "lifecycle", tag = 12, omitempty)]
    pub lifecycle: Option<Lifecycle>,
    /// JSON `terminationMessagePath`, protobuf field 13.
    #[kcodec(rename = "terminationMessagePath", tag = 13, omitempty)]
    pub termination_message_path: Str,
    /// JSON `terminationMessagePolicy`, protobuf field 20.
    #[kcodec(rename = "terminationMessagePolicy", tag = 20, omitempty)]
    pub termination_message_policy: Str,
    /// JSON `imagePullPolicy`, protobuf field 14.
    #[kcodec(rename = "imagePullPolicy", tag = 14, omitempty)]
    pub image_pull_policy: Str,
    /// JSON `securityContext`, protobuf field 15.
    #[kcodec(rename = "securityContext", tag = 15, omitempty)]
    pub security_context: Option<SecurityContext>,
    /// JSON `stdin`, protobuf field 16.
    #[kcodec(rename = "stdin", tag = 16, omitempty)]
    pub stdin: bool,
    /// JSON `stdinOnce`, protobuf field 17.
    #[kcodec(rename = "stdinOnce", tag = 17, omitempty)]
    pub stdin_once: bool,
    /// JSON `tty`, protobuf field 18.
    #[kcodec(rename = "tty", tag = 18, omitempty)]
    pub tty: bool,
}

/// `EphemeralContainer` (Kubernetes `core/v1`): a container added to a running pod, e.g. for
/// debugging.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EphemeralContainer {
    /// Inline: the fields of `EphemeralContainerCommon` (protobuf field 1, `ephemeralContainerCommon`).
    #[kcodec(inline, tag = 1, proto_name = "ephemeralContainerCommon")]
    pub ephemeral_container_common: EphemeralContainerCommon,
    /// JSON `targetContainerName`, protobuf field 2.
    #[kcodec(rename = "targetContainerName", tag = 2, omitempty)]
    pub target_container_name: Str,
}

/// `SecurityContext` (Kubernetes `core/v1`): container-level security settings.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecurityContext {
    /// JSON `capabilities`, protobuf field 1.
    #[kcodec(rename = "capabilities", tag = 1, omitempty)]
    pub capabilities: Option<Capabilities>,
    /// JSON `privileged`, protobuf field 2.
    #[kcodec(rename = "privileged", tag = 2, omitempty)]
    pub privileged: Option<bool>,
    /// JSON `seLinuxOptions`, protobuf field 3.
    #[kcodec(rename = "seLinuxOptions", tag = 3, omitempty)]
    pub se_linux_options: Option<SELinuxOptions>,
    /// JSON `windowsOptions`, protobuf field 10.
    #[kcodec(rename = "windowsOptions", tag = 10, omitempty)]
    pub windows_options: Option<WindowsSecurityContextOptions>,
    /// JSON `runAsUser`, protobuf field 4.
    #[kcodec(rename = "runAsUser", tag = 4, omitempty)]
    pub run_as_user: Option<i64>,
    /// JSON `runAsGroup`, protobuf field 8.
    #[kcodec(rename = "runAsGroup", tag = 8, omitempty)]
    pub run_as_group: Option<i64>,
    /// JSON `runAsNonRoot`, protobuf field 5.
    #[kcodec(rename = "runAsNonRoot", tag = 5, omitempty)]
    pub run_as_non_root: Option<bool>,
    /// JSON `readOnlyRootFilesystem`, protobuf field 6.
    #[kcodec(rename = "readOnlyRootFilesystem", tag = 6, omitempty)]
    pub read_only_root_filesystem: Option<bool>,
    /// JSON `allowPrivilegeEscalation`, protobuf field 7.
    #[kcodec(rename = "allowPrivilegeEscalation", tag = 7, omitempty)]
    pub allow_privilege_escalation: Option<bool>,
    /// JSON `procMount`, protobuf field 9.
    #[kcodec(rename = "procMount", tag = 9, omitempty)]
    pub proc_mount: Option<Str>,
    /// JSON `seccompProfile`, protobuf field 11.
    #[kcodec(rename = "seccompProfile", tag = 11, omitempty)]
    pub seccomp_profile: Option<SeccompProfile>,
    /// JSON `appArmorProfile`, protobuf field 12.
    #[kcodec(rename = "appArmorProfile", tag = 12, omitempty)]
    pub app_armor_profile: Option<AppArmorProfile>,
}

/// `SELinuxOptions` (Kubernetes `core/v1`): request options.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SELinuxOptions {
    /// JSON `user`, protobuf field 1.
    #[kcodec(rename = "user", tag = 1, omitempty)]
    pub user: Str,
    /// JSON `role`, protobuf field 2.
    #[kcodec(rename = "role", tag = 2, omitempty)]
    pub role: Str,
    /// JSON `type`, protobuf field 3.
    #[kcodec(rename = "type", tag = 3, omitempty)]
    pub type_: Str,
    /// JSON `level`, protobuf field 4.
    #[kcodec(rename = "level", tag = 4, omitempty)]
    pub level: Str,
}

/// `WindowsSecurityContextOptions` (Kubernetes `core/v1`): request options.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WindowsSecurityContextOptions {
    /// JSON `gmsaCredentialSpecName`, protobuf field 1.
    #[kcodec(rename = "gmsaCredentialSpecName", tag = 1, omitempty)]
    pub gmsa_credential_spec_name: Option<Str>,
    /// JSON `gmsaCredentialSpec`, protobuf field 2.
    #[kcodec(rename = "gmsaCredentialSpec", tag = 2, omitempty)]
    pub gmsa_credential_spec: Option<Str>,
    /// JSON `runAsUserName`, protobuf field 3.
    #[kcodec(rename = "runAsUserName", tag = 3, omitempty)]
    pub run_as_user_name: Option<Str>,
    /// JSON `hostProcess`, protobuf field 4.
    #[kcodec(rename = "hostProcess", tag = 4, omitempty)]
    pub host_process: Option<bool>,
}
