//! Kubernetes `core/v1`: persistent volumes, their claims, and the persistent volume sources.

use super::*;
use crate::prelude::*;

/// `PersistentVolumeSource` (Kubernetes `core/v1`): the backend of a persistent volume (exactly one
/// member is set).
///
/// Its members are boxed to keep the struct small.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeSource {
    /// JSON `gcePersistentDisk`, protobuf field 1.
    #[kcodec(rename = "gcePersistentDisk", tag = 1, omitempty)]
    pub gce_persistent_disk: Option<Box<GCEPersistentDiskVolumeSource>>,
    /// JSON `awsElasticBlockStore`, protobuf field 2.
    #[kcodec(rename = "awsElasticBlockStore", tag = 2, omitempty)]
    pub aws_elastic_block_store: Option<Box<AWSElasticBlockStoreVolumeSource>>,
    /// JSON `hostPath`, protobuf field 3.
    #[kcodec(rename = "hostPath", tag = 3, omitempty)]
    pub host_path: Option<Box<HostPathVolumeSource>>,
    /// JSON `glusterfs`, protobuf field 4.
    #[kcodec(rename = "glusterfs", tag = 4, omitempty)]
    pub glusterfs: Option<Box<GlusterfsPersistentVolumeSource>>,
    /// JSON `nfs`, protobuf field 5.
    #[kcodec(rename = "nfs", tag = 5, omitempty)]
    pub nfs: Option<Box<NFSVolumeSource>>,
    /// JSON `rbd`, protobuf field 6.
    #[kcodec(rename = "rbd", tag = 6, omitempty)]
    pub rbd: Option<Box<RBDPersistentVolumeSource>>,
    /// JSON `iscsi`, protobuf field 7.
    #[kcodec(rename = "iscsi", tag = 7, omitempty)]
    pub iscsi: Option<Box<ISCSIPersistentVolumeSource>>,
    /// JSON `cinder`, protobuf field 8.
    #[kcodec(rename = "cinder", tag = 8, omitempty)]
    pub cinder: Option<Box<CinderPersistentVolumeSource>>,
    /// JSON `cephfs`, protobuf field 9.
    #[kcodec(rename = "cephfs", tag = 9, omitempty)]
    pub ceph_fs: Option<Box<CephFSPersistentVolumeSource>>,
    /// JSON `fc`, protobuf field 10.
    #[kcodec(rename = "fc", tag = 10, omitempty)]
    pub fc: Option<Box<FCVolumeSource>>,
    /// JSON `flocker`, protobuf field 11.
    #[kcodec(rename = "flocker", tag = 11, omitempty)]
    pub flocker: Option<Box<FlockerVolumeSource>>,
    /// JSON `flexVolume`, protobuf field 12.
    #[kcodec(rename = "flexVolume", tag = 12, omitempty)]
    pub flex_volume: Option<Box<FlexPersistentVolumeSource>>,
    /// JSON `azureFile`, protobuf field 13.
    #[kcodec(rename = "azureFile", tag = 13, omitempty)]
    pub azure_file: Option<Box<AzureFilePersistentVolumeSource>>,
    /// JSON `vsphereVolume`, protobuf field 14.
    #[kcodec(rename = "vsphereVolume", tag = 14, omitempty)]
    pub vsphere_volume: Option<Box<VsphereVirtualDiskVolumeSource>>,
    /// JSON `quobyte`, protobuf field 15.
    #[kcodec(rename = "quobyte", tag = 15, omitempty)]
    pub quobyte: Option<Box<QuobyteVolumeSource>>,
    /// JSON `azureDisk`, protobuf field 16.
    #[kcodec(rename = "azureDisk", tag = 16, omitempty)]
    pub azure_disk: Option<Box<AzureDiskVolumeSource>>,
    /// JSON `photonPersistentDisk`, protobuf field 17.
    #[kcodec(rename = "photonPersistentDisk", tag = 17, omitempty)]
    pub photon_persistent_disk: Option<Box<PhotonPersistentDiskVolumeSource>>,
    /// JSON `portworxVolume`, protobuf field 18.
    #[kcodec(rename = "portworxVolume", tag = 18, omitempty)]
    pub portworx_volume: Option<Box<PortworxVolumeSource>>,
    /// JSON `scaleIO`, protobuf field 19.
    #[kcodec(rename = "scaleIO", tag = 19, omitempty)]
    pub scale_io: Option<Box<ScaleIOPersistentVolumeSource>>,
    /// JSON `local`, protobuf field 20.
    #[kcodec(rename = "local", tag = 20, omitempty)]
    pub local: Option<Box<LocalVolumeSource>>,
    /// JSON `storageos`, protobuf field 21.
    #[kcodec(rename = "storageos", tag = 21, omitempty)]
    pub storage_os: Option<Box<StorageOSPersistentVolumeSource>>,
    /// JSON `csi`, protobuf field 22.
    #[kcodec(rename = "csi", tag = 22, omitempty)]
    pub csi: Option<Box<CSIPersistentVolumeSource>>,
}

