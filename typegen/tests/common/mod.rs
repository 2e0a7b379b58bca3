//! Shared by the tests that read Kubernetes' sources.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use kcodec_typegen::Universe;

/// The k8s-api-src folder from `KCODEC_K8S_API_SRC`; `None` (after saying so) when unset,
/// except under `CI=true`, where a missing folder fails the test.
pub fn src_dir() -> Option<PathBuf> {
    match std::env::var_os("KCODEC_K8S_API_SRC") {
        Some(p) => Some(PathBuf::from(p)),
        None => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("KCODEC_K8S_API_SRC not set (required when CI=true)");
            }
            // Written to stderr directly, not through `eprintln!`, so the test harness's
            // output capture does not hide it.
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "skipped: KCODEC_K8S_API_SRC not set");
            None
        }
    }
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
