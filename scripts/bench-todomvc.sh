#!/usr/bin/env bash
# Builds the Leptos todomvc example with Between's release recipe, into target/todomvc-dist,
# as a yardstick for the benchmark (tests/e2e/bench/app-bench.mjs --todomvc target/todomvc-dist).
#
#   bash scripts/bench-todomvc.sh LEPTOS_DIR      (a checkout of github.com/leptos-rs/leptos)
#
# Nothing is written into the Leptos checkout and no Leptos code enters this repository: the
# example is copied to target/todomvc/app (target/ is ignored by git), its `../../leptos`
# path dependencies are pointed at the checkout, and cargo builds into target/todomvc/target.
# The recipe is read from Between's own files: [profile.release] of Cargo.toml (as
# CARGO_PROFILE_RELEASE_* variables), the wasm32 rustflags of .cargo/config.toml, the
# wasm-opt options of index.html's trunk link, and the pinned tool versions and minify
# setting of Trunk.toml; terser minifies the JavaScript
# as scripts/post-build.mjs does. Then `trunk build --release --offline`, like scripts/build.sh.
# Without a LEPTOS_DIR (as in CI), it says so and exits 0.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LEPTOS_DIR=${1:-}

if [ -z "$LEPTOS_DIR" ]; then
  echo "bench-todomvc: no Leptos checkout given; skipping the todomvc build (usage: bash scripts/bench-todomvc.sh LEPTOS_DIR)."
  exit 0
fi
if [ ! -d "$LEPTOS_DIR/examples/todomvc" ] || [ ! -d "$LEPTOS_DIR/leptos" ]; then
  echo "bench-todomvc: $LEPTOS_DIR is not a Leptos checkout with examples/todomvc; skipping the todomvc build."
  exit 0
fi
LEPTOS_DIR=$(cd "$LEPTOS_DIR" && pwd)

# The tools scripts/setup.sh installs (already on PATH when called from scripts/bench.sh).
TOOLS_DIR=${BETWEEN_TOOLS_DIR:-$HOME/.cache/between-tools}
export BETWEEN_TOOLS_DIR="$TOOLS_DIR"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"
for tool in cargo trunk wasm-bindgen wasm-opt node; do
  command -v "$tool" >/dev/null || { echo "bench-todomvc: $tool is missing (run scripts/setup.sh first)." >&2; exit 1; }
done

WORK="$ROOT/target/todomvc"
APP="$WORK/app"
DIST="$ROOT/target/todomvc-dist"
export CARGO_TARGET_DIR="$WORK/target"

# ----- Between's recipe ---------------------------------------------------------------------
# [profile.release] of Cargo.toml -> CARGO_PROFILE_RELEASE_<KEY>=<value>
while IFS='=' read -r key value; do
  key=$(echo "$key" | tr -d ' ' | tr 'a-z-' 'A-Z_')
  value=$(echo "$value" | sed -e 's/#.*//' -e 's/^ *//' -e 's/ *$//' -e 's/^"\(.*\)"$/\1/')
  if [ -n "$key" ]; then
    export "CARGO_PROFILE_RELEASE_$key=$value"
    echo "bench-todomvc: CARGO_PROFILE_RELEASE_$key=$value"
  fi
done < <(awk '/^\[/{ section = $0; next } section == "[profile.release]" && /=/ && !/^[[:space:]]*#/' "$ROOT/Cargo.toml")
# The trunk link's wasm-opt attributes in index.html (level and parameters).
WASM_OPT_ATTRS=$(grep -o 'data-wasm-opt="[^"]*"' "$ROOT/index.html" | head -1)
WASM_OPT_PARAMS=$(grep -o 'data-wasm-opt-params="[^"]*"' "$ROOT/index.html" | head -1 || true)
# The wasm32 rustflags of Between's .cargo/config.toml (e.g. Leptos's `--cfg erase_components`).
# The copy lives under this repository, so cargo would find that file anyway; set explicitly
# so the recipe does not depend on where the copy is.
WASM_RUSTFLAGS=""
if [ -f "$ROOT/.cargo/config.toml" ]; then
  WASM_RUSTFLAGS=$(awk '/^\[/{ s = ($0 == "[target.wasm32-unknown-unknown]"); next } s && /^rustflags *=/' "$ROOT/.cargo/config.toml" \
    | grep -o '"[^"]*"' | tr -d '"' | paste -sd' ' || true)
fi
if [ -n "$WASM_RUSTFLAGS" ]; then
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RUSTFLAGS"
  echo "bench-todomvc: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=$WASM_RUSTFLAGS (from .cargo/config.toml)"
