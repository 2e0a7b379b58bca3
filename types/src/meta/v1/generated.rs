//! Kubernetes `meta/v1` types (`k8s.io/apimachinery/pkg/apis/meta/v1`): object and list metadata,
//! status, request options, discovery documents and watch events.

use crate::prelude::*;

use super::Verbs;

/// `TypeMeta` (Kubernetes `meta/v1`): the `kind` and `apiVersion` every top-level object carries.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TypeMeta {
    /// JSON `kind` (not in protobuf).
    #[kcodec(rename = "kind", omitempty)]
    pub kind: Str,
    /// JSON `apiVersion` (not in protobuf).
    #[kcodec(rename = "apiVersion", omitempty)]
    pub api_version: Str,
}

/// `ListMeta` (Kubernetes `meta/v1`): metadata of a list response (resource version, paging token).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ListMeta {
    /// JSON `selfLink`, protobuf field 1.
    #[kcodec(rename = "selfLink", tag = 1, omitempty)]
    pub self_link: Str,
    /// JSON `resourceVersion`, protobuf field 2.
    #[kcodec(rename = "resourceVersion", tag = 2, omitempty)]
    pub resource_version: Str,
    /// JSON `continue`, protobuf field 3.
    #[kcodec(rename = "continue", tag = 3, omitempty)]
    pub continue_: Str,
    /// JSON `remainingItemCount`, protobuf field 4.
    #[kcodec(rename = "remainingItemCount", tag = 4, omitempty)]
    pub remaining_item_count: Option<i64>,
    /// JSON `shardInfo`, protobuf field 5.
    #[kcodec(rename = "shardInfo", tag = 5, omitempty)]
    pub shard_info: Option<ShardInfo>,
}

/// `ShardInfo` (Kubernetes `meta/v1`): the shard selector a list response was filtered with.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ShardInfo {
    /// JSON `selector`, protobuf field 1.
    #[kcodec(rename = "selector", tag = 1)]
    pub selector: Str,
}

/// `ObjectMeta` (Kubernetes `meta/v1`): the metadata every persisted object has (name, namespace,
/// labels, owners, ...).
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ObjectMeta {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `generateName`, protobuf field 2.
    #[kcodec(rename = "generateName", tag = 2, omitempty)]
    pub generate_name: Str,
    /// JSON `namespace`, protobuf field 3.
    #[kcodec(rename = "namespace", tag = 3, omitempty)]
    pub namespace: Str,
    /// JSON `selfLink`, protobuf field 4.
    #[kcodec(rename = "selfLink", tag = 4, omitempty)]
    pub self_link: Str,
    /// JSON `uid`, protobuf field 5.
    #[kcodec(rename = "uid", tag = 5, omitempty)]
    pub uid: Str,
    /// JSON `resourceVersion`, protobuf field 6.
    #[kcodec(rename = "resourceVersion", tag = 6, omitempty)]
    pub resource_version: Str,
    /// JSON `generation`, protobuf field 7.
    #[kcodec(rename = "generation", tag = 7, omitempty)]
    pub generation: i64,
    /// JSON `creationTimestamp`, protobuf field 8.
    #[kcodec(rename = "creationTimestamp", tag = 8, omitempty, omitzero)]
    pub creation_timestamp: Time,
    /// JSON `deletionTimestamp`, protobuf field 9.
    #[kcodec(rename = "deletionTimestamp", tag = 9, omitempty)]
    pub deletion_timestamp: Option<Time>,
    /// JSON `deletionGracePeriodSeconds`, protobuf field 10.
    #[kcodec(rename = "deletionGracePeriodSeconds", tag = 10, omitempty)]
    pub deletion_grace_period_seconds: Option<i64>,
    /// JSON `labels`, protobuf field 11.
    #[kcodec(rename = "labels", tag = 11, omitempty)]
    pub labels: BTreeMap<Str, Str>,
    /// JSON `annotations`, protobuf field 12.
    #[kcodec(rename = "annotations", tag = 12, omitempty)]
    pub annotations: BTreeMap<Str, Str>,
    /// JSON `ownerReferences`, protobuf field 13.
    #[kcodec(rename = "ownerReferences", tag = 13, omitempty)]
    pub owner_references: Vec<OwnerReference>,
    /// JSON `finalizers`, protobuf field 14.
    #[kcodec(rename = "finalizers", tag = 14, omitempty)]
    pub finalizers: Vec<Str>,
    /// JSON `managedFields`, protobuf field 17.
    #[kcodec(rename = "managedFields", tag = 17, omitempty)]
    pub managed_fields: Vec<ManagedFieldsEntry>,
}

