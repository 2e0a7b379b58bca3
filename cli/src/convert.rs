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

use kcodec::Format;
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
    let OutputFormat(to) = args.to;
    if to == Format::Protobuf && docs.len() > 1 {
        return Err(Failure::Input(format!(
            "{source} holds {} objects, and a protobuf output holds one: convert them one \
             at a time, or to json or yaml",
            docs.len()
        )));
    }
    let mut out = Vec::with_capacity(data.len() * 2);
    for (i, (doc, _)) in docs.iter().enumerate() {
        write_document(&mut out, i, doc, to)?;
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
    to: Format,
) -> Result<(), Failure> {
    if index > 0 {
        match to {
            Format::JsonPretty => out.push(b'\n'),
            Format::Yaml => out.extend_from_slice(b"---\n"),
            _ => {}
        }
    }
    let failed = |e: kcodec::Error| {
        Failure::Input(format!("writing {}: {e}", to.name().to_ascii_uppercase()))
    };
    match doc {
        // The envelope carries the input's type meta, as Kubernetes' serializer writes the
        // object's own (empty for types such as WatchEvent).
        Document::Typed {
            object,
            type_meta: (api_version, kind),
        } if to == Format::Protobuf => out.extend_from_slice(&registry::encode_envelope(
            api_version,
            kind,
            object.as_ref(),
        )),
        Document::Typed { object, .. } => {
            out.extend_from_slice(&object.encode(to).map_err(failed)?)
        }
        Document::Unstructured {
            type_meta: (api_version, kind),
            ..
        } if to == Format::Protobuf => {
            return Err(Failure::Input(format!(
                "no protobuf for custom resources: apiVersion {api_version:?}, kind \
                 {kind:?} is an unregistered kind, without a protobuf schema (see \
                 `kcodec kinds`); convert it to json or yaml"
            )))
        }
        // Go's conversions of the unstructured object.
        Document::Unstructured { json, .. } => to.from_json_into(out, json).map_err(failed)?,
    }
    if to == Format::Json {
        out.push(b'\n');
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
