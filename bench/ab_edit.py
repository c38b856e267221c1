#!/usr/bin/env python3
"""Two sitegen binaries on the same edits, alternating round by round: a before/after
comparison of incremental builds that does not depend on the machine's state.

    python3 bench/ab_edit.py --base /tmp/sitegen-old --new .build/release/sitegen --runs 5 10000

Each binary gets its own copy of the real site over the corpus (bench.py's `prepare`) and
its own output folder: the build cache belongs to one binary (its identity is in every cache
file), so the two must not share a site. After one build each (cache and output), every round
appends a paragraph to the same post in both copies and builds with A then B, then changes that
post's title and builds again. Medians of wall (monotonic clock) and CPU (user + sys) per
binary and scenario, and B / A. Changes stay in the copies; the corpus is not touched.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REPO, prepare, timed  # noqa: E402

NOW = "2026-11-28T00:00:00Z"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("posts", nargs="?", type=int, default=10000)
    parser.add_argument("--base", required=True, help="the binary before")
    parser.add_argument("--new", default=os.path.join(REPO, ".build", "release", "sitegen"), help="the binary after")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--work", default="/tmp/sitegen-bench")
    arguments = parser.parse_args()
    site = prepare(arguments.work, arguments.shared, arguments.posts)
    folder = tempfile.mkdtemp(prefix=time.strftime("ab-%Y%m%d-%H%M%S-"), dir=arguments.work)
    binaries = {"A": os.path.abspath(arguments.base), "B": os.path.abspath(arguments.new)}
    posts = sorted(f for f in os.listdir(os.path.join(site, "content", "posts")) if f.endswith(".md"))
    post = os.path.join("content", "posts", posts[len(posts) // 2])
    original = open(os.path.join(site, post), encoding="utf-8").read()
    for name in binaries:
        shutil.copytree(site, os.path.join(folder, name), ignore=shutil.ignore_patterns(".sitegen-cache"))

    def build(name):
        command = f"{binaries[name]} build --now {NOW} --output {os.path.join(folder, 'out-' + name)}"
        run = timed(command, cwd=os.path.join(folder, name))
        return run["wall"], run["user"] + run["sys"]

    def write(name, text):
        with open(os.path.join(folder, name, post), "w", encoding="utf-8") as f:
            f.write(text)

    for name in binaries:
        build(name)
    results = {name: {"body": [], "title": []} for name in binaries}
    for round_ in range(arguments.runs):
        for name in binaries:
            write(name, original + f"\n\n편집 {round_}.\n")
            results[name]["body"].append(build(name))
            write(name, original.replace("title: ", f"title: 편집 {round_} ", 1))
            results[name]["title"].append(build(name))
    print(f"{arguments.posts} posts, {arguments.runs} rounds; A = {binaries['A']}, B = {binaries['B']}")
    print("| scenario | A wall s | A CPU s | B wall s | B CPU s | B / A wall | B / A CPU |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for scenario in ("body", "title"):
        a, b = results["A"][scenario], results["B"][scenario]
        med = lambda runs, i: statistics.median(run[i] for run in runs)  # noqa: E731
        print(f"| {scenario} | {med(a, 0):.3f} | {med(a, 1):.3f} | {med(b, 0):.3f} | {med(b, 1):.3f} "
              f"| {med(b, 0) / med(a, 0):.3f} | {med(b, 1) / med(a, 1):.3f} |")
    print(f"\nsites and outputs in {folder}; delete them when done")


if __name__ == "__main__":
    main()
