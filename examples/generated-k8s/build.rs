//! Write the `.proto` files of kcodec-types into `$OUT_DIR/proto`, compile them back into
//! Rust with the Builder, and write a table from each registered kind to its generated type.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let proto_dir = out.join("proto");
    let set = kcodec_types::schema::proto_file_set();
    let files = set.emit()?;
    kcodec::schema::ProtoFile::write_all(&files, &proto_dir)?;
    let inputs: Vec<&str> = files
        .iter()
        .filter(|f| !f.is_options())
        .map(|f| f.name.as_str())
        .collect();
    let mut builder = kcodec_codegen::Builder::new();
    builder.include_file("k8s.rs");
    if std::env::var_os("CARGO_FEATURE_EXPANDED").is_some() {
        builder.expanded(true);
    }
    builder.compile(&inputs, &[&proto_dir])?;

    // fixture name → a check of the generated type against kcodec-types.
    let mut table = String::from(
        "/// Every registered kind: fixture name and the check of its generated type.\n",
    );
    table.push_str("pub static KINDS: &[(&str, crate::Check)] = &[\n");
    for kind in kcodec_types::registry::kinds() {
        let schema = kind.proto_schema();
        let package = set.package_of(&schema)?;
        let path = package.replace('.', "::");
        let _ = writeln!(
            table,
            "    ({:?}, crate::check::<crate::{path}::{}>),",
            kind.fixture_name(),
            schema.name
        );
    }
    table.push_str("];\n");
    std::fs::write(out.join("kinds.rs"), table)?;
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