/// `PersistentVolume` (Kubernetes `core/v1`): a piece of cluster storage.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolume {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: PersistentVolumeSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: PersistentVolumeStatus,
}

/// `PersistentVolumeSpec` (Kubernetes `core/v1`): the desired state of a `PersistentVolume`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeSpec {
    /// JSON `capacity`, protobuf field 1.
    #[kcodec(rename = "capacity", tag = 1, omitempty)]
    pub capacity: BTreeMap<Str, Quantity>,
    /// Inline: the fields of `PersistentVolumeSource` (protobuf field 2, `persistentVolumeSource`).
    #[kcodec(inline, tag = 2, proto_name = "persistentVolumeSource")]
    pub persistent_volume_source: PersistentVolumeSource,
    /// JSON `accessModes`, protobuf field 3.
    #[kcodec(rename = "accessModes", tag = 3, omitempty)]
    pub access_modes: Vec<Str>,
    /// JSON `claimRef`, protobuf field 4.
    #[kcodec(rename = "claimRef", tag = 4, omitempty)]
    pub claim_ref: Option<ObjectReference>,
    /// JSON `persistentVolumeReclaimPolicy`, protobuf field 5.
    #[kcodec(rename = "persistentVolumeReclaimPolicy", tag = 5, omitempty)]
    pub persistent_volume_reclaim_policy: Str,
    /// JSON `storageClassName`, protobuf field 6.
    #[kcodec(rename = "storageClassName", tag = 6, omitempty)]
    pub storage_class_name: Str,
    /// JSON `mountOptions`, protobuf field 7.
    #[kcodec(rename = "mountOptions", tag = 7, omitempty)]
    pub mount_options: Vec<Str>,
    /// JSON `volumeMode`, protobuf field 8.
    #[kcodec(rename = "volumeMode", tag = 8, omitempty)]
    pub volume_mode: Option<Str>,
    /// JSON `nodeAffinity`, protobuf field 9.
    #[kcodec(rename = "nodeAffinity", tag = 9, omitempty)]
    pub node_affinity: Option<VolumeNodeAffinity>,
    /// JSON `volumeAttributesClassName`, protobuf field 10.
    #[kcodec(rename = "volumeAttributesClassName", tag = 10, omitempty)]
    pub volume_attributes_class_name: Option<Str>,
}

/// `VolumeNodeAffinity` (Kubernetes `core/v1`): the nodes a persistent volume can be reached from.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeNodeAffinity {
    /// JSON `required`, protobuf field 1.
    #[kcodec(rename = "required", tag = 1, omitempty)]
    pub required: Option<NodeSelector>,
}

