#!/usr/bin/env bash
# dist/ must equal a fresh build: the runner executes the committed bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=.tmp/dist-check
rm -rf "$fresh"
# As `npm run package` builds: the action, then the command line (its lazily loaded chunks too).
npx ncc build src/action/index.ts -o "$fresh" --license licenses.txt --target es2022 --quiet
npx ncc build src/cli/index.ts -o "$fresh/cli" --license licenses.txt --target es2022 --quiet
if ! diff -r -q dist "$fresh" >/dev/null; then
  echo "dist/ differs from a fresh build. Run 'npm run package' and commit dist/." >&2
  diff -r -q dist "$fresh" >&2 || true
  exit 1
fi
# The end-to-end tests may now trust dist/ (they check this stamp: scripts/dist-stamp.mjs).
node scripts/dist-stamp.mjs write
echo "dist/ matches a fresh build"
