//! `kcodec convert`: decode one object with its generated codec and write it back out.

use std::io::{Read, Write};

use kcodec::json::DecodeOptions;
use kcodec_types::registry::{self, Kind};

use crate::args::{ConvertArgs, OutputFormat};
use crate::Failure;

/// The `k8s\0` prefix of Kubernetes' protobuf envelope.
const PROTOBUF_MAGIC: &[u8] = b"k8s\0";

/// Run `convert`.
pub fn run(args: ConvertArgs) -> Result<(), Failure> {
    let input = read_input(args.input.as_deref())?;
    if input.starts_with(PROTOBUF_MAGIC) {
        return Err(Failure::Input(
            "protobuf input (k8s\\0 envelope) is not supported yet".into(),
        ));
    }
    let kind = resolve_kind(&args, &input)?;
    let opts = DecodeOptions {
        strict: args.strict,
        ..DecodeOptions::default()
    };
    let (object, issues) = kind
        .decode_json_with(&input, opts)
        .map_err(|e| Failure::Input(format!("decoding {}: {e}", kind.fixture_name())))?;
    let mut compact = Vec::with_capacity(input.len());
    object.encode_json(&mut compact);
    let out = match args.to {
        OutputFormat::Json => {
            compact.push(b'\n');
            compact
        }
        OutputFormat::JsonPretty => {
            let mut pretty = Vec::with_capacity(compact.len() * 2);
            kcodec::json::indent_into(&mut pretty, &compact, "", "  ");
            pretty
        }
        OutputFormat::Protobuf | OutputFormat::Yaml => {
            return Err(Failure::Usage(format!(
                "--to {:?} is not supported yet (json, json-pretty)",
                args.to
            )))
        }
    };
    std::io::stdout()
        .lock()
        .write_all(&out)
        .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?;
    if !issues.is_empty() {
        for i in &issues {
            eprintln!("kcodec: strict: {i}");
        }
        return Err(Failure::Strict(issues.len()));
    }
    Ok(())
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, Failure> {
    let mut buf = Vec::new();
    match path {
        None | Some("-") => std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map(|_| buf)
            .map_err(|e| Failure::Input(format!("reading stdin: {e}"))),
        Some(p) => std::fs::read(p).map_err(|e| Failure::Input(format!("reading {p}: {e}"))),
    }
}

fn resolve_kind(args: &ConvertArgs, input: &[u8]) -> Result<&'static Kind, Failure> {
    if let Some(name) = &args.type_name {
        return registry::lookup_name(name)
            .ok_or_else(|| Failure::Usage(format!("unknown type {name:?} (see `kcodec kinds`)")));
    }
    let tm: kcodec_types::meta::v1::TypeMeta = kcodec::json::from_slice(input)
        .map_err(|e| Failure::Input(format!("reading apiVersion/kind: {e}")))?;
    if tm.kind.is_empty() {
        return Err(Failure::Input(
            "the input has no kind; name its type with --type GROUP.VERSION.KIND".into(),
        ));
    }
    registry::lookup(&tm.api_version, &tm.kind).ok_or_else(|| {
        Failure::Input(format!(
            "no type registered for apiVersion {:?}, kind {:?}",
            tm.api_version, tm.kind
        ))
    })
}
