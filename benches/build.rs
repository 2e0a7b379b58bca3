//! With the `peers` feature: write the `.proto` files of kcodec-types (Kubernetes' packages),
//! parse them with protox (no protoc) and generate prost types from them with prost-build,
//! the protobuf peer of the benchmarks and of the interop test.

fn main() {
    #[cfg(feature = "peers")]
    prost_peer::generate().expect("generating the prost peer types");
    println!("cargo:rerun-if-changed=build.rs");
}

#[cfg(feature = "peers")]
mod prost_peer {
    use std::fmt::Write as _;
    use std::path::PathBuf;

    use heck::ToUpperCamelCase;
    use kcodec_types as types;

    pub fn generate() -> Result<(), Box<dyn std::error::Error>> {
        let out = PathBuf::from(std::env::var("OUT_DIR")?);
        let proto_dir = out.join("proto");
        let inputs = types::schema::write_proto_files(&proto_dir)?;
        let fds = protox::compile(&inputs, [&proto_dir])?;
        let prost_out = out.join("prost");
        std::fs::create_dir_all(&prost_out)?;
        prost_build::Config::new()
            .btree_map(["."])
            .out_dir(&prost_out)
            .include_file("_prost.rs")
            .compile_fds(fds)?;

        // fixture name → the prost round trip of its type.
        let mut table = String::from(
            "/// Every registered kind with the prost round trip of its prost type.\n",
        );
        table.push_str("pub static KINDS: &[(&str, RoundTrip)] = &[\n");
        for k in types::schema::kind_messages()? {
            let _ = writeln!(
                table,
                "    ({:?}, round_trip::<{}::{}>),",
                k.fixture_name,
                k.package.replace('.', "::"),
                k.message.to_upper_camel_case()
            );
        }
        table.push_str("];\n");
        std::fs::write(out.join("prost_kinds.rs"), table)?;
        Ok(())
    }
}
