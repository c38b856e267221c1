#!/usr/bin/env bash
# Benchmarks sitegen against Hugo on the same generated corpora, side by side.
#
#   bench/run.sh [SIZES...]          default: 1000 10000
#   RUNS=5 bench/run.sh 1000         rounds per size (default 5, after one warm-up round)
#
# Needs Debian's hugo and cmark (apt-get install -y hugo cmark) and ../shared/bench beside
# the repository. Builds sitegen in release mode, then bench/bench.py prints a Markdown table
# (medians over rounds; each round runs sitegen, Hugo and the cmark floor back to back).
# Corpora, raw results (results.json) and the last run's outputs go to $WORK (default
# /tmp/sitegen-bench); wait a few minutes after deleting big folders on this disk before timing.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hugo cmark python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hugo cmark" >&2; exit 2; }
done
swift build -c release --static-swift-stdlib --product sitegen >/dev/null
exec python3 bench/bench.py --runs "${RUNS:-5}" --work "${WORK:-/tmp/sitegen-bench}" \
  --shared "${SHARED:-$PWD/../shared/bench}" --sitegen "$PWD/.build/release/sitegen" "$@"
