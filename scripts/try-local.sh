#!/usr/bin/env bash
# A first mirror run with no network and no account: starts two throw-away local registries
# (Debian's docker-registry), fills one with a small namespace (nested repositories, a multi-arch
# OCI index, a Docker manifest list), mirrors it into the other with `node dist/cli.js sync`, then
# runs again to show that nothing is copied twice. Needs: node, npm, docker-registry (apt).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v docker-registry >/dev/null || { echo "try-local: needs docker-registry (apt-get install docker-registry)" >&2; exit 2; }
[ -d node_modules ] || npm ci --no-audit --no-fund
exec npx tsx scripts/try-local.ts "$@"
