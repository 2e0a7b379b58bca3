//! Field representation prototype: which string type (`String` vs `kcodec::Str`) and which
//! map type (`BTreeMap` vs a sorted `Vec` of pairs) the generated Kubernetes types should use.
//!
//! One realistic Pod is built in code, encoded once, then decoded and encoded with each
//! representation. Allocations per decode are printed once, before the timings.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kcodec::json::{from_slice, to_vec, JsonReader};
use kcodec::{JsonDecode, JsonEncode, Str};
use kcodec_benches::alloc::{measure, AllocStats, CountingAlloc};

#[global_allocator]
static A: CountingAlloc = CountingAlloc;

/// Defines the Pod-like model in module `$m` with string type `$s` (fields and map keys and
/// values). Field and JSON member order follow Kubernetes' Go structs.
macro_rules! pod_model {
    ($m:ident, $s:ty) => {
        mod $m {
            use super::*;

            pub type S = $s;

            #[derive(Default, kcodec::Json)]
            pub struct Pod {
                #[kcodec(omitempty)]
                pub kind: S,
                #[kcodec(rename = "apiVersion", omitempty)]
                pub api_version: S,
                pub metadata: ObjectMeta,
                pub spec: PodSpec,
                pub status: PodStatus,
            }

            #[derive(Default, kcodec::Json)]
            pub struct ObjectMeta {
                #[kcodec(omitempty)]
                pub name: S,
                #[kcodec(omitempty)]
                pub namespace: S,
                #[kcodec(omitempty)]
                pub uid: S,
                #[kcodec(rename = "resourceVersion", omitempty)]
                pub resource_version: S,
                #[kcodec(rename = "creationTimestamp", omitempty)]
                pub creation_timestamp: S,
                #[kcodec(omitempty)]
                pub labels: BTreeMap<S, S>,
                #[kcodec(omitempty)]
                pub annotations: BTreeMap<S, S>,
                #[kcodec(rename = "ownerReferences", omitempty)]
                pub owner_references: Vec<OwnerReference>,
            }

            #[derive(Default, kcodec::Json)]
            pub struct OwnerReference {
                #[kcodec(rename = "apiVersion")]
                pub api_version: S,
                pub kind: S,
                pub name: S,
                pub uid: S,
                #[kcodec(omitempty)]
                pub controller: Option<bool>,
            }

            #[derive(Default, kcodec::Json)]
            pub struct PodSpec {
                #[kcodec(omitempty)]
                pub volumes: Vec<Volume>,
                pub containers: Vec<Container>,
                #[kcodec(rename = "serviceAccountName", omitempty)]
                pub service_account_name: S,
                #[kcodec(rename = "nodeName", omitempty)]
                pub node_name: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct Volume {
                pub name: S,
                #[kcodec(rename = "configMap", omitempty)]
                pub config_map: Option<ConfigMapVolumeSource>,
            }

            #[derive(Default, kcodec::Json)]
            pub struct ConfigMapVolumeSource {
                #[kcodec(omitempty)]
                pub name: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct Container {
                pub name: S,
                #[kcodec(omitempty)]
                pub image: S,
                #[kcodec(omitempty)]
                pub args: Vec<S>,
                #[kcodec(omitempty)]
                pub ports: Vec<ContainerPort>,
                #[kcodec(omitempty)]
                pub env: Vec<EnvVar>,
                pub resources: ResourceRequirements,
                #[kcodec(rename = "volumeMounts", omitempty)]
                pub volume_mounts: Vec<VolumeMount>,
                #[kcodec(rename = "terminationMessagePath", omitempty)]
                pub termination_message_path: S,
                #[kcodec(rename = "imagePullPolicy", omitempty)]
                pub image_pull_policy: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct ContainerPort {
                #[kcodec(omitempty)]
                pub name: S,
                #[kcodec(rename = "containerPort")]
                pub container_port: i32,
                #[kcodec(omitempty)]
                pub protocol: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct EnvVar {
                pub name: S,
                #[kcodec(omitempty)]
                pub value: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct ResourceRequirements {
                #[kcodec(omitempty)]
                pub limits: BTreeMap<S, S>,
                #[kcodec(omitempty)]
                pub requests: BTreeMap<S, S>,
            }

            #[derive(Default, kcodec::Json)]
            pub struct VolumeMount {
                pub name: S,
                #[kcodec(rename = "readOnly", omitempty)]
                pub read_only: bool,
                #[kcodec(rename = "mountPath")]
                pub mount_path: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct PodStatus {
                #[kcodec(omitempty)]
                pub phase: S,
                #[kcodec(omitempty)]
                pub conditions: Vec<PodCondition>,
                #[kcodec(rename = "hostIP", omitempty)]
                pub host_ip: S,
                #[kcodec(rename = "podIP", omitempty)]
                pub pod_ip: S,
                #[kcodec(rename = "containerStatuses", omitempty)]
                pub container_statuses: Vec<ContainerStatus>,
            }

            #[derive(Default, kcodec::Json)]
            pub struct PodCondition {
                pub r#type: S,
                pub status: S,
                #[kcodec(rename = "lastTransitionTime", omitempty)]
                pub last_transition_time: S,
            }

            #[derive(Default, kcodec::Json)]
            pub struct ContainerStatus {
                pub name: S,
                pub ready: bool,
                #[kcodec(rename = "restartCount")]
                pub restart_count: i32,
                pub image: S,
                #[kcodec(rename = "imageID")]
                pub image_id: S,
                #[kcodec(rename = "containerID", omitempty)]
                pub container_id: S,
            }
        }
    };
}

pod_model!(string_repr, String);
pod_model!(str_repr, kcodec::Str);

/// Deterministic pseudo-random hex (splitmix64), for uids, hashes and digests.
fn hex(seed: u64, len: usize) -> String {
    let mut x = seed;
    let mut out = String::with_capacity(len + 16);
    while out.len() < len {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        out.push_str(&format!("{z:016x}"));
    }
    out.truncate(len);
    out
}

fn uuid(seed: u64) -> String {
    let h = hex(seed, 32);
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// The realistic instance, in the `String` representation.
fn build_pod() -> string_repr::Pod {
    use string_repr::*;
    let s = |v: &str| v.to_string();
    let map = |kv: &[(&str, &str)]| -> BTreeMap<String, String> {
        kv.iter().map(|(k, v)| (s(k), s(v))).collect()
    };

    let images = [
        ("coredns", "registry.k8s.io/coredns/coredns:v1.11.1"),
        (
            "metrics-sidecar",
            "registry.k8s.io/metrics-server/metrics-server:v0.7.0",
        ),
        (
            "config-reloader",
            "quay.io/prometheus-operator/prometheus-config-reloader:v0.71.2",
        ),
    ];
    let containers = images
        .iter()
        .enumerate()
        .map(|(i, (name, image))| Container {
            name: s(name),
            image: s(image),
            args: vec![
                s("-conf"),
                s("/etc/coredns/Corefile"),
                format!("--port={}", 53 + i),
                s("--v=2"),
            ],
            ports: vec![
                ContainerPort {
                    name: s("dns"),
                    container_port: 53 + i as i32,
                    protocol: s("UDP"),
                },
                ContainerPort {
                    name: s("metrics"),
                    container_port: 9153 + i as i32,
                    protocol: s("TCP"),
                },
            ],
            env: [
                ("GOMAXPROCS", "2"),
                ("POD_NAME", "coredns-5dd5756b68-7xk2p"),
                ("POD_NAMESPACE", "kube-system"),
                ("KUBERNETES_SERVICE_HOST", "10.96.0.1"),
                ("KUBERNETES_SERVICE_PORT", "443"),
                ("LOG_LEVEL", "info"),
                ("CONFIG_PATH", "/etc/coredns/Corefile"),
                ("HTTP_PROXY", "http://proxy.corp.example.com:3128"),
            ]
            .iter()
            .map(|(n, v)| EnvVar {
                name: s(n),
                value: s(v),
            })
            .collect(),
            resources: ResourceRequirements {
                limits: map(&[("cpu", "500m"), ("memory", "170Mi")]),
                requests: map(&[("cpu", "100m"), ("memory", "70Mi")]),
            },
            volume_mounts: vec![
                VolumeMount {
                    name: s("config-volume"),
                    read_only: true,
                    mount_path: s("/etc/coredns"),
                },
                VolumeMount {
                    name: s("tmp"),
                    read_only: false,
                    mount_path: s("/tmp"),
                },
                VolumeMount {
                    name: s("kube-api-access-8x7zq"),
                    read_only: true,
                    mount_path: s("/var/run/secrets/kubernetes.io/serviceaccount"),
                },
            ],
            termination_message_path: s("/dev/termination-log"),
            image_pull_policy: s("IfNotPresent"),
        })
        .collect();

    let container_statuses = images
        .iter()
        .enumerate()
        .map(|(i, (name, image))| {
            let repo = image.split(':').next().unwrap_or(image);
            ContainerStatus {
                name: s(name),
                ready: true,
                restart_count: i as i32,
                image: s(image),
                image_id: format!("{repo}@sha256:{}", hex(100 + i as u64, 64)),
                container_id: format!("containerd://{}", hex(200 + i as u64, 64)),
            }
        })
        .collect();

    Pod {
        kind: s("Pod"),
        api_version: s("v1"),
        metadata: ObjectMeta {
            name: s("coredns-5dd5756b68-7xk2p"),
            namespace: s("kube-system"),
            uid: uuid(1),
            resource_version: s("48213997"),
            creation_timestamp: s("2024-03-18T09:41:27Z"),
            labels: map(&[
                ("app.kubernetes.io/name", "coredns"),
                ("app.kubernetes.io/instance", "coredns"),
                ("app.kubernetes.io/component", "dns"),
                ("app.kubernetes.io/part-of", "kube-dns"),
                ("k8s-app", "kube-dns"),
                ("pod-template-hash", "5dd5756b68"),
            ]),
            annotations: map(&[
                ("kubectl.kubernetes.io/restartedAt", "2024-03-18T09:41:05Z"),
                ("prometheus.io/scrape", "true"),
                (
                    "k8s.v1.cni.cncf.io/network-status",
                    r#"[{"name":"cbr0","interface":"eth0","ips":["10.244.1.23"],"mac":"4a:8e:3f:12:9c:07","default":true,"dns":{}},{"name":"kube-system/macvlan","ips":["192.168.10.5"]}]"#,
                ),
            ]),
            owner_references: vec![OwnerReference {
                api_version: s("apps/v1"),
                kind: s("ReplicaSet"),
                name: s("coredns-5dd5756b68"),
                uid: uuid(2),
                controller: Some(true),
            }],
        },
        spec: PodSpec {
            volumes: ["config-volume", "coredns-custom", "metrics-config"]
                .iter()
                .map(|n| Volume {
                    name: s(n),
                    config_map: Some(ConfigMapVolumeSource {
                        name: format!("{n}-cm"),
                    }),
                })
                .collect(),
            containers,
            service_account_name: s("coredns"),
            node_name: s("ip-10-0-3-117.eu-west-1.compute.internal"),
        },
        status: PodStatus {
            phase: s("Running"),
            conditions: ["Initialized", "Ready", "ContainersReady", "PodScheduled"]
                .iter()
                .map(|t| PodCondition {
                    r#type: s(t),
                    status: s("True"),
                    last_transition_time: s("2024-03-18T09:41:31Z"),
                })
                .collect(),
            host_ip: s("10.0.3.117"),
            pod_ip: s("10.244.1.23"),
            container_statuses,
        },
    }
}

/// A map stored as a `Vec` of pairs sorted by key (last duplicate wins, as with a map).
#[derive(Default)]
struct SortedMap(Vec<(Str, Str)>);

impl JsonDecode for SortedMap {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        let mut v: Vec<(Str, Str)> = Vec::new();
        if r.eat_null()? {
            return Ok(SortedMap(v));
        }
        r.begin_object()?;
        let mut first = true;
        while let Some(key) = r.next_key(&mut first)? {
            let k = match std::str::from_utf8(&key) {
                Ok(s) => Str::new(s),
                Err(_) => Str::from(String::from_utf8_lossy(&key).into_owned()),
            };
            let val = Str::decode_json(r)?;
            v.push((k, val));
        }
        // Go writes map keys sorted, so this is usually a single O(n) pass.
        if !v.is_sorted_by(|a, b| a.0 < b.0) {
            v.sort_by(|a, b| a.0.cmp(&b.0)); // stable: duplicates keep document order
            v.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    std::mem::swap(later, kept);
                }
                same
            });
        }
        Ok(SortedMap(v))
    }
}

impl JsonEncode for SortedMap {
    fn encode_json(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            kcodec::json::write::write_str(out, k.as_str());
            out.push(b':');
            kcodec::json::write::write_str(out, v.as_str());
        }
        out.push(b'}');
    }
}

impl kcodec::Omit for SortedMap {
    fn is_empty_value(&self) -> bool {
        self.0.is_empty()
    }
}

fn per_decode<T: JsonDecode>(input: &[u8]) -> AllocStats {
    // Warm once (lazy statics, if any), then measure a single decode.
    drop(from_slice::<T>(input).unwrap());
    let (v, stats) = measure(|| from_slice::<T>(input).unwrap());
    drop(v);
    stats
}

fn print_alloc(label: &str, s: AllocStats) {
    println!(
        "allocs/decode {label:<24} {:>4} allocs ({} reallocs) {:>6} bytes",
        s.allocs, s.reallocs, s.bytes
    );
}

fn bench(c: &mut Criterion) {
    let pod_a = build_pod();
    let json = to_vec(&pod_a).unwrap();
    let pod_b: str_repr::Pod = from_slice(&json).unwrap();
    assert_eq!(
        to_vec(&pod_b).unwrap(),
        json,
        "both representations encode identically"
    );
    let labels_json = to_vec(&pod_a.metadata.labels).unwrap();
    let sorted: SortedMap = from_slice(&labels_json).unwrap();
    assert_eq!(to_vec(&sorted).unwrap(), labels_json);

    println!(
        "pod JSON: {} bytes; labels JSON: {} bytes; size_of Pod: String {} B, Str {} B",
        json.len(),
        labels_json.len(),
        std::mem::size_of::<string_repr::Pod>(),
        std::mem::size_of::<str_repr::Pod>(),
    );
    print_alloc("String+BTreeMap", per_decode::<string_repr::Pod>(&json));
    print_alloc("Str+BTreeMap", per_decode::<str_repr::Pod>(&json));
    print_alloc(
        "labels BTreeMap<Str,Str>",
        per_decode::<BTreeMap<Str, Str>>(&labels_json),
    );
    print_alloc("labels SortedMap", per_decode::<SortedMap>(&labels_json));
    let (_, enc) = measure(|| to_vec(&pod_a).unwrap());
    println!(
        "allocs/encode (either): {} allocs ({} reallocs), {} bytes",
        enc.allocs, enc.reallocs, enc.bytes
    );

    let mut g = c.benchmark_group("pod/decode");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function(BenchmarkId::from_parameter("String+BTreeMap"), |b| {
        b.iter(|| from_slice::<string_repr::Pod>(black_box(&json)).unwrap())
    });
    g.bench_function(BenchmarkId::from_parameter("Str+BTreeMap"), |b| {
        b.iter(|| from_slice::<str_repr::Pod>(black_box(&json)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("pod/encode");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function(BenchmarkId::from_parameter("String+BTreeMap"), |b| {
        b.iter(|| to_vec(black_box(&pod_a)).unwrap())
    });
    g.bench_function(BenchmarkId::from_parameter("Str+BTreeMap"), |b| {
        b.iter(|| to_vec(black_box(&pod_b)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("labels/decode");
    g.throughput(Throughput::Bytes(labels_json.len() as u64));
    g.bench_function(BenchmarkId::from_parameter("BTreeMap<Str,Str>"), |b| {
        b.iter(|| from_slice::<BTreeMap<Str, Str>>(black_box(&labels_json)).unwrap())
    });
    g.bench_function(BenchmarkId::from_parameter("SortedVec<(Str,Str)>"), |b| {
        b.iter(|| from_slice::<SortedMap>(black_box(&labels_json)).unwrap())
    });
    g.finish();
}

mod harness {
    use super::*;
    criterion_group! {
        name = benches;
        config = Criterion::default()
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
        targets = bench
    }
}
criterion_main!(harness::benches);
