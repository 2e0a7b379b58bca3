//! Differential: the same bytes decoded as a Pod by kcodec and by serde_json on k8s-openapi's
//! Pod (what kube-rs users run). When both accept, k8s-openapi's value written back as JSON
//! must decode (with kcodec) to kcodec's own value. When only one accepts, the input must
//! fall in one of the documented differences (fuzz/README.md, "Differential targets").
#![no_main]

use k8s_openapi::api::core::v1::Pod as TheirPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

#[path = "../diff_json_rules.rs"]
mod rules;
use rules::documented_difference;

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::json::from_slice::<Pod>(data);
    let theirs = serde_json::from_slice::<TheirPod>(data);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            // A repeated key: Go (and kcodec) decode the second value into what the first one
            // built (a map gains entries, a struct keeps the fields the second lacks), where
            // serde replaces it whole. Documented; the values may differ.
            let (_, issues) = kcodec::json::from_slice_strict::<Pod>(data).expect("accepted above");
            if issues
                .iter()
                .any(|i| i.kind == kcodec::json::StrictIssueKind::Duplicate)
            {
                return;
            }
            let back = rules::read_back(theirs);
            // k8s-openapi writes kind/apiVersion from the type, not from the input.
            let mut ours = ours.clone();
            let mut back = back;
            ours.type_meta = back.type_meta.clone();
            // k8s-openapi holds raw JSON (FieldsV1) as a serde_json::Value and writes its
            // keys sorted; kcodec keeps the bytes as Go does. Compare those as JSON values.
            for (a, b) in ours
                .metadata
                .managed_fields
                .iter_mut()
                .zip(&mut back.metadata.managed_fields)
            {
                if let (Some(x), Some(y)) = (&a.fields_v1, &b.fields_v1) {
                    let vx = serde_json::from_slice::<serde_json::Value>(&x.raw).ok();
                    let vy = serde_json::from_slice::<serde_json::Value>(&y.raw).ok();
                    if vx.is_some() && vx == vy {
                        b.fields_v1 = a.fields_v1.clone();
                    }
                }
            }
            assert!(
                back == ours,
                "kcodec and k8s-openapi decoded different Pods"
            );
        }
        (Err(_), Err(_)) => {}
        _ => assert!(
            documented_difference(data, &ours, &theirs),
            "accept/reject differ: kcodec {:?}, k8s-openapi {:?}",
            ours.as_ref().err().map(ToString::to_string),
            theirs.as_ref().err().map(ToString::to_string)
        ),
    }
});
