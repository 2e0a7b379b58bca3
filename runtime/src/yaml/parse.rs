//! YAML → JSON, as `sigs.k8s.io/yaml.YAMLToJSON` does it: the YAML is parsed (here by
//! `saphyr-parser`), plain scalars are typed with go-yaml v2's YAML 1.1 rules, keys become
//! strings, merge keys (`<<`) are applied, and the result is written as compact JSON with
//! sorted keys (a Go map's order), ready for kcodec's JSON decoders.
//!
//! Hostile input is bounded: nesting depth is limited, an alias may not refer to a node that
//! encloses it, and the JSON written (aliases expand) may not exceed a budget, so a
//! "billion laughs" document is an error, not an out-of-memory.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser, ScalarStyle};

use super::resolve::{resolve, Resolved};
use crate::error::{Error, ErrorKind, Result};
use crate::json::{path_at, write, DecodeOptions, StrictIssue, StrictIssueKind};

/// Bounds on what a YAML document may cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YamlLimits {
    /// Deepest nesting of sequences and mappings, aliases expanded (default 256).
    pub max_depth: usize,
    /// Most JSON bytes one document may produce, aliases expanded (default: 64 times the
    /// input, and at least 1 MiB).
    pub max_output: Option<usize>,
}

impl Default for YamlLimits {
    fn default() -> Self {
        YamlLimits {
            max_depth: 256,
            max_output: None,
        }
    }
}

/// Convert the first document of `input` to compact JSON, as Kubernetes reads YAML
/// (`yaml.YAMLToJSON`; an empty document is `null`).
pub fn yaml_to_json(input: &[u8]) -> Result<Vec<u8>> {
    let docs = convert(input, YamlLimits::default(), true, false)?;
    Ok(docs
        .into_iter()
        .next()
        .map_or_else(|| b"null".to_vec(), |d| d.json))
}

/// Convert the first document as [`yaml_to_json`] does (the last of repeated keys wins) and,
/// as Kubernetes' strict decoding does (`yaml.YAMLToJSONStrict`), report each key repeated
/// within one mapping: a [`StrictIssue`] of kind `Duplicate` at the repeat's byte offset in
/// the YAML, with its field path in the JSON. A key that overrides one brought in by a merge
/// key (`<<`) is not a repeat. At most `DecodeOptions::default().max_reports` (100) reports,
/// in document order.
pub fn yaml_to_json_strict(input: &[u8]) -> Result<(Vec<u8>, Vec<StrictIssue>)> {
    let docs = convert(input, YamlLimits::default(), true, true)?;
    Ok(docs
        .into_iter()
        .next()
        .map_or_else(|| (b"null".to_vec(), Vec::new()), Document::into_strict))
}

/// Convert every document of a multi-document stream (`---` separated) to compact JSON.
pub fn yaml_to_json_documents(input: &[u8], limits: YamlLimits) -> Result<Vec<Vec<u8>>> {
    Ok(convert(input, limits, false, false)?
        .into_iter()
        .map(|d| d.json)
        .collect())
}

/// Convert every document of a multi-document stream as [`yaml_to_json_documents`] does
/// and report, per document, each key repeated within one mapping as
/// [`yaml_to_json_strict`] does (offsets in `input`, paths in that document's JSON).
pub fn yaml_to_json_documents_strict(
    input: &[u8],
    limits: YamlLimits,
) -> Result<Vec<(Vec<u8>, Vec<StrictIssue>)>> {
    Ok(convert(input, limits, false, true)?
        .into_iter()
        .map(Document::into_strict)
        .collect())
}

/// One converted document.
struct Document {
    json: Vec<u8>,
    /// In strict mode, each repeated key: its byte offset in the YAML and the offset of the
    /// key (the one kept) in `json`.
    repeats: Vec<(usize, usize)>,
}

impl Document {
    /// The JSON and its repeated keys as strict-mode reports: sorted, one per YAML offset,
    /// at most `DecodeOptions::default().max_reports`.
    fn into_strict(self) -> (Vec<u8>, Vec<StrictIssue>) {
        let mut repeats = self.repeats;
        repeats.sort_unstable();
        repeats.dedup_by_key(|r| r.0);
        let issues = repeats
            .into_iter()
            .take(DecodeOptions::default().max_reports)
            .map(|(yaml_at, json_at)| StrictIssue {
                kind: StrictIssueKind::Duplicate,
                offset: yaml_at,
                path: path_at(&self.json, json_at),
            })
            .collect();
        (self.json, issues)
    }
}

