//! `convert`'s input side: the documents of an input, each decoded into its registered type
//! (found from its apiVersion/kind, or `--type`), or kept as JSON when no type is registered
//! for its kind (a custom resource).

use kcodec::framing::FrameDecoder;
use kcodec::json::{DecodeOptions, StrictIssue};
use kcodec::watch::RawObject;
use kcodec::Format;
use kcodec_types::registry::{self, Kind, Object};

use crate::input;
use crate::Failure;

/// One decoded document.
pub enum Document {
    /// An object of a registered kind.
    Typed {
        /// The object.
        object: Box<dyn Object>,
        /// The apiVersion and kind the input gave it (what a protobuf envelope carries;
        /// empty for types without them, such as WatchEvent).
        type_meta: (String, String),
    },
    /// An object of a kind no type is registered for, as JSON.
    Unstructured {
        /// Its compact JSON as Go's `json.Marshal` writes the unstructured object (keys
        /// sorted; [`kcodec::json::marshal_unstructured`]).
        json: Vec<u8>,
        /// Its apiVersion and kind.
        type_meta: (String, String),
    },
}

/// A strict-mode finding and where its offset is.
pub struct Finding {
    /// The report.
    pub issue: StrictIssue,
    /// What its offset is in.
    pub offset: OffsetIn,
    /// The document (YAML) or value (JSON) it was found in, from 1, when the input holds
    /// several.
    pub document: Option<usize>,
}

/// What a finding's byte offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetIn {
    /// The JSON input.
    Json,
    /// The YAML input.
    Yaml,
    /// JSON converted from YAML, which the user never saw: not shown.
    ConvertedYaml,
    /// The CBOR input.
    Cbor,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(n) = self.document {
            write!(f, "document {n}: ")?;
        }
        let i = &self.issue;
        match self.offset {
            OffsetIn::Json => write!(f, "{i}"),
            OffsetIn::Yaml => write!(f, "{i} of the YAML"),
            OffsetIn::Cbor => write!(f, "{i} of the CBOR"),
            OffsetIn::ConvertedYaml => write!(f, "{} field \"{}\"", i.kind.as_str(), i.path),
        }
    }
}

/// `--type`: the kind it names and the apiVersion its name says (`apps.v1.GetOptions` is
/// `apps/v1`), which complete an envelope's empty type meta as Go's decoder defaults do.
pub struct Forced {
    /// The kind.
    pub kind: &'static Kind,
    /// The apiVersion of the name.
    pub api_version: String,
}

/// What `convert` reads: the options that matter to decoding.
pub struct Request<'a> {
    /// `--type`, resolved.
    pub forced: Option<Forced>,
    /// `--strict`.
    pub strict: bool,
    /// The input's name for messages.
    pub source: &'a str,
}

/// Every document of `input` with its strict-mode findings (YAML: `---` separated, empty
/// documents skipped as kubectl skips them; JSON: whitespace-separated values; protobuf:
/// one).
pub fn documents(
    req: &Request<'_>,
    input: &[u8],
) -> Result<Vec<(Document, Vec<Finding>)>, Failure> {
    match Format::detect(input) {
        Some(Format::Protobuf) => Ok(vec![(envelope(req, input)?, Vec::new())]),
        Some(Format::Cbor) => cbor_sequence(req, input),
        Some(Format::Json) => json_stream(req, input),
        Some(Format::Yaml) => yaml(req, input),
        _ => match &req.forced {
            Some(forced) => Ok(vec![(raw_protobuf(forced, input)?, Vec::new())]),
            None => Err(Failure::Input(format!(
                "{} is neither JSON, YAML nor Kubernetes protobuf (no k8s\\0 envelope; it \
                 starts with the bytes {}); a raw protobuf message without envelope needs \
                 --type GROUP.VERSION.KIND",
                req.source,
                input::head_hex(input)
            ))),
        },
    }
}

/// Whether `kind` cannot be the type of an object that says it is `apiVersion`/`kind`
/// (empty fields say nothing): the pair resolves to another kind, or to none (meta/v1 kinds
/// resolve in several group versions, see [`registry::lookup`]).
fn contradicts(kind: &Kind, api_version: &str, kind_name: &str) -> bool {
    (!kind_name.is_empty() && kind_name != kind.kind)
        || (!api_version.is_empty()
            && !registry::lookup(api_version, kind.kind).is_some_and(|k| std::ptr::eq(k, kind)))
}

