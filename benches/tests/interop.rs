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
    let Some(root) = kcodec_testkit::data::k8s_testdata() else {
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

/// prost interop on the `.proto` files kcodec writes: for every `.pb` fixture, prost (types
/// generated by prost-build from those files) decodes the object's payload and encodes it
/// again, and kcodec decodes prost's bytes into an object equal to its decode of the fixture.
#[test]
fn prost_on_kcodecs_proto_files_round_trips_every_fixture() {
    let Some(dir) = kcodec_testkit::data::k8s_testdata() else {
        return;
    };
    let dir = if dir.join("HEAD").is_dir() {
        dir.join("HEAD")
    } else {
        dir
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".pb")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    let (mut checked, mut failures) = (0, Vec::new());
    for name in &names {
        let pb = std::fs::read(dir.join(format!("{name}.pb"))).unwrap();
        let Some(kind) = kcodec_types::registry::lookup_name(name) else {
            failures.push(format!("{name}: not a registered kind"));
            continue;
        };
        let (_, round_trip) = kcodec_benches::prost_k8s::KINDS
            .iter()
            .find(|(n, _)| *n == kind.fixture_name())
            .expect("every registered kind has a prost type");
        let body = kcodec::proto::envelope::decode(&pb).unwrap().raw;
        let ours = kind.decode_proto(body).unwrap();
        match round_trip(body) {
            Ok(bytes) => match kind.decode_proto(&bytes) {
                Ok(back) if back.dyn_eq(&*ours) => {}
                Ok(_) => failures.push(format!(
                    "{name}: prost's bytes decode to a different object"
                )),
                Err(e) => failures.push(format!("{name}: kcodec cannot read prost's bytes: {e}")),
            },
            Err(e) => failures.push(format!("{name}: prost cannot decode the fixture: {e}")),
        }
        checked += 1;
    }
    println!(
        "prost interop: {checked} fixtures, {} failures",
        failures.len()
    );
    assert!(checked > 0, "no .pb fixtures in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
