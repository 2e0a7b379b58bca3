//! [`Map`]: a Go map, nil kept apart from empty.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::collections::{btree_map, BTreeMap};
use std::fmt;
use std::ops::{Deref, DerefMut};

/// A map that reads as a `BTreeMap<K, V>` and remembers, as a Go map does, whether it is nil
/// or empty: Go writes a nil map as `null` and an empty one as `{}` (in a field without
/// `omitempty`).
///
/// It dereferences to a `BTreeMap` (empty when nil), so every reading method is the map's:
///
/// ```
/// use kcodec::{Map, Str};
///
/// let mut labels: Map<Str, Str> = Map::nil();
/// assert!(labels.is_empty() && labels.is_nil());
/// labels.insert("app".into(), "web".into()); // no longer nil
/// assert_eq!(labels.get("app").map(Str::as_str), Some("web"));
/// for (k, v) in &labels {
///     assert_eq!((k.as_str(), v.as_str()), ("app", "web"));
/// }
/// labels.remove("app");
/// assert!(labels.is_empty() && !labels.is_nil()); // emptied, not nil: written `{}`
/// ```
///
/// Why a flag beside the map rather than an `Option<BTreeMap>`: `Deref` must hand out a
/// `&BTreeMap` for a nil map too, so a nil map needs an empty map to point at. An empty
/// `BTreeMap` allocates nothing, so every `Map` holds one (empty while nil) and a `bool`
/// says whether it is nil; the flag takes the word an `Option<BTreeMap>` takes for its tag
/// too (the map has no niche left), so both are the same size. The map is always empty
/// while the flag is set.
///
/// Mutations follow Go: [`insert`](Map::insert), [`entry`](Map::entry),
/// [`map_mut`](Map::map_mut) and every `BTreeMap` method reached through [`DerefMut`]
/// make a nil map non-nil (a Go program must `make` a map before writing into it);
/// [`remove`](Map::remove), [`retain`](Map::retain), [`clear`](Map::clear) and
/// [`get_mut`](Map::get_mut) never change nil-ness (`delete` on a nil map is a no-op). Building a map from a value
/// (`From<BTreeMap>`, `From<[(K, V); N]>`, `collect()`) gives a non-nil one, even when empty.
///
/// Equality between two maps tells nil from empty, as Go's `reflect.DeepEqual` does;
/// equality with a `BTreeMap` compares the entries only. In kcodec's codecs it is what
/// `Option<BTreeMap<K, V>>` is: JSON and CBOR `null` for nil, no protobuf entry when nil or
/// empty, and `omitempty` leaves out both nil and empty, `omitzero` only nil; CBOR's
/// `undefined` is refused, as Go refuses it for a map.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Map<K, V> {
    map: BTreeMap<K, V>,
    nil: bool,
}

impl<K, V> Map<K, V> {
    /// The nil map (Go's `var m map[K]V`), which is also [`Map::default`].
    ///
    /// ```
    /// let m = kcodec::Map::<kcodec::Str, i32>::nil();
    /// assert!(m.is_nil() && m.is_empty());
    /// assert_eq!(kcodec::json::to_vec(&m).unwrap(), b"null");
    /// ```
    #[inline]
    pub const fn nil() -> Self {
        Map {
            map: BTreeMap::new(),
            nil: true,
        }
    }

    /// An empty, non-nil map (Go's `map[K]V{}`), written `{}` where a nil one is `null`.
    ///
    /// ```
    /// let m = kcodec::Map::<kcodec::Str, i32>::empty();
    /// assert!(!m.is_nil() && m.is_empty());
    /// assert_eq!(kcodec::json::to_vec(&m).unwrap(), b"{}");
    /// ```
    #[inline]
    pub const fn empty() -> Self {
        Map {
            map: BTreeMap::new(),
            nil: false,
        }
    }

    /// Whether the map is nil (as opposed to empty or holding entries).
    ///
    /// ```
    /// use kcodec::Map;
    /// assert!(Map::<u8, u8>::nil().is_nil());
    /// assert!(!Map::<u8, u8>::empty().is_nil());
    /// ```
    #[inline]
    pub const fn is_nil(&self) -> bool {
        self.nil
    }

    /// The entries as a `BTreeMap` (empty when nil); the same as `&*map`.
    ///
    /// ```
    /// let m = kcodec::Map::from([(1, "a")]);
    /// assert_eq!(m.as_map().len(), 1);
    /// ```
    #[inline]
    pub const fn as_map(&self) -> &BTreeMap<K, V> {
        &self.map
    }

