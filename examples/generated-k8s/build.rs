//! Write the `.proto` files of kcodec-types into `$OUT_DIR/proto`, compile them back into
//! Rust with the Builder, and write a table from each registered kind to its generated type.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let proto_dir = out.join("proto");
    let inputs = kcodec_types::schema::write_proto_files(&proto_dir)?;
    let mut builder = kcodec_codegen::Builder::new();
    builder.include_file("k8s.rs");
    if std::env::var_os("CARGO_FEATURE_EXPANDED").is_some() {
        builder.expanded(true);
    }
    // `file:line:column: message` on a `.proto` error (`?` would print its `Debug` form).
    builder
        .compile(&inputs, &[&proto_dir])
        .unwrap_or_else(|e| panic!("{e}"));

    // fixture name → a check of the generated type against kcodec-types.
    let mut table = String::from(
        "/// Every registered kind: fixture name and the check of its generated type.\n",
    );
    table.push_str("pub static KINDS: &[(&str, crate::Check)] = &[\n");
    for k in kcodec_types::schema::kind_messages()? {
        let path = k.package.replace('.', "::");
        let _ = writeln!(
            table,
            "    ({:?}, crate::check::<crate::{path}::{}>),",
            k.fixture_name, k.message
        );
    }
    table.push_str("];\n");
    std::fs::write(out.join("kinds.rs"), table)?;
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
