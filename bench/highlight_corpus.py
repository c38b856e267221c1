"""The code the highlighting accuracy benchmark compares: every code block of this site's
posts, files of open-source repositories per language, and a few generated samples.

The repositories are snapshots fetched with the search tool's `fetch` (bare git folders under
/work/.mirror/OWNER+NAME/repo); files are read with `git show`, never copied into this
repository. A missing snapshot is skipped with a note, so the table says what it measured.
"""

import fnmatch
import os
import re
import subprocess
from dataclasses import dataclass


@dataclass
class Sample:
    language: str   # sitegen's tag for it (kotlin, sql, yaml, ...)
    source: str     # where it came from: path:line, or repo@commit:path
    text: str


# (language, repository, file patterns, most files taken). Files are taken in path order.
REPOSITORIES = [
    ("kotlin", "line/kotlin-jdsl", ["example/*.kt", "dsl/jpql/src/main/*.kt"], 40),
    ("kotlin", "line/kotlin-jdsl", ["*.gradle.kts"], 10),
    ("kotlin", "spring-projects/spring-data-redis", ["*.kt"], 24),
    ("java", "spring-projects/spring-petclinic", ["*.java"], 47),
    ("java", "spring-projects/spring-batch", ["spring-batch-samples/*.java"], 40),
    ("java", "naver/ngrinder", ["ngrinder-controller/src/main/java/*.java"], 30),
    ("sql", "spring-projects/spring-petclinic", ["*.sql"], 10),
    ("sql", "spring-projects/spring-batch", ["spring-batch-core/src/main/resources/*/schema-mysql.sql",
                                             "spring-batch-core/src/main/resources/*/schema-postgresql.sql",
                                             "spring-batch-samples/*.sql"], 20),
    ("sql", "spring-petclinic/spring-petclinic-microservices", ["*.sql"], 12),
    ("yaml", "spring-petclinic/spring-petclinic-microservices", ["*.yml", "*.yaml"], 18),
    ("yaml", "spring-projects/spring-data-redis", [".github/*.yml"], 10),
    ("yaml", "line/kotlin-jdsl", ["*.yml", "*.yaml"], 10),
    ("json", "spring-petclinic/spring-petclinic-microservices", ["*.json"], 14),
    ("json", "tats-u/markdown-cjk-friendly", ["*package.json", "*tsconfig*.json"], 10),
    ("toml", "line/kotlin-jdsl", ["*.toml"], 3),
    ("bash", "spring-petclinic/spring-petclinic-microservices", ["*.sh"], 4),
    ("bash", "naver/ngrinder", ["*.sh"], 10),
    ("dockerfile", "spring-petclinic/spring-petclinic-microservices", ["*Dockerfile"], 3),
    ("dockerfile", "naver/ngrinder", ["*Dockerfile"], 2),
    ("dockerfile", "spring-projects/spring-petclinic", ["*Dockerfile"], 1),
    ("xml", "spring-petclinic/spring-petclinic-microservices", ["*pom.xml", "*.xml"], 10),
    ("html", "spring-projects/spring-petclinic", ["*.html"], 12),
    ("groovy", "reactor/reactor-core", ["*.gradle"], 8),
    ("groovy", "naver/ngrinder", ["*.gradle", "*.groovy"], 10),
    ("properties", "spring-projects/spring-petclinic", ["*.properties"], 14),
    ("ini", "spring-petclinic/spring-petclinic-microservices", ["*.ini"], 2),
    ("lua", "spring-projects/spring-data-redis", ["*.lua"], 4),
    ("lua", "commonmark/commonmark-spec", ["*.lua"], 1),
    ("javascript", "spring-petclinic/spring-petclinic-microservices", ["*.js"], 22),
    ("typescript", "tats-u/markdown-cjk-friendly", ["packages/*.ts"], 30),
    ("python", "commonmark/cmark", ["*.py"], 12),
    ("python", "commonmark/commonmark-spec", ["*.py"], 3),
    ("go", "spf13/cobra", ["*.go"], 30),
    ("markdown", "line/kotlin-jdsl", ["*.md"], 12),
    ("markdown", "spring-projects/spring-petclinic", ["*.md"], 3),
]

# Swift: the packages of the machine's local Swift mirror (git folders by owner/name).
SWIFT_PACKAGES = [("hummingbird-project/hummingbird.git", "Sources/Hummingbird/*.swift", 30),
                  ("hummingbird-project/swift-mustache.git", "Sources/*.swift", 20)]

# Fenced blocks in the Markdown files of these repositories, by the tag they carry.
FENCE_TAGS = {"console": "console", "shell-session": "console", "http": "http", "diff": "diff"}

