//! Seeded random JSON objects of a kind, generated from its schema descriptors
//! ([`kcodec::schema::MessageSchema`]): every field may be absent, `null`, empty, zero or
//! filled; strings carry Unicode and characters that need escaping; integers sit on their
//! boundaries; times, durations and quantities take valid but unusual forms; and a few
//! inputs are wrong on purpose (a value of the wrong JSON type, an unknown or a repeated
//! key, a number out of range), so that accepting and refusing are compared too.

use kcodec::schema::{FieldType, MessageSchema, Scalar};

use crate::rng::Rng;

/// How wild the generated objects are.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// Percent chance that a field is left out (at the top level; deeper levels leave more
    /// out, so that objects stay a few kB).
    pub absent: u64,
    /// Percent chance, per value, of a value of the wrong JSON type or out of range.
    pub wrong: u64,
    /// Percent chance, per object, of an unknown key and of a repeated key.
    pub odd_keys: u64,
    /// Levels of nesting below which every optional field is left out.
    pub max_depth: usize,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            absent: 45,
            wrong: 1,
            odd_keys: 3,
            max_depth: 9,
        }
    }
}

/// Generates one JSON object of the message `schema` with `kind`/`apiVersion` set (when the
/// type has an inline `TypeMeta`).
pub fn object(
    rng: &mut Rng,
    profile: &Profile,
    schema: &MessageSchema,
    api_version: &str,
    kind: &str,
) -> Vec<u8> {
    let mut g = Gen {
        rng,
        profile,
        out: Vec::with_capacity(4096),
    };
    g.message(schema, 0, Some((api_version, kind)));
    g.out
}

struct Gen<'a> {
    rng: &'a mut Rng,
    profile: &'a Profile,
    out: Vec<u8>,
}

const STRING_PIECES: &[&str] = &[
    "a", "Z", "0", "9", "-", ".", "/", ":", " ", "<", ">", "&", "\"", "\\", "\n", "\t", "\r",
    "\u{1}", "\u{1f}", "é", "ß", "€", "😀", "\u{2028}", "\u{2029}", "\u{feff}", "名前", "\u{7f}",
    "x", "name", "true", "null", "~", "#", "- ", ": ", "0x1F", "1e3", "'", "%", "{", "[", "\u{85}",
    " \u{85} ",
];

const QUANTITIES: &[&str] = &[
    "0",
    "1",
    "100m",
    "1.5",
    "1Gi",
    "500Mi",
    "1e3",
    "1E3",
    "0.1",
    "1k",
    "2Ki",
    "-1",
    "1.000",
    "9223372036854775807",
    "9223372036854775808",
    "1n",
    "1u",
    "0.0001",
    "10e-3",
    "+5",
    "1P",
    "1.5Ei",
    "123456789012345678901234567890",
    "0.000000001",
    "1m",
    "1000m",
    "250M",
    "3e-9",
    "12.34567891234",
    ".5",
    "5.",
    "1Ti",
    "7E",
    "0e0",
    "-0",
    "4096Ki",
];

const TIMES: &[&str] = &[
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123456789Z",
    "2024-01-02T03:04:05+01:00",
    "2024-02-29T23:59:59-07:30",
    "1970-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "1969-12-31T23:59:59.999999Z",
    "9999-12-31T23:59:59Z",
    "2008-01-01T01:01:01.5Z",
];

const DURATIONS: &[&str] = &[
    "0s", "1h", "1.5s", "-2m3s", "300ms", "1us", "1µs", "2562047h", "1h2m3.5s", "0", "10ns",
];

