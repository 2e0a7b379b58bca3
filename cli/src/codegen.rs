//! `kcodec codegen proto --out DIR`: write the `.proto` files of the built-in Kubernetes
//! types (Kubernetes' packages and paths, plus `kcodec/options.proto`).

use crate::args::CodegenProtoArgs;
use crate::Failure;

/// Run `codegen proto`: write the files, list each one written on stdout and a summary on
/// stderr.
pub fn run(args: CodegenProtoArgs) -> Result<(), Failure> {
    let out = args.out;
    let files = kcodec_types::schema::proto_files()
        .map_err(|e| Failure::Input(format!("describing the types: {e}")))?;
    let written = kcodec::schema::ProtoFile::write_all(&files, &out)
        .map_err(|e| Failure::Input(format!("{}: {e}", out.display())))?;
    for path in &written {
        println!("{}", path.display());
    }
    eprintln!(
        "kcodec: wrote {} .proto files under {}",
        written.len(),
        out.display()
    );
    Ok(())
}
