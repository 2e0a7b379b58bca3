//! Kubernetes `core/v1`: pod volumes and their sources (secrets, config maps, projections, host
//! paths, network and cloud disks).

use super::*;
use crate::prelude::*;

/// `Volume` (Kubernetes `core/v1`): a named volume pods can mount.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Volume {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1)]
    pub name: Str,
    /// Inline: the fields of `VolumeSource` (protobuf field 2, `volumeSource`).
    #[kcodec(inline, tag = 2, proto_name = "volumeSource")]
    pub volume_source: VolumeSource,
}

/// `VolumeSource` (Kubernetes `core/v1`): where a volume's data comes from (exactly one member is
/// set).
///
/// Its members are boxed to keep the struct small.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeSource {
    /// JSON `hostPath`, protobuf field 1.
    #[kcodec(rename = "hostPath", tag = 1, omitempty)]
    pub host_path: Option<Box<HostPathVolumeSource>>,
    /// JSON `emptyDir`, protobuf field 2.
    #[kcodec(rename = "emptyDir", tag = 2, omitempty)]
    pub empty_dir: Option<Box<EmptyDirVolumeSource>>,
    /// JSON `gcePersistentDisk`, protobuf field 3.
    #[kcodec(rename = "gcePersistentDisk", tag = 3, omitempty)]
    pub gce_persistent_disk: Option<Box<GCEPersistentDiskVolumeSource>>,
    /// JSON `awsElasticBlockStore`, protobuf field 4.
    #[kcodec(rename = "awsElasticBlockStore", tag = 4, omitempty)]
    pub aws_elastic_block_store: Option<Box<AWSElasticBlockStoreVolumeSource>>,
    /// JSON `gitRepo`, protobuf field 5.
    #[kcodec(rename = "gitRepo", tag = 5, omitempty)]
    pub git_repo: Option<Box<GitRepoVolumeSource>>,
    /// JSON `secret`, protobuf field 6.
    #[kcodec(rename = "secret", tag = 6, omitempty)]
    pub secret: Option<Box<SecretVolumeSource>>,
    /// JSON `nfs`, protobuf field 7.
    #[kcodec(rename = "nfs", tag = 7, omitempty)]
    pub nfs: Option<Box<NFSVolumeSource>>,
    /// JSON `iscsi`, protobuf field 8.
    #[kcodec(rename = "iscsi", tag = 8, omitempty)]
    pub iscsi: Option<Box<ISCSIVolumeSource>>,
    /// JSON `glusterfs`, protobuf field 9.
    #[kcodec(rename = "glusterfs", tag = 9, omitempty)]
    pub glusterfs: Option<Box<GlusterfsVolumeSource>>,
    /// JSON `persistentVolumeClaim`, protobuf field 10.
    #[kcodec(rename = "persistentVolumeClaim", tag = 10, omitempty)]
    pub persistent_volume_claim: Option<Box<PersistentVolumeClaimVolumeSource>>,
    /// JSON `rbd`, protobuf field 11.
    #[kcodec(rename = "rbd", tag = 11, omitempty)]
    pub rbd: Option<Box<RBDVolumeSource>>,
    /// JSON `flexVolume`, protobuf field 12.
    #[kcodec(rename = "flexVolume", tag = 12, omitempty)]
    pub flex_volume: Option<Box<FlexVolumeSource>>,
    /// JSON `cinder`, protobuf field 13.
    #[kcodec(rename = "cinder", tag = 13, omitempty)]
    pub cinder: Option<Box<CinderVolumeSource>>,
    /// JSON `cephfs`, protobuf field 14.
    #[kcodec(rename = "cephfs", tag = 14, omitempty)]
    pub ceph_fs: Option<Box<CephFSVolumeSource>>,
    /// JSON `flocker`, protobuf field 15.
    #[kcodec(rename = "flocker", tag = 15, omitempty)]
    pub flocker: Option<Box<FlockerVolumeSource>>,
    /// JSON `downwardAPI`, protobuf field 16.
    #[kcodec(rename = "downwardAPI", tag = 16, omitempty)]
    pub downward_api: Option<Box<DownwardAPIVolumeSource>>,
    /// JSON `fc`, protobuf field 17.
    #[kcodec(rename = "fc", tag = 17, omitempty)]
    pub fc: Option<Box<FCVolumeSource>>,
    /// JSON `azureFile`, protobuf field 18.
    #[kcodec(rename = "azureFile", tag = 18, omitempty)]
    pub azure_file: Option<Box<AzureFileVolumeSource>>,
    /// JSON `configMap`, protobuf field 19.
    #[kcodec(rename = "configMap", tag = 19, omitempty)]
    pub config_map: Option<Box<ConfigMapVolumeSource>>,
    /// JSON `vsphereVolume`, protobuf field 20.
    #[kcodec(rename = "vsphereVolume", tag = 20, omitempty)]
    pub vsphere_volume: Option<Box<VsphereVirtualDiskVolumeSource>>,
    /// JSON `quobyte`, protobuf field 21.
    #[kcodec(rename = "quobyte", tag = 21, omitempty)]
    pub quobyte: Option<Box<QuobyteVolumeSource>>,
    /// JSON `azureDisk`, protobuf field 22.
    #[kcodec(rename = "azureDisk", tag = 22, omitempty)]
    pub azure_disk: Option<Box<AzureDiskVolumeSource>>,
    /// JSON `photonPersistentDisk`, protobuf field 23.
    #[kcodec(rename = "photonPersistentDisk", tag = 23, omitempty)]
    pub photon_persistent_disk: Option<Box<PhotonPersistentDiskVolumeSource>>,
    /// JSON `projected`, protobuf field 26.
    #[kcodec(rename = "projected", tag = 26, omitempty)]
    pub projected: Option<Box<ProjectedVolumeSource>>,
    /// JSON `portworxVolume`, protobuf field 24.
    #[kcodec(rename = "portworxVolume", tag = 24, omitempty)]
    pub portworx_volume: Option<Box<PortworxVolumeSource>>,
    /// JSON `scaleIO`, protobuf field 25.
    #[kcodec(rename = "scaleIO", tag = 25, omitempty)]
    pub scale_io: Option<Box<ScaleIOVolumeSource>>,
    /// JSON `storageos`, protobuf field 27.
    #[kcodec(rename = "storageos", tag = 27, omitempty)]
    pub storage_os: Option<Box<StorageOSVolumeSource>>,
    /// JSON `csi`, protobuf field 28.
    #[kcodec(rename = "csi", tag = 28, omitempty)]
    pub csi: Option<Box<CSIVolumeSource>>,
    /// JSON `ephemeral`, protobuf field 29.
    #[kcodec(rename = "ephemeral", tag = 29, omitempty)]
    pub ephemeral: Option<Box<EphemeralVolumeSource>>,
    /// JSON `image`, protobuf field 30.
    #[kcodec(rename = "image", tag = 30, omitempty)]
    pub image: Option<Box<ImageVolumeSource>>,
}

