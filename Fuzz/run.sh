#!/usr/bin/env bash
# Runs one libFuzzer target (built by `make fuzz-build`) for a set time and prints one line:
#   FuzzMarkdown: 1234567 executions in 600 s, 0 crashes
# Inputs are at most FUZZ_MAX_LEN bytes (default 8192). New inputs go to
# .build-fuzz/corpus/<target> (the committed seeds in Fuzz/Corpus/<target> are only read);
# a crashing input is kept as .build-fuzz/artifacts/<target>-crash-<sha1>.
#   Fuzz/run.sh TARGET SECONDS
set -uo pipefail
cd "$(dirname "$0")/.."
target=$1 seconds=$2
build=${FUZZ_BUILD:-.build-fuzz}
binary=$build/release/$target
[ -x "$binary" ] || { echo "missing $binary: run make fuzz-build" >&2; exit 2; }
mkdir -p "$build/corpus/$target" "$build/artifacts" "$build/logs"
log=$build/logs/$target.log
"$binary" "$build/corpus/$target" "Fuzz/Corpus/$target" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-8192}" -timeout=20 -rss_limit_mb=4096 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" >"$log" 2>&1
status=$?
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
crashes=$(ls "$build/artifacts" 2>/dev/null | grep -c "^$target-" || true)
echo "$target: ${executions:-?} executions in $seconds s, $crashes crashes (exit $status; log $log)"
[ "$crashes" = 0 ] && [ "$status" = 0 ]