# Generated samples where open-source files are rare: HTTP exchanges as API docs show them.
HTTP_SAMPLES = [
    'POST /api/coupons/issue HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n'
    'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9\nContent-Length: 52\n\n'
    '{"couponId": 1024, "userId": 77, "requestId": "a1b2-c3d4"}\n',
    'HTTP/1.1 409 Conflict\nContent-Type: application/json;charset=UTF-8\n'
    'Date: Mon, 01 Jul 2024 09:00:00 GMT\n\n{"code": "COUPON_SOLD_OUT", "message": "sold out", "remaining": 0}\n',
    'GET /notifications/stream HTTP/1.1\nHost: localhost:8080\nAccept: text/event-stream\n'
    'Last-Event-ID: 42\nCache-Control: no-cache\n',
    'HTTP/1.1 200 OK\nContent-Type: text/event-stream\nCache-Control: no-cache\nConnection: keep-alive\n\n'
    'id: 43\nevent: coupon\ndata: {"id": 43}\n\n',
]


def site_blocks(root):
    """Every fenced block in content/posts/*.md, with its first info word as the language."""
    samples = []
    folder = os.path.join(root, "content", "posts")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for language, line, code in fenced_blocks(text):
            samples.append(Sample(language, f"content/posts/{name}:{line}", code))
    return samples


def fenced_blocks(text):
    """(tag, line, code) of each ``` or ~~~ fenced block of a Markdown text."""
    blocks = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        match = re.match(r"^ {0,3}(`{3,}|~{3,})\s*([^\s`{]*)", lines[index])
        if not match:
            index += 1
            continue
        fence, tag, start = match.group(1), match.group(2).lower(), index
        index += 1
        body = []
        while index < len(lines) and not lines[index].strip().startswith(fence):
            body.append(lines[index])
            index += 1
        index += 1
        blocks.append((tag, start + 1, "\n".join(body) + "\n"))
    return blocks


def git(folder, *args):
    return subprocess.run(["git", "-C", folder, *args], capture_output=True, text=True, errors="replace").stdout


def mirror_samples(mirrors, notes):
    """Files of each repository snapshot in REPOSITORIES, plus fenced console/http/diff blocks."""
    samples = []
    for language, repo, patterns, limit in REPOSITORIES:
        folder = os.path.join(mirrors, repo.replace("/", "+"), "repo")
        if not os.path.isdir(folder):
            notes.append(f"skipped {repo} ({language}): no snapshot at {folder}")
            continue
        commit = git(folder, "rev-parse", "HEAD").strip()[:12]
        paths = [p for p in git(folder, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                 if any(fnmatch.fnmatch(p, pattern) for pattern in patterns)]
        for path in sorted(paths)[:limit]:
            text = git(folder, "show", f"HEAD:{path}")
            if text.strip() and len(text) < 400_000:
                samples.append(Sample(dialect(language, path), f"{repo}@{commit}:{path}", text))
        for path in [p for p in git(folder, "ls-tree", "-r", "--name-only", "HEAD").splitlines() if p.endswith(".md")]:
            for tag, line, code in fenced_blocks(git(folder, "show", f"HEAD:{path}")):
                if tag in FENCE_TAGS:
                    samples.append(Sample(FENCE_TAGS[tag], f"{repo}@{commit}:{path}:{line}", code))
    return dedupe(samples)


def swift_samples(packages_root, notes):
    samples = []
    for package, pattern, limit in SWIFT_PACKAGES:
        folder = os.path.join(packages_root, package)
        if not os.path.isdir(folder):
            notes.append(f"skipped {package}: not in {packages_root}")
            continue
        tag = git(folder, "describe", "--tags", "--abbrev=0", "HEAD").strip() or "HEAD"
        paths = [p for p in git(folder, "ls-tree", "-r", "--name-only", tag).splitlines() if fnmatch.fnmatch(p, pattern)]
        for path in sorted(paths)[:limit]:
            samples.append(Sample("swift", f"{package.removesuffix('.git')}@{tag}:{path}", git(folder, "show", f"{tag}:{path}")))
    return samples


def generated_samples(mirrors):
    """HTTP exchanges written here, and real diffs: the last commits of a repository snapshot."""
    samples = [Sample("http", f"generated:http-{index + 1}", text) for index, text in enumerate(HTTP_SAMPLES)]
    folder = os.path.join(mirrors, "spring-projects+spring-petclinic", "repo")
    if os.path.isdir(folder):
        for commit in git(folder, "rev-list", "--max-count=8", "HEAD").split():
            patch = git(folder, "show", "--format=", "--unified=3", commit)
            if patch.strip() and len(patch) < 60_000:
                samples.append(Sample("diff", f"spring-projects/spring-petclinic@{commit[:12]} (git show)", patch))
    return samples


def dialect(language, path):
    """SQL files for one database are compared with Pygments' lexer for that database."""
    if language == "sql" and "mysql" in path.lower():
        return "mysql"
    if language == "sql" and "postgres" in path.lower():
        return "postgresql"
    return language


def dedupe(samples):
    seen, unique = set(), []
    for sample in samples:
        key = (sample.language, sample.text)
        if key not in seen:
            seen.add(key)
            unique.append(sample)
    return unique