/// `PersistentVolumeClaimVolumeSource` (Kubernetes `core/v1`): a volume backed by
/// PersistentVolumeClaim.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimVolumeSource {
    /// JSON `claimName`, protobuf field 1.
    #[kcodec(rename = "claimName", tag = 1)]
    pub claim_name: Str,
    /// JSON `readOnly`, protobuf field 2.
    #[kcodec(rename = "readOnly", tag = 2, omitempty)]
    pub read_only: bool,
}

/// `HostPathVolumeSource` (Kubernetes `core/v1`): a volume backed by HostPath.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct HostPathVolumeSource {
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1)]
    pub path: Str,
    /// JSON `type`, protobuf field 2.
    #[kcodec(rename = "type", tag = 2, omitempty)]
    pub type_: Option<Str>,
}

/// `EmptyDirVolumeSource` (Kubernetes `core/v1`): a volume backed by EmptyDir.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EmptyDirVolumeSource {
    /// JSON `medium`, protobuf field 1.
    #[kcodec(rename = "medium", tag = 1, omitempty)]
    pub medium: Str,
    /// JSON `sizeLimit`, protobuf field 2.
    #[kcodec(rename = "sizeLimit", tag = 2, omitempty)]
    pub size_limit: Option<Quantity>,
    /// JSON `mode`, protobuf field 3.
    #[kcodec(rename = "mode", tag = 3, omitempty)]
    pub mode: Option<i32>,
}