fi
# Pinned tools and minify setting in Trunk.toml.
toml_value() { awk -v s="[$1]" -v k="$2" '/^\[/{ in_s = ($0 == s); next } in_s && $1 == k { sub(/^[^=]*= */, ""); sub(/ *#.*/, ""); print; exit }' "$ROOT/Trunk.toml"; }
WASM_BINDGEN_PIN=$(toml_value tools wasm_bindgen | tr -d '"')
WASM_OPT_PIN=$(toml_value tools wasm_opt | tr -d '"')
MINIFY=$(toml_value build minify | tr -d '"')
echo "bench-todomvc: trunk link $WASM_OPT_ATTRS $WASM_OPT_PARAMS; wasm-bindgen $WASM_BINDGEN_PIN, wasm-opt $WASM_OPT_PIN, minify ${MINIFY:-never}"

# ----- A copy of the example ------------------------------------------------------------------
rm -rf "$APP"
mkdir -p "$WORK"
cp -R "$LEPTOS_DIR/examples/todomvc" "$APP"
rm -rf "$APP/target" "$APP/dist" "$APP/rust-toolchain.toml" "$APP/Trunk.toml"
# Workspace path dependencies (../../leptos) point at the checkout; the copy is its own workspace.
sed -i "s#path = \"\.\./\.\./#path = \"$LEPTOS_DIR/#g" "$APP/Cargo.toml"
printf '\n[workspace]\n' >>"$APP/Cargo.toml"
# Start from Between's lock file, so shared crates (wasm-bindgen, js-sys, web-sys, ...) are the
# versions Between ships; cargo adds or drops the rest.
cp "$ROOT/Cargo.lock" "$APP/Cargo.lock"
# The same wasm-opt options as Between's trunk link.
perl -0pi -e "s#<link\s+data-trunk\s+rel=\"rust\"[^>]*?/?>#<link data-trunk rel=\"rust\" $WASM_OPT_ATTRS $WASM_OPT_PARAMS/>#" "$APP/index.html"
grep -q 'rel="rust"' "$APP/index.html" || { echo "bench-todomvc: no trunk rust link in the example's index.html" >&2; exit 1; }
cat >"$APP/Trunk.toml" <<EOF
# Written by Between's scripts/bench-todomvc.sh: Between's pinned tools and minify setting.
[build]
target = "index.html"
minify = "${MINIFY:-never}"

[tools]
wasm_bindgen = "$WASM_BINDGEN_PIN"
wasm_opt = "$WASM_OPT_PIN"

[[hooks]]
stage = "post_build"
command = "node"
command_arguments = ["terser-hook.mjs"]
EOF
# Terser on the release JavaScript, with the same options as scripts/post-build.mjs (that
# script also writes Between's Content-Security-Policy, which does not apply here).
cat >"$APP/terser-hook.mjs" <<'EOF'
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = path.join(dir, 'index.html');
if (process.env.TRUNK_PROFILE === 'release' && existsSync(indexFile)) {
  let html = readFileSync(indexFile, 'utf8');
  const { minify } = createRequire(path.join(process.env.BETWEEN_TOOLS_DIR, 'node_modules', 'x.js'))('terser');
  const sha384 = (b) => `sha384-${createHash('sha384').update(b).digest('base64')}`;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = path.join(dir, name);
    const source = readFileSync(file);
    const result = await minify(source.toString('utf8'), { module: true, compress: true, mangle: true });
    writeFileSync(file, result.code);
    html = html.split(sha384(source)).join(sha384(Buffer.from(result.code, 'utf8')));
    console.log(`terser-hook: minified ${name} (${source.length} -> ${result.code.length} bytes)`);
  }
  writeFileSync(indexFile, html);
}
EOF

cd "$APP"
# wasm-bindgen must be exactly the installed CLI's version; crates.io is reachable, so
# resolve and download first, then build offline like Between.
if ! grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | grep -q "version = \"$WASM_BINDGEN_PIN\""; then
  cargo update --quiet -p wasm-bindgen --precise "$WASM_BINDGEN_PIN"
fi
cargo fetch --quiet
found=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p')
if [ "$found" != "$WASM_BINDGEN_PIN" ]; then
  cargo update --quiet -p wasm-bindgen --precise "$WASM_BINDGEN_PIN"
  cargo fetch --quiet
fi
info="Leptos todomvc example: leptos $(grep -A1 '^name = "leptos"$' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p') from $LEPTOS_DIR ($(git -C "$LEPTOS_DIR" describe --tags --always 2>/dev/null || echo 'not a git checkout')), wasm-bindgen $WASM_BINDGEN_PIN, wasm32 rustflags: ${WASM_RUSTFLAGS:-none}, built by scripts/bench-todomvc.sh"
echo "bench-todomvc: $info"

rm -rf "$DIST"
trunk build --release --offline --dist "$DIST"
# Beside the dist, not in it (the benchmark weighs every file of the dist).
echo "$info" >"$ROOT/target/todomvc-dist.txt"
echo "bench-todomvc: built into ${DIST#"$ROOT"/}"
