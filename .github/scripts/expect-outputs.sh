#!/usr/bin/env bash
# Checks the action's outputs in the self-test. The workflow passes them in
# through the environment (never pasted into a script); each argument names a
# variable and what its value must be:
#
#   NAME=nonempty     any non-empty value
#   NAME=digest       sha256: and 64 hex digits
#   NAME=number       a whole number
#   NAME=json-array   a JSON array with at least one entry
#   NAME=empty-array  the JSON array []
#   NAME=true|false   exactly that word
#   NAME=/regex/      matches the extended regular expression
#
# Every check runs; the script fails if any did. Works with the bash 3.2 of
# macOS and Git Bash on Windows.
set -uo pipefail

failed=0

# check VALUE CHECK: succeeds when VALUE is what CHECK asks for.
check() {
  local value=$1 expected=$2 pattern
  case $expected in
    nonempty) [[ -n $value ]] ;;
    digest) [[ $value =~ ^sha256:[0-9a-f]{64}$ ]] ;;
    number) [[ $value =~ ^[0-9]+$ ]] ;;
    json-array) jq -e 'type == "array" and length > 0' <<<"$value" >/dev/null 2>&1 ;;
    empty-array) jq -e '. == []' <<<"$value" >/dev/null 2>&1 ;;
    true | false) [[ $value == "$expected" ]] ;;
    /*/)
      pattern=${expected#/}
      pattern=${pattern%/}
      [[ $value =~ $pattern ]]
      ;;
    *)
      echo "::error::expect-outputs.sh: unknown check '$expected'"
      return 1
      ;;
  esac
}

for spec in "$@"; do
  name=${spec%%=*}
  expected=${spec#*=}
  value=${!name-}
  shown=${value:0:160}
  if check "$value" "$expected"; then
    echo "ok      $name ($expected): $shown"
  else
    echo "::error::$name should be $expected; it is '$shown'"
    failed=1
  fi
done
exit $failed
