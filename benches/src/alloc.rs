//! A counting global allocator for benchmark binaries.
//!
//! Install it in a bench binary with
//! `#[global_allocator] static A: kcodec_benches::alloc::CountingAlloc = kcodec_benches::alloc::CountingAlloc;`
//! and wrap the code to measure in [`measure`]. Counters are process-wide (all threads) and
//! use relaxed atomics: measure on one thread, with nothing else running.

use std::alloc::{GlobalAlloc, Layout};

/// The allocator underneath: the system's, or mimalloc with the `mimalloc` feature.
#[cfg(not(feature = "mimalloc"))]
const INNER: std::alloc::System = std::alloc::System;
#[cfg(feature = "mimalloc")]
const INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The name of the allocator underneath, for reports.
pub const ALLOCATOR: &str = if cfg!(feature = "mimalloc") {
    "mimalloc"
} else {
    "system"
};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static REALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
/// Bytes allocated and not yet freed (wrapping: frees of memory allocated before a reset are
/// subtracted too, so only differences are meaningful).
static LIVE: AtomicU64 = AtomicU64::new(0);

/// A [`GlobalAlloc`] over the system allocator (or mimalloc, feature `mimalloc`) that counts allocations and bytes allocated.
///
/// `alloc`/`alloc_zeroed` count one allocation of `layout.size()` bytes; `realloc` counts one
/// allocation of the growth (`new_size - old_size`, or 0 when shrinking). `dealloc` is not
/// counted. All four track the bytes live (allocated and not freed), for [`live_bytes`].
pub struct CountingAlloc;

// SAFETY: every method forwards to `INNER` with the caller's arguments unchanged; the
// counting touches only atomics and never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size() as u64, Relaxed);
        LIVE.fetch_add(layout.size() as u64, Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which we forward.
        unsafe { INNER.alloc(layout) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size() as u64, Relaxed);
        LIVE.fetch_add(layout.size() as u64, Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { INNER.alloc_zeroed(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as u64, Relaxed);
        // SAFETY: `ptr` was allocated by `INNER` (through us) with `layout`.
        unsafe { INNER.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        REALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(new_size.saturating_sub(layout.size()) as u64, Relaxed);
        LIVE.fetch_add(
            (new_size as u64).wrapping_sub(layout.size() as u64),
            Relaxed,
        );
        // SAFETY: `ptr` was allocated by `INNER` (through us) with `layout`; the caller
        // upholds the rest of `GlobalAlloc::realloc`'s contract.
        unsafe { INNER.realloc(ptr, layout, new_size) }
    }
}

/// Allocation counts since the last [`reset`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllocStats {
    /// Number of allocations: `alloc` + `alloc_zeroed` + `realloc` calls.
    pub allocs: u64,
    /// Of which `realloc` calls.
    pub reallocs: u64,
    /// Bytes requested: full size for `alloc`, growth for `realloc`.
    pub bytes: u64,
    /// Bytes still allocated when [`measure`]'s closure returned (what its result holds);
    /// 0 from [`snapshot`].
    pub held: u64,
}

/// Set all counters to zero.
pub fn reset() {
    ALLOCS.store(0, Relaxed);
    REALLOCS.store(0, Relaxed);
    BYTES.store(0, Relaxed);
}

/// The counters now.
pub fn snapshot() -> AllocStats {
    let reallocs = REALLOCS.load(Relaxed);
    AllocStats {
        allocs: ALLOCS.load(Relaxed) + reallocs,
        reallocs,
        bytes: BYTES.load(Relaxed),
        held: 0,
    }
}

/// Bytes allocated and not freed, as a counter: the difference of two readings is the heap
/// a piece of code left behind (e.g. what a decoded value holds).
pub fn live_bytes() -> u64 {
    LIVE.load(Relaxed)
}

/// Run `f` and return its result with the allocations it made (counters are reset first).
/// The result is dropped by the caller, so deallocation is outside the measurement.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, AllocStats) {
    reset();
    let live = live_bytes();
    let r = f();
    let mut stats = snapshot();
    stats.held = live_bytes().wrapping_sub(live);
    (r, stats)
}
