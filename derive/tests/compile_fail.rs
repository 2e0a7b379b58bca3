//! Compile-fail tests: each `tests/ui/*.rs` must fail with the error in its `.stderr`.
//! Regenerate the goldens with `TRYBUILD=overwrite cargo test -p kcodec-derive`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
