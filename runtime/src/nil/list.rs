//! [`List`]: a Go slice, nil kept apart from empty.

use std::fmt;
use std::ops::{Deref, DerefMut};

/// A list that reads as a `Vec<T>` and remembers, as a Go slice does, whether it is nil or
/// empty: Go writes a nil slice as `null` and an empty one as `[]` (in a field without
/// `omitempty`), and Kubernetes' round trips keep the difference.
///
/// It dereferences to a slice (`&[T]`, empty when nil), so reading it is reading a slice:
///
/// ```
/// use kcodec::List;
///
/// let mut ports: List<i32> = List::nil();
/// assert!(ports.is_empty() && ports.is_nil());
/// ports.push(80); // as Go's `append`: no longer nil
/// ports.extend([443, 8080]);
/// assert_eq!(ports.len(), 3);
/// assert_eq!(ports[0], 80);
/// assert_eq!(ports.iter().sum::<i32>(), 8603);
/// for p in &mut ports {
///     *p += 1;
/// }
/// assert_eq!(ports, [81, 444, 8081]);
/// let first: &[i32] = &ports;
/// assert_eq!(first.first(), Some(&81));
/// ```
///
/// Mutations follow Go: adding elements to a nil list makes it non-nil, adding none leaves
/// it nil (`append(nilSlice)` is nil), and removing elements never changes nil-ness
/// ([`clear`](List::clear) of a non-nil list leaves it empty, not nil). Building a list from
/// a value (`From<Vec<T>>`, `collect()`, `vec![..].into()`) gives a non-nil one, even when
/// empty. The mutable slice of a nil list ([`DerefMut`]) is empty and leaves it nil.
///
/// Equality between two lists tells nil from empty, as Go's `reflect.DeepEqual` does;
/// equality with a `Vec`, slice or array compares the elements only:
///
/// ```
/// use kcodec::List;
///
/// let nil: List<u8> = List::nil();
/// let empty: List<u8> = Vec::new().into();
/// assert_ne!(nil, empty);
/// assert_eq!(nil, []);
/// assert_eq!(empty, Vec::<u8>::new());
/// ```
///
/// Its size is a `Vec`'s (`None` is the vector's null pointer). In kcodec's codecs it is
/// what `Option<Vec<T>>` is: JSON and CBOR `null` for nil, no protobuf field when nil or
/// empty (protobuf cannot tell them apart, as in Go), and `omitempty` leaves out both nil
/// and empty, as Go does, while `omitzero` leaves out only nil. Unlike an `Option` (Go's
/// pointer), it refuses CBOR's `undefined`, as Go refuses it for a slice.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct List<T>(pub(crate) Option<Vec<T>>);

impl<T> List<T> {
    /// The nil list (Go's `var s []T`), which is also [`List::default`].
    ///
    /// ```
    /// let l = kcodec::List::<u8>::nil();
    /// assert!(l.is_nil() && l.is_empty());
    /// assert_eq!(kcodec::json::to_vec(&l).unwrap(), b"null");
    /// ```
    #[inline]
    pub const fn nil() -> Self {
        List(None)
    }

    /// An empty, non-nil list (Go's `[]T{}`), written `[]` where a nil one is `null`.
    ///
    /// ```
    /// let l = kcodec::List::<u8>::empty();
    /// assert!(!l.is_nil() && l.is_empty());
    /// assert_eq!(kcodec::json::to_vec(&l).unwrap(), b"[]");
    /// ```
    #[inline]
    pub const fn empty() -> Self {
        List(Some(Vec::new()))
    }