/// `GlusterfsVolumeSource` (Kubernetes `core/v1`): a volume backed by Glusterfs.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GlusterfsVolumeSource {
    /// JSON `endpoints`, protobuf field 1.
    #[kcodec(rename = "endpoints", tag = 1)]
    pub endpoints_name: Str,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2)]
    pub path: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
}

/// `RBDVolumeSource` (Kubernetes `core/v1`): a volume backed by RBD.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct RBDVolumeSource {
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
    pub secret_ref: Option<LocalObjectReference>,
    /// JSON `readOnly`, protobuf field 8.
    #[kcodec(rename = "readOnly", tag = 8, omitempty)]
    pub read_only: bool,
}

/// `CinderVolumeSource` (Kubernetes `core/v1`): a volume backed by Cinder.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CinderVolumeSource {
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
    pub secret_ref: Option<LocalObjectReference>,
}

/// `CephFSVolumeSource` (Kubernetes `core/v1`): a volume backed by CephFS.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CephFSVolumeSource {
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
    pub secret_ref: Option<LocalObjectReference>,
    /// JSON `readOnly`, protobuf field 6.
    #[kcodec(rename = "readOnly", tag = 6, omitempty)]
    pub read_only: bool,
}

/// `FlockerVolumeSource` (Kubernetes `core/v1`): a volume backed by Flocker.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FlockerVolumeSource {
    /// JSON `datasetName`, protobuf field 1.
    #[kcodec(rename = "datasetName", tag = 1, omitempty)]
    pub dataset_name: Str,
    /// JSON `datasetUUID`, protobuf field 2.
    #[kcodec(rename = "datasetUUID", tag = 2, omitempty)]
    pub dataset_uuid: Str,
}

/// `GCEPersistentDiskVolumeSource` (Kubernetes `core/v1`): a volume backed by GCEPersistentDisk.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GCEPersistentDiskVolumeSource {
    /// JSON `pdName`, protobuf field 1.
    #[kcodec(rename = "pdName", tag = 1)]
    pub pd_name: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `partition`, protobuf field 3.
    #[kcodec(rename = "partition", tag = 3, omitempty)]
    pub partition: i32,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
}

/// `QuobyteVolumeSource` (Kubernetes `core/v1`): a volume backed by Quobyte.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct QuobyteVolumeSource {
    /// JSON `registry`, protobuf field 1.
    #[kcodec(rename = "registry", tag = 1)]
    pub registry: Str,
    /// JSON `volume`, protobuf field 2.
    #[kcodec(rename = "volume", tag = 2)]
    pub volume: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
    /// JSON `user`, protobuf field 4.
    #[kcodec(rename = "user", tag = 4, omitempty)]
    pub user: Str,
    /// JSON `group`, protobuf field 5.
    #[kcodec(rename = "group", tag = 5, omitempty)]
    pub group: Str,
    /// JSON `tenant`, protobuf field 6.
    #[kcodec(rename = "tenant", tag = 6, omitempty)]
    pub tenant: Str,
}

/// `FlexVolumeSource` (Kubernetes `core/v1`): a volume backed by Flex.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FlexVolumeSource {
    /// JSON `driver`, protobuf field 1.
    #[kcodec(rename = "driver", tag = 1)]
    pub driver: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `secretRef`, protobuf field 3.
    #[kcodec(rename = "secretRef", tag = 3, omitempty)]
    pub secret_ref: Option<LocalObjectReference>,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
    /// JSON `options`, protobuf field 5.
    #[kcodec(rename = "options", tag = 5, omitempty)]
    pub options: BTreeMap<Str, Str>,
}

