//! [`Format`]: the one name of a wire format across kcodec, with everything that is per
//! format but not per type: media types, names, detection from bytes, the watch-stream
//! framing and event layout ([`Format::write_event`]), the LIST layout ([`ListWriter`]) and
//! the conversions of unstructured content (JSON ↔ YAML, CBOR).
//!
//! Every variant exists whatever kcodec's cargo features are: an operation on a format whose
//! feature (`yaml`, `cbor`) is off returns an [`Error`] naming the feature, so that turning a
//! feature on never breaks a `match` on `Format`.

mod list;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::cache::EventType;
use crate::error::{Error, ErrorKind, Result};
use crate::json::JsonEncode;
use crate::proto::ProtoMessage;

pub use list::{ListItems, ListWriter};

/// A wire format of Kubernetes objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Compact JSON (`application/json`), as Go's `json.Marshal` writes it.
    Json,
    /// JSON indented as Go's `json.MarshalIndent(v, "", "  ")` (the layout of Kubernetes'
    /// fixtures); its media type is JSON's.
    JsonPretty,
    /// YAML as `sigs.k8s.io/yaml` writes it (`application/yaml`; kcodec's `yaml` feature).
    Yaml,
    /// Kubernetes protobuf: the `k8s\0` envelope (`application/vnd.kubernetes.protobuf`).
    Protobuf,
    /// CBOR as the API server writes it (`application/cbor`; kcodec's `cbor` feature).
    Cbor,
}

/// The protobuf media type.
const PROTOBUF: &str = "application/vnd.kubernetes.protobuf";

/// The number of formats with a watch stream (JSON, protobuf, CBOR).
pub(crate) const WATCH_FORMATS: usize = 3;

/// The head of CBOR's self-described tag (55799), which the API server writes first:
/// `cbor::write::SELF_DESCRIBED`, known here without the `cbor` feature for detection.
const CBOR_SELF_DESCRIBED: [u8; 3] = [0xd9, 0xd9, 0xf7];