    /// An empty, non-nil list with room for `capacity` elements (Go's `make([]T, 0, n)`).
    ///
    /// ```
    /// let l = kcodec::List::<u8>::with_capacity(4);
    /// assert!(!l.is_nil() && l.is_empty());
    /// ```
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        List(Some(Vec::with_capacity(capacity)))
    }

    /// Whether the list is nil (as opposed to empty or holding elements).
    ///
    /// ```
    /// use kcodec::List;
    /// assert!(List::<u8>::nil().is_nil());
    /// assert!(!List::<u8>::empty().is_nil());
    /// ```
    #[inline]
    pub const fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// The elements as a slice (empty when nil); the same as `&*list`.
    ///
    /// ```
    /// let l = kcodec::List::from(vec![1, 2]);
    /// assert_eq!(l.as_slice(), &[1, 2]);
    /// ```
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            Some(v) => v,
            None => &[],
        }
    }

    /// The elements as a mutable slice (empty when nil, which stays nil); the same as
    /// `&mut *list`.
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![3, 1, 2]);
    /// l.as_mut_slice().sort();
    /// assert_eq!(l, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        match &mut self.0 {
            Some(v) => v,
            None => &mut [],
        }
    }

    /// The list as an `Option`: `None` when nil, for code that needs the distinction.
    ///
    /// ```
    /// use kcodec::List;
    /// assert_eq!(List::<u8>::nil().as_option(), None);
    /// assert_eq!(List::from(vec![1u8]).as_option(), Some(&vec![1]));
    /// ```
    #[inline]
    pub const fn as_option(&self) -> Option<&Vec<T>> {
        self.0.as_ref()
    }

    /// The list as a mutable `Option<Vec<T>>`, through which nil-ness can be set directly
    /// (`*l.as_option_mut() = None` makes it nil).
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1u8]);
    /// *l.as_option_mut() = None;
    /// assert!(l.is_nil());
    /// ```
    #[inline]
    pub fn as_option_mut(&mut self) -> &mut Option<Vec<T>> {
        &mut self.0
    }

    /// The list as an `Option<Vec<T>>`: `None` when nil.
    ///
    /// ```
    /// use kcodec::List;
    /// assert_eq!(List::<u8>::nil().into_option(), None);
    /// assert_eq!(List::<u8>::empty().into_option(), Some(vec![]));
    /// ```
    #[inline]
    pub fn into_option(self) -> Option<Vec<T>> {
        self.0
    }

    /// The elements as a `Vec` (empty when nil; the distinction is dropped).
    ///
    /// ```
    /// let v: Vec<u8> = kcodec::List::from(vec![1, 2]).into_vec();
    /// assert_eq!(v, [1, 2]);
    /// assert!(kcodec::List::<u8>::nil().into_vec().is_empty());
    /// ```
    #[inline]
    pub fn into_vec(self) -> Vec<T> {
        self.0.unwrap_or_default()
    }

    /// The underlying `Vec`, for any of its methods this type does not repeat (`drain`,
    /// `dedup`, `reserve`, ...). A nil list becomes an empty, non-nil one first, as it would
    /// in Go once written to.
    ///
    /// ```
    /// let mut l = kcodec::List::<u8>::nil();
    /// l.vec_mut().reserve(8);
    /// assert!(!l.is_nil());
    /// ```
    #[inline]
    pub fn vec_mut(&mut self) -> &mut Vec<T> {
        self.0.get_or_insert_with(Vec::new)
    }

    /// Append an element (Go's `append`): a nil list becomes non-nil.
    ///
    /// ```
    /// let mut l = kcodec::List::nil();
    /// l.push("a");
    /// assert_eq!(l, ["a"]);
    /// ```
    #[inline]
    pub fn push(&mut self, value: T) {
        self.vec_mut().push(value)
    }

    /// Insert an element at `index`, shifting the ones after it (a nil list becomes
    /// non-nil).
    ///
    /// # Panics
    /// When `index > len`, as [`Vec::insert`].
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 3]);
    /// l.insert(1, 2);
    /// assert_eq!(l, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn insert(&mut self, index: usize, value: T) {
        self.vec_mut().insert(index, value)
    }

    /// Remove and return the element at `index`, shifting the ones after it.
    ///
    /// # Panics
    /// When `index >= len`, as [`Vec::remove`].
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 2, 3]);
    /// assert_eq!(l.remove(0), 1);
    /// assert_eq!(l, [2, 3]);
    /// ```
    #[inline]
    pub fn remove(&mut self, index: usize) -> T {
        match &mut self.0 {
            Some(v) => v.remove(index),
            None => panic!("removal index (is {index}) should be < len (is 0)"),
        }
    }

    /// Remove and return the last element (`None` when empty); nil-ness is unchanged.
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1]);
    /// assert_eq!(l.pop(), Some(1));
    /// assert_eq!(l.pop(), None);
    /// assert!(!l.is_nil());
    /// ```
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        self.0.as_mut().and_then(Vec::pop)
    }

    /// Keep only the elements for which `keep` is true; nil-ness is unchanged.
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 2, 3, 4]);
    /// l.retain(|x| x % 2 == 0);
    /// assert_eq!(l, [2, 4]);
    /// ```
    #[inline]
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        if let Some(v) = &mut self.0 {
            v.retain(keep)
        }
    }

    /// Keep the first `len` elements; nil-ness is unchanged.
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 2, 3]);
    /// l.truncate(1);
    /// assert_eq!(l, [1]);
    /// ```
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        if let Some(v) = &mut self.0 {
            v.truncate(len)
        }
    }

    /// Remove every element. A non-nil list stays non-nil (Go's `s = s[:0]`), so it is
    /// written `[]`; use [`List::nil`] (or `*l = List::nil()`) for `null`.
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 2]);
    /// l.clear();
    /// assert!(l.is_empty() && !l.is_nil());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        if let Some(v) = &mut self.0 {
            v.clear()
        }
    }

    /// An iterator over the elements (none when nil).
    ///
    /// ```
    /// let l = kcodec::List::from(vec![1, 2]);
    /// assert_eq!(l.iter().copied().max(), Some(2));
    /// ```
    #[inline]
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// An iterator over mutable references to the elements (none when nil).
    ///
    /// ```
    /// let mut l = kcodec::List::from(vec![1, 2]);
    /// l.iter_mut().for_each(|x| *x *= 10);
    /// assert_eq!(l, [10, 20]);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }
}

