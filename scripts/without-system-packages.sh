#!/usr/bin/env bash
# Run a command as on a fresh machine without the packages of install-system-packages.sh, even
# on one that has them: PATH holds only the venv and a directory of links to a base system's
# commands, so antiword, LibreOffice, Chromium, PostgreSQL, gettext, fontconfig, a JDK, Maven
# and wrk are not found. The tests look every such program up on PATH (tests/programs.py), so
# they see what a fresh machine gives them. .ci/run's first step runs tests this way.
#
#   scripts/without-system-packages.sh .venv/bin/pytest tests/ingest
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# What every Debian-like system has (coreutils, bash, grep, sed, findutils, util-linux, ...).
BASICS=(
  sh bash dash env cat ls cp mv rm ln mkdir rmdir chmod chown touch mktemp readlink realpath
  dirname basename head tail tr cut sort uniq wc tee od printf echo test true false sleep date
  id uname kill ps grep sed awk find xargs tar gzip diff cmp hostname stat du df nproc timeout
  runuser getent make git
)
# What the packages bring (directly or through their dependencies); none may be reachable.
HIDDEN=(
  antiword soffice libreoffice lowriter chromium chromium-browser psql pg_config pg_ctl initdb
  postgres pg_ctlcluster java javac mvn wrk fc-list fc-match xgettext msgfmt msgmerge
)

bin=$(mktemp -d "${TMPDIR:-/tmp}/archive-bare-path.XXXXXX")
trap 'rm -rf "$bin"' EXIT
for name in "${BASICS[@]}"; do
  if found=$(type -P "$name"); then ln -s "$found" "$bin/$name"; fi
done
# Python is the venv's (make install-dev first, with any PATH: it needs pip only). No python
# here: a venv made from a link in this temporary directory would point into it.
bare_path="$ROOT/.venv/bin:$bin"
for name in "${HIDDEN[@]}"; do
  if found=$(PATH=$bare_path && type -P "$name"); then
    echo "without-system-packages: $name is still on PATH ($found)" >&2
    exit 1
  fi
done

# PG_BIN and ARCHIVE_CHROMIUM would point the tests past PATH.
env -u PG_BIN -u ARCHIVE_CHROMIUM PATH="$bare_path" "$@"