impl Gen<'_> {
    fn pct(&mut self, p: u64) -> bool {
        self.rng.chance(p)
    }

    fn push(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn string_lit(&mut self, s: &str) {
        let quoted = serde_json::to_string(s).expect("a string");
        self.push(&quoted);
    }

    fn random_text(&mut self) -> String {
        let n = match self.rng.below(10) {
            0 => 0,
            1..=6 => 1 + self.rng.below(6),
            _ => 1 + self.rng.below(30),
        };
        (0..n)
            .map(|_| *self.rng.pick(STRING_PIECES))
            .collect::<String>()
    }

    /// A JSON string value: random text, sometimes with escapes that only JSON input can
    /// carry (lone surrogates, invalid UTF-8 bytes).
    fn string_value(&mut self) {
        if self.pct(2) {
            let odd = *self.rng.pick(&[
                &b"\"\\ud800x\""[..],
                b"\"a\xffb\"",
                b"\"\\u00e9\\/\"",
                b"\"\xe2\x82\"",
            ]);
            self.out.extend_from_slice(odd);
            return;
        }
        let s = self.random_text();
        self.string_lit(&s);
    }

    fn key(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!("k{}", self.rng.below(5)),
            1 => "example.com/key".to_string(),
            _ => self.random_text(),
        }
    }

    /// A value of the wrong JSON type, or out of range, for any field.
    fn wrong_value(&mut self) {
        let v = *self.rng.pick(&[
            "\"s\"",
            "1",
            "-1",
            "1.5",
            "true",
            "{}",
            "[]",
            "[1]",
            "{\"a\":1}",
            "2147483648",
            "9223372036854775808",
            "1e400",
            "-0",
        ]);
        self.push(v);
    }

    fn int(&mut self, bits: u32, unsigned: bool) {
        let v: i128 = match self.rng.below(9) {
            0 => 0,
            1 => 1,
            2 if !unsigned => -1,
            3 => {
                if unsigned {
                    (1i128 << bits) - 1
                } else {
                    (1i128 << (bits - 1)) - 1
                }
            }
            4 if !unsigned => -(1i128 << (bits - 1)),
            5 => (1 << 53) + 1,
            _ => self.rng.below(100_000) as i128,
        };
        let v = if !unsigned && bits == 32 {
            v.clamp(i32::MIN as i128, i32::MAX as i128)
        } else if unsigned && bits == 32 {
            v.clamp(0, u32::MAX as i128)
        } else {
            v
        };
        self.push(&v.to_string());
    }

    fn float(&mut self) {
        let v = *self.rng.pick(&[
            "0",
            "0.1",
            "1.5",
            "-2.25",
            "1e21",
            "1e-7",
            "123456789.125",
            "3.4028235e38",
            "100",
            "5e-324",
            "0.30000000000000004",
            "1E2",
        ]);
        self.push(v);
    }

    fn scalar(&mut self, s: Scalar) {
        match s {
            Scalar::Bool => {
                let b = self.pct(50);
                self.push(if b { "true" } else { "false" });
            }
            Scalar::Int32 => self.int(32, false),
            Scalar::Int64 => self.int(64, false),
            Scalar::Uint32 => self.int(32, true),
            Scalar::Uint64 => self.int(64, true),
            Scalar::Float | Scalar::Double => self.float(),
            Scalar::String => self.string_value(),
            Scalar::Bytes => {
                let n = self.rng.below(12) as usize;
                let bytes: Vec<u8> = (0..n).map(|_| self.rng.below(256) as u8).collect();
                let text = base64(&bytes);
                self.string_lit(&text);
            }
        }
    }

    /// A value of the special (hand-written) message types, by name; `false` if `name` is
    /// not one.
    fn special(&mut self, name: &str, depth: usize) -> bool {
        match name {
            "Time" | "MicroTime" => {
                let t = *self.rng.pick(TIMES);
                self.string_lit(t);
            }
            "Duration" => {
                let d = *self.rng.pick(DURATIONS);
                self.string_lit(d);
            }
            "Quantity" => {
                if self.pct(10) {
                    let n = *self.rng.pick(&["5", "1.5", "0", "1e3", "-2"]);
                    self.push(n);
                } else {
                    let q = *self.rng.pick(QUANTITIES);
                    self.string_lit(q);
                }
            }
            "IntOrString" => {
                if self.pct(50) {
                    self.int(32, false);
                } else {
                    let s = *self
                        .rng
                        .pick(&["25%", "", "abc", "5", "http", "0%", "100%"]);
                    self.string_lit(s);
                }
            }
            "RawExtension" => self.free_json(depth, true),
            "FieldsV1" => {
                let v = *self.rng.pick(&[
                    "{}",
                    "{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}}}",
                    "{\"f:spec\":{\"f:replicas\":{}}, \"f:a\" : {} }",
                    "{\n  \"f:status\": {\n    \"f:x\": {}\n  }\n}",
                    "{\"k:{\\\"name\\\":\\\"a\\\"}\":{\".\":{}}}",
                ]);
                self.push(v);
            }
            _ => return false,
        }
        true
    }

    /// Arbitrary JSON (RawExtension content): objects, arrays, numbers in many forms, and
    /// sometimes insignificant whitespace, which Go keeps in protobuf output.
    fn free_json(&mut self, depth: usize, top: bool) {
        let spaced = top && self.pct(20);
        let sep = if spaced { ", " } else { "," };
        let colon = if spaced { ": " } else { ":" };
        match self.rng.below(if depth > 6 { 3 } else { 6 }) {
            0 => self.float(),
            1 => self.string_value(),
            2 => {
                let v = *self
                    .rng
                    .pick(&["true", "null", "false", "-7", "1.0", "1e2"]);
                self.push(v);
            }
            3 => {
                self.push("[");
                for i in 0..self.rng.below(3) {
                    if i > 0 {
                        self.push(sep);
                    }
                    self.free_json(depth + 1, false);
                }
                self.push("]");
            }
            _ => {
                self.push("{");
                if top && self.pct(60) {
                    self.push("\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\"");
                    if self.pct(50) {
                        self.push(sep);
                        self.push("\"spec\"");
                        self.push(colon);
                        self.free_json(depth + 1, false);
                    }
                } else {
                    for i in 0..self.rng.below(3) {
                        if i > 0 {
                            self.push(sep);
                        }
                        let k = self.key();
                        self.string_lit(&k);
                        self.push(colon);
                        self.free_json(depth + 1, false);
                    }
                }
                self.push("}");
            }
        }
    }

    /// How many items a list or map gets (none at the depth limit), or `None` after writing
    /// `null` for it.
    fn collection_len(&mut self, depth: usize) -> Option<u64> {
        if self.pct(10) {
            self.push("null");
            return None;
        }
        Some(if depth >= self.profile.max_depth {
            0
        } else {
            self.rng.below(3)
        })
    }

    fn value(&mut self, ty: &FieldType, depth: usize) {
        if self.pct(self.profile.wrong) {
            self.wrong_value();
            return;
        }
        match ty {
            FieldType::Scalar(s) => self.scalar(*s),
            FieldType::Message(f) => {
                let schema = f();
                if let Some(elem) = crate::known::wrapped_list_elem(&schema) {
                    // `Verbs`, `ExtraValue`: a JSON array of the elements.
                    self.push("[");
                    for i in 0..self.rng.below(3) {
                        if i > 0 {
                            self.push(",");
                        }
                        self.value(elem, depth + 1);
                    }
                    self.push("]");
                } else if !self.special(schema.name, depth) {
                    self.message(&schema, depth + 1, None);
                }
            }
            FieldType::Optional(inner) => {
                if self.pct(10) {
                    self.push("null");
                } else {
                    self.value(inner, depth);
                }
            }
            FieldType::Boxed(inner) => self.value(inner, depth),
            FieldType::Repeated(inner) => {
                let Some(n) = self.collection_len(depth) else {
                    return;
                };
                self.push("[");
                for i in 0..n {
                    if i > 0 {
                        self.push(",");
                    }
                    self.value(inner, depth + 1);
                }
                self.push("]");
            }
            FieldType::Map(_, v) => {
                let Some(n) = self.collection_len(depth) else {
                    return;
                };
                self.push("{");
                for i in 0..n {
                    if i > 0 {
                        self.push(",");
                    }
                    let k = self.key();
                    self.string_lit(&k);
                    self.push(":");
                    self.value(v, depth + 1);
                }
                self.push("}");
            }
        }
    }

    /// The members of `schema` (inline fields' members in place), each with the chance of
    /// being left out that `depth` gives.
    fn members(&mut self, schema: &MessageSchema, depth: usize, first: &mut bool) {
        let absent = (self.profile.absent + 8 * depth as u64).min(95);
        for field in &schema.fields {
            if field.inline {
                if let FieldType::Message(f) = field.ty.unwrapped() {
                    self.members(&f(), depth, first);
                }
                continue;
            }
            let deep = depth >= self.profile.max_depth;
            let needed =
                !field.ty.is_optional() && matches!(field.ty.unwrapped(), FieldType::Message(_));
            if (deep && !needed) || self.pct(absent) {
                continue;
            }
            self.member(field.json_name, &field.ty, depth, first);
        }
    }

    fn member(&mut self, name: &str, ty: &FieldType, depth: usize, first: &mut bool) {
        if !*first {
            self.push(",");
        }
        *first = false;
        self.string_lit(name);
        self.push(":");
        if self.pct(3) {
            self.push("null");
        } else {
            self.value(ty, depth);
        }
    }

    fn message(&mut self, schema: &MessageSchema, depth: usize, type_meta: Option<(&str, &str)>) {
        self.push("{");
        let mut first = true;
        if let Some((api_version, kind)) = type_meta {
            if schema.json_only.iter().any(|f| f.is_type_meta()) {
                self.push("\"kind\":");
                self.string_lit(kind);
                self.push(",\"apiVersion\":");
                self.string_lit(api_version);
                first = false;
            }
        }
        let start = self.out.len();
        self.members(schema, depth, &mut first);
        if self.pct(self.profile.odd_keys) {
            let k = *self.rng.pick(&["unknownField", "Metadata", "spec ", "x-y"]);
            let ty = FieldType::Scalar(Scalar::String);
            self.member(k, &ty, depth, &mut first);
        }
        if self.pct(self.profile.odd_keys) {
            // Repeat the first member generated at this level, with a new value.
            let body = self.out[start..].to_vec();
            if let Some(field) = schema
                .fields
                .iter()
                .find(|f| !f.inline && contains_key(&body, f.json_name))
            {
                let ty = field.ty.clone();
                self.member(field.json_name, &ty, depth, &mut first);
            }
        }
        self.push("}");
    }
}

/// Whether the generated members `body` hold the key `name` (a cheap textual check).
fn contains_key(body: &[u8], name: &str) -> bool {
    let needle = format!("\"{name}\":");
    body.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Standard base64 with padding (Go's encoding of `[]byte` in JSON).
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_standard_with_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }
}
