//! Discovery: `/version`, `/api`, `/api/v1`, `/apis`, `/apis/{group}` and
//! `/apis/{group}/{version}`, and aggregated discovery (`apidiscovery.k8s.io/v2`
//! `APIGroupDiscoveryList` on `/api` and `/apis`, which kubectl asks for first: one request
//! instead of one per group version).

use kcodec::format::MaybeCbor;
use kcodec::proto::ProtoMessage;
use kcodec::JsonEncode;
use kcodec_types::meta::v1::{
    APIGroup, APIGroupList, APIResource, APIResourceList, APIVersions, GroupVersionForDiscovery,
    ServerAddressByClientCIDR, TypeMeta, Verbs,
};

use crate::negotiate::Format;
use crate::resources;

/// The verbs every served resource has.
const VERBS: &[&str] = &["create", "delete", "get", "list", "update", "watch"];

/// Encode a typed response body (JSON with the encoder's newline, YAML, the protobuf
/// envelope with `api_version`/`kind`, or self-described CBOR).
pub fn encode<T: JsonEncode + ProtoMessage + MaybeCbor>(
    value: &T,
    api_version: &str,
    kind: &str,
    format: Format,
) -> Vec<u8> {
    format
        .encode_response(api_version, kind, value)
        // Discovery documents have no raw field, the only values whose encode can fail.
        .expect("the server's formats encode discovery documents")
}

fn type_meta(kind: &str, api_version: &str) -> TypeMeta {
    TypeMeta {
        kind: kind.into(),
        api_version: api_version.into(),
    }
}

/// `/version`: the version this server claims (the Kubernetes API it serves).
pub fn version() -> Vec<u8> {
    br#"{"major":"1","minor":"34","gitVersion":"v1.34.0-kcodec","gitCommit":"","gitTreeState":"clean","buildDate":"1970-01-01T00:00:00Z","goVersion":"rust","compiler":"rustc","platform":"linux/amd64"}
"#
    .to_vec()
}

/// `/api`.
pub fn core_versions(address: &str, format: Format) -> Vec<u8> {
    let v = APIVersions {
        type_meta: type_meta("APIVersions", ""),
        versions: vec!["v1".into()].into(),
        server_address_by_client_cidrs: vec![ServerAddressByClientCIDR {
            client_cidr: "0.0.0.0/0".into(),
            server_address: address.into(),
        }]
        .into(),
    };
    encode(&v, "v1", "APIVersions", format)
}

/// Kubernetes' version priority: GA before beta before alpha, higher numbers first.
fn version_rank(v: &str) -> (u8, i64, i64) {
    let rest = v.strip_prefix('v').unwrap_or(v);
    let major_len = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let major: i64 = rest[..major_len].parse().unwrap_or(0);
    let tail = &rest[major_len..];
    if tail.is_empty() {
        (0, -major, 0)
    } else if let Some(n) = tail.strip_prefix("beta") {
        (1, -major, -n.parse::<i64>().unwrap_or(0))
    } else if let Some(n) = tail.strip_prefix("alpha") {
        (2, -major, -n.parse::<i64>().unwrap_or(0))
    } else {
        (3, 0, 0)
    }
}

fn group(name: &str, mut versions: Vec<&str>) -> APIGroup {
    versions.sort_by_key(|v| version_rank(v));
    let gv = |v: &str| GroupVersionForDiscovery {
        group_version: format!("{name}/{v}").into(),
        version: v.into(),
    };
    APIGroup {
        type_meta: TypeMeta::default(),
        name: name.into(),
        preferred_version: gv(versions[0]),
        versions: versions.iter().map(|v| gv(v)).collect(),
        server_address_by_client_cidrs: Vec::new(),
    }
}

/// `/apis`.
pub fn groups(format: Format) -> Vec<u8> {
    let list = APIGroupList {
        type_meta: type_meta("APIGroupList", "v1"),
        groups: resources::groups()
            .into_iter()
            .map(|(g, vs)| group(g, vs))
            .collect(),
    };
    encode(&list, "v1", "APIGroupList", format)
}

