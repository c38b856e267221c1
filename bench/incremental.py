#!/usr/bin/env python3
"""Incremental builds of the real site over a generated corpus, against clean builds and Hugo.

    python3 bench/incremental.py --sitegen .build/release/sitegen --runs 5 10000

The site is this repository's site.yaml, theme, career data and notes over the corpus
(bench.py's `prepare`). Each round, side by side:

  clean    sitegen build --no-cache into a new folder (no build cache, nothing reused)
  no-op    sitegen build into the kept output, nothing changed
  body     one post's body edited (a paragraph appended), then sitegen build
  title    one post's title edited (lists, neighbours, tags, series, related notes), then build
  hugo     the faster of --hugo binaries, into a new folder (cache wiped)

Times are wall (monotonic clock) and CPU (user + sys, /usr/bin/time); the table gives medians
and each scenario's median ratio to the same round's clean build.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REPO, prepare, timed  # noqa: E402

NOW = "2026-11-28T00:00:00Z"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sitegen", default=os.path.join(REPO, ".build", "release", "sitegen"))
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--work", default="/tmp/sitegen-bench")
    parser.add_argument("--hugo", action="append", default=[], help="Hugo binaries to compare (the faster counts)")
    arguments = parser.parse_args()
    hugos = arguments.hugo or ["hugo"]
    outputs = tempfile.mkdtemp(prefix=time.strftime("incremental-%Y%m%d-%H%M%S-"), dir=arguments.work)
    hugo_site = os.path.join(arguments.shared, "hugo-site")
    print("| posts | scenario | wall s | CPU s | wall / clean | CPU / clean |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for posts in arguments.sizes:
        site = prepare(arguments.work, arguments.shared, posts)
        kept = os.path.join(outputs, f"kept-{posts}")
        post = sorted(f for f in os.listdir(os.path.join(site, "content", "posts")) if f.endswith(".md"))[len(os.listdir(os.path.join(site, "content", "posts"))) // 2]
        path = os.path.join(site, "content", "posts", post)
        original = open(path, encoding="utf-8").read()
        sitegen = os.path.abspath(arguments.sitegen)
        build = f"{sitegen} build --now {NOW} --output {kept}"
        timed(build, cwd=site)  # the kept output and the build cache
        counter = [0]

        def edit_body():
            counter[0] += 1
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + f"\n\n편집 {counter[0]}.\n")

        def edit_title():
            counter[0] += 1
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace("title: ", f"title: 편집 {counter[0]} ", 1))

        def fresh(tool):
            return tempfile.mkdtemp(prefix=f"{tool}-{posts}-", dir=outputs)

        rounds = []
        try:
            for _ in range(arguments.runs):
                r = {"clean": timed(f"{sitegen} build --no-cache --now {NOW} --output {fresh('clean')}", cwd=site)}
                r["no-op"] = timed(build, cwd=site)
                edit_body()
                r["body"] = timed(build, cwd=site)
                edit_title()
                r["title"] = timed(build, cwd=site)
                for index, hugo in enumerate(hugos):
                    cache = os.path.join(arguments.work, "hugo-cache")
                    # The generated corpus alone: the real site's content/index.md would make
                    # Hugo read content/ as one leaf bundle and skip every post.
                    corpus = os.path.join(arguments.work, str(posts), "content")
                    r[f"hugo{index}"] = timed(f"rm -rf {cache}; {hugo} --quiet -s {hugo_site} --contentDir {corpus} "
                                              f"--config hugo.toml,highlight.toml --destination {fresh('hugo')} --cacheDir {cache} --ignoreCache")
                rounds.append(r)
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
        report(posts, rounds, hugos)


def report(posts, rounds, hugos):
    def cpu(run):
        return run["user"] + run["sys"]

    names = ["clean", "no-op", "body", "title"] + [f"hugo{i}" for i in range(len(hugos))]
    for name in names:
        wall = statistics.median(r[name]["wall"] for r in rounds)
        work = statistics.median(cpu(r[name]) for r in rounds)
        wall_ratio = statistics.median(r[name]["wall"] / r["clean"]["wall"] for r in rounds)
        cpu_ratio = statistics.median(cpu(r[name]) / cpu(r["clean"]) for r in rounds)
        label = f"Hugo {hugos[int(name[4:])]}" if name.startswith("hugo") else name
        print(f"| {posts:,} | {label} | {wall:.3f} | {work:.3f} | {wall_ratio:.3f} | {cpu_ratio:.3f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
