#!/usr/bin/env bash
# The benchmark (not a test: it never fails on a timing). Installs what is missing, builds the
# release app into dist/, optionally builds the Leptos todomvc example the same way, then
# measures bytes, first paint, time until usable, page moves and adding an entry
# (tests/e2e/bench/app-bench.mjs). Figures go to stdout; --write also writes BENCHMARKS.md.
#
#   bash scripts/bench.sh [--quick] [--todomvc PATH_TO_LEPTOS_REPO] [--write]
#     --quick    one run with a 500-entry journal (the CI smoke run)
#     --todomvc  a checkout of github.com/leptos-rs/leptos: adds todomvc as a yardstick
#     --write    write the report to BENCHMARKS.md
set -euo pipefail
usage() { echo "usage: bash scripts/bench.sh [--quick] [--todomvc PATH_TO_LEPTOS_REPO] [--write]" >&2; exit 2; }

quick=() leptos="" write=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=(--quick) ;;
    --todomvc) [ $# -ge 2 ] || usage; leptos=$2; shift ;;
    --write) write=(--write BENCHMARKS.md) ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
  shift
done
command_line="bash scripts/bench.sh${quick:+ --quick}${leptos:+ --todomvc $leptos}${write:+ --write}"

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$BETWEEN_ROOT"

step "Release build into dist/"
bash scripts/build.sh

todomvc=()
if [ -n "$leptos" ]; then
  step "Leptos todomvc, built with the same release recipe"
  bash scripts/bench-todomvc.sh "$leptos"
  # Passed on even if nothing was built: the report then says why the row is missing.
  todomvc=(--todomvc target/todomvc-dist)
fi

step "Benchmark"
BENCH_COMMAND="$command_line" node tests/e2e/bench/app-bench.mjs "${quick[@]}" "${todomvc[@]}" "${write[@]}"
step "Years of entries: storage share, the lock at 5,000 and 10,000 entries"
BENCH_COMMAND="$command_line" node tests/e2e/bench/storage-bench.mjs "${quick[@]}" "${write[@]}"
step "The summary at a year and more: dates, section actions and single choices at 5,000 entries"
BENCH_COMMAND="$command_line" node tests/e2e/bench/summary-bench.mjs "${quick[@]}" "${write[@]}"
step "Taking a long journal out: Markdown and CSV exports at 10,000 entries"
BENCH_COMMAND="$command_line" node tests/e2e/bench/take-out-bench.mjs "${quick[@]}" "${write[@]}"