/// `/apis/{group}`; `None` if the group is not served.
pub fn one_group(name: &str, format: Format) -> Option<Vec<u8>> {
    let (g, vs) = resources::groups().into_iter().find(|(g, _)| *g == name)?;
    let mut group = group(g, vs);
    group.type_meta = type_meta("APIGroup", "v1");
    Some(encode(&group, "v1", "APIGroup", format))
}

/// `/api/v1` or `/apis/{group}/{version}`; `None` if nothing is served there.
pub fn resource_list(group: &str, version: &str, format: Format) -> Option<Vec<u8>> {
    let resources: Vec<APIResource> = resources::of_group_version(group, version)
        .map(|r| APIResource {
            name: r.plural.as_str().into(),
            singular_name: r.singular.as_str().into(),
            namespaced: r.namespaced,
            kind: r.kind.kind.into(),
            verbs: Some(Verbs(VERBS.iter().map(|v| (*v).into()).collect())),
            short_names: resources::short_name(r.kind.group, r.kind.kind)
                .into_iter()
                .map(Into::into)
                .collect(),
            ..APIResource::default()
        })
        .collect();
    if resources.is_empty() {
        return None;
    }
    let group_version = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    let list = APIResourceList {
        type_meta: type_meta("APIResourceList", "v1"),
        group_version: group_version.into(),
        resources: resources.into(),
    };
    Some(encode(&list, "v1", "APIResourceList", format))
}

/// The `Content-Type` of an aggregated discovery answer.
pub const AGGREGATED_CONTENT_TYPE: &str =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

/// Aggregated discovery: the core group (`core`) or every other group (`apis`), with each
/// group's versions in preference order.
pub fn aggregated(core: bool) -> Vec<u8> {
    use kcodec_types::apidiscovery::v2::{
        APIGroupDiscovery, APIGroupDiscoveryList, APIResourceDiscovery, APIVersionDiscovery,
    };
    use kcodec_types::meta::v1::{GroupVersionKind, ObjectMeta};
    let groups: Vec<(&str, Vec<&str>)> = if core {
        vec![("", vec!["v1"])]
    } else {
        resources::groups()
    };
    let items = groups
        .into_iter()
        .map(|(g, mut versions)| {
            versions.sort_by_key(|v| version_rank(v));
            APIGroupDiscovery {
                metadata: ObjectMeta {
                    name: g.into(),
                    ..ObjectMeta::default()
                },
                versions: versions
                    .iter()
                    .map(|v| APIVersionDiscovery {
                        version: (*v).into(),
                        freshness: "Current".into(),
                        resources: resources::of_group_version(g, v)
                            .map(|r| APIResourceDiscovery {
                                resource: r.plural.as_str().into(),
                                response_kind: Some(GroupVersionKind {
                                    group: g.into(),
                                    version: (*v).into(),
                                    kind: r.kind.kind.into(),
                                }),
                                scope: if r.namespaced {
                                    "Namespaced"
                                } else {
                                    "Cluster"
                                }
                                .into(),
                                singular_resource: r.singular.as_str().into(),
                                verbs: VERBS.iter().map(|v| (*v).into()).collect(),
                                short_names: resources::short_name(r.kind.group, r.kind.kind)
                                    .into_iter()
                                    .map(Into::into)
                                    .collect(),
                                ..APIResourceDiscovery::default()
                            })
                            .collect(),
                    })
                    .collect(),
                ..APIGroupDiscovery::default()
            }
        })
        .collect();
    let list = APIGroupDiscoveryList {
        type_meta: type_meta("APIGroupDiscoveryList", "apidiscovery.k8s.io/v2"),
        items,
        ..APIGroupDiscoveryList::default()
    };
    kcodec::json::to_vec_response(&list).expect("a discovery document encodes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_versions() {
        let mut v = vec!["v1beta1", "v1alpha1", "v1", "v2beta2", "v2"];
        v.sort_by_key(|v| version_rank(v));
        assert_eq!(v, ["v2", "v1", "v2beta2", "v1beta1", "v1alpha1"]);
    }
}
