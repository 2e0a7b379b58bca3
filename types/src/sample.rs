//! Deterministic, realistic sample objects for the demo, tests and benchmarks.
//!
//! The shapes follow objects captured from real clusters (kube-apiserver 1.3x, containerd):
//! a Pod of a Deployment-managed workload has 2–4 containers (an application container and
//! sidecars), sometimes an init container, env vars (plain and from field/secret
//! references), probes, resources, volume mounts, a projected service-account token, a
//! Secret and a ConfigMap volume, tolerations, sometimes affinity, managed fields whose
//! `fieldsV1` describe the object's own fields, and a full running status — about 8–10 kB of
//! compact JSON for a typical pod (`pod(1)`: 9.2 kB), up to ~14 kB with four containers and
//! an init container.
//!
//! Every generator is a pure function of its seed (a tiny xorshift PRNG, no `rand`): the same
//! seed always gives the same object, different seeds vary names, counts and values.
//!
//! ```
//! use kcodec_types::sample;
//!
//! let pod = sample::pod(1);
//! assert_eq!(pod, sample::pod(1));
//! let json = kcodec::json::to_vec(&pod).unwrap();
//! assert!((8_000..=10_000).contains(&json.len()));
//! ```

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

// ---------------------------------------------------------------------------------------
// Randomness.

/// A small deterministic PRNG (xorshift64*), so samples need no `rand` dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut rng = Rng((seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d) | 1);
        // Mix the seed in, so that neighbouring seeds diverge from the first draw.
        for _ in 0..4 {
            rng.next();
        }
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// `n` lowercase hex digits.
    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from_digit(self.below(16) as u32, 16).unwrap_or('0'))
            .collect()
    }

    /// `n` characters of Kubernetes' "safe" alphabet (`rand.String`, name suffixes and
    /// `pod-template-hash`): no vowels, no look-alike digits.
    fn safe(&mut self, n: usize) -> String {
        const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
        (0..n)
            .map(|_| ALPHABET[self.below(ALPHABET.len() as u64) as usize] as char)
            .collect()
    }

    /// A version-4-shaped UUID, as Kubernetes' object UIDs.
    fn uid(&mut self) -> Str {
        let variant = self.pick(&['8', '9', 'a', 'b']);
        format!(
            "{}-{}-4{}-{variant}{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(3),
            self.hex(3),
            self.hex(12)
        )
        .into()
    }

    /// An IPv4 address in `prefix` (two or three octets given, e.g. `"10.244"`).
    fn ip(&mut self, prefix: &str) -> String {
        let mut ip = prefix.to_string();
        for _ in prefix.split('.').count()..4 {
            ip.push_str(&format!(".{}", self.range(1, 254)));
        }
        ip
    }
}

// ---------------------------------------------------------------------------------------
// Small helpers.

fn s(v: impl Into<Str>) -> Str {
    v.into()
}

fn q(v: &str) -> Quantity {
    Quantity::parse(v).expect("valid sample quantity")
}

fn str_map(pairs: &[(&str, String)]) -> BTreeMap<Str, Str> {
    pairs.iter().map(|(k, v)| (s(*k), s(v.as_str()))).collect()
}

/// Base of all sample timestamps: 2025-06-01T00:00:00Z.
const EPOCH: i64 = 1_748_736_000;

/// A time within 30 days after [`EPOCH`].
fn time(rng: &mut Rng) -> Time {
    Time::from_unix(EPOCH + rng.range(0, 86_400 * 30) as i64)
}

fn after(t: Time, secs: u64) -> Time {
    Time::from_unix(t.unix_seconds() + secs as i64)
}

fn token_volume_name(name: &str) -> bool {
    name.starts_with("kube-api-access-")
}

// ---------------------------------------------------------------------------------------
// `fieldsV1`: the field sets of server-side apply, built from the object they describe.

/// A node of a managed-fields set. Keys are kept sorted, as the API server writes them
/// (and as serde_json's map re-encodes them, which the benchmarks' equality checks rely on).
#[derive(Default)]
struct FieldSet(BTreeMap<String, FieldSet>);

impl FieldSet {
    /// The child `key`, created empty if missing.
    fn at(&mut self, key: impl Into<String>) -> &mut FieldSet {
        self.0.entry(key.into()).or_default()
    }

    /// The child `key`, owned as a whole (`".":{}`), created if missing.
    fn owned(&mut self, key: impl Into<String>) -> &mut FieldSet {
        let child = self.at(key);
        child.at(".");
        child
    }

    /// Leaf children `f:<name>` for each name.
    fn leaves(&mut self, names: &[&str]) -> &mut FieldSet {
        for n in names {
            self.at(format!("f:{n}"));
        }
        self
    }

    fn write(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('"');
            for c in k.chars() {
                if c == '"' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push_str("\":");
            v.write(out);
        }
        out.push('}');
    }

    fn into_fields_v1(self) -> FieldsV1 {
        let mut out = String::new();
        self.write(&mut out);
        FieldsV1::from_raw(out)
    }
}

/// The field set of a list element keyed by `key` = `value` (`k:{"name":"app"}`).
fn list_key(key: &str, value: &str) -> String {
    format!("k:{{\"{key}\":\"{value}\"}}")
}

fn container_fields(set: &mut FieldSet, c: &Container) {
    let f = set.owned(list_key("name", &c.name));
    f.leaves(&[
        "image",
        "imagePullPolicy",
        "name",
        "terminationMessagePath",
        "terminationMessagePolicy",
    ]);
    if !c.args.is_empty() {
        f.leaves(&["args"]);
    }
    if !c.command.is_empty() {
        f.leaves(&["command"]);
    }
    if !c.env.is_empty() {
        let env = f.owned("f:env");
        for e in &c.env {
            let var = env.owned(list_key("name", &e.name));
            var.leaves(&["name"]);
            if e.value_from.is_some() {
                var.owned("f:valueFrom");
            } else {
                var.leaves(&["value"]);
            }
        }
    }
    if !c.ports.is_empty() {
        f.leaves(&["ports"]);
    }
    f.leaves(&["resources"]);
    // Nested structs the controller set as a whole are listed without their members.
    if c.liveness_probe.is_some() {
        f.leaves(&["livenessProbe"]);
    }
    if c.readiness_probe.is_some() {
        f.leaves(&["readinessProbe"]);
    }
    if c.security_context.is_some() {
        f.leaves(&["securityContext"]);
    }
    // The token mount is added by admission, not by the controller.
    if c.volume_mounts.iter().any(|m| !token_volume_name(&m.name)) {
        f.leaves(&["volumeMounts"]);
    }
}

