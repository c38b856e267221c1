#!/usr/bin/env python3
"""sitegen's Markdown stage against the references, example by example.

    python3 bench/markdown_diff.py --sitegen .build/release/sitegen \
        --gfm-git /path/to/cmark-gfm.git --commonmark-git /path/to/commonmark-spec.git \
        [--generated 3000] [--content content/posts]

Compares, after normalising HTML the way CommonMark's own test runner does (white space
between tags, attribute order, `disabled=""` vs `disabled`) and taking out what is sitegen's
on purpose (heading ids and self-links, `style="text-align"` for `align`, footnote labels):

1. the GFM spec's extension sections (tables, task lists, strikethrough, autolinks, disallowed
   raw HTML) and cmark-gfm's footnote examples (test/spec.txt, test/extensions.txt of
   github/cmark-gfm) with their expected HTML;
2. the CommonMark spec's examples (spec.txt of commonmark/commonmark-spec) with sitegen and with
   plain libcmark, so every difference the extensions make is listed;
3. this site's notes and generated documents with `cmark-gfm -e table -e strikethrough
   -e autolink -e tagfilter -e tasklist -e footnotes` (Debian's cmark-gfm; the script installs
   it with apt-get when missing).

The spec files are read from git repositories (bare or not) given on the command line, e.g.
copies made by the tool library's `fetch`; nothing third-party is kept in this repository.
Prints pass counts per section and the differences that are not intended ones.
"""
import argparse
import html
import html.parser
import os
import random
import re
import shutil
import subprocess
import sys

SEPARATOR = "<<<sitegen-markdown-diff>>>"
GFM_EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist", "-e", "footnotes"]


def spec_examples(text):
    """(section, markdown, expected html) for each example of a spec file."""
    fence = "`" * 32
    examples, section, lines = [], "", text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#") and not line.startswith("#" * 7):
            section = line.lstrip("#").strip()
        if line.startswith(fence + " example"):
            body, index = [], index + 1
            while not lines[index].startswith(fence):
                body.append(lines[index])
                index += 1
            joined = "\n".join(body) + "\n"
            markdown, _, expected = joined.partition("\n.\n")
            if joined.startswith(".\n"):
                markdown, expected = "", joined[2:]
            examples.append((section, (markdown + "\n").replace("\u2192", "\t"), expected.replace("\u2192", "\t")))
        index += 1
    return examples


class Normalizer(html.parser.HTMLParser):
    """Canonical HTML: sorted attributes without empty values, white space collapsed outside
    <pre>, none around block tags."""
    BLOCKS = {"p", "ul", "ol", "li", "blockquote", "pre", "table", "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3",
              "h4", "h5", "h6", "hr", "div", "section", "figure", "figcaption", "br"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out, self.pre = [], 0

    def handle_starttag(self, tag, attrs):
        self.pre += tag == "pre"
        rendered = "".join(f' {k}="{html.escape(html.unescape(v or ""), quote=True)}"' if v else f" {k}" for k, v in sorted(attrs))
        self.emit(f"<{tag}{rendered}>", tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.pre -= tag == "pre"
        self.emit(f"</{tag}>", tag)

    def handle_data(self, data):
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))

    def handle_entityref(self, name):
        self.out.append(html.escape(html.unescape(f"&{name};"), quote=False))

    def handle_charref(self, name):
        self.out.append(html.escape(html.unescape(f"&#{name};"), quote=False))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def emit(self, markup, tag):
        if tag in self.BLOCKS and self.out and not self.pre:
            self.out[-1] = self.out[-1].rstrip()
        self.out.append(markup)

    def result(self):
        text = "".join(self.out)
        return re.sub(r"\s*(</?(?:%s)\b[^>]*>)\s*" % "|".join(self.BLOCKS), r"\1", text).strip()


def normalize(markup, ours):
    """Both sides canonical; sitegen's intended differences taken out first."""
    markup = re.sub(r'<a class="anchor" href="[^"]*" aria-hidden="true" tabindex="-1">#</a>', "", markup)
    markup = re.sub(r'(<h[1-6]) id="[^"]*"', r"\1", markup)
    markup = re.sub(r' style="text-align: (left|center|right)"', r' align="\1"', markup)
    markup = re.sub(r' aria-label="[^"]*"', "", markup)
    markup = re.sub(r' data-footnote-backref-idx="[^"]*"', "", markup)
    markup = re.sub(r' data-footnotes?(-ref|-backref)?\b(="")?', "", markup)
    # Footnote ids: cmark-gfm's test file has fn1/fnref1, its newer releases and sitegen fn-label.
    labels = {}
    def number(match):
        label = match.group(2)
        labels.setdefault(label, str(len(labels) + 1))
        return match.group(1) + labels[label]
    markup = re.sub(r'(#?fn(?:ref)?)-?([^"]+?)(?=(?:-\d+)?")', number, markup)
    markup = markup.replace(' title=""', "")
    parser = Normalizer()
    parser.feed(markup)
    parser.close()
    return parser.result()


def render(sitegen, documents, extra=()):
    """sitegen's HTML for each document, in one process."""
    text = f"\n{SEPARATOR}\n".join(d.rstrip("\n") + "\n" for d in documents)
    out = subprocess.run([sitegen, "markdown", "--split", SEPARATOR, *extra], input=text.encode(), capture_output=True, check=True)
    parts = out.stdout.decode().split(SEPARATOR + "\n")
    assert len(parts) == len(documents), (len(parts), len(documents))
    return parts