/// `OwnerReference` (Kubernetes `meta/v1`): a pointer to the object that owns this one.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct OwnerReference {
    /// JSON `apiVersion`, protobuf field 5.
    #[kcodec(rename = "apiVersion", tag = 5)]
    pub api_version: Str,
    /// JSON `kind`, protobuf field 1.
    #[kcodec(rename = "kind", tag = 1)]
    pub kind: Str,
    /// JSON `name`, protobuf field 3.
    #[kcodec(rename = "name", tag = 3)]
    pub name: Str,
    /// JSON `uid`, protobuf field 4.
    #[kcodec(rename = "uid", tag = 4)]
    pub uid: Str,
    /// JSON `controller`, protobuf field 6.
    #[kcodec(rename = "controller", tag = 6, omitempty)]
    pub controller: Option<bool>,
    /// JSON `blockOwnerDeletion`, protobuf field 7.
    #[kcodec(rename = "blockOwnerDeletion", tag = 7, omitempty)]
    pub block_owner_deletion: Option<bool>,
}

/// `ListOptions` (Kubernetes `meta/v1`): query parameters of a list or watch request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ListOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `labelSelector`, protobuf field 1.
    #[kcodec(rename = "labelSelector", tag = 1, omitempty)]
    pub label_selector: Str,
    /// JSON `fieldSelector`, protobuf field 2.
    #[kcodec(rename = "fieldSelector", tag = 2, omitempty)]
    pub field_selector: Str,
    /// JSON `watch`, protobuf field 3.
    #[kcodec(rename = "watch", tag = 3, omitempty)]
    pub watch: bool,
    /// JSON `allowWatchBookmarks`, protobuf field 9.
    #[kcodec(rename = "allowWatchBookmarks", tag = 9, omitempty)]
    pub allow_watch_bookmarks: bool,
    /// JSON `resourceVersion`, protobuf field 4.
    #[kcodec(rename = "resourceVersion", tag = 4, omitempty)]
    pub resource_version: Str,
    /// JSON `resourceVersionMatch`, protobuf field 10.
    #[kcodec(rename = "resourceVersionMatch", tag = 10, omitempty)]
    pub resource_version_match: Str,
    /// JSON `timeoutSeconds`, protobuf field 5.
    #[kcodec(rename = "timeoutSeconds", tag = 5, omitempty)]
    pub timeout_seconds: Option<i64>,
    /// JSON `limit`, protobuf field 7.
    #[kcodec(rename = "limit", tag = 7, omitempty)]
    pub limit: i64,
    /// JSON `continue`, protobuf field 8.
    #[kcodec(rename = "continue", tag = 8, omitempty)]
    pub continue_: Str,
    /// JSON `sendInitialEvents`, protobuf field 11.
    #[kcodec(rename = "sendInitialEvents", tag = 11, omitempty)]
    pub send_initial_events: Option<bool>,
    /// JSON `shardSelector`, protobuf field 15.
    #[kcodec(rename = "shardSelector", tag = 15, omitempty)]
    pub shard_selector: Str,
}

/// `GetOptions` (Kubernetes `meta/v1`): query parameters of a get request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GetOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `resourceVersion`, protobuf field 1.
    #[kcodec(rename = "resourceVersion", tag = 1, omitempty)]
    pub resource_version: Str,
}

