//! Kubernetes `core/v1`: services, endpoints and load balancer status.

use super::*;
use crate::prelude::*;

/// `SessionAffinityConfig` (Kubernetes `core/v1`): session affinity settings of a service.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SessionAffinityConfig {
    /// JSON `clientIP`, protobuf field 1.
    #[kcodec(rename = "clientIP", tag = 1, omitempty)]
    pub client_ip: Option<ClientIPConfig>,
}

/// `ClientIPConfig` (Kubernetes `core/v1`): settings of client-IP session affinity.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ClientIPConfig {
    /// JSON `timeoutSeconds`, protobuf field 1.
    #[kcodec(rename = "timeoutSeconds", tag = 1, omitempty)]
    pub timeout_seconds: Option<i32>,
}

/// `ServiceStatus` (Kubernetes `core/v1`): the observed state of a `Service`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceStatus {
    /// JSON `loadBalancer`, protobuf field 1.
    #[kcodec(rename = "loadBalancer", tag = 1, omitempty)]
    pub load_balancer: LoadBalancerStatus,
    /// JSON `conditions`, protobuf field 2.
    #[kcodec(rename = "conditions", tag = 2, omitempty)]
    pub conditions: Vec<crate::meta::v1::Condition>,
}

/// `LoadBalancerStatus` (Kubernetes `core/v1`): the state of a load balancer.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LoadBalancerStatus {
    /// JSON `ingress`, protobuf field 1.
    #[kcodec(rename = "ingress", tag = 1, omitempty)]
    pub ingress: Vec<LoadBalancerIngress>,
}

/// `LoadBalancerIngress` (Kubernetes `core/v1`): one ingress point of a load balancer.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LoadBalancerIngress {
    /// JSON `ip`, protobuf field 1.
    #[kcodec(rename = "ip", tag = 1, omitempty)]
    pub ip: Str,
    /// JSON `hostname`, protobuf field 2.
    #[kcodec(rename = "hostname", tag = 2, omitempty)]
    pub hostname: Str,
    /// JSON `ipMode`, protobuf field 3.
    #[kcodec(rename = "ipMode", tag = 3, omitempty)]
    pub ip_mode: Option<Str>,
    /// JSON `ports`, protobuf field 4.
    #[kcodec(rename = "ports", tag = 4, omitempty)]
    pub ports: Vec<PortStatus>,
}

/// `ServiceSpec` (Kubernetes `core/v1`): the desired state of a `Service`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceSpec {
    /// JSON `ports`, protobuf field 1.
    #[kcodec(rename = "ports", tag = 1, omitempty)]
    pub ports: Vec<ServicePort>,
    /// JSON `selector`, protobuf field 2.
    #[kcodec(rename = "selector", tag = 2, omitempty)]
    pub selector: BTreeMap<Str, Str>,
    /// JSON `clusterIP`, protobuf field 3.
    #[kcodec(rename = "clusterIP", tag = 3, omitempty)]
    pub cluster_ip: Str,
    /// JSON `clusterIPs`, protobuf field 18.
    #[kcodec(rename = "clusterIPs", tag = 18, omitempty)]
    pub cluster_ips: Vec<Str>,
    /// JSON `type`, protobuf field 4.
    #[kcodec(rename = "type", tag = 4, omitempty)]
    pub type_: Str,
    /// JSON `externalIPs`, protobuf field 5.
    #[kcodec(rename = "externalIPs", tag = 5, omitempty)]
    pub external_ips: Vec<Str>,
    /// JSON `sessionAffinity`, protobuf field 7.
    #[kcodec(rename = "sessionAffinity", tag = 7, omitempty)]
    pub session_affinity: Str,
    /// JSON `loadBalancerIP`, protobuf field 8.
    #[kcodec(rename = "loadBalancerIP", tag = 8, omitempty)]
    pub load_balancer_ip: Str,
    /// JSON `loadBalancerSourceRanges`, protobuf field 9.
    #[kcodec(rename = "loadBalancerSourceRanges", tag = 9, omitempty)]
    pub load_balancer_source_ranges: Vec<Str>,
    /// JSON `externalName`, protobuf field 10.
    #[kcodec(rename = "externalName", tag = 10, omitempty)]
    pub external_name: Str,
    /// JSON `externalTrafficPolicy`, protobuf field 11.
    #[kcodec(rename = "externalTrafficPolicy", tag = 11, omitempty)]
    pub external_traffic_policy: Str,
    /// JSON `healthCheckNodePort`, protobuf field 12.
    #[kcodec(rename = "healthCheckNodePort", tag = 12, omitempty)]
    pub health_check_node_port: i32,
    /// JSON `publishNotReadyAddresses`, protobuf field 13.
    #[kcodec(rename = "publishNotReadyAddresses", tag = 13, omitempty)]
    pub publish_not_ready_addresses: bool,
    /// JSON `sessionAffinityConfig`, protobuf field 14.
    #[kcodec(rename = "sessionAffinityConfig", tag = 14, omitempty)]
    pub session_affinity_config: Option<SessionAffinityConfig>,
    /// JSON `ipFamilies`, protobuf field 19.
    #[kcodec(rename = "ipFamilies", tag = 19, omitempty)]
    pub ip_families: Vec<Str>,
    /// JSON `ipFamilyPolicy`, protobuf field 17.
    #[kcodec(rename = "ipFamilyPolicy", tag = 17, omitempty)]
    pub ip_family_policy: Option<Str>,
    /// JSON `allocateLoadBalancerNodePorts`, protobuf field 20.
    #[kcodec(rename = "allocateLoadBalancerNodePorts", tag = 20, omitempty)]
    pub allocate_load_balancer_node_ports: Option<bool>,
    /// JSON `loadBalancerClass`, protobuf field 21.
    #[kcodec(rename = "loadBalancerClass", tag = 21, omitempty)]
    pub load_balancer_class: Option<Str>,
    /// JSON `internalTrafficPolicy`, protobuf field 22.
    #[kcodec(rename = "internalTrafficPolicy", tag = 22, omitempty)]
    pub internal_traffic_policy: Option<Str>,
    /// JSON `trafficDistribution`, protobuf field 23.
    #[kcodec(rename = "trafficDistribution", tag = 23, omitempty)]
    pub traffic_distribution: Option<Str>,
}

