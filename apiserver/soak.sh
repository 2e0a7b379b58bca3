#!/usr/bin/env bash
# A bounded soak: kcodec-apiserver (release) with sample Pods; ROUNDS rounds of 500 watchers
# while 8 writers create and delete 200 Pods (400 events per watcher per round). Each round
# checks that every watcher received every event, and prints the server's RSS, which must
# stay flat once the event history (2,000 events here) is full (the store does not grow).
#
#   apiserver/soak.sh [ROUNDS (10)] [PODS (20000)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
rounds="${1:-10}"
pods="${2:-20000}"
ulimit -n 8192 2>/dev/null || true
cargo build --quiet --release -p kcodec-apiserver --manifest-path "$root/Cargo.toml"
work="$(mktemp -d)"
"$target/release/kcodec-apiserver" --listen 127.0.0.1:0 --pods "$pods" --namespaces 2 --history 2000 >"$work/ready" 2>"$work/log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do grep -q "^listening" "$work/ready" 2>/dev/null && break; sleep 0.2; done
url="$(sed -n 's/^listening on //p' "$work/ready")"
fail=0
for r in $(seq 1 "$rounds"); do
  line=$("$target/release/kcodec-apiserver-load" watch "$url" ns-1 --watchers 500 --events 200 --writers 8 --churn)
  echo "round $r: $line; RSS $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") kB"
  case "$line" in *"(500 watchers saw all"*) ;; *) fail=1 ;; esac
done
[ "$fail" = 0 ] || { echo "FAIL: a watcher missed events" >&2; exit 1; }