/// The kind of an object that says it is `type_meta`: `--type` if given (and it agrees),
/// else the registered kind, else `None` (no type registered).
fn resolve(
    req: &Request<'_>,
    (api_version, kind_name): (&str, &str),
) -> Result<Option<&'static Kind>, Failure> {
    if let Some(Forced { kind, .. }) = req.forced {
        if contradicts(kind, api_version, kind_name) {
            return Err(Failure::Input(format!(
                "--type {} (apiVersion {:?}, kind {:?}) contradicts the input's apiVersion \
                 {api_version:?}, kind {kind_name:?}",
                kind.fixture_name(),
                kind.api_version(),
                kind.kind
            )));
        }
        return Ok(Some(kind));
    }
    if kind_name.is_empty() {
        return Err(Failure::Input(
            "the input has no kind; name its type with --type GROUP.VERSION.KIND".into(),
        ));
    }
    Ok(registry::lookup(api_version, kind_name))
}

/// A `k8s\0` envelope: its type comes from its type meta, completed from `--type` where it
/// says nothing (a WatchEvent's is empty), as Go's decoder completes it from its defaults.
fn envelope(req: &Request<'_>, input: &[u8]) -> Result<Document, Failure> {
    let env = kcodec::proto::envelope::decode(input)
        .map_err(|e| Failure::Input(format!("reading the protobuf envelope: {e}")))?;
    let (api_version, kind_name) = match &req.forced {
        Some(forced) => completed((env.api_version, env.kind), forced),
        None => (env.api_version, env.kind),
    };
    let kind = resolve(req, (api_version, kind_name))?.ok_or_else(|| {
        Failure::Input(format!(
            "no type registered for apiVersion {api_version:?}, kind {kind_name:?}: protobuf \
             of an unregistered kind (a custom resource) cannot be decoded (see `kcodec kinds`)"
        ))
    })?;
    let mut object = kind
        .decode_proto(env.raw)
        .map_err(|e| Failure::Input(format!("decoding {}: {e}", kind.fixture_name())))?;
    // The type meta Go's decoder gives the object: the type it read (`/v1` is `v1`). The
    // document keeps the object's own (none for a WatchEvent), which an output envelope names.
    let api_version = api_version.strip_prefix('/').unwrap_or(api_version);
    object.set_type_meta(api_version, kind_name);
    let type_meta = if kind.has_type_meta() {
        (api_version.into(), kind_name.into())
    } else {
        Default::default()
    };
    Ok(Document::Typed { object, type_meta })
}

/// An envelope's type meta completed from `--type`, as Go's decoder completes it from its
/// defaults: an empty kind is the default kind, an apiVersion that names no version (empty,
/// `apps/`, or not an apiVersion at all) is the default apiVersion.
fn completed<'a>(
    (api_version, kind): (&'a str, &'a str),
    forced: &'a Forced,
) -> (&'a str, &'a str) {
    let kind = if kind.is_empty() {
        forced.kind.kind
    } else {
        kind
    };
    let versionless = registry::parse_api_version(api_version).is_none_or(|(_, v)| v.is_empty());
    let api_version = if versionless {
        forced.api_version.as_str()
    } else {
        api_version
    };
    (api_version, kind)
}

/// A protobuf message without envelope, decoded as `--type`'s kind; it gets the name's
/// apiVersion and the kind, as the envelope would give them.
fn raw_protobuf(forced: &Forced, input: &[u8]) -> Result<Document, Failure> {
    let kind = forced.kind;
    let mut object = kind.decode_proto(input).map_err(|e| {
        Failure::Input(format!(
            "decoding the input as a raw protobuf {} (no k8s\\0 envelope): {e}",
            kind.fixture_name()
        ))
    })?;
    object.set_type_meta(&forced.api_version, kind.kind);
    // The type meta the object holds: none for types without it (WatchEvent).
    let mut json = Vec::new();
    object.encode_json(&mut json);
    let type_meta = type_meta(&json).unwrap_or_default();
    Ok(Document::Typed { object, type_meta })
}

/// The apiVersion and kind of a JSON object (read without decoding the rest).
fn type_meta(json: &[u8]) -> kcodec::Result<(String, String)> {
    let raw = RawObject {
        bytes: json,
        format: Format::Json,
    };
    raw.type_meta()
        .map(|(a, k)| (a.into_owned(), k.into_owned()))
}