impl Format {
    /// Every format, in declaration order.
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::JsonPretty,
        Format::Yaml,
        Format::Protobuf,
        Format::Cbor,
    ];

    /// The short name (`json`, `json-pretty`, `yaml`, `pb`, `cbor`): the CLI's and the
    /// oracle's spelling, and what [`FromStr`] reads (which also takes `protobuf`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::JsonPretty => "json-pretty",
            Format::Yaml => "yaml",
            Format::Protobuf => "pb",
            Format::Cbor => "cbor",
        }
    }

    /// Position in [`Format::ALL`] (a dense index for per-format tables).
    #[inline]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The media type of a body in this format (`Content-Type`): `application/json` (also
    /// for [`Format::JsonPretty`]), `application/yaml`, `application/vnd.kubernetes.protobuf`,
    /// `application/cbor`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json | Format::JsonPretty => "application/json",
            Format::Yaml => "application/yaml",
            Format::Protobuf => PROTOBUF,
            Format::Cbor => "application/cbor",
        }
    }

    /// The `Content-Type` of a watch stream in this format, as the API server's watch handler
    /// sends it: `application/json` (a client asks for it as `application/json;stream=watch`
    /// or plain), `application/vnd.kubernetes.protobuf;stream=watch`, `application/cbor-seq`
    /// (RFC 8742). YAML has no watch stream: an error.
    pub fn watch_media_type(self) -> Result<&'static str> {
        match self {
            Format::Json | Format::JsonPretty => Ok("application/json"),
            Format::Protobuf => Ok("application/vnd.kubernetes.protobuf;stream=watch"),
            Format::Cbor => Ok("application/cbor-seq"),
            Format::Yaml => Err(no_watch_stream(self)),
        }
    }

    /// The format of a media type (`type/subtype`, parameters ignored):
    /// `application/json`, `application/yaml`, `application/vnd.kubernetes.protobuf`,
    /// `application/cbor`; with `watch`, also the stream type `application/cbor-seq`.
    /// `None` for any other type (and for wildcards, which a negotiation resolves).
    pub fn from_media_type(media: &str, watch: bool) -> Option<Format> {
        let media = media.split(';').next().unwrap_or("").trim();
        let (ty, sub) = media.split_once('/')?;
        if ty.trim() != "application" {
            return None;
        }
        match sub.trim() {
            "json" => Some(Format::Json),
            "yaml" => Some(Format::Yaml),
            "vnd.kubernetes.protobuf" => Some(Format::Protobuf),
            "cbor" => Some(Format::Cbor),
            "cbor-seq" if watch => Some(Format::Cbor),
            _ => None,
        }
    }

    /// The format of a whole object from its first bytes (the CLI's detection): the `k8s\0`
    /// envelope is protobuf; CBOR's self-described tag `d9 d9 f7` (which the API server writes
    /// first) or a map's initial byte (`a0`..`bf`, never the start of UTF-8 text) is CBOR;
    /// `{` as the first byte after whitespace (and a UTF-8 byte order mark) is JSON; other
    /// text (valid UTF-8 without control characters but tab, CR and LF, see [`is_text`]) is
    /// YAML, an empty input included. `None` for anything else (raw protobuf without its
    /// envelope, or bytes of another kind).
    pub fn detect(input: &[u8]) -> Option<Format> {
        if crate::proto::envelope::is_envelope(input) {
            return Some(Format::Protobuf);
        }
        if input.starts_with(&CBOR_SELF_DESCRIBED) || matches!(input.first(), Some(0xa0..=0xbf)) {
            return Some(Format::Cbor);
        }
        let body = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
        match body.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Some(Format::Json),
            _ if is_text(body) => Some(Format::Yaml),
            _ => None,
        }
    }

    /// The format of a watch stream from its first byte after whitespace: `{` is JSON,
    /// `0xd9` (the self-described tag that starts every CBOR event Kubernetes writes) is
    /// CBOR, anything else a protobuf length prefix (a frame under the 16 MiB cap starts
    /// with a `0x00` byte).
    pub fn detect_stream(first: u8) -> Format {
        match first {
            b'{' => Format::Json,
            0xd9 => Format::Cbor,
            _ => Format::Protobuf,
        }
    }

    /// Append one watch event of type `event` whose object is `object`, already encoded in
    /// this format's watch form, as the API server writes it (see [`crate::watch`]): JSON
    /// `{"type":..,"object":..}\n` (`object` compact JSON), protobuf's 4-byte length and raw
    /// `WatchEvent` (`object` a `k8s\0` envelope), CBOR's `d9d9f7 {'type', 'object'}`
    /// (`object` self-described CBOR; no framing). YAML has no watch stream: an error.
    pub fn write_event(self, out: &mut Vec<u8>, event: EventType, object: &[u8]) -> Result<()> {
        match self {
            Format::Json | Format::JsonPretty => crate::watch::write_json_event(out, event, object),
            Format::Protobuf => crate::watch::write_proto_event(out, event, object),
            Format::Cbor => crate::watch::write_cbor_event(out, event, object),
            Format::Yaml => return Err(no_watch_stream(self)),
        }
        Ok(())
    }

    /// The LIST writer of this format (head, items, tail; see [`ListWriter`]) for a list of
    /// `kind` in `api_version` whose metadata (`ListMeta`) is `list_meta`, encoded as a LIST
    /// nests it: compact JSON, the protobuf message body, or the CBOR item without the
    /// self-described prefix (`cbor::to_vec_bare`). JSON, protobuf and CBOR have one; an
    /// indented or YAML LIST is the JSON list converted ([`Format::from_json`]): an error.
    pub fn list_writer<'a>(
        self,
        kind: &'a str,
        api_version: &'a str,
        list_meta: &'a [u8],
    ) -> Result<ListWriter<'a>> {
        ListWriter::new(self, kind, api_version, list_meta)
    }

    /// `input` in this format read as JSON, as Go reads unstructured content (a custom
    /// resource, a `map[string]interface{}`): JSON as it is, YAML converted
    /// (`sigs.k8s.io/yaml`; feature `yaml`), CBOR transcoded (feature `cbor`; the
    /// self-described prefix is optional). Protobuf needs the object's type: an error.
    pub fn to_json(self, input: &[u8]) -> Result<Cow<'_, [u8]>> {
        match self {
            Format::Json | Format::JsonPretty => Ok(Cow::Borrowed(input)),
            Format::Yaml => yaml_to_json(input).map(Cow::Owned),
            Format::Cbor => cbor_to_json(input).map(Cow::Owned),
            Format::Protobuf => Err(needs_type(self)),
        }
    }

    /// Compact JSON (`json`, as Go's `json.Marshal` writes it) written in this format, as Go
    /// writes unstructured content: JSON copied, JSON indented (`json.MarshalIndent`), YAML
    /// (`sigs.k8s.io/yaml`; feature `yaml`), CBOR with its self-described prefix (feature
    /// `cbor`). Protobuf needs the object's type: an error.
    pub fn from_json(self, json: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        self.from_json_into(&mut out, json)?;
        Ok(out)
    }

    /// [`Format::from_json`] appending to `out`.
    pub fn from_json_into(self, out: &mut Vec<u8>, json: &[u8]) -> Result<()> {
        match self {
            Format::Json => out.extend_from_slice(json),
            Format::JsonPretty => crate::json::indent_into(out, json, "", "  "),
            Format::Yaml => out.extend_from_slice(&json_to_yaml(json)?),
            Format::Cbor => json_to_cbor_into(out, json)?,
            Format::Protobuf => return Err(needs_type(self)),
        }
        Ok(())
    }

    /// `value` as a whole document in this format: compact JSON (Go's `json.Marshal`, no
    /// trailing newline), indented JSON, YAML (feature `yaml`), Kubernetes' protobuf envelope
    /// carrying `api_version` and `kind`, CBOR with its self-described prefix (feature
    /// `cbor`). `api_version` and `kind` are used by protobuf only (the other formats carry
    /// the value's own).
    pub fn encode<T>(self, api_version: &str, kind: &str, value: &T) -> Result<Vec<u8>>
    where
        T: JsonEncode + ProtoMessage + MaybeCbor,
    {
        match self {
            Format::Protobuf => Ok(crate::proto::envelope::encode(api_version, kind, value)),
            Format::Cbor => cbor_document(value),
            Format::Json => crate::json::to_vec(value),
            _ => self.from_json(&crate::json::to_vec(value)?),
        }
    }

    /// [`Format::encode`] as an HTTP response body, as the API server writes it: followed by
    /// [`Format::response_suffix`].
    pub fn encode_response<T>(self, api_version: &str, kind: &str, value: &T) -> Result<Vec<u8>>
    where
        T: JsonEncode + ProtoMessage + MaybeCbor,
    {
        let mut out = self.encode(api_version, kind, value)?;
        out.extend_from_slice(self.response_suffix());
        Ok(out)
    }

    /// What follows a document in an HTTP response body: the `\n` Go's `json.Encoder`
    /// writes after a JSON value; nothing in the other formats.
    pub fn response_suffix(self) -> &'static [u8] {
        match self {
            Format::Json => b"\n",
            _ => b"",
        }
    }

    /// `value` as a value nested in another (a LIST's items and metadata, see
    /// [`ListWriter`]): compact JSON, the protobuf message body (no envelope), the CBOR item
    /// without the self-described prefix (feature `cbor`). An error for indented JSON and
    /// YAML, which have no nested form of their own.
    pub fn encode_nested<T>(self, value: &T) -> Result<Vec<u8>>
    where
        T: JsonEncode + ProtoMessage + MaybeCbor,
    {
        if self == Format::Protobuf {
            let mut w = crate::proto::RevBuf::with_capacity(value.encoded_len());
            value.encode_rev(&mut w);
            return Ok(w.into_vec());
        }
        let mut out = Vec::with_capacity(256);
        self.encode_nested_into(&mut out, value)?;
        Ok(out)
    }

    /// [`Format::encode_nested`] appending to `out`.
    pub fn encode_nested_into<T>(self, out: &mut Vec<u8>, value: &T) -> Result<()>
    where
        T: JsonEncode + ProtoMessage + MaybeCbor,
    {
        match self {
            Format::Json => crate::json::encode_into(out, value)?,
            Format::Protobuf => out.extend_from_slice(&self.encode_nested(value)?),
            Format::Cbor => value.encode_cbor_item(out)?,
            _ => return self.list_writer("", "", b"").map(|_| ()),
        }
        Ok(())
    }

    /// The watch format whose events this format gets (indented JSON: JSON's, a JSON watch
    /// stream being compact) and its slot in a table of [`WATCH_FORMATS`] (the cache's);
    /// `None` for a format without a watch stream (see [`Format::write_event`]'s error).
    #[inline]
    pub(crate) fn watch_slot(self) -> Option<(Format, usize)> {
        match self {
            Format::Json | Format::JsonPretty => Some((Format::Json, 0)),
            Format::Protobuf => Some((Format::Protobuf, 1)),
            Format::Cbor => Some((Format::Cbor, 2)),
            Format::Yaml => None,
        }
    }

    /// The nested form ([`Format::encode_nested`]) of `document`, a whole document in this
    /// format ([`Format::encode`]), as a zero-copy slice of it: JSON as it is, protobuf's
    /// envelope body, CBOR without its self-described prefix. An error for indented JSON and
    /// YAML.
    #[inline]
    pub(crate) fn nested_of(self, document: bytes::Bytes) -> Result<bytes::Bytes> {
        match self {
            Format::Json => Ok(document),
            Format::Protobuf => crate::proto::envelope::body_bytes(&document),
            Format::Cbor => Ok(document.slice(cbor_prefix_len(&document)..)),
            _ => self.list_writer("", "", b"").map(|_| bytes::Bytes::new()),
        }
    }

    /// The cargo feature of kcodec this format needs, if any (`yaml`, `cbor`), and whether it
    /// is on in this build.
    pub fn feature(self) -> Option<(&'static str, bool)> {
        match self {
            Format::Yaml => Some(("yaml", cfg!(feature = "yaml"))),
            Format::Cbor => Some(("cbor", cfg!(feature = "cbor"))),
            _ => None,
        }
    }

    /// `Ok` if this format's cargo feature is on (or it needs none), else the error that
    /// names the feature.
    pub fn check_feature(self) -> Result<()> {
        match self.feature() {
            Some((name, false)) => Err(feature_off(self, name)),
            _ => Ok(()),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// A format's short name: `json`, `json-pretty`, `yaml`, `pb` or `protobuf`, `cbor`.
    fn from_str(s: &str) -> Result<Format> {
        match s {
            "json" => Ok(Format::Json),
            "json-pretty" => Ok(Format::JsonPretty),
            "yaml" => Ok(Format::Yaml),
            "pb" | "protobuf" => Ok(Format::Protobuf),
            "cbor" => Ok(Format::Cbor),
            _ => Err(Error::new(
                ErrorKind::InvalidValue {
                    message: format!(
                        "unknown format {s:?} (expected json, json-pretty, yaml, pb, protobuf or cbor)"
                    ),
                },
                0,
            )),
        }
    }
}

/// Whether `bytes` are text: valid UTF-8 with no control characters other than tab, LF
/// and CR (YAML allows no others).
pub fn is_text(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
        && !bytes
            .iter()
            .any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
}

/// The error of an operation on `format` whose cargo feature `feature` is off.
pub(crate) fn feature_off(format: Format, feature: &str) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: format!(
                "{format} needs kcodec's `{feature}` cargo feature, which this build leaves off"
            ),
        },
        0,
    )
}