/// `AWSElasticBlockStoreVolumeSource` (Kubernetes `core/v1`): a volume backed by
/// AWSElasticBlockStore.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AWSElasticBlockStoreVolumeSource {
    /// JSON `volumeID`, protobuf field 1.
    #[kcodec(rename = "volumeID", tag = 1)]
    pub volume_id: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `partition`, protobuf field 3.
    #[kcodec(rename = "partition", tag = 3, omitempty)]
    pub partition: i32,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
}

/// `GitRepoVolumeSource` (Kubernetes `core/v1`): a volume backed by GitRepo.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct GitRepoVolumeSource {
    /// JSON `repository`, protobuf field 1.
    #[kcodec(rename = "repository", tag = 1)]
    pub repository: Str,
    /// JSON `revision`, protobuf field 2.
    #[kcodec(rename = "revision", tag = 2, omitempty)]
    pub revision: Str,
    /// JSON `directory`, protobuf field 3.
    #[kcodec(rename = "directory", tag = 3, omitempty)]
    pub directory: Str,
}

/// `SecretVolumeSource` (Kubernetes `core/v1`): a volume backed by Secret.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretVolumeSource {
    /// JSON `secretName`, protobuf field 1.
    #[kcodec(rename = "secretName", tag = 1, omitempty)]
    pub secret_name: Str,
    /// JSON `items`, protobuf field 2.
    #[kcodec(rename = "items", tag = 2, omitempty)]
    pub items: Vec<KeyToPath>,
    /// JSON `defaultMode`, protobuf field 3.
    #[kcodec(rename = "defaultMode", tag = 3, omitempty)]
    pub default_mode: Option<i32>,
    /// JSON `optional`, protobuf field 4.
    #[kcodec(rename = "optional", tag = 4, omitempty)]
    pub optional: Option<bool>,
    /// JSON `defaultUser`, protobuf field 5.
    #[kcodec(rename = "defaultUser", tag = 5, omitempty)]
    pub default_user: Option<i64>,
}

/// `SecretProjection` (Kubernetes `core/v1`): a projected-volume source from Secret.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct SecretProjection {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `items`, protobuf field 2.
    #[kcodec(rename = "items", tag = 2, omitempty)]
    pub items: Vec<KeyToPath>,
    /// JSON `optional`, protobuf field 4.
    #[kcodec(rename = "optional", tag = 4, omitempty)]
    pub optional: Option<bool>,
}

/// `NFSVolumeSource` (Kubernetes `core/v1`): a volume backed by NFS.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct NFSVolumeSource {
    /// JSON `server`, protobuf field 1.
    #[kcodec(rename = "server", tag = 1)]
    pub server: Str,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2)]
    pub path: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
}

/// `ISCSIVolumeSource` (Kubernetes `core/v1`): a volume backed by ISCSI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ISCSIVolumeSource {
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
    pub secret_ref: Option<LocalObjectReference>,
    /// JSON `initiatorName`, protobuf field 12.
    #[kcodec(rename = "initiatorName", tag = 12, omitempty)]
    pub initiator_name: Option<Str>,
}

/// `FCVolumeSource` (Kubernetes `core/v1`): a volume backed by FC.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct FCVolumeSource {
    /// JSON `targetWWNs`, protobuf field 1.
    #[kcodec(rename = "targetWWNs", tag = 1, omitempty)]
    pub target_wwns: Vec<Str>,
    /// JSON `lun`, protobuf field 2.
    #[kcodec(rename = "lun", tag = 2, omitempty)]
    pub lun: Option<i32>,
    /// JSON `fsType`, protobuf field 3.
    #[kcodec(rename = "fsType", tag = 3, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 4.
    #[kcodec(rename = "readOnly", tag = 4, omitempty)]
    pub read_only: bool,
    /// JSON `wwids`, protobuf field 5.
    #[kcodec(rename = "wwids", tag = 5, omitempty)]
    pub wwids: Vec<Str>,
}

