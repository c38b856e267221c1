#!/usr/bin/env bash
# Benchmarks sitegen's image stage against Hugo's image pipeline, side by side.
#
#   bench/images.sh                  1,000 posts, 200 images, 5 rounds
#   RUNS=3 POSTS=1000 IMAGES=200 bench/images.sh
#   RUNS=11 bench/images.sh --warm-only     only warm against the same posts without images
#
# Needs Debian's hugo (apt-get install -y hugo), ../shared/bench beside the repository, and
# Python packages from PyPI for the image corpus (bench/requirements.txt, installed into a
# virtual environment in $WORK/venv). Builds sitegen in release mode, then bench/images.py
# prints a Markdown table. Corpora and outputs go to $WORK (default /tmp/sitegen-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hugo >/dev/null || { echo "missing hugo: apt-get install -y hugo" >&2; exit 2; }
work="${WORK:-/tmp/sitegen-bench}"
mkdir -p "$work/outputs"
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q -r bench/requirements.txt
fi
swift build -c release --static-swift-stdlib --product sitegen >/dev/null
exec python3 bench/images.py --runs "${RUNS:-5}" --posts "${POSTS:-1000}" --images "${IMAGES:-200}" --work "$work" \
  --shared "${SHARED:-$PWD/../shared/bench}" --sitegen "$PWD/.build/release/sitegen" --python "$work/venv/bin/python" "$@"
