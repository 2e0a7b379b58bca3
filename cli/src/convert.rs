//! `kcodec convert`: decode one object with its generated codec and write it back out.

use std::io::{Read, Write};

use kcodec::json::DecodeOptions;
use kcodec_types::registry::{self, Kind, Object};

use crate::args::{ConvertArgs, OutputFormat};
use crate::Failure;

/// Run `convert`.
pub fn run(args: ConvertArgs) -> Result<(), Failure> {
    let input = read_input(args.input.as_deref())?;
    // YAML input (anything that is neither a protobuf envelope nor a JSON object) is read as
    // Kubernetes reads it: converted to JSON first (sigs.k8s.io/yaml), then decoded. Strict
    // mode also reports keys repeated in the YAML, which the conversion drops.
    let yaml = is_yaml(&input);
    let (input, yaml_issues) = if !yaml {
        Ok((input, Vec::new()))
    } else if args.strict {
        kcodec::yaml::yaml_to_json_strict(&input)
    } else {
        kcodec::yaml::yaml_to_json(&input).map(|json| (json, Vec::new()))
    }
    .map_err(|e| Failure::Input(format!("reading YAML: {e}")))?;
    let mut issues = Vec::new();
    let (_kind, object) = if kcodec::proto::envelope::is_envelope(&input) {
        decode_protobuf(&args, &input)?
    } else {
        let kind = resolve_kind(&args, &input)?;
        let opts = DecodeOptions {
            strict: args.strict,
            ..DecodeOptions::default()
        };
        let (object, found) = kind
            .decode_json_with(&input, opts)
            .map_err(|e| Failure::Input(format!("decoding {}: {e}", kind.fixture_name())))?;
        issues = found;
        (kind, object)
    };
    let out = match args.to {
        OutputFormat::Json => {
            let mut compact = Vec::with_capacity(input.len());
            object.encode_json(&mut compact);
            compact.push(b'\n');
            compact
        }
        OutputFormat::JsonPretty => {
            let mut compact = Vec::with_capacity(input.len());
            object.encode_json(&mut compact);
            let mut pretty = Vec::with_capacity(compact.len() * 2);
            kcodec::json::indent_into(&mut pretty, &compact, "", "  ");
            pretty
        }
        OutputFormat::Protobuf => envelope_for(&input, object.as_ref()),
        OutputFormat::Yaml => {
            let mut compact = Vec::with_capacity(input.len());
            object.encode_json(&mut compact);
            kcodec::yaml::json_to_yaml(&compact)
                .map_err(|e| Failure::Input(format!("writing YAML: {e}")))?
        }
    };
    std::io::stdout()
        .lock()
        .write_all(&out)
        .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?;
    for i in &yaml_issues {
        eprintln!("kcodec: strict: {i} of the YAML");
    }
    for i in &issues {
        if yaml {
            // Its offset is in the JSON the YAML became, which the user never saw.
            eprintln!("kcodec: strict: {} field \"{}\"", i.kind.as_str(), i.path);
        } else {
            eprintln!("kcodec: strict: {i}");
        }
    }
    let found = yaml_issues.len() + issues.len();
    if found > 0 {
        return Err(Failure::Strict(found));
    }
    Ok(())
}

/// Decode a `k8s\0` envelope: the type comes from its type meta, or from `--type` when the
/// envelope carries none (a WatchEvent's is empty).
fn decode_protobuf(
    args: &ConvertArgs,
    input: &[u8],
) -> Result<(&'static Kind, Box<dyn Object>), Failure> {
    let env = kcodec::proto::envelope::decode(input)
        .map_err(|e| Failure::Input(format!("reading the protobuf envelope: {e}")))?;
    let kind = match &args.type_name {
        Some(name) => registry::lookup_name(name)
            .ok_or_else(|| Failure::Usage(format!("unknown type {name:?} (see `kcodec kinds`)")))?,
        None => registry::lookup(env.api_version, env.kind).ok_or_else(|| {
            Failure::Input(format!(
                "no type registered for apiVersion {:?}, kind {:?}{}",
                env.api_version,
                env.kind,
                if env.kind.is_empty() {
                    " (name it with --type)"
                } else {
                    ""
                }
            ))
        })?,
    };
    let mut object = kind
        .decode_proto(env.raw)
        .map_err(|e| Failure::Input(format!("decoding {}: {e}", kind.fixture_name())))?;
    object.set_type_meta(env.api_version, env.kind);
    Ok((kind, object))
}

/// The protobuf envelope for `object`. Its type meta is the input's (a protobuf input keeps
/// its envelope's, a JSON input its apiVersion/kind), as Kubernetes' serializer writes the
/// object's own GVK, which is empty for types like WatchEvent.
fn envelope_for(input: &[u8], object: &dyn Object) -> Vec<u8> {
    let (api_version, kind_name) = if kcodec::proto::envelope::is_envelope(input) {
        let env = kcodec::proto::envelope::decode(input).expect("decoded before");
        (env.api_version.to_string(), env.kind.to_string())
    } else {
        let tm: kcodec_types::meta::v1::TypeMeta =
            kcodec::json::from_slice(input).expect("decoded before");
        (tm.api_version.to_string(), tm.kind.to_string())
    };
    registry::encode_envelope(&api_version, &kind_name, object)
}

/// Whether `input` is YAML rather than a protobuf envelope or JSON (whose first
/// non-whitespace byte is `{`).
fn is_yaml(input: &[u8]) -> bool {
    if kcodec::proto::envelope::is_envelope(input) {
        return false;
    }
    let body = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b != b'{')
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