/// `DeleteOptions` (Kubernetes `meta/v1`): options of a delete request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DeleteOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `gracePeriodSeconds`, protobuf field 1.
    #[kcodec(rename = "gracePeriodSeconds", tag = 1, omitempty)]
    pub grace_period_seconds: Option<i64>,
    /// JSON `preconditions`, protobuf field 2.
    #[kcodec(rename = "preconditions", tag = 2, omitempty)]
    pub preconditions: Option<Preconditions>,
    /// JSON `orphanDependents`, protobuf field 3.
    #[kcodec(rename = "orphanDependents", tag = 3, omitempty)]
    pub orphan_dependents: Option<bool>,
    /// JSON `propagationPolicy`, protobuf field 4.
    #[kcodec(rename = "propagationPolicy", tag = 4, omitempty)]
    pub propagation_policy: Option<Str>,
    /// JSON `dryRun`, protobuf field 5.
    #[kcodec(rename = "dryRun", tag = 5, omitempty)]
    pub dry_run: Vec<Str>,
    /// JSON `ignoreStoreReadErrorWithClusterBreakingPotential`, protobuf field 6.
    #[kcodec(
        rename = "ignoreStoreReadErrorWithClusterBreakingPotential",
        tag = 6,
        omitempty
    )]
    pub ignore_store_read_error_with_cluster_breaking_potential: Option<bool>,
}

/// `CreateOptions` (Kubernetes `meta/v1`): query parameters of a create request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CreateOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `dryRun`, protobuf field 1.
    #[kcodec(rename = "dryRun", tag = 1, omitempty)]
    pub dry_run: Vec<Str>,
    /// JSON `fieldManager`, protobuf field 3.
    #[kcodec(rename = "fieldManager", tag = 3, omitempty)]
    pub field_manager: Str,
    /// JSON `fieldValidation`, protobuf field 4.
    #[kcodec(rename = "fieldValidation", tag = 4, omitempty)]
    pub field_validation: Str,
}

/// `PatchOptions` (Kubernetes `meta/v1`): query parameters of a patch request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PatchOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `dryRun`, protobuf field 1.
    #[kcodec(rename = "dryRun", tag = 1, omitempty)]
    pub dry_run: Vec<Str>,
    /// JSON `force`, protobuf field 2.
    #[kcodec(rename = "force", tag = 2, omitempty)]
    pub force: Option<bool>,
    /// JSON `fieldManager`, protobuf field 3.
    #[kcodec(rename = "fieldManager", tag = 3, omitempty)]
    pub field_manager: Str,
    /// JSON `fieldValidation`, protobuf field 4.
    #[kcodec(rename = "fieldValidation", tag = 4, omitempty)]
    pub field_validation: Str,
}

/// `ApplyOptions` (Kubernetes `meta/v1`): options of a server-side apply request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ApplyOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `dryRun`, protobuf field 1.
    #[kcodec(rename = "dryRun", tag = 1, omitempty)]
    pub dry_run: Vec<Str>,
    /// JSON `force`, protobuf field 2.
    #[kcodec(rename = "force", tag = 2)]
    pub force: bool,
    /// JSON `fieldManager`, protobuf field 3.
    #[kcodec(rename = "fieldManager", tag = 3)]
    pub field_manager: Str,
}

/// `UpdateOptions` (Kubernetes `meta/v1`): query parameters of an update request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct UpdateOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `dryRun`, protobuf field 1.
    #[kcodec(rename = "dryRun", tag = 1, omitempty)]
    pub dry_run: Vec<Str>,
    /// JSON `fieldManager`, protobuf field 2.
    #[kcodec(rename = "fieldManager", tag = 2, omitempty)]
    pub field_manager: Str,
    /// JSON `fieldValidation`, protobuf field 3.
    #[kcodec(rename = "fieldValidation", tag = 3, omitempty)]
    pub field_validation: Str,
}

/// `Preconditions` (Kubernetes `meta/v1`): conditions that must hold before a delete goes ahead.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Preconditions {
    /// JSON `uid`, protobuf field 1.
    #[kcodec(rename = "uid", tag = 1, omitempty)]
    pub uid: Option<Str>,
    /// JSON `resourceVersion`, protobuf field 2.
    #[kcodec(rename = "resourceVersion", tag = 2, omitempty)]
    pub resource_version: Option<Str>,
}

