//! Which registered kinds are served as REST resources, under which plural name and scope.
//!
//! The registry (`kcodec_types::registry`) knows kinds, not resources. A kind is served when
//! the registry also holds its `…List` kind (that is how Kubernetes' storable types come in
//! pairs); options, reviews and meta kinds have no list and are left out.
//!
//! * **Plural**: Kubernetes' guess rule (`meta.UnsafeGuessKindToResource`): the kind in
//!   lower case, `+es` after a final `s`, `y` → `ies`, else `+s`; the one served exception in
//!   `k8s.io/api` is `Endpoints`, whose resource is `endpoints`.
//! * **Scope**: cluster-scoped kinds are the types marked `+genclient:nonNamespaced` in
//!   `k8s.io/api/**/types.go` (the list below was read from the sources at the commit the
//!   types crate was generated from; a kind name is cluster-scoped in every group version it
//!   appears in). Everything else is namespaced.

use std::collections::HashMap;
use std::sync::OnceLock;

use kcodec_types::registry::{self, Kind};

/// Kinds marked `+genclient:nonNamespaced` somewhere in `k8s.io/api`.
const CLUSTER_SCOPED: &[&str] = &[
    "CSIDriver",
    "CSINode",
    "CertificateSigningRequest",
    "ClusterRole",
    "ClusterRoleBinding",
    "ClusterTrustBundle",
    "ComponentStatus",
    "DeviceClass",
    "DeviceTaintRule",
    "FlowSchema",
    "IPAddress",
    "ImageReview",
    "IngressClass",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "ResourcePoolStatusRequest",
    "ResourceSlice",
    "RuntimeClass",
    "SelfSubjectAccessReview",
    "SelfSubjectReview",
    "SelfSubjectRulesReview",
    "ServiceCIDR",
    "StorageClass",
    "StorageVersion",
    "StorageVersionMigration",
    "SubjectAccessReview",
    "TokenReview",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration",
    "VolumeAttachment",
    "VolumeAttributesClass",
];

/// Short names kubectl resolves (`kubectl get po`), as the API server's REST storage of
/// each resource declares them (`ShortNames()` in k8s.io/kubernetes `pkg/registry`): (group,
/// kind, short name). Only the group that declares them gets them (`deploy` is `apps`, not
/// the old `extensions`), else kubectl warns that a short name is ambiguous.
const SHORT_NAMES: &[(&str, &str, &str)] = &[
    ("", "ConfigMap", "cm"),
    ("", "Endpoints", "ep"),
    ("", "Event", "ev"),
    ("", "LimitRange", "limits"),
    ("", "Namespace", "ns"),
    ("", "Node", "no"),
    ("", "PersistentVolume", "pv"),
    ("", "PersistentVolumeClaim", "pvc"),
    ("", "Pod", "po"),
    ("", "ReplicationController", "rc"),
    ("", "ResourceQuota", "quota"),
    ("", "Service", "svc"),
    ("", "ServiceAccount", "sa"),
    ("apps", "DaemonSet", "ds"),
    ("apps", "Deployment", "deploy"),
    ("apps", "ReplicaSet", "rs"),
    ("apps", "StatefulSet", "sts"),
    ("autoscaling", "HorizontalPodAutoscaler", "hpa"),
    ("batch", "CronJob", "cj"),
    ("certificates.k8s.io", "CertificateSigningRequest", "csr"),
    ("networking.k8s.io", "Ingress", "ing"),
    ("networking.k8s.io", "NetworkPolicy", "netpol"),
    ("policy", "PodDisruptionBudget", "pdb"),
    ("scheduling.k8s.io", "PriorityClass", "pc"),
    ("storage.k8s.io", "StorageClass", "sc"),
];

/// The short name of a kind in a group, if it has one.
pub fn short_name(group: &str, kind: &str) -> Option<&'static str> {
    SHORT_NAMES
        .iter()
        .find(|(g, k, _)| *g == group && *k == kind)
        .map(|(_, _, s)| *s)
}

