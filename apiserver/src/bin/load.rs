//! `kcodec-apiserver-load`: a bounded load loop against a running kcodec-apiserver (plain
//! HTTP/1.1 keep-alive over tokio, no client library, so the measurement is the server's).
//!
//! ```text
//! kcodec-apiserver-load request URL PATH [--accept TYPE] [--conns C] [--secs S]
//! kcodec-apiserver-load watch URL NS [--watchers W] [--events E] [--writers N] [--churn] [--accept TYPE]
//! ```
//!
//! `request` keeps C connections busy for S seconds with GETs of PATH and prints requests/s,
//! MB/s and p50/p99 latency. `watch` opens W watches on the Pods of namespace NS, then
//! creates E Pods there from N writer connections (copies of the namespace's first Pod
//! under new names) and waits until
//! every watcher has seen every event; it prints events delivered per second (W × E / the
//! time from the first write to the last delivery). `--churn` deletes each Pod after creating
//! it (two events per Pod; the store does not grow), for soaks.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

type Conn = BufReader<TcpStream>;

fn host_of(url: &str) -> String {
    url.trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string()
}

async fn send(
    conn: &mut Conn,
    host: &str,
    method: &str,
    path: &str,
    accept: &str,
    body: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAccept: {accept}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let s = conn.get_mut();
    s.write_all(head.as_bytes()).await?;
    s.write_all(body).await
}

/// Read one response's head: (status, chunked, content length).
async fn read_head(conn: &mut Conn) -> std::io::Result<(u16, bool, usize)> {
    let mut line = String::new();
    conn.read_line(&mut line).await?;
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (mut chunked, mut len) = (false, 0);
    loop {
        line.clear();
        if conn.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let l = line.trim_end().to_ascii_lowercase();
        if l.is_empty() {
            break;
        }
        if let Some(v) = l.strip_prefix("content-length:") {
            len = v.trim().parse().unwrap_or(0);
        }
        if l.starts_with("transfer-encoding:") && l.contains("chunked") {
            chunked = true;
        }
    }
    Ok((status, chunked, len))
}

/// Read one chunk of a chunked body into `out`; false at the last chunk.
async fn read_chunk(conn: &mut Conn, out: &mut Vec<u8>) -> std::io::Result<bool> {
    let mut line = String::new();
    conn.read_line(&mut line).await?;
    let size =
        usize::from_str_radix(line.trim(), 16).map_err(|_| std::io::Error::other("bad chunk"))?;
    let start = out.len();
    out.resize(start + size + 2, 0);
    conn.read_exact(&mut out[start..]).await?;
    out.truncate(start + size);
    Ok(size > 0)
}

/// One whole response: (status, body bytes).
async fn response(conn: &mut Conn) -> std::io::Result<(u16, usize)> {
    let (status, chunked, len) = read_head(conn).await?;
    if chunked {
        let mut total = 0;
        let mut buf = Vec::new();
        while read_chunk(conn, &mut buf).await? {
            total += buf.len();
            buf.clear();
        }
        Ok((status, total))
    } else {
        let mut buf = vec![0; len];
        conn.read_exact(&mut buf).await?;
        Ok((status, len))
    }
}

fn flag(args: &[String], name: &str, default: &str) -> String {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| default.to_string())
}

async fn request_load(url: &str, path: &str, args: &[String]) {
    let accept = flag(args, "--accept", "application/json");
    let conns: usize = flag(args, "--conns", "4").parse().expect("--conns");
    let secs: f64 = flag(args, "--secs", "5").parse().expect("--secs");
    let host = host_of(url);
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let bytes = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (host, path, accept, bytes) = (
            host.clone(),
            path.to_string(),
            accept.clone(),
            bytes.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut conn = BufReader::with_capacity(
                256 * 1024,
                TcpStream::connect(&host).await.expect("connect"),
            );
            let mut lat = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                send(&mut conn, &host, "GET", &path, &accept, b"")
                    .await
                    .expect("send");
                let (status, n) = response(&mut conn).await.expect("response");
                assert_eq!(status, 200, "GET {path}");
                lat.push(t.elapsed());
                bytes.fetch_add(n as u64, Ordering::Relaxed);
            }
            lat
        }));
    }
    let start = Instant::now();
    let mut lat: Vec<Duration> = Vec::new();
    for t in tasks {
        lat.extend(t.await.expect("task"));
    }
    let elapsed = start.elapsed().as_secs_f64();
    lat.sort();
    let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1e3;
    let total = bytes.load(Ordering::Relaxed) as f64;
    println!(
        "{path} [{accept}] conns={conns}: {} requests in {elapsed:.1}s = {:.1} req/s, {:.1} MB/s, {:.0} kB/response, p50 {:.2} ms, p99 {:.2} ms",
        lat.len(),
        lat.len() as f64 / elapsed,
        total / elapsed / 1e6,
        total / lat.len() as f64 / 1e3,
        pct(0.5),
        pct(0.99)
    );
}

