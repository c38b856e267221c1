"""Compares sitegen's code highlighting with Pygments, character by character.

    bench/highlight_accuracy.sh            (sets up Pygments in a venv, builds sitegen, runs this)
    python3 bench/highlight_accuracy.py --sitegen .build/release/sitegen [--mirrors DIR]
        [--swift-packages DIR] [--json OUT] [--show LANG]

Both sides' token types are mapped onto one set of categories (MAPPING below; sitegen's CSS
classes onto the same names). Whitespace is not counted. Per language the table gives the
share of characters whose categories agree, and for comments, strings and keywords the
agreement |both| / |either| (a character either side calls a comment counts, so both
missing and extra comments lower it). Operators and punctuation are one category, because
Pygments itself splits them differently per language. A backslash escape counts as part of
its string on both sides (many Pygments lexers do not mark escapes; sitegen always does), while
interpolation delimiters (`${`, `}`, `\\(`, XML entities) are their own category.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

from pygments.lexers import get_lexer_by_name
from pygments.token import Token

from highlight_corpus import generated_samples, mirror_samples, site_blocks, swift_samples

# sitegen's language tag -> the Pygments lexer compared against.
PYGMENTS_LEXER = {
    "kotlin": "kotlin", "kt": "kotlin", "java": "java", "swift": "swift", "go": "go", "python": "python",
    "javascript": "javascript", "js": "javascript", "typescript": "typescript", "sql": "sql",
    "mysql": "mysql", "postgresql": "postgresql", "groovy": "groovy", "gradle": "groovy", "lua": "lua",
    "yaml": "yaml", "yml": "yaml", "json": "json", "toml": "toml", "bash": "bash", "sh": "bash",
    "shell": "bash", "zsh": "bash", "console": "console", "dockerfile": "docker", "http": "http",
    "xml": "xml", "html": "html", "properties": "properties", "ini": "ini", "diff": "diff",
    "markdown": "markdown", "md": "markdown",
}

# sitegen CSS class -> category.
OURS = {
    "": "plain", "k": "keyword", "t": "type", "s": "string", "se": "interp", "m": "number",
    "c": "comment", "cd": "comment", "a": "annotation", "f": "function", "o": "punct", "p": "punct",
    "l": "constant", "v": "variable", "tg": "tag", "at": "attribute", "y": "key", "b": "builtin",
    "gp": "prompt", "go": "output", "gi": "inserted", "gd": "deleted", "gh": "heading",
}

# Pygments token type -> category, most specific first; per-language overrides below.
MAPPING = [
    ("Keyword.Constant", "constant"), ("Keyword.Type", "type"), ("Keyword", "keyword"),
    ("Operator.Word", "keyword"), ("Operator", "punct"), ("Punctuation", "punct"),
    ("Name.Builtin", "builtin"), ("Name.Function", "function"), ("Name.Class", "type"),
    ("Name.Decorator", "annotation"), ("Name.Constant", "constant"), ("Name.Variable", "variable"),
    ("Name.Attribute", "variable"), ("Name.Property", "variable"), ("Name.Tag", "tag"),
    ("Name.Label", "constant"), ("Name.Entity", "interp"), ("Name.Quoted", "variable"),
    ("Name", "plain"), ("Literal.String.Escape", "string"), ("Literal.String.Interpol", "interp"),
    ("Literal.String.Symbol", "variable"), ("Literal.String.Name", "variable"), ("Literal.String", "string"),
    ("Literal.Number", "number"), ("Literal.Date", "number"), ("Literal", "plain"),
    ("Comment", "comment"), ("Generic.Prompt", "prompt"), ("Generic.Output", "output"),
    ("Generic.Inserted", "inserted"), ("Generic.Deleted", "deleted"), ("Generic.Heading", "heading"),
    ("Generic.Subheading", "heading"), ("Generic", "plain"), ("Text", "plain"), ("Error", "plain"),
]

# Where a language's Pygments lexer uses a token type for something else.
OVERRIDES = {
    # Keys are Name.Tag; a block scalar's text is Name.Constant.
    "yaml": {"Name.Tag": "key", "Name.Constant": "string"},
    "json": {"Name.Tag": "key"},
    "http": {"Name.Attribute": "key", "Name.Tag": "key"},
    "properties": {"Name.Attribute": "key"},
    "ini": {"Name.Attribute": "key"},
    "html": {"Name.Attribute": "attribute"},
    "xml": {"Name.Attribute": "attribute"},
    # Data types are Name.Builtin.
    "sql": {"Name.Builtin": "type"},
}

FOCUS = ["comment", "string", "keyword"]


def category(token_type, language):
    name = str(token_type).removeprefix("Token.")
    overrides = OVERRIDES.get(language, {})
    for prefix, value in list(overrides.items()) + MAPPING:
        if name == prefix or name.startswith(prefix + "."):
            return value
    return "plain"


def pygments_labels(text, alias, language):
    lexer = get_lexer_by_name(alias, stripnl=False, stripall=False, ensurenl=False)
    labels = ["plain"] * len(text)
    for index, token_type, value in lexer.get_tokens_unprocessed(text):
        kind = category(token_type, language)
        for offset in range(len(value)):
            if index + offset < len(labels):
                labels[index + offset] = kind
    return labels


def sitegen_tokens(sitegen, language, texts):
    """Token lists from `sitegen highlight --tokens`, one per text (None when unknown)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(texts):
            path = os.path.join(folder, f"{index}.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            paths.append(path)
        output = subprocess.run([*sitegen, "highlight", "--tokens", "--info", language, *paths],
                                capture_output=True, text=True, check=True).stdout
    lines = [json.loads(line) for line in output.splitlines()]
    return [line["tokens"] if line["known"] else None for line in lines]


def sitegen_labels(text, tokens):
    """Per character categories from byte-offset tokens."""
    data = text.encode("utf-8")
    byte_labels = ["plain"] * len(data)
    for css, start, end in tokens:
        for index in range(start, end):
            byte_labels[index] = OURS[css]
    for css, start, end in tokens:
        if css == "se" and data[start:start + 1] == b"\\":
            for index in range(start, end):
                byte_labels[index] = "string"
    labels, position = [], 0
    for character in text:
        labels.append(byte_labels[position] if position < len(byte_labels) else "plain")
        position += len(character.encode("utf-8"))
    return labels


class Score:
    def __init__(self):
        self.total = self.agree = 0
        self.both = Counter()
        self.either = Counter()
        self.sources = 0
        self.confusion = Counter()

    def add(self, text, ours, theirs):
        self.sources += 1
        for character, mine, reference in zip(text, ours, theirs):
            if character.isspace():
                continue
            self.total += 1
            self.agree += mine == reference
            if mine != reference:
                self.confusion[(reference, mine)] += 1
            for name in {mine, reference}:
                self.either[name] += 1
            if mine == reference:
                self.both[mine] += 1

    def share(self, name=None):
        if name is None:
            return 100.0 * self.agree / self.total if self.total else float("nan")
        return 100.0 * self.both[name] / self.either[name] if self.either[name] else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sitegen", required=True, help="the sitegen executable (or a command, space-separated)")
    parser.add_argument("--site", default=".", help="the site root whose posts' code blocks are compared")
    parser.add_argument("--mirrors", default="/work/.mirror", help="folder of fetched repository snapshots")
    parser.add_argument("--swift-packages", default="/opt/swift-packages", help="the local Swift package mirror")
    parser.add_argument("--json", help="write the scores and sources here")
    parser.add_argument("--show", help="print the largest disagreements for this language")
    args = parser.parse_args()

    notes = []
    samples = site_blocks(args.site) + mirror_samples(args.mirrors, notes)
    samples += swift_samples(args.swift_packages, notes) + generated_samples(args.mirrors)
    by_language = defaultdict(list)
    for sample in samples:
        if sample.language in PYGMENTS_LEXER:
            by_language[sample.language].append(sample)
        else:
            notes.append(f"not compared (no Pygments lexer mapped): {sample.source} ({sample.language or 'no tag'})")

    scores, site_scores = {}, {}
    for language, group in sorted(by_language.items()):
        tokens = sitegen_tokens(args.sitegen.split(), language, [sample.text for sample in group])
        for sample, found in zip(group, tokens):
            if found is None:
                notes.append(f"sitegen has no lexer for '{language}' ({sample.source})")
                continue
            ours = sitegen_labels(sample.text, found)
            theirs = pygments_labels(sample.text, PYGMENTS_LEXER[language], canonical(language))
            for table in [scores] + ([site_scores] if sample.source.startswith("content/") else []):
                table.setdefault(canonical(language), Score()).add(sample.text, ours, theirs)

    print(report(scores, "All sources"))
    print(report(site_scores, "This site's posts only"))
    for note in notes:
        print("note:", note, file=sys.stderr)
    if args.show and canonical(args.show) in scores:
        for (reference, mine), count in scores[canonical(args.show)].confusion.most_common(15):
            print(f"  pygments {reference:>10} / sitegen {mine:<10} {count}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"sources": [s.source for s in samples], "notes": notes,
                       "scores": {k: {"chars": v.total, "overall": v.share(), **{c: v.share(c) for c in FOCUS}}
                                  for k, v in scores.items()}}, handle, indent=1, ensure_ascii=False)


def canonical(language):
    aliases = {"kt": "kotlin", "js": "javascript", "yml": "yaml", "sh": "bash", "shell": "bash", "zsh": "bash",
               "md": "markdown", "mysql": "sql", "postgresql": "sql", "gradle": "groovy"}
    return aliases.get(language, language)


def report(scores, title):
    rows = [f"\n{title}\n", "| language | sources | characters | overall | comments | strings | keywords |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for language, score in sorted(scores.items()):
        cells = [fmt(score.share(name)) for name in FOCUS]
        rows.append(f"| {language} | {score.sources} | {score.total:,} | {fmt(score.share())} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def fmt(value):
    return "—" if value != value else f"{value:.1f}%"


if __name__ == "__main__":
    main()
