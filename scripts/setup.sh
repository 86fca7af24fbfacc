#!/usr/bin/env bash
# Installs whatever Between needs to build, serve and test, at pinned versions.
# Safe to run again: every step checks first and is skipped when already done.
# Meant to be sourced by serve.sh and test.sh (it sets PATH), or run on its own.
set -euo pipefail

BETWEEN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.2
# The CLI must be exactly the wasm-bindgen the app links against.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$BETWEEN_ROOT/Cargo.lock")
TOOLS_DIR=${BETWEEN_TOOLS_DIR:-$HOME/.cache/between-tools}
export BETWEEN_TOOLS_DIR="$TOOLS_DIR"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

step() { printf '\n==> %s\n' "$*"; }

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v brotli >/dev/null || missing+=(brotli)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] && return
  step "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

install_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
  cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
  # Thin LTO and many codegen units build these tools in about half the time, same output.
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "Installing trunk $TRUNK_VERSION (about 10 minutes, once)"
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
    # Not --locked: its lock file pins a crate version the registry no longer serves.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

install_node_tools() {
  # Debian's binaryen is too old and silently produces a blank page; npm's is current.
  if [[ "$(wasm-opt --version 2>/dev/null)" != *"version_$BINARYEN_VERSION"* ]]; then
    step "Installing wasm-opt (binaryen@$BINARYEN_VERSION from npm)"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
  fi
  if [ "$(cat "$TOOLS_DIR/node_modules/terser/package.json" 2>/dev/null | node -p 'JSON.parse(require("fs").readFileSync(0)).version' 2>/dev/null)" != "$TERSER_VERSION" ]; then
    step "Installing terser@$TERSER_VERSION from npm (minifies the release JavaScript)"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund "terser@$TERSER_VERSION"
  fi
  local e2e="$BETWEEN_ROOT/tests/e2e"
  if [ ! -d "$e2e/node_modules" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
    step "Installing end-to-end test packages (npm ci)"
    (cd "$e2e" && npm ci --no-audit --no-fund)
  fi
}

install_debian_packages
install_rust_tools
install_node_tools
(cd "$BETWEEN_ROOT" && cargo fetch --quiet)