/// `PersistentVolumeStatus` (Kubernetes `core/v1`): the observed state of a `PersistentVolume`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeStatus {
    /// JSON `phase`, protobuf field 1.
    #[kcodec(rename = "phase", tag = 1, omitempty)]
    pub phase: Str,
    /// JSON `message`, protobuf field 2.
    #[kcodec(rename = "message", tag = 2, omitempty)]
    pub message: Str,
    /// JSON `reason`, protobuf field 3.
    #[kcodec(rename = "reason", tag = 3, omitempty)]
    pub reason: Str,
    /// JSON `lastPhaseTransitionTime`, protobuf field 4.
    #[kcodec(rename = "lastPhaseTransitionTime", tag = 4, omitempty)]
    pub last_phase_transition_time: Option<Time>,
}

/// `PersistentVolumeList` (Kubernetes `core/v1`): a list of `PersistentVolume` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<PersistentVolume>>,
}

/// `PersistentVolumeClaim` (Kubernetes `core/v1`): a request for storage by a user.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaim {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2, omitempty)]
    pub spec: PersistentVolumeClaimSpec,
    /// JSON `status`, protobuf field 3. Observed state.
    #[kcodec(rename = "status", tag = 3, omitempty)]
    pub status: PersistentVolumeClaimStatus,
}

/// `PersistentVolumeClaimList` (Kubernetes `core/v1`): a list of `PersistentVolumeClaim` objects.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimList {
    /// Inline `kind` and `apiVersion`.
    #[kcodec(inline)]
    pub type_meta: crate::meta::v1::TypeMeta,
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ListMeta,
    /// JSON `items`, protobuf field 2. The listed objects.
    #[kcodec(rename = "items", tag = 2)]
    pub items: Option<Vec<PersistentVolumeClaim>>,
}

/// `PersistentVolumeClaimSpec` (Kubernetes `core/v1`): the desired state of a
/// `PersistentVolumeClaim`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimSpec {
    /// JSON `accessModes`, protobuf field 1.
    #[kcodec(rename = "accessModes", tag = 1, omitempty)]
    pub access_modes: Vec<Str>,
    /// JSON `selector`, protobuf field 4.
    #[kcodec(rename = "selector", tag = 4, omitempty)]
    pub selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `resources`, protobuf field 2.
    #[kcodec(rename = "resources", tag = 2, omitempty)]
    pub resources: VolumeResourceRequirements,
    /// JSON `volumeName`, protobuf field 3.
    #[kcodec(rename = "volumeName", tag = 3, omitempty)]
    pub volume_name: Str,
    /// JSON `storageClassName`, protobuf field 5.
    #[kcodec(rename = "storageClassName", tag = 5, omitempty)]
    pub storage_class_name: Option<Str>,
    /// JSON `volumeMode`, protobuf field 6.
    #[kcodec(rename = "volumeMode", tag = 6, omitempty)]
    pub volume_mode: Option<Str>,
    /// JSON `dataSource`, protobuf field 7.
    #[kcodec(rename = "dataSource", tag = 7, omitempty)]
    pub data_source: Option<TypedLocalObjectReference>,
    /// JSON `dataSourceRef`, protobuf field 8.
    #[kcodec(rename = "dataSourceRef", tag = 8, omitempty)]
    pub data_source_ref: Option<TypedObjectReference>,
    /// JSON `volumeAttributesClassName`, protobuf field 9.
    #[kcodec(rename = "volumeAttributesClassName", tag = 9, omitempty)]
    pub volume_attributes_class_name: Option<Str>,
}

/// `TypedObjectReference` (Kubernetes `core/v1`): a reference to an object of a given kind, maybe
/// in another namespace.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct TypedObjectReference {
    /// JSON `apiGroup`, protobuf field 1.
    #[kcodec(rename = "apiGroup", tag = 1)]
    pub api_group: Option<Str>,
    /// JSON `kind`, protobuf field 2.
    #[kcodec(rename = "kind", tag = 2)]
    pub kind: Str,
    /// JSON `name`, protobuf field 3.
    #[kcodec(rename = "name", tag = 3)]
    pub name: Str,
    /// JSON `namespace`, protobuf field 4.
    #[kcodec(rename = "namespace", tag = 4, omitempty)]
    pub namespace: Option<Str>,
}

