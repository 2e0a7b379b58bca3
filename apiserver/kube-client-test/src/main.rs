//! kube-rs against kcodec-apiserver: `Api::list`, `Api::create`, `watcher` and
//! `Api::delete`, each answer checked against the server's own JSON. Exit 0 when every
//! check passes; prints one line per check.
//!
//! Usage: `kube-client-test http://127.0.0.1:PORT`

use std::time::Duration;

use futures::StreamExt;
use k8s_openapi::api::core::v1::{ConfigMap, Pod};
use kube::api::{DeleteParams, ListParams, PostParams};
use kube::runtime::watcher::{self, Event};
use kube::{Api, Client, Config};
use serde_json::Value;

fn fail(msg: String) -> ! {
    eprintln!("kube-client-test: FAIL: {msg}");
    std::process::exit(1)
}

async fn raw(client: &Client, path: &str) -> Value {
    let req = http::Request::get(path).body(Vec::new()).expect("request");
    client
        .request::<Value>(req)
        .await
        .unwrap_or_else(|e| fail(format!("GET {path}: {e}")))
}

/// The fields both sides must agree on.
fn key(v: &Value) -> Value {
    let m = &v["metadata"];
    serde_json::json!([
        m["namespace"],
        m["name"],
        m["uid"],
        m["resourceVersion"],
        m["labels"]
    ])
}

#[tokio::main]
async fn main() {
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| fail("usage: kube-client-test URL".into()));
    let config = Config::new(url.parse().unwrap_or_else(|e| fail(format!("url: {e}"))));
    let client = Client::try_from(config).unwrap_or_else(|e| fail(format!("client: {e}")));

    // Api::list, paged.
    let pods: Api<Pod> = Api::all(client.clone());
    let mut got = Vec::new();
    let mut params = ListParams::default().limit(7);
    loop {
        let page = pods
            .list(&params)
            .await
            .unwrap_or_else(|e| fail(format!("list pods: {e}")));
        for p in &page.items {
            got.push(key(&serde_json::to_value(p).expect("pod to JSON")));
        }
        match page.metadata.continue_ {
            Some(c) if !c.is_empty() => params = params.continue_token(&c),
            _ => break,
        }
    }
    let want: Vec<Value> = raw(&client, "/api/v1/pods").await["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(key)
        .collect();
    if got != want || got.is_empty() {
        fail(format!(
            "list: {} pods from kube-rs, {} from the server, or they differ",
            got.len(),
            want.len()
        ));
    }
    println!(
        "ok list: {} pods (pages of 7) equal the server's",
        got.len()
    );

    // Api::create.
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let cm: ConfigMap = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "kube-rs-check", "labels": {"from": "kube-rs"}},
        "data": {"k": "v"}
    }))
    .expect("configmap");
    let created = cms
        .create(&PostParams::default(), &cm)
        .await
        .unwrap_or_else(|e| fail(format!("create: {e}")));
    let server = raw(
        &client,
        "/api/v1/namespaces/default/configmaps/kube-rs-check",
    )
    .await;
    let created_v = serde_json::to_value(&created).expect("to JSON");
    if key(&created_v) != key(&server) || created_v["data"] != server["data"] {
        fail(format!(
            "create: kube-rs got {created_v}, server holds {server}"
        ));
    }
    println!(
        "ok create: the answer equals the server's object (rv {})",
        server["metadata"]["resourceVersion"]
    );

    // watcher: its initial list holds the new object; a delete arrives as an event.
    let stream = watcher::watcher(
        cms.clone(),
        watcher::Config::default().labels("from=kube-rs"),
    );
    let mut stream = Box::pin(stream);
    let mut seen_init = false;
    let mut seen_delete = false;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while let Ok(Some(ev)) = tokio::time::timeout_at(deadline, stream.next()).await {
        match ev.unwrap_or_else(|e| fail(format!("watcher: {e}"))) {
            Event::InitApply(obj)
                if key(&serde_json::to_value(&obj).expect("to JSON")) == key(&server) =>
            {
                seen_init = true;
            }
            Event::InitDone => {
                if !seen_init {
                    fail("watcher: initial list without the created object".into());
                }
                cms.delete("kube-rs-check", &DeleteParams::default())
                    .await
                    .unwrap_or_else(|e| fail(format!("delete: {e}")));
            }
            Event::Delete(obj) if obj.metadata.name.as_deref() == Some("kube-rs-check") => {
                seen_delete = true;
                break;
            }
            _ => {}
        }
    }
    if !(seen_init && seen_delete) {
        fail(format!(
            "watcher: initial object seen: {seen_init}, delete event seen: {seen_delete}"
        ));
    }
    println!("ok watcher: initial list then the delete event");
}