    /// The map as an `Option`: `None` when nil, for code that needs the distinction.
    ///
    /// ```
    /// use kcodec::Map;
    /// assert!(Map::<u8, u8>::nil().as_option().is_none());
    /// assert!(Map::<u8, u8>::empty().as_option().is_some());
    /// ```
    #[inline]
    pub fn as_option(&self) -> Option<&BTreeMap<K, V>> {
        (!self.nil).then_some(&self.map)
    }

    /// The map as an `Option<BTreeMap<K, V>>`: `None` when nil.
    ///
    /// ```
    /// use kcodec::Map;
    /// assert_eq!(Map::<u8, u8>::nil().into_option(), None);
    /// assert_eq!(Map::from([(1u8, 2u8)]).into_option().unwrap()[&1], 2);
    /// ```
    #[inline]
    pub fn into_option(self) -> Option<BTreeMap<K, V>> {
        (!self.nil).then_some(self.map)
    }

    /// The entries as a `BTreeMap` (empty when nil; the distinction is dropped).
    ///
    /// ```
    /// let m = kcodec::Map::from([(1, 2)]).into_map();
    /// assert_eq!(m[&1], 2);
    /// ```
    #[inline]
    pub fn into_map(self) -> BTreeMap<K, V> {
        self.map
    }

    /// The underlying `BTreeMap`, for any of its methods; a nil map becomes an empty,
    /// non-nil one (as [`DerefMut`] does).
    ///
    /// ```
    /// let mut m = kcodec::Map::<u8, u8>::nil();
    /// m.map_mut().append(&mut [(1, 2)].into());
    /// assert!(!m.is_nil() && m.len() == 1);
    /// ```
    #[inline]
    pub fn map_mut(&mut self) -> &mut BTreeMap<K, V> {
        self.nil = false;
        &mut self.map
    }

    /// Remove every entry. A non-nil map stays non-nil (written `{}`); a nil one stays nil.
    ///
    /// ```
    /// let mut m = kcodec::Map::from([(1, 2)]);
    /// m.clear();
    /// assert!(m.is_empty() && !m.is_nil());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.map.clear()
    }

    /// An iterator over the entries in key order (none when nil).
    ///
    /// ```
    /// let m = kcodec::Map::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.iter().next(), Some((&1, &'a')));
    /// ```
    #[inline]
    pub fn iter(&self) -> btree_map::Iter<'_, K, V> {
        self.map.iter()
    }

    /// An iterator over the entries with mutable values, in key order (none when nil, which
    /// stays nil).
    ///
    /// ```
    /// let mut m = kcodec::Map::from([(1, 10)]);
    /// m.iter_mut().for_each(|(_, v)| *v += 1);
    /// assert_eq!(m[&1], 11);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> btree_map::IterMut<'_, K, V> {
        self.map.iter_mut()
    }
}

impl<K: Ord, V> Map<K, V> {
    /// Insert an entry, returning the value it replaces; a nil map becomes non-nil.
    ///
    /// ```
    /// let mut m = kcodec::Map::nil();
    /// assert_eq!(m.insert("a", 1), None);
    /// assert_eq!(m.insert("a", 2), Some(1));
    /// assert!(!m.is_nil());
    /// ```
    #[inline]
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.map_mut().insert(key, value)
    }

    /// Keep only the entries for which `keep` is true; nil-ness is unchanged.
    ///
    /// ```
    /// let mut m = kcodec::Map::from([(1, 'a'), (2, 'b')]);
    /// m.retain(|k, _| *k > 1);
    /// assert_eq!(m.len(), 1);
    /// ```
    #[inline]
    pub fn retain(&mut self, keep: impl FnMut(&K, &mut V) -> bool) {
        self.map.retain(keep)
    }

    /// Remove an entry, returning its value; nil-ness is unchanged.
    ///
    /// ```
    /// let mut m = kcodec::Map::from([("a", 1)]);
    /// assert_eq!(m.remove("a"), Some(1));
    /// assert!(m.is_empty() && !m.is_nil());
    /// ```
    #[inline]
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.map.remove(key)
    }

    /// A mutable reference to the value of `key`; nil-ness is unchanged (a nil map has no
    /// entry to change).
    ///
    /// ```
    /// let mut m = kcodec::Map::from([("a", 1)]);
    /// *m.get_mut("a").unwrap() += 1;
    /// assert_eq!(m["a"], 2);
    /// ```
    #[inline]
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.map.get_mut(key)
    }

    /// The entry of `key`, to insert or update in place; a nil map becomes non-nil.
    ///
    /// ```
    /// let mut m = kcodec::Map::nil();
    /// *m.entry("hits").or_insert(0) += 1;
    /// assert_eq!(m["hits"], 1);
    /// ```
    #[inline]
    pub fn entry(&mut self, key: K) -> btree_map::Entry<'_, K, V> {
        self.map_mut().entry(key)
    }
}

