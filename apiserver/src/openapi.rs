//! The minimum of OpenAPI v3 that kubectl needs to send writes: `/openapi/v3` (the index
//! of group versions) and `/openapi/v3/{api/v1 | apis/g/v}` with one `PATCH` operation per
//! resource, tagged with its group-version-kind and declaring the `fieldValidation` query
//! parameter. kubectl's query-parameter verifier finds that parameter and leaves validation
//! to the server (`fieldValidation=Strict`) instead of downloading schemas. No schemas are
//! served.

use kcodec::json::write::write_str;

use crate::resources;

fn gv_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

/// `/openapi/v3`.
pub fn index() -> Vec<u8> {
    let mut gvs: Vec<(&str, &str)> = Vec::new();
    for r in resources::all() {
        if !gvs.contains(&(r.kind.group, r.kind.version)) {
            gvs.push((r.kind.group, r.kind.version));
        }
    }
    let mut out = b"{\"paths\":{".to_vec();
    for (i, (g, v)) in gvs.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let path = gv_path(g, v);
        write_str(&mut out, &path);
        out.extend_from_slice(b":{\"serverRelativeURL\":");
        write_str(&mut out, &format!("/openapi/v3/{path}"));
        out.push(b'}');
    }
    out.extend_from_slice(b"}}\n");
    out
}

/// `/openapi/v3/{path}`; `None` for a group version not served.
pub fn group_version(path: &str) -> Option<Vec<u8>> {
    let (group, version) = match path.split('/').collect::<Vec<_>>().as_slice() {
        ["api", v] => ("", *v),
        ["apis", g, v] => (*g, *v),
        _ => return None,
    };
    let mut out =
        br#"{"openapi":"3.0.0","info":{"title":"Kubernetes","version":"v1.34.0"},"paths":{"#
            .to_vec();
    let mut any = false;
    for r in resources::of_group_version(group, version) {
        if any {
            out.push(b',');
        }
        any = true;
        let prefix = format!("/{}", gv_path(group, version));
        let url = if r.namespaced {
            format!("{prefix}/namespaces/{{namespace}}/{}/{{name}}", r.plural)
        } else {
            format!("{prefix}/{}/{{name}}", r.plural)
        };
        write_str(&mut out, &url);
        out.extend_from_slice(b":{\"patch\":{\"x-kubernetes-group-version-kind\":{\"group\":");
        write_str(&mut out, group);
        out.extend_from_slice(b",\"kind\":");
        write_str(&mut out, r.kind.kind);
        out.extend_from_slice(b",\"version\":");
        write_str(&mut out, version);
        out.extend_from_slice(
            br#"},"parameters":[{"name":"fieldValidation","in":"query","schema":{"type":"string","uniqueItems":true}}],"responses":{}}}"#,
        );
    }
    if !any {
        return None;
    }
    out.extend_from_slice(b"}}\n");
    Some(out)
}
