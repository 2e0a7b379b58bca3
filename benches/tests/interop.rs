//! kube-rs / k8s-openapi interop through the `serde` feature: for every fixture kind that
//! k8s-openapi has, converting k8s-openapi → kcodec → k8s-openapi gives back an equal value,
//! and kcodec's own decode of the fixture, serialized through serde, equals k8s-openapi's
//! decode of the same bytes.
//!
//! `cargo test -p kcodec-benches --features interop --test interop` (needs KCODEC_K8S_TESTDATA).

use kcodec::{JsonDecode, JsonEncode};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `Some(true)` when both directions agree, `Some(false)` on a failure (recorded), `None`
/// when k8s-openapi itself cannot decode the fixture (its limitation, reported, not ours).
fn check<Ours, Theirs>(
    dir: &std::path::Path,
    name: &str,
    failures: &mut Vec<String>,
) -> Option<bool>
where
    Ours: JsonDecode + JsonEncode + Serialize + DeserializeOwned,
    Theirs: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let bytes = std::fs::read(dir.join(format!("{name}.json"))).unwrap();
    let theirs: Theirs = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            println!("{name}: skipped, k8s-openapi cannot decode Kubernetes' fixture: {e}");
            return None;
        }
    };
    // k8s-openapi → kcodec → k8s-openapi.
    let ours: Ours = match kcodec::json::from_slice(&serde_json::to_vec(&theirs).unwrap()) {
        Ok(v) => v,
        Err(e) => {
            failures.push(format!(
                "{name}: kcodec cannot read k8s-openapi's JSON: {e}"
            ));
            return Some(false);
        }
    };
    let back: Theirs = serde_json::from_value(serde_json::to_value(&ours).unwrap()).unwrap();
    if back != theirs {
        failures.push(format!(
            "{name}: k8s-openapi → kcodec → k8s-openapi changed the value"
        ));
        return Some(false);
    }
    // kcodec's decode of the fixture, through serde, is what k8s-openapi decodes.
    let ours: Ours = kcodec::json::from_slice(&bytes).unwrap();
    let via: Theirs = serde_json::from_value(serde_json::to_value(&ours).unwrap()).unwrap();
    if via != theirs {
        failures.push(format!(
            "{name}: kcodec → serde → k8s-openapi differs from k8s-openapi's decode"
        ));
        return Some(false);
    }
    Some(true)
}

#[test]
fn k8s_openapi_round_trips_through_kcodec() {
    let Some(root) = std::env::var_os("KCODEC_K8S_TESTDATA") else {
        eprintln!("skipped: set KCODEC_K8S_TESTDATA");
        return;
    };
    let dir = std::path::PathBuf::from(root).join("HEAD");
    let mut failures = Vec::new();
    let (mut ok, mut skipped) = (0, 0);
    macro_rules! kinds {
        ($($name:literal => $ours:ty, $theirs:ty;)*) => {{
            let mut n = 0;
            $(
                n += 1;
                match check::<$ours, $theirs>(&dir, $name, &mut failures) {
                    Some(true) => ok += 1,
                    Some(false) => {}
                    None => skipped += 1,
                }
            )*
            n
        }};
    }
    use k8s_openapi::api as k;
    use kcodec_types as t;
    let total = kinds! {
        "apps.v1.ControllerRevision" => t::apps::v1::ControllerRevision, k::apps::v1::ControllerRevision;
        "apps.v1.DaemonSet" => t::apps::v1::DaemonSet, k::apps::v1::DaemonSet;
        "apps.v1.Deployment" => t::apps::v1::Deployment, k::apps::v1::Deployment;
        "apps.v1.ReplicaSet" => t::apps::v1::ReplicaSet, k::apps::v1::ReplicaSet;
        "apps.v1.StatefulSet" => t::apps::v1::StatefulSet, k::apps::v1::StatefulSet;
        "batch.v1.CronJob" => t::batch::v1::CronJob, k::batch::v1::CronJob;
        "batch.v1.Job" => t::batch::v1::Job, k::batch::v1::Job;
        "coordination.k8s.io.v1.Lease" => t::coordination::v1::Lease, k::coordination::v1::Lease;
        "core.v1.Binding" => t::core::v1::Binding, k::core::v1::Binding;
        "core.v1.ComponentStatus" => t::core::v1::ComponentStatus, k::core::v1::ComponentStatus;
        "core.v1.ConfigMap" => t::core::v1::ConfigMap, k::core::v1::ConfigMap;
        "core.v1.Endpoints" => t::core::v1::Endpoints, k::core::v1::Endpoints;
        "core.v1.Event" => t::core::v1::Event, k::core::v1::Event;
        "core.v1.LimitRange" => t::core::v1::LimitRange, k::core::v1::LimitRange;
        "core.v1.Namespace" => t::core::v1::Namespace, k::core::v1::Namespace;
        "core.v1.Node" => t::core::v1::Node, k::core::v1::Node;
        "core.v1.PersistentVolume" => t::core::v1::PersistentVolume, k::core::v1::PersistentVolume;
        "core.v1.PersistentVolumeClaim" => t::core::v1::PersistentVolumeClaim, k::core::v1::PersistentVolumeClaim;
        "core.v1.Pod" => t::core::v1::Pod, k::core::v1::Pod;
        "core.v1.PodTemplate" => t::core::v1::PodTemplate, k::core::v1::PodTemplate;
        "core.v1.ReplicationController" => t::core::v1::ReplicationController, k::core::v1::ReplicationController;
        "core.v1.ResourceQuota" => t::core::v1::ResourceQuota, k::core::v1::ResourceQuota;
        "core.v1.Secret" => t::core::v1::Secret, k::core::v1::Secret;
        "core.v1.Service" => t::core::v1::Service, k::core::v1::Service;
        "core.v1.ServiceAccount" => t::core::v1::ServiceAccount, k::core::v1::ServiceAccount;
        "discovery.k8s.io.v1.EndpointSlice" => t::discovery::v1::EndpointSlice, k::discovery::v1::EndpointSlice;
        "policy.v1.Eviction" => t::policy::v1::Eviction, k::policy::v1::Eviction;
        "policy.v1.PodDisruptionBudget" => t::policy::v1::PodDisruptionBudget, k::policy::v1::PodDisruptionBudget;
    };
    println!(
        "k8s-openapi interop: {ok}/{total} fixture kinds round-trip both ways \
         ({skipped} skipped: k8s-openapi cannot decode the fixture)"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
