//! `kcodec-apiserver`: a Kubernetes-compatible API server over plain HTTP on loopback,
//! backed by an in-memory watch cache of kcodec-encoded objects for every registered kind.
//!
//! ```text
//! kcodec-apiserver [--listen 127.0.0.1:8080] [--pods N] [--namespaces M] [--load DIR]
//! ```
//!
//! It prints `listening on http://ADDR` once it accepts connections. For measurements:
//! `--no-cache` encodes on every request instead of once per object, and `--bench-routes`
//! adds `GET /debug/blob?bytes=N` (N bytes from memory, the floor a LIST is compared with).
//! Not a goal: TLS,
//! authentication, admission, defaulting, validation beyond names, strategic merge patch,
//! JSON patch and apply,
//! persistence, custom resources.

mod discovery;
mod handlers;
mod negotiate;
mod object;
mod openapi;
mod patch;
mod resources;
mod seed;
mod selector;
mod status;
mod store;
mod watch;

use std::sync::Arc;

use handlers::App;
use store::Store;

/// Command-line options.
struct Options {
    listen: String,
    pods: usize,
    namespaces: usize,
    load: Option<String>,
    history: usize,
    no_cache: bool,
    bench_routes: bool,
    max_watches: usize,
}

fn usage() -> ! {
    eprintln!("usage: kcodec-apiserver [--listen ADDR] [--pods N] [--namespaces M] [--load DIR] [--history EVENTS] [--max-watches N] [--no-cache] [--bench-routes]");
    std::process::exit(2)
}

fn parse_args() -> Options {
    let mut o = Options {
        listen: "127.0.0.1:8080".into(),
        pods: 0,
        namespaces: 1,
        load: None,
        history: 10_000,
        no_cache: false,
        bench_routes: false,
        max_watches: 10_000,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--listen" => o.listen = value(),
            "--pods" => o.pods = value().parse().unwrap_or_else(|_| usage()),
            "--namespaces" => o.namespaces = value().parse().unwrap_or_else(|_| usage()),
            "--load" => o.load = Some(value()),
            "--history" => o.history = value().parse().unwrap_or_else(|_| usage()),
            "--no-cache" => o.no_cache = true,
            "--max-watches" => o.max_watches = value().parse().unwrap_or_else(|_| usage()),
            "--bench-routes" => o.bench_routes = true,
            _ => usage(),
        }
    }
    o.namespaces = o.namespaces.max(1);
    o
}

#[tokio::main]
async fn main() {
    let o = parse_args();
    store::set_caching(!o.no_cache);
    let store = Store::new(o.history.max(1));
    seed::namespaces(&store, o.namespaces);
    seed::pods(&store, o.pods, o.namespaces);
    if let Some(dir) = &o.load {
        if let Err(e) = seed::load_dir(&store, dir) {
            eprintln!("kcodec-apiserver: --load {dir}: {e}");
            std::process::exit(1);
        }
    }
    let listener = match tokio::net::TcpListener::bind(&o.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kcodec-apiserver: cannot listen on {}: {e}", o.listen);
            std::process::exit(1);
        }
    };
    let address = listener.local_addr().expect("bound address").to_string();
    let app = Arc::new(App {
        store,
        address: address.clone(),
        bench_routes: o.bench_routes,
        max_watches: o.max_watches,
    });
    let router = axum::Router::new()
        .fallback(handlers::handle)
        .with_state(app);
    println!("listening on http://{address}");
    if let Err(e) = axum::serve(listener, router).await {
        eprintln!("kcodec-apiserver: {e}");
        std::process::exit(1);
    }
}
