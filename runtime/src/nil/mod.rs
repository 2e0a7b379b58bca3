//! Collections that keep Go's nil apart from empty: [`List`] (a Go slice) and [`Map`] (a Go
//! map). Go's `encoding/json` writes a nil slice or map as `null` and an empty one as `[]` /
//! `{}` when the field has no `omitempty`, so a Kubernetes type whose fields should give the
//! same bytes back must remember which one it read. These types do, and otherwise read as
//! the collection: `&pod.spec.containers` is a slice, `pod.spec.containers.push(c)` appends,
//! `for c in &pod.spec.containers` iterates, and a nil list is an empty slice to every reader.
//!
//! The rules, each Go's:
//! - [`Default`] is nil (Go's zero value);
//! - adding an element to a nil collection makes it non-nil (Go's `append`, or the `make`
//!   a Go program needs before writing into a map); adding nothing leaves it nil
//!   (`append(nilSlice)` is nil);
//! - removing elements never makes a collection nil, nor a nil one non-nil (`s[:0]` of a
//!   non-nil slice is non-nil; `delete` on a nil map is a no-op);
//! - a collection built from a value (`From<Vec<T>>`, `collect()`, `vec![..].into()`) is
//!   non-nil, even when empty;
//! - `==` between two of them tells nil from empty (Go's `reflect.DeepEqual`, which
//!   Kubernetes' semantic equality and round-trip tests use); `==` against a plain `Vec`,
//!   slice, array or `BTreeMap` compares the elements only.

mod list;
mod map;
#[cfg(feature = "serde")]
mod serde_impls;

pub use list::List;
pub use map::Map;

#[cfg(all(test, feature = "derive"))]
mod codec_tests;
