#!/usr/bin/env python3
"""Images: sitegen's image stage against Hugo's image pipeline, side by side (bench/images.sh).

    python3 bench/images.py --sitegen .build/release/sitegen --runs 5 --posts 1000 --images 200

The site is the bench corpus of `--posts` posts (../shared/bench/gen_corpus.py, this repository's
theme) with the `--images` images of bench/gen_images.py in content/posts/images/, one image
appended to each of the first `--images` posts. Each round runs, back to back:

- sitegen on the same posts without images (the baseline for "warm adds at most 5%");
- sitegen with images, warm: every image already in .sitegen-cache/images (a full rebuild,
  `--no-cache`, so only the image encoding is saved);
- sitegen with images, cold: no image cache (the cache folder is moved aside before the run);
- sitegen with images, cold, `images.formats: [webp]`: WebP only, the output Hugo makes;
- Hugo 0.111 with the same posts and the same images, resized to the same widths as WebP at
  the same quality by a template (bench/hugo-images), its caches empty;
- Hugo on the posts alone, for what its image work adds.

Nothing is deleted before or while timing (see bench.py): outputs and moved caches go at the end.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import prepare, timed  # noqa: E402


def image_site(work, corpus, images, count, formats=None):
    """A copy of the corpus with the images in content/posts/images/ and one per post."""
    folder = os.path.join(work, f"{os.path.basename(corpus)}-images{'-' + '-'.join(formats) if formats else ''}")
    if not os.path.isdir(folder):
        shutil.copytree(corpus, folder, ignore=shutil.ignore_patterns(".sitegen-cache", "public"))
        shutil.copytree(images, os.path.join(folder, "content", "posts", "images"))
        names = sorted(os.listdir(images))[:count]
        posts = sorted(p for p in os.listdir(os.path.join(folder, "content", "posts")) if p.endswith(".md"))
        for post, name in zip(posts, names):
            with open(os.path.join(folder, "content", "posts", post), "a") as f:
                f.write(f"\n\n![벤치 그림 {name}](images/{name})\n")
    with open(os.path.join(folder, "site.yaml"), "w") as f:
        f.write("title: sitegen bench blog\nbaseURL: https://blog.example.com/\nlanguage: ko\ntimezone: Asia/Seoul\n")
        if formats:
            f.write(f"images:\n  formats: [{', '.join(formats)}]\n")
    return folder


def hugo_config(work, shared, images):
    """Hugo's bench config with the shared theme's layouts and the images as assets."""
    path = os.path.join(work, "hugo-images.toml")
    with open(os.path.join(shared, "hugo-site", "hugo.toml")) as f:
        base = f.read()
    with open(path, "w") as f:
        f.write(f'theme = "hugo-site"\nthemesDir = "{shared}"\nassetDir = "{os.path.dirname(images)}"\n')
        f.write(base)
        f.write('\n[imaging]\n  quality = 78\n')
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--sitegen", default=os.path.join(HERE, "..", ".build", "release", "sitegen"))
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared", "bench"))
    parser.add_argument("--work", default="/tmp/sitegen-bench")
    parser.add_argument("--python", default=sys.executable, help="a Python with bench/requirements.txt")
    parser.add_argument("--warm-only", action="store_true",
                        help="only the warm build and the same posts without images, alternating (minutes, not an hour)")
    arguments = parser.parse_args()
    shared = os.path.abspath(arguments.shared)

    images = os.path.join(arguments.work, f"images-{arguments.images}", "images")
    if not os.path.isdir(images):
        subprocess.run([arguments.python, os.path.join(HERE, "gen_images.py"), "--out", images, "--count", str(arguments.images)], check=True)
    corpus = prepare(arguments.work, shared, arguments.posts, minimal=True)  # the generated posts, no career data
    with_images = image_site(arguments.work, corpus, images, arguments.images)
    webp_only = image_site(arguments.work, corpus, images, arguments.images, formats=["webp"])
    config = hugo_config(arguments.work, shared, images)
    outputs = tempfile.mkdtemp(prefix=time.strftime("%Y%m%d-%H%M%S-"), dir=os.path.join(arguments.work, "outputs"))
    trash = os.path.join(outputs, "trash")
    os.makedirs(trash)

    def fresh(tool):
        return tempfile.mkdtemp(prefix=f"{tool}-", dir=outputs)

    def cold(site):
        cache = os.path.join(site, ".sitegen-cache")
        if os.path.isdir(cache):
            os.rename(cache, tempfile.mkdtemp(dir=trash))  # moved, not deleted
        return site

    sitegen = f"{arguments.sitegen} build --no-cache --now 2025-01-01T00:00:00Z"
    hugo = "hugo --quiet --noBuildLock"
    commands = {
        "no images": lambda: f"{sitegen} --source {corpus} --output {fresh('plain')}",
        "warm": lambda: f"{sitegen} --source {with_images} --output {fresh('warm')}",
        "cold": lambda: f"{sitegen} --source {cold(with_images)} --output {fresh('cold')}",
        "cold webp": lambda: f"{sitegen} --source {cold(webp_only)} --output {fresh('webp')}",
        "hugo images": lambda: f"HUGO_RESOURCEDIR={fresh('hugo-resources')} {hugo} -s {HERE}/hugo-images --config {config} "
                               f"--contentDir {with_images}/content --destination {fresh('hugo')} --cacheDir {fresh('hugo-cache')} --ignoreCache",
        "hugo posts": lambda: f"{hugo} -s {shared}/hugo-site --contentDir {corpus}/content "
                              f"--destination {fresh('hugo-posts')} --cacheDir {fresh('hugo-cache')} --ignoreCache",
    }
    if arguments.warm_only:
        commands = {name: commands[name] for name in ("no images", "warm")}
    timed(commands["warm"]())  # fills the image cache for the warm runs
    for command in commands.values():  # warm-up: page cache, binaries
        timed(command())
    rounds = [{name: timed(command()) for name, command in commands.items()} for _ in range(arguments.runs)]
    report(arguments.posts, arguments.images, rounds)
    print(f"\noutputs in {outputs}; delete them when done")


def report(posts, images, rounds):
    def median(name, key):
        return statistics.median(r[name][key] for r in rounds)

    def ratio(a, b):
        return statistics.median(r[a]["wall"] / r[b]["wall"] for r in rounds)

    print(f"{posts:,} posts, {images} images, {len(rounds)} rounds (medians)\n")
    print("| run | wall s | user s | sys s | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in rounds[0]:
        print(f"| {name} | {median(name, 'wall'):.3f} | {median(name, 'user'):.3f} | {median(name, 'sys'):.3f} | {median(name, 'rss') / 1024:,.0f} |")
    cpu = statistics.median((r["warm"]["user"] + r["warm"]["sys"]) / (r["no images"]["user"] + r["no images"]["sys"]) for r in rounds)
    if "cold" in rounds[0]:
        print(f"\ncold / Hugo: {ratio('cold', 'hugo images'):.2f}; cold WebP only / Hugo: {ratio('cold webp', 'hugo images'):.2f}")
    print(f"warm / no images: wall {ratio('warm', 'no images'):.3f}, CPU {cpu:.3f}")


if __name__ == "__main__":
    main()
