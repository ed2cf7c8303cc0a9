#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for running the suite against a real server.
#
#   scripts/pg.sh start [DIR]   create (or restart) a cluster in DIR (default: a new temp dir)
#                               and print DATABASE_URL=postgres://… on stdout
#   scripts/pg.sh env DIR       print the DATABASE_URL of the cluster in DIR again
#   scripts/pg.sh stop DIR      shut the cluster down (the files stay; `start DIR` reuses them)
#   scripts/pg.sh destroy DIR   shut it down and delete DIR
#
# Typical use:  export "$(scripts/pg.sh start /tmp/pg)" && make test; scripts/pg.sh destroy /tmp/pg
#
# The server listens on a unix socket inside DIR and on 127.0.0.1 at a free port; nothing else
# can reach it. Durability is switched off (fsync, full_page_writes): the data is disposable
# and the suite runs much faster without them.
set -euo pipefail

# The server binaries: PG_BIN, else initdb's directory on PATH, else the one `pg_config --bindir`
# names (Debian keeps them off PATH, in /usr/lib/postgresql/N/bin). tests/programs.py looks
# the same way, so a test that needs PostgreSQL runs exactly when this script can.
PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
  if command -v initdb >/dev/null; then
    # Resolved: a symlink on PATH stands for a directory that also holds pg_ctl and psql.
    PG_BIN=$(dirname "$(readlink -f "$(command -v initdb)")")
  elif command -v pg_config >/dev/null; then
    PG_BIN=$(pg_config --bindir 2>/dev/null || true)
  fi
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "pg.sh: no PostgreSQL server binaries (apt-get install -y postgresql, or set PG_BIN)" >&2
  exit 2
fi

DB_NAME=${PG_DB_NAME:-archive}
DB_USER=${PG_DB_USER:-archive}

say() { echo "pg.sh: $*" >&2; }

# initdb and postgres refuse to run as root, so as root every server command runs as the
# `postgres` OS user, which then has to own the cluster directory.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  say "no free port found"
  exit 1
}

database_url() {
  local dir=$1
  # shellcheck disable=SC1091
  . "$dir/connection"
  echo "DATABASE_URL=postgres://$DB_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
}

psql_admin() {
  local dir=$1
  shift
  # shellcheck disable=SC1091
  . "$dir/connection"
  as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$PG_PORT" -U postgres \
    -d postgres "$@"
}

init_cluster() {
  local dir=$1
  local password
  password=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  if ! as_owner test -w "$dir"; then
    say "the postgres user cannot reach $dir (every parent directory must be searchable by it)"
    exit 1
  fi
  # Local (socket) connections are trusted: the socket sits in a 0700 directory. TCP needs the
  # role's password.
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
  printf 'PG_PASSWORD=%s\nPG_PORT=\n' "$password" | as_owner tee "$dir/connection" >/dev/null
  as_owner chmod 600 "$dir/connection"
}

start_server() {
  local dir=$1 port
  for _ in 1 2 3; do
    port=$(free_port)
    as_owner sed -i "s/^PG_PORT=.*/PG_PORT=$port/" "$dir/connection"
    if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w \
      -t 60 start >/dev/null; then
      return
    fi
    say "start on port $port failed, retrying"
  done
  cat "$dir/server.log" >&2
  exit 1
}

create_database() {
  local dir=$1
  # shellcheck disable=SC1091
  . "$dir/connection"
  # CREATEDB: Django's test runner creates and drops test_<name> itself.
  psql_admin "$dir" <<EOF
CREATE ROLE "$DB_USER" LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
CREATE DATABASE "$DB_NAME" OWNER "$DB_USER" ENCODING 'UTF8' TEMPLATE template0;
EOF
}

is_running() {
  [ -f "$1/data/postmaster.pid" ] && as_owner "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

cmd_start() {
  local dir=${1:-}
  if [ -z "$dir" ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/archive-pg.XXXXXX")
  fi
  dir=$(realpath -m -- "$dir")
  if [ -f "$dir/data/PG_VERSION" ]; then
    if is_running "$dir"; then
      say "already running in $dir"
    else
      start_server "$dir"
    fi
  else
    init_cluster "$dir"
    start_server "$dir"
    create_database "$dir"
  fi
  say "cluster in $dir (stop with: scripts/pg.sh stop $dir)"
  database_url "$dir"
}

cmd_stop() {
  local dir=$1
  if is_running "$dir"; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
}

cmd_destroy() {
  local dir=$1
  # Refuse anything that does not look like a cluster made by this script.
  if [ ! -f "$dir/connection" ] || [ ! -d "$dir/data" ]; then
    say "$dir is not a pg.sh cluster; not deleting it"
    exit 1
  fi
  cmd_stop "$dir"
  rm -rf -- "$dir"
}

need_dir() {
  if [ -z "${1:-}" ]; then
    say "usage: $0 $2 DIR"
    exit 2
  fi
}

case "${1:-}" in
  start) cmd_start "${2:-}" ;;
  env) need_dir "${2:-}" env; database_url "$2" ;;
  stop) need_dir "${2:-}" stop; cmd_stop "$2" ;;
  destroy) need_dir "${2:-}" destroy; cmd_destroy "$2" ;;
  *)
    echo "usage: $0 start [DIR] | env DIR | stop DIR | destroy DIR" >&2
    exit 2
    ;;
esac
