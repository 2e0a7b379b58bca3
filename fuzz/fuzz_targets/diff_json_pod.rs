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
            let (ours, back) = rules::comparable(ours, theirs);
            assert!(
                back == ours || rules::differs_only_as_documented(data, &ours, &back),
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
