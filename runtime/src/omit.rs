//! Go's omit rules, shared by every format that has them (JSON, CBOR): a field tagged
//! `omitempty` is left out when its value is *empty*, one tagged `omitzero` when it is its
//! type's *zero value* (or, for a type with an `IsZero` method such as `metav1.Time`, when
//! that says so). The rules belong to the Go value, not to a wire format, so they live in one
//! trait that the format derives read: `#[derive(Json)]` implements it for the type (structs:
//! zero when every field is; string enums: empty and zero when `""`).

use std::collections::BTreeMap;

use crate::{Binary, List, Map, Str};

/// Go's `omitempty` and `omitzero` tests of a value. Both default to `false`: a struct is
/// never empty (Go never omits a non-pointer struct under `omitempty`).
///
/// A hand-written field type implements it only if a field of that type is tagged
/// `omitempty` or `omitzero` (a `with` module provides `is_empty_value(&T) -> bool` instead).
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` has no omit rule (`omitempty`/`omitzero`)",
    label = "`{Self}` does not implement `kcodec::Omit`",
    note = "`#[derive(kcodec::Json)]` implements it; for a hand-written codec implement \
            `kcodec::Omit` (its methods default to \"never omitted\")"
)]
pub trait Omit {
    /// Go's `omitempty` test: `false`, `0`, `""`, a nil pointer, an empty slice or map.
    #[inline]
    fn is_empty_value(&self) -> bool {
        false
    }

    /// Go's `omitzero` test: the value is its type's zero value (or, for a type with an
    /// `IsZero` method, that method's answer).
    #[inline]
    fn is_zero_value(&self) -> bool {
        false
    }
}

/// `impl Omit` from the two tests, written on `v` (`&Self`).
macro_rules! omit {
    ($([$($g:tt)*] $t:ty: |$v:ident| $empty:expr, $zero:expr;)*) => {$(
        impl<$($g)*> Omit for $t {
            #[inline]
            fn is_empty_value(&self) -> bool {
                let $v = self;
                $empty
            }
            #[inline]
            fn is_zero_value(&self) -> bool {
                let $v = self;
                $zero
            }
        }
    )*};
}

omit! {
    // Numbers and bools: empty and zero alike (a float's negative zero is empty, not zero:
    // Go's `omitzero` compares the bits).
    [] i8: |v| *v == 0, *v == 0;
    [] i16: |v| *v == 0, *v == 0;
    [] i32: |v| *v == 0, *v == 0;
    [] i64: |v| *v == 0, *v == 0;
    [] u8: |v| *v == 0, *v == 0;
    [] u16: |v| *v == 0, *v == 0;
    [] u32: |v| *v == 0, *v == 0;
    [] u64: |v| *v == 0, *v == 0;
    [] bool: |v| !*v, !*v;
    [] f32: |v| *v == 0.0, *v == 0.0 && !v.is_sign_negative();
    [] f64: |v| *v == 0.0, *v == 0.0 && !v.is_sign_negative();
    // Strings, slices and maps: empty and zero when they hold nothing (Rust has no nil slice
    // or map; `Option` of one, `List` and `Map` keep nil apart).
    [] str: |v| v.is_empty(), v.is_empty();
    [] String: |v| v.is_empty(), v.is_empty();
    [] Str: |v| v.is_empty(), v.is_empty();
    [] Binary: |v| v.0.is_empty(), v.0.is_empty();
    [T] Vec<T>: |v| v.is_empty(), v.is_empty();
    [T] [T]: |v| v.is_empty(), v.is_empty();
    [K, V] BTreeMap<K, V>: |v| v.is_empty(), v.is_empty();
    // A Go slice or map that keeps nil apart: empty when nil or empty, zero when nil.
    [T] List<T>: |v| v.is_empty(), v.is_nil();
    [K, V] Map<K, V>: |v| v.is_empty(), v.is_nil();
    // A Go pointer: empty and zero when nil.
    [T] Option<T>: |v| v.is_none(), v.is_none();
}

impl<T: Omit + ?Sized> Omit for Box<T> {
    #[inline]
    fn is_empty_value(&self) -> bool {
        (**self).is_empty_value()
    }
    #[inline]
    fn is_zero_value(&self) -> bool {
        (**self).is_zero_value()
    }
}

#[cfg(test)]
mod tests {
    use super::Omit;

    #[test]
    fn go_empty_and_zero_values() {
        assert!(0i32.is_empty_value() && 0i32.is_zero_value());
        assert!(!1u64.is_empty_value());
        assert!((-0.0f64).is_empty_value() && !(-0.0f64).is_zero_value());
        assert!(false.is_empty_value() && !true.is_zero_value());
        assert!("".is_empty_value() && !"a".is_zero_value());
        assert!(Vec::<i32>::new().is_empty_value() && !vec![0].is_empty_value());
        assert!(None::<i32>.is_empty_value() && !Some(0).is_empty_value());
        assert!(Box::new(0i64).is_zero_value());
        assert!(crate::Binary::default().is_empty_value());
    }
}