def cmark_gfm(document):
    return subprocess.run(["cmark-gfm", *GFM_EXTENSIONS], input=document.encode(), capture_output=True, check=True).stdout.decode()


def git_file(repository, path):
    return subprocess.run(["git", "-C", repository, "show", f"HEAD:{path}"], capture_output=True, check=True).stdout.decode()


def report(title, rows, show):
    """rows: (section, passed) pairs; show: failures to print."""
    print(f"\n### {title}\n\n| section | passed | total |\n| --- | --- | --- |")
    sections = {}
    for section, passed in rows:
        total, ok = sections.get(section, (0, 0))
        sections[section] = (total + 1, ok + passed)
    for section, (total, ok) in sections.items():
        print(f"| {section} | {ok} | {total} |")
    for line in show[:12]:
        print(line)


def compare_gfm_spec(args):
    wanted = {"Tables (extension)", "Task list items (extension)", "Strikethrough (extension)", "Autolinks (extension)",
              "Disallowed Raw HTML (extension)"}
    examples = [e for e in spec_examples(git_file(args.gfm_git, "test/spec.txt")) if e[0] in wanted]
    examples += [e for e in spec_examples(git_file(args.gfm_git, "test/extensions.txt")) if e[0] == "Footnotes"]
    unsafe = render(args.sitegen, [e[1] for e in examples], ["--feed", "--unsafe"])
    rows, show = [], []
    for (section, markdown, expected), got in zip(examples, unsafe):
        passed = normalize(got, True) == normalize(expected, False)
        rows.append((section, passed))
        if not passed:
            show.append(f"\n- {section}: {markdown!r}\n  expected {normalize(expected, False)!r}\n  got      {normalize(got, True)!r}")
    report("GFM spec extension sections and cmark-gfm footnote examples", rows, show)


def compare_commonmark_spec(args):
    examples = spec_examples(git_file(args.commonmark_git, "spec.txt"))
    ours = render(args.sitegen, [e[1] for e in examples], ["--feed", "--unsafe"])
    plain = render(args.sitegen, [e[1] for e in examples], ["--reference", "--unsafe"])
    rows, show = [], []
    for (section, markdown, expected), got, cmark in zip(examples, ours, plain):
        want = normalize(expected, False)
        rows.append((section, normalize(got, True) == want))
        if normalize(got, True) != normalize(cmark, False):
            show.append(f"\n- {section}: {markdown!r}\n  libcmark {normalize(cmark, False)!r}\n  sitegen  {normalize(got, True)!r}")
    report("CommonMark spec examples (sitegen, extensions on)", rows, [])
    report("CommonMark spec examples (libcmark 0.30 alone)", [(s, normalize(c, False) == normalize(x, False))
                                                             for (s, _, x), c in zip(examples, plain)], [])
    print(f"\nExamples where sitegen differs from libcmark: {len(show)} (each is a GFM extension at work)")
    for line in show:
        print(line)


def generated_documents(count, seed):
    pieces = ["foo", "bar", " ", "\n", "\n\n", "*", "**", "_", "~", "~~", "`", "[", "]", "(/x)", "![a](/i.png)", "\\", "\\~",
              "<", ">", "&amp;", "# ", "- ", "1. ", "> ", "    ", "|", " | ", "\n|---|---|\n", "- [ ] ", "- [x] ",
              "www.example.com", "https://a.b/c_(d)", "me@ex.com", "[^1]", "\n\n[^1]: note\n", "<b>", "<script>", "```\n"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def compare_documents(args, title, documents, names):
    ours = render(args.sitegen, documents, ["--feed", "--unsafe"])
    rows, show = [], []
    for name, document, got in zip(names, documents, ours):
        expected = subprocess.run(["cmark-gfm", "--unsafe", *GFM_EXTENSIONS], input=document.encode(), capture_output=True, check=True).stdout.decode()
        passed = normalize(got, True) == normalize(expected, False)
        rows.append((title, passed))
        if not passed:
            show.append(f"\n- {name}: {document[:300]!r}\n  cmark-gfm {normalize(expected, False)[:400]!r}\n  sitegen   {normalize(got, True)[:400]!r}")
    report(title, rows, show)


def body(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end >= 0 else text
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--gfm-git", help="a git repository of github/cmark-gfm")
    parser.add_argument("--commonmark-git", help="a git repository of commonmark/commonmark-spec")
    parser.add_argument("--content", default=os.path.join(os.path.dirname(__file__), "..", "content", "posts"))
    parser.add_argument("--generated", type=int, default=2000)
    args = parser.parse_args()
    if not shutil.which("cmark-gfm"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "cmark-gfm"], check=True)
    if args.gfm_git:
        compare_gfm_spec(args)
    if args.commonmark_git:
        compare_commonmark_spec(args)
    notes = sorted(os.path.join(args.content, n) for n in os.listdir(args.content) if n.endswith(".md"))
    compare_documents(args, "This site's notes against cmark-gfm", [body(n) for n in notes], [os.path.basename(n) for n in notes])
    compare_documents(args, f"{args.generated} generated documents against cmark-gfm", generated_documents(args.generated, 7),
                      [f"document {i}" for i in range(args.generated)])


if __name__ == "__main__":
    sys.exit(main())