/// The nil map (Go's zero value).
impl<K, V> Default for Map<K, V> {
    #[inline]
    fn default() -> Self {
        Map::nil()
    }
}

/// The entries, as a `BTreeMap` (empty when nil).
impl<K, V> Deref for Map<K, V> {
    type Target = BTreeMap<K, V>;
    #[inline]
    fn deref(&self) -> &BTreeMap<K, V> {
        &self.map
    }
}

/// The entries, as a mutable `BTreeMap`: a nil map becomes non-nil, as any write into a Go
/// map needs a non-nil one (the methods that cannot add an entry are on `Map` itself and
/// leave nil-ness unchanged).
impl<K, V> DerefMut for Map<K, V> {
    #[inline]
    fn deref_mut(&mut self) -> &mut BTreeMap<K, V> {
        self.map_mut()
    }
}

impl<K, V> AsRef<BTreeMap<K, V>> for Map<K, V> {
    #[inline]
    fn as_ref(&self) -> &BTreeMap<K, V> {
        &self.map
    }
}

/// Like a `BTreeMap` (`{"a": 1}`), and `nil` for a nil map.
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Map<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.nil {
            f.write_str("nil")
        } else {
            self.map.fmt(f)
        }
    }
}

/// Entry-wise: a nil map equals an empty `BTreeMap`.
impl<K: PartialEq, V: PartialEq> PartialEq<BTreeMap<K, V>> for Map<K, V> {
    #[inline]
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        self.map == *other
    }
}

/// Entry-wise: an empty `BTreeMap` equals a nil map.
impl<K: PartialEq, V: PartialEq> PartialEq<Map<K, V>> for BTreeMap<K, V> {
    #[inline]
    fn eq(&self, other: &Map<K, V>) -> bool {
        *self == other.map
    }
}

/// As `Option<BTreeMap<K, V>>`: nil first.
impl<K: PartialOrd, V: PartialOrd> PartialOrd for Map<K, V> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.as_option().partial_cmp(&other.as_option())
    }
}

/// As `Option<BTreeMap<K, V>>`: nil first.
impl<K: Ord, V: Ord> Ord for Map<K, V> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_option().cmp(&other.as_option())
    }
}

/// A non-nil map of the `BTreeMap`'s entries (even when it is empty).
impl<K, V> From<BTreeMap<K, V>> for Map<K, V> {
    #[inline]
    fn from(map: BTreeMap<K, V>) -> Self {
        Map { map, nil: false }
    }
}

/// A non-nil map of the pairs (a later duplicate key replaces the earlier one).
impl<K: Ord, V, const N: usize> From<[(K, V); N]> for Map<K, V> {
    #[inline]
    fn from(pairs: [(K, V); N]) -> Self {
        Map::from(BTreeMap::from(pairs))
    }
}

/// `None` is nil.
impl<K, V> From<Option<BTreeMap<K, V>>> for Map<K, V> {
    #[inline]
    fn from(map: Option<BTreeMap<K, V>>) -> Self {
        match map {
            Some(map) => Map { map, nil: false },
            None => Map::nil(),
        }
    }
}

/// The entries (empty when nil).
impl<K, V> From<Map<K, V>> for BTreeMap<K, V> {
    #[inline]
    fn from(m: Map<K, V>) -> Self {
        m.map
    }
}

/// `None` when nil.
impl<K, V> From<Map<K, V>> for Option<BTreeMap<K, V>> {
    #[inline]
    fn from(m: Map<K, V>) -> Self {
        m.into_option()
    }
}

/// A non-nil map (even when the iterator yields nothing), as `From<BTreeMap>`.
impl<K: Ord, V> FromIterator<(K, V)> for Map<K, V> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Map::from(BTreeMap::from_iter(iter))
    }
}

/// Insert the pairs: a nil map becomes non-nil if there is at least one.
impl<K: Ord, V> Extend<(K, V)> for Map<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