/// What `kube-controller-manager` owns in a Pod it created from a ReplicaSet's template.
fn pod_spec_fields(pod: &Pod) -> FieldsV1 {
    let mut root = FieldSet::default();
    let meta = root.at("f:metadata");
    meta.leaves(&["generateName"]);
    let annotations: Vec<&str> = pod
        .metadata
        .annotations
        .keys()
        .map(|k| k.as_str())
        .filter(|k| k.starts_with("checksum/") || k.starts_with("kubectl.kubernetes.io/"))
        .collect();
    if !annotations.is_empty() {
        meta.owned("f:annotations").leaves(&annotations);
    }
    let labels: Vec<&str> = pod.metadata.labels.keys().map(|k| k.as_str()).collect();
    meta.owned("f:labels").leaves(&labels);
    let owners = meta.owned("f:ownerReferences");
    for o in &pod.metadata.owner_references {
        owners.at(list_key("uid", &o.uid));
    }
    let spec = root.at("f:spec");
    if pod.spec.affinity.is_some() {
        spec.owned("f:affinity");
    }
    for c in &pod.spec.containers {
        container_fields(spec.at("f:containers"), c);
    }
    for c in &pod.spec.init_containers {
        container_fields(spec.at("f:initContainers"), c);
    }
    spec.leaves(&[
        "dnsPolicy",
        "enableServiceLinks",
        "restartPolicy",
        "schedulerName",
        "serviceAccount",
        "serviceAccountName",
        "terminationGracePeriodSeconds",
    ]);
    if !pod.spec.node_selector.is_empty() {
        spec.leaves(&["nodeSelector"]);
    }
    spec.owned("f:securityContext")
        .leaves(&["fsGroup", "runAsUser"]);
    let volumes = spec.owned("f:volumes");
    for v in pod
        .spec
        .volumes
        .iter()
        .filter(|v| !token_volume_name(&v.name))
    {
        let e = volumes.owned(list_key("name", &v.name));
        e.leaves(&["name"]);
        let src = &v.volume_source;
        if src.config_map.is_some() {
            e.leaves(&["configMap"]);
        } else if src.secret.is_some() {
            e.leaves(&["secret"]);
        } else if src.empty_dir.is_some() {
            e.leaves(&["emptyDir"]);
        }
    }
    root.into_fields_v1()
}

/// What the kubelet owns in a running Pod's status.
fn pod_status_fields(pod: &Pod) -> FieldsV1 {
    let mut root = FieldSet::default();
    let status = root.at("f:status");
    let conditions = status.at("f:conditions");
    for c in &pod.status.conditions {
        if c.type_.as_str() == "PodScheduled" {
            continue; // the scheduler's
        }
        conditions.owned(list_key("type", &c.type_)).leaves(&[
            "lastProbeTime",
            "lastTransitionTime",
            "status",
            "type",
        ]);
    }
    status.leaves(&["containerStatuses", "hostIP", "phase", "podIP", "startTime"]);
    if !pod.status.init_container_statuses.is_empty() {
        status.leaves(&["initContainerStatuses"]);
    }
    status.leaves(&["hostIPs"]);
    let pod_ips = status.owned("f:podIPs");
    for ip in &pod.status.pod_ips {
        pod_ips.owned(list_key("ip", &ip.ip)).leaves(&["ip"]);
    }
    root.into_fields_v1()
}

fn managed(manager: &str, at: Time, subresource: &str, fields: FieldsV1) -> ManagedFieldsEntry {
    ManagedFieldsEntry {
        manager: s(manager),
        operation: s("Update"),
        api_version: s("v1"),
        time: Some(at),
        fields_type: s("FieldsV1"),
        fields_v1: Some(fields),
        subresource: s(subresource),
    }
}

// ---------------------------------------------------------------------------------------
// Pod.

const APPS: &[&str] = &[
    "checkout",
    "payments",
    "frontend",
    "catalog",
    "search",
    "ledger",
    "notifier",
    "gateway",
    "inventory",
    "shipping",
];
const NAMESPACES: &[&str] = &["default", "shop", "payments", "platform", "observability"];
const COMPONENTS: &[&str] = &["backend", "api", "worker", "web"];

/// Sidecars: name, image, args, port (name, number), CPU request, memory request.
type Sidecar = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<(&'static str, i32)>,
    &'static str,
    &'static str,
);

const SIDECARS: &[Sidecar] = &[
    (
        "git-sync",
        "registry.k8s.io/git-sync/git-sync:v4.3.0",
        &[
            "--repo=https://github.com/example/shop-config",
            "--root=/git",
            "--period=60s",
            "--link=current",
        ],
        None,
        "10m",
        "32Mi",
    ),
    (
        "config-reloader",
        "ghcr.io/jimmidyson/configmap-reload:v0.14.0",
        &[
            "--volume-dir=/etc/app",
            "--webhook-url=http://127.0.0.1:8080/-/reload",
        ],
        Some(("reloader-web", 9533)),
        "5m",
        "16Mi",
    ),
    (
        "log-shipper",
        "cr.fluentbit.io/fluent/fluent-bit:3.1.9",
        &["--config=/fluent-bit/etc/fluent-bit.yaml"],
        Some(("http-fluentbit", 2020)),
        "50m",
        "64Mi",
    ),
    (
        "kube-rbac-proxy",
        "quay.io/brancz/kube-rbac-proxy:v0.18.1",
        &[
            "--secure-listen-address=0.0.0.0:8443",
            "--upstream=http://127.0.0.1:9090/",
            "--v=0",
        ],
        Some(("https-metrics", 8443)),
        "10m",
        "20Mi",
    ),
    (
        "cloud-sql-proxy",
        "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1",
        &[
            "--structured-logs",
            "--port=5432",
            "shop-prod:us-east1:orders",
        ],
        Some(("postgres", 5432)),
        "100m",
        "64Mi",
    ),
];

