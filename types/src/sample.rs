//! Deterministic, realistic sample objects for the demo, tests and benchmarks.
//!
//! The shapes follow objects captured from real clusters: a Pod of a Deployment-managed
//! workload with several containers, env (plain and from field/secret refs), probes,
//! resources, volume mounts, projected service-account tokens, tolerations, managed fields
//! and a full running status — about 8–10 kB of compact JSON. The same seed always gives the
//! same object; different seeds vary names, counts and values.

use std::collections::BTreeMap;

use kcodec::Str;

use crate::apps::v1::{
    Deployment, DeploymentCondition, DeploymentSpec, DeploymentStatus, DeploymentStrategy,
    RollingUpdateDeployment,
};
use crate::core::v1::*;
use crate::intstr::IntOrString;
use crate::meta::v1::{
    FieldsV1, LabelSelector, ListMeta, ManagedFieldsEntry, ObjectMeta, OwnerReference, Time,
    TypeMeta,
};
use crate::resource::Quantity;

/// A small deterministic PRNG (xorshift64*), so samples need no `rand` dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from_digit(self.below(16) as u32, 16).unwrap())
            .collect()
    }
    fn uid(&mut self) -> Str {
        format!(
            "{}-{}-{}-{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(4),
            self.hex(4),
            self.hex(12)
        )
        .into()
    }
}

const APPS: &[&str] = &[
    "checkout", "payments", "frontend", "catalog", "search", "ledger", "notifier", "gateway",
];
const NAMESPACES: &[&str] = &["default", "shop", "payments", "platform", "observability"];
const IMAGES: &[&str] = &[
    "registry.k8s.io/coredns/coredns:v1.11.3",
    "docker.io/library/nginx:1.27.2-alpine",
    "ghcr.io/example/checkout-service:v2.14.7",
    "quay.io/prometheus/node-exporter:v1.8.2",
    "registry.k8s.io/ingress-nginx/controller:v1.11.3",
    "gcr.io/distroless/static-debian12:nonroot",
];

fn q(s: &str) -> Quantity {
    Quantity::parse(s).expect("valid sample quantity")
}

fn s(v: impl Into<Str>) -> Str {
    v.into()
}

fn time(rng: &mut Rng, base: i64) -> Time {
    Time::from_unix(base + rng.range(0, 86_400 * 30) as i64)
}

fn str_map(pairs: &[(&str, String)]) -> BTreeMap<Str, Str> {
    pairs.iter().map(|(k, v)| (s(*k), s(v.as_str()))).collect()
}

/// Base of all sample timestamps: 2025-06-01T00:00:00Z.
const EPOCH: i64 = 1_748_736_000;

fn managed_fields(rng: &mut Rng, manager: &str) -> Vec<ManagedFieldsEntry> {
    let spec_fields = br#"{"f:metadata":{"f:generateName":{},"f:labels":{".":{},"f:app.kubernetes.io/name":{},"f:pod-template-hash":{}},"f:ownerReferences":{".":{},"k:{\"uid\":\"0\"}":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"app\"}":{".":{},"f:env":{".":{},"k:{\"name\":\"LOG_LEVEL\"}":{".":{},"f:name":{},"f:value":{}}},"f:image":{},"f:imagePullPolicy":{},"f:name":{},"f:ports":{".":{},"k:{\"containerPort\":8080,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{},"f:name":{},"f:protocol":{}}},"f:resources":{".":{},"f:limits":{".":{},"f:memory":{}},"f:requests":{".":{},"f:cpu":{},"f:memory":{}}}}},"f:dnsPolicy":{},"f:enableServiceLinks":{},"f:restartPolicy":{},"f:schedulerName":{},"f:terminationGracePeriodSeconds":{}}}"#;
    let status_fields = br#"{"f:status":{"f:conditions":{"k:{\"type\":\"ContainersReady\"}":{".":{},"f:lastProbeTime":{},"f:lastTransitionTime":{},"f:status":{},"f:type":{}},"k:{\"type\":\"Ready\"}":{".":{},"f:lastProbeTime":{},"f:lastTransitionTime":{},"f:status":{},"f:type":{}}},"f:containerStatuses":{},"f:hostIP":{},"f:phase":{},"f:podIP":{},"f:podIPs":{".":{},"k:{\"ip\":\"10.244.1.7\"}":{".":{},"f:ip":{}}},"f:startTime":{}}}"#;
    vec![
        ManagedFieldsEntry {
            manager: s(manager),
            operation: s("Update"),
            api_version: s("v1"),
            time: Some(time(rng, EPOCH)),
            fields_type: s("FieldsV1"),
            fields_v1: Some(FieldsV1 {
                raw: spec_fields.to_vec(),
            }),
            subresource: Str::default(),
        },
        ManagedFieldsEntry {
            manager: s("kubelet"),
            operation: s("Update"),
            api_version: s("v1"),
            time: Some(time(rng, EPOCH)),
            fields_type: s("FieldsV1"),
            fields_v1: Some(FieldsV1 {
                raw: status_fields.to_vec(),
            }),
            subresource: s("status"),
        },
    ]
}

