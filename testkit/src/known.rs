//! Tests that tell the differences between kcodec and Kubernetes' Go codecs that are known
//! and documented (README, "Limits and guarantees") from any other: shared by the
//! differential suite (`types/tests/oracle_diff.rs`) and the differential fuzz targets.

/// Whether kcodec's error `e` is at a map field of the message `schema` (its path, with list
/// indices dropped, walked through the fields' JSON names).
pub fn error_in_map(schema: &kcodec::schema::MessageSchema, e: &str) -> bool {
    let Some(path) = e.rsplit("(field ").next().and_then(|p| p.strip_suffix(')')) else {
        return false;
    };
    let mut ty = kcodec::schema::FieldType::Message(|| unreachable!());
    let mut message = schema.clone();
    for step in path.split('.').filter(|s| !s.is_empty()) {
        let name = step.split('[').next().unwrap_or(step);
        let Some(f) = find_field(&message, name) else {
            return false;
        };
        ty = f.ty.clone();
        if let kcodec::schema::FieldType::Message(m) = ty.unwrapped() {
            message = m();
        } else if let kcodec::schema::FieldType::Repeated(inner) = ty.unwrapped() {
            if let kcodec::schema::FieldType::Message(m) = inner.unwrapped() {
                message = m();
            }
        }
    }
    matches!(ty.unwrapped(), kcodec::schema::FieldType::Map(..))
}

/// The field named `name` (JSON or protobuf name) of `message`, looking through inline fields.
pub fn find_field(
    message: &kcodec::schema::MessageSchema,
    name: &str,
) -> Option<kcodec::schema::FieldSchema> {
    for f in &message.fields {
        if f.name == name || (!f.inline && f.json_name == name) {
            return Some(f.clone());
        }
        if f.inline {
            if let kcodec::schema::FieldType::Message(m) = f.ty.unwrapped() {
                if let Some(found) = find_field(&m(), name) {
                    return Some(found);
                }
            }
        }
    }
    None
}

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
