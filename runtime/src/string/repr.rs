//! The 24-byte representation behind [`Str`](super::Str): every unsafe line of the type.
//!
//! ```text
//! bytes  0..8     8..16     16..23            23
//! inline [ text (up to 23 bytes) ..........] [0xE0 | len]
//! heap   [ data ] [ null  ] [ len (56 bits) ] [HEAP]    data: Arc<[u8]>::into_raw
//! shared [ data ] [ owner ] [ len (56 bits) ] [SHARED]  owner: Arc<Owner::Buffer>; data points into it
//! lossy  [ data ] [ owner ] [ len (56 bits) ] [LOSSY]   owner: Arc<Owner::Lossy>; data = its text
//! ```
//!
//! The last byte is a [`Tag`], an enum with 27 values, so `Option<Str>` is 24 bytes too.

use std::ptr;
use std::sync::Arc;

/// The longest string stored inline.
pub(crate) const INLINE_CAP: usize = 23;

/// The last byte: which variant, and for inline strings their length.
#[allow(dead_code)] // the inline tags are made by arithmetic (`inline_tag`), never named
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Tag {
    Heap = 0x01,
    Shared = 0x02,
    Lossy = 0x03,
    I0 = 0xE0,
    I1,
    I2,
    I3,
    I4,
    I5,
    I6,
    I7,
    I8,
    I9,
    I10,
    I11,
    I12,
    I13,
    I14,
    I15,
    I16,
    I17,
    I18,
    I19,
    I20,
    I21,
    I22,
    I23,
}

const INLINE_BASE: u8 = Tag::I0 as u8;

/// What a shared or lossy string keeps alive.
pub(crate) enum Owner {
    /// The input a decoder read from: the string is a slice of it.
    Buffer(bytes::Bytes),
    /// A string whose bytes are not valid UTF-8: the bytes as they came, and the text as Go
    /// turns them into text (each invalid byte becomes U+FFFD).
    Lossy { raw: Box<[u8]>, text: Box<str> },
}

/// The raw representation. Invariant: the bytes `as_bytes` returns are valid UTF-8.
#[repr(C)]
pub(crate) struct Repr {
    data: *const u8,
    owner: *const Owner,
    len: [u8; 7],
    tag: Tag,
}

// SAFETY: every pointer in a `Repr` is to immutable memory owned through an `Arc` (atomic
// reference counts); an inline `Repr` owns nothing.
unsafe impl Send for Repr {}
// SAFETY: as above; no method mutates shared state except the atomic reference counts.
unsafe impl Sync for Repr {}

const _: () = assert!(std::mem::size_of::<Repr>() == 24);
const _: () = assert!(std::mem::size_of::<Option<Repr>>() == 24);

impl Repr {
    /// The empty string.
    #[inline(always)]
    pub(crate) const fn empty() -> Repr {
        let mut buf = [0u8; 24];
        buf[23] = INLINE_BASE;
        // SAFETY: `Repr` is 24 bytes of `repr(C)` fields; any bytes are valid for the two
        // pointer fields (never dereferenced in an inline string) and for `len`, and the
        // last byte is a valid `Tag` (`I0`).
        unsafe { std::mem::transmute::<[u8; 24], Repr>(buf) }
    }

    /// `s` (at most [`INLINE_CAP`] bytes) stored inline, in a constant.
    pub(crate) const fn const_inline(s: &str) -> Repr {
        let bytes = s.as_bytes();
        assert!(
            bytes.len() <= INLINE_CAP,
            "a constant Str holds at most 23 bytes"
        );
        let mut buf = [0u8; 24];
        let mut i = 0;
        while i < bytes.len() {
            buf[i] = bytes[i];
            i += 1;
        }
        buf[23] = INLINE_BASE | bytes.len() as u8;
        // SAFETY: as in `inline`.
        unsafe { std::mem::transmute::<[u8; 24], Repr>(buf) }
    }

    /// `s` (at most [`INLINE_CAP`] bytes of UTF-8) stored inline.
    #[inline(always)]
    pub(crate) fn inline(s: &[u8]) -> Repr {
        debug_assert!(s.len() <= INLINE_CAP);
        let mut buf = [0u8; 24];
        buf[..s.len()].copy_from_slice(s);
        buf[23] = INLINE_BASE | s.len() as u8;
        // SAFETY: as in `empty`; `INLINE_BASE | len` with `len <= 23` is a `Tag` (`I0..=I23`).
        unsafe { std::mem::transmute::<[u8; 24], Repr>(buf) }
    }

    /// `s` (valid UTF-8) copied into its own reference-counted allocation, or inline when
    /// short.
    #[inline]
    pub(crate) fn copy(s: &[u8]) -> Repr {
        if s.len() <= INLINE_CAP {
            return Repr::inline(s);
        }
        let data = Arc::into_raw(Arc::<[u8]>::from(s)) as *const u8;
        Repr::with_len(data, ptr::null(), s.len(), Tag::Heap)
    }

    /// An inline string of the first `len` (at most [`INLINE_CAP`]) bytes of `window`, which
    /// are valid UTF-8; the window's other bytes fill the rest of the inline buffer, where
    /// nothing reads them. One 24-byte copy, no length-dependent code.
    #[inline(always)]
    pub(crate) fn inline_window(window: &[u8; 24], len: usize) -> Repr {
        debug_assert!(len <= INLINE_CAP);
        let mut buf = *window;
        buf[23] = INLINE_BASE | len as u8;
        // SAFETY: as in `empty`; the tag is `I0..=I23`.
        unsafe { std::mem::transmute::<[u8; 24], Repr>(buf) }
    }

