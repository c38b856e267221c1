#!/usr/bin/env bash
# Benchmarks sitegen against Hugo on the same generated corpora, side by side.
#
#   bench/run.sh [SIZES...]          default: 1000 10000
#   RUNS=5 bench/run.sh 1000         runs per command (default 5, plus one warm-up)
#
# Needs: Debian's hugo, hyperfine, cmark (apt-get install -y hugo hyperfine cmark) and
# ../shared/bench beside the repository. Prints a Markdown table; raw hyperfine JSON and
# /usr/bin/time output go to $WORK (default /tmp/sitegen-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=${SHARED:-$REPO/../shared/bench}
WORK=${WORK:-/tmp/sitegen-bench}
RUNS=${RUNS:-5}
SIZES=("${@:-1000 10000}")
[ $# -eq 0 ] && SIZES=(1000 10000)

for tool in hugo hyperfine cmark python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hugo hyperfine cmark" >&2; exit 2; }
done
swift build -c release --product sitegen >/dev/null
SITEGEN=$REPO/.build/release/sitegen
mkdir -p "$WORK"

# A corpus with this repository's theme and a bench site.yaml (no career data).
prepare() {
  local n=$1 dir=$WORK/$n
  if [ ! -d "$dir/content/posts" ]; then
    python3 "$SHARED/gen_corpus.py" --posts "$n" --out "$dir" >/dev/null
  fi
  rm -rf "$dir/templates" && cp -r "$REPO/templates" "$dir/templates"
  rm -f "$dir/templates/dashboard.mustache" "$dir/templates/skill.mustache"
  printf 'title: sitegen bench blog\nbaseURL: https://blog.example.com/\nlanguage: ko\ntimezone: Asia/Seoul\n' > "$dir/site.yaml"
}

# Every timed run writes into a folder no run used before, and nothing is deleted until the
# whole benchmark is over. This machine's ext4 has no journal, and without a journal ext4 will
# not reuse an inode freed in the last minutes: each new file's allocation scans past every
# recently deleted one. Deleting the previous run's 20,000 files right before a timed run
# (hyperfine --prepare 'rm -rf out') made both tools' kernel time grow with what was deleted,
# not with what they do.
OUT=$WORK/outputs
rm -rf "$OUT"
trap 'rm -rf "$OUT"' EXIT

# Median peak RSS (KiB) of RUNS runs of a command.
peak_rss() {
  local values=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%M' -o "$WORK/rss.txt" bash -c "$1" >/dev/null 2>&1 || true
    values+=("$(tail -1 "$WORK/rss.txt")")
  done
  printf '%s\n' "${values[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

median() { python3 -c "import json,statistics,sys; r=json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]; print('%.3f %.3f %.3f' % (statistics.median(r['times']), r['user'], r['system']))" "$@"; }

echo "| posts | tool | wall (median s) | user s (mean) | sys s (mean) | peak RSS MiB (median) | sitegen/Hugo wall |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for n in "${SIZES[@]}"; do
  prepare "$n"
  dir=$WORK/$n
  sg="cd $dir && $SITEGEN build --now 2025-01-01T00:00:00Z --output \$(mkdir -p $OUT/$n && mktemp -d $OUT/$n/sitegen.XXXXXX)"
  hg="hugo --quiet -s $SHARED/hugo-site --contentDir $dir/content --destination \$(mkdir -p $OUT/$n && mktemp -d $OUT/$n/hugo.XXXXXX) --cacheDir $WORK/hugo-cache --ignoreCache"
  floor="cat $dir/content/posts/*.md | cmark --to html > /dev/null"
  hyperfine --style none --warmup 1 --runs "$RUNS" --prepare "rm -rf $WORK/hugo-cache" \
    --export-json "$WORK/$n.json" -n sitegen "$sg" -n hugo "$hg" -n cmark-floor "$floor" >/dev/null
  read -r sw su ss <<<"$(median "$WORK/$n.json" 0)"
  read -r hw hu hs <<<"$(median "$WORK/$n.json" 1)"
  read -r fw fu fs <<<"$(median "$WORK/$n.json" 2)"
  srss=$(peak_rss "$sg"); hrss=$(peak_rss "rm -rf $WORK/hugo-cache; $hg")
  ratio=$(python3 -c "print('%.2f' % ($sw / $hw))")
  floor_ratio=$(python3 -c "print('%.1f' % ($sw / $fw))")
  echo "| $n | sitegen | $sw | $su | $ss | $((srss / 1024)) | **$ratio** |"
  echo "| $n | Hugo 0.111 | $hw | $hu | $hs | $((hrss / 1024)) | |"
  echo "| $n | cmark floor | $fw | $fu | $fs | | sitegen = ${floor_ratio}× floor |"
done