/// Insert copies of the pairs (see `Extend<(K, V)>`).
impl<'a, K: Ord + Copy + 'a, V: Copy + 'a> Extend<(&'a K, &'a V)> for Map<K, V> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        self.extend(iter.into_iter().map(|(k, v)| (*k, *v)))
    }
}

/// The entries by value, in key order (none when nil).
impl<K, V> IntoIterator for Map<K, V> {
    type Item = (K, V);
    type IntoIter = btree_map::IntoIter<K, V>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter()
    }
}

/// The entries by reference, in key order (none when nil).
impl<'a, K, V> IntoIterator for &'a Map<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = btree_map::Iter<'a, K, V>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.map.iter()
    }
}

/// The entries with mutable values, in key order (none when nil, which stays nil).
impl<'a, K, V> IntoIterator for &'a mut Map<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = btree_map::IterMut<'a, K, V>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.map.iter_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::Map;
    use std::collections::BTreeMap;
    use std::mem::size_of;

    #[test]
    fn a_map_is_the_size_of_an_optional_btree_map() {
        assert_eq!(
            size_of::<Map<u8, u8>>(),
            size_of::<Option<BTreeMap<u8, u8>>>()
        );
    }

    #[test]
    fn nil_reads_as_empty() {
        let m: Map<u8, u8> = Map::default();
        assert!(m.is_nil() && m.is_empty());
        assert_eq!(m.get(&1), None);
        assert!(m.iter().next().is_none());
        assert!((&m).into_iter().next().is_none());
        assert!(m.as_option().is_none());
        assert!(m.clone().into_option().is_none());
        assert!(m.into_iter().next().is_none());
    }

    #[test]
    fn writes_make_nil_non_nil() {
        let mut m: Map<u8, u8> = Map::nil();
        m.insert(1, 2);
        assert!(!m.is_nil());
        let mut m: Map<u8, u8> = Map::nil();
        m.entry(1).or_default();
        assert!(!m.is_nil());
        let mut m: Map<u8, u8> = Map::nil();
        m.append(&mut BTreeMap::new()); // through DerefMut
        assert_eq!(m, Map::empty());
        let mut m: Map<u8, u8> = Map::nil();
        m.extend(std::iter::empty::<(u8, u8)>());
        assert!(m.is_nil(), "nothing inserted");
        m.extend([(&1, &2)]);
        assert_eq!(m, BTreeMap::from([(1, 2)]));
    }

    #[test]
    fn removals_keep_nil_ness() {
        for start in [Map::nil(), Map::from([(1u8, 1u8), (2, 2)])] {
            let was_nil = start.is_nil();
            let mut m = start.clone();
            m.clear();
            assert_eq!(m.is_nil(), was_nil);
            let mut m = start.clone();
            m.retain(|_, _| false);
            assert_eq!(m.is_nil(), was_nil);
            let mut m = start.clone();
            m.remove(&1);
            m.remove(&2);
            assert_eq!(m.is_nil(), was_nil);
            let mut m = start;
            assert_eq!(m.get_mut(&3), None);
            m.iter_mut().for_each(|(_, v)| *v = 0);
            for (_, v) in &mut m {
                *v = 1;
            }
            assert_eq!(m.is_nil(), was_nil);
        }
    }

    #[test]
    fn equality_and_order() {
        let nil = Map::<u8, u8>::nil();
        let empty = Map::<u8, u8>::empty();
        assert_ne!(nil, empty);
        assert_eq!(nil, BTreeMap::new());
        assert_eq!(BTreeMap::new(), empty);
        assert!(nil < empty);
        assert!(empty < Map::from([(0, 0)]));
        let built: Map<u8, u8> = [(1, 1)].into_iter().collect();
        assert_eq!(built, Map::from([(1, 1)]));
        let none: Map<u8, u8> = std::iter::empty().collect();
        assert!(!none.is_nil());
        let back: BTreeMap<u8, u8> = built.clone().into();
        assert_eq!(back, built);
        assert_eq!(Map::from(Some(back.clone())), built);
        assert_eq!(Map::<u8, u8>::from(None), nil);
        assert_eq!(Option::<BTreeMap<u8, u8>>::from(nil.clone()), None);
    }

    #[test]
    fn debug_is_a_map_or_nil() {
        assert_eq!(format!("{:?}", Map::from([("a", 1)])), r#"{"a": 1}"#);
        assert_eq!(format!("{:?}", Map::<u8, u8>::empty()), "{}");
        assert_eq!(format!("{:?}", Map::<u8, u8>::nil()), "nil");
    }
}
