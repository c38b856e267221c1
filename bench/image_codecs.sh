#!/usr/bin/env bash
# The encoder choices of the image stage (BENCHMARKS.md, "Encoder choices"), with libvips' CLI:
# lossless WebP at Q75 and Q100 against lossless AVIF on the corpus's first eight PNGs, and AVIF
# at effort 2 against 4 on its first four JPEGs (resized to 1440 px first).
#
#   python3 bench/gen_images.py --out /tmp/sitegen-bench/images-200/images --count 200
#   bench/image_codecs.sh [/tmp/sitegen-bench/images-200/images]
set -euo pipefail
cd "${1:-/tmp/sitegen-bench/images-200/images}"
out=$(mktemp -d)
t() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
echo "png bytes webpQ75 s webpQ100 s avifLossless s"
for f in $(ls img-0[0-2]*.png | head -8); do
  b=${f%.png}
  a=$(t vips webpsave "$f" "$out/$b-75.webp" --lossless --Q 75 --effort 4 --strip)
  c=$(t vips webpsave "$f" "$out/$b-100.webp" --lossless --Q 100 --effort 4 --strip)
  d=$(t vips heifsave "$f" "$out/$b-ll.avif" --compression av1 --lossless --effort 2 --strip)
  echo "$f $(stat -c %s "$f") $(stat -c %s "$out/$b-75.webp") $a $(stat -c %s "$out/$b-100.webp") $c $(stat -c %s "$out/$b-ll.avif") $d"
done
echo "jpg bytes avifE2 s avifE4 s"
for f in $(ls img-0*.jpg | head -4); do
  b=${f%.jpg}
  vips thumbnail "$f" "$out/$b-1440.v" 1440
  a=$(t vips heifsave "$out/$b-1440.v" "$out/$b-e2.avif" --compression av1 --Q 50 --effort 2 --strip)
  c=$(t vips heifsave "$out/$b-1440.v" "$out/$b-e4.avif" --compression av1 --Q 50 --effort 4 --strip)
  echo "$f $(stat -c %s "$f") $(stat -c %s "$out/$b-e2.avif") $a $(stat -c %s "$out/$b-e4.avif") $c"
done
rm -rf "$out"