/// `Status` (Kubernetes `meta/v1`): the result of a call that returns no object, often an error.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Status {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: ListMeta,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2, omitempty)]
    pub status: Str,
    /// JSON `message`, protobuf field 3.
    #[kcodec(rename = "message", tag = 3, omitempty)]
    pub message: Str,
    /// JSON `reason`, protobuf field 4.
    #[kcodec(rename = "reason", tag = 4, omitempty)]
    pub reason: Str,
    /// JSON `details`, protobuf field 5.
    #[kcodec(rename = "details", tag = 5, omitempty)]
    pub details: Option<StatusDetails>,
    /// JSON `code`, protobuf field 6.
    #[kcodec(rename = "code", tag = 6, omitempty)]
    pub code: i32,
}

/// `StatusDetails` (Kubernetes `meta/v1`): extra, machine-readable data about a `Status`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatusDetails {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `group`, protobuf field 2.
    #[kcodec(rename = "group", tag = 2, omitempty)]
    pub group: Str,
    /// JSON `kind`, protobuf field 3.
    #[kcodec(rename = "kind", tag = 3, omitempty)]
    pub kind: Str,
    /// JSON `uid`, protobuf field 6.
    #[kcodec(rename = "uid", tag = 6, omitempty)]
    pub uid: Str,
    /// JSON `causes`, protobuf field 4.
    #[kcodec(rename = "causes", tag = 4, omitempty)]
    pub causes: Vec<StatusCause>,
    /// JSON `retryAfterSeconds`, protobuf field 5.
    #[kcodec(rename = "retryAfterSeconds", tag = 5, omitempty)]
    pub retry_after_seconds: i32,
}

/// `StatusCause` (Kubernetes `meta/v1`): one specific reason behind a `Status`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StatusCause {
    /// JSON `reason`, protobuf field 1.
    #[kcodec(rename = "reason", tag = 1, omitempty)]
    pub type_: Str,
    /// JSON `message`, protobuf field 2.
    #[kcodec(rename = "message", tag = 2, omitempty)]
    pub message: Str,
    /// JSON `field`, protobuf field 3.
    #[kcodec(rename = "field", tag = 3, omitempty)]
    pub field: Str,
}

/// `List` (Kubernetes `meta/v1`): a list of objects of any kind.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct List {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<RawExtension>>,
}

/// `APIVersions` (Kubernetes `meta/v1`): the API versions served at `/api`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct APIVersions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `versions`, protobuf field 1.
    #[kcodec(rename = "versions", tag = 1)]
    pub versions: Option<Vec<Str>>,
    /// JSON `serverAddressByClientCIDRs`, protobuf field 2.
    #[kcodec(rename = "serverAddressByClientCIDRs", tag = 2)]
    pub server_address_by_client_cidrs: Option<Vec<ServerAddressByClientCIDR>>,
}

/// `APIGroupList` (Kubernetes `meta/v1`): the API groups a server serves.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct APIGroupList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `groups`, protobuf field 1.
    #[kcodec(rename = "groups", tag = 1)]
    pub groups: Option<Vec<APIGroup>>,
}

/// `APIGroup` (Kubernetes `meta/v1`): one API group and its versions.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct APIGroup {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `versions`, protobuf field 2.
    #[kcodec(rename = "versions", tag = 2)]
    pub versions: Option<Vec<GroupVersionForDiscovery>>,
    /// JSON `preferredVersion`, protobuf field 3.
    #[kcodec(rename = "preferredVersion", tag = 3, omitempty)]
    pub preferred_version: GroupVersionForDiscovery,
    /// JSON `serverAddressByClientCIDRs`, protobuf field 4.
    #[kcodec(rename = "serverAddressByClientCIDRs", tag = 4, omitempty)]
    pub server_address_by_client_cidrs: Vec<ServerAddressByClientCIDR>,
}

/// `ServerAddressByClientCIDR` (Kubernetes `meta/v1`): the server address to use for clients in a
/// CIDR.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServerAddressByClientCIDR {
    /// JSON `clientCIDR`, protobuf field 1.
    #[kcodec(rename = "clientCIDR", tag = 1)]
    pub client_cidr: Str,
    /// JSON `serverAddress`, protobuf field 2.
    #[kcodec(rename = "serverAddress", tag = 2)]
    pub server_address: Str,
}

