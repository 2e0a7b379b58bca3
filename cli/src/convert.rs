//! `kcodec convert`: decode each document of the input with its generated codec (see
//! [`crate::decode`]) and write it back out in the requested format.
//!
//! Several documents (a YAML stream, or JSON values one after another) are written in the output format's multi-document form:
//! YAML documents separated by `---` lines (as `kubectl create --dry-run=client -o yaml -f`
//! prints them), compact JSON one object per line (a JSON watch stream's layout), indented
//! JSON one object after the other, separated by a newline (as `jq` prints a stream).
//! CBOR items one after another (an RFC 8742 sequence). Protobuf holds one object, so several
//! documents are refused.

use std::io::Write;

use kcodec_types::registry;

use crate::args::{ConvertArgs, OutputFormat};
use crate::decode::{self, Document, Forced, Request};
use crate::{input, Failure};

/// Run `convert`.
pub fn run(args: ConvertArgs) -> Result<(), Failure> {
    let forced = args.type_name.as_deref().map(lookup_type).transpose()?;
    let data = input::read(args.input.as_deref())?;
    let source = input::name(args.input.as_deref());
    let req = Request {
        forced,
        strict: args.strict,
        source,
    };
    let docs = decode::documents(&req, &data)?;
    if docs.is_empty() {
        return Err(Failure::Input(format!(
            "{source} holds no object (it is empty, or only empty YAML documents)"
        )));
    }
    if args.to == OutputFormat::Protobuf && docs.len() > 1 {
        return Err(Failure::Input(format!(
            "{source} holds {} objects, and a protobuf output holds one: convert them one \
             at a time, or to json or yaml",
            docs.len()
        )));
    }
    let mut out = Vec::with_capacity(data.len() * 2);
    for (i, (doc, _)) in docs.iter().enumerate() {
        write_document(&mut out, i, doc, args.to)?;
    }
    std::io::stdout()
        .lock()
        .write_all(&out)
        .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?;
    report_strict(&docs, args.strict)
}

/// The kind `--type` names, with the apiVersion of its name.
fn lookup_type(name: &str) -> Result<Forced, Failure> {
    let unknown = || Failure::Usage(format!("unknown type {name:?} (see `kcodec kinds`)"));
    let (api_version, _) = registry::parse_name(name).ok_or_else(unknown)?;
    let kind = registry::lookup_name(name).ok_or_else(unknown)?;
    Ok(Forced { kind, api_version })
}

/// Append document number `index` (from 0) of the output to `out`.
fn write_document(
    out: &mut Vec<u8>,
    index: usize,
    doc: &Document,
    to: OutputFormat,
) -> Result<(), Failure> {
    match to {
        OutputFormat::Json => {
            compact_json(out, doc)?;
            out.push(b'\n');
        }
        OutputFormat::JsonPretty => {
            if index > 0 {
                out.push(b'\n');
            }
            let mut compact = Vec::new();
            compact_json(&mut compact, doc)?;
            kcodec::json::indent_into(out, &compact, "", "  ");
        }
        OutputFormat::Yaml => {
            if index > 0 {
                out.extend_from_slice(b"---\n");
            }
            let mut compact = Vec::new();
            compact_json(&mut compact, doc)?;
            let yaml = kcodec::yaml::json_to_yaml(&compact)
                .map_err(|e| Failure::Input(format!("writing YAML: {e}")))?;
            out.extend_from_slice(&yaml);
        }
        OutputFormat::Cbor => match doc {
            Document::Typed { object, .. } => out.extend_from_slice(
                &object
                    .to_cbor()
                    .map_err(|e| Failure::Input(format!("writing CBOR: {e}")))?,
            ),
            Document::Unstructured { json, .. } => {
                out.extend_from_slice(&kcodec::cbor::write::SELF_DESCRIBED);
                kcodec::cbor::json_to_cbor_into(out, json)
                    .map_err(|e| Failure::Input(format!("writing CBOR: {e}")))?;
            }
        },
        OutputFormat::Protobuf => match doc {
            Document::Typed { object, type_meta } => {
                // The envelope carries the input's type meta, as Kubernetes' serializer writes
                // the object's own (empty for types such as WatchEvent).
                let (api_version, kind) = type_meta;
                out.extend_from_slice(&registry::encode_envelope(
                    api_version,
                    kind,
                    object.as_ref(),
                ));
            }
            Document::Unstructured {
                type_meta: (api_version, kind),
                ..
            } => {
                return Err(Failure::Input(format!(
                    "no protobuf for custom resources: apiVersion {api_version:?}, kind \
                     {kind:?} is an unregistered kind, without a protobuf schema (see \
                     `kcodec kinds`); convert it to json or yaml"
                )))
            }
        },
    }
    Ok(())
}

/// The document's compact JSON: its type's encoding, or, for an unregistered kind, Go's
/// `json.Marshal` of the unstructured object (keys sorted). Fails where Go's encoder fails
/// (embedded raw bytes that are not JSON), naming the field.
fn compact_json(out: &mut Vec<u8>, doc: &Document) -> Result<(), Failure> {
    match doc {
        Document::Typed { object, .. } => out.extend_from_slice(
            &object
                .to_json()
                .map_err(|e| Failure::Input(format!("writing JSON: {e}")))?,
        ),
        Document::Unstructured { json, .. } => out.extend_from_slice(json),
    }
    Ok(())
}

/// Print the strict-mode findings on stderr; exit status 3 when there are any.
fn report_strict(docs: &[(Document, Vec<decode::Finding>)], strict: bool) -> Result<(), Failure> {
    let mut found = 0;
    for (doc, findings) in docs {
        if let (true, Document::Unstructured { type_meta, .. }) = (strict, doc) {
            eprintln!(
                "kcodec: strict: {} {} has no registered type: its fields are not checked",
                type_meta.0, type_meta.1
            );
        }
        for f in findings {
            found += 1;
            eprintln!("kcodec: strict: {f}");
        }
    }
    if found > 0 {
        return Err(Failure::Strict(found));
    }
    Ok(())
}