    /// `s` (valid UTF-8, inside the buffer `owner` holds) as a slice of that buffer; short
    /// strings are copied inline instead (cheaper than a reference).
    #[inline]
    pub(crate) fn shared(s: &[u8], owner: &Arc<Owner>) -> Repr {
        if s.len() <= INLINE_CAP {
            return Repr::inline(s);
        }
        debug_assert!(matches!(**owner, Owner::Buffer(ref b) if {
            let range = b.as_ptr_range();
            range.start <= s.as_ptr() && s.as_ptr_range().end <= range.end
        }));
        let owner = Arc::into_raw(Arc::clone(owner));
        Repr::with_len(s.as_ptr(), owner, s.len(), Tag::Shared)
    }

    /// Bytes that are not valid UTF-8: kept as they are, with Go's text of them.
    pub(crate) fn lossy(raw: &[u8], text: String) -> Repr {
        let owner = Arc::new(Owner::Lossy {
            raw: raw.into(),
            text: text.into_boxed_str(),
        });
        let (data, len) = match &*owner {
            Owner::Lossy { text, .. } => (text.as_ptr(), text.len()),
            Owner::Buffer(_) => unreachable!(),
        };
        Repr::with_len(data, Arc::into_raw(owner), len, Tag::Lossy)
    }

    #[inline(always)]
    fn with_len(data: *const u8, owner: *const Owner, len: usize, tag: Tag) -> Repr {
        assert!(len < 1 << 56, "string longer than 2^56 bytes");
        let mut l = [0u8; 7];
        l.copy_from_slice(&(len as u64).to_le_bytes()[..7]);
        Repr {
            data,
            owner,
            len: l,
            tag,
        }
    }

    #[inline(always)]
    fn is_inline(&self) -> bool {
        self.tag as u8 >= INLINE_BASE
    }

    #[inline(always)]
    fn out_of_line_len(&self) -> usize {
        let mut b = [0u8; 8];
        b[..7].copy_from_slice(&self.len);
        u64::from_le_bytes(b) as usize
    }

    /// Length in bytes of the text.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        if self.is_inline() {
            (self.tag as u8 - INLINE_BASE) as usize
        } else {
            self.out_of_line_len()
        }
    }

    /// The text's bytes (valid UTF-8).
    #[inline(always)]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        if self.is_inline() {
            let len = (self.tag as u8 - INLINE_BASE) as usize;
            // SAFETY: an inline string's bytes are the first `len` (<= 23) bytes of `self`.
            unsafe { std::slice::from_raw_parts(self as *const Repr as *const u8, len) }
        } else {
            // SAFETY: `data` points to `len` bytes kept alive by the `Arc` this `Repr`
            // holds (its own allocation, or `owner`'s).
            unsafe { std::slice::from_raw_parts(self.data, self.out_of_line_len()) }
        }
    }

    /// The bytes as they came from the wire: the text's bytes, except for a string that
    /// was not valid UTF-8, whose original bytes these are.
    #[inline(always)]
    pub(crate) fn wire_bytes(&self) -> &[u8] {
        match self.lossy_raw() {
            Some(raw) => raw,
            None => self.as_bytes(),
        }
    }

    /// For a string that was not valid UTF-8, its original bytes.
    #[inline(always)]
    pub(crate) fn lossy_raw(&self) -> Option<&[u8]> {
        if self.tag != Tag::Lossy {
            return None;
        }
        // SAFETY: a `Lossy` repr holds a strong count of `owner`, an `Owner::Lossy`.
        match unsafe { &*self.owner } {
            Owner::Lossy { raw, .. } => Some(raw),
            Owner::Buffer(_) => None,
        }
    }

    /// Whether the text is a slice of a decoder's input buffer.
    pub(crate) fn is_shared(&self) -> bool {
        self.tag == Tag::Shared
    }
}

impl Clone for Repr {
    #[inline]
    fn clone(&self) -> Repr {
        match self.tag {
            Tag::Heap => {
                let len = self.out_of_line_len();
                // SAFETY: `data`/`len` came from `Arc::<[u8]>::into_raw` and this `Repr` holds
                // one strong count, so the allocation is alive.
                unsafe { Arc::increment_strong_count(ptr::slice_from_raw_parts(self.data, len)) };
            }
            Tag::Shared | Tag::Lossy => {
                // SAFETY: `owner` came from `Arc::<Owner>::into_raw`; this `Repr` holds one
                // strong count.
                unsafe { Arc::increment_strong_count(self.owner) };
            }
            _ => {}
        }
        // SAFETY: a bitwise copy is a valid `Repr` now that its reference (if any) is counted.
        unsafe { ptr::read(self) }
    }
}

impl Drop for Repr {
    #[inline]
    fn drop(&mut self) {
        match self.tag {
            Tag::Heap => {
                let len = self.out_of_line_len();
                // SAFETY: releases the strong count this `Repr` holds (see `clone`).
                drop(unsafe { Arc::from_raw(ptr::slice_from_raw_parts(self.data, len)) });
            }
            Tag::Shared | Tag::Lossy => {
                // SAFETY: releases the strong count this `Repr` holds.
                drop(unsafe { Arc::from_raw(self.owner) });
            }
            _ => {}
        }
    }
}