/// `GroupVersionForDiscovery` (Kubernetes `meta/v1`): a group version as listed by discovery.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GroupVersionForDiscovery {
    /// JSON `groupVersion`, protobuf field 1.
    #[kcodec(rename = "groupVersion", tag = 1)]
    pub group_version: Str,
    /// JSON `version`, protobuf field 2.
    #[kcodec(rename = "version", tag = 2)]
    pub version: Str,
}

/// `APIResource` (Kubernetes `meta/v1`): one resource served in a group version.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct APIResource {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `singularName`, protobuf field 6.
    #[kcodec(rename = "singularName", tag = 6)]
    pub singular_name: Str,
    /// JSON `namespaced`, protobuf field 2.
    #[kcodec(rename = "namespaced", tag = 2)]
    pub namespaced: bool,
    /// JSON `group`, protobuf field 8.
    #[kcodec(rename = "group", tag = 8, omitempty)]
    pub group: Str,
    /// JSON `version`, protobuf field 9.
    #[kcodec(rename = "version", tag = 9, omitempty)]
    pub version: Str,
    /// JSON `kind`, protobuf field 3.
    #[kcodec(rename = "kind", tag = 3)]
    pub kind: Str,
    /// JSON `verbs`, protobuf field 4.
    #[kcodec(rename = "verbs", tag = 4)]
    pub verbs: Option<Verbs>,
    /// JSON `shortNames`, protobuf field 5.
    #[kcodec(rename = "shortNames", tag = 5, omitempty)]
    pub short_names: Vec<Str>,
    /// JSON `categories`, protobuf field 7.
    #[kcodec(rename = "categories", tag = 7, omitempty)]
    pub categories: Vec<Str>,
    /// JSON `storageVersionHash`, protobuf field 10.
    #[kcodec(rename = "storageVersionHash", tag = 10, omitempty)]
    pub storage_version_hash: Str,
}

/// `APIResourceList` (Kubernetes `meta/v1`): the resources served in one group version.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct APIResourceList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `groupVersion`, protobuf field 1.
    #[kcodec(rename = "groupVersion", tag = 1)]
    pub group_version: Str,
    /// JSON `resources`, protobuf field 2.
    #[kcodec(rename = "resources", tag = 2)]
    pub api_resources: Option<Vec<APIResource>>,
}

/// `RootPaths` (Kubernetes `meta/v1`): the paths a server serves at its root.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RootPaths {
    /// JSON `paths`, protobuf field 1.
    #[kcodec(rename = "paths", tag = 1)]
    pub paths: Option<Vec<Str>>,
}

/// `LabelSelector` (Kubernetes `meta/v1`): a query over labels.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LabelSelector {
    /// JSON `matchLabels`, protobuf field 1.
    #[kcodec(rename = "matchLabels", tag = 1, omitempty)]
    pub match_labels: BTreeMap<Str, Str>,
    /// JSON `matchExpressions`, protobuf field 2.
    #[kcodec(rename = "matchExpressions", tag = 2, omitempty)]
    pub match_expressions: Vec<LabelSelectorRequirement>,
}

/// `LabelSelectorRequirement` (Kubernetes `meta/v1`): one label test inside a `LabelSelector`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LabelSelectorRequirement {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2)]
    pub operator: Str,
    /// JSON `values`, protobuf field 3.
    #[kcodec(rename = "values", tag = 3, omitempty)]
    pub values: Vec<Str>,
}

/// `FieldSelectorRequirement` (Kubernetes `meta/v1`): one field test inside a field selector.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FieldSelectorRequirement {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `operator`, protobuf field 2.
    #[kcodec(rename = "operator", tag = 2)]
    pub operator: Str,
    /// JSON `values`, protobuf field 3.
    #[kcodec(rename = "values", tag = 3, omitempty)]
    pub values: Vec<Str>,
}