/// The nil list (Go's zero value).
impl<T> Default for List<T> {
    #[inline]
    fn default() -> Self {
        List(None)
    }
}

/// The elements, as a slice (empty when nil).
impl<T> Deref for List<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

/// The elements, as a mutable slice (empty when nil, which stays nil: a slice's length
/// cannot change through it).
impl<T> DerefMut for List<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> AsRef<[T]> for List<T> {
    #[inline]
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> AsMut<[T]> for List<T> {
    #[inline]
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

/// Like a `Vec` (`[1, 2]`), and `nil` for a nil list.
impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(v) => v.fmt(f),
            None => f.write_str("nil"),
        }
    }
}

/// A non-nil list of the vector's elements (even when it is empty).
impl<T> From<Vec<T>> for List<T> {
    #[inline]
    fn from(v: Vec<T>) -> Self {
        List(Some(v))
    }
}

/// A non-nil list of the array's elements.
impl<T, const N: usize> From<[T; N]> for List<T> {
    #[inline]
    fn from(a: [T; N]) -> Self {
        List(Some(Vec::from(a)))
    }
}

/// A non-nil list of clones of the slice's elements.
impl<T: Clone> From<&[T]> for List<T> {
    #[inline]
    fn from(s: &[T]) -> Self {
        List(Some(s.to_vec()))
    }
}

/// `None` is nil.
impl<T> From<Option<Vec<T>>> for List<T> {
    #[inline]
    fn from(v: Option<Vec<T>>) -> Self {
        List(v)
    }
}

/// The elements (empty when nil).
impl<T> From<List<T>> for Vec<T> {
    #[inline]
    fn from(l: List<T>) -> Self {
        l.into_vec()
    }
}

/// `None` when nil.
impl<T> From<List<T>> for Option<Vec<T>> {
    #[inline]
    fn from(l: List<T>) -> Self {
        l.0
    }
}

/// A non-nil list (even when the iterator yields nothing), as `From<Vec<T>>`.
impl<T> FromIterator<T> for List<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List(Some(Vec::from_iter(iter)))
    }
}

/// Append the elements (Go's `append(s, xs...)`): a nil list becomes non-nil if there is
/// at least one.
impl<T> Extend<T> for List<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        match &mut self.0 {
            Some(v) => v.extend(iter),
            None => {
                let mut iter = iter.into_iter();
                if let Some(first) = iter.next() {
                    let v = self.0.insert(Vec::with_capacity(iter.size_hint().0 + 1));
                    v.push(first);
                    v.extend(iter);
                }
            }
        }
    }
}

/// Append copies of the elements (see `Extend<T>`).
impl<'a, T: Copy + 'a> Extend<&'a T> for List<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

/// The elements by value (none when nil).
impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

/// The elements by reference (none when nil).
impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The elements by mutable reference (none when nil).
impl<'a, T> IntoIterator for &'a mut List<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

/// Element-wise: a nil list equals an empty `Vec`.
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for List<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

/// Element-wise: a nil list equals an empty slice.
impl<T: PartialEq<U>, U> PartialEq<[U]> for List<T> {
    #[inline]
    fn eq(&self, other: &[U]) -> bool {
        self.as_slice() == other
    }
}

/// Element-wise: a nil list equals an empty slice.
impl<T: PartialEq<U>, U> PartialEq<&[U]> for List<T> {
    #[inline]
    fn eq(&self, other: &&[U]) -> bool {
        self.as_slice() == *other
    }
}

/// Element-wise: a nil list equals an empty array.
impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for List<T> {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        self.as_slice() == other.as_slice()
    }
}

/// Element-wise: an empty `Vec` equals a nil list.
impl<T: PartialEq<U>, U> PartialEq<List<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &List<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