fn env(rng: &mut Rng, app: &str) -> Vec<EnvVar> {
    let mut env = vec![
        EnvVar {
            name: s("POD_NAME"),
            value_from: Some(EnvVarSource {
                field_ref: Some(ObjectFieldSelector {
                    api_version: s("v1"),
                    field_path: s("metadata.name"),
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
        EnvVar {
            name: s("POD_NAMESPACE"),
            value_from: Some(EnvVarSource {
                field_ref: Some(ObjectFieldSelector {
                    api_version: s("v1"),
                    field_path: s("metadata.namespace"),
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
        EnvVar {
            name: s("DATABASE_PASSWORD"),
            value_from: Some(EnvVarSource {
                secret_key_ref: Some(SecretKeySelector {
                    local_object_reference: LocalObjectReference {
                        name: s(format!("{app}-db")),
                    },
                    key: s("password"),
                    optional: None,
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
    ];
    let plain = [
        ("LOG_LEVEL", "info"),
        ("LOG_FORMAT", "json"),
        (
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            "http://otel-collector.observability.svc:4317",
        ),
        ("GOMAXPROCS", "2"),
        ("HTTP_PORT", "8080"),
        ("METRICS_PORT", "9090"),
        (
            "FEATURE_FLAGS",
            "new-cart,fast-checkout,<beta>&experimental",
        ),
        ("CACHE_TTL", "300s"),
        ("UPSTREAM_URL", "https://api.internal.example.com/v2/"),
        ("TZ", "UTC"),
    ];
    let n = rng.range(4, plain.len() as u64) as usize;
    env.extend(plain[..n].iter().map(|(k, v)| EnvVar {
        name: s(*k),
        value: s(*v),
        value_from: None,
    }));
    env
}

fn probe(path: &str, port: &str, initial: i32) -> Probe {
    Probe {
        probe_handler: ProbeHandler {
            http_get: Some(HTTPGetAction {
                path: s(path),
                port: IntOrString::String(s(port)),
                scheme: s("HTTP"),
                ..Default::default()
            }),
            ..Default::default()
        },
        initial_delay_seconds: initial,
        timeout_seconds: 1,
        period_seconds: 10,
        success_threshold: 1,
        failure_threshold: 3,
        termination_grace_period_seconds: None,
    }
}

fn container(rng: &mut Rng, name: &str, image: &str, app: &str, main: bool) -> Container {
    let mut limits = BTreeMap::new();
    limits.insert(
        s("memory"),
        q(rng.pick(&["128Mi", "256Mi", "512Mi", "1Gi"])),
    );
    let mut requests = BTreeMap::new();
    requests.insert(s("cpu"), q(rng.pick(&["50m", "100m", "250m", "500m"])));
    requests.insert(s("memory"), q(rng.pick(&["64Mi", "128Mi", "256Mi"])));
    Container {
        name: s(name),
        image: s(image),
        args: if main {
            vec![
                s("--config=/etc/app/config.yaml"),
                s(format!("--service-name={app}")),
                s("--listen=:8080"),
            ]
        } else {
            vec![s("--web.listen-address=:9100")]
        },
        ports: vec![
            ContainerPort {
                name: s("http"),
                container_port: if main { 8080 } else { 9100 },
                protocol: s("TCP"),
                ..Default::default()
            },
            ContainerPort {
                name: s("metrics"),
                container_port: 9090 + rng.below(10) as i32,
                protocol: s("TCP"),
                ..Default::default()
            },
        ],
        env: if main { env(rng, app) } else { Vec::new() },
        resources: ResourceRequirements {
            limits,
            requests,
            claims: Vec::new(),
        },
        volume_mounts: vec![
            VolumeMount {
                name: s("config"),
                read_only: true,
                mount_path: s("/etc/app"),
                ..Default::default()
            },
            VolumeMount {
                name: s(format!("kube-api-access-{}", rng.hex(5))),
                read_only: true,
                mount_path: s("/var/run/secrets/kubernetes.io/serviceaccount"),
                ..Default::default()
            },
        ],
        liveness_probe: main.then(|| probe("/healthz", "http", 10)),
        readiness_probe: main.then(|| probe("/readyz", "http", 5)),
        termination_message_path: s("/dev/termination-log"),
        termination_message_policy: s("File"),
        image_pull_policy: s("IfNotPresent"),
        security_context: Some(SecurityContext {
            capabilities: Some(Capabilities {
                add: Vec::new(),
                drop: vec![s("ALL")],
            }),
            run_as_non_root: Some(true),
            read_only_root_filesystem: Some(true),
            allow_privilege_escalation: Some(false),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn container_status(rng: &mut Rng, c: &Container, started: Time) -> ContainerStatus {
    ContainerStatus {
        name: c.name.clone(),
        state: ContainerState {
            running: Some(ContainerStateRunning {
                started_at: started,
            }),
            ..Default::default()
        },
        last_termination_state: ContainerState::default(),
        ready: true,
        restart_count: rng.below(3) as i32,
        image: c.image.clone(),
        image_id: s(format!(
            "{}@sha256:{}",
            c.image.split(':').next().unwrap_or(""),
            rng.hex(64)
        )),
        container_id: s(format!("containerd://{}", rng.hex(64))),
        started: Some(true),
        ..Default::default()
    }
}

fn object_meta(
    rng: &mut Rng,
    name: Str,
    namespace: &str,
    labels: BTreeMap<Str, Str>,
) -> ObjectMeta {
    ObjectMeta {
        name,
        namespace: s(namespace),
        uid: rng.uid(),
        resource_version: s(rng.range(100_000, 99_999_999).to_string()),
        creation_timestamp: time(rng, EPOCH),
        labels,
        ..Default::default()
    }
}

/// A realistic Pod (~8–10 kB of compact JSON) of a Deployment-managed workload.
pub fn pod(seed: u64) -> Pod {
    let mut rng = Rng::new(seed);
    let app = rng.pick(APPS);
    let namespace = rng.pick(NAMESPACES);
    let hash = rng.hex(10);
    let name = format!("{app}-{hash}-{}", rng.hex(5));
    let labels = str_map(&[
        ("app.kubernetes.io/name", app.to_string()),
        ("app.kubernetes.io/instance", format!("{app}-prod")),
        (
            "app.kubernetes.io/version",
            format!("2.{}.{}", rng.below(20), rng.below(10)),
        ),
        ("app.kubernetes.io/component", "backend".to_string()),
        ("app.kubernetes.io/part-of", "shop".to_string()),
        ("app.kubernetes.io/managed-by", "Helm".to_string()),
        ("pod-template-hash", hash.clone()),
    ]);
    let mut metadata = object_meta(&mut rng, Str::from(name.as_str()), namespace, labels);
    metadata.generate_name = s(format!("{app}-{hash}-"));
    metadata.annotations = str_map(&[
        ("checksum/config", rng.hex(64)),
        (
            "kubectl.kubernetes.io/restartedAt",
            "2025-06-03T10:12:54Z".to_string(),
        ),
        ("prometheus.io/scrape", "true".to_string()),
    ]);
    metadata.owner_references = vec![OwnerReference {
        api_version: s("apps/v1"),
        kind: s("ReplicaSet"),
        name: s(format!("{app}-{hash}")),
        uid: rng.uid(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    }];
    metadata.managed_fields = managed_fields(&mut rng, "kube-controller-manager");

    let n_containers = rng.range(2, 3) as usize;
    let mut containers = vec![container(&mut rng, "app", rng_image(seed, 2), app, true)];
    for i in 1..n_containers {
        let image = rng_image(seed, i as u64 + 3);
        containers.push(container(
            &mut rng,
            &format!("sidecar-{i}"),
            image,
            app,
            false,
        ));
    }
    let token = format!("kube-api-access-{}", rng.hex(5));
    let volumes = vec![
        Volume {
            name: s("config"),
            volume_source: VolumeSource {
                config_map: Some(Box::new(ConfigMapVolumeSource {
                    local_object_reference: LocalObjectReference {
                        name: s(format!("{app}-config")),
                    },
                    default_mode: Some(420),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
        Volume {
            name: s("tmp"),
            volume_source: VolumeSource {
                empty_dir: Some(Box::new(EmptyDirVolumeSource {
                    size_limit: Some(q("64Mi")),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
        Volume {
            name: s(token),
            volume_source: VolumeSource {
                projected: Some(Box::new(ProjectedVolumeSource {
                    sources: vec![
                        VolumeProjection {
                            service_account_token: Some(ServiceAccountTokenProjection {
                                expiration_seconds: Some(3607),
                                path: s("token"),
                                ..Default::default()
                            }),
                            ..Default::default()
                        },
                        VolumeProjection {
                            config_map: Some(ConfigMapProjection {
                                local_object_reference: LocalObjectReference {
                                    name: s("kube-root-ca.crt"),
                                },
                                items: vec![KeyToPath {
                                    key: s("ca.crt"),
                                    path: s("ca.crt"),
                                    ..Default::default()
                                }],
                                ..Default::default()
                            }),
                            ..Default::default()
                        },
                    ],
                    default_mode: Some(420),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
    ];
    let node = format!("ip-10-0-{}-{}.ec2.internal", rng.below(256), rng.below(256));
    let tolerations = ["not-ready", "unreachable"]
        .iter()
        .map(|t| Toleration {
            key: s(format!("node.kubernetes.io/{t}")),
            operator: s("Exists"),
            effect: s("NoExecute"),
            toleration_seconds: Some(300),
            ..Default::default()
        })
        .collect();
    let pod_ip = format!("10.244.{}.{}", rng.below(256), rng.below(256));
    let host_ip = format!("10.0.{}.{}", rng.below(256), rng.below(256));
    let started = time(&mut rng, EPOCH);
    let conditions = [
        "PodReadyToStartContainers",
        "Initialized",
        "Ready",
        "ContainersReady",
        "PodScheduled",
    ]
    .iter()
    .map(|t| PodCondition {
        type_: s(*t),
        status: s("True"),
        last_transition_time: started,
        ..Default::default()
    })
    .collect();
    let container_statuses = containers
        .iter()
        .map(|c| container_status(&mut rng, c, started))
        .collect();
    Pod {
        type_meta: TypeMeta {
            kind: s("Pod"),
            api_version: s("v1"),
        },
        metadata,
        spec: PodSpec {
            volumes,
            containers,
            restart_policy: s("Always"),
            termination_grace_period_seconds: Some(30),
            dns_policy: s("ClusterFirst"),
            service_account_name: s(app),
            deprecated_service_account: s(app),
            node_name: s(node),
            security_context: Some(PodSecurityContext {
                run_as_user: Some(65532),
                fs_group: Some(65532),
                ..Default::default()
            }),
            scheduler_name: s("default-scheduler"),
            tolerations,
            priority: Some(0),
            enable_service_links: Some(true),
            preemption_policy: Some(s("PreemptLowerPriority")),
            ..Default::default()
        },
        status: PodStatus {
            phase: s("Running"),
            conditions,
            host_ip: s(host_ip.as_str()),
            host_ips: vec![HostIP { ip: s(host_ip) }],
            pod_ip: s(pod_ip.as_str()),
            pod_ips: vec![PodIP { ip: s(pod_ip) }],
            start_time: Some(started),
            container_statuses,
            qos_class: s("Burstable"),
            ..Default::default()
        },
    }
}

fn rng_image(seed: u64, salt: u64) -> &'static str {
    IMAGES[((seed.wrapping_mul(31).wrapping_add(salt)) % IMAGES.len() as u64) as usize]
}

/// A PodList of `n` sample pods (seeds `seed`, `seed + 1`, ...), as a LIST response: like
/// the API server's, its items carry no `kind`/`apiVersion`.
pub fn pod_list(n: usize, seed: u64) -> PodList {
    PodList {
        type_meta: TypeMeta {
            kind: s("PodList"),
            api_version: s("v1"),
        },
        metadata: ListMeta {
            resource_version: s((seed * 7919 + 123_456).to_string()),
            ..Default::default()
        },
        items: (0..n as u64)
            .map(|i| Pod {
                type_meta: TypeMeta::default(),
                ..pod(seed + i)
            })
            .collect(),
    }
}

/// A realistic Deployment whose template is a sample pod's spec.
pub fn deployment(seed: u64) -> Deployment {
    let p = pod(seed);
    let mut rng = Rng::new(seed ^ 0xd1);
    let app = p
        .metadata
        .labels
        .get("app.kubernetes.io/name")
        .cloned()
        .unwrap_or_default();
    let mut labels = p.metadata.labels.clone();
    labels.remove("pod-template-hash");
    let mut metadata = object_meta(&mut rng, app.clone(), &p.metadata.namespace, labels.clone());
    metadata.generation = rng.range(1, 40) as i64;
    metadata.annotations = str_map(&[("deployment.kubernetes.io/revision", "7".to_string())]);
    let selector: BTreeMap<Str, Str> = labels
        .iter()
        .filter(|(k, _)| {
            k.as_str() == "app.kubernetes.io/name" || k.as_str() == "app.kubernetes.io/instance"
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let now = time(&mut rng, EPOCH);
    Deployment {
        type_meta: TypeMeta {
            kind: s("Deployment"),
            api_version: s("apps/v1"),
        },
        metadata,
        spec: DeploymentSpec {
            replicas: Some(3),
            selector: Some(LabelSelector {
                match_labels: selector,
                match_expressions: Vec::new(),
            }),
            template: PodTemplateSpec {
                metadata: ObjectMeta {
                    labels,
                    ..Default::default()
                },
                spec: p.spec,
            },
            strategy: DeploymentStrategy {
                type_: s("RollingUpdate"),
                rolling_update: Some(RollingUpdateDeployment {
                    max_unavailable: Some(IntOrString::String(s("25%"))),
                    max_surge: Some(IntOrString::String(s("25%"))),
                }),
            },
            revision_history_limit: Some(10),
            progress_deadline_seconds: Some(600),
            ..Default::default()
        },
        status: DeploymentStatus {
            observed_generation: 7,
            replicas: 3,
            updated_replicas: 3,
            ready_replicas: 3,
            available_replicas: 3,
            conditions: vec![
                DeploymentCondition {
                    type_: s("Available"),
                    status: s("True"),
                    last_update_time: now,
                    last_transition_time: now,
                    reason: s("MinimumReplicasAvailable"),
                    message: s("Deployment has minimum availability."),
                },
                DeploymentCondition {
                    type_: s("Progressing"),
                    status: s("True"),
                    last_update_time: now,
                    last_transition_time: now,
                    reason: s("NewReplicaSetAvailable"),
                    message: s(format!(
                        "ReplicaSet \"{app}-7d9c6b5f4\" has successfully progressed."
                    )),
                },
            ],
            ..Default::default()
        },
    }
}

/// A realistic Node with capacity, conditions, addresses and a dozen images.
pub fn node(seed: u64) -> Node {
    let mut rng = Rng::new(seed ^ 0x70de);
    let name = format!("ip-10-0-{}-{}.ec2.internal", rng.below(256), rng.below(256));
    let labels = str_map(&[
        ("beta.kubernetes.io/arch", "amd64".to_string()),
        ("beta.kubernetes.io/os", "linux".to_string()),
        ("kubernetes.io/arch", "amd64".to_string()),
        ("kubernetes.io/hostname", name.clone()),
        ("kubernetes.io/os", "linux".to_string()),
        (
            "node.kubernetes.io/instance-type",
            "m6i.2xlarge".to_string(),
        ),
        ("topology.kubernetes.io/region", "us-east-1".to_string()),
        ("topology.kubernetes.io/zone", "us-east-1b".to_string()),
    ]);
    let mut metadata = object_meta(&mut rng, s(name.as_str()), "", labels);
    metadata.annotations = str_map(&[
        ("node.alpha.kubernetes.io/ttl", "0".to_string()),
        (
            "volumes.kubernetes.io/controller-managed-attach-detach",
            "true".to_string(),
        ),
    ]);
    metadata.managed_fields = managed_fields(&mut rng, "kubelet");
    let resources = |cpu: &str, mem: &str| -> BTreeMap<Str, Quantity> {
        [
            ("cpu", cpu),
            ("ephemeral-storage", "83873772Ki"),
            ("hugepages-2Mi", "0"),
            ("memory", mem),
            ("pods", "58"),
        ]
        .iter()
        .map(|(k, v)| (s(*k), q(v)))
        .collect()
    };
    let beat = time(&mut rng, EPOCH);
    let conditions = [
        ("MemoryPressure", "False", "KubeletHasSufficientMemory"),
        ("DiskPressure", "False", "KubeletHasNoDiskPressure"),
        ("PIDPressure", "False", "KubeletHasSufficientPID"),
        ("Ready", "True", "KubeletReady"),
    ]
    .iter()
    .map(|(t, st, reason)| NodeCondition {
        type_: s(*t),
        status: s(*st),
        last_heartbeat_time: beat,
        last_transition_time: beat,
        reason: s(*reason),
        message: s(format!("kubelet reports {t} is {st}")),
    })
    .collect();
    let images = (0..12)
        .map(|i| ContainerImage {
            names: vec![
                s(format!(
                    "{}@sha256:{}",
                    IMAGES[i % IMAGES.len()].split(':').next().unwrap(),
                    rng.hex(64)
                )),
                s(IMAGES[i % IMAGES.len()]),
            ],
            size_bytes: rng.range(5_000_000, 400_000_000) as i64,
        })
        .collect();
    Node {
        type_meta: TypeMeta {
            kind: s("Node"),
            api_version: s("v1"),
        },
        metadata,
        spec: NodeSpec {
            pod_cidr: s("10.244.1.0/24"),
            pod_cidrs: vec![s("10.244.1.0/24")],
            provider_id: s(format!("aws:///us-east-1b/i-{}", rng.hex(17))),
            ..Default::default()
        },
        status: NodeStatus {
            capacity: resources("8", "32386524Ki"),
            allocatable: resources("7910m", "31369692Ki"),
            conditions,
            addresses: vec![
                NodeAddress {
                    type_: s("InternalIP"),
                    address: s(format!("10.0.{}.{}", rng.below(256), rng.below(256))),
                },
                NodeAddress {
                    type_: s("Hostname"),
                    address: s(name),
                },
            ],
            daemon_endpoints: NodeDaemonEndpoints {
                kubelet_endpoint: DaemonEndpoint { port: 10250 },
            },
            node_info: NodeSystemInfo {
                machine_id: s(rng.hex(32)),
                system_uuid: s(rng.uid().to_uppercase()),
                boot_id: rng.uid(),
                kernel_version: s("6.1.112-124.190.amzn2023.x86_64"),
                os_image: s("Amazon Linux 2023.6.20241031"),
                container_runtime_version: s("containerd://1.7.23"),
                kubelet_version: s("v1.31.2-eks-94953ac"),
                kube_proxy_version: s("v1.31.2-eks-94953ac"),
                operating_system: s("linux"),
                architecture: s("amd64"),
                swap: None,
            },
            images,
            ..Default::default()
        },
    }
}

/// A realistic ClusterIP Service with two ports.
pub fn service(seed: u64) -> Service {
    let mut rng = Rng::new(seed ^ 0x5e7);
    let app = rng.pick(APPS);
    let labels = str_map(&[
        ("app.kubernetes.io/name", app.to_string()),
        ("app.kubernetes.io/managed-by", "Helm".to_string()),
    ]);
    let namespace = rng.pick(NAMESPACES);
    let metadata = object_meta(&mut rng, s(app), namespace, labels.clone());
    let ip = format!("10.96.{}.{}", rng.below(256), rng.below(256));
    Service {
        type_meta: TypeMeta {
            kind: s("Service"),
            api_version: s("v1"),
        },
        metadata,
        spec: ServiceSpec {
            ports: vec![
                ServicePort {
                    name: s("http"),
                    protocol: s("TCP"),
                    port: 80,
                    target_port: IntOrString::String(s("http")),
                    ..Default::default()
                },
                ServicePort {
                    name: s("metrics"),
                    protocol: s("TCP"),
                    port: 9090,
                    target_port: IntOrString::Int(9090),
                    ..Default::default()
                },
            ],
            selector: labels,
            cluster_ip: s(ip.as_str()),
            cluster_ips: vec![s(ip)],
            type_: s("ClusterIP"),
            session_affinity: s("None"),
            ip_families: vec![s("IPv4")],
            ip_family_policy: Some(s("SingleStack")),
            internal_traffic_policy: Some(s("Cluster")),
            ..Default::default()
        },
        status: ServiceStatus::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_deterministic_and_vary_by_seed() {
        assert_eq!(pod(1), pod(1));
        assert_ne!(pod(1), pod(2));
        assert_eq!(node(3), node(3));
    }

    #[test]
    fn pod_is_realistically_sized() {
        for seed in 0..20 {
            let n = kcodec::json::to_vec(&pod(seed)).len();
            assert!((7_000..=11_000).contains(&n), "seed {seed}: {n} bytes");
        }
    }

    #[test]
    fn samples_roundtrip_in_both_formats() {
        let list = pod_list(5, 9);
        let json = kcodec::json::to_vec(&list);
        assert_eq!(kcodec::json::from_slice::<PodList>(&json).unwrap(), list);
        let pb = kcodec::proto::to_vec(&list);
        let mut back: PodList = kcodec::proto::from_slice(&pb).unwrap();
        back.type_meta = list.type_meta.clone();
        assert_eq!(back, list);
        let d = deployment(4);
        let json = kcodec::json::to_vec(&d);
        assert_eq!(kcodec::json::from_slice::<Deployment>(&json).unwrap(), d);
        let n = node(5);
        assert_eq!(
            kcodec::json::from_slice::<Node>(&kcodec::json::to_vec(&n)).unwrap(),
            n
        );
        let svc = service(6);
        assert_eq!(
            kcodec::json::from_slice::<Service>(&kcodec::json::to_vec(&svc)).unwrap(),
            svc
        );
    }
}
