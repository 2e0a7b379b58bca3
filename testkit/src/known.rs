//! Tests that tell the differences between kcodec and Kubernetes' Go codecs that are known
//! and documented (README, "Limits and guarantees") from any other: shared by the
//! differential suite (`types/tests/oracle_diff.rs`) and the differential fuzz targets.

/// Whether `IntOrString` is reachable from the message `schema`.
pub fn has_int_or_string(schema: &kcodec::schema::MessageSchema) -> bool {
    fn walk(ty: &kcodec::schema::FieldType, seen: &mut std::collections::BTreeSet<String>) -> bool {
        use kcodec::schema::FieldType as T;
        match ty {
            T::Message(m) => {
                let m = m();
                if m.name == "IntOrString" {
                    return true;
                }
                if !seen.insert(format!("{}.{}", m.module_path, m.name)) {
                    return false;
                }
                m.fields.iter().any(|f| walk(&f.ty, seen))
            }
            T::Optional(t) | T::Boxed(t) | T::Repeated(t) => walk(t, seen),
            T::Map(k, v) => walk(k, seen) || walk(v, seen),
            T::Scalar(_) => false,
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    schema.fields.iter().any(|f| walk(&f.ty, &mut seen))
}

/// The element type of a wrapped list: a message whose one field is `repeated T items = 1`,
/// marked inline (a Go named slice marked `+protobuf.nullable=true`, such as `Verbs` or
/// `ExtraValue`, whose JSON form is an array of `T`; a struct with one `items` field, such
/// as `DownwardAPIProjection`, is not inline).
pub fn wrapped_list_elem(
    schema: &kcodec::schema::MessageSchema,
) -> Option<&kcodec::schema::FieldType> {
    match (schema.fields.as_slice(), schema.json_only.is_empty()) {
        ([f], true) if f.name == "items" && f.tag == 1 && f.inline => match &f.ty {
            kcodec::schema::FieldType::Repeated(e) => Some(e),
            _ => None,
        },
        _ => None,
    }
}
