//! serde for [`List`] and [`Map`] (feature `serde`): as `Option<Vec<T>>` and
//! `Option<BTreeMap<K, V>>`, nil being `None` (`null` in JSON). The `#[derive(Json)]` types
//! that hold them serialize through kcodec's own JSON codec instead (see
//! [`crate::serde`]); these impls serve code that uses the collections on their own.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{List, Map};

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_option().serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Vec<T>>::deserialize(d).map(List::from)
    }
}

impl<K: Serialize, V: Serialize> Serialize for Map<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_option().serialize(s)
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for Map<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<BTreeMap<K, V>>::deserialize(d).map(Map::from)
    }
}

#[cfg(test)]
mod tests {
    use serde::de::value::{Error, UnitDeserializer};
    use serde::Deserialize;

    use crate::{List, Map};

    /// `()` (what a `null` gives a visitor) is nil; `kcodec-types`' serde tests cover
    /// `null`, `[]` and `{}` through serde_json.
    #[test]
    fn unit_is_nil() {
        let nil = List::<i32>::deserialize(UnitDeserializer::<Error>::new()).unwrap();
        assert!(nil.is_nil());
        let nil = Map::<String, i32>::deserialize(UnitDeserializer::<Error>::new()).unwrap();
        assert!(nil.is_nil());
    }
}
