#!/usr/bin/env bash
# A first mirror run with no network and no account: writes a small namespace (nested repositories,
# a multi-arch OCI index, a Docker manifest list) as an OCI layout, starts two throw-away local
# registries (Debian's docker-registry), loads the namespace into one and mirrors it into the other
# with `node dist/cli.js sync`, then runs again to show that nothing is copied twice.
# Needs only the clone, node (20.18.1 or newer) and docker-registry (apt-get install docker-registry):
# no npm registry, no node_modules, no TypeScript.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { echo "try-local: needs node 20.18.1 or newer (apt-get install nodejs)" >&2; exit 2; }
command -v docker-registry >/dev/null || { echo "try-local: needs docker-registry (apt-get install docker-registry)" >&2; exit 2; }
[ -f dist/cli.js ] || { echo "try-local: dist/cli.js is missing: run it from a clone of gcr-mirror (dist/ is committed)" >&2; exit 2; }
exec node scripts/try-local.mjs "$@"