/// A value of `type_name` asked for in CBOR: it has no CBOR codec here.
#[cold]
pub(crate) fn no_cbor_codec(type_name: &str) -> Error {
    let why = if cfg!(feature = "cbor") {
        "derive `kcodec::Cbor` for it (kcodec-types: its `cbor` feature)"
    } else {
        "kcodec's `cbor` cargo feature is off in this build"
    };
    Error::new(
        ErrorKind::InvalidValue {
            message: format!("`{type_name}` has no CBOR codec: {why}"),
        },
        0,
    )
}

fn no_watch_stream(format: Format) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: format!("{format} has no watch stream (json, pb and cbor have one)"),
        },
        0,
    )
}

fn needs_type(format: Format) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: format!(
                "{format} content cannot be converted without the object's type (an unregistered kind has no protobuf schema)"
            ),
        },
        0,
    )
}

#[cfg(feature = "yaml")]
fn yaml_to_json(input: &[u8]) -> Result<Vec<u8>> {
    crate::yaml::yaml_to_json(input)
}

#[cfg(not(feature = "yaml"))]
fn yaml_to_json(_: &[u8]) -> Result<Vec<u8>> {
    Err(feature_off(Format::Yaml, "yaml"))
}

#[cfg(feature = "yaml")]
fn json_to_yaml(json: &[u8]) -> Result<Vec<u8>> {
    crate::yaml::json_to_yaml(json)
}