/// A parsed node; children are indices into the arena.
enum Node<'a> {
    Scalar {
        value: Cow<'a, str>,
        style: ScalarStyle,
        tag: Option<String>,
        at: usize,
    },
    Seq(Vec<usize>),
    /// Keys and values, in document order.
    Map(Vec<(usize, usize)>, usize),
    Alias(usize),
}

struct Open {
    node: usize,
    anchor: usize,
    /// A mapping's pending key.
    key: Option<usize>,
}

fn yaml_error(message: impl Into<String>, offset: usize) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            message: message.into(),
        },
        offset,
    )
}

/// Maps the parser's character indices to byte offsets, walking forward from the last
/// answer (events come in document order), so the whole document costs one pass.
struct Offsets<'t> {
    text: &'t str,
    /// Bytes of a byte-order mark skipped before `text`.
    bom: usize,
    ascii: bool,
    chars: usize,
    bytes: usize,
}

impl<'t> Offsets<'t> {
    fn new(text: &'t str, bom: usize) -> Self {
        Offsets {
            text,
            bom,
            ascii: text.is_ascii(),
            chars: 0,
            bytes: 0,
        }
    }

    fn byte_offset(&mut self, chars: usize) -> usize {
        self.bom + self.offset_in_text(chars)
    }

    fn offset_in_text(&mut self, chars: usize) -> usize {
        if self.ascii {
            return chars.min(self.text.len());
        }
        if chars < self.chars {
            (self.chars, self.bytes) = (0, 0);
        }
        for c in self.text[self.bytes..].chars() {
            if self.chars == chars {
                break;
            }
            self.chars += 1;
            self.bytes += c.len_utf8();
        }
        self.bytes
    }
}

fn convert(
    input: &[u8],
    limits: YamlLimits,
    first_only: bool,
    strict: bool,
) -> Result<Vec<Document>> {
    let text = std::str::from_utf8(input).map_err(|e| {
        Error::new(
            ErrorKind::InvalidValue {
                message: "YAML input is not valid UTF-8".into(),
            },
            e.valid_up_to(),
        )
    })?;
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let text = &text[bom..];
    // go-yaml (YAML 1.1) reads NEL as a line break, in every context, as it reads CR LF (both
    // become one line feed); saphyr-parser (YAML 1.2) reads it as text. Two bytes for two
    // bytes, so offsets stay those of the input.
    let nel_as_break;
    let text = if memchr::memmem::find(text.as_bytes(), "\u{85}".as_bytes()).is_some() {
        nel_as_break = text.replace('\u{85}', "\r\n");
        nel_as_break.as_str()
    } else {
        text
    };
    let budget = limits
        .max_output
        .unwrap_or_else(|| input.len().saturating_mul(64).max(1 << 20));
    let mut parser = Parser::new_from_str(text);
    let mut offsets = Offsets::new(text, bom);
    let mut docs = Vec::new();
    let mut arena: Vec<Node<'_>> = Vec::new();
    let mut anchors: HashMap<usize, (usize, bool)> = HashMap::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<usize> = None;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| {
            yaml_error(
                format!("YAML syntax: {}", e.info()),
                offsets.byte_offset(e.marker().index()),
            )
        })?;
        let at = offsets.byte_offset(span.start.index());
        match event {
            Event::StreamStart | Event::Nothing => {}
            Event::StreamEnd => break,
            Event::DocumentStart(_) => {
                arena.clear();
                anchors.clear();
                root = None;
            }
            Event::DocumentEnd => {
                let mut out = Vec::new();
                let mut repeats = Vec::new();
                match root {
                    Some(r) => JsonWriter {
                        arena: &arena,
                        out: &mut out,
                        budget,
                        max_depth: limits.max_depth,
                        repeats: strict.then_some(&mut repeats),
                    }
                    .node(r, 0)?,
                    None => out.extend_from_slice(b"null"),
                }
                docs.push(Document { json: out, repeats });
                if first_only {
                    break;
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let open = stack.pop().expect("the parser balances collections");
                if open.anchor != 0 {
                    anchors.insert(open.anchor, (open.node, true));
                }
                attach(&mut arena, &mut stack, &mut root, open.node);
            }
            Event::Alias(id) => {
                let target = match anchors.get(&id) {
                    Some(&(target, true)) => target,
                    Some(&(_, false)) => {
                        return Err(yaml_error("alias refers to a node that encloses it", at))
                    }
                    None => return Err(yaml_error("alias to an undefined anchor", at)),
                };
                arena.push(Node::Alias(target));
                let index = arena.len() - 1;
                attach(&mut arena, &mut stack, &mut root, index);
            }
            Event::Scalar(value, style, anchor, tag) => {
                let tag = tag.map(|t| format!("{}{}", t.handle, t.suffix));
                arena.push(Node::Scalar {
                    value,
                    style,
                    tag,
                    at,
                });
                let index = arena.len() - 1;
                if anchor != 0 {
                    anchors.insert(anchor, (index, true));
                }
                attach(&mut arena, &mut stack, &mut root, index);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= limits.max_depth {
                    return Err(Error::new(
                        ErrorKind::DepthLimitExceeded {
                            limit: limits.max_depth,
                        },
                        at,
                    ));
                }
                arena.push(if matches!(event, Event::SequenceStart(..)) {
                    Node::Seq(Vec::new())
                } else {
                    Node::Map(Vec::new(), at)
                });
                let index = arena.len() - 1;
                if anchor != 0 {
                    anchors.insert(anchor, (index, false));
                }
                stack.push(Open {
                    node: index,
                    anchor,
                    key: None,
                });
            }
        }
    }
    Ok(docs)
}

