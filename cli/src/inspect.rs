//! `kcodec inspect`: print the envelope of a protobuf object.

use crate::args::InspectArgs;
use crate::Failure;

/// Run `inspect FILE`.
pub fn run(args: InspectArgs) -> Result<(), Failure> {
    let path = &args.input;
    let input = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
            .map_err(|e| Failure::Input(format!("reading stdin: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Failure::Input(format!("reading {path}: {e}")))?
    };
    let env = kcodec::proto::envelope::decode(&input)
        .map_err(|e| Failure::Input(format!("{path}: {e}")))?;
    println!("format:          application/vnd.kubernetes.protobuf (k8s\\0 envelope)");
    println!("apiVersion:      {:?}", env.api_version);
    println!("kind:            {:?}", env.kind);
    println!("contentEncoding: {:?}", env.content_encoding);
    println!("contentType:     {:?}", env.content_type);
    println!("total size:      {} bytes", input.len());
    println!("object size:     {} bytes", env.raw.len());
    match kcodec_types::registry::lookup(env.api_version, env.kind) {
        Some(kind) => match kind.decode_proto(env.raw) {
            Ok(_) => println!("decodes as:      {}", kind.fixture_name()),
            Err(e) => {
                return Err(Failure::Input(format!(
                    "decoding {}: {e}",
                    kind.fixture_name()
                )))
            }
        },
        None => println!("decodes as:      (no registered type)"),
    }
    Ok(())
}
