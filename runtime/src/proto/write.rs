//! `RevBuf`: a buffer written back to front, as gogo-protobuf's `MarshalToSizedBuffer`.
//!
//! Writing the last field first means a nested message's length is known (the bytes just
//! written) when its length prefix is due, so no size is ever computed twice: encoding is
//! linear in the output size at any nesting depth.

/// A byte buffer filled from its end towards its start. The encoded bytes are
/// `buf[pos..]`.
pub struct RevBuf {
    buf: Vec<u8>,
    pos: usize,
}

impl Default for RevBuf {
    fn default() -> Self {
        RevBuf::new()
    }
}

impl RevBuf {
    /// An empty buffer.
    pub fn new() -> Self {
        RevBuf {
            buf: Vec::new(),
            pos: 0,
        }
    }

    /// An empty buffer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        RevBuf {
            buf: vec![0; capacity],
            pos: capacity,
        }
    }

    /// Bytes written so far.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Bytes the buffer holds without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    /// Whether nothing was written.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forget the contents, keeping the allocation (and make room for `capacity` bytes).
    pub fn clear_with_capacity(&mut self, capacity: usize) {
        if self.buf.len() < capacity {
            self.buf = vec![0; capacity];
        }
        self.pos = self.buf.len();
    }

    /// The bytes written, in order.
    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// The bytes written, as a `Vec` (moved to the front: no copy when the buffer was sized
    /// exactly).
    pub fn into_vec(mut self) -> Vec<u8> {
        if self.pos != 0 {
            self.buf.copy_within(self.pos.., 0);
            let n = self.buf.len() - self.pos;
            self.buf.truncate(n);
        }
        self.buf
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, need: usize) {
        let len = self.len();
        let new_cap = (self.buf.len() * 2).max(len + need).max(64);
        let mut nb = vec![0u8; new_cap];
        nb[new_cap - len..].copy_from_slice(&self.buf[self.pos..]);
        self.buf = nb;
        self.pos = new_cap - len;
    }

    /// Prepend `bytes`.
    #[inline(always)]
    pub fn put_slice(&mut self, bytes: &[u8]) {
        if self.pos < bytes.len() {
            self.grow(bytes.len());
        }
        self.pos -= bytes.len();
        self.buf[self.pos..self.pos + bytes.len()].copy_from_slice(bytes);
    }

    /// Prepend one byte.
    #[inline(always)]
    pub fn put_u8(&mut self, b: u8) {
        if self.pos == 0 {
            self.grow(1);
        }
        self.pos -= 1;
        self.buf[self.pos] = b;
    }

    /// Prepend a varint.
    #[inline(always)]
    pub fn put_varint(&mut self, v: u64) {
        if v < 0x80 {
            self.put_u8(v as u8);
            return;
        }
        let mut tmp = [0u8; 10];
        let mut n = 0;
        let mut v = v;
        while v >= 0x80 {
            tmp[n] = (v as u8) | 0x80;
            v >>= 7;
            n += 1;
        }
        tmp[n] = v as u8;
        self.put_slice(&tmp[..=n]);
    }

    /// Prepend a field key (tag and wire type).
    #[inline(always)]
    pub fn put_key(&mut self, tag: u32, wire: super::WireType) {
        self.put_varint(((tag as u64) << 3) | wire as u64);
    }
}

/// Number of bytes of `v` as a varint.
#[inline(always)]
pub const fn varint_len(v: u64) -> usize {
    // 1 + floor(log128(v)), with 0 taking one byte.
    ((64 - (v | 1).leading_zeros() as usize) * 9 + 64) / 64
}

/// Append `v` as a varint, front to back (for writers that go forward, such as the
/// LIST and watch-event framings, whose lengths are known before their bytes).
#[inline]
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Number of bytes of a field key.
#[inline(always)]
pub const fn key_len(tag: u32) -> usize {
    varint_len((tag as u64) << 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_varints_equal_reversed_ones() {
        for v in [
            0u64,
            1,
            127,
            128,
            300,
            16383,
            16384,
            u32::MAX as u64,
            u64::MAX,
        ] {
            let mut fwd = Vec::new();
            put_varint(&mut fwd, v);
            let mut rev = RevBuf::new();
            rev.put_varint(v);
            assert_eq!(fwd, rev.as_slice(), "{v}");
            assert_eq!(fwd.len(), varint_len(v));
        }
    }

    #[test]
    fn varint_lengths() {
        for (v, n) in [
            (0u64, 1usize),
            (127, 1),
            (128, 2),
            (16383, 2),
            (16384, 3),
            (u32::MAX as u64, 5),
            (u64::MAX, 10),
            ((-1i64) as u64, 10),
        ] {
            assert_eq!(varint_len(v), n, "{v}");
            let mut w = RevBuf::new();
            w.put_varint(v);
            assert_eq!(w.len(), n);
        }
    }

    #[test]
    fn grows_keeping_contents() {
        let mut w = RevBuf::with_capacity(2);
        for i in 0..200u8 {
            w.put_u8(i);
        }
        let v = w.into_vec();
        assert_eq!(v.len(), 200);
        assert_eq!(v[0], 199);
        assert_eq!(v[199], 0);
    }
}
