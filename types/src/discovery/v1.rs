//! Kubernetes `discovery.k8s.io/v1` types: endpoint slices.

use crate::prelude::*;

/// `EndpointSlice` (Kubernetes `discovery/v1`): a slice of the endpoints behind a service.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointSlice {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `addressType`, protobuf field 4.
    #[kcodec(rename = "addressType", tag = 4)]
    pub address_type: Str,
    /// JSON `endpoints`, protobuf field 2.
    #[kcodec(rename = "endpoints", tag = 2)]
    pub endpoints: Option<Vec<Endpoint>>,
    /// JSON `ports`, protobuf field 3.
    #[kcodec(rename = "ports", tag = 3)]
    pub ports: Option<Vec<EndpointPort>>,
}

/// `Endpoint` (Kubernetes `discovery/v1`): one endpoint in an endpoint slice.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Endpoint {
    /// JSON `addresses`, protobuf field 1.
    #[kcodec(rename = "addresses", tag = 1)]
    pub addresses: Option<Vec<Str>>,
    /// JSON `conditions`, protobuf field 2.
    #[kcodec(rename = "conditions", tag = 2, omitempty)]
    pub conditions: EndpointConditions,
    /// JSON `hostname`, protobuf field 3.
    #[kcodec(rename = "hostname", tag = 3, omitempty)]
    pub hostname: Option<Str>,
    /// JSON `targetRef`, protobuf field 4.
    #[kcodec(rename = "targetRef", tag = 4, omitempty)]
    pub target_ref: Option<crate::core::v1::ObjectReference>,
    /// JSON `deprecatedTopology`, protobuf field 5.
    #[kcodec(rename = "deprecatedTopology", tag = 5, omitempty)]
    pub deprecated_topology: BTreeMap<Str, Str>,
    /// JSON `nodeName`, protobuf field 6.
    #[kcodec(rename = "nodeName", tag = 6, omitempty)]
    pub node_name: Option<Str>,
    /// JSON `zone`, protobuf field 7.
    #[kcodec(rename = "zone", tag = 7, omitempty)]
    pub zone: Option<Str>,
    /// JSON `hints`, protobuf field 8.
    #[kcodec(rename = "hints", tag = 8, omitempty)]
    pub hints: Option<EndpointHints>,
}

/// `EndpointConditions` (Kubernetes `discovery/v1`): the state of an endpoint.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointConditions {
    /// JSON `ready`, protobuf field 1.
    #[kcodec(rename = "ready", tag = 1, omitempty)]
    pub ready: Option<bool>,
    /// JSON `serving`, protobuf field 2.
    #[kcodec(rename = "serving", tag = 2, omitempty)]
    pub serving: Option<bool>,
    /// JSON `terminating`, protobuf field 3.
    #[kcodec(rename = "terminating", tag = 3, omitempty)]
    pub terminating: Option<bool>,
}

/// `EndpointHints` (Kubernetes `discovery/v1`): hints for topology-aware routing to an endpoint.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointHints {
    /// JSON `forZones`, protobuf field 1.
    #[kcodec(rename = "forZones", tag = 1, omitempty)]
    pub for_zones: Vec<ForZone>,
    /// JSON `forNodes`, protobuf field 2.
    #[kcodec(rename = "forNodes", tag = 2, omitempty)]
    pub for_nodes: Vec<ForNode>,
}

/// `ForZone` (Kubernetes `discovery/v1`): a zone an endpoint should serve.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ForZone {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
}

/// `ForNode` (Kubernetes `discovery/v1`): a node an endpoint should serve.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ForNode {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
}

/// `EndpointPort` (Kubernetes `discovery/v1`): one port of a set of endpoints.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointPort {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Option<Str>,
    /// JSON `protocol`, protobuf field 2.
    #[kcodec(rename = "protocol", tag = 2, omitempty)]
    pub protocol: Option<Str>,
    /// JSON `port`, protobuf field 3.
    #[kcodec(rename = "port", tag = 3, omitempty)]
    pub port: Option<i32>,
    /// JSON `appProtocol`, protobuf field 4.
    #[kcodec(rename = "appProtocol", tag = 4, omitempty)]
    pub app_protocol: Option<Str>,
}

/// `EndpointSliceList` (Kubernetes `discovery/v1`): a list of `EndpointSlice` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EndpointSliceList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<EndpointSlice>>,
}
