#!/usr/bin/env bash
# Builds the Docker image from the repository's Dockerfile without a Docker daemon (buildah)
# and checks what the image promises: its own CMD migrates, loads the demo and serves gunicorn
# as a non-root user; /healthz answers ok and a search finds demo speeches; no secret key,
# database, .git or data directory from the build context went in (issue 22).
#
# Run as root (.ci/run calls it): scripts/image_check.sh
#   IMAGE_CHECK_PORT      loopback port for the served container (default 18200)
#   IMAGE_BASE_CACHE      where the debootstrapped base is kept between runs
#                         (default /var/cache/archive-image-base; delete it to rebuild the base)
#   IMAGE_CHECK_TIMEOUT   seconds to wait for /healthz (default 600)
#
# The base the Dockerfile names (debian:bookworm-slim) is made from Debian's packages when no
# image of that name is stored (debootstrap), so no registry of images is needed. The host's CA
# for PyPI reaches pip through a pip.conf mounted for the build only (../shared/notes/image.md).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=localhost/speech-archive:check
PORT=${IMAGE_CHECK_PORT:-18200}
BASE_CACHE=${IMAGE_BASE_CACHE:-/var/cache/archive-image-base}
HEALTH_TIMEOUT=${IMAGE_CHECK_TIMEOUT:-600}
SEARCH_TERM=创先争优 # in the demo's titles and texts (fixtures/demo)

fail() {
  echo "image check FAILED: $*" >&2
  exit 1
}

# --- timing: every phase prints how long it took ----------------------------------------------
phase_name=""
phase_start=$SECONDS
check_start=$SECONDS
phase() {
  if [ -n "$phase_name" ]; then
    printf '== image check: %s took %ds\n' "$phase_name" $((SECONDS - phase_start))
  fi
  phase_name=$1
  phase_start=$SECONDS
  if [ -n "$phase_name" ]; then echo "== image check: $phase_name"; fi
}

