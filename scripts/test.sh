#!/usr/bin/env bash
# Installs anything missing, then runs every check and all three test layers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$BETWEEN_ROOT"

step "Formatting and lints (native and wasm32)"
cargo fmt --all --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "Layer 1 of 3: native tests (domain, storage format, migrations)"
cargo test

step "Layer 2 of 3: browser tests (wasm-bindgen-test in headless Chromium)"
browser_tests=()
for file in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$file" .rs)"); done
# browser_years writes, locks and unlocks 10,000 entries: about half a minute, over the
# runner's default 20 s.
WASM_BINDGEN_TEST_TIMEOUT=300 cargo test --target wasm32-unknown-unknown "${browser_tests[@]}"

step "Layer 3 of 3: end-to-end tests (release build driven in headless Chromium)"
bash scripts/build.sh
# The target for the whole app is 300 KB brotli; 440 is the ceiling until it is met
# (session prep +42.0 KB, two languages +28.8 KB, bringing entries in and taking them out
# +41.2 KB: see README's "Size and speed").
node tests/e2e/support/sizes.mjs dist --budget-kb 440
step "Benchmark smoke run (it must work; its timings are never a pass or a fail)"
BENCH_COMMAND="node tests/e2e/bench/app-bench.mjs --quick" node tests/e2e/bench/app-bench.mjs --quick
node tests/e2e/bench/storage-bench.mjs --quick
node tests/e2e/bench/summary-bench.mjs --quick
step "The end-to-end suite"
(cd tests/e2e && npm test)
