#!/usr/bin/env bash
# The whole test suite, as CI runs it: system packages, lint, type check,
# dist check, unit + integration + end-to-end tests (Node of this machine),
# then the end-to-end suite again on Node 24 (what action.yml runs).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--experimental-vm-modules
mkdir -p .tmp
bash scripts/system-deps.sh
echo "== lint"; npx eslint . && npx prettier --check . >/dev/null
echo "== type check"; npx tsc --noEmit -p tsconfig.json
echo "== dist"; bash scripts/check-dist.sh
echo "== tests on $(node --version)"; npx jest --json --outputFile=.tmp/jest-main.json
node24="$(bash scripts/node24.sh)"
echo "== end-to-end on $("$node24" --version)"
REGISTRY_TAGS_NODE="$node24" npx jest __tests__/e2e --json --outputFile=.tmp/jest-node24.json
node -e '
  const runs = [".tmp/jest-main.json", ".tmp/jest-node24.json"].map(f => require(require("path").resolve(f)))
  const sum = k => runs.reduce((n, r) => n + r[k], 0)
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`)
'
