//! Shared helpers of kcodec's benchmarks.

pub mod alloc;