/// `AzureFileVolumeSource` (Kubernetes `core/v1`): a volume backed by AzureFile.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AzureFileVolumeSource {
    /// JSON `secretName`, protobuf field 1.
    #[kcodec(rename = "secretName", tag = 1)]
    pub secret_name: Str,
    /// JSON `shareName`, protobuf field 2.
    #[kcodec(rename = "shareName", tag = 2)]
    pub share_name: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
}

/// `VsphereVirtualDiskVolumeSource` (Kubernetes `core/v1`): a volume backed by VsphereVirtualDisk.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VsphereVirtualDiskVolumeSource {
    /// JSON `volumePath`, protobuf field 1.
    #[kcodec(rename = "volumePath", tag = 1)]
    pub volume_path: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `storagePolicyName`, protobuf field 3.
    #[kcodec(rename = "storagePolicyName", tag = 3, omitempty)]
    pub storage_policy_name: Str,
    /// JSON `storagePolicyID`, protobuf field 4.
    #[kcodec(rename = "storagePolicyID", tag = 4, omitempty)]
    pub storage_policy_id: Str,
}

/// `PhotonPersistentDiskVolumeSource` (Kubernetes `core/v1`): a volume backed by
/// PhotonPersistentDisk.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PhotonPersistentDiskVolumeSource {
    /// JSON `pdID`, protobuf field 1.
    #[kcodec(rename = "pdID", tag = 1)]
    pub pd_id: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
}

/// `AzureDiskVolumeSource` (Kubernetes `core/v1`): a volume backed by AzureDisk.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct AzureDiskVolumeSource {
    /// JSON `diskName`, protobuf field 1.
    #[kcodec(rename = "diskName", tag = 1)]
    pub disk_name: Str,
    /// JSON `diskURI`, protobuf field 2.
    #[kcodec(rename = "diskURI", tag = 2)]
    pub data_disk_uri: Str,
    /// JSON `cachingMode`, protobuf field 3.
    #[kcodec(rename = "cachingMode", tag = 3, omitempty)]
    pub caching_mode: Option<Str>,
    /// JSON `fsType`, protobuf field 4.
    #[kcodec(rename = "fsType", tag = 4, omitempty)]
    pub fs_type: Option<Str>,
    /// JSON `readOnly`, protobuf field 5.
    #[kcodec(rename = "readOnly", tag = 5, omitempty)]
    pub read_only: Option<bool>,
    /// JSON `kind`, protobuf field 6.
    #[kcodec(rename = "kind", tag = 6, omitempty)]
    pub kind: Option<Str>,
}

/// `PortworxVolumeSource` (Kubernetes `core/v1`): a volume backed by Portworx.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PortworxVolumeSource {
    /// JSON `volumeID`, protobuf field 1.
    #[kcodec(rename = "volumeID", tag = 1)]
    pub volume_id: Str,
    /// JSON `fsType`, protobuf field 2.
    #[kcodec(rename = "fsType", tag = 2, omitempty)]
    pub fs_type: Str,
    /// JSON `readOnly`, protobuf field 3.
    #[kcodec(rename = "readOnly", tag = 3, omitempty)]
    pub read_only: bool,
}

/// `ScaleIOVolumeSource` (Kubernetes `core/v1`): a volume backed by ScaleIO.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ScaleIOVolumeSource {
    /// JSON `gateway`, protobuf field 1.
    #[kcodec(rename = "gateway", tag = 1)]
    pub gateway: Str,
    /// JSON `system`, protobuf field 2.
    #[kcodec(rename = "system", tag = 2)]
    pub system: Str,
    /// JSON `secretRef`, protobuf field 3.
    #[kcodec(rename = "secretRef", tag = 3)]
    pub secret_ref: Option<LocalObjectReference>,
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

/// `StorageOSVolumeSource` (Kubernetes `core/v1`): a volume backed by StorageOS.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct StorageOSVolumeSource {
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
    pub secret_ref: Option<LocalObjectReference>,
}

