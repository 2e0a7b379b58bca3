//! `wrapped_list!`: a named Go slice marked `+protobuf.nullable=true` (meta/v1's `Verbs`,
//! authentication's `ExtraValue`). In JSON an array; on the protobuf wire a wrapper message
//! `{ repeated T items = 1; }` (Kubernetes marshals the Go slice type through a generated
//! wrapper), so it is a newtype with its own codecs. The generator emits one invocation per
//! such type.

/// Declare a wrapped list: `wrapped_list! { /// docs \n Name(ElementType) }`.
macro_rules! wrapped_list {
    ($(#[$attr:meta])* $name:ident($elem:ty)) => {
        $(#[$attr])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name(pub Vec<$elem>);

        impl ::std::ops::Deref for $name {
            type Target = Vec<$elem>;
            fn deref(&self) -> &Vec<$elem> {
                &self.0
            }
        }

        impl ::std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut Vec<$elem> {
                &mut self.0
            }
        }

        impl ::kcodec::JsonEncode for $name {
            fn encode_json(&self, out: &mut Vec<u8>) {
                self.0.encode_json(out)
            }
        }

        impl ::kcodec::Omit for $name {
            fn is_empty_value(&self) -> bool {
                self.0.is_empty()
            }
            fn is_zero_value(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl ::kcodec::JsonDecode for $name {
            fn decode_json(r: &mut ::kcodec::json::JsonReader<'_>) -> ::kcodec::Result<Self> {
                <Vec<$elem> as ::kcodec::JsonDecode>::decode_json(r).map($name)
            }
        }

        #[cfg(feature = "cbor")]
        impl ::kcodec::cbor::CborEncode for $name {
            fn encode_cbor(&self, out: &mut Vec<u8>) {
                self.0.encode_cbor(out)
            }
        }

        #[cfg(feature = "cbor")]
        impl ::kcodec::cbor::CborDecode for $name {
            fn decode_cbor(r: &mut ::kcodec::cbor::CborReader<'_>) -> ::kcodec::Result<Self> {
                let mut v = $name::default();
                ::kcodec::cbor::CborDecode::decode_cbor_into(&mut v.0, r)?;
                Ok(v)
            }
        }

        impl ::kcodec::proto::ProtoValue for $name {
            const WIRE_TYPE: ::kcodec::proto::WireType = ::kcodec::proto::WireType::Len;

            fn value_len(&self) -> usize {
                ::kcodec::proto::field::len_repeated(1, &self.0)
            }

            fn encode_value_rev(&self, w: &mut ::kcodec::proto::RevBuf) {
                ::kcodec::proto::field::encode_repeated(w, 1, &self.0)
            }

            fn merge_value(&mut self, r: &mut ::kcodec::proto::ProtoReader<'_>) -> ::kcodec::Result<()> {
                r.nested(|r| {
                    while !r.at_end() {
                        let (field, wire) = r.read_key()?;
                        match field {
                            1 => ::kcodec::proto::field::merge_repeated(r, 1, wire, &mut self.0)?,
                            _ => r.skip(wire)?,
                        }
                    }
                    Ok(())
                })
            }
        }

        impl ::kcodec::schema::ProtoSchema for $name {
            fn proto_schema() -> ::kcodec::schema::MessageSchema {
                ::kcodec::schema::MessageSchema {
                    name: ::core::stringify!($name),
                    module_path: ::core::module_path!(),
                    package: None,
                    fields: vec![::kcodec::schema::FieldSchema {
                        name: "items",
                        json_name: "items",
                        tag: 1,
                        ty: <Vec<$elem> as ::kcodec::schema::ProtoField>::proto_field(),
                        omitempty: true,
                        omitzero: false,
                        // The message's JSON form is this field's value (an array): what
                        // tells a wrapped list apart from a struct of one `items` field
                        // (`DownwardAPIProjection`) in the schema.
                        inline: true,
                    }],
                    json_only: vec![],
                }
            }
        }

        impl ::kcodec::schema::ProtoField for $name {
            fn proto_field() -> ::kcodec::schema::FieldType {
                ::kcodec::schema::FieldType::Message(
                    <$name as ::kcodec::schema::ProtoSchema>::proto_schema,
                )
            }
        }

        #[cfg(feature = "serde")]
        ::kcodec::__private::impl_serde!($name);
    };
}
pub(crate) use wrapped_list;

#[cfg(test)]
mod tests {
    use crate::meta::v1::Verbs;

    #[test]
    fn verbs_are_a_wrapper_message_in_protobuf() {
        let v = Verbs(vec!["get".into(), "list".into()]);
        let mut w = kcodec::proto::RevBuf::new();
        kcodec::proto::field::encode(&mut w, 4, &v);
        assert_eq!(
            w.as_slice(),
            b"\x22\x0b\x0a\x03get\x0a\x04list",
            "field 4 holds a message whose field 1 repeats"
        );
        let mut back = Verbs::default();
        let mut r = kcodec::proto::ProtoReader::new(&w.as_slice()[1..]);
        kcodec::proto::ProtoValue::merge_value(&mut back, &mut r).unwrap();
        assert_eq!(back, v);
        assert_eq!(kcodec::json::to_vec(&v).unwrap(), br#"["get","list"]"#);
    }
}
