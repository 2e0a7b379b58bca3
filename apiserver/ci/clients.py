#!/usr/bin/env python3
"""Real clients against a running kcodec-apiserver; every answer compared with the server's
own bytes. Called by apiserver/ci.sh (which starts the server); exits 1 on any mismatch.

Checks: kubectl (get -o json|yaml|name, the default table, get -w, create -f, replace -f,
delete), Go's decoders (k8s-oracle client get|list|watch in JSON, YAML, protobuf and CBOR),
CBOR (bodies byte-identical to Go's, request bodies, errors, tables), the Python
`kubernetes` client (list, watch, create, replace, delete) and bad requests."""

import argparse
import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

FAILURES = []
PASSED = [0]


def check(cond, what, detail=""):
    if cond:
        PASSED[0] += 1
        print(f"ok   {what}")
    else:
        FAILURES.append(what)
        print(f"FAIL {what}" + (f": {detail}" if detail else ""))


def http(server, method, path, body=None, headers=None):
    req = urllib.request.Request(server + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def oracle_convert(oracle, data, frm, to="json"):
    p = subprocess.run([oracle, "convert", "--from", frm, "--to", to], input=data, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(f"oracle convert {frm}->{to}: {p.stderr.decode()}")
    return p.stdout


def compact(obj):
    return json.dumps(obj, separators=(",", ":")).encode()


def server_get(server, path):
    status, _, body = http(server, "GET", path)
    assert status == 200, (path, status, body[:300])
    return body


def configmap_yaml(name, value, labels="{}"):
    return f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  labels: {labels}\ndata:\n  k: {value}\n"


def pod_path(item):
    m = item["metadata"]
    return f"/api/v1/namespaces/{m['namespace']}/pods/{m['name']}"


def json_stream(text):
    """Objects of concatenated (indented) JSON documents."""
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def kubectl_checks(a):
    print("== kubectl", subprocess.run([a.kubectl, "version", "--client"], capture_output=True, text=True).stdout.split("\n")[0])
    env = dict(os.environ, HOME=os.path.join(a.work, "kubectl-home"), KUBECONFIG=os.path.join(a.work, "none"))
    base = [a.kubectl, "--server", a.server, "--cache-dir", os.path.join(a.work, "kubectl-cache"), "--request-timeout=30s"]

    def k(*args, input=None):
        p = subprocess.run(base + list(args), capture_output=True, input=input, env=env)
        if p.returncode != 0:
            raise RuntimeError(f"kubectl {' '.join(args)}: {p.stderr.decode()}")
        return p.stdout

    server_list = json.loads(server_get(a.server, "/api/v1/pods"))["items"]

    # -o json: every item, re-encoded by Go, equals the server's bytes for that object.
    items = json.loads(k("get", "pods", "-A", "-o", "json", "--show-managed-fields"))["items"]
    same = [oracle_convert(a.oracle, compact(i), "json") == server_get(a.server, pod_path(i)) for i in items] if a.oracle else [True]
    check(len(items) == len(server_list) and all(same), f"kubectl get pods -A -o json: {len(items)} pods, each equal to the server's bytes after Go re-encoding",
          f"{len(items)} vs {len(server_list)}, equal {sum(same)}")

    # -o yaml of one pod.
    first = server_list[0]["metadata"]
    y = k("get", "pod", first["name"], "-n", first["namespace"], "-o", "yaml", "--show-managed-fields")
    if a.oracle:
        check(oracle_convert(a.oracle, y, "yaml") == server_get(a.server, pod_path(server_list[0])),
              "kubectl get pod -o yaml equals the server's object (Go YAML→JSON)")
    # -o name.
    names = k("get", "pods", "-A", "-o", "name").decode().split()
    check(names == ["pod/" + i["metadata"]["name"] for i in server_list], f"kubectl get pods -A -o name: {len(names)} names in the server's order")
    # The default table (served as meta.k8s.io/v1 Table).
    table = k("get", "pods").decode().strip().split("\n")
    default_names = [i["metadata"]["name"] for i in server_list if i["metadata"]["namespace"] == "default"]
    check(table[0].split() == ["NAME", "AGE"] and [l.split()[0] for l in table[1:]] == default_names,
          f"kubectl get pods (table): header {table[0].split()}, {len(table) - 1} rows = the default namespace's pods")

    # Server-side field validation: kubectl sends fieldValidation=Strict.
    bad = os.path.join(a.work, "bad.yaml")
    open(bad, "w").write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\ndata: {k: v}\nbinaryDatta: {}\n")
    p = subprocess.run(base + ["create", "-f", bad], capture_output=True, env=env)
    check(p.returncode != 0 and b'strict decoding error: unknown field "binaryDatta"' in p.stderr,
          "kubectl create -f with an unknown field: refused by the server (fieldValidation=Strict)", p.stderr.decode()[-300:])

    # label, annotate and patch --type merge send JSON merge patches.
    k("create", "configmap", "kubectl-label", "--from-literal=a=b")
    k("label", "configmap", "kubectl-label", "tier=web")
    k("annotate", "configmap", "kubectl-label", "note=x")
    k("patch", "configmap", "kubectl-label", "--type", "merge", "-p", '{"data":{"a":null,"c":"d"}}')
    got = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps/kubectl-label"))
    check(got["metadata"].get("labels") == {"tier": "web"} and got["metadata"].get("annotations") == {"note": "x"} and got.get("data") == {"c": "d"},
          "kubectl label, annotate, patch --type merge (JSON merge patch): the server's object changed", str(got))
    k("delete", "configmap", "kubectl-label")

    # get -w while create -f, replace -f (PUT) and delete run; bounded by a timeout.
    w = subprocess.Popen(base + ["get", "configmaps", "-w", "--output-watch-events", "-o", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    time.sleep(1.5)
    f1 = os.path.join(a.work, "cm1.yaml")
    open(f1, "w").write(configmap_yaml("kubectl-cm", "one", "{app: kubectl}"))
    created = json.loads(k("create", "-f", f1, "-o", "json"))
    after_create = server_get(a.server, "/api/v1/namespaces/default/configmaps/kubectl-cm")
    if a.oracle:
        check(oracle_convert(a.oracle, compact(created), "json") == after_create, "kubectl create -f: its answer equals the server's object")
    open(f1, "w").write(configmap_yaml("kubectl-cm", "two", "{app: kubectl}"))
    k("replace", "-f", f1)
    after_replace = server_get(a.server, "/api/v1/namespaces/default/configmaps/kubectl-cm")
    check(json.loads(after_replace)["data"] == {"k": "two"}, "kubectl replace -f (PUT) changed the server's object")
    k("delete", "configmap", "kubectl-cm")
    status, _, _ = http(a.server, "GET", "/api/v1/namespaces/default/configmaps/kubectl-cm")
    check(status == 404, "kubectl delete: the server no longer has the object", f"GET answered {status}")
    time.sleep(1.0)
    w.terminate()
    out, _ = w.communicate(timeout=10)
    events = [e for e in json_stream(out.decode()) if e["object"]["metadata"]["name"] == "kubectl-cm"]
    kinds = [e["type"] for e in events]
    check(kinds == ["ADDED", "MODIFIED", "DELETED"], f"kubectl get -w: events {kinds}")
    if a.oracle and len(events) == 3:
        check(oracle_convert(a.oracle, compact(events[0]["object"]), "json") == after_create
              and oracle_convert(a.oracle, compact(events[1]["object"]), "json") == after_replace,
              "kubectl get -w: ADDED and MODIFIED objects equal the server's objects")


def oracle_checks(a):
    print("== k8s-oracle client (Go's decoders)")
    server_list = json.loads(server_get(a.server, "/api/v1/pods"))["items"]
    path = pod_path(server_list[1])
    want = server_get(a.server, path)
    for acc in ["json", "yaml", "pb", "cbor"]:
        p = subprocess.run([a.oracle, "client", "get", "--server", a.server, "--path", path, "--accept", acc, "--exact"], capture_output=True)
        check(p.returncode == 0 and p.stdout == want, f"oracle client get --accept {acc}: equals the server's JSON bytes", p.stderr.decode()[-300:])
    for lpath in ["/api/v1/pods", "/api/v1/namespaces/ns-1/pods", "/api/v1/pods?labelSelector=app.kubernetes.io%2Fmanaged-by%3DHelm,tier%20notin%20(x)"]:
        want = oracle_convert(a.oracle, server_get(a.server, lpath), "json")
        for acc in ["json", "pb", "cbor"]:
            p = subprocess.run([a.oracle, "client", "list", "--server", a.server, "--path", lpath, "--accept", acc, "--exact", "--limit", "7"], capture_output=True)
            n = len(json.loads(p.stdout)["items"]) if p.returncode == 0 else -1
            check(p.returncode == 0 and p.stdout == want, f"oracle client list {lpath} --accept {acc} --limit 7: {n} items equal the server's list", p.stderr.decode()[-300:])

    # The server's own bytes in each format equal Go's encoding of the same object.
    for path in ["/api/v1/pods?limit=4", pod_path(server_list[2])]:
        js = server_get(a.server, path)
        _, _, pb = http(a.server, "GET", path, None, {"Accept": "application/vnd.kubernetes.protobuf"})
        _, _, ya = http(a.server, "GET", path, None, {"Accept": "application/yaml"})
        _, cb_hdrs, cb = http(a.server, "GET", path, None, {"Accept": "application/cbor"})
        check(oracle_convert(a.oracle, js, "json") == js, f"GET {path} JSON: byte-identical to Go's JSON encoding")
        check(oracle_convert(a.oracle, js, "json", "pb") == pb, f"GET {path} protobuf: byte-identical to Go's protobuf encoding")
        check(oracle_convert(a.oracle, js, "json", "yaml") == ya, f"GET {path} YAML: byte-identical to Go's YAML encoding")
        check(cb_hdrs.get("content-type") == "application/cbor" and oracle_convert(a.oracle, js, "json", "cbor") == cb,
              f"GET {path} CBOR: application/cbor, byte-identical to Go's CBOR encoding ({len(cb)} bytes)")

    # Watch in JSON, protobuf and CBOR while a protobuf body creates, a CBOR body updates and
    # DELETE removes.
    rv = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps"))["metadata"]["resourceVersion"]
    procs = {acc: subprocess.Popen([a.oracle, "client", "watch", "--server", a.server, "--path", "/api/v1/namespaces/default/configmaps",
                                    "--accept", acc, "--exact", "--resource-version", rv, "--max-events", "3", "--timeout", "20"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE) for acc in ["json", "pb", "cbor"]}
    time.sleep(0.5)
    cm = {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "oracle-cm"}, "data": {"k": "v"}}
    pb = oracle_convert(a.oracle, compact(cm), "json", "pb")
    status, _, created = http(a.server, "POST", "/api/v1/namespaces/default/configmaps", pb,
                              {"Content-Type": "application/vnd.kubernetes.protobuf", "Accept": "application/vnd.kubernetes.protobuf"})
    check(status == 201, "POST with a protobuf body and protobuf Accept: 201", str(status))
    after_create = server_get(a.server, "/api/v1/namespaces/default/configmaps/oracle-cm")
    check(oracle_convert(a.oracle, created, "pb") == after_create, "the protobuf answer to the create equals the server's object")
    obj = json.loads(after_create)
    obj["data"]["k"] = "w"
    status, hdrs, updated = http(a.server, "PUT", "/api/v1/namespaces/default/configmaps/oracle-cm", oracle_convert(a.oracle, compact(obj), "json", "cbor"),
                                 {"Content-Type": "application/cbor", "Accept": "application/cbor"})
    after_update = server_get(a.server, "/api/v1/namespaces/default/configmaps/oracle-cm")
    check(status == 200 and hdrs.get("content-type") == "application/cbor" and json.loads(after_update)["data"] == {"k": "w"}
          and oracle_convert(a.oracle, after_update, "json", "cbor") == updated,
          "PUT with a CBOR body and CBOR Accept: 200, the answer is Go's CBOR of the updated object", f"{status} {updated[:200]!r}")
    status, _, deleted = http(a.server, "DELETE", "/api/v1/namespaces/default/configmaps/oracle-cm")
    expect = b"".join(b'{"type":"%s","object":%s}\n' % (t, o.rstrip(b"\n")) for t, o in
                      [(b"ADDED", after_create), (b"MODIFIED", after_update), (b"DELETED", deleted)])
    for acc, p in procs.items():
        out, err = p.communicate(timeout=30)
        check(p.returncode == 0 and out == expect, f"oracle client watch --accept {acc}: ADDED, MODIFIED, DELETED equal the server's objects",
              err.decode()[-300:] + out.decode()[:300])
    p = subprocess.run([a.oracle, "client", "watch", "--server", a.server, "--path", "/api/v1/namespaces/default/configmaps",
                        "--accept", "pb", "--resource-version", "1", "--max-events", "1", "--timeout", "5"], capture_output=True)
    ev = json.loads(p.stdout or b"{}")
    check(ev.get("type") == "ERROR" and ev["object"].get("code") == 410, "oracle client watch from a too old version: an ERROR event with a 410 Status", p.stdout.decode()[:200])
    p = subprocess.run([a.oracle, "client", "watch", "--server", a.server, "--path", "/api/v1/namespaces/ns-2/pods?timeoutSeconds=1",
                        "--accept", "pb", "--timeout", "10"], capture_output=True)
    n = len(p.stdout.splitlines())
    want_n = len(json.loads(server_get(a.server, "/api/v1/namespaces/ns-2/pods"))["items"])
    check(p.returncode == 0 and n == want_n, f"oracle client watch without a version: {n} synthetic ADDED events, then the server ends it at timeoutSeconds")


def watch_semantics_checks(a):
    print("== watch semantics (raw HTTP; streams decoded by Go's watch decoders)")
    rv = json.loads(server_get(a.server, "/api/v1/namespaces/ns-1/pods"))["metadata"]["resourceVersion"]
    n = len(json.loads(server_get(a.server, "/api/v1/namespaces/ns-1/pods"))["items"])
    q = f"/api/v1/namespaces/ns-1/pods?watch=1&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&resourceVersion={rv}&timeoutSeconds=1"
    streams = {}
    raw = {}
    for acc, media, answered in [("json", "application/json", "application/json"),
                                 ("pb", "application/vnd.kubernetes.protobuf;stream=watch", "application/vnd.kubernetes.protobuf;stream=watch"),
                                 ("cbor", "application/cbor", "application/cbor-seq")]:
        status, hdrs, body = http(a.server, "GET", q, None, {"Accept": media})
        raw[acc] = body
        streams[acc] = oracle_watch(a.oracle, body, acc)
        check(status == 200 and hdrs.get("content-type") == answered, f"sendInitialEvents watch in {acc}: 200, Content-Type {hdrs.get('content-type')}")
    check(streams["json"] == streams["pb"] == streams["cbor"], "sendInitialEvents: the JSON, protobuf and CBOR streams decode to the same events")
    p = subprocess.run([a.oracle, "watch", "--from", "json", "--to", "cbor"], input=raw["json"], capture_output=True)
    check(p.returncode == 0 and p.stdout == raw["cbor"], f"sendInitialEvents: the CBOR stream is byte-identical to Go's CBOR watch encoding of the JSON stream ({len(raw['cbor'])} bytes)")
    events = [json.loads(l) for l in streams["json"].splitlines()]
    types = [e["type"] for e in events]
    last = events[-1]["object"]["metadata"] if events else {}
    check(types == ["ADDED"] * n + ["BOOKMARK"] and last.get("annotations") == {"k8s.io/initial-events-end": "true"} and last.get("resourceVersion") == rv,
          f"sendInitialEvents: {n} ADDED, then a BOOKMARK at {rv} marking the end of the initial events", str(types))
    # A change that moves an object into or out of a watch's label selection: ADDED / DELETED.
    rv = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps"))["metadata"]["resourceVersion"]
    p = subprocess.Popen([a.oracle, "client", "watch", "--server", a.server, "--path", "/api/v1/namespaces/default/configmaps?labelSelector=sel%3Dyes",
                          "--accept", "pb", "--resource-version", rv, "--max-events", "2", "--timeout", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cm = {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "sel-cm", "labels": {"sel": "no"}}}
    http(a.server, "POST", "/api/v1/namespaces/default/configmaps", compact(cm), {"Content-Type": "application/json"})
    for label in ["yes", "no"]:
        cur = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps/sel-cm"))
        cur["metadata"]["labels"]["sel"] = label
        http(a.server, "PUT", "/api/v1/namespaces/default/configmaps/sel-cm", compact(cur), {"Content-Type": "application/json"})
    http(a.server, "DELETE", "/api/v1/namespaces/default/configmaps/sel-cm")
    out, err = p.communicate(timeout=30)
    types = [json.loads(l)["type"] for l in out.splitlines()]
    check(types == ["ADDED", "DELETED"], f"label selector watch: an update into the selection is ADDED, out of it DELETED: {types}", err.decode()[-200:])
    status, _, body = http(a.server, "POST", "/api/v1/namespaces/nowhere/configmaps", compact(dict(cm, metadata={"name": "x"})), {"Content-Type": "application/json"})
    check(status == 404 and json.loads(body).get("details", {}).get("kind") == "namespaces", "create in a missing namespace: 404 namespaces not found", body[:200].decode())

    status, _, body = http(a.server, "GET", "/api/v1/namespaces/ns-1/pods?watch=1&sendInitialEvents=true&timeoutSeconds=1")
    check(status == 422, "sendInitialEvents without allowWatchBookmarks/resourceVersionMatch: 422", str(status))
    status, _, body = http(a.server, "GET", "/api/v1/pods?resourceVersion=1&resourceVersionMatch=Exact")
    check(status == 410, "LIST at an Exact old version: 410 Expired", str(status))


def cbor_checks(a):
    print("== CBOR (application/cbor; Go's decoders and encoders)")
    cms = "/api/v1/namespaces/default/configmaps"
    cm = {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "cbor-cm", "labels": {"from": "cbor"}}, "data": {"k": "v"}, "binaryData": {"b": "AQI="}}
    body = oracle_convert(a.oracle, compact(cm), "json", "cbor")
    status, hdrs, created = http(a.server, "POST", cms, body, {"Content-Type": "application/cbor", "Accept": "application/cbor"})
    after = server_get(a.server, cms + "/cbor-cm")
    check(status == 201 and hdrs.get("content-type") == "application/cbor" and oracle_convert(a.oracle, after, "json", "cbor") == created
          and json.loads(after)["binaryData"] == {"b": "AQI="},
          "POST with a CBOR body (Go's CBOR) and CBOR Accept: 201, the answer is Go's CBOR of the stored object", f"{status} {created[:200]!r}")
    # fieldValidation=Strict: an unknown field added to Go's CBOR by hand (Go's encoder drops it).
    assert body[:3] == b"\xd9\xd9\xf7" and 0xa0 < body[3] < 0xb7, body[:4]  # self-described, a map of < 23 pairs
    typo = b"\xd9\xd9\xf7" + bytes([body[3] + 1]) + body[4:].replace(b"Gcbor-cm", b"Gcbor-xx") + b"\x4bbinaryDatta\xa0"
    status, hdrs, resp = http(a.server, "POST", cms + "?fieldValidation=Strict", typo, {"Content-Type": "application/cbor", "Accept": "application/cbor"})
    st = json.loads(oracle_convert(a.oracle, resp, "cbor")) if hdrs.get("content-type") == "application/cbor" else {}
    check(status == 400 and 'strict decoding error: unknown field "binaryDatta"' in st.get("message", ""),
          "POST with a CBOR body with an unknown field, fieldValidation=Strict: 400 strict decoding error, as a CBOR Status", f"{status} {st}")
    status, _, _ = http(a.server, "POST", cms, typo, {"Content-Type": "application/cbor"})
    check(status == 201, "the same body without fieldValidation=Strict: 201 (the unknown field is dropped)", str(status))
    http(a.server, "DELETE", cms + "/cbor-xx")
    # Errors: a 404 Status in CBOR, decoded by Go's client.
    p = subprocess.run([a.oracle, "client", "get", "--server", a.server, "--path", cms + "/missing", "--accept", "cbor", "--exact"], capture_output=True)
    st = json.loads(p.stdout or b"{}")
    check(p.returncode == 1 and st.get("kind") == "Status" and st.get("code") == 404 and st.get("reason") == "NotFound"
          and b'Content-Type: "application/cbor"' in p.stderr,
          "oracle client get --accept cbor of a missing object: a 404 NotFound Status in CBOR", p.stderr.decode()[-300:])
    # Tables are JSON only: a CBOR Table entry is skipped (406 alone; the next entry decides).
    table = "application/cbor;as=Table;v=v1;g=meta.k8s.io"
    s1, _, _ = http(a.server, "GET", "/api/v1/pods", None, {"Accept": table})
    s2, h2, b2 = http(a.server, "GET", "/api/v1/pods?limit=2", None, {"Accept": table + ", application/cbor"})
    s3, h3, _ = http(a.server, "GET", "/api/v1/pods?limit=2", None, {"Accept": "*/*"})
    check(s1 == 406 and s2 == 200 and h2.get("content-type") == "application/cbor" and b2[:3] == b"\xd9\xd9\xf7" and h3.get("content-type") == "application/json",
          "Accept negotiation: a CBOR Table entry is skipped (406 alone, CBOR list next), */* stays JSON", f"{s1} {s2} {h2.get('content-type')} {h3.get('content-type')}")
    # A CBOR watch as events arrive; Accept application/cbor-seq too.
    rv = json.loads(server_get(a.server, cms))["metadata"]["resourceVersion"]
    p = subprocess.Popen([a.oracle, "client", "watch", "--server", a.server, "--path", cms, "--accept", "cbor", "--accept-header", "application/cbor-seq",
                          "--exact", "--resource-version", rv, "--max-events", "2", "--timeout", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)
    cur = json.loads(after)
    cur["data"]["k"] = "w"
    http(a.server, "PUT", cms + "/cbor-cm", oracle_convert(a.oracle, compact(cur), "json", "cbor"), {"Content-Type": "application/cbor"})
    modified = server_get(a.server, cms + "/cbor-cm")
    _, _, deleted = http(a.server, "DELETE", cms + "/cbor-cm", None, {"Accept": "application/cbor"})
    out, err = p.communicate(timeout=30)
    expect = b'{"type":"MODIFIED","object":%s}\n{"type":"DELETED","object":%s}\n' % (modified.rstrip(b"\n"), oracle_convert(a.oracle, deleted, "cbor").rstrip(b"\n"))
    check(p.returncode == 0 and out == expect, "oracle client watch --accept cbor (Accept: application/cbor-seq): MODIFIED, DELETED equal the server's objects",
          err.decode()[-300:] + out.decode()[:300])


def oracle_watch(oracle, stream, frm):
    p = subprocess.run([oracle, "watch", "--from", frm, "--to", "json"], input=stream, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(f"oracle watch --from {frm}: {p.stderr.decode()}")
    return p.stdout.decode()


def python_checks(a):
    import kubernetes
    from kubernetes import client, watch

    print(f"== Python kubernetes {kubernetes.__version__}")
    cfg = client.Configuration()
    cfg.host = a.server
    api = client.CoreV1Api(client.ApiClient(cfg))
    server_list = json.loads(server_get(a.server, "/api/v1/pods"))["items"]
    got = api.list_pod_for_all_namespaces(limit=9)
    items = list(got.items)
    while got.metadata._continue:
        got = api.list_pod_for_all_namespaces(limit=9, _continue=got.metadata._continue)
        items += got.items
    key = lambda m: (m["namespace"], m["name"], m["uid"], m["resourceVersion"], m.get("labels"))
    check([(i.metadata.namespace, i.metadata.name, i.metadata.uid, i.metadata.resource_version, i.metadata.labels) for i in items]
          == [key(i["metadata"]) for i in server_list], f"python list_pod_for_all_namespaces (pages of 9): {len(items)} pods equal the server's")
    images = [[c.image for c in i.spec.containers] for i in items]
    check(images == [[c["image"] for c in i["spec"]["containers"]] for i in server_list], "python list: container images equal")

    rv = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps"))["metadata"]["resourceVersion"]
    events = []

    def run_watch():
        w = watch.Watch()
        for ev in w.stream(api.list_namespaced_config_map, "default", resource_version=rv, timeout_seconds=10):
            events.append((ev["type"], ev["object"].metadata.name, ev["object"].metadata.resource_version))
            if len(events) == 3:
                w.stop()

    t = threading.Thread(target=run_watch)
    t.start()
    time.sleep(0.5)
    body = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="python-cm", labels={"from": "python"}), data={"k": "v"})
    created = api.create_namespaced_config_map("default", body)
    server_obj = json.loads(server_get(a.server, "/api/v1/namespaces/default/configmaps/python-cm"))
    check(created.metadata.uid == server_obj["metadata"]["uid"] and created.data == {"k": "v"}, "python create_namespaced_config_map: answer equals the server's object")
    created.data = {"k": "w"}
    replaced = api.replace_namespaced_config_map("python-cm", "default", created)
    api.delete_namespaced_config_map("python-cm", "default")
    t.join(timeout=15)
    want = [("ADDED", "python-cm", created.metadata.resource_version), ("MODIFIED", "python-cm", replaced.metadata.resource_version)]
    check(events[:2] == want and len(events) == 3 and events[2][0] == "DELETED", f"python watch: {[e[0] for e in events]} with the server's versions", str(events))
    status, _, _ = http(a.server, "GET", "/api/v1/namespaces/default/configmaps/python-cm")
    check(status == 404, "python delete_namespaced_config_map: gone from the server")


def bad_request_checks(a):
    print("== bad requests")
    before = server_get(a.server, "/api/v1/pods")
    cms = "/api/v1/namespaces/default/configmaps"

    def status_of(body):
        try:
            return json.loads(body)
        except ValueError:
            return {}

    cases = [
        ("malformed JSON body", "POST", cms, b'{"kind":"ConfigMap","apiVersion":"v1",', {"Content-Type": "application/json"}, 400, "BadRequest"),
        ("malformed protobuf body", "POST", cms, b"k8s\x00\x0a\xff", {"Content-Type": "application/vnd.kubernetes.protobuf"}, 400, "BadRequest"),
        ("malformed YAML body", "POST", cms, b"kind: [", {"Content-Type": "application/yaml"}, 400, "BadRequest"),
        ("unknown kind", "POST", cms, b'{"kind":"Nope","apiVersion":"v1","metadata":{"name":"x"}}', {"Content-Type": "application/json"}, 400, "BadRequest"),
        ("wrong kind for the URL", "POST", cms, b'{"kind":"Secret","apiVersion":"v1","metadata":{"name":"x"}}', {"Content-Type": "application/json"}, 400, "BadRequest"),
        ("wrong namespace in the body", "POST", cms, b'{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x","namespace":"other"}}', {"Content-Type": "application/json"}, 400, "BadRequest"),
        ("no name", "POST", cms, b'{"kind":"ConfigMap","apiVersion":"v1","metadata":{}}', {"Content-Type": "application/json"}, 422, "Invalid"),
        ("body over 3 MiB", "POST", cms, b'{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"big"},"data":{"k":"' + b"x" * (3 * 1024 * 1024) + b'"}}', {"Content-Type": "application/json"}, 413, "RequestEntityTooLarge"),
        ("unsupported body media type", "POST", cms, b"{}", {"Content-Type": "text/plain"}, 415, "UnsupportedMediaType"),
        ("nothing acceptable", "GET", cms, None, {"Accept": "text/html"}, 406, "NotAcceptable"),
        ("unknown resource", "GET", "/api/v1/namespaces/default/nopes", None, {}, 404, "NotFound"),
        ("missing object", "GET", cms + "/missing", None, {}, 404, "NotFound"),
        ("bad label selector", "GET", "/api/v1/pods?labelSelector=a%20in%20b", None, {}, 400, "BadRequest"),
        ("unsupported field selector", "GET", "/api/v1/pods?fieldSelector=spec.nodeName%3Dx", None, {}, 400, "BadRequest"),
        ("stale resourceVersion on update", "PUT", "/api/v1/namespaces/default/pods/" + json.loads(before)["items"][0]["metadata"]["name"],
         None, {"Content-Type": "application/json"}, 409, "Conflict"),
        ("create of an existing name", "POST", "/api/v1/namespaces/default/pods", None, {"Content-Type": "application/json"}, 409, "AlreadyExists"),
    ]
    first = json.loads(before)["items"][0]
    first_default = [i for i in json.loads(before)["items"] if i["metadata"]["namespace"] == "default"][0]
    for name, method, path, body, headers, code, reason in cases:
        if name == "stale resourceVersion on update":
            first_default["metadata"]["resourceVersion"] = "1"
            path = "/api/v1/namespaces/default/pods/" + first_default["metadata"]["name"]
            body = compact(dict(first_default, kind="Pod", apiVersion="v1"))
        if name == "create of an existing name":
            body = compact(dict(first_default, kind="Pod", apiVersion="v1"))
        status, hdrs, resp = http(a.server, method, path, body, headers)
        st = status_of(resp)
        check(status == code and st.get("kind") == "Status" and st.get("code") == code and st.get("reason") == reason,
              f"{name}: {code} {reason} Status", f"{status} {resp[:200]!r}")
    # Errors in the negotiated format: a protobuf Status.
    status, hdrs, resp = http(a.server, "GET", cms + "/missing", None, {"Accept": "application/vnd.kubernetes.protobuf"})
    if a.oracle:
        st = json.loads(oracle_convert(a.oracle, resp, "pb"))
        check(status == 404 and st.get("reason") == "NotFound" and hdrs.get("content-type") == "application/vnd.kubernetes.protobuf",
              "404 as a protobuf Status when protobuf is accepted")
    check(server_get(a.server, "/api/v1/pods") == before, "after the bad requests the store is unchanged")

    # Too many open watches: the server runs with --max-watches 64 (ci.sh).
    import http.client as httpclient
    host = a.server.replace("http://", "")
    conns, refused = [], None
    for i in range(80):
        c = httpclient.HTTPConnection(host, timeout=10)
        c.request("GET", "/api/v1/namespaces/default/configmaps?watch=1&timeoutSeconds=30")
        r = c.getresponse()
        if r.status != 200:
            refused = (i, r.status, status_of(r.read()))
            break
        conns.append((c, r))
    check(refused is not None and refused[1] == 429 and refused[2].get("reason") == "TooManyRequests",
          f"too many open watches: 429 TooManyRequests Status after {refused[0] if refused else '?'} open watches", str(refused))
    for c, r in conns:
        c.close()
    time.sleep(1.0)
    c = httpclient.HTTPConnection(host, timeout=10)
    c.request("GET", "/api/v1/namespaces/default/configmaps?watch=1&timeoutSeconds=1")
    check(c.getresponse().status == 200, "after the clients leave, their watches are closed and a new one is accepted")
    c.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--kubectl")
    ap.add_argument("--oracle")
    ap.add_argument("--python-client", action="store_true")
    a = ap.parse_args()
    sections = []
    if a.kubectl:
        sections.append(kubectl_checks)
    if a.oracle:
        sections.append(oracle_checks)
    if a.oracle:
        sections.append(watch_semantics_checks)
    if a.oracle:
        sections.append(cbor_checks)
    if a.python_client:
        sections.append(python_checks)
    sections.append(bad_request_checks)
    for s in sections:
        try:
            s(a)
        except Exception as e:  # a crash of one section is a failure, the others still run
            FAILURES.append(f"{s.__name__}: {e!r}")
            print(f"FAIL {s.__name__} raised {e!r}")
    print(f"== clients: {PASSED[0]} checks passed, {len(FAILURES)} failed")
    if FAILURES:
        for f in FAILURES:
            print("  failed:", f)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
