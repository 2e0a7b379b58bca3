//! The memory bound, measured with a peak-tracking global allocator: decoding any input —
//! Kubernetes' fixtures, realistic lists, and inputs built to amplify (many tiny elements of a
//! large type) — never holds more than `2 × default_memory_budget(input)` bytes, that is
//! `128 × input + 32 MiB`, and realistic inputs stay near 4× their size. The amplifying
//! inputs end with `MemoryLimitExceeded`, not with an out-of-memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use kcodec::json::default_memory_budget;
use kcodec::ErrorKind;
use kcodec_types::core::v1::{Pod, PodList};

struct Peak;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; only counts.
unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Old and new blocks coexist during a realloc: count both at the peak.
        let live = LIVE.fetch_add(new_size, Relaxed) + new_size;
        PEAK.fetch_max(live, Relaxed);
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static A: Peak = Peak;

/// Peak bytes held above the starting level while `f` runs (tests in this file run one at a
/// time: a single test function).
fn peak_of<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let r = f();
    (r, PEAK.load(Relaxed).saturating_sub(base))
}

fn check(name: &str, input: &[u8], peak: usize, worst: &mut f64) {
    let bound = 2 * default_memory_budget(input.len());
    assert!(
        peak <= bound,
        "{name}: {peak} bytes held for {} input bytes (bound {bound})",
        input.len()
    );
    let ratio = peak as f64 / input.len().max(1) as f64;
    if ratio > *worst {
        *worst = ratio;
    }
}

#[test]
fn decoding_is_bounded_by_the_memory_budget() {
    let mut realistic_worst = 0.0f64;
    // Realistic: sample objects and a PodList.
    let list = kcodec::json::to_vec(&kcodec_types::sample::pod_list(300, 5)).unwrap();
    let (r, peak) = peak_of(|| kcodec::json::from_slice::<PodList>(&list));
    r.unwrap();
    check("PodList-300 JSON", &list, peak, &mut realistic_worst);
    let pb = kcodec::proto::to_vec(&kcodec_types::sample::pod_list(300, 5));
    let (r, peak) = peak_of(|| kcodec::proto::from_slice::<PodList>(&pb));
    r.unwrap();
    check("PodList-300 protobuf", &pb, peak, &mut realistic_worst);
    // Kubernetes' fixtures, every field filled.
    if let Some(root) = kcodec_testkit::data::k8s_testdata() {
        let dir = root.join("HEAD");
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            let kind =
                kcodec_types::registry::lookup_name(path.file_stem().unwrap().to_str().unwrap())
                    .unwrap();
            let peak = match path.extension().and_then(|e| e.to_str()) {
                Some("json") => peak_of(|| kind.decode_json(&bytes).map(drop)).1,
                Some("pb") => {
                    peak_of(|| kcodec_types::registry::decode_envelope(&bytes).map(drop)).1
                }
                _ => continue,
            };
            check(&name, &bytes, peak, &mut realistic_worst);
        }
    }

    // Built to amplify: a million empty containers (3 input bytes each, 2 kB each decoded).
    let mut json = b"{\"spec\":{\"containers\":[".to_vec();
    for i in 0..1_000_000 {
        json.extend_from_slice(if i == 0 { b"{}" } else { b",{}" });
    }
    json.extend_from_slice(b"]}}");
    let (r, peak) = peak_of(|| kcodec::json::from_slice::<Pod>(&json));
    let err = r.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::MemoryLimitExceeded { .. }),
        "{err}"
    );
    let mut amplified_worst = 0.0;
    check(
        "1M empty containers (JSON)",
        &json,
        peak,
        &mut amplified_worst,
    );
    // The same in protobuf: Pod.spec (2) { containers (2) = empty message } × 1M.
    let mut spec = Vec::new();
    for _ in 0..1_000_000 {
        spec.extend_from_slice(&[0x12, 0x00]);
    }
    let mut pb = vec![0x12];
    let mut n = spec.len();
    while n >= 0x80 {
        pb.push(n as u8 | 0x80);
        n >>= 7;
    }
    pb.push(n as u8);
    pb.extend_from_slice(&spec);
    let (r, peak) = peak_of(|| kcodec::proto::from_slice::<Pod>(&pb));
    let err = r.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::MemoryLimitExceeded { .. }),
        "{err}"
    );
    check(
        "1M empty containers (protobuf)",
        &pb,
        peak,
        &mut amplified_worst,
    );
    println!(
        "memory bound: peak ≤ 2 × (64 × input + 16 MiB) held; realistic inputs peak at {realistic_worst:.1}× their size, amplifying ones stop at the budget ({amplified_worst:.0}× of a 2-3 MB input)"
    );
}
