//! Behaviour tests of `#[derive(Proto)]`: Kubernetes' presence rules and byte layouts.

use std::collections::BTreeMap;

use kcodec::proto::{from_slice, to_vec, ProtoMessage};
use kcodec::{Binary, Json, Proto, Str};

#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
struct Meta {
    #[kcodec(rename = "name", tag = 1, omitempty)]
    name: Str,
    #[kcodec(rename = "generateName", tag = 2, omitempty)]
    generate_name: Str,
    #[kcodec(rename = "generation", tag = 7, omitempty)]
    generation: i64,
    #[kcodec(rename = "labels", tag = 11, omitempty)]
    labels: BTreeMap<Str, Str>,
    #[kcodec(rename = "finalizers", tag = 14, omitempty)]
    finalizers: Vec<Str>,
    #[kcodec(rename = "grace", tag = 10, omitempty)]
    grace: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
struct Obj {
    #[kcodec(rename = "kind", omitempty)]
    kind: Str,
    #[kcodec(rename = "metadata", tag = 1)]
    metadata: Meta,
    #[kcodec(rename = "data", tag = 3, omitempty)]
    data: Binary,
    #[kcodec(rename = "groups", tag = 4, omitempty)]
    groups: Vec<i64>,
    #[kcodec(rename = "immutable", tag = 2, omitempty)]
    immutable: Option<bool>,
    #[kcodec(rename = "mode", tag = 5, omitempty)]
    mode: Option<Mode>,
}

#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
enum Mode {
    #[default]
    Fast,
    #[kcodec(other)]
    Other(Str),
}

#[test]
fn presence_rules_match_gogo() {
    let m = Meta {
        name: "x".into(),
        ..Meta::default()
    };
    // name, generateName="" and generation=0 always written; empty map/vec and None not.
    assert_eq!(to_vec(&m), [0x0a, 0x01, b'x', 0x12, 0x00, 0x38, 0x00]);
    assert_eq!(m.encoded_len(), 7);
}

#[test]
fn fields_are_written_in_tag_order() {
    let o = Obj {
        kind: "ignored in proto".into(),
        immutable: Some(false),
        groups: vec![1, -1],
        mode: Some(Mode::Other("Slow".into())),
        ..Obj::default()
    };
    let bytes = to_vec(&o);
    // metadata (tag 1, a non-Option struct: always written) = {name:"", generateName:"",
    // generation:0}; `kind` has no tag, so it is not in the message.
    let meta = [0x0a, 0x00, 0x12, 0x00, 0x38, 0x00];
    let mut want = vec![0x0a, meta.len() as u8];
    want.extend_from_slice(&meta);
    want.extend_from_slice(&[0x10, 0x00]); // immutable = false (tag 2)
    want.extend_from_slice(&[0x20, 0x01]); // groups[0] = 1 (tag 4, unpacked)
    want.push(0x20);
    want.extend_from_slice(&[0xff; 9]);
    want.push(0x01); // groups[1] = -1 as a 10-byte varint
    want.extend_from_slice(&[0x2a, 0x04]);
    want.extend_from_slice(b"Slow");
    assert_eq!(bytes, want);
    assert_eq!(o.encoded_len(), bytes.len());
    let back: Obj = from_slice(&bytes).unwrap();
    assert_eq!(
        back,
        Obj {
            kind: Str::default(),
            ..o
        }
    );
}

#[test]
fn decode_skips_unknown_fields_and_reports_paths() {
    // Field 9 (unknown, varint) then metadata with a truncated name.
    let input = [0x48, 0x05, 0x0a, 0x03, 0x0a, 0x05, b'a'];
    let e = from_slice::<Obj>(&input).unwrap_err();
    assert_eq!(e.path(), ".metadata.name");
    // Wrong wire type for a known field.
    let e = from_slice::<Obj>(&[0x0b]).unwrap_err();
    assert!(e.to_string().contains("wire type"), "{e}");
    // Unknown fields alone decode to the default.
    assert_eq!(from_slice::<Obj>(&[0x48, 0x05]).unwrap(), Obj::default());
}

#[test]
fn truncation_at_every_offset_is_an_error_not_a_panic() {
    let mut o = Obj::default();
    o.metadata.name = "name".into();
    o.metadata.labels.insert("k".into(), "v".into());
    o.metadata.finalizers = vec!["f".into()];
    o.data = Binary(vec![1, 2, 3]);
    let bytes = to_vec(&o);
    for cut in 0..bytes.len() {
        let _ = from_slice::<Obj>(&bytes[..cut]);
    }
    assert_eq!(from_slice::<Obj>(&bytes).unwrap(), o);
}

/// A message that holds itself, so decoding recurses along the schema as deep as the input
/// nests: the reader's depth limit is all that stops it.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
struct Tree {
    #[kcodec(rename = "child", tag = 1, omitempty)]
    child: Option<Box<Tree>>,
    #[kcodec(rename = "children", tag = 2, omitempty)]
    children: Vec<Tree>,
}

/// `levels` messages, each field `tag` of the one around it, the innermost empty; and the
/// offset of each level's length prefix.
fn nested(tag: u8, levels: usize) -> (Vec<u8>, Vec<usize>) {
    fn varint(mut v: usize, out: &mut Vec<u8>) {
        while v >= 0x80 {
            out.push(v as u8 | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    // sizes[k]: the encoded size of the k innermost levels.
    let mut sizes = vec![0usize];
    let mut buf = Vec::new();
    for k in 0..levels {
        buf.clear();
        varint(sizes[k], &mut buf);
        sizes.push(sizes[k] + 1 + buf.len());
    }
    let (mut out, mut starts) = (Vec::with_capacity(sizes[levels]), Vec::new());
    for k in (0..levels).rev() {
        out.push(tag << 3 | 2);
        starts.push(out.len());
        varint(sizes[k], &mut out);
    }
    (out, starts)
}

#[test]
fn nesting_of_a_recursive_message_is_bounded() {
    for (tag, name) in [(1, ".child"), (2, ".children[0]")] {
        // A million levels: refused at the limit (100), at the length prefix of the first
        // level past it, whose field (the 101st) is the path.
        let (input, starts) = nested(tag, 1_000_000);
        let e = from_slice::<Tree>(&input).unwrap_err();
        assert!(
            matches!(
                e.kind(),
                kcodec::ErrorKind::DepthLimitExceeded { limit: 100 }
            ),
            "{e}"
        );
        assert_eq!(e.offset(), starts[100], "{e}");
        assert_eq!(e.path(), name.repeat(101), "{e}");
        // At the limit itself, it decodes, and re-encodes to the same bytes.
        let (input, _) = nested(tag, 100);
        let tree = from_slice::<Tree>(&input).unwrap();
        assert_eq!(to_vec(&tree), input);
        // The limit is the caller's to set.
        let opts = kcodec::proto::ProtoOptions {
            max_depth: 10,
            ..Default::default()
        };
        let e = kcodec::proto::from_slice_with::<Tree>(&input, opts).unwrap_err();
        assert!(
            matches!(
                e.kind(),
                kcodec::ErrorKind::DepthLimitExceeded { limit: 10 }
            ),
            "{e}"
        );
    }
    // In JSON, the same shape stops at the JSON reader's limit (256).
    let deep = r#"{"child":"#.repeat(1_000_000);
    let e = kcodec::json::from_slice::<Tree>(deep.as_bytes()).unwrap_err();
    assert!(
        matches!(
            e.kind(),
            kcodec::ErrorKind::DepthLimitExceeded { limit: 256 }
        ),
        "{e}"
    );
}

mod schema {
    use kcodec::schema::{FieldType, ProtoSchema, Scalar};

    #[derive(Clone, Debug, Default, PartialEq, kcodec::Json, kcodec::Proto)]
    pub struct TypeMeta {
        #[kcodec(rename = "kind", omitempty)]
        pub kind: kcodec::Str,
    }

    #[derive(Clone, Debug, Default, PartialEq, kcodec::Json, kcodec::Proto)]
    #[kcodec(proto_package = "example.v1")]
    pub struct Thing {
        #[kcodec(inline)]
        pub type_meta: TypeMeta,
        #[kcodec(rename = "replicas", tag = 3, omitempty)]
        pub replicas: Option<i32>,
        #[kcodec(rename = "items", tag = 1)]
        pub items: Vec<Thing>,
        #[kcodec(rename = "local", omitempty)]
        pub json_only: i64,
    }

    /// The derive describes the protobuf fields (declaration order), the Rust shapes and the
    /// JSON-only fields.
    #[test]
    fn derive_describes_the_message() {
        let s = Thing::proto_schema();
        assert_eq!((s.name, s.package), ("Thing", Some("example.v1")));
        assert!(
            s.module_path.ends_with("proto::schema"),
            "{}",
            s.module_path
        );
        let fields: Vec<(&str, u32, bool)> = s
            .fields
            .iter()
            .map(|f| (f.name, f.tag, f.omitempty))
            .collect();
        assert_eq!(fields, [("replicas", 3, true), ("items", 1, false)]);
        assert!(matches!(
            &s.fields[0].ty,
            FieldType::Optional(t) if matches!(**t, FieldType::Scalar(Scalar::Int32))
        ));
        let FieldType::Repeated(inner) = &s.fields[1].ty else {
            panic!("items is repeated")
        };
        let FieldType::Message(f) = **inner else {
            panic!("of messages")
        };
        assert_eq!(f().name, "Thing");
        assert_eq!(s.json_only.len(), 2);
        assert!(s.json_only[0].is_type_meta());
        assert!(!s.json_only[1].is_type_meta());
    }
}

/// Field types behind type aliases (and spelled with full paths): the derive takes a
/// field's presence rule from its type, through traits, not from its syntax.
mod aliases {
    use super::*;

    type Labels = BTreeMap<Str, Str>;
    type Names = Vec<Str>;
    type Grace = Option<i64>;
    type Bytes = Binary;

    #[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
    struct Plain {
        #[kcodec(rename = "labels", tag = 1, omitempty)]
        labels: BTreeMap<Str, Str>,
        #[kcodec(rename = "names", tag = 2, omitempty)]
        names: Vec<Str>,
        #[kcodec(rename = "grace", tag = 3, omitempty)]
        grace: Option<i64>,
        #[kcodec(rename = "data", tag = 4, omitempty)]
        data: Binary,
        #[kcodec(rename = "more", tag = 5, omitempty)]
        more: Vec<Meta>,
    }

    #[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
    struct Aliased {
        #[kcodec(rename = "labels", tag = 1, omitempty)]
        labels: Labels,
        #[kcodec(rename = "names", tag = 2, omitempty)]
        names: Names,
        #[kcodec(rename = "grace", tag = 3, omitempty)]
        grace: Grace,
        #[kcodec(rename = "data", tag = 4, omitempty)]
        data: Bytes,
        #[kcodec(rename = "more", tag = 5, omitempty)]
        more: ::std::vec::Vec<Meta>,
    }

    fn plain() -> Plain {
        Plain {
            labels: [("app", "web"), ("tier", "front")]
                .into_iter()
                .map(|(k, v)| (Str::from(k), Str::from(v)))
                .collect(),
            names: vec!["a".into(), "".into(), "c".into()],
            grace: Some(-30),
            data: Binary(vec![0, 1, 2]),
            more: vec![Meta {
                name: "m".into(),
                ..Meta::default()
            }],
        }
    }

    fn aliased(p: &Plain) -> Aliased {
        Aliased {
            labels: p.labels.clone(),
            names: p.names.clone(),
            grace: p.grace,
            data: p.data.clone(),
            more: p.more.clone(),
        }
    }

    #[test]
    fn an_alias_encodes_as_the_type_it_names() {
        for p in [plain(), Plain::default()] {
            let a = aliased(&p);
            let bytes = to_vec(&p);
            assert_eq!(to_vec(&a), bytes, "protobuf of {p:?}");
            assert_eq!(a.encoded_len(), bytes.len());
            let back: Aliased = from_slice(&bytes).unwrap();
            assert_eq!(back, a);
            assert_eq!(
                kcodec::json::to_vec(&a).unwrap(),
                kcodec::json::to_vec(&p).unwrap()
            );
            let back: Aliased =
                kcodec::json::from_slice(&kcodec::json::to_vec(&p).unwrap()).unwrap();
            assert_eq!(back, a);
        }
        // Empty values follow the same presence rules: an empty map, list and `Binary` and a
        // `None` are left out.
        assert_eq!(to_vec(&Aliased::default()), b"");
    }

    #[test]
    fn an_alias_has_the_schema_of_the_type_it_names() {
        use kcodec::schema::ProtoSchema;
        let (p, a) = (Plain::proto_schema(), Aliased::proto_schema());
        assert_eq!(p.fields.len(), a.fields.len());
        for (p, a) in p.fields.iter().zip(&a.fields) {
            assert_eq!(format!("{:?}", p.ty), format!("{:?}", a.ty), "{}", p.name);
        }
    }
}
