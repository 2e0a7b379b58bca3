//! Generate Rust types from the `.proto` files of kcodec-codegen's golden tests
//! (`codegen/tests/protos`: a proto3 shop API, and a proto2 file in Kubernetes' style that
//! uses kcodec's options), once with `#[derive(Json, Proto)]` and once pre-expanded.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let protos = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../codegen/tests/protos");
    // `kcodec/options.proto` must be on the include path of files that import it.
    let options = out.join("include");
    std::fs::create_dir_all(options.join("kcodec"))?;
    std::fs::write(
        options.join(kcodec::schema::OPTIONS_PROTO_PATH),
        kcodec::schema::OPTIONS_PROTO,
    )?;
    let inputs = ["shop/v1/shop.proto", "legacy/v1/legacy.proto"];
    let includes = [protos.clone(), options];
    // A `.proto` error panics with `file:line:column: message`, which cargo shows as the
    // build script's output (`?` would print the error's `Debug` form).
    kcodec_codegen::Builder::new()
        .include_file("derived.rs")
        .out_dir(out.join("derived"))
        .compile(&inputs, &includes)
        .unwrap_or_else(|e| panic!("{e}"));
    kcodec_codegen::Builder::new()
        .expanded(true)
        .include_file("expanded.rs")
        .out_dir(out.join("expanded"))
        .compile(&inputs, &includes)
        .unwrap_or_else(|e| panic!("{e}"));
    println!("cargo:rerun-if-changed={}", protos.display());
    Ok(())
}