/// The JSON values of `input` (one or more, separated by whitespace, as `kcodec convert
/// --to json` writes several objects and as kubectl reads a JSON stream), each decoded with
/// its byte offsets counted in `input`.
fn json_stream(req: &Request<'_>, input: &[u8]) -> Result<Vec<(Document, Vec<Finding>)>, Failure> {
    let start = if input.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    let mut frames = FrameDecoder::with_max_frame(Format::Json, usize::MAX)
        .map_err(|e| Failure::Input(format!("reading JSON: {e}")))?;
    frames.feed(&input[start..]);
    // The framer buffers the whole input, so frame offsets index it (after the BOM).
    let mut values = Vec::new();
    let mut end = start;
    while let Some((at, frame)) = frames
        .next_frame_at()
        .map_err(|e| Failure::Input(e.to_string()))?
    {
        let from = start + at as usize;
        end = from + frame.len();
        values.push(from..end);
    }
    // An unfinished last value: the decoder says what is wrong with it, and where.
    if !input[end..].iter().all(u8::is_ascii_whitespace) {
        let from = end
            + input[end..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        values.push(from..input.len());
    }
    let several = values.len() > 1;
    let mut out = Vec::with_capacity(values.len());
    for (i, range) in values.into_iter().enumerate() {
        let base = range.start;
        let (decoded, mut findings) =
            json(req, &input[range], OffsetIn::Json, base).map_err(|f| match f {
                Failure::Input(msg) if several => Failure::Input(format!(
                    "JSON value {} of {} (at byte {base}): {msg}",
                    i + 1,
                    req.source
                )),
                other => other,
            })?;
        if several {
            for f in &mut findings {
                f.document = Some(i + 1);
            }
        }
        out.push((decoded, findings));
    }
    Ok(out)
}

/// One JSON document; `offsets` says what its byte offsets count (the input, or JSON
/// converted from YAML), and `base` is added to them (the document's offset in the input).
fn json(
    req: &Request<'_>,
    json: &[u8],
    offsets: OffsetIn,
    base: usize,
) -> Result<(Document, Vec<Finding>), Failure> {
    let shift = |e: kcodec::Error| e.shifted(base as u64);
    let type_meta = type_meta(json)
        .map_err(|e| Failure::Input(format!("reading apiVersion/kind: {}", shift(e))))?;
    let Some(kind) = resolve(req, (&type_meta.0, &type_meta.1))? else {
        let unstructured = kcodec::json::marshal_unstructured(json).map_err(|e| {
            Failure::Input(format!(
                "reading {} {}: {}",
                type_meta.0,
                type_meta.1,
                shift(e)
            ))
        })?;
        return Ok((
            Document::Unstructured {
                json: unstructured,
                type_meta,
            },
            Vec::new(),
        ));
    };
    let opts = DecodeOptions {
        strict: req.strict,
        ..DecodeOptions::default()
    };
    let (object, issues) = kind
        .decode_json_with(json, opts)
        .map_err(|e| Failure::Input(format!("decoding {}: {}", kind.fixture_name(), shift(e))))?;
    let findings = issues
        .into_iter()
        .map(|mut issue| {
            issue.offset += base;
            Finding {
                issue,
                offset: offsets,
                document: None,
            }
        })
        .collect();
    Ok((Document::Typed { object, type_meta }, findings))
}

/// The CBOR items of `input` (one, or several one after another: an RFC 8742 sequence, as
/// `kcodec convert --to cbor` writes several objects), each decoded with its byte offsets
/// counted in `input`.
fn cbor_sequence(
    req: &Request<'_>,
    input: &[u8],
) -> Result<Vec<(Document, Vec<Finding>)>, Failure> {
    let mut items = Vec::new();
    let mut at = 0;
    while at < input.len() {
        let mut r = kcodec::cbor::CborReader::new(&input[at..], DecodeOptions::default());
        // An item that does not end: decoding it says what is wrong, and where.
        let end = match r.skip_value() {
            Ok(()) => at + r.offset(),
            Err(_) => input.len(),
        };
        items.push(at..end);
        at = end;
    }
    let several = items.len() > 1;
    let mut out = Vec::with_capacity(items.len());
    for (i, range) in items.into_iter().enumerate() {
        let base = range.start;
        let (decoded, mut findings) = cbor(req, &input[range], base).map_err(|f| match f {
            Failure::Input(msg) if several => Failure::Input(format!(
                "CBOR item {} of {} (at byte {base}): {msg}",
                i + 1,
                req.source
            )),
            other => other,
        })?;
        if several {
            for f in &mut findings {
                f.document = Some(i + 1);
            }
        }
        out.push((decoded, findings));
    }
    Ok(out)
}

/// One CBOR object: its type from its apiVersion/kind (read laxly, as the API server's
/// decoder does), or kept as JSON (Go's JSON of the unstructured object) when no type is
/// registered for it.
fn cbor(req: &Request<'_>, cbor: &[u8], base: usize) -> Result<(Document, Vec<Finding>), Failure> {
    let shift = |e: kcodec::Error| e.shifted(base as u64);
    let tm: kcodec_types::meta::v1::TypeMeta = kcodec::cbor::from_slice(cbor)
        .map_err(|e| Failure::Input(format!("reading apiVersion/kind: {}", shift(e))))?;
    let type_meta = (tm.api_version.into_string(), tm.kind.into_string());
    let Some(kind) = resolve(req, (&type_meta.0, &type_meta.1))? else {
        let json = kcodec::cbor::cbor_to_json(cbor).map_err(|e| {
            Failure::Input(format!(
                "reading {} {}: {}",
                type_meta.0,
                type_meta.1,
                shift(e)
            ))
        })?;
        return Ok((Document::Unstructured { json, type_meta }, Vec::new()));
    };
    let opts = DecodeOptions {
        strict: req.strict,
        ..DecodeOptions::default()
    };
    let (object, issues) = kind
        .decode_cbor_with(cbor, opts)
        .map_err(|e| Failure::Input(format!("decoding {}: {}", kind.fixture_name(), shift(e))))?;
    let findings = issues
        .into_iter()
        .map(|mut issue| {
            issue.offset += base;
            Finding {
                issue,
                offset: OffsetIn::Cbor,
                document: None,
            }
        })
        .collect();
    Ok((Document::Typed { object, type_meta }, findings))
}

/// Every document of a YAML stream, read as the API server reads YAML (converted to JSON,
/// then decoded); strict mode also reports keys repeated in the YAML, which the conversion
/// drops. Empty documents (and `null` ones) are skipped, as kubectl skips them.
fn yaml(req: &Request<'_>, input: &[u8]) -> Result<Vec<(Document, Vec<Finding>)>, Failure> {
    let limits = kcodec::yaml::YamlLimits::default();
    let docs = if req.strict {
        kcodec::yaml::yaml_to_json_documents_strict(input, limits)
    } else {
        kcodec::yaml::yaml_to_json_documents(input, limits)
            .map(|docs| docs.into_iter().map(|d| (d, Vec::new())).collect())
    }
    .map_err(|e| Failure::Input(format!("reading YAML: {e}")))?;
    let several = docs.iter().filter(|(d, _)| d != b"null").count() > 1;
    let mut out = Vec::new();
    for (i, (doc, repeats)) in docs.into_iter().enumerate() {
        if doc == b"null" {
            continue;
        }
        let (decoded, mut findings) =
            json(req, &doc, OffsetIn::ConvertedYaml, 0).map_err(|f| match f {
                Failure::Input(msg) if several => {
                    Failure::Input(format!("YAML document {} of {}: {msg}", i + 1, req.source))
                }
                other => other,
            })?;
        let yaml_findings = repeats.into_iter().map(|issue| Finding {
            issue,
            offset: OffsetIn::Yaml,
            document: None,
        });
        findings.splice(0..0, yaml_findings);
        if several {
            for f in &mut findings {
                f.document = Some(i + 1);
            }
        }
        out.push((decoded, findings));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contradiction_needs_a_field_that_differs() {
        let pod = registry::lookup_name("core.v1.Pod").unwrap();
        let status = registry::lookup_name("core.v1.Status").unwrap();
        assert!(!contradicts(pod, "v1", "Pod"));
        assert!(!contradicts(pod, "", ""));
        assert!(!contradicts(pod, "", "Pod"));
        assert!(contradicts(pod, "apps/v1", "Pod"));
        assert!(contradicts(pod, "v1", "Deployment"));
        // Status is unversioned; GetOptions is in every group version, not in meta.k8s.io/v1.
        assert!(!contradicts(status, "apps/v1", "Status"));
        assert!(!contradicts(status, "example.com/v1", "Status"));
        assert!(contradicts(status, "v1", "Pod"));
        let get = registry::lookup_name("core.v1.GetOptions").unwrap();
        assert!(!contradicts(get, "apps/v1", ""));
        assert!(contradicts(get, "example.com/v1", "GetOptions"));
        assert!(contradicts(get, "meta.k8s.io/v1", "GetOptions"));
    }
}