/// `ModifyVolumeStatus` (Kubernetes `core/v1`): progress of a volume attributes class change.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ModifyVolumeStatus {
    /// JSON `targetVolumeAttributesClassName`, protobuf field 1.
    #[kcodec(rename = "targetVolumeAttributesClassName", tag = 1, omitempty)]
    pub target_volume_attributes_class_name: Str,
    /// JSON `status`, protobuf field 2. Observed state.
    #[kcodec(rename = "status", tag = 2)]
    pub status: Str,
}

/// `PersistentVolumeClaimCondition` (Kubernetes `core/v1`): one condition of a
/// `PersistentVolumeClaim`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimCondition {
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

/// `VolumeHealthCondition` (Kubernetes `core/v1`): one health condition of a volume.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeHealthCondition {
    /// JSON `status`, protobuf field 1. Observed state.
    #[kcodec(rename = "status", tag = 1)]
    pub status: Str,
    /// JSON `reason`, protobuf field 2.
    #[kcodec(rename = "reason", tag = 2)]
    pub reason: Str,
    /// JSON `message`, protobuf field 3.
    #[kcodec(rename = "message", tag = 3, omitempty)]
    pub message: Str,
}

/// `VolumeHealthStatus` (Kubernetes `core/v1`): health reported for a volume.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeHealthStatus {
    /// JSON `healthConditions`, protobuf field 1.
    #[kcodec(rename = "healthConditions", tag = 1, omitempty)]
    pub health_conditions: Vec<VolumeHealthCondition>,
    /// JSON `lastTransitionTime`, protobuf field 2.
    #[kcodec(rename = "lastTransitionTime", tag = 2, omitempty)]
    pub last_transition_time: Time,
}

/// `PodVolumeHealth` (Kubernetes `core/v1`): health of a volume as seen by a pod.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodVolumeHealth {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// JSON `healthConditions`, protobuf field 2.
    #[kcodec(rename = "healthConditions", tag = 2, omitempty)]
    pub health_conditions: Vec<VolumeHealthCondition>,
    /// JSON `lastTransitionTime`, protobuf field 3.
    #[kcodec(rename = "lastTransitionTime", tag = 3, omitempty)]
    pub last_transition_time: Time,
}

/// `PersistentVolumeClaimStatus` (Kubernetes `core/v1`): the observed state of a
/// `PersistentVolumeClaim`.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimStatus {
    /// JSON `phase`, protobuf field 1.
    #[kcodec(rename = "phase", tag = 1, omitempty)]
    pub phase: Str,
    /// JSON `accessModes`, protobuf field 2.
    #[kcodec(rename = "accessModes", tag = 2, omitempty)]
    pub access_modes: Vec<Str>,
    /// JSON `capacity`, protobuf field 3.
    #[kcodec(rename = "capacity", tag = 3, omitempty)]
    pub capacity: BTreeMap<Str, Quantity>,
    /// JSON `conditions`, protobuf field 4.
    #[kcodec(rename = "conditions", tag = 4, omitempty)]
    pub conditions: Vec<PersistentVolumeClaimCondition>,
    /// JSON `allocatedResources`, protobuf field 5.
    #[kcodec(rename = "allocatedResources", tag = 5, omitempty)]
    pub allocated_resources: BTreeMap<Str, Quantity>,
    /// JSON `allocatedResourceStatuses`, protobuf field 7.
    #[kcodec(rename = "allocatedResourceStatuses", tag = 7, omitempty)]
    pub allocated_resource_statuses: BTreeMap<Str, Str>,
    /// JSON `currentVolumeAttributesClassName`, protobuf field 8.
    #[kcodec(rename = "currentVolumeAttributesClassName", tag = 8, omitempty)]
    pub current_volume_attributes_class_name: Option<Str>,
    /// JSON `modifyVolumeStatus`, protobuf field 9.
    #[kcodec(rename = "modifyVolumeStatus", tag = 9, omitempty)]
    pub modify_volume_status: Option<ModifyVolumeStatus>,
    /// JSON `healthStatus`, protobuf field 10.
    #[kcodec(rename = "healthStatus", tag = 10, omitempty)]
    pub health_status: Option<VolumeHealthStatus>,
}

