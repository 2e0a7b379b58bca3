//! Compile-fail tests: each `tests/ui/*.rs` must fail with the error in its `.stderr`.
//! Regenerate the goldens with `TRYBUILD=overwrite cargo test -p kcodec-derive`.

use std::io::IsTerminal;

#[test]
fn ui() {
    // trybuild colours its report unless `NO_COLOR` is set (it does not look at whether
    // stderr is a terminal, nor at cargo's `CARGO_TERM_COLOR`): keep redirected output, and
    // CI's (`CARGO_TERM_COLOR=never`), free of escape codes.
    if !std::io::stderr().is_terminal()
        || std::env::var("CARGO_TERM_COLOR").is_ok_and(|c| c == "never")
    {
        std::env::set_var("NO_COLOR", "1");
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
