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
# "For therapists" is drawn by the homework bundle: the same page under a second address,
# so any static host can serve it (its files are referenced from /homework/).
if [[ -f dist/homework/index.html ]]; then
  mkdir -p dist/for-therapists
  cp dist/homework/index.html dist/for-therapists/index.html
fi
