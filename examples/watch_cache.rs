//! A watch cache of realistic Pods serving a namespace-scoped LIST and fanning one watch event
//! out to many watchers, once with per-request encoding and once with cached encodings
//! (Kubernetes' `cachingObject`) and spliced LISTs. Prints both costs.
//!
//! ```sh
//! cargo run --release -p kcodec-examples --example watch_cache            # 150,000 Pods
//! cargo run --release -p kcodec-examples --example watch_cache -- 20000   # fewer
//! ```

use std::time::{Duration, Instant};

use kcodec::cache::EventType;
use kcodec_examples::{fan_out_cached, fan_out_direct, WatchCache, Watcher};

const NAMESPACES: u64 = 50;
const WATCHERS: usize = 1000;

/// Median wall time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let pods: u64 = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("usage: watch_cache [PODS]"))
        .unwrap_or(150_000);
    let t = Instant::now();
    let mut cache = WatchCache::filled(pods, NAMESPACES);
    println!(
        "watch cache: {} Pods in {NAMESPACES} namespaces, built in {:.1} s",
        cache.len(),
        t.elapsed().as_secs_f64()
    );

    // LIST of one namespace, JSON and protobuf.
    let ns = "ns-7";
    let t = Instant::now();
    let first = cache.list_json_spliced(ns).unwrap();
    let warm = t.elapsed();
    assert_eq!(
        first,
        cache.list_json_direct(ns).unwrap(),
        "spliced LIST differs"
    );
    assert_eq!(
        cache.list_proto_spliced(ns),
        cache.list_proto_direct(ns),
        "spliced protobuf LIST differs"
    );
    let items = cache.namespace(ns).count();
    let json_direct = median(7, || drop(cache.list_json_direct(ns).unwrap()));
    let json_spliced = median(7, || drop(cache.list_json_spliced(ns).unwrap()));
    let memcpy = median(7, || drop(std::hint::black_box(first.clone())));
    let pb_direct = median(7, || drop(cache.list_proto_direct(ns)));
    let pb_spliced = median(7, || drop(cache.list_proto_spliced(ns)));
    println!(
        "\nLIST {ns} ({items} Pods, {:.1} MB JSON); spliced == direct, byte for byte",
        first.len() as f64 / 1e6
    );
    println!("| LIST | encode per request | spliced from cache | speed-up |");
    println!("|---|---:|---:|---:|");
    println!(
        "| JSON | {} | {} | {:.1}× |",
        ms(json_direct),
        ms(json_spliced),
        json_direct.as_secs_f64() / json_spliced.as_secs_f64()
    );
    println!(
        "| protobuf | {} | {} | {:.1}× |",
        ms(pb_direct),
        ms(pb_spliced),
        pb_direct.as_secs_f64() / pb_spliced.as_secs_f64()
    );
    println!(
        "(first spliced JSON LIST, which filled the item caches: {}; a memcpy of the output: {})",
        ms(warm),
        ms(memcpy)
    );

    // One MODIFIED event to 1,000 watchers, half JSON and half protobuf.
    let mut pod = cache.namespace(ns).next().expect("a pod").get().clone();
    pod.metadata
        .labels
        .insert("example.com/touched".into(), "true".into());
    let watchers = || Watcher::mixed(WATCHERS);
    let mut direct = watchers();
    let t = Instant::now();
    let encodings = fan_out_direct(&mut direct, EventType::Modified, &pod).unwrap();
    let direct_time = t.elapsed();
    let cached = cache.upsert(pod);
    let direct = {
        // Re-encode with the resource version the cache assigned, for the comparison below.
        let mut w = watchers();
        fan_out_direct(&mut w, EventType::Modified, cached.get()).unwrap();
        w
    };
    let mut shared = watchers();
    let t = Instant::now();
    fan_out_cached(&mut shared, EventType::Modified, &cached)
        .expect("JSON and protobuf have watch streams; the Pod encodes");
    let cached_time = t.elapsed();
    assert!(
        direct.iter().zip(&shared).all(|(a, b)| a.queue == b.queue),
        "cached event frames differ"
    );
    let distinct = {
        let mut ptrs: Vec<*const u8> = shared.iter().map(|w| w.queue[0].as_ptr()).collect();
        ptrs.sort();
        ptrs.dedup();
        ptrs.len()
    };
    println!("\nOne MODIFIED event to {WATCHERS} watchers (half JSON, half protobuf)");
    println!("| fan-out | encodings computed | time |");
    println!("|---|---:|---:|");
    println!("| encode per watcher | {encodings} | {} |", ms(direct_time));
    println!("| cached frames | {distinct} | {} |", ms(cached_time));
}
