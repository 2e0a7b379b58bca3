//! `kcodec inspect`: print the envelope of a protobuf object.

use crate::args::InspectArgs;
use crate::{input, Failure};

/// Run `inspect FILE`.
pub fn run(args: InspectArgs) -> Result<(), Failure> {
    let path = input::name(Some(&args.input));
    let input = input::read(Some(&args.input))?;
    let not_protobuf = match kcodec::Format::detect(&input) {
        Some(kcodec::Format::Yaml) if input.iter().all(u8::is_ascii_whitespace) => {
            Some("empty".to_string())
        }
        Some(kcodec::Format::Yaml) => Some("YAML (or other text)".to_string()),
        Some(kcodec::Format::Protobuf) | None => None,
        // JSON, CBOR.
        Some(format) => Some(format.name().to_ascii_uppercase()),
    };
    if let Some(what) = not_protobuf {
        return Err(Failure::Input(format!(
            "{path} is {what}, not protobuf in the k8s\\0 envelope; `kcodec convert` reads it"
        )));
    }
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