/// `ServicePort` (Kubernetes `core/v1`): one port a service exposes.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServicePort {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `protocol`, protobuf field 2.
    #[kcodec(rename = "protocol", tag = 2, omitempty)]
    pub protocol: Str,
    /// JSON `appProtocol`, protobuf field 6.
    #[kcodec(rename = "appProtocol", tag = 6, omitempty)]
    pub app_protocol: Option<Str>,
    /// JSON `port`, protobuf field 3.
    #[kcodec(rename = "port", tag = 3)]
    pub port: i32,
    /// JSON `targetPort`, protobuf field 4.
    #[kcodec(rename = "targetPort", tag = 4, omitempty)]
    pub target_port: IntOrString,
    /// JSON `nodePort`, protobuf field 5.
    #[kcodec(rename = "nodePort", tag = 5, omitempty)]
    pub node_port: i32,
}

/// `Service` (Kubernetes `core/v1`): a stable network endpoint for a set of pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Service {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: ServiceSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: ServiceStatus,
}

/// `ServiceList` (Kubernetes `core/v1`): a list of `Service` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Service>>,
}

/// `Endpoints` (Kubernetes `core/v1`): the addresses behind a service.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Endpoints {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `subsets`, protobuf field 2.
    #[kcodec(rename = "subsets", tag = 2, omitempty)]
    pub subsets: Vec<EndpointSubset>,
}

/// `EndpointSubset` (Kubernetes `core/v1`): a group of addresses with a common set of ports.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointSubset {
    /// JSON `addresses`, protobuf field 1.
    #[kcodec(rename = "addresses", tag = 1, omitempty)]
    pub addresses: Vec<EndpointAddress>,
    /// JSON `notReadyAddresses`, protobuf field 2.
    #[kcodec(rename = "notReadyAddresses", tag = 2, omitempty)]
    pub not_ready_addresses: Vec<EndpointAddress>,
    /// JSON `ports`, protobuf field 3.
    #[kcodec(rename = "ports", tag = 3, omitempty)]
    pub ports: Vec<EndpointPort>,
}

/// `EndpointAddress` (Kubernetes `core/v1`): one address behind a service.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointAddress {
    /// JSON `ip`, protobuf field 1.
    #[kcodec(rename = "ip", tag = 1)]
    pub ip: Str,
    /// JSON `hostname`, protobuf field 3.
    #[kcodec(rename = "hostname", tag = 3, omitempty)]
    pub hostname: Str,
    /// JSON `nodeName`, protobuf field 4.
    #[kcodec(rename = "nodeName", tag = 4, omitempty)]
    pub node_name: Option<Str>,
    /// JSON `targetRef`, protobuf field 2.
    #[kcodec(rename = "targetRef", tag = 2, omitempty)]
    pub target_ref: Option<ObjectReference>,
}

/// `EndpointPort` (Kubernetes `core/v1`): one port of a set of endpoints.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointPort {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `port`, protobuf field 2.
    #[kcodec(rename = "port", tag = 2)]
    pub port: i32,
    /// JSON `protocol`, protobuf field 3.
    #[kcodec(rename = "protocol", tag = 3, omitempty)]
    pub protocol: Str,
    /// JSON `appProtocol`, protobuf field 4.
    #[kcodec(rename = "appProtocol", tag = 4, omitempty)]
    pub app_protocol: Option<Str>,
}

/// `EndpointsList` (Kubernetes `core/v1`): a list of `Endpoints` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointsList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Endpoints>>,
}

/// `ServiceProxyOptions` (Kubernetes `core/v1`): query parameters of a service proxy request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceProxyOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1, omitempty)]
    pub path: Str,
}

/// `PortStatus` (Kubernetes `core/v1`): the status of one service port.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PortStatus {
    /// JSON `port`, protobuf field 1.
    #[kcodec(rename = "port", tag = 1)]
    pub port: i32,
    /// JSON `protocol`, protobuf field 2.
    #[kcodec(rename = "protocol", tag = 2)]
    pub protocol: Str,
    /// JSON `error`, protobuf field 3.
    #[kcodec(rename = "error", tag = 3, omitempty)]
    pub error: Option<Str>,
}
