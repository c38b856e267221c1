#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus (Fuzz/Corpus/<target>/) from this site's own content/,
site.yaml and the test fixtures (golden site, invalid-site cases). Run from the repository
root after content changes; the result is committed. Each seed file is named after its source."""
import hashlib
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"
FIXTURES = ROOT / "Tests" / "SiteGenCoreTests" / "Fixtures"


def sources(pattern):
    found = sorted(ROOT.glob("content/" + pattern)) + sorted(FIXTURES.glob("**/" + pattern))
    return [path for path in found if "/expected/" not in str(path)]


def name_for(path):
    relative = path.relative_to(ROOT).as_posix()
    digest = hashlib.sha1(relative.encode()).hexdigest()[:8]
    return re.sub(r"[^A-Za-z0-9._-]", "_", path.name) + "-" + digest


def body_of(text):
    match = re.match(rb"\A---\n.*?\n(---|\.\.\.)[ \t]*\n", text, re.S)
    return text[match.end():] if match else text


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    for path in sources("**/*.md"):
        data = path.read_bytes()
        write("FuzzFrontMatter", name_for(path), data)
        write("FuzzMarkdown", name_for(path), b"\x00" + body_of(data))  # first byte: options (0 = safe, root /)
    for path in sources("**/data/*.yaml"):
        write("FuzzCareerData", name_for(path), path.read_bytes())
    for path in [ROOT / "site.yaml"] + sorted(FIXTURES.glob("**/site.yaml")):
        write("FuzzSiteConfig", name_for(path), path.read_bytes())
    paths = ["/", "/about/", "/posts/", "/posts/page/2/", "/tags/%EC%8A%A4%ED%94%84%EB%A7%81/", "/feed.xml",
             "/assets/style.css", "/dashboard/", "/skills/spring-batch/", "/about", "/../site.yaml",
             "/%2e%2e/site.yaml", "/assets/..%5c..%5csite.yaml", "/index.html%00.png", "//etc/passwd", "/a%zz"]
    for post in sorted((ROOT / "content" / "posts").glob("*.md")):
        paths.append("/posts/" + re.sub(r"^\d{4}-\d{2}-\d{2}-", "", post.stem) + "/")
    for index, path in enumerate(paths):
        write("FuzzSitePath", "path-%02d" % index, path.encode())
    # Build cache files of this site (after a `sitegen build`), without their header line (the
    # binary's identity): the small ones, so the fuzzer mutates whole files.
    cache = ROOT / ".sitegen-cache" / "build"
    for path in sorted(cache.glob("*.bin")) if cache.is_dir() else []:
        payload = path.read_bytes().split(b"\n", 1)[-1]
        if len(payload) <= 16384:
            write("FuzzBuildCache", path.name, payload)
    if not cache.is_dir():
        print("note: no .sitegen-cache/build (run sitegen build first): FuzzBuildCache gets no seeds")


if __name__ == "__main__":
    main()