/// Names and values shared by the parts of one sample workload.
struct Workload {
    app: &'static str,
    namespace: &'static str,
    /// `pod-template-hash`.
    hash: String,
    /// The application's version, `2.x.y`.
    version: String,
    /// The projected service-account token volume, `kube-api-access-xxxxx`.
    token: String,
}

fn env_from_field(name: &str, path: &str) -> EnvVar {
    EnvVar {
        name: s(name),
        value_from: Some(EnvVarSource {
            field_ref: Some(ObjectFieldSelector {
                api_version: s("v1"),
                field_path: s(path),
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn env(rng: &mut Rng, w: &Workload) -> Vec<EnvVar> {
    let mut env = vec![
        env_from_field("POD_NAME", "metadata.name"),
        env_from_field("POD_NAMESPACE", "metadata.namespace"),
        EnvVar {
            name: s("DATABASE_PASSWORD"),
            value_from: Some(EnvVarSource {
                secret_key_ref: Some(SecretKeySelector {
                    local_object_reference: LocalObjectReference {
                        name: s(format!("{}-db", w.app)),
                    },
                    key: s("password"),
                    optional: None,
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
    ];
    let plain: [(&str, String); 10] = [
        (
            "LOG_LEVEL",
            rng.pick(&["info", "debug", "warn"]).to_string(),
        ),
        ("LOG_FORMAT", "json".to_string()),
        (
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            "http://otel-collector.observability.svc:4317".to_string(),
        ),
        ("OTEL_SERVICE_NAME", w.app.to_string()),
        ("GOMAXPROCS", rng.range(1, 4).to_string()),
        ("HTTP_PORT", "8080".to_string()),
        (
            "DATABASE_URL",
            format!(
                "postgres://{app}@{app}-db.{ns}.svc:5432/{app}?sslmode=require",
                app = w.app,
                ns = w.namespace
            ),
        ),
        (
            "FEATURE_FLAGS",
            "new-cart,fast-checkout,<beta>&experimental".to_string(),
        ),
        ("CACHE_TTL", format!("{}s", rng.pick(&[30, 60, 300, 900]))),
        ("TZ", "UTC".to_string()),
    ];
    let n = rng.range(2, 6) as usize;
    env.extend(plain.into_iter().take(n).map(|(k, v)| EnvVar {
        name: s(k),
        value: s(v),
        value_from: None,
    }));
    env
}

fn http_probe(path: &str, port: IntOrString, initial: i32, period: i32) -> Probe {
    Probe {
        probe_handler: ProbeHandler {
            http_get: Some(HTTPGetAction {
                path: s(path),
                port,
                scheme: s("HTTP"),
                ..Default::default()
            }),
            ..Default::default()
        },
        initial_delay_seconds: initial,
        timeout_seconds: 1,
        period_seconds: period,
        success_threshold: 1,
        failure_threshold: 3,
        termination_grace_period_seconds: None,
    }
}

fn resources(cpu: &str, memory: &str, memory_limit: &str) -> ResourceRequirements {
    ResourceRequirements {
        limits: [(s("memory"), q(memory_limit))].into_iter().collect(),
        requests: [(s("cpu"), q(cpu)), (s("memory"), q(memory))]
            .into_iter()
            .collect(),
        claims: Vec::new(),
    }
}

fn restricted_security_context() -> SecurityContext {
    SecurityContext {
        capabilities: Some(Capabilities {
            add: Vec::new(),
            drop: vec![s("ALL")],
        }),
        run_as_non_root: Some(true),
        read_only_root_filesystem: Some(true),
        allow_privilege_escalation: Some(false),
        ..Default::default()
    }
}

fn mount(name: &str, path: &str, read_only: bool) -> VolumeMount {
    VolumeMount {
        name: s(name),
        read_only,
        mount_path: s(path),
        ..Default::default()
    }
}

fn token_mount(w: &Workload) -> VolumeMount {
    mount(
        &w.token,
        "/var/run/secrets/kubernetes.io/serviceaccount",
        true,
    )
}

/// The application container: env, two or three ports, probes, mounts.
fn app_container(rng: &mut Rng, w: &Workload) -> Container {
    let mut ports = vec![
        ContainerPort {
            name: s("http"),
            container_port: 8080,
            protocol: s("TCP"),
            ..Default::default()
        },
        ContainerPort {
            name: s("metrics"),
            container_port: 9090,
            protocol: s("TCP"),
            ..Default::default()
        },
    ];
    if rng.chance(40) {
        ports.push(ContainerPort {
            name: s("grpc"),
            container_port: 9000,
            protocol: s("TCP"),
            ..Default::default()
        });
    }
    Container {
        name: s("app"),
        image: s(format!("ghcr.io/example-shop/{}:v{}", w.app, w.version)),
        args: vec![
            s("--config=/etc/app/config.yaml"),
            s(format!("--service-name={}", w.app)),
            s("--listen=:8080"),
        ],
        ports,
        env: env(rng, w),
        resources: resources(
            rng.pick(&["100m", "250m", "500m"]),
            rng.pick(&["128Mi", "256Mi", "512Mi"]),
            rng.pick(&["512Mi", "1Gi"]),
        ),
        volume_mounts: vec![
            mount("config", "/etc/app", true),
            mount("tls", "/etc/tls", true),
            mount("tmp", "/tmp", false),
            token_mount(w),
        ],
        // Probe ports as Kubernetes allows them: a port name or a number.
        liveness_probe: Some(http_probe(
            "/healthz",
            IntOrString::String(s("http")),
            10,
            10,
        )),
        readiness_probe: Some(http_probe(
            "/readyz",
            IntOrString::Int(8080),
            rng.range(0, 5) as i32,
            5,
        )),
        termination_message_path: s("/dev/termination-log"),
        termination_message_policy: s("File"),
        image_pull_policy: s("IfNotPresent"),
        security_context: Some(restricted_security_context()),
        ..Default::default()
    }
}

fn sidecar_container(w: &Workload, sidecar: Sidecar) -> Container {
    let (name, image, args, port, cpu, memory) = sidecar;
    Container {
        name: s(name),
        image: s(image),
        args: args.iter().map(|a| s(*a)).collect(),
        ports: port
            .map(|(port_name, number)| ContainerPort {
                name: s(port_name),
                container_port: number,
                protocol: s("TCP"),
                ..Default::default()
            })
            .into_iter()
            .collect(),
        resources: resources(cpu, memory, "128Mi"),
        volume_mounts: vec![token_mount(w)],
        termination_message_path: s("/dev/termination-log"),
        termination_message_policy: s("FallbackToLogsOnError"),
        image_pull_policy: s("IfNotPresent"),
        // The log shipper reads host-owned files, so it runs without the restrictions.
        security_context: (name != "log-shipper").then(restricted_security_context),
        ..Default::default()
    }
}

fn init_container(w: &Workload) -> Container {
    Container {
        name: s("wait-for-db"),
        image: s("docker.io/library/busybox:1.36.1"),
        command: vec![
            s("sh"),
            s("-c"),
            s(format!(
                "until nc -z {}-db 5432; do echo waiting for db; sleep 2; done",
                w.app
            )),
        ],
        resources: resources("10m", "16Mi", "32Mi"),
        volume_mounts: vec![token_mount(w)],
        termination_message_path: s("/dev/termination-log"),
        termination_message_policy: s("File"),
        image_pull_policy: s("IfNotPresent"),
        ..Default::default()
    }
}

fn volumes(rng: &mut Rng, w: &Workload) -> Vec<Volume> {
    vec![
        Volume {
            name: s("config"),
            volume_source: VolumeSource {
                config_map: Some(Box::new(ConfigMapVolumeSource {
                    local_object_reference: LocalObjectReference {
                        name: s(format!("{}-config", w.app)),
                    },
                    default_mode: Some(420),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
        Volume {
            name: s("tls"),
            volume_source: VolumeSource {
                secret: Some(Box::new(SecretVolumeSource {
                    secret_name: s(format!("{}-tls", w.app)),
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
                    size_limit: rng.chance(50).then(|| q("64Mi")),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
        Volume {
            name: s(w.token.as_str()),
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
                        VolumeProjection {
                            downward_api: Some(DownwardAPIProjection {
                                items: vec![DownwardAPIVolumeFile {
                                    path: s("namespace"),
                                    field_ref: Some(ObjectFieldSelector {
                                        api_version: s("v1"),
                                        field_path: s("metadata.namespace"),
                                    }),
                                    ..Default::default()
                                }],
                            }),
                            ..Default::default()
                        },
                    ]
                    .into(),
                    default_mode: Some(420),
                    ..Default::default()
                })),
                ..Default::default()
            },
        },
    ]
}

fn affinity(rng: &mut Rng, w: &Workload) -> Affinity {
    let node_affinity = rng.chance(50).then(|| NodeAffinity {
        required_during_scheduling_ignored_during_execution: Some(NodeSelector {
            node_selector_terms: vec![NodeSelectorTerm {
                match_expressions: vec![NodeSelectorRequirement {
                    key: s("kubernetes.io/arch"),
                    operator: s("In"),
                    values: vec![s("amd64"), s("arm64")],
                }],
                match_fields: Vec::new(),
            }]
            .into(),
        }),
        ..Default::default()
    });
    Affinity {
        node_affinity,
        pod_affinity: None,
        pod_anti_affinity: Some(PodAntiAffinity {
            preferred_during_scheduling_ignored_during_execution: vec![WeightedPodAffinityTerm {
                weight: 100,
                pod_affinity_term: PodAffinityTerm {
                    label_selector: Some(LabelSelector {
                        match_labels: str_map(&[
                            ("app.kubernetes.io/instance", format!("{}-prod", w.app)),
                            ("app.kubernetes.io/name", w.app.to_string()),
                        ]),
                        match_expressions: Vec::new(),
                    }),
                    topology_key: s("kubernetes.io/hostname"),
                    ..Default::default()
                },
            }],
            ..Default::default()
        }),
    }
}

/// The image's digest reference, `repo@sha256:…`: a function of the image name, so every
/// pod and node running an image reports the same digest, as in a real cluster.
fn image_id(image: &str) -> Str {
    // FNV-1a of the name seeds the digest.
    let hash = image.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let repo = image.rsplit_once(':').map_or(image, |(repo, _)| repo);
    s(format!("{repo}@sha256:{}", Rng::new(hash).hex(64)))
}

fn container_status(rng: &mut Rng, c: &Container, started: Time) -> ContainerStatus {
    let restart_count = if rng.chance(20) {
        rng.range(1, 4) as i32
    } else {
        0
    };
    let container_id = s(format!("containerd://{}", rng.hex(64)));
    let mut running_since = after(started, rng.range(2, 20));
    let mut last_termination_state = ContainerState::default();
    if restart_count > 0 {
        // The previous run ended; the current one started after it.
        let (exit_code, reason) = rng.pick(&[(137, "OOMKilled"), (1, "Error"), (2, "Error")]);
        let finished = after(running_since, rng.range(600, 86_400));
        last_termination_state.terminated = Some(ContainerStateTerminated {
            exit_code,
            reason: s(reason),
            started_at: running_since,
            finished_at: finished,
            container_id: s(format!("containerd://{}", rng.hex(64))),
            ..Default::default()
        });
        running_since = after(finished, 1);
    }
    ContainerStatus {
        name: c.name.clone(),
        state: ContainerState {
            running: Some(ContainerStateRunning {
                started_at: running_since,
            }),
            ..Default::default()
        },
        last_state: last_termination_state,
        ready: true,
        restart_count,
        image: c.image.clone(),
        image_id: image_id(&c.image),
        container_id,
        started: Some(true),
        ..Default::default()
    }
}

fn init_container_status(rng: &mut Rng, c: &Container, started: Time) -> ContainerStatus {
    let container_id = s(format!("containerd://{}", rng.hex(64)));
    ContainerStatus {
        name: c.name.clone(),
        state: ContainerState {
            terminated: Some(ContainerStateTerminated {
                exit_code: 0,
                reason: s("Completed"),
                started_at: after(started, 1),
                finished_at: after(started, rng.range(2, 9)),
                container_id: container_id.clone(),
                ..Default::default()
            }),
            ..Default::default()
        },
        ready: true,
        restart_count: 0,
        image: c.image.clone(),
        image_id: image_id(&c.image),
        container_id,
        started: Some(false),
        ..Default::default()
    }
}

fn pod_conditions(rng: &mut Rng, started: Time) -> Vec<PodCondition> {
    let initialized = after(started, rng.range(0, 9));
    let ready = after(initialized, rng.range(3, 40));
    [
        ("PodReadyToStartContainers", after(started, 1)),
        ("Initialized", initialized),
        ("Ready", ready),
        ("ContainersReady", ready),
        ("PodScheduled", started),
    ]
    .into_iter()
    .map(|(t, at)| PodCondition {
        type_: s(t),
        status: s("True"),
        last_transition_time: at,
        ..Default::default()
    })
    .collect()
}

/// A realistic Pod of a Deployment-managed workload: about 8–10 kB of compact JSON (more
/// with four containers and an init container), `Running`, with managed fields.
///
/// The same seed always gives the same Pod.
pub fn pod(seed: u64) -> Pod {
    let mut rng = Rng::new(seed);
    let w = Workload {
        app: rng.pick(APPS),
        namespace: rng.pick(NAMESPACES),
        hash: rng.safe(10),
        version: format!("2.{}.{}", rng.below(20), rng.below(10)),
        token: format!("kube-api-access-{}", rng.safe(5)),
    };
    let app = w.app;

    // Metadata.
    let mut labels = str_map(&[
        ("app.kubernetes.io/name", app.to_string()),
        ("app.kubernetes.io/instance", format!("{app}-prod")),
        ("app.kubernetes.io/version", w.version.clone()),
        ("app.kubernetes.io/managed-by", "Helm".to_string()),
        ("pod-template-hash", w.hash.clone()),
    ]);
    if rng.chance(60) {
        labels.insert(s("app.kubernetes.io/component"), s(rng.pick(COMPONENTS)));
    }
    if rng.chance(50) {
        labels.insert(s("app.kubernetes.io/part-of"), s("shop"));
    }
    if rng.chance(50) {
        labels.insert(s("helm.sh/chart"), s(format!("{app}-{}", w.version)));
    }
    let created = time(&mut rng);
    let mut annotations = str_map(&[("checksum/config", rng.hex(64))]);
    let optional_annotations = [
        ("kubectl.kubernetes.io/default-container", "app".to_string()),
        ("prometheus.io/scrape", "true".to_string()),
        ("prometheus.io/port", "9090".to_string()),
        (
            "kubectl.kubernetes.io/restartedAt",
            after(created, rng.range(0, 3_600)).to_string(),
        ),
    ];
    let n_annotations = 1 + usize::from(rng.chance(30)) * (1 + usize::from(rng.chance(30)));
    let first = rng.below(optional_annotations.len() as u64) as usize;
    for i in 0..n_annotations {
        let (k, v) = &optional_annotations[(first + i) % optional_annotations.len()];
        annotations.insert(s(*k), s(v.as_str()));
    }
    let owner = OwnerReference {
        api_version: s("apps/v1"),
        kind: s("ReplicaSet"),
        name: s(format!("{app}-{}", w.hash)),
        uid: rng.uid(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    };
    let metadata = ObjectMeta {
        name: s(format!("{app}-{}-{}", w.hash, rng.safe(5))),
        generate_name: s(format!("{app}-{}-", w.hash)),
        namespace: s(w.namespace),
        uid: rng.uid(),
        resource_version: s(rng.range(100_000, 99_999_999).to_string()),
        generation: 1,
        creation_timestamp: created,
        labels,
        annotations,
        owner_references: vec![owner],
        ..Default::default()
    };

    // Spec.
    let mut containers = vec![app_container(&mut rng, &w)];
    // One sidecar usually, two or three less often.
    let n_sidecars = 1 + usize::from(rng.chance(25)) * (1 + usize::from(rng.chance(35)));
    let first = rng.below(SIDECARS.len() as u64) as usize;
    for i in 0..n_sidecars {
        containers.push(sidecar_container(
            &w,
            SIDECARS[(first + i) % SIDECARS.len()],
        ));
    }
    let init_containers = if rng.chance(20) {
        vec![init_container(&w)]
    } else {
        Vec::new()
    };
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
    let spec = PodSpec {
        volumes: volumes(&mut rng, &w),
        init_containers,
        containers: containers.into(),
        restart_policy: s("Always"),
        termination_grace_period_seconds: Some(rng.pick(&[30, 60])),
        dns_policy: s("ClusterFirst"),
        node_selector: if rng.chance(40) {
            str_map(&[("kubernetes.io/os", "linux".to_string())])
        } else {
            BTreeMap::new()
        },
        service_account_name: s(app),
        service_account: s(app),
        node_name: s(format!(
            "ip-10-0-{}-{}.ec2.internal",
            rng.below(256),
            rng.below(256)
        )),
        security_context: Some(PodSecurityContext {
            run_as_user: Some(65532),
            fs_group: Some(65532),
            ..Default::default()
        }),
        affinity: rng.chance(40).then(|| affinity(&mut rng, &w)),
        scheduler_name: s("default-scheduler"),
        tolerations,
        priority: Some(0),
        enable_service_links: Some(true),
        preemption_policy: Some(s("PreemptLowerPriority")),
        ..Default::default()
    };

    // Status.
    let started = after(created, rng.range(0, 3));
    let host_ip = rng.ip("10.0");
    let pod_ip = rng.ip("10.244");
    let init_container_statuses = spec
        .init_containers
        .iter()
        .map(|c| init_container_status(&mut rng, c, started))
        .collect();
    let container_statuses = spec
        .containers
        .iter()
        .map(|c| container_status(&mut rng, c, started))
        .collect();
    let status = PodStatus {
        phase: s("Running"),
        conditions: pod_conditions(&mut rng, started),
        host_ip: s(host_ip.as_str()),
        host_ips: vec![HostIP { ip: s(host_ip) }],
        pod_ip: s(pod_ip.as_str()),
        pod_ips: vec![PodIP { ip: s(pod_ip) }],
        start_time: Some(started),
        init_container_statuses,
        container_statuses,
        qos_class: s("Burstable"),
        ..Default::default()
    };

    let mut pod = Pod {
        type_meta: TypeMeta {
            kind: s("Pod"),
            api_version: s("v1"),
        },
        metadata,
        spec,
        status,
    };
    let spec_fields = pod_spec_fields(&pod);
    let status_fields = pod_status_fields(&pod);
    pod.metadata.managed_fields = vec![
        managed("kube-controller-manager", created, "", spec_fields),
        managed(
            "kubelet",
            after(started, rng.range(10, 60)),
            "status",
            status_fields,
        ),
    ];
    pod
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
            resource_version: s(seed.wrapping_mul(7919).wrapping_add(123_456).to_string()),
            ..Default::default()
        },
        items: (0..n as u64)
            .map(|i| Pod {
                type_meta: TypeMeta::default(),
                ..pod(seed.wrapping_add(i))
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// Deployment, Node, Service.

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
        creation_timestamp: time(rng),
        labels,
        ..Default::default()
    }
}

/// A realistic Deployment whose pod template is the spec of [`pod`]`(seed)` without what
/// the scheduler and admission add to pods (node name, token volume, default tolerations,
/// priority).
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
    let revision = rng.range(1, 40);
    metadata.generation = revision as i64;
    metadata.annotations = str_map(&[
        ("deployment.kubernetes.io/revision", revision.to_string()),
        ("meta.helm.sh/release-name", format!("{app}-prod")),
        (
            "meta.helm.sh/release-namespace",
            p.metadata.namespace.to_string(),
        ),
    ]);
    let selector: BTreeMap<Str, Str> = labels
        .iter()
        .filter(|(k, _)| {
            k.as_str() == "app.kubernetes.io/name" || k.as_str() == "app.kubernetes.io/instance"
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    let mut spec = p.spec;
    spec.node_name = Str::default();
    spec.tolerations.clear();
    spec.priority = None;
    spec.preemption_policy = None;
    spec.volumes.retain(|v| !token_volume_name(&v.name));
    for c in spec
        .containers
        .iter_mut()
        .chain(spec.init_containers.iter_mut())
    {
        c.volume_mounts.retain(|m| !token_volume_name(&m.name));
    }
    let template_annotations = p
        .metadata
        .annotations
        .iter()
        .filter(|(k, _)| k.starts_with("checksum/") || k.starts_with("kubectl.kubernetes.io/"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    let replicas = rng.range(2, 6) as i32;
    let now = time(&mut rng);
    Deployment {
        type_meta: TypeMeta {
            kind: s("Deployment"),
            api_version: s("apps/v1"),
        },
        metadata,
        spec: DeploymentSpec {
            replicas: Some(replicas),
            selector: Some(LabelSelector {
                match_labels: selector,
                match_expressions: Vec::new(),
            }),
            template: PodTemplateSpec {
                metadata: ObjectMeta {
                    labels,
                    annotations: template_annotations,
                    ..Default::default()
                },
                spec,
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
            observed_generation: revision as i64,
            replicas,
            updated_replicas: replicas,
            ready_replicas: replicas,
            available_replicas: replicas,
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
                        "ReplicaSet \"{app}-{}\" has successfully progressed.",
                        p.metadata
                            .labels
                            .get("pod-template-hash")
                            .map_or("", |h| h.as_str())
                    )),
                },
            ],
            ..Default::default()
        },
    }
}

/// Images a node has pulled (name with tag; the digest form is generated).
const NODE_IMAGES: &[&str] = &[
    "registry.k8s.io/coredns/coredns:v1.11.3",
    "registry.k8s.io/kube-proxy:v1.31.2",
    "registry.k8s.io/pause:3.10",
    "registry.k8s.io/metrics-server/metrics-server:v0.7.2",
    "registry.k8s.io/ingress-nginx/controller:v1.11.3",
    "registry.k8s.io/git-sync/git-sync:v4.3.0",
    "docker.io/library/nginx:1.27.2-alpine",
    "docker.io/library/busybox:1.36.1",
    "quay.io/prometheus/node-exporter:v1.8.2",
    "quay.io/brancz/kube-rbac-proxy:v0.18.1",
    "cr.fluentbit.io/fluent/fluent-bit:3.1.9",
    "gcr.io/distroless/static-debian12:nonroot",
];

/// A realistic Node (EKS-style) with capacity, conditions, addresses and a dozen images.
pub fn node(seed: u64) -> Node {
    let mut rng = Rng::new(seed ^ 0x70de);
    let name = format!("ip-10-0-{}-{}.ec2.internal", rng.below(256), rng.below(256));
    let zone = rng.pick(&["us-east-1a", "us-east-1b", "us-east-1c"]);
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
        ("topology.kubernetes.io/zone", zone.to_string()),
    ]);
    let mut metadata = object_meta(&mut rng, s(name.as_str()), "", labels);
    metadata.annotations = str_map(&[
        ("node.alpha.kubernetes.io/ttl", "0".to_string()),
        (
            "volumes.kubernetes.io/controller-managed-attach-detach",
            "true".to_string(),
        ),
    ]);
    let resources = |cpu: &str, mem: &str| -> BTreeMap<Str, Quantity> {
        [
            ("cpu", cpu),
            ("ephemeral-storage", "83873772Ki"),
            ("hugepages-1Gi", "0"),
            ("hugepages-2Mi", "0"),
            ("memory", mem),
            ("pods", "58"),
        ]
        .iter()
        .map(|(k, v)| (s(*k), q(v)))
        .collect()
    };
    let booted = time(&mut rng);
    let beat = after(booted, rng.range(3_600, 86_400 * 10));
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
        last_transition_time: after(booted, 30),
        reason: s(*reason),
        message: s(match *t {
            "Ready" => "kubelet is posting ready status".to_string(),
            "MemoryPressure" => "kubelet has sufficient memory available".to_string(),
            "DiskPressure" => "kubelet has no disk pressure".to_string(),
            _ => "kubelet has sufficient PID available".to_string(),
        }),
    })
    .collect();
    let images = NODE_IMAGES
        .iter()
        .map(|image| ContainerImage {
            names: vec![image_id(image), s(*image)].into(),
            size_bytes: rng.range(300_000, 120_000_000) as i64,
        })
        .collect();
    let mut status_fields = FieldSet::default();
    let st = status_fields.at("f:status");
    let cond = st.at("f:conditions");
    for t in ["DiskPressure", "MemoryPressure", "PIDPressure", "Ready"] {
        cond.at(list_key("type", t)).leaves(&[
            "lastHeartbeatTime",
            "lastTransitionTime",
            "message",
            "reason",
            "status",
        ]);
    }
    st.leaves(&["images", "nodeInfo"]);
    let mut meta_fields = FieldSet::default();
    let m = meta_fields.at("f:metadata");
    m.owned("f:annotations").leaves(&[
        "node.alpha.kubernetes.io/ttl",
        "volumes.kubernetes.io/controller-managed-attach-detach",
    ]);
    let label_keys: Vec<&str> = metadata.labels.keys().map(|k| k.as_str()).collect();
    m.owned("f:labels").leaves(&label_keys);
    meta_fields
        .at("f:spec")
        .leaves(&["podCIDR", "podCIDRs", "providerID"]);
    metadata.managed_fields = vec![
        managed("kubelet", booted, "", meta_fields.into_fields_v1()),
        managed("kubelet", beat, "status", status_fields.into_fields_v1()),
    ];
    let pod_cidr = format!("10.244.{}.0/24", rng.below(256));
    Node {
        type_meta: TypeMeta {
            kind: s("Node"),
            api_version: s("v1"),
        },
        metadata,
        spec: NodeSpec {
            pod_cidr: s(pod_cidr.as_str()),
            pod_cidrs: vec![s(pod_cidr)],
            provider_id: s(format!("aws:///{zone}/i-{}", rng.hex(17))),
            ..Default::default()
        },
        status: NodeStatus {
            capacity: resources("8", "32386524Ki"),
            allocatable: resources("7910m", "31369692Ki"),
            conditions,
            addresses: vec![
                NodeAddress {
                    type_: s("InternalIP"),
                    address: s(rng.ip("10.0")),
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

/// A realistic ClusterIP Service with two ports, installed by Helm.
pub fn service(seed: u64) -> Service {
    let mut rng = Rng::new(seed ^ 0x5e7);
    let app = rng.pick(APPS);
    let labels = str_map(&[
        ("app.kubernetes.io/name", app.to_string()),
        ("app.kubernetes.io/instance", format!("{app}-prod")),
        ("app.kubernetes.io/managed-by", "Helm".to_string()),
    ]);
    let namespace = rng.pick(NAMESPACES);
    let mut metadata = object_meta(&mut rng, s(app), namespace, labels.clone());
    metadata.annotations = str_map(&[
        ("meta.helm.sh/release-name", format!("{app}-prod")),
        ("meta.helm.sh/release-namespace", namespace.to_string()),
    ]);
    let mut fields = FieldSet::default();
    let m = fields.at("f:metadata");
    m.owned("f:annotations").leaves(&[
        "meta.helm.sh/release-name",
        "meta.helm.sh/release-namespace",
    ]);
    let label_keys: Vec<&str> = labels.keys().map(|k| k.as_str()).collect();
    m.owned("f:labels").leaves(&label_keys);
    let spec_fields = fields.at("f:spec");
    spec_fields.leaves(&[
        "internalTrafficPolicy",
        "selector",
        "sessionAffinity",
        "type",
    ]);
    let ports = spec_fields.owned("f:ports");
    for port in [80, 9090] {
        ports
            .owned(format!("k:{{\"port\":{port},\"protocol\":\"TCP\"}}"))
            .leaves(&["name", "port", "protocol", "targetPort"]);
    }
    metadata.managed_fields = vec![ManagedFieldsEntry {
        manager: s("helm"),
        operation: s("Update"),
        api_version: s("v1"),
        time: Some(metadata.creation_timestamp),
        fields_type: s("FieldsV1"),
        fields_v1: Some(fields.into_fields_v1()),
        subresource: Str::default(),
    }];
    let selector = labels
        .iter()
        .filter(|(k, _)| k.as_str() != "app.kubernetes.io/managed-by")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let ip = rng.ip("10.96");
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
            selector,
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
    use kcodec::proto::ProtoMessage;
    use kcodec::{JsonDecode, JsonEncode};

    /// JSON (compact and pretty) and protobuf round trips give back the same object.
    /// Protobuf carries no kind/apiVersion (the envelope does), so they are restored first.
    fn assert_round_trips<T>(value: &T, type_meta: impl Fn(&mut T))
    where
        T: JsonEncode + JsonDecode + ProtoMessage + PartialEq + std::fmt::Debug,
    {
        let json = kcodec::json::to_vec(value).unwrap();
        assert_eq!(&kcodec::json::from_slice::<T>(&json).unwrap(), value);
        let pretty = kcodec::json::to_vec_pretty(value).unwrap();
        assert_eq!(&kcodec::json::from_slice::<T>(&pretty).unwrap(), value);
        let pb = kcodec::proto::to_vec(value);
        let mut back: T = kcodec::proto::from_slice(&pb).unwrap();
        type_meta(&mut back);
        assert_eq!(&back, value);
        assert_eq!(kcodec::proto::to_vec(&back), pb);
    }

    #[test]
    fn samples_are_deterministic_and_vary_by_seed() {
        for seed in [0, 1, 2, 42, u64::MAX] {
            assert_eq!(pod(seed), pod(seed));
            assert_eq!(deployment(seed), deployment(seed));
            assert_eq!(node(seed), node(seed));
            assert_eq!(service(seed), service(seed));
        }
        assert_eq!(pod_list(10, 7), pod_list(10, 7));
        assert_ne!(pod(1), pod(2));
        assert_ne!(node(1), node(2));
        let list = pod_list(50, 42);
        let names: std::collections::BTreeSet<_> =
            list.items.iter().map(|p| p.metadata.name.clone()).collect();
        assert_eq!(names.len(), 50, "pod names repeat");
        let sizes: std::collections::BTreeSet<_> = list
            .items
            .iter()
            .map(|p| kcodec::json::to_vec(p).unwrap().len())
            .collect();
        assert!(sizes.len() > 10, "pods hardly vary: {sizes:?}");
    }

    #[test]
    fn pod_1_is_8_to_10_kb_of_compact_json() {
        let n = kcodec::json::to_vec(&pod(1)).unwrap().len();
        assert!((8_000..=10_000).contains(&n), "pod(1): {n} bytes");
        // Two containers are typical; four containers and an init container make the
        // largest pods.
        for seed in 0..300 {
            let n = kcodec::json::to_vec(&pod(seed)).unwrap().len();
            assert!((7_500..=15_000).contains(&n), "pod({seed}): {n} bytes");
        }
        let list = pod_list(200, 42);
        let mean = kcodec::json::to_vec(&list).unwrap().len() / 200;
        assert!((8_500..=10_500).contains(&mean), "mean pod: {mean} bytes");
    }

    #[test]
    fn pods_have_the_shape_of_real_ones() {
        let (mut init, mut affinity, mut restarted) = (0, 0, 0);
        let mut container_counts = std::collections::BTreeSet::new();
        for seed in 0..100 {
            let p = pod(seed);
            let m = &p.metadata;
            assert!(m.name.starts_with(m.generate_name.as_str()));
            assert_eq!(m.uid.len(), 36);
            assert!((5..=8).contains(&m.labels.len()), "{:?}", m.labels);
            assert!(
                (2..=4).contains(&m.annotations.len()),
                "{:?}",
                m.annotations
            );
            assert_eq!(m.owner_references[0].controller, Some(true));
            assert_eq!(m.managed_fields.len(), 2);
            container_counts.insert(p.spec.containers.len());
            let env = &p.spec.containers[0].env;
            assert!((5..=15).contains(&env.len()), "{} env vars", env.len());
            // One token volume, mounted under the same name by every container.
            let token = &p.spec.volumes.last().unwrap().name;
            assert!(token_volume_name(token));
            for c in p.spec.containers.iter().chain(&p.spec.init_containers) {
                assert!(
                    c.volume_mounts.iter().any(|m| m.name == *token),
                    "{}",
                    c.name
                );
            }
            assert_eq!(p.status.conditions.len(), 5);
            assert_eq!(p.status.container_statuses.len(), p.spec.containers.len());
            assert_eq!(
                p.status.init_container_statuses.len(),
                p.spec.init_containers.len()
            );
            init += usize::from(!p.spec.init_containers.is_empty());
            affinity += usize::from(p.spec.affinity.is_some());
            restarted += usize::from(
                p.status
                    .container_statuses
                    .iter()
                    .any(|c| c.restart_count > 0),
            );
        }
        assert_eq!(container_counts, [2, 3, 4].into_iter().collect());
        for (what, n) in [
            ("init", init),
            ("affinity", affinity),
            ("restarts", restarted),
        ] {
            assert!((10..=90).contains(&n), "{what}: {n} of 100 pods");
        }
    }

    #[test]
    fn managed_fields_are_sorted_compact_json_objects() {
        for seed in 0..20 {
            let p = pod(seed);
            for (i, e) in p.metadata.managed_fields.iter().enumerate() {
                let raw = &e.fields_v1.as_ref().unwrap().raw;
                // Valid JSON, and already in the form the decoder stores (compact).
                let back: FieldsV1 = kcodec::json::from_slice(raw).unwrap();
                assert_eq!(&back.raw, raw);
                let text = std::str::from_utf8(raw).unwrap();
                let root = if i == 0 {
                    "{\"f:metadata\":"
                } else {
                    "{\"f:status\":"
                };
                assert!(text.starts_with(root), "{text}");
            }
            let spec =
                std::str::from_utf8(&p.metadata.managed_fields[0].fields_v1.as_ref().unwrap().raw)
                    .unwrap()
                    .to_string();
            assert!(spec.contains(&format!(
                "k:{{\\\"uid\\\":\\\"{}\\\"}}",
                p.metadata.owner_references[0].uid
            )));
            assert!(spec.contains("\"f:spec\":{"));
        }
    }

    #[test]
    fn samples_round_trip_in_both_formats() {
        for seed in 0..10 {
            let p = pod(seed);
            assert_round_trips(&p, |b: &mut Pod| b.type_meta = p.type_meta.clone());
        }
        let list = pod_list(20, 9);
        assert_round_trips(&list, |b: &mut PodList| {
            b.type_meta = list.type_meta.clone()
        });
        let d = deployment(4);
        assert_round_trips(&d, |b: &mut Deployment| b.type_meta = d.type_meta.clone());
        let n = node(5);
        assert_round_trips(&n, |b: &mut Node| b.type_meta = n.type_meta.clone());
        let svc = service(6);
        assert_round_trips(&svc, |b: &mut Service| b.type_meta = svc.type_meta.clone());
    }

    #[test]
    fn deployment_template_has_no_admission_fields() {
        let d = deployment(3);
        let spec = &d.spec.template.spec;
        assert!(spec.node_name.is_empty() && spec.tolerations.is_empty());
        assert!(spec.volumes.iter().all(|v| !token_volume_name(&v.name)));
        assert!(!d
            .spec
            .template
            .metadata
            .labels
            .contains_key("pod-template-hash"));
        let selector = &d.spec.selector.as_ref().unwrap().match_labels;
        assert!(selector
            .iter()
            .all(|(k, v)| d.spec.template.metadata.labels.get(k) == Some(v)));
    }
}