/// `ConfigMapVolumeSource` (Kubernetes `core/v1`): a volume backed by ConfigMap.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapVolumeSource {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `items`, protobuf field 2.
    #[kcodec(rename = "items", tag = 2, omitempty)]
    pub items: Vec<KeyToPath>,
    /// JSON `defaultMode`, protobuf field 3.
    #[kcodec(rename = "defaultMode", tag = 3, omitempty)]
    pub default_mode: Option<i32>,
    /// JSON `optional`, protobuf field 4.
    #[kcodec(rename = "optional", tag = 4, omitempty)]
    pub optional: Option<bool>,
    /// JSON `defaultUser`, protobuf field 5.
    #[kcodec(rename = "defaultUser", tag = 5, omitempty)]
    pub default_user: Option<i64>,
}

/// `ConfigMapProjection` (Kubernetes `core/v1`): a projected-volume source from ConfigMap.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ConfigMapProjection {
    /// Inline: the fields of `LocalObjectReference` (protobuf field 1, `localObjectReference`).
    #[kcodec(inline, tag = 1, proto_name = "localObjectReference")]
    pub local_object_reference: LocalObjectReference,
    /// JSON `items`, protobuf field 2.
    #[kcodec(rename = "items", tag = 2, omitempty)]
    pub items: Vec<KeyToPath>,
    /// JSON `optional`, protobuf field 4.
    #[kcodec(rename = "optional", tag = 4, omitempty)]
    pub optional: Option<bool>,
}

/// `ServiceAccountTokenProjection` (Kubernetes `core/v1`): a projected-volume source from
/// ServiceAccountToken.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ServiceAccountTokenProjection {
    /// JSON `audience`, protobuf field 1.
    #[kcodec(rename = "audience", tag = 1, omitempty)]
    pub audience: Str,
    /// JSON `expirationSeconds`, protobuf field 2.
    #[kcodec(rename = "expirationSeconds", tag = 2, omitempty)]
    pub expiration_seconds: Option<i64>,
    /// JSON `path`, protobuf field 3.
    #[kcodec(rename = "path", tag = 3)]
    pub path: Str,
    /// JSON `user`, protobuf field 4.
    #[kcodec(rename = "user", tag = 4, omitempty)]
    pub user: Option<i64>,
}

/// `ClusterTrustBundleProjection` (Kubernetes `core/v1`): a projected-volume source from
/// ClusterTrustBundle.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ClusterTrustBundleProjection {
    /// JSON `name`, protobuf field 1.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Option<Str>,
    /// JSON `signerName`, protobuf field 2.
    #[kcodec(rename = "signerName", tag = 2, omitempty)]
    pub signer_name: Option<Str>,
    /// JSON `labelSelector`, protobuf field 3.
    #[kcodec(rename = "labelSelector", tag = 3, omitempty)]
    pub label_selector: Option<crate::meta::v1::LabelSelector>,
    /// JSON `optional`, protobuf field 5.
    #[kcodec(rename = "optional", tag = 5, omitempty)]
    pub optional: Option<bool>,
    /// JSON `path`, protobuf field 4.
    #[kcodec(rename = "path", tag = 4)]
    pub path: Str,
    /// JSON `user`, protobuf field 6.
    #[kcodec(rename = "user", tag = 6, omitempty)]
    pub user: Option<i64>,
}

