#!/usr/bin/env bash
# No function in src/ is longer than 60 lines (README, "Development"): clang-tidy's
# readability-function-size over every source file of the build, one line per function over.
# Usage: tests/lint/function_size.sh BUILD_DIR (built with CMAKE_EXPORT_COMPILE_COMMANDS=ON)
set -euo pipefail
build=${1:?usage: function_size.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
limit=60
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2; exit 2; }
cd "$root"
found=$(find src -name '*.cpp' -print0 | xargs -0 -P2 -n8 clang-tidy -p "$build" --quiet \
  -checks='-*,readability-function-size' \
  -config="{CheckOptions: [{key: readability-function-size.LineThreshold, value: $limit}]}" 2>/dev/null |
  grep -E 'warning: function .* exceeds|note: [0-9]+ lines including' || true)
if [ -n "$found" ]; then
  echo "$found"
  echo "functions over $limit lines: split them into steps" >&2
  exit 1
fi
echo "no function over $limit lines in src/"
