#!/usr/bin/env bash
# Real clients against kcodec-apiserver: kubectl, Go's decoders (k8s-oracle client), the
# Python `kubernetes` client, kube-rs, and bad requests. Builds the server (debug; set
# KCODEC_APISERVER_PROFILE=release for release), starts it on a free loopback port with
# sample Pods, waits for its ready line, runs every check, stops it. Exits non-zero on any
# mismatch. With CI=true a missing tool is a failure; elsewhere it is reported "skipped".
#
#   apiserver/ci.sh            (from anywhere; shared/ is looked for beside the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${KCODEC_SHARED:-$(cd "$root/.." && pwd)/shared}"
target="${CARGO_TARGET_DIR:-$root/target}"
profile="${KCODEC_APISERVER_PROFILE:-debug}"
start=$(date +%s)
failures=0
skipped=()

missing() { # tool, reason
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: $1 is missing ($2)" >&2
    failures=$((failures + 1))
  else
    echo "skipped: $1 ($2)"
    skipped+=("$1")
  fi
}

echo "== build kcodec-apiserver ($profile)"
# `--workspace --bin`: features resolved as for the whole workspace, so that after `.ci/run`'s
# `cargo test --workspace` kcodec and kcodec-types are reused, not rebuilt with other features.
if [ "$profile" = release ]; then
  cargo build --quiet --release --workspace --bin kcodec-apiserver --manifest-path "$root/Cargo.toml"
else
  cargo build --quiet --workspace --bin kcodec-apiserver --manifest-path "$root/Cargo.toml"
fi
server_bin="$target/$profile/kcodec-apiserver"

kube_bin=""
if [ "${KCODEC_SKIP_KUBE_RS:-}" != 1 ]; then
  echo "== build the kube-rs check (own workspace, own target dir)"
  if (cd "$here/kube-client-test" && CARGO_TARGET_DIR="$target/kube" \
      CARGO_PROFILE_DEV_DEBUG=0 cargo build --quiet); then
    kube_bin="$target/kube/debug/kube-client-test"
  else
    echo "FAIL: the kube-rs check does not build" >&2
    failures=$((failures + 1))
  fi
else
  missing kube-rs "KCODEC_SKIP_KUBE_RS=1"
fi

python="${PYTHON:-python3}"
venv="$target/apiserver-pyenv"
py_kube=0
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import kubernetes" 2>/dev/null; then
  py_kube=1
elif "$python" -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install --quiet kubernetes >/dev/null 2>&1; then
  py_kube=1
else
  missing "python kubernetes" "pip install kubernetes failed"
fi
if [ "$py_kube" = 1 ]; then python="$venv/bin/python"; fi

kubectl="${KUBECTL:-/usr/bin/kubectl}"
[ -x "$kubectl" ] || { missing kubectl "$kubectl not found"; kubectl=""; }
oracle="$shared/k8s-oracle/k8s-oracle"
[ -x "$oracle" ] || { missing k8s-oracle "$oracle not found"; oracle=""; }

echo "== start the server"
work="$(mktemp -d)"
log="$work/server.log"
"$server_bin" --listen 127.0.0.1:0 --pods 40 --namespaces 3 --max-watches 64 >"$work/ready" 2>"$log" &
server_pid=$!
cleanup() { kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  grep -q "^listening on " "$work/ready" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "FAIL: the server exited: $(cat "$log")" >&2; exit 1; }
  sleep 0.1
done
url="$(sed -n 's/^listening on //p' "$work/ready")"
[ -n "$url" ] || { echo "FAIL: no ready line" >&2; exit 1; }
echo "server: $url (pid $server_pid)"

args=(--server "$url" --work "$work")
[ -n "$kubectl" ] && args+=(--kubectl "$kubectl")
[ -n "$oracle" ] && args+=(--oracle "$oracle")
[ "$py_kube" = 1 ] && args+=(--python-client)
if ! "$python" "$here/ci/clients.py" "${args[@]}"; then
  failures=$((failures + 1))
fi

if [ -n "$kube_bin" ]; then
  echo "== kube-rs"
  if ! "$kube_bin" "$url"; then failures=$((failures + 1)); fi
fi

kill -0 "$server_pid" 2>/dev/null || { echo "FAIL: the server died" >&2; failures=$((failures + 1)); }
echo "== apiserver/ci.sh: $(( $(date +%s) - start ))s, failures: $failures${skipped:+, skipped: ${skipped[*]}}"
[ "$failures" = 0 ]