/// `PodCertificateProjection` (Kubernetes `core/v1`): a projected-volume source from
/// PodCertificate.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PodCertificateProjection {
    /// JSON `signerName`, protobuf field 1.
    #[kcodec(rename = "signerName", tag = 1, omitempty)]
    pub signer_name: Str,
    /// JSON `keyType`, protobuf field 2.
    #[kcodec(rename = "keyType", tag = 2, omitempty)]
    pub key_type: Str,
    /// JSON `maxExpirationSeconds`, protobuf field 3.
    #[kcodec(rename = "maxExpirationSeconds", tag = 3, omitempty)]
    pub max_expiration_seconds: Option<i32>,
    /// JSON `credentialBundlePath`, protobuf field 4.
    #[kcodec(rename = "credentialBundlePath", tag = 4, omitempty)]
    pub credential_bundle_path: Str,
    /// JSON `keyPath`, protobuf field 5.
    #[kcodec(rename = "keyPath", tag = 5, omitempty)]
    pub key_path: Str,
    /// JSON `certificateChainPath`, protobuf field 6.
    #[kcodec(rename = "certificateChainPath", tag = 6, omitempty)]
    pub certificate_chain_path: Str,
    /// JSON `userAnnotations`, protobuf field 7.
    #[kcodec(rename = "userAnnotations", tag = 7, omitempty)]
    pub user_annotations: BTreeMap<Str, Str>,
    /// JSON `user`, protobuf field 8.
    #[kcodec(rename = "user", tag = 8, omitempty)]
    pub user: Option<i64>,
}

/// `ProjectedVolumeSource` (Kubernetes `core/v1`): a volume backed by Projected.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ProjectedVolumeSource {
    /// JSON `sources`, protobuf field 1.
    #[kcodec(rename = "sources", tag = 1)]
    pub sources: Option<Vec<VolumeProjection>>,
    /// JSON `defaultMode`, protobuf field 2.
    #[kcodec(rename = "defaultMode", tag = 2, omitempty)]
    pub default_mode: Option<i32>,
    /// JSON `defaultUser`, protobuf field 3.
    #[kcodec(rename = "defaultUser", tag = 3, omitempty)]
    pub default_user: Option<i64>,
}

/// `VolumeProjection` (Kubernetes `core/v1`): a projected-volume source from Volume.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct VolumeProjection {
    /// JSON `secret`, protobuf field 1.
    #[kcodec(rename = "secret", tag = 1, omitempty)]
    pub secret: Option<SecretProjection>,
    /// JSON `downwardAPI`, protobuf field 2.
    #[kcodec(rename = "downwardAPI", tag = 2, omitempty)]
    pub downward_api: Option<DownwardAPIProjection>,
    /// JSON `configMap`, protobuf field 3.
    #[kcodec(rename = "configMap", tag = 3, omitempty)]
    pub config_map: Option<ConfigMapProjection>,
    /// JSON `serviceAccountToken`, protobuf field 4.
    #[kcodec(rename = "serviceAccountToken", tag = 4, omitempty)]
    pub service_account_token: Option<ServiceAccountTokenProjection>,
    /// JSON `clusterTrustBundle`, protobuf field 5.
    #[kcodec(rename = "clusterTrustBundle", tag = 5, omitempty)]
    pub cluster_trust_bundle: Option<ClusterTrustBundleProjection>,
    /// JSON `podCertificate`, protobuf field 6.
    #[kcodec(rename = "podCertificate", tag = 6, omitempty)]
    pub pod_certificate: Option<PodCertificateProjection>,
}

/// `KeyToPath` (Kubernetes `core/v1`): maps one key of a config map or secret to a file path.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct KeyToPath {
    /// JSON `key`, protobuf field 1.
    #[kcodec(rename = "key", tag = 1)]
    pub key: Str,
    /// JSON `path`, protobuf field 2.
    #[kcodec(rename = "path", tag = 2)]
    pub path: Str,
    /// JSON `mode`, protobuf field 3.
    #[kcodec(rename = "mode", tag = 3, omitempty)]
    pub mode: Option<i32>,
    /// JSON `user`, protobuf field 4.
    #[kcodec(rename = "user", tag = 4, omitempty)]
    pub user: Option<i64>,
}