#[cfg(not(feature = "yaml"))]
fn json_to_yaml(_: &[u8]) -> Result<Vec<u8>> {
    Err(feature_off(Format::Yaml, "yaml"))
}

#[cfg(feature = "cbor")]
fn cbor_to_json(input: &[u8]) -> Result<Vec<u8>> {
    crate::cbor::cbor_to_json(input)
}

#[cfg(not(feature = "cbor"))]
fn cbor_to_json(_: &[u8]) -> Result<Vec<u8>> {
    Err(feature_off(Format::Cbor, "cbor"))
}

#[cfg(feature = "cbor")]
fn json_to_cbor_into(out: &mut Vec<u8>, json: &[u8]) -> Result<()> {
    out.extend_from_slice(&crate::cbor::write::SELF_DESCRIBED);
    crate::cbor::json_to_cbor_into(out, json)
}

#[cfg(not(feature = "cbor"))]
fn json_to_cbor_into(_: &mut Vec<u8>, _: &[u8]) -> Result<()> {
    Err(feature_off(Format::Cbor, "cbor"))
}

/// The CBOR encoder of a type if it has one: the type's `#[derive(Cbor)]` (with kcodec's
/// `cbor` feature on) when it derives it, else an error naming the type. `#[derive(Proto)]`
/// implements it (through [`cbor_probe`](crate::__private::cbor_probe), which picks the CBOR
/// codec when the type has one), so the per-format dispatch (`Cached`, `list::write_list`,
/// [`Format::encode`]) keeps one set of bounds, and no cargo feature changes which types
/// satisfy them: turning kcodec's `cbor` feature on does not ask a CBOR codec of a type that
/// did not derive one.
pub trait MaybeCbor {
    /// Append the value's CBOR item (no self-described prefix).
    fn encode_cbor_item(&self, out: &mut Vec<u8>) -> Result<()>;
}

