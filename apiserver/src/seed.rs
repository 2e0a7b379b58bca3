//! Objects the server starts with: Namespaces, sample Pods (`kcodec_types::sample`), and
//! objects from files (`--load DIR`: `*.json`, `*.yaml`/`*.yml` (several documents allowed),
//! `*.pb` in the `k8s\0` envelope).

use std::path::Path;

use kcodec_types::meta::v1::ObjectMeta;
use kcodec_types::registry::{self, Object};

use crate::negotiate::Format;
use crate::object;
use crate::resources;
use crate::store::Store;

/// The name of the `i`-th namespace: `default`, then `ns-1`, `ns-2`, ...
pub fn namespace_name(i: usize) -> String {
    if i == 0 {
        "default".to_string()
    } else {
        format!("ns-{i}")
    }
}

fn insert(store: &Store, object: Box<dyn Object>, meta: ObjectMeta) -> Result<(), String> {
    let (api_version, kind) = {
        let json = object::to_json(object.as_ref()).map_err(|e| e.message)?;
        let raw = kcodec::watch::RawObject {
            bytes: &json,
            format: Format::Json,
        };
        let (a, k) = raw.type_meta().map_err(|e| e.to_string())?;
        (a.into_owned(), k.into_owned())
    };
    let (group, version) = registry::split_api_version(&api_version);
    let resource = resources::all()
        .iter()
        .find(|r| r.kind.group == group && r.kind.version == version && r.kind.kind == kind)
        .ok_or_else(|| format!("{api_version} {kind} is not a served resource"))?;
    store.seed(resource, object, meta);
    Ok(())
}

/// `count` Namespaces.
pub fn namespaces(store: &Store, count: usize) {
    let kind = registry::lookup("v1", "Namespace").expect("Namespace is registered");
    for i in 0..count {
        let json = format!(
            r#"{{"kind":"Namespace","apiVersion":"v1","metadata":{{"name":"{}"}}}}"#,
            namespace_name(i)
        );
        let object = kind.decode_json(json.as_bytes()).expect("namespace JSON");
        let json = object::to_json(object.as_ref()).expect("a generated object encodes");
        let meta = object::read_meta(&json).expect("own JSON");
        insert(store, object, meta).expect("namespaces are served");
    }
}

/// `count` sample Pods spread over `namespaces` namespaces (round robin).
pub fn pods(store: &Store, count: usize, namespaces: usize) {
    for i in 0..count {
        let mut pod = kcodec_types::sample::pod(i as u64);
        pod.type_meta.api_version = "v1".into();
        pod.type_meta.kind = "Pod".into();
        pod.metadata.namespace = namespace_name(i % namespaces).into();
        pod.metadata.name = format!("{}-{i}", pod.metadata.name).into();
        let meta = pod.metadata.clone();
        insert(store, Box::new(pod), meta).expect("pods are served");
    }
}

/// Every object file in `dir`.
pub fn load_dir(store: &Store, dir: &str) -> Result<(), String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for path in paths {
        load_file(store, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn load_file(store: &Store, path: &Path) -> Result<(), String> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let data = std::fs::read(path).map_err(|e| e.to_string())?;
    let docs: Vec<(Vec<u8>, Format)> = match ext {
        "yaml" | "yml" => kcodec::yaml::yaml_to_json_documents(&data, Default::default())
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|d| (d, Format::Json))
            .collect(),
        // `json`, `pb`, `cbor`: one object.
        "json" | "pb" | "cbor" => match ext.parse::<Format>() {
            Ok(format) => vec![(data, format)],
            Err(_) => return Ok(()),
        },
        _ => return Ok(()),
    };
    for (doc, format) in docs {
        let (_, object) = object::decode_body(&doc, format, None, false).map_err(|e| e.message)?;
        let json = object::to_json(object.as_ref()).map_err(|e| e.message)?;
        let mut meta = object::read_meta(&json).map_err(|e| e.to_string())?;
        let raw = kcodec::watch::RawObject {
            bytes: &json,
            format: Format::Json,
        };
        let (_, kind) = raw.type_meta().map_err(|e| e.to_string())?;
        if resources::namespaced(&kind) && meta.namespace.is_empty() {
            meta.namespace = "default".into();
        }
        insert(store, object, meta)?;
    }
    Ok(())
}