/// `CSIVolumeSource` (Kubernetes `core/v1`): a volume backed by CSI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct CSIVolumeSource {
    /// JSON `driver`, protobuf field 1.
    #[kcodec(rename = "driver", tag = 1)]
    pub driver: Str,
    /// JSON `readOnly`, protobuf field 2.
    #[kcodec(rename = "readOnly", tag = 2, omitempty)]
    pub read_only: Option<bool>,
    /// JSON `fsType`, protobuf field 3.
    #[kcodec(rename = "fsType", tag = 3, omitempty)]
    pub fs_type: Option<Str>,
    /// JSON `volumeAttributes`, protobuf field 4.
    #[kcodec(rename = "volumeAttributes", tag = 4, omitempty)]
    pub volume_attributes: BTreeMap<Str, Str>,
    /// JSON `nodePublishSecretRef`, protobuf field 5.
    #[kcodec(rename = "nodePublishSecretRef", tag = 5, omitempty)]
    pub node_publish_secret_ref: Option<LocalObjectReference>,
}

/// `EphemeralVolumeSource` (Kubernetes `core/v1`): a volume backed by Ephemeral.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct EphemeralVolumeSource {
    /// JSON `volumeClaimTemplate`, protobuf field 1.
    #[kcodec(rename = "volumeClaimTemplate", tag = 1, omitempty)]
    pub volume_claim_template: Option<PersistentVolumeClaimTemplate>,
}

/// `PersistentVolumeClaimTemplate` (Kubernetes `core/v1`): the claim an ephemeral volume creates.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct PersistentVolumeClaimTemplate {
    /// JSON `metadata`, protobuf field 1. Standard object metadata.
    #[kcodec(rename = "metadata", tag = 1, omitempty)]
    pub metadata: crate::meta::v1::ObjectMeta,
    /// JSON `spec`, protobuf field 2. Desired state.
    #[kcodec(rename = "spec", tag = 2)]
    pub spec: PersistentVolumeClaimSpec,
}

/// `DownwardAPIVolumeSource` (Kubernetes `core/v1`): a volume backed by DownwardAPI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DownwardAPIVolumeSource {
    /// JSON `items`, protobuf field 1.
    #[kcodec(rename = "items", tag = 1, omitempty)]
    pub items: Vec<DownwardAPIVolumeFile>,
    /// JSON `defaultMode`, protobuf field 2.
    #[kcodec(rename = "defaultMode", tag = 2, omitempty)]
    pub default_mode: Option<i32>,
    /// JSON `defaultUser`, protobuf field 3.
    #[kcodec(rename = "defaultUser", tag = 3, omitempty)]
    pub default_user: Option<i64>,
}

/// `DownwardAPIVolumeFile` (Kubernetes `core/v1`): one file of a downward API volume.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DownwardAPIVolumeFile {
    /// JSON `path`, protobuf field 1.
    #[kcodec(rename = "path", tag = 1)]
    pub path: Str,
    /// JSON `fieldRef`, protobuf field 2.
    #[kcodec(rename = "fieldRef", tag = 2, omitempty)]
    pub field_ref: Option<ObjectFieldSelector>,
    /// JSON `resourceFieldRef`, protobuf field 3.
    #[kcodec(rename = "resourceFieldRef", tag = 3, omitempty)]
    pub resource_field_ref: Option<ResourceFieldSelector>,
    /// JSON `mode`, protobuf field 4.
    #[kcodec(rename = "mode", tag = 4, omitempty)]
    pub mode: Option<i32>,
    /// JSON `user`, protobuf field 5.
    #[kcodec(rename = "user", tag = 5, omitempty)]
    pub user: Option<i64>,
}

/// `DownwardAPIProjection` (Kubernetes `core/v1`): a projected-volume source from DownwardAPI.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct DownwardAPIProjection {
    /// JSON `items`, protobuf field 1.
    #[kcodec(rename = "items", tag = 1, omitempty)]
    pub items: Vec<DownwardAPIVolumeFile>,
}

/// `ImageVolumeSource` (Kubernetes `core/v1`): a volume backed by Image.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct ImageVolumeSource {
    /// JSON `reference`, protobuf field 1.
    #[kcodec(rename = "reference", tag = 1, omitempty)]
    pub reference: Str,
    /// JSON `pullPolicy`, protobuf field 2.
    #[kcodec(rename = "pullPolicy", tag = 2, omitempty)]
    pub pull_policy: Str,
}