/// `GlusterfsPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by
/// Glusterfs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GlusterfsPersistentVolumeSource {
    /// JSON `endpoints`, protobuf field 1.
    #[kcodec(rename = "endpoints", tag = 1)]
    pub endpoints_name: Str,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2)]
    pub path: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `endpointsNamespace`, protobuf field 4.
    #[kcodec(rename = "endpointsNamespace", tag = 4, omitempty)]
    pub endpoints_namespace: Option<Str>,
}

/// `RBDPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by RBD.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RBDPersistentVolumeSource {
    /// JSON `monitors`, protobuf field 1.
    #[kcodec(rename = "monitors", tag = 1)]
    pub ceph_monitors: Option<Vec<Str>>,
    /// JSON `image`, protobuf field 2.
    #[kcodec(rename = "image", tag = 2)]
    pub rbd_image: Str,
    /// JSON `fsType`, protobuf field 3.
    #[kcodec(rename = "fsType", tag = 3, omitempty)]
    pub fs_type: Str,
    /// JSON `pool`, protobuf field 4.
    #[kcodec(rename = "pool", tag = 4, omitempty)]
    pub rbd_pool: Str,
    /// JSON `user`, protobuf field 5.
    #[kcodec(rename = "user", tag = 5, omitempty)]
    pub rados_user: Str,
    /// JSON `keyring`, protobuf field 6.
    #[kcodec(rename = "keyring", tag = 6, omitempty)]
    pub keyring: Str,
    /// JSON `secretRef`, protobuf field 7.
    #[kcodec(rename = "secretRef", tag = 7, omitempty)]
    pub secret_ref: Option<SecretReference>,
    /// JSON `readOnly`, protobuf field 8.
    #[kcodec(rename = "readOnly", tag = 8, omitempty)]
    pub read_only: bool,
}

/// `CinderPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by Cinder.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CinderPersistentVolumeSource {
    /// JSON `volumeID`, protobuf field 1.
    #[kcodec(rename = "volumeID", tag = 1)]
    pub volume_id: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `secretRef`, protobuf field 4.
    #[kcodec(rename = "secretRef", tag = 4, omitempty)]
    pub secret_ref: Option<SecretReference>,
}

/// `SecretReference` (Kubernetes `core/v1`): a reference to another object.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretReference {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// JSON `namespace`, protobuf field 2.
    #[kcodec(rename = "namespace", tag = 2, omitempty)]
    pub namespace: Str,
}

/// `CephFSPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by CephFS.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CephFSPersistentVolumeSource {
    /// JSON `monitors`, protobuf field 1.
    #[kcodec(rename = "monitors", tag = 1)]
    pub monitors: Option<Vec<Str>>,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2, omitempty)]
    pub path: Str,
    /// JSON `user`, protobuf field 3.
    #[kcodec(rename = "user", tag = 3, omitempty)]
    pub user: Str,
    /// JSON `secretFile`, protobuf field 4.
    #[kcodec(rename = "secretFile", tag = 4, omitempty)]
    pub secret_file: Str,
    /// JSON `secretRef`, protobuf field 5.
    #[kcodec(rename = "secretRef", tag = 5, omitempty)]
    pub secret_ref: Option<SecretReference>,
    /// JSON `readOnly`, protobuf field 6.
    #[kcodec(rename = "readOnly", tag = 6, omitempty)]
    pub read_only: bool,
}

