//! Struct tags (`json:"..." protobuf:"..."`) and comment markers (`+optional`).

/// A struct tag split into its `key:"value"` pairs, as Go's `reflect.StructTag.Lookup` reads
/// it: pairs separated by spaces, each value a Go interpreted string literal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StructTag {
    /// The pairs in order.
    pub pairs: Vec<(String, String)>,
}

impl StructTag {
    /// Parse a tag's value (the decoded string literal). `Err` says what is malformed.
    pub fn parse(tag: &str) -> Result<StructTag, String> {
        let mut pairs = Vec::new();
        let b = tag.as_bytes();
        let mut i = 0;
        loop {
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            let start = i;
            while i < b.len() && b[i] > b' ' && b[i] != b':' && b[i] != b'"' && b[i] != 0x7f {
                i += 1;
            }
            if i == start || i + 1 >= b.len() || b[i] != b':' || b[i + 1] != b'"' {
                return Err(format!("malformed struct tag at byte {start}: {tag:?}"));
            }
            let key = tag[start..i].to_string();
            i += 1;
            let qstart = i;
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(format!("unterminated value of key {key:?} in struct tag"));
            }
            let value = unquote(&tag[qstart + 1..i])
                .ok_or_else(|| format!("bad escape in value of key {key:?} in struct tag"))?;
            i += 1;
            pairs.push((key, value));
        }
        Ok(StructTag { pairs })
    }

    /// The value for `key` (the first pair with that key), as `Lookup` returns it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Decode the inside of a Go interpreted string literal (the common escapes).
fn unquote(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '\\' => '\\',
            '"' => '"',
            '\'' => '\'',
            _ => return None,
        });
    }
    Some(out)
}

/// A `json:"name,opt,..."` tag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonTag {
    /// The name; empty when the tag gives none (`json:",inline"`).
    pub name: String,
    /// `json:"-"`: the field is never encoded.
    pub skip: bool,
    /// `omitempty`.
    pub omitempty: bool,
    /// `omitzero`.
    pub omitzero: bool,
    /// `inline` (Kubernetes' convention for embedded structs; Go inlines any embedded struct
    /// without a name).
    pub inline: bool,
    /// `string` (the value quoted as a JSON string).
    pub string: bool,
    /// Any other options, in order.
    pub other: Vec<String>,
}

impl JsonTag {
    /// Parse the value of the `json` key.
    pub fn parse(value: &str) -> JsonTag {
        if value == "-" {
            return JsonTag {
                skip: true,
                ..JsonTag::default()
            };
        }
        let mut parts = value.split(',');
        let mut tag = JsonTag {
            name: parts.next().unwrap_or("").to_string(),
            ..JsonTag::default()
        };
        for opt in parts {
            match opt {
                "omitempty" => tag.omitempty = true,
                "omitzero" => tag.omitzero = true,
                "inline" => tag.inline = true,
                "string" => tag.string = true,
                o => tag.other.push(o.to_string()),
            }
        }
        tag
    }
}

/// The label of a protobuf field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// `opt`.
    Optional,
    /// `rep`.
    Repeated,
    /// `req`.
    Required,
}

/// A `protobuf:"bytes,1,opt,name=metadata,casttype=..."` tag (also `protobuf_key` and
/// `protobuf_val` of map fields), in gogo-protobuf's format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtobufTag {
    /// The wire-type word: `bytes`, `varint`, `fixed32`, `fixed64`, `zigzag32`, ...
    pub wire: String,
    /// The field number.
    pub number: u32,
    /// `opt`, `rep` or `req`; `None` when the tag leaves it out (autoscaling/v1 has
    /// `bytes,1,name=type`).
    pub label: Option<Label>,
    /// `name=`.
    pub name: Option<String>,
    /// `json=` (the proto3 JSON name).
    pub json: Option<String>,
    /// `casttype=`.
    pub casttype: Option<String>,
    /// `castkey=`.
    pub castkey: Option<String>,
    /// `castvalue=`.
    pub castvalue: Option<String>,
    /// `embedded=`.
    pub embedded: Option<String>,
    /// `packed`.
    pub packed: bool,
    /// `def=` (default value).
    pub default: Option<String>,
    /// Other words, in order (`key=value` or a bare word).
    pub other: Vec<(String, Option<String>)>,
}

impl ProtobufTag {
    /// Parse the value of a `protobuf` key. `Err` says what is malformed.
    pub fn parse(value: &str) -> Result<ProtobufTag, String> {
        let mut parts = value.split(',');
        let wire = parts.next().unwrap_or("").to_string();
        if wire.is_empty() {
            return Err(format!("protobuf tag {value:?} has no wire type"));
        }
        let number_text = parts
            .next()
            .ok_or_else(|| format!("protobuf tag {value:?} has no field number"))?;
        let number: u32 = number_text
            .parse()
            .map_err(|_| format!("protobuf tag {value:?}: bad field number {number_text:?}"))?;
        let mut parts = parts.peekable();
        let label = match parts.peek().copied() {
            Some("opt") => Some(Label::Optional),
            Some("rep") => Some(Label::Repeated),
            Some("req") => Some(Label::Required),
            _ => None,
        };
        if label.is_some() {
            parts.next();
        }
        let mut tag = ProtobufTag {
            wire,
            number,
            label,
            name: None,
            json: None,
            casttype: None,
            castkey: None,
            castvalue: None,
            embedded: None,
            packed: false,
            default: None,
            other: Vec::new(),
        };
        for part in parts {
            let (k, v) = match part.split_once('=') {
                Some((k, v)) => (k, Some(v.to_string())),
                None => (part, None),
            };
            match (k, v) {
                ("name", Some(v)) => tag.name = Some(v),
                ("json", Some(v)) => tag.json = Some(v),
                ("casttype", Some(v)) => tag.casttype = Some(v),
                ("castkey", Some(v)) => tag.castkey = Some(v),
                ("castvalue", Some(v)) => tag.castvalue = Some(v),
                ("embedded", Some(v)) => tag.embedded = Some(v),
                ("def", Some(v)) => tag.default = Some(v),
                ("packed", None) => tag.packed = true,
                (k, v) => tag.other.push((k.to_string(), v)),
            }
        }
        Ok(tag)
    }
}

/// A comment marker: a comment line starting with `+` (`+optional`, `+listType=map`,
/// `+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object`,
/// `+protobuf.options.(gogoproto.goproto_stringer)=false`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The text between `+` and the first `=` outside parentheses and quotes.
    pub name: String,
    /// The text after that `=`, if any.
    pub value: Option<String>,
    /// Whether it came from the comment block before the doc comment (separated from it by
    /// one blank line), where Kubernetes puts type-level markers such as `+genclient`.
    pub second_block: bool,
}

impl Marker {
    /// Parse a comment line; `None` unless it starts with `+` (after spaces).
    pub fn parse(line: &str) -> Option<Marker> {
        let body = line.trim().strip_prefix('+')?;
        if body.is_empty() {
            return None;
        }
        let mut depth = 0i32;
        let mut quoted = false;
        for (i, c) in body.char_indices() {
            match c {
                '"' => quoted = !quoted,
                '(' if !quoted => depth += 1,
                ')' if !quoted => depth -= 1,
                '=' if !quoted && depth == 0 => {
                    return Some(Marker {
                        name: body[..i].trim().to_string(),
                        value: Some(body[i + 1..].trim().to_string()),
                        second_block: false,
                    })
                }
                _ => {}
            }
        }
        Some(Marker {
            name: body.trim().to_string(),
            value: None,
            second_block: false,
        })
    }
}
