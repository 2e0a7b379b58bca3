//! `kcodec codegen proto --out DIR`: write the `.proto` files of the built-in Kubernetes
//! types (Kubernetes' packages and paths, plus `kcodec/options.proto`).

use std::path::PathBuf;

use crate::Failure;

/// Run `codegen` with the arguments after the command name.
pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut out: Option<PathBuf> = None;
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("proto") => {}
        Some(other) => {
            return Err(Failure::Usage(format!(
                "unknown codegen target {other:?} (proto)"
            )))
        }
        None => return Err(Failure::Usage("codegen needs a target: proto".into())),
    }
    while let Some(a) = it.next() {
        match a.split_once('=') {
            Some(("--out", v)) => out = Some(v.into()),
            _ if a == "--out" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--out needs a directory".into()))?;
                out = Some(v.into());
            }
            _ => return Err(Failure::Usage(format!("unexpected argument {a:?}"))),
        }
    }
    let out = out.ok_or_else(|| Failure::Usage("codegen proto needs --out DIR".into()))?;
    let files = kcodec_types::schema::proto_files()
        .map_err(|e| Failure::Input(format!("describing the types: {e}")))?;
    let written = kcodec::schema::ProtoFile::write_all(&files, &out)
        .map_err(|e| Failure::Input(format!("{}: {e}", out.display())))?;
    for path in written {
        println!("{}", path.display());
    }
    Ok(())
}
