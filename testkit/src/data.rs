//! Shared test data through the environment, with no silent skips.
//!
//! Each suite names the variable it reads (`KCODEC_K8S_TESTDATA`, ...). A relative path is
//! taken from the workspace root, so the README's command works whichever package's folder
//! `cargo test` runs a test binary in.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The workspace root (the folder holding the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("testkit lives one folder below the workspace root")
        .to_path_buf()
}

/// Whether this is a CI run (`CI=true`), where missing data is a failure.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The path named by environment variable `var`, resolved from the workspace root, which must
/// exist. `None` (after saying so on the terminal) when it is unset outside CI; a panic when it
/// is unset in CI or names nothing.
///
/// `what` says what the variable points at, for the messages.
pub fn path(var: &str, what: &str) -> Option<PathBuf> {
    let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) else {
        if in_ci() {
            panic!("CI=true but {var} is not set: it must point at {what}");
        }
        skipped(&format!("{var} is not set (it points at {what})"));
        return None;
    };
    let p = PathBuf::from(value);
    let p = if p.is_relative() {
        workspace_root().join(p)
    } else {
        p
    };
    assert!(
        p.exists(),
        "{var}={} does not exist (it must point at {what})",
        p.display()
    );
    Some(p)
}

/// Writes `skipped: <test binary>: <reason>` to the terminal, past `cargo test`'s output
/// capture (which takes only `print!`/`eprint!`), so a skip is always seen.
pub fn skipped(reason: &str) {
    let exe = std::env::args().next().unwrap_or_default();
    let name = Path::new(&exe)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Test binaries are named `<suite>-<hash>`.
    let suite = name.rsplit_once('-').map_or(name.as_str(), |(s, _)| s);
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    let _ = writeln!(
        std::io::stderr().lock(),
        "skipped: {suite}::{test}: {reason}"
    );
}

/// Kubernetes' round-trip fixtures (`$KCODEC_K8S_TESTDATA`, the folder holding `HEAD/`).
pub fn k8s_testdata() -> Option<PathBuf> {
    path(
        "KCODEC_K8S_TESTDATA",
        "Kubernetes' api testdata folder (holding HEAD/)",
    )
}

/// The `k8s-oracle` binary (`$KCODEC_K8S_ORACLE`).
pub fn oracle_binary() -> Option<PathBuf> {
    path(
        "KCODEC_K8S_ORACLE",
        "the k8s-oracle binary (Kubernetes' Go codecs)",
    )
}

/// The oracle's CBOR fixtures (`cbor-fixtures/HEAD/*.cbor` beside the `k8s-oracle` binary:
/// its `json → cbor` of every kind's HEAD fixture), the folder holding `HEAD/`.
pub fn cbor_fixtures() -> Option<PathBuf> {
    let dir = oracle_binary()?.parent()?.join("cbor-fixtures");
    if !dir.join("HEAD").is_dir() {
        assert!(!in_ci(), "CI=true but {} has no HEAD/", dir.display());
        skipped(&format!("no CBOR fixtures at {}", dir.display()));
        return None;
    }
    Some(dir)
}

/// Objects from real clusters (`$KCODEC_REAL_OBJECTS`).
pub fn real_objects() -> Option<PathBuf> {
    path(
        "KCODEC_REAL_OBJECTS",
        "the real-objects folder (objects from real clusters)",
    )
}

/// JSONTestSuite's `test_parsing` folder (`$KCODEC_JSON_TEST_SUITE`).
pub fn json_test_suite() -> Option<PathBuf> {
    path(
        "KCODEC_JSON_TEST_SUITE",
        "JSONTestSuite's test_parsing folder",
    )
}
