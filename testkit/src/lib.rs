//! Test support shared by kcodec's suites (a dev-only crate, never a dependency of what users
//! build).
//!
//! - [`data`]: the shared test data (Kubernetes' fixtures, JSONTestSuite, real objects, the
//!   oracle) found through environment variables, with no silent skips: under `CI=true` a
//!   missing folder fails the test; elsewhere the skip is written straight to the terminal,
//!   so that `cargo test`'s normal (captured) output shows it.
//! - [`oracle`]: a client of `k8s-oracle serve`, Kubernetes' real Go codecs.
//! - [`gen`]: seeded random JSON objects generated from a type's schema descriptors.
//! - [`known`]: the tests that tell the known differences from Go apart.

pub mod data;
pub mod gen;
pub mod known;
pub mod oracle;
pub mod rng;
