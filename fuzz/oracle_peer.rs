//! The reference of the differential targets: Kubernetes' own Go codecs, one
//! `k8s-oracle serve` per fuzzing process (`$KCODEC_K8S_ORACLE`), and the known differences
//! from it (README "Limits and guarantees", shared with `types/tests/oracle_diff.rs`).

use std::path::Path;
use std::sync::{Mutex, OnceLock};

#[allow(unused_imports)]
pub use kcodec_testkit::oracle::{Format, Oracle, Request, Response};

/// Runs `f` with the process's oracle, started on first use.
pub fn with_oracle<R>(f: impl FnOnce(&mut Oracle) -> R) -> R {
    static ORACLE: OnceLock<Mutex<Oracle>> = OnceLock::new();
    let oracle = ORACLE.get_or_init(|| {
        let path = std::env::var_os("KCODEC_K8S_ORACLE").expect(
            "set KCODEC_K8S_ORACLE to the k8s-oracle binary (../shared/k8s-oracle/k8s-oracle)",
        );
        Mutex::new(Oracle::start(Path::new(&path)).expect("k8s-oracle serve"))
    });
    f(&mut oracle.lock().unwrap_or_else(|e| e.into_inner()))
}

/// A request decoding as a `v1` `Pod` where the input names no type.
pub fn pod_request(from: Format, to: Format) -> Request<'static> {
    Request {
        op: "convert",
        from,
        to,
        strict: false,
        type_meta: Some(("v1", "Pod")),
    }
}

/// A kcodec refusal that is one of its documented bounds, where Go reads on: nesting deeper
/// than kcodec's limit (JSON 256, protobuf 100; Go allows 10,000), the memory budget, the
/// watch frame cap.
pub fn is_kcodec_bound(e: &kcodec::Error) -> bool {
    matches!(
        e.kind(),
        kcodec::ErrorKind::DepthLimitExceeded { .. }
            | kcodec::ErrorKind::MemoryLimitExceeded { .. }
    )
}
