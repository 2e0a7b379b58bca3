//! Kubernetes `core/v1`: config maps, secrets and service accounts.

use super::*;
use crate::prelude::*;

/// `ServiceAccount` (Kubernetes `core/v1`): an identity for processes running in pods.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceAccount {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `secrets`, protobuf field 2.
    #[kcodec(rename = "secrets", tag = 2, omitempty)]
    pub secrets: Vec<ObjectReference>,
    /// JSON `imagePullSecrets`, protobuf field 3.
    #[kcodec(rename = "imagePullSecrets", tag = 3, omitempty)]
    pub image_pull_secrets: Vec<LocalObjectReference>,
    /// JSON `automountServiceAccountToken`, protobuf field 4.
    #[kcodec(rename = "automountServiceAccountToken", tag = 4, omitempty)]
    pub automount_service_account_token: Option<bool>,
}

/// `ServiceAccountList` (Kubernetes `core/v1`): a list of `ServiceAccount` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceAccountList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ServiceAccount>>,
}

/// `Secret` (Kubernetes `core/v1`): holds secret data.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Secret {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `immutable`, protobuf field 5.
    #[kcodec(rename = "immutable", tag = 5, omitempty)]
    pub immutable: Option<bool>,
    /// JSON `data`, protobuf field 2.
    #[kcodec(rename = "data", tag = 2, omitempty)]
    pub data: BTreeMap<Str, Binary>,
    /// JSON `stringData`, protobuf field 4.
    #[kcodec(rename = "stringData", tag = 4, omitempty)]
    pub string_data: BTreeMap<Str, Str>,
    /// JSON `type`, protobuf field 3.
    #[kcodec(rename = "type", tag = 3, omitempty)]
    pub type_: Str,
}

/// `SecretList` (Kubernetes `core/v1`): a list of `Secret` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<Secret>>,
}

/// `ConfigMap` (Kubernetes `core/v1`): holds configuration data.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMap {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `immutable`, protobuf field 4.
    #[kcodec(rename = "immutable", tag = 4, omitempty)]
    pub immutable: Option<bool>,
    /// JSON `data`, protobuf field 2.
    #[kcodec(rename = "data", tag = 2, omitempty)]
    pub data: BTreeMap<Str, Str>,
    /// JSON `binaryData`, protobuf field 3.
    #[kcodec(rename = "binaryData", tag = 3, omitempty)]
    pub binary_data: BTreeMap<Str, Binary>,
}

/// `ConfigMapList` (Kubernetes `core/v1`): a list of `ConfigMap` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<ConfigMap>>,
}
