#!/usr/bin/env bash
# Installs anything missing, then builds the release app and serves it on 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$BETWEEN_ROOT"
PORT=${PORT:-8080}
step "Serving Between at http://127.0.0.1:$PORT (Ctrl+C stops it)"
exec trunk serve --release --offline --address 127.0.0.1 --port "$PORT" --no-autoreload
