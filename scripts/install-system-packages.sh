#!/usr/bin/env bash
# The Debian/Ubuntu packages the whole suite uses, beside the Python venv (`make install-dev`).
# Without them `make test` still passes: the tests that need one skip, and the run's last line
# counts them and names this script.
#
#   sudo scripts/install-system-packages.sh          install them (apt-get)
#   scripts/install-system-packages.sh --list        print the package names
set -euo pipefail

# chromium: the browser end-to-end tests; fonts-noto-cjk: Chinese text in those pages;
# antiword + LibreOffice Writer: .doc import (and making fixtures); postgresql: the suite against
# a real server (scripts/pg.sh); gettext: the translation catalog checks; wrk: bench/load.
PACKAGES=(chromium antiword libreoffice-writer-nogui postgresql gettext wrk fonts-noto-cjk)

if [ "${1:-}" = --list ]; then
  printf '%s\n' "${PACKAGES[@]}"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "install-system-packages: no apt-get here; install by hand: ${PACKAGES[*]}" >&2
  exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-system-packages: needs root: sudo $0" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