/// A served resource: one kind in one group version.
#[derive(Debug)]
pub struct Resource {
    /// Position in [`all`] (the store's key for this resource).
    pub index: usize,
    /// The object kind.
    pub kind: &'static Kind,
    /// Its list kind (`PodList`).
    pub list_kind: &'static Kind,
    /// The URL segment (`pods`).
    pub plural: String,
    /// The singular name (`pod`).
    pub singular: String,
    /// Whether objects live in namespaces.
    pub namespaced: bool,
    /// `apiVersion` (`v1`, `apps/v1`).
    pub api_version: String,
}

/// Kubernetes' plural guess for a kind, with its exceptions.
pub fn plural(kind: &str) -> String {
    let lower = kind.to_ascii_lowercase();
    if kind == "Endpoints" {
        return lower;
    }
    if lower.ends_with('s') {
        format!("{lower}es")
    } else if let Some(stem) = lower.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{lower}s")
    }
}

/// Whether objects of `kind` live in namespaces.
pub fn namespaced(kind: &str) -> bool {
    !CLUSTER_SCOPED.contains(&kind)
}

/// Every served resource, in registry order.
pub fn all() -> &'static [Resource] {
    static ALL: OnceLock<Vec<Resource>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for kind in registry::kinds() {
            if kind.is_meta() || kind.kind.ends_with("List") {
                continue;
            }
            let api_version = kind.api_version();
            let Some(list_kind) = registry::lookup(&api_version, &format!("{}List", kind.kind))
            else {
                continue;
            };
            if list_kind.is_meta() {
                continue;
            }
            out.push(Resource {
                index: out.len(),
                kind,
                list_kind,
                plural: plural(kind.kind),
                singular: kind.kind.to_ascii_lowercase(),
                namespaced: namespaced(kind.kind),
                api_version,
            });
        }
        out
    })
}

/// The resource served at `group`/`version`/`plural`.
pub fn find(group: &str, version: &str, plural: &str) -> Option<&'static Resource> {
    static INDEX: OnceLock<HashMap<(String, String, String), usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        all()
            .iter()
            .map(|r| {
                let key = (
                    r.kind.group.to_string(),
                    r.kind.version.to_string(),
                    r.plural.clone(),
                );
                (key, r.index)
            })
            .collect()
    });
    index
        .get(&(group.to_string(), version.to_string(), plural.to_string()))
        .map(|&i| &all()[i])
}

/// The served resources of one group version.
pub fn of_group_version<'a>(
    group: &'a str,
    version: &'a str,
) -> impl Iterator<Item = &'static Resource> + 'a {
    all()
        .iter()
        .filter(move |r| r.kind.group == group && r.kind.version == version)
}

/// Every served group (not the core group) with its versions, in registry order.
pub fn groups() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for r in all() {
        if r.kind.group.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(g, _)| *g == r.kind.group) {
            Some((_, versions)) => {
                if !versions.contains(&r.kind.version) {
                    versions.push(r.kind.version);
                }
            }
            None => out.push((r.kind.group, vec![r.kind.version])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_guess_rule() {
        assert_eq!(plural("Pod"), "pods");
        assert_eq!(plural("Ingress"), "ingresses");
        assert_eq!(plural("NetworkPolicy"), "networkpolicies");
        assert_eq!(plural("Endpoints"), "endpoints");
        assert_eq!(plural("ComponentStatus"), "componentstatuses");
    }

    #[test]
    fn core_resources_are_found_with_their_scope() {
        let pods = find("", "v1", "pods").unwrap();
        assert!(pods.namespaced);
        assert_eq!(pods.list_kind.kind, "PodList");
        assert!(!find("", "v1", "nodes").unwrap().namespaced);
        assert!(!find("", "v1", "namespaces").unwrap().namespaced);
        assert!(find("apps", "v1", "deployments").unwrap().namespaced);
        assert!(
            !find("rbac.authorization.k8s.io", "v1", "clusterroles")
                .unwrap()
                .namespaced
        );
    }
}