/// `ManagedFieldsEntry` (Kubernetes `meta/v1`): which manager owns which fields, for server-side
/// apply.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ManagedFieldsEntry {
    /// JSON `manager`, protobuf field 1.
    #[kcodec(rename = "manager", tag = 1, omitempty)]
    pub manager: Str,
    /// JSON `operation`, protobuf field 2.
    #[kcodec(rename = "operation", tag = 2, omitempty)]
    pub operation: Str,
    /// JSON `apiVersion`, protobuf field 3.
    #[kcodec(rename = "apiVersion", tag = 3, omitempty)]
    pub api_version: Str,
    /// JSON `time`, protobuf field 4.
    #[kcodec(rename = "time", tag = 4, omitempty)]
    pub time: Option<Time>,
    /// JSON `fieldsType`, protobuf field 6.
    #[kcodec(rename = "fieldsType", tag = 6, omitempty)]
    pub fields_type: Str,
    /// JSON `fieldsV1`, protobuf field 7.
    #[kcodec(rename = "fieldsV1", tag = 7, omitempty)]
    pub fields_v1: Option<FieldsV1>,
    /// JSON `subresource`, protobuf field 8.
    #[kcodec(rename = "subresource", tag = 8, omitempty)]
    pub subresource: Str,
}

/// `TableColumnDefinition` (Kubernetes `meta/v1`): one column of a table response.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TableColumnDefinition {
    /// JSON `name` (not in protobuf).
    #[kcodec(rename = "name")]
    pub name: Str,
    /// JSON `type` (not in protobuf).
    #[kcodec(rename = "type")]
    pub type_: Str,
    /// JSON `format` (not in protobuf).
    #[kcodec(rename = "format")]
    pub format: Str,
    /// JSON `description` (not in protobuf).
    #[kcodec(rename = "description")]
    pub description: Str,
    /// JSON `priority` (not in protobuf).
    #[kcodec(rename = "priority")]
    pub priority: i32,
}

/// `TableRowCondition` (Kubernetes `meta/v1`): a condition on a row of a table response.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TableRowCondition {
    /// JSON `type` (not in protobuf).
    #[kcodec(rename = "type")]
    pub type_: Str,
    /// JSON `status` (not in protobuf). Observed state.
    #[kcodec(rename = "status")]
    pub status: Str,
    /// JSON `reason` (not in protobuf).
    #[kcodec(rename = "reason", omitempty)]
    pub reason: Str,
    /// JSON `message` (not in protobuf).
    #[kcodec(rename = "message", omitempty)]
    pub message: Str,
}

/// `TableOptions` (Kubernetes `meta/v1`): options of a table (`as=Table`) request.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TableOptions {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `includeObject`, protobuf field 1.
    #[kcodec(rename = "includeObject", tag = 1, omitempty)]
    pub include_object: Str,
}

/// `PartialObjectMetadata` (Kubernetes `meta/v1`): only the metadata of an object.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PartialObjectMetadata {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: ObjectMeta,
}

/// `PartialObjectMetadataList` (Kubernetes `meta/v1`): a list of object metadata.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PartialObjectMetadataList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<PartialObjectMetadata>>,
}

/// `Condition` (Kubernetes `meta/v1`): one condition of an object, in the shape shared across APIs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Condition {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
    /// JSON `observedGeneration`, protobuf field 3.
    #[kcodec(rename = "observedGeneration", tag = 3, omitempty)]
    pub observed_generation: i64,
    /// JSON `lastTransitionTime`, protobuf field 4.
    #[kcodec(rename = "lastTransitionTime", tag = 4)]
    pub last_transition_time: Time,
    /// JSON `reason`, protobuf field 5.
    #[kcodec(rename = "reason", tag = 5)]
    pub reason: Str,
    /// JSON `message`, protobuf field 6.
    #[kcodec(rename = "message", tag = 6)]
    pub message: Str,
}

/// `WatchEvent` (Kubernetes `meta/v1`): one event of a watch stream, with its type and object.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct WatchEvent {
    /// JSON `type`, protobuf field 1.
    #[kcodec(rename = "type", tag = 1)]
    pub type_: Str,
    /// JSON `object`, protobuf field 2.
    #[kcodec(rename = "object", tag = 2)]
    pub object: RawExtension,
}