fn attach(arena: &mut [Node<'_>], stack: &mut [Open], root: &mut Option<usize>, index: usize) {
    let Some(parent) = stack.last_mut() else {
        *root = Some(index);
        return;
    };
    match &mut arena[parent.node] {
        Node::Seq(items) => items.push(index),
        Node::Map(entries, _) => match parent.key.take() {
            None => parent.key = Some(index),
            Some(key) => entries.push((key, index)),
        },
        _ => unreachable!("only collections are opened"),
    }
}

struct JsonWriter<'w, 'a> {
    arena: &'w [Node<'a>],
    out: &'w mut Vec<u8>,
    budget: usize,
    max_depth: usize,
    /// Strict mode: where repeated keys are, in the YAML and in `out` (see [`Document`]).
    repeats: Option<&'w mut Vec<(usize, usize)>>,
}

/// A scalar as go-yaml v2 decodes it into `interface{}`.
enum Value<'s> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(&'s str),
    /// A `!!binary` scalar's decoded bytes, as text (invalid UTF-8 becomes U+FFFD, one per
    /// bad byte, as Go's `encoding/json` writes a Go string).
    Decoded(String),
}

/// The name of a tag in the YAML namespace (`str` for `!!str` or `tag:yaml.org,2002:str`).
fn standard_tag(tag: &str) -> Option<&str> {
    tag.strip_prefix("!!")
        .or_else(|| tag.strip_prefix("tag:yaml.org,2002:"))
}

