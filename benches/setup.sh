#!/usr/bin/env bash
# Installs what the benchmarks need beyond the Rust toolchain, idempotently:
# - a Python venv under <target>/bench-venv with xmltodict (for xmltodict_bench.py) and requests
#   (for the whole-sync bench's integrator, benches/sync/integrator.py), pinned;
# - hyperfine (for `cargo xtask gen` wall time), from Debian's packages when missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
venv="$target/bench-venv"
XMLTODICT_VERSION="1.0.4"
# The whole-sync bench's Python integrator (benches/sync/integrator.py).
REQUESTS_VERSION="2.32.5"

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('xmltodict') != '$XMLTODICT_VERSION')" 2>/dev/null; then
  "$venv/bin/pip" install --quiet "xmltodict==$XMLTODICT_VERSION"
fi
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('requests') != '$REQUESTS_VERSION')" 2>/dev/null; then
  "$venv/bin/pip" install --quiet "requests==$REQUESTS_VERSION"
fi
echo "python: $("$venv/bin/python" --version), xmltodict $XMLTODICT_VERSION, requests $REQUESTS_VERSION in $venv"

if ! command -v hyperfine > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    apt-get update -qq && apt-get install -y -qq hyperfine > /dev/null
  else
    echo "hyperfine not found: generation wall time falls back to a timed loop" >&2
  fi
fi
command -v hyperfine > /dev/null && hyperfine --version || true
