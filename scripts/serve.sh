#!/usr/bin/env bash
# Installs anything missing, builds the release app (every bundle) and serves it on 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$BETWEEN_ROOT"
PORT=${PORT:-8080}
step "Building the release app into dist/"
bash scripts/build.sh
step "Serving Between at http://127.0.0.1:$PORT (Ctrl+C stops it)"
exec node tests/e2e/support/server.mjs --root dist --port "$PORT"