/// Type a scalar as go-yaml v2's `decoder.scalar` and `resolve` do: an untagged quoted scalar
/// is a string; an untagged plain one is resolved; `!!str`, `!!int`, `!!float`, `!!bool`,
/// `!!null` and `!!timestamp` resolve the text and fail when it is of another type (an
/// integer may be a `!!float`); `!!binary` is base64, decoded; any other tag (`!`,
/// `!local`, `!!map` on a scalar) leaves the text as written, a string.
fn scalar_value<'s>(
    value: &'s str,
    style: ScalarStyle,
    tag: Option<&str>,
    at: usize,
) -> Result<Value<'s>> {
    let want = match tag {
        None if style != ScalarStyle::Plain => return Ok(Value::Str(value)),
        None => None,
        Some(tag) => match standard_tag(tag) {
            Some("binary") => {
                let Some(bytes) = crate::binary::decode_base64(value.as_bytes()) else {
                    return Err(yaml_error(
                        "!!binary value contains invalid base64 data",
                        at,
                    ));
                };
                let mut text = Vec::with_capacity(bytes.len());
                crate::json::read::push_lossy(&mut text, &bytes);
                let text = String::from_utf8(text).expect("push_lossy writes UTF-8");
                return Ok(Value::Decoded(text));
            }
            Some("str") => return Ok(Value::Str(value)),
            Some(want @ ("int" | "float" | "bool" | "null" | "timestamp")) => Some(want),
            _ => return Ok(Value::Str(value)),
        },
    };
    let resolved = resolve(value);
    if let Some(want) = want {
        let ok = matches!(
            (want, &resolved),
            ("int", Resolved::Int(_) | Resolved::Uint(_))
                | (
                    "float",
                    Resolved::Float(_) | Resolved::Int(_) | Resolved::Uint(_)
                )
                | ("bool", Resolved::Bool(_))
                | ("null", Resolved::Null)
                | ("timestamp", Resolved::Timestamp)
        );
        if !ok {
            return Err(yaml_error(
                format!("cannot decode {value:?} as !!{want}"),
                at,
            ));
        }
        match (want, &resolved) {
            ("float", Resolved::Int(i)) => return Ok(Value::Float(*i as f64)),
            ("float", Resolved::Uint(u)) => return Ok(Value::Float(*u as f64)),
            _ => {}
        }
    }
    Ok(match resolved {
        Resolved::Null => Value::Null,
        Resolved::Bool(b) => Value::Bool(b),
        Resolved::Int(i) => Value::Int(i),
        Resolved::Uint(u) => Value::Uint(u),
        Resolved::Float(f) => Value::Float(f),
        Resolved::Timestamp | Resolved::Merge | Resolved::Str => Value::Str(value),
    })
}

impl JsonWriter<'_, '_> {
    fn room(&self, at: usize) -> Result<()> {
        if self.out.len() > self.budget {
            return Err(yaml_error(
                format!(
                    "YAML expands to more than {} bytes of JSON (aliases?)",
                    self.budget
                ),
                at,
            ));
        }
        Ok(())
    }

    fn resolve_alias(&self, mut index: usize) -> usize {
        while let Node::Alias(target) = self.arena[index] {
            index = target;
        }
        index
    }

