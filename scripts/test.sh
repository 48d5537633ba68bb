#!/usr/bin/env bash
# The whole test suite, as CI runs it: system packages, lint, format, type
# check, dist check, the unit and lab Jest projects (Node of this machine),
# then the end-to-end tests again on Node 24 (what action.yml runs).
# Every step runs even when an earlier one failed, so one run shows every
# problem; the script exits 1 if any step failed and prints one total.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--experimental-vm-modules
mkdir -p .tmp
rm -f .tmp/jest-main.json .tmp/jest-node24.json
bash scripts/system-deps.sh || exit 1

failed=()
# step NAME COMMAND...: runs COMMAND, remembers NAME if it fails.
step() {
  local name=$1
  shift
  echo "== $name"
  "$@" || failed+=("$name")
}

step lint npx eslint .
step format npx prettier --check --log-level warn .
step 'type check' npx tsc --noEmit -p tsconfig.json
# A dist/ equal to a fresh build is stamped; the end-to-end tests refuse any other (scripts/dist-stamp.mjs).
step dist bash scripts/check-dist.sh
step "tests on $(node --version)" npx jest --json --outputFile=.tmp/jest-main.json
if node24="$(bash scripts/node24.sh)"; then
  step "end-to-end on $("$node24" --version)" env REGISTRY_TAGS_NODE="$node24" \
    npx jest __tests__/e2e --selectProjects lab --json --outputFile=.tmp/jest-node24.json
else
  failed+=('Node 24 (scripts/node24.sh)')
fi

node -e '
  const { existsSync, readFileSync } = require("fs")
  const runs = process.argv.slice(1).filter(f => existsSync(f)).map(f => JSON.parse(readFileSync(f, "utf8")))
  const sum = k => runs.reduce((n, r) => n + r[k], 0)
  console.log(`== ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`)
' .tmp/jest-main.json .tmp/jest-node24.json
if [ ${#failed[@]} -gt 0 ]; then
  printf '== failed: %s\n' "$(IFS=,; echo "${failed[*]}" | sed 's/,/, /g')" >&2
  exit 1
fi
