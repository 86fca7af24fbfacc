#!/usr/bin/env bash
# Builds the release app into dist/: the journal bundle (index.html) first, then one folder
# per page in pages/ (pages/summary.html -> dist/summary/), each with its own wasm so the
# journal's first load carries none of their code. Expects the tools from setup.sh on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The journal build empties dist/, so it goes first.
trunk build --release --offline
for page in pages/*.html; do
  name=$(basename "$page" .html)
  trunk build --release --offline=true --dist "dist/$name" --public-url "/$name/" "$page"
done
# Pages drawn by a bundle under other addresses get a copy of its page, so any static host
# can serve them (their files are referenced from /<bundle>/).
page_copies() {
  local bundle=$1; shift
  for page in "$@"; do
    mkdir -p "dist/$page"
    cp "dist/$bundle/index.html" "dist/$page/index.html"
  done
}
page_copies homework for-therapists
page_copies reflect about prompts check-in