/// The self-described CBOR of a value (`d9d9f7`, then the item), as the API server writes an
/// object.
pub(crate) fn cbor_document<T: MaybeCbor + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&CBOR_SELF_DESCRIBED);
    value
        .encode_cbor_item(&mut out)
        .map_err(|e| e.shifted(CBOR_SELF_DESCRIBED.len() as u64))?;
    Ok(out)
}

/// The length of CBOR's self-described prefix at the start of `item` (0 or 3).
#[inline]
pub(crate) fn cbor_prefix_len(item: &[u8]) -> usize {
    if item.starts_with(&CBOR_SELF_DESCRIBED) {
        CBOR_SELF_DESCRIBED.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
            assert_eq!(f.to_string(), f.name());
            assert_eq!(Format::ALL[f.index()], f);
        }
        assert_eq!("protobuf".parse::<Format>().unwrap(), Format::Protobuf);
        let err = "xml".parse::<Format>().unwrap_err().to_string();
        assert!(
            err.contains("\"xml\"") && err.contains("json-pretty"),
            "{err}"
        );
    }

    #[test]
    fn media_types() {
        for f in [Format::Json, Format::Yaml, Format::Protobuf, Format::Cbor] {
            assert_eq!(Format::from_media_type(f.media_type(), false), Some(f));
        }
        assert_eq!(
            Format::from_media_type("application/yaml; charset=utf-8", false),
            Some(Format::Yaml)
        );
        assert_eq!(Format::from_media_type("application/cbor-seq", false), None);
        assert_eq!(
            Format::from_media_type("application/cbor-seq", true),
            Some(Format::Cbor)
        );
        assert_eq!(
            Format::from_media_type("application/merge-patch+json", false),
            None
        );
        assert_eq!(Format::from_media_type("*/*", false), None);
        assert_eq!(
            Format::Cbor.watch_media_type().unwrap(),
            "application/cbor-seq"
        );
        assert_eq!(
            Format::Protobuf.watch_media_type().unwrap(),
            "application/vnd.kubernetes.protobuf;stream=watch"
        );
        assert_eq!(Format::Json.watch_media_type().unwrap(), "application/json");
        assert!(Format::Yaml.watch_media_type().is_err());
    }

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(Format::detect(b"k8s\0\x0a"), Some(Format::Protobuf));
        assert_eq!(
            Format::detect(b"\xef\xbb\xbf \n{\"kind\":1}"),
            Some(Format::Json)
        );
        assert_eq!(Format::detect(b"\xd9\xd9\xf7\xa0"), Some(Format::Cbor));
        assert_eq!(Format::detect(b"\xa1\x44kind\x43Pod"), Some(Format::Cbor));
        assert_eq!(
            Format::detect(b"kind: Pod\n\tx: \"\xc3\xa9\"\r\n"),
            Some(Format::Yaml)
        );
        assert_eq!(Format::detect(b""), Some(Format::Yaml));
        assert_eq!(Format::detect(b"\x0a\x03abc"), None);
        assert_eq!(Format::detect(b"kind: \xff"), None);
        assert_eq!(Format::detect_stream(b'{'), Format::Json);
        assert_eq!(Format::detect_stream(0xd9), Format::Cbor);
        assert_eq!(Format::detect_stream(0), Format::Protobuf);
    }

    #[test]
    fn features_are_named_when_off() {
        for f in Format::ALL {
            match f.feature() {
                Some((name, false)) => {
                    let err = f.check_feature().unwrap_err().to_string();
                    assert!(err.contains(name), "{err}");
                    assert!(f.from_json(b"{}").is_err());
                }
                _ => assert!(f.check_feature().is_ok()),
            }
        }
        assert!(Format::Protobuf.from_json(b"{}").is_err());
        assert!(Format::Protobuf.to_json(b"k8s\0").is_err());
        let mut out = Vec::new();
        assert!(Format::Yaml
            .write_event(&mut out, EventType::Added, b"{}")
            .is_err());
    }

    #[cfg(feature = "cbor")]
    #[test]
    fn the_cbor_prefix_is_the_cbor_modules() {
        assert_eq!(CBOR_SELF_DESCRIBED, crate::cbor::write::SELF_DESCRIBED);
        let cbor = Format::Cbor.from_json(br#"{"a":1}"#).unwrap();
        assert_eq!(cbor, b"\xd9\xd9\xf7\xa1\x41a\x01");
        assert_eq!(&*Format::Cbor.to_json(&cbor).unwrap(), br#"{"a":1}"#);
    }
}