    fn node(&mut self, index: usize, depth: usize) -> Result<()> {
        let index = self.resolve_alias(index);
        let arena = self.arena;
        match &arena[index] {
            Node::Scalar {
                value,
                style,
                tag,
                at,
            } => {
                self.room(*at)?;
                match scalar_value(value, *style, tag.as_deref(), *at)? {
                    Value::Null => self.out.extend_from_slice(b"null"),
                    Value::Bool(b) => {
                        self.out
                            .extend_from_slice(if b { b"true" } else { b"false" })
                    }
                    Value::Int(i) => write::write_i64(self.out, i),
                    Value::Uint(u) => write::write_u64(self.out, u),
                    Value::Float(f) if f.is_finite() => write::write_f64(self.out, f),
                    Value::Float(_) => {
                        return Err(yaml_error(
                            format!("{value:?} (infinity or NaN) has no JSON form"),
                            *at,
                        ))
                    }
                    Value::Str(s) => write::write_str(self.out, s),
                    Value::Decoded(s) => write::write_str(self.out, &s),
                }
                Ok(())
            }
            Node::Seq(items) => {
                if depth >= self.max_depth {
                    return Err(Error::new(
                        ErrorKind::DepthLimitExceeded {
                            limit: self.max_depth,
                        },
                        0,
                    ));
                }
                self.out.push(b'[');
                for (i, &item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    self.node(item, depth + 1)?;
                }
                self.out.push(b']');
                Ok(())
            }
            Node::Map(_, at) => {
                if depth >= self.max_depth {
                    return Err(Error::new(
                        ErrorKind::DepthLimitExceeded {
                            limit: self.max_depth,
                        },
                        *at,
                    ));
                }
                let mut entries: Vec<(String, usize)> = Vec::new();
                let mut index_of: HashMap<String, usize> = HashMap::new();
                let mut repeated: Vec<(String, usize)> = Vec::new();
                self.collect_entries(index, &mut entries, &mut index_of, &mut repeated, 0)?;
                entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                // Sorted too, so each key's repeats are found in one pass beside the entries.
                repeated.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                let mut repeated = repeated.iter().peekable();
                self.out.push(b'{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    while let Some((_, yaml_at)) = repeated.next_if(|(name, _)| name == key) {
                        if let Some(repeats) = &mut self.repeats {
                            repeats.push((*yaml_at, self.out.len()));
                        }
                    }
                    write::write_str(self.out, key);
                    self.out.push(b':');
                    self.node(*value, depth + 1)?;
                }
                self.out.push(b'}');
                Ok(())
            }
            Node::Alias(_) => unreachable!("resolved above"),
        }
    }

    /// A mapping's entries with string keys, later keys replacing earlier ones and merge
    /// keys (`<<`) applied in place, as go-yaml v2 decodes into a map. In strict mode, keys
    /// written twice in the mapping itself (not through a merge) go to `repeated`, with the
    /// repeat's offset.
    fn collect_entries(
        &self,
        map: usize,
        entries: &mut Vec<(String, usize)>,
        index_of: &mut HashMap<String, usize>,
        repeated: &mut Vec<(String, usize)>,
        merge_depth: usize,
    ) -> Result<()> {
        let mut explicit: HashSet<String> = HashSet::new();
        let Node::Map(pairs, map_at) = &self.arena[map] else {
            unreachable!("a mapping")
        };
        if merge_depth > self.max_depth {
            return Err(Error::new(
                ErrorKind::DepthLimitExceeded {
                    limit: self.max_depth,
                },
                *map_at,
            ));
        }
        for &(key, value) in pairs {
            let key_index = self.resolve_alias(key);
            if let Node::Scalar {
                value: k,
                style: ScalarStyle::Plain,
                tag: None,
                ..
            } = &self.arena[key_index]
            {
                if k == "<<" {
                    let source = self.resolve_alias(value);
                    match &self.arena[source] {
                        Node::Map(..) => self.collect_entries(
                            source,
                            entries,
                            index_of,
                            repeated,
                            merge_depth + 1,
                        )?,
                        Node::Seq(items) => {
                            for &item in items.iter().rev() {
                                let item = self.resolve_alias(item);
                                if !matches!(self.arena[item], Node::Map(..)) {
                                    return Err(yaml_error(
                                        "a merge (<<) sequence must hold mappings",
                                        *map_at,
                                    ));
                                }
                                self.collect_entries(
                                    item,
                                    entries,
                                    index_of,
                                    repeated,
                                    merge_depth + 1,
                                )?;
                            }
                        }
                        _ => {
                            return Err(yaml_error(
                                "a merge (<<) value must be a mapping or a sequence of mappings",
                                *map_at,
                            ))
                        }
                    }
                    continue;
                }
            }
            let name = self.key_string(key_index)?;
            if self.repeats.is_some() && merge_depth == 0 && !explicit.insert(name.clone()) {
                if let Node::Scalar { at, .. } = &self.arena[key_index] {
                    repeated.push((name.clone(), *at));
                }
            }
            match index_of.get(&name) {
                Some(&i) => entries[i].1 = value,
                None => {
                    index_of.insert(name.clone(), entries.len());
                    entries.push((name, value));
                }
            }
        }
        Ok(())
    }

    /// A key as sigs.k8s.io/yaml turns it into a JSON object key.
    fn key_string(&self, key: usize) -> Result<String> {
        match &self.arena[key] {
            Node::Scalar {
                value,
                style,
                tag,
                at,
            } => Ok(match scalar_value(value, *style, tag.as_deref(), *at)? {
                Value::Str(s) => s.to_string(),
                Value::Decoded(s) => s,
                Value::Int(i) => i.to_string(),
                Value::Uint(u) => u.to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Float(f) => format_key_float(f),
                Value::Null => {
                    return Err(yaml_error("a null mapping key has no JSON form", *at));
                }
            }),
            _ => Err(yaml_error(
                "a sequence or mapping as a mapping key has no JSON form",
                0,
            )),
        }
    }
}

