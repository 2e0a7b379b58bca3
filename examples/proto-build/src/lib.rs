//! Rust types generated from `.proto` files by kcodec-codegen's `Builder` in `build.rs`.
//!
//! [`derived`] holds the types as `#[derive(kcodec::Json, kcodec::Proto)]` source (the
//! derive expands them when this crate compiles); [`expanded`] holds the same types with the
//! codec implementations written out by the Builder (no proc macro runs). Both encode the
//! same bytes; the tests below check it.

/// The types as `#[derive(Json, Proto)]` source.
pub mod derived {
    include!(concat!(env!("OUT_DIR"), "/derived/derived.rs"));
}

/// The same types with pre-expanded codec implementations.
pub mod expanded {
    include!(concat!(env!("OUT_DIR"), "/expanded/expanded.rs"));
}

#[cfg(test)]
mod tests {
    use super::derived::legacy::v1::{Catalog, Labels, Tree};
    use super::derived::shop::v1::{Item, ItemDimensions, ItemKind, Order, State};
    use super::expanded;
    use kcodec::{json, proto};

    fn item() -> Item {
        Item {
            sku: "sku-1".into(),
            price_cents: 1999,
            weight_kg: 0.25,
            available: true,
            tags: vec!["red".into(), "sale".into()],
            stock_by_store: [("berlin".into(), 3), ("paris".into(), 0)].into(),
            thumbnail: kcodec::Binary::from(vec![1u8, 2, 3]),
            max_per_order: Some(2),
            kind: ItemKind::KindPhysical as i32,
            dimensions: Some(ItemDimensions {
                width: 10,
                height: 20,
            }),
            display_name: "Red shirt".into(),
            rating: 4.5,
            views: 12,
        }
    }

    #[test]
    fn proto3_types_round_trip_in_json_and_protobuf() {
        let order = Order {
            id: "o-1".into(),
            items: vec![item(), Item::default()],
            boxes: [(
                "a".into(),
                ItemDimensions {
                    width: 1,
                    height: 2,
                },
            )]
            .into(),
            state: State::StateShipped as i32,
        };
        let j = json::to_vec(&order).unwrap();
        assert_eq!(json::from_slice::<Order>(&j).unwrap(), order);
        let text = String::from_utf8(j).unwrap();
        // Field names as JSON keys, an explicit json_name, base64 bytes, enums as numbers.
        assert!(text.contains(r#""price_cents":1999"#), "{text}");
        assert!(text.contains(r#""title":"Red shirt""#), "{text}");
        assert!(text.contains(r#""thumbnail":"AQID""#), "{text}");
        assert!(text.contains(r#""state":2"#), "{text}");
        let p = proto::to_vec(&order);
        assert_eq!(proto::from_slice::<Order>(&p).unwrap(), order);
        assert_eq!(ItemKind::from_i32(2), Some(ItemKind::KindDigital));
        assert_eq!(ItemKind::KindDigital.as_str_name(), "KIND_DIGITAL");
    }

    #[test]
    fn kcodec_options_shape_the_json() {
        let catalog = Catalog {
            kind: "Catalog".into(),
            api_version: "legacy/v1".into(),
            name: String::new().into(),
            labels: Labels {
                labels: [("team".into(), "a".into())].into(),
                team: Some("a".into()),
            },
            items: vec![item()],
            root: Some(Tree {
                value: Some("root".into()),
                children: vec![Tree::default()],
                first: Some(Box::new(Tree::default())),
            }),
            revision: 0,
            owner: "me".into(),
            signature: None,
        };
        let text = String::from_utf8(json::to_vec(&catalog).unwrap()).unwrap();
        // type_meta first, `name` kept although empty (omitempty = false), `labels` inline,
        // `revision` left out (omitzero), `signature` absent (None).
        assert!(
            text.starts_with(r#"{"kind":"Catalog","apiVersion":"legacy/v1","name":"","labels":{"team":"a"},"team":"a","items":["#),
            "{text}"
        );
        assert!(
            !text.contains("revision") && !text.contains("signature"),
            "{text}"
        );
        assert_eq!(
            json::from_slice::<Catalog>(text.as_bytes()).unwrap(),
            catalog
        );
        // TypeMeta is not on the protobuf wire.
        let p = proto::to_vec(&catalog);
        let back = proto::from_slice::<Catalog>(&p).unwrap();
        assert_eq!(back.kind, "");
        assert_eq!(back.root, catalog.root);
    }

    #[test]
    fn derived_and_expanded_output_encode_the_same_bytes() {
        let a = item();
        let b = json::from_slice::<expanded::shop::v1::Item>(&json::to_vec(&a).unwrap()).unwrap();
        assert_eq!(json::to_vec(&a).unwrap(), json::to_vec(&b).unwrap());
        assert_eq!(proto::to_vec(&a), proto::to_vec(&b));
        let c = proto::from_slice::<expanded::shop::v1::Item>(&proto::to_vec(&a)).unwrap();
        assert_eq!(c, b);
    }
}
