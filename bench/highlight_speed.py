"""Speed of code highlighting: sitegen against Pygments and the Debian options, per block, on
this site's code blocks; and what highlighting every block of a generated corpus costs.

    python3 bench/highlight_speed.py --sitegen .build/release/sitegen [--corpus /tmp/sitegen-bench/10000]

All times are CPU time (this machine is shared; wall time would count others' load).
Per block: sitegen renders each language's blocks `--repeat` times in one process (the work a
build does); Pygments formats them to HTML in-process; chroma (Debian golang-chroma 0.10),
source-highlight and kate-syntax-highlighter (KSyntaxHighlighting) are command-line programs,
so their time per block includes starting a process, as a build calling them would pay.
With --corpus: every fenced block of DIR/content/posts/*.md highlighted once by sitegen.
"""

import argparse
import os
import resource
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict

from highlight_corpus import fenced_blocks, site_blocks

CHROMA = {"kotlin": "kotlin", "bash": "bash", "sql": "sql", "yaml": "yaml", "lua": "lua", "javascript": "javascript",
          "groovy": "groovy", "json": "json", "java": "java"}
SOURCE_HIGHLIGHT = {"bash": "sh", "sql": "sql", "javascript": "javascript", "java": "java", "lua": "lua", "groovy": "groovy", "json": "json"}
KATE = {"kotlin": "Kotlin", "bash": "Bash", "sql": "SQL (MySQL)", "yaml": "YAML", "lua": "Lua", "javascript": "JavaScript",
        "groovy": "Groovy", "json": "JSON", "java": "Java"}


def write_blocks(folder, blocks):
    """One file per block, grouped by language: {language: [path, …]}."""
    paths = defaultdict(list)
    for index, (language, code) in enumerate(blocks):
        path = os.path.join(folder, f"{index}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(code)
        paths[language].append(path)
    return paths


def sitegen_seconds(sitegen, paths, rounds):
    """CPU seconds sitegen spends rendering every block once (its own measurement), and bytes."""
    total, size = 0.0, 0
    for language, files in paths.items():
        line = subprocess.run([sitegen, "highlight", "--info", language, "--repeat", str(rounds), *files],
                              capture_output=True, text=True, check=True).stdout
        fields = dict(zip(line.split()[::2], line.split()[1::2]))
        total += float(fields["seconds"]) / rounds
        size += int(fields["bytes"]) // rounds
    return total, size


def pygments_seconds(blocks, rounds):
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    formatter = HtmlFormatter()
    lexers = {language: get_lexer_by_name(language) for language, _ in blocks}
    start = time.process_time()
    for _ in range(rounds):
        for language, code in blocks:
            highlight(code, lexers[language], formatter)
    return (time.process_time() - start) / rounds


def command_seconds(paths, names, command):
    """CPU seconds (user + system) of one process per block; blocks of languages the tool
    lacks are skipped."""
    count, start = 0, children_cpu()
    for language, files in paths.items():
        if language not in names:
            continue
        for path in files:
            subprocess.run(command(names[language], path), capture_output=True, check=False)
            count += 1
    return children_cpu() - start, count


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--site", default=".")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--corpus", help="a generated corpus (../shared/bench/gen_corpus.py) to highlight whole")
    args = parser.parse_args()

    blocks = [(b.language, b.text) for b in site_blocks(args.site) if b.language in CHROMA]
    with tempfile.TemporaryDirectory() as folder:
        paths = write_blocks(folder, blocks)
        seconds, size = sitegen_seconds(args.sitegen, paths, args.rounds)
        print(f"site blocks: {len(blocks)} blocks, {size:,} bytes")
        print(f"sitegen     {seconds * 1e6 / len(blocks):9.1f} us/block  {size / seconds / 1e6:7.1f} MB/s")
        py = pygments_seconds(blocks, max(args.rounds // 20, 3))
        print(f"pygments    {py * 1e6 / len(blocks):9.1f} us/block  {size / py / 1e6:7.1f} MB/s  (in-process)")
        tools = [("chroma 0.10", CHROMA, lambda lexer, path: ["chroma", "--lexer", lexer, "--formatter", "html", path]),
                 ("source-highlight", SOURCE_HIGHLIGHT, lambda lang, path: ["source-highlight", "-s", lang, "-f", "html", "-i", path, "-o", "STDOUT"]),
                 ("kate-syntax-highlighter", KATE, lambda syntax, path: ["kate-syntax-highlighter", "-f", "html", "-s", syntax, path])]
        for name, names, command in tools:
            if shutil.which(command("x", "y")[0]) is None:
                print(f"{name:24} not installed")
                continue
            spent, count = command_seconds(paths, names, command)
            missing = sorted({language for language, _ in blocks} - set(names))
            print(f"{name:24} {spent * 1e6 / max(count, 1):9.1f} us/block  ({count} blocks; no lexer for {', '.join(missing) or '-'})")

    if args.corpus:
        corpus_blocks = []
        posts = os.path.join(args.corpus, "content", "posts")
        for name in sorted(os.listdir(posts)):
            with open(os.path.join(posts, name), encoding="utf-8") as handle:
                corpus_blocks += [(tag, code) for tag, _, code in fenced_blocks(handle.read()) if tag]
        with tempfile.TemporaryDirectory() as folder:
            seconds, size = sitegen_seconds(args.sitegen, write_blocks(folder, corpus_blocks), 3)
        print(f"corpus: {len(corpus_blocks):,} blocks, {size:,} bytes, sitegen {seconds:.3f} s CPU "
              f"({seconds * 1e6 / len(corpus_blocks):.1f} us/block, {size / seconds / 1e6:.1f} MB/s)")


if __name__ == "__main__":
    main()