/// `strconv.FormatFloat(f, 'g', -1, 32)` with go-yaml's `.inf`/`.nan` spellings, as
/// sigs.k8s.io/yaml turns a float key into a string.
fn format_key_float(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.into();
    }
    let f32v = f as f32;
    let s = format!("{f32v:e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..21).contains(&exp) {
        let e = exp.unsigned_abs();
        format!(
            "{mantissa}e{}{}{e}",
            if exp < 0 { '-' } else { '+' },
            if e < 10 { "0" } else { "" }
        )
    } else {
        format!("{f32v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(yaml: &str) -> String {
        String::from_utf8(yaml_to_json(yaml.as_bytes()).unwrap()).unwrap()
    }

    /// NEL is a line break to go-yaml (YAML 1.1) wherever it stands; the expected values are
    /// k8s-oracle's (`convert --from yaml --to json`) for the same documents.
    #[test]
    fn nel_is_a_line_break_as_in_go_yaml() {
        let cases = [
            ("a: 'x \u{85}  y'\n", r#"{"a":"x y"}"#),
            ("a: \"x \u{85}\u{85} y\"\n", r#"{"a":"x\ny"}"#),
            ("a: x \u{85}   y\n", r#"{"a":"x y"}"#),
            ("a: |\u{85}  x\u{85}  y\u{85}", r#"{"a":"x\ny\n"}"#),
            ("a: >\u{85}  x\u{85}  y\u{85}", r#"{"a":"x y\n"}"#),
            ("a: '1' # c\u{85}b: '2'\n", r#"{"a":"1","b":"2"}"#),
            ("a: \"x\\\\\u{85}  y\"\n", r#"{"a":"x\\ y"}"#),
            ("a: \"x\u{85} \"\n", r#"{"a":"x "}"#),
            ("a: 'x\u{85}\u{85}   \u{85} y'\n", r#"{"a":"x\n\ny"}"#),
        ];
        let got: Vec<_> = cases
            .iter()
            .map(|(yaml, _)| yaml_to_json(yaml.as_bytes()).map(|b| String::from_utf8(b).unwrap()))
            .collect();
        for ((yaml, json), got) in cases.iter().zip(&got) {
            assert_eq!(got.as_deref().ok(), Some(*json), "{yaml:?}: {got:?}");
        }
        // It ends a line of structure too: a less indented key closes the mapping, and a
        // sequence entry after a mapping's value is a syntax error, as there.
        assert_eq!(j("a:\n  b: x\u{85}c: z\n"), r#"{"a":{"b":"x"},"c":"z"}"#);
        assert!(yaml_to_json("a:\n  k: x\u{85}- y\n".as_bytes()).is_err());
    }

    #[test]
    fn scalars_are_typed_like_go_yaml_v2() {
        assert_eq!(
            j("b: yes\na: 0x1F\nc: '10'\nd: 1.5\ne: ~\nf: 2008-01-01\ng: on-call\nh: 017\n"),
            r#"{"a":31,"b":true,"c":"10","d":1.5,"e":null,"f":"2008-01-01","g":"on-call","h":15}"#
        );
        assert_eq!(j("s: !!str 12\ni: !!int '12'"), r#"{"i":12,"s":"12"}"#);
        assert_eq!(j("k: |\n  line1\n  line2\n"), r#"{"k":"line1\nline2\n"}"#);
        assert_eq!(
            j("1: a\ntrue: b\n1.5: c"),
            r#"{"1":"a","1.5":"c","true":"b"}"#
        );
        assert_eq!(j(""), "null");
        assert_eq!(j("[1, {a: b}]"), r#"[1,{"a":"b"}]"#);
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        assert_eq!(
            j("base: &b {x: 1, z: 2}\nuse:\n  <<: *b\n  z: 3\nlist: [*b, *b]\n"),
            r#"{"base":{"x":1,"z":2},"list":[{"x":1,"z":2},{"x":1,"z":2}],"use":{"x":1,"z":3}}"#
        );
        assert_eq!(j("a: 1\na: 2"), r#"{"a":2}"#);
    }

    #[test]
    fn strict_mode_reports_keys_repeated_in_one_mapping() {
        let yaml = "a: 1\nm:\n  x: 1\n  z: 2\n  x: 3\nl:\n- {k: 1, k: 2}\na: 4\n";
        let (json, issues) = yaml_to_json_strict(yaml.as_bytes()).unwrap();
        // The value is as in default mode: the last wins.
        assert_eq!(json, yaml_to_json(yaml.as_bytes()).unwrap());
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"{"a":4,"l":[{"k":2}],"m":{"x":3,"z":2}}"#
        );
        let found: Vec<(StrictIssueKind, usize, &str)> = issues
            .iter()
            .map(|i| (i.kind, i.offset, i.path.as_str()))
            .collect();
        let at = |needle: &str| yaml.find(needle).unwrap();
        assert_eq!(
            found,
            [
                (StrictIssueKind::Duplicate, at("x: 3"), ".m.x"),
                (StrictIssueKind::Duplicate, at("k: 2"), ".l[0].k"),
                (StrictIssueKind::Duplicate, at("a: 4"), ".a"),
            ]
        );
        // Keys that override a merge are not repeats; the same key spelled twice is, even
        // through different scalar styles; a repeat in an aliased mapping is reported once.
        let (_, issues) =
            yaml_to_json_strict(b"base: &b {x: 1}\nuse:\n  <<: *b\n  x: 2\n").unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        let (_, issues) = yaml_to_json_strict(b"x: 1\n'x': 2\n").unwrap();
        assert_eq!(issues.len(), 1);
        let (_, issues) = yaml_to_json_strict(b"a: &m {k: 1, k: 2}\nb: [*m, *m]\n").unwrap();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].path, ".a.k");
        // Reports are capped, as JSON strict mode's are.
        let many: String = (0..150).map(|_| "k: 1\n").collect();
        let (_, issues) = yaml_to_json_strict(many.as_bytes()).unwrap();
        assert_eq!(issues.len(), DecodeOptions::default().max_reports);
    }

    #[test]
    fn tags_are_applied_as_go_yaml_v2_applies_them() {
        let err = |yaml: &str| yaml_to_json(yaml.as_bytes()).unwrap_err().to_string();
        // `!!binary` is decoded; invalid UTF-8 in the bytes becomes one U+FFFD per bad byte.
        assert_eq!(j("b: !!binary aGVsbG8="), r#"{"b":"hello"}"#);
        assert_eq!(j("b: !!binary |\n  aGVs\n  bG8=\n"), r#"{"b":"hello"}"#);
        assert_eq!(
            j("b: !!binary 8J+Y"),
            "{\"b\":\"\u{FFFD}\u{FFFD}\u{FFFD}\"}"
        );
        assert_eq!(j("!!binary aGk=: v"), r#"{"hi":"v"}"#);
        assert!(err("b: !!binary a=b").contains("invalid base64"));
        // Tags go-yaml does not resolve leave the text as written, plain or not.
        assert_eq!(
            j("a: ! 12\nb: !local yes\nc: !!map ~\nd: !<tag:example.com,2000:x> 1.5"),
            r#"{"a":"12","b":"yes","c":"~","d":"1.5"}"#
        );
        // Resolvable tags check the type; an integer may be a float.
        assert_eq!(
            j("a: !!timestamp 2001-12-14\nb: !!float 1\nc: !!float 18446744073709551615\nd: !!null ''"),
            r#"{"a":"2001-12-14","b":1,"c":18446744073709552000,"d":null}"#
        );
        for bad in [
            "!!timestamp abc",
            "!!timestamp 12",
            "!!null 0",
            "!!bool 1",
            "!!int 1.5",
            "!!float yes",
        ] {
            assert!(err(&format!("a: {bad}")).contains("cannot decode"), "{bad}");
        }
    }

    /// A document that is a block scalar with an indentation indicator and only empty lines
    /// (how go-yaml writes a string of line feeds, without a `...` end marker) reads back,
    /// at the root and nested.
    #[test]
    fn root_block_scalar_of_only_line_feeds_reads_back() {
        let yaml = crate::yaml::json_to_yaml(br#""\n\n""#).unwrap();
        assert_eq!(yaml, b"|2+\n\n\n");
        assert_eq!(yaml_to_json(&yaml).unwrap(), br#""\n\n""#);
        for json in [r#"["\n"]"#, r#"{"a":"\n","b":1}"#, r#"{"a":{"b":"\n\n"}}"#] {
            let yaml = crate::yaml::json_to_yaml(json.as_bytes()).unwrap();
            assert_eq!(yaml_to_json(&yaml).unwrap(), json.as_bytes());
        }
    }

    /// Tabs as separation are read as saphyr-parser (YAML 1.2) reads them, which differs from
    /// go-yaml v2's scanner (libyaml's): after `:`, `-` or `?` in block context, go-yaml eats
    /// spaces only, so a tab there is "a character that cannot start any token", while in
    /// flow context it eats tabs too. Pinned here, documented in the module.
    #[test]
    fn tabs_after_indicators() {
        let err = |yaml: &str| yaml_to_json(yaml.as_bytes()).unwrap_err().to_string();
        // Refused by both: a value after `:` and tabs only, in block context.
        assert!(err("a:\tb\n").contains("whitespace"), "{}", err("a:\tb\n"));
        // Refused here, accepted by go-yaml: the same in flow context.
        assert!(err("{a:\tb}").contains("whitespace"));
        // Accepted here, refused by go-yaml: a tab after a space, after `-`, or before the
        // line's end.
        assert_eq!(j("a: \tb\n"), r#"{"a":"b"}"#);
        assert_eq!(j("-\tx\n"), r#"["x"]"#);
        assert_eq!(j("a:\t\n  b: 1\n"), r#"{"a":{"b":1}}"#);
        // Accepted by both: tabs inside flow collections and after a plain scalar.
        assert_eq!(j("[a,\tb]"), r#"["a","b"]"#);
        assert_eq!(j("a: b\t# c\n"), r#"{"a":"b"}"#);
    }

    #[test]
    fn hostile_documents_are_errors() {
        let mut laughs = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..12 {
            let p = i - 1;
            laughs.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let err = yaml_to_json(laughs.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("expands"), "{err}");

        let deep = "[".repeat(100_000);
        // saphyr-parser stops at its own recursion limit, before ours (256) is reached.
        let err = yaml_to_json(deep.as_bytes()).unwrap_err();
        assert!(err.offset() <= 300, "{err}");
        let deep = "- ".repeat(300) + "x";
        let err = yaml_to_json(deep.as_bytes()).unwrap_err();
        assert!(err.offset() <= 600, "{err}");
        assert!(yaml_to_json(b"a: *nope").is_err());
        assert!(yaml_to_json(b"a: &x [*x]").is_err());
        assert!(yaml_to_json(b"a: .inf").is_err());
        assert!(yaml_to_json(b"{a: [}").is_err());
        assert!(yaml_to_json(b"? [a]\n: b").is_err());
        assert!(yaml_to_json(&[b'a', b':', b' ', 0xff]).is_err());
    }

    #[test]
    fn errors_carry_byte_offsets() {
        let err = yaml_to_json("é: x\nb: *missing\n".as_bytes()).unwrap_err();
        assert_eq!(err.offset(), 9, "{err}");
    }

    #[test]
    fn documents_are_split() {
        let docs = yaml_to_json_documents(b"a: 1\n---\nb: 2\n", YamlLimits::default()).unwrap();
        assert_eq!(docs, [br#"{"a":1}"#.to_vec(), br#"{"b":2}"#.to_vec()]);
    }

    #[test]
    fn strict_documents_report_repeats_per_document_at_stream_offsets() {
        let yaml = "a: 1\n---\n---\nb: 2\nb: 3\n";
        let docs = yaml_to_json_documents_strict(yaml.as_bytes(), YamlLimits::default()).unwrap();
        let jsons: Vec<&[u8]> = docs.iter().map(|(j, _)| j.as_slice()).collect();
        // An empty document is `null`, as yaml.YAMLToJSON gives it.
        assert_eq!(jsons, [&br#"{"a":1}"#[..], b"null", br#"{"b":3}"#]);
        assert!(docs[0].1.is_empty() && docs[1].1.is_empty());
        let issue = &docs[2].1[..];
        assert_eq!(issue.len(), 1, "{issue:?}");
        assert_eq!(
            (issue[0].offset, issue[0].path.as_str()),
            (yaml.find("b: 3").unwrap(), ".b")
        );
    }
}