/// `FlexPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by Flex.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FlexPersistentVolumeSource {
    /// JSON `driver`, protobuf field 1.
    #[kcodec(rename = "driver", tag = 1)]
    pub driver: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `secretRef`, protobuf field 3.
    #[kcodec(rename = "secretRef", tag = 3, omitempty)]
    pub secret_ref: Option<SecretReference>,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
    /// JSON `options`, protobuf field 5.
    #[kcodec(rename = "options", tag = 5, omitempty)]
    pub options: BTreeMap<Str, Str>,
}

/// `ISCSIPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by ISCSI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ISCSIPersistentVolumeSource {
    /// JSON `targetPortal`, protobuf field 1.
    #[kcodec(rename = "targetPortal", tag = 1)]
    pub target_portal: Str,
    /// JSON `iqn`, protobuf field 2.
    #[kcodec(rename = "iqn", tag = 2)]
    pub iqn: Str,
    /// JSON `lun`, protobuf field 3.
    #[kcodec(rename = "lun", tag = 3)]
    pub lun: i32,
    /// JSON `iscsiInterface`, protobuf field 4.
    #[kcodec(rename = "iscsiInterface", tag = 4, omitempty)]
    pub iscsi_interface: Str,
    /// JSON `fsType`, protobuf field 5.
    #[kcodec(rename = "fsType", tag = 5, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 6.
    #[kcodec(rename = "readOnly", tag = 6, omitempty)]
    pub read_only: bool,
    /// JSON `portals`, protobuf field 7.
    #[kcodec(rename = "portals", tag = 7, omitempty)]
    pub portals: Vec<Str>,
    /// JSON `chapAuthDiscovery`, protobuf field 8.
    #[kcodec(rename = "chapAuthDiscovery", tag = 8, omitempty)]
    pub discovery_chap_auth: bool,
    /// JSON `chapAuthSession`, protobuf field 11.
    #[kcodec(rename = "chapAuthSession", tag = 11, omitempty)]
    pub session_chap_auth: bool,
    /// JSON `secretRef`, protobuf field 10.
    #[kcodec(rename = "secretRef", tag = 10, omitempty)]
    pub secret_ref: Option<SecretReference>,
    /// JSON `initiatorName`, protobuf field 12.
    #[kcodec(rename = "initiatorName", tag = 12, omitempty)]
    pub initiator_name: Option<Str>,
}

/// `AzureFilePersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by
/// AzureFile.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AzureFilePersistentVolumeSource {
    /// JSON `secretName`, protobuf field 1.
    #[kcodec(rename = "secretName", tag = 1)]
    pub secret_name: Str,
    /// JSON `shareName`, protobuf field 2.
    #[kcodec(rename = "shareName", tag = 2)]
    pub share_name: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `secretNamespace`, protobuf field 4.
    #[kcodec(rename = "secretNamespace", tag = 4)]
    pub secret_namespace: Option<Str>,
}

/// `ScaleIOPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by ScaleIO.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ScaleIOPersistentVolumeSource {
    /// JSON `gateway`, protobuf field 1.
    #[kcodec(rename = "gateway", tag = 1)]
    pub gateway: Str,
    /// JSON `system`, protobuf field 2.
    #[kcodec(rename = "system", tag = 2)]
    pub system: Str,
    /// JSON `secretRef`, protobuf field 3.
    #[kcodec(rename = "secretRef", tag = 3)]
    pub secret_ref: Option<SecretReference>,
    /// JSON `sslEnabled`, protobuf field 4.
    #[kcodec(rename = "sslEnabled", tag = 4, omitempty)]
    pub ssl_enabled: bool,
    /// JSON `protectionDomain`, protobuf field 5.
    #[kcodec(rename = "protectionDomain", tag = 5, omitempty)]
    pub protection_domain: Str,
    /// JSON `storagePool`, protobuf field 6.
    #[kcodec(rename = "storagePool", tag = 6, omitempty)]
    pub storage_pool: Str,
    /// JSON `storageMode`, protobuf field 7.
    #[kcodec(rename = "storageMode", tag = 7, omitempty)]
    pub storage_mode: Str,
    /// JSON `volumeName`, protobuf field 8.
    #[kcodec(rename = "volumeName", tag = 8, omitempty)]
    pub volume_name: Str,
    /// JSON `fsType`, protobuf field 9.
    #[kcodec(rename = "fsType", tag = 9, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 10.
    #[kcodec(rename = "readOnly", tag = 10, omitempty)]
    pub read_only: bool,
}

