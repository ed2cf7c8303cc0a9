#!/usr/bin/env bash
# Start or stop the local OpenSearch cluster (development, tests, CI): see cluster/README.md.
#   cluster/cluster.sh start   builds the launcher if needed, starts 3 nodes on loopback,
#                              waits for green, prints the URL list (OPENSEARCH_URL)
#   cluster/cluster.sh stop    stops it by its pid file
#   cluster/cluster.sh url     prints the URL list of the running cluster
# Settings: CLUSTER_DIR (default var/cluster), CLUSTER_NODES (3), CLUSTER_HTTP_PORT (9251),
# CLUSTER_TRANSPORT_PORT (9351), CLUSTER_HEAP (1g), CLUSTER_WAIT (seconds, 600).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dir="${CLUSTER_DIR:-$here/../var/cluster}"
nodes="${CLUSTER_NODES:-3}"
http="${CLUSTER_HTTP_PORT:-9251}"
transport="${CLUSTER_TRANSPORT_PORT:-9351}"
heap="${CLUSTER_HEAP:-1g}"
wait_s="${CLUSTER_WAIT:-600}"
pidfile="$dir/cluster.pid"

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

build() {
    if [[ ! -f "$here/target/classpath.txt" || "$here/pom.xml" -nt "$here/target/classpath.txt" \
          || -n "$(find "$here/src" -newer "$here/target/classpath.txt" -name '*.java')" ]]; then
        echo "building the cluster launcher (first run downloads OpenSearch from Maven Central)" >&2
        mvn -B -q -f "$here/pom.xml" package -DskipTests >&2
    fi
}

start() {
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    pidfile="$dir/cluster.pid"
    if running; then
        cat "$dir/ready"
        return 0
    fi
    build
    rm -f "$dir/ready"
    rm -rf "$dir/control"
    # setsid: the cluster outlives the shell that started it (make cluster), stopped by pid.
    setsid java "-Xms$heap" "-Xmx$heap" -XX:+UseSerialGC -Djava.awt.headless=true \
        -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
        archive.cluster.ClusterLauncher "$dir" "$nodes" "$http" "$transport" \
        >"$dir/launcher.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    local waited=0
    until [[ -s "$dir/ready" ]]; do
        if ! running; then
            echo "the cluster failed to start; last lines of $dir/launcher.log:" >&2
            tail -n 30 "$dir/launcher.log" >&2
            rm -f "$pidfile"
            return 1
        fi
        if (( waited >= wait_s )); then
            echo "the cluster was not green after ${wait_s}s; stopping it" >&2
            stop
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    cat "$dir/ready"
}

stop() {
    if ! running; then
        rm -f "$pidfile"
        return 0
    fi
    local pid
    pid="$(cat "$pidfile")"
    kill "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pidfile" "$dir/ready"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) running && cat "$dir/ready" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
