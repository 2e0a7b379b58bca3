//! Shared by the tests that read Kubernetes' sources.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use kcodec_typegen::Universe;

/// The k8s-api-src folder from `KCODEC_K8S_API_SRC` (relative paths from the workspace
/// root); `None` (said on the terminal) when unset, a failure under `CI=true`.
pub fn src_dir() -> Option<PathBuf> {
    kcodec_testkit::data::path(
        "KCODEC_K8S_API_SRC",
        "the pinned Kubernetes API sources (k8s-api-src)",
    )
}

/// Every package, read once per test binary.
pub fn universe() -> Option<&'static Universe> {
    static U: OnceLock<Universe> = OnceLock::new();
    let dir = src_dir()?;
    Some(U.get_or_init(|| {
        let start = std::time::Instant::now();
        let u = Universe::load_k8s(&dir).unwrap_or_else(|e| panic!("{e}"));
        println!(
            "read {} packages in {:.2?}",
            u.packages.len(),
            start.elapsed()
        );
        u
    }))
}