/// `StorageOSPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by
/// StorageOS.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StorageOSPersistentVolumeSource {
    /// JSON `volumeName`, protobuf field 1.
    #[kcodec(rename = "volumeName", tag = 1, omitempty)]
    pub volume_name: Str,
    /// JSON `volumeNamespace`, protobuf field 2.
    #[kcodec(rename = "volumeNamespace", tag = 2, omitempty)]
    pub volume_namespace: Str,
    /// JSON `fsType`, protobuf field 3.
    #[kcodec(rename = "fsType", tag = 3, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
    /// JSON `secretRef`, protobuf field 5.
    #[kcodec(rename = "secretRef", tag = 5, omitempty)]
    pub secret_ref: Option<ObjectReference>,
}

/// `LocalVolumeSource` (Kubernetes `core/v1`): a volume backed by Local.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct LocalVolumeSource {
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1)]
    pub path: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Option<Str>,
}

/// `CSIPersistentVolumeSource` (Kubernetes `core/v1`): a persistent volume backed by CSI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CSIPersistentVolumeSource {
    /// JSON `driver`, protobuf field 1.
    #[kcodec(rename = "driver", tag = 1)]
    pub driver: Str,
    /// JSON `volumeHandle`, protobuf field 2.
    #[kcodec(rename = "volumeHandle", tag = 2)]
    pub volume_handle: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `fsType`, protobuf field 4.
    #[kcodec(rename = "fsType", tag = 4, omitempty)]
    pub fs_type: Str,
    /// JSON `volumeAttributes`, protobuf field 5.
    #[kcodec(rename = "volumeAttributes", tag = 5, omitempty)]
    pub volume_attributes: BTreeMap<Str, Str>,
    /// JSON `controllerPublishSecretRef`, protobuf field 6.
    #[kcodec(rename = "controllerPublishSecretRef", tag = 6, omitempty)]
    pub controller_publish_secret_ref: Option<SecretReference>,
    /// JSON `nodeStageSecretRef`, protobuf field 7.
    #[kcodec(rename = "nodeStageSecretRef", tag = 7, omitempty)]
    pub node_stage_secret_ref: Option<SecretReference>,
    /// JSON `nodePublishSecretRef`, protobuf field 8.
    #[kcodec(rename = "nodePublishSecretRef", tag = 8, omitempty)]
    pub node_publish_secret_ref: Option<SecretReference>,
    /// JSON `controllerExpandSecretRef`, protobuf field 9.
    #[kcodec(rename = "controllerExpandSecretRef", tag = 9, omitempty)]
    pub controller_expand_secret_ref: Option<SecretReference>,
    /// JSON `nodeExpandSecretRef`, protobuf field 10.
    #[kcodec(rename = "nodeExpandSecretRef", tag = 10, omitempty)]
    pub node_expand_secret_ref: Option<SecretReference>,
}

/// `VolumeResourceRequirements` (Kubernetes `core/v1`): storage requests and limits of a claim.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeResourceRequirements {
    /// JSON `limits`, protobuf field 1.
    #[kcodec(rename = "limits", tag = 1, omitempty)]
    pub limits: BTreeMap<Str, Quantity>,
    /// JSON `requests`, protobuf field 2.
    #[kcodec(rename = "requests", tag = 2, omitempty)]
    pub requests: BTreeMap<Str, Quantity>,
}