# --- clean-up: the served container's processes, the container, the scratch files ---------
work=$(mktemp -d /tmp/archive-image-check.XXXXXX)
container=""
run_pid=""
cleanup() {
  local status=$?
  set +e
  stop_container_processes
  if [ -n "$container" ]; then
    buildah umount "$container" >/dev/null 2>&1
    buildah rm "$container" >/dev/null 2>&1
  fi
  rm -rf "$work"
  if [ "$status" != 0 ]; then echo "image check: failed after $((SECONDS - check_start))s" >&2; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The container's processes: descendants of `buildah run` whose root is not the host's (buildah's
# own chroot helpers run on the host as root; from buildah-chroot-exec on, it is the image).
container_pids() {
  local pid
  [ -n "$run_pid" ] || return 0
  for pid in $(ps -eo pid=,ppid= | awk -v root="$run_pid" '
    { parent[$1] = $2 }
    END { for (p in parent) for (q = p; q in parent; q = parent[q]) if (parent[q] == root) { print p; break } }'); do
    if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" != / ]; then echo "$pid"; fi
  done | sort -n
}

stop_container_processes() {
  local pids alive
  [ -n "$run_pid" ] || return 0
  pids=$(container_pids) # before buildah exits and they lose their parent
  kill "$run_pid" 2>/dev/null || true # buildah passes the signal on to the command
  # shellcheck disable=SC2086  # one pid per word
  if [ -n "$pids" ]; then kill $pids 2>/dev/null || true; fi
  for _ in $(seq 30); do
    alive=$(for pid in $pids; do if kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi; done)
    [ -n "$alive" ] || break
    sleep 1
  done
  # shellcheck disable=SC2086
  if [ -n "$alive" ]; then kill -KILL $alive 2>/dev/null || true; fi
  wait "$run_pid" 2>/dev/null || true # killed: not a failure of the check
  run_pid=""
}

# --- 1. tools ---------------------------------------------------------------------------------
phase "tools"
[ "$(id -u)" = 0 ] || fail "run as root (buildah stores images in /var/lib/containers)"
missing=()
for pair in buildah:buildah podman:podman debootstrap:debootstrap curl:curl ss:iproute2; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
# Podman's default resource limits are refused on these machines (no cgroup controllers).
printf '[containers]\ndefault_ulimits = []\n' >"$work/containers.conf"
export CONTAINERS_CONF="$work/containers.conf"
export BUILDAH_ISOLATION=chroot

# --- 2. the base image: from Debian's packages when none of that name is stored ----------------
phase "base image"
base=$(awk 'toupper($1) == "FROM" { print $2; exit }' Dockerfile)
if buildah inspect --type image "$base" >/dev/null 2>&1; then
  echo "$base is stored"
else
  case "$base" in
    debian:bookworm-slim | debian:bookworm) ;;
    *) fail "Dockerfile is FROM $base; this script makes only debian:bookworm bases" ;;
  esac
  tarball="$BASE_CACHE/debian-bookworm-minbase.tar"
  if [ ! -s "$tarball" ]; then
    echo "debootstrap bookworm (minbase) into $BASE_CACHE"
    mkdir -p "$BASE_CACHE"
    rootfs="$work/rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
      {
        tail -20 "$work/debootstrap.log" >&2
        fail "debootstrap"
      }
    # Like Debian's own image: updates and security fixes, no downloaded packages or lists.
    rm -f "$rootfs/etc/apt/sources.list"
    cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . >"$tarball.part"
    mv "$tarball.part" "$tarball"
    rm -rf "$rootfs"
  fi
  podman import --quiet --change 'CMD ["bash"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$tarball" "$base" >/dev/null
  echo "$base imported from $tarball"
fi

# --- 3. build ---------------------------------------------------------------------------------
# The build context is a copy of the checkout with decoys of what a developer's checkout holds
# (a data directory with a secret key and a database, a .env, a virtual environment) carrying a
# random marker: .dockerignore must keep every one of them out of the image.
phase "build"
context="$work/context"
mkdir -p "$context"
tar -C . --exclude=./.venv --exclude=./var -c . | tar -C "$context" -x
marker="image-check-marker-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
mkdir -p "$context/var/media" "$context/.venv/bin"
echo "$marker" >"$context/var/secret_key.txt"
echo "$marker" >"$context/var/archive.sqlite3"
echo "$marker" >"$context/var/media/upload.txt"
echo "SECRET_KEY=$marker" >"$context/.env"
echo "$marker" >"$context/.venv/bin/python"
mkdir -p "$context/data" # a data directory by another name (ARCHIVE_DATA_DIR=data)
echo "$marker" >"$context/data/secret_key.txt"
echo "$marker" >"$context/data/archive.sqlite3-wal"
[ -d "$context/.git" ] || fail "the build context has no .git to keep out"

# The host's CA for PyPI, for pip during the build only (never a file of the image).
ca=${PIP_CERT:-$(pip3 config get global.cert 2>/dev/null || true)}
if [ -z "$ca" ] && [ -s /etc/ssl/certs/ca-certificates.crt ]; then
  ca=/etc/ssl/certs/ca-certificates.crt
fi
build_mounts=()
if [ -n "$ca" ]; then
  printf '[global]\ncert = /run/host-ca.crt\n' >"$work/pip.conf"
  build_mounts=(-v "$work/pip.conf:/etc/pip.conf:ro" -v "$ca:/run/host-ca.crt:ro")
fi
buildah build --isolation chroot --layers --pull=never "${build_mounts[@]}" \
  -f "$context/Dockerfile" -t "$IMAGE" "$context" >"$work/build.log" 2>&1 ||
  {
    tail -40 "$work/build.log" >&2
    fail "buildah build"
  }
grep -E '^STEP|Using cache' "$work/build.log" | sed 's/^/  /' || true
# Every changed checkout leaves the layers of the previous build behind, untagged and unused:
# drop them (this build's layers are its cache and stay, as does the base).
buildah rmi --prune >/dev/null || true

# --- 4. the image's files and configuration -----------------------------------------------------
phase "image contents"
buildah inspect --type image "$IMAGE" >"$work/inspect.json"
# config KEY: one field of the image's OCI configuration, a list as NUL-terminated words.
config() {
  python3 - "$work/inspect.json" "$1" <<'EOF'
import json, sys
value = json.load(open(sys.argv[1]))["OCIv1"]["config"].get(sys.argv[2]) or ""
sys.stdout.write("".join(f"{word}\0" for word in value) if isinstance(value, list) else value)
EOF
}
container=$(buildah from --pull=never "$IMAGE")
mnt=$(buildah mount "$container")
[ -f "$mnt/app/manage.py" ] || fail "no /app/manage.py in the image"
found=$(cd "$mnt" && find app data -name .git -o -name .venv -o -name .env -o -name var \
  -o -name 'secret_key.txt' -o -name '*.sqlite3' -o -name '*.db' | head -20)
[ -z "$found" ] || fail "the image holds state or history from the build context: $found"
[ -z "$(ls -A "$mnt/data")" ] || fail "/data is not empty in the image: $(ls -A "$mnt/data")"
# Buildah 1.28 leaves an empty file where it mounted one for a RUN step; the content must not stay.
for path in etc/pip.conf run/host-ca.crt; do
  [ ! -s "$mnt/$path" ] || fail "the build-only /$path was left in the image"
done
leaked=$(grep -rlsF --exclude-dir=proc --exclude-dir=sys --exclude-dir=dev "$marker" "$mnt" || true)
[ -z "$leaked" ] ||
  fail "the build context's data directory, .env or venv went into the image: $leaked"
echo "no .git, .venv, .env, var/, secret key, database or build-only pip file in the image"

user=$(config User)
[ -n "$user" ] || fail "the image has no USER: it would run as root"
uid=${user%%:*}
if ! [[ "$uid" =~ ^[0-9]+$ ]]; then
  uid=$(awk -F: -v name="$uid" '$1 == name { print $3 }' "$mnt/etc/passwd")
fi
if [ -z "$uid" ] || [ "$uid" = 0 ]; then fail "the image's USER '$user' is root or unknown"; fi
echo "image USER $user (uid $uid)"

# --- 5. run the image's own CMD on loopback ------------------------------------------------
phase "serve (migrate, prepare_archive, gunicorn)"
if ss -Hltn "sport = :$PORT" | grep -q .; then fail "port $PORT is already in use"; fi
mapfile -d '' entrypoint < <(config Entrypoint)
mapfile -d '' cmd < <(config Cmd)
image_command=("${entrypoint[@]}" "${cmd[@]}")
[ ${#image_command[@]} -gt 0 ] || fail "the image has no CMD"
workdir=$(config WorkingDir)
# buildah run shares the host's network: HOST keeps gunicorn on loopback. Buildah 1.28 applies
# the image's USER by itself; --user says so explicitly, and the uid check below verifies it.
buildah run --isolation chroot --user "$user" --workingdir "${workdir:-/}" \
  --env HOST=127.0.0.1 --env PORT="$PORT" --env WEB_CONCURRENCY=2 \
  "$container" -- "${image_command[@]}" >"$work/serve.log" 2>&1 &
run_pid=$!
base_url="http://127.0.0.1:$PORT"
deadline=$((SECONDS + HEALTH_TIMEOUT))
# gunicorn listens only once migrate and prepare_archive are done: its first answer counts.
while health=$(curl -sS -o "$work/healthz.json" -w '%{http_code}' "$base_url/healthz" 2>/dev/null); [ "$health" = 000 ]; do
  if ! kill -0 "$run_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    tail -40 "$work/serve.log" >&2
    fail "the container did not answer /healthz on port $PORT"
  fi
  sleep 2
done
echo "/healthz: HTTP $health $(cat "$work/healthz.json")"

phase "checks on the served container"
[ "$health" = 200 ] || fail "/healthz answered HTTP $health"
python3 - "$work/healthz.json" <<'EOF' || fail "/healthz is not ok"
import json, sys
body = json.load(open(sys.argv[1]))
sys.exit(0 if body.get("status") == "ok" else 1)
EOF
curl -fsS -G --data-urlencode "q=$SEARCH_TERM" -o "$work/search.json" "$base_url/api/search" ||
  fail "/api/search did not answer"
python3 - "$work/search.json" <<'EOF' || fail "a search for a demo term found nothing"
import json, sys
body = json.load(open(sys.argv[1]))
print(f"/api/search?q={body['query']}: {body['count']} speeches, first: {body['results'][0]['title']}")
sys.exit(0 if body["count"] > 0 and body["results"] else 1)
EOF

# The process that listens is gunicorn inside the container, and neither it nor any other
# process of the container runs as root.
listener=$(ss -Hltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$listener" ] || fail "no process listens on port $PORT"
pids=$(container_pids)
grep -qx "$listener" <<<"$pids" || fail "the process on port $PORT ($listener) is not in the container"
[ -e "/proc/$listener/root/app/manage.py" ] || fail "the process on port $PORT does not see /app"
grep -q gunicorn "/proc/$listener/cmdline" || fail "the process on port $PORT is not gunicorn"
for pid in $pids; do
  read -r _ real effective _ < <(grep '^Uid:' "/proc/$pid/status")
  name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | cut -c1-80)
  if [ "$real" = 0 ] || [ "$effective" = 0 ]; then fail "process $pid ($name) runs as root"; fi
  echo "  pid $pid uid $effective: $name"
done
[ "$(awk '/^Uid:/ { print $3 }' "/proc/$listener/status")" = "$uid" ] ||
  fail "gunicorn does not run as the image's USER (uid $uid)"
echo "gunicorn and its workers run as uid $uid"

phase "stop"
stop_container_processes
phase ""
echo "== image check passed in $((SECONDS - check_start))s"