async fn watch_load(url: &str, ns: &str, args: &[String]) {
    let watchers: usize = flag(args, "--watchers", "1000")
        .parse()
        .expect("--watchers");
    let events: usize = flag(args, "--events", "200").parse().expect("--events");
    let accept = flag(args, "--accept", "application/json");
    // --churn: every created Pod is deleted again (2 events each; the store stays the same size).
    let churn = args.iter().any(|a| a == "--churn");
    let expected = if churn { 2 * events } else { events };
    let host = host_of(url);
    let path = format!("/api/v1/namespaces/{ns}/pods");
    let mut conn = BufReader::new(TcpStream::connect(&host).await.expect("connect"));
    send(
        &mut conn,
        &host,
        "GET",
        &format!("{path}?limit=1"),
        "application/json",
        b"",
    )
    .await
    .expect("send");
    let (_, chunked, len) = read_head(&mut conn).await.expect("head");
    let mut body = Vec::new();
    if chunked {
        while read_chunk(&mut conn, &mut body).await.expect("chunk") {}
    } else {
        body.resize(len, 0);
        conn.read_exact(&mut body).await.expect("body");
    }
    let text = String::from_utf8_lossy(&body).into_owned();
    // The first item, to copy: `..."items":[{"metadata":{"name":"N",...}]}`.
    let item = text
        .split_once("\"items\":[")
        .map(|(_, rest)| rest.trim_end().trim_end_matches("]}"))
        .expect("a Pod to copy")
        .to_string();
    let old_name = item
        .split("\"name\":\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the Pod's name")
        .to_string();
    let rv = text
        .split("\"resourceVersion\":\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("list resourceVersion")
        .to_string();
    let last_delivery = Arc::new(std::sync::Mutex::new(Instant::now()));
    let delivered = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..watchers {
        let (host, path, rv, accept) = (host.clone(), path.clone(), rv.clone(), accept.clone());
        let (last_delivery, delivered) = (last_delivery.clone(), delivered.clone());
        tasks.push(tokio::spawn(async move {
            let mut conn = BufReader::new(TcpStream::connect(&host).await.expect("connect"));
            let q = format!("{path}?watch=1&resourceVersion={rv}&timeoutSeconds=120");
            send(&mut conn, &host, "GET", &q, &accept, b"")
                .await
                .expect("send");
            let (status, chunked, _) = read_head(&mut conn).await.expect("head");
            assert!(status == 200 && chunked, "watch answered {status}");
            let proto = accept.contains("protobuf");
            let (mut seen, mut buf, mut pending) = (0, Vec::new(), Vec::new());
            while seen < expected {
                buf.clear();
                if !read_chunk(&mut conn, &mut buf).await.expect("chunk") {
                    break;
                }
                pending.extend_from_slice(&buf);
                // Count whole frames: lines (JSON) or length-prefixed records (protobuf).
                loop {
                    let frame_len = if proto {
                        if pending.len() < 4 {
                            break;
                        }
                        let n = u32::from_be_bytes([pending[0], pending[1], pending[2], pending[3]])
                            as usize
                            + 4;
                        if pending.len() < n {
                            break;
                        }
                        n
                    } else {
                        match pending.iter().position(|&b| b == b'\n') {
                            Some(i) => i + 1,
                            None => break,
                        }
                    };
                    pending.drain(..frame_len);
                    seen += 1;
                    delivered.fetch_add(1, Ordering::Relaxed);
                }
            }
            *last_delivery.lock().expect("lock") = Instant::now();
            seen
        }));
    }
    tokio::time::sleep(Duration::from_millis(500 + watchers as u64)).await;
    let start = Instant::now();
    let writers: usize = flag(args, "--writers", "8").parse().expect("--writers");
    let stamp = std::process::id();
    let item = Arc::new(item);
    let mut writer_tasks = Vec::new();
    for w in 0..writers {
        let (host, path, item, old_name) =
            (host.clone(), path.clone(), item.clone(), old_name.clone());
        writer_tasks.push(tokio::spawn(async move {
            let mut writer = BufReader::new(TcpStream::connect(&host).await.expect("connect"));
            for i in (w..events).step_by(writers) {
                let body = item.replacen(
                    &format!("\"name\":\"{old_name}\""),
                    &format!("\"name\":\"load-{stamp}-{i}\""),
                    1,
                );
                send(
                    &mut writer,
                    &host,
                    "POST",
                    &path,
                    "application/json",
                    body.as_bytes(),
                )
                .await
                .expect("send");
                let (status, _) = response(&mut writer).await.expect("response");
                assert_eq!(status, 201, "create");
                if churn {
                    let name = format!("{path}/load-{stamp}-{i}");
                    send(&mut writer, &host, "DELETE", &name, "application/json", b"")
                        .await
                        .expect("send");
                    let (status, _) = response(&mut writer).await.expect("response");
                    assert_eq!(status, 200, "delete");
                }
            }
        }));
    }
    for t in writer_tasks {
        t.await.expect("writer");
    }
    let writes = start.elapsed().as_secs_f64();
    let mut complete = 0;
    for t in tasks {
        if t.await.expect("task") == expected {
            complete += 1;
        }
    }
    let elapsed = last_delivery
        .lock()
        .expect("lock")
        .duration_since(start)
        .as_secs_f64();
    let total = delivered.load(Ordering::Relaxed);
    println!(
        "watch [{accept}] {watchers} watchers x {expected} events: {total} delivered in {elapsed:.2}s = {:.0} events/s ({complete} watchers saw all; writes took {writes:.2}s)",
        total as f64 / elapsed
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match (args.get(1).map(String::as_str), args.get(2), args.get(3)) {
        (Some("request"), Some(url), Some(path)) => request_load(url, path, &args).await,
        (Some("watch"), Some(url), Some(ns)) => watch_load(url, ns, &args).await,
        _ => {
            eprintln!("usage: kcodec-apiserver-load request URL PATH [--accept T] [--conns C] [--secs S]\n       kcodec-apiserver-load watch URL NS [--watchers W] [--events E] [--writers N] [--accept T]");
            std::process::exit(2);
        }
    }
}