#[cfg(test)]
mod tests {
    use super::List;
    use std::mem::size_of;

    #[test]
    fn a_list_is_the_size_of_a_vec() {
        assert_eq!(size_of::<List<u8>>(), size_of::<Vec<u8>>());
        assert_eq!(size_of::<List<[u64; 20]>>(), size_of::<Vec<[u64; 20]>>());
    }

    #[test]
    fn nil_reads_as_empty() {
        let l: List<u32> = List::default();
        assert!(l.is_nil());
        assert_eq!(l.len(), 0);
        assert!(l.iter().next().is_none());
        assert!((&l).into_iter().next().is_none());
        assert_eq!(l.first(), None);
        assert_eq!(l.as_option(), None);
        assert_eq!(l.clone().into_option(), None);
        assert!(l.into_iter().next().is_none());
    }

    #[test]
    fn adding_elements_makes_nil_non_nil_and_adding_none_does_not() {
        let mut l: List<u32> = List::nil();
        l.extend(std::iter::empty::<u32>());
        assert!(l.is_nil(), "append(nil) is nil");
        l.extend(&[] as &[u32]);
        assert!(l.is_nil());
        l.extend([1, 2]);
        assert_eq!(l, [1, 2]);
        let mut l: List<u32> = List::nil();
        l.push(1);
        assert!(!l.is_nil());
        let mut l: List<u32> = List::nil();
        l.insert(0, 7);
        assert_eq!(l, vec![7]);
        let mut l: List<u32> = List::nil();
        l.vec_mut();
        assert_eq!(l, List::empty());
    }

    #[test]
    fn removing_elements_keeps_nil_ness() {
        for start in [List::nil(), List::from(vec![1u32, 2, 3])] {
            let was_nil = start.is_nil();
            let mut l = start.clone();
            l.clear();
            assert_eq!(l.is_nil(), was_nil);
            let mut l = start.clone();
            l.retain(|_| false);
            assert_eq!(l.is_nil(), was_nil);
            let mut l = start.clone();
            l.truncate(0);
            assert_eq!(l.is_nil(), was_nil);
            let mut l = start.clone();
            while l.pop().is_some() {}
            assert_eq!(l.is_nil(), was_nil);
            let mut l = start;
            l.sort();
            l.as_mut_slice().reverse();
            assert_eq!(l.is_nil(), was_nil);
        }
    }

    #[test]
    fn mutation_through_the_slice_and_iterators() {
        let mut l = List::from(vec![3, 1, 2]);
        l.sort();
        l[0] = 10;
        for x in &mut l {
            *x += 1;
        }
        l.iter_mut().for_each(|x| *x *= 2);
        assert_eq!(l, [22, 6, 8]);
        assert_eq!(l.remove(1), 6);
        let v: Vec<i32> = l.clone().into();
        assert_eq!(v, [22, 8]);
        assert_eq!(v, l);
        let doubled: List<i32> = l.iter().map(|x| x * 2).collect();
        assert_eq!(doubled, [44, 16]);
        let none: List<i32> = std::iter::empty().collect();
        assert!(!none.is_nil(), "collect() builds a value: non-nil");
    }

    #[test]
    fn equality_tells_nil_from_empty_and_comparisons_with_plain_collections_do_not() {
        let nil = List::<u8>::nil();
        let empty = List::<u8>::empty();
        assert_ne!(nil, empty);
        assert_eq!(nil, List::default());
        assert_eq!(nil, Vec::<u8>::new());
        assert_eq!(empty, Vec::<u8>::new());
        assert!(nil == [0u8; 0]);
        assert!(nil == *[].as_slice());
        assert!(nil < empty, "ordered as Option: nil first");
        assert_eq!(
            List::from(vec![1, 2]).cmp(&List::from(vec![1, 3])),
            std::cmp::Ordering::Less
        );
        let hash = |l: &List<u8>| {
            use std::hash::{BuildHasher, RandomState};
            RandomState::new().hash_one(l)
        };
        let _ = (hash(&nil), hash(&empty));
    }

    #[test]
    fn debug_is_a_vec_or_nil() {
        assert_eq!(format!("{:?}", List::from(vec![1, 2])), "[1, 2]");
        assert_eq!(format!("{:?}", List::<u8>::empty()), "[]");
        assert_eq!(format!("{:?}", List::<u8>::nil()), "nil");
    }

    #[test]
    #[should_panic(expected = "removal index")]
    fn remove_from_nil_panics_as_from_an_empty_vec() {
        List::<u8>::nil().remove(0);
    }
}
