//! Objects of any registered kind, held as `Box<dyn Object>`: decoding request bodies in
//! each format, and reading or replacing their `metadata` through their JSON (the registry's
//! `dyn Object` has no metadata accessor, so the server goes through the bytes; this costs
//! one encode and one decode per write, never per read).

use kcodec::json::JsonReader;
use kcodec::watch::RawObject;
use kcodec_types::meta::v1::ObjectMeta;
use kcodec_types::registry::{self, Kind, Object};

use crate::negotiate::Format;
use crate::status::ApiError;

/// Decode a request body in `format`; its type comes from the body itself (`apiVersion` and
/// `kind`, or the protobuf envelope), or, where the body leaves them out, from `default`
/// (the endpoint's kind, as the API server's decoder defaults them). `strict`
/// (`fieldValidation=Strict`) refuses unknown and duplicate fields of JSON and YAML bodies
/// and unknown fields of CBOR bodies (CBOR refuses duplicate keys in any mode; protobuf has
/// no strict mode, as in Kubernetes).
pub fn decode_body(
    body: &[u8],
    format: Format,
    default: Option<&'static Kind>,
    strict: bool,
) -> Result<(&'static Kind, Box<dyn Object>), ApiError> {
    let bad_pb =
        |e: kcodec::Error| ApiError::bad_request(format!("error decoding protobuf body: {e}"));
    let converted;
    let (bytes, format) = match format {
        Format::Protobuf => {
            let env = kcodec::proto::envelope::decode(body).map_err(bad_pb)?;
            if let (Some(kind), "") = (default, env.kind) {
                let mut object = kind.decode_proto(env.raw).map_err(bad_pb)?;
                object.set_type_meta(&kind.api_version(), kind.kind);
                return Ok((kind, object));
            }
            return registry::decode_envelope(body).map_err(bad_pb);
        }
        Format::Yaml => {
            converted = format.to_json(body).map_err(|e| {
                ApiError::bad_request(format!("error converting YAML to JSON: {e}"))
            })?;
            (&converted[..], Format::Json)
        }
        _ => (body, format),
    };
    let raw = RawObject { bytes, format };
    let (mut api_version, mut kind) = raw.type_meta().map_err(|e| {
        ApiError::bad_request(format!(
            "couldn't get version/kind; {} parse error: {e}",
            format.name()
        ))
    })?;
    if let Some(d) = default {
        if kind.is_empty() {
            kind = d.kind.into();
        }
        if api_version.is_empty() {
            api_version = d.api_version().into();
        }
    }
    if kind.is_empty() {
        return Err(ApiError::bad_request(if format == Format::Json {
            format!(
                "Object 'Kind' is missing in '{}'",
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            )
        } else {
            format!(
                "Object 'Kind' is missing in the {} body",
                format.name().to_ascii_uppercase()
            )
        }));
    }
    let found = registry::lookup(&api_version, &kind).ok_or_else(|| {
        ApiError::bad_request(format!(
            "no kind \"{kind}\" is registered for version \"{api_version}\" in scheme"
        ))
    })?;
    let opts = kcodec::json::DecodeOptions {
        strict,
        ..Default::default()
    };
    let decoded = found.decode_with(format, bytes, opts);
    let (mut object, issues) =
        decoded.map_err(|e| ApiError::bad_request(format!("error decoding {kind}: {e}")))?;
    if !issues.is_empty() {
        let list: Vec<String> = issues
            .iter()
            .map(|i| {
                let path = i.path.strip_prefix('.').unwrap_or(&i.path);
                format!("{} field \"{path}\"", i.kind.as_str())
            })
            .collect();
        return Err(ApiError::bad_request(format!(
            "strict decoding error: {}",
            list.join(", ")
        )));
    }
    object.set_type_meta(&api_version, &kind);
    Ok((found, object))
}

/// Compact JSON of an object; an object Go's encoder refuses too (embedded raw bytes that
/// are not JSON) is a 500, as kube-apiserver answers it.
pub fn to_json(object: &dyn Object) -> Result<Vec<u8>, ApiError> {
    object.to_json().map_err(|e| ApiError::encode_failed(&e))
}

/// The `metadata` of an object's compact JSON (default if absent).
pub fn read_meta(json: &[u8]) -> kcodec::Result<ObjectMeta> {
    let mut r = JsonReader::new(json);
    r.begin_object()?;
    let mut first = true;
    while let Some(key) = r.next_key(&mut first)? {
        if &*key == b"metadata" {
            return kcodec::json::from_slice(r.raw_value()?);
        }
        r.skip_value()?;
    }
    Ok(ObjectMeta::default())
}

/// The object `json` (of `kind`) with its `metadata` replaced by `meta`, decoded again.
pub fn with_meta(kind: &Kind, json: &[u8], meta: &ObjectMeta) -> kcodec::Result<Box<dyn Object>> {
    let mut out = Vec::with_capacity(json.len() + 128);
    out.push(b'{');
    let mut r = JsonReader::new(json);
    r.begin_object()?;
    let mut first = true;
    let mut wrote = false;
    let mut seen_meta = false;
    while let Some(key) = r.next_key(&mut first)? {
        let key = key.into_owned();
        let value = r.raw_value()?;
        if wrote {
            out.push(b',');
        }
        wrote = true;
        kcodec::json::write::write_str(&mut out, &String::from_utf8_lossy(&key));
        out.push(b':');
        if key == b"metadata" {
            seen_meta = true;
            out.extend_from_slice(&kcodec::json::to_vec(meta)?);
        } else {
            out.extend_from_slice(value);
        }
    }
    if !seen_meta {
        if wrote {
            out.push(b',');
        }
        out.extend_from_slice(b"\"metadata\":");
        out.extend_from_slice(&kcodec::json::to_vec(meta)?);
    }
    out.push(b'}');
    kind.decode_json(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_is_read_and_replaced() {
        let kind = registry::lookup("v1", "ConfigMap").unwrap();
        let json =
            br#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"a"},"data":{"k":"v"}}"#;
        let obj = kind.decode_json(json).unwrap();
        let mut meta = read_meta(&to_json(obj.as_ref()).unwrap()).unwrap();
        assert_eq!(meta.name.as_str(), "a");
        meta.resource_version = "7".into();
        let back = with_meta(kind, &to_json(obj.as_ref()).unwrap(), &meta).unwrap();
        let text = String::from_utf8(to_json(back.as_ref()).unwrap()).unwrap();
        assert!(text.contains(r#""resourceVersion":"7""#), "{text}");
        assert!(text.contains(r#""data":{"k":"v"}"#), "{text}");
    }
}
