#!/usr/bin/env bash
# Builds the release app into dist/: one wasm bundle and one index.html for every page, the
# manifest, the icons and the service worker (whose precache list scripts/post-build.mjs
# writes). Expects the tools from setup.sh on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline
