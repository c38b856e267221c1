#!/usr/bin/env python3
"""sitegen's search against Pagefind on the same built sites, in headless Chromium.

    python3 bench/search_compare.py --sitegen .build/release/sitegen [--work /tmp/sitegen-search]

Builds this repository's site and the 1,000-post corpus of ../shared/bench with sitegen, runs
Pagefind (PyPI `pagefind[extended]`, in a virtual environment under ~/.cache) on each output,
serves them on 127.0.0.1 and, for every query of bench/search_queries.py, measures in Chromium:

- what each finds: every result's page (sitegen: its index and search.js; Pagefind: its JS API),
  and whether sitegen's pages include all of Pagefind's;
- bytes transferred for the query from a cold cache: everything the search loads to show the first
  5 results with snippets (sitegen: search.js, meta.json, the chunks, 5 document files; Pagefind:
  pagefind.js, its entry file, WebAssembly, meta, index chunks, 5 fragments; not its UI);
- time to the first result: sitegen's search page with the index's meta.json loaded (as after the
  page opens), the query typed (one input event), until the first result is in the page.

Pagefind indexes `<main>` of the same pages sitegen indexes (posts and standalone pages), without
the table of contents, series box, related notes, post navigation, dates and competency chips.
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cdp import Browser  # noqa: E402
from search_queries import QUERIES  # noqa: E402
import bench  # noqa: E402

PAGEFIND = "pagefind[extended]==1.5.2"
SHOWN = 5
HARNESS = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<script type="module">
const q = new URLSearchParams(location.search).get("q");
const all = new URLSearchParams(location.search).has("all");
const pf = await import("./pagefind/pagefind.js");
const t0 = performance.now();
const r = await pf.search(q);
const shown = await Promise.all(r.results.slice(0, all ? r.results.length : %d).map((x) => x.data()));
const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
const holds = (d) => terms.every((t) => d.content.toLowerCase().includes(t));
window.done = { count: r.results.length, ms: performance.now() - t0, urls: shown.map((d) => d.url),
                without: shown.filter((d) => !holds(d)).map((d) => d.url) };
</script></body></html>
""" % SHOWN


def pagefind_venv():
    venv = os.path.join(os.path.expanduser("~"), ".cache", "sitegen-bench", "pagefind-venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    if subprocess.run([python, "-c", "import pagefind_bin_extended"], capture_output=True).returncode:
        subprocess.run([python, "-m", "pip", "install", "-q", PAGEFIND], check=True)
    return python


def run_pagefind(python, site):
    """Indexes `site` in place (into site/pagefind/); returns seconds."""
    config = {
        "site": site, "glob": "{posts/*/index.html,about/index.html}", "root_selector": "main",
        "exclude_selectors": [".toc", ".series-box", ".related-notes", ".post-nav", ".post-meta", ".post-competencies"],
    }
    folder = os.path.join(os.path.dirname(site), "pagefind-config")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pagefind.yml"), "w") as f:
        json.dump(config, f)  # JSON is YAML
    start = time.perf_counter()
    subprocess.run([python, "-m", "pagefind", "--quiet"], cwd=folder, check=True)
    with open(os.path.join(site, "pf.html"), "w") as f:
        f.write(HARNESS)
    return time.perf_counter() - start


def folder_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


class Server:
    """A static server for one folder on 127.0.0.1, quiet, on a free port, that forbids caching
    and counts what it sends: `served` holds (path, bytes) with text files (JS, JSON, HTML) at
    their gzip size, as static hosts send them (GitHub Pages, CloudFront), and Pagefind's
    already-compressed files as they are. Counting on the server sees requests a page's workers
    make too, which the DevTools page session does not (Pagefind fetches from a worker)."""

    def __init__(self, root):
        served = self.served = []

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def copyfile(self, source, output):
                data = source.read()
                output.write(data)
                path = urllib.parse.urlsplit(self.path).path
                text = path.endswith((".js", ".json", ".html", "/"))
                served.append((path, len(gzip.compress(data, 6)) if text else len(data)))

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()


def wait(browser, expression, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = browser.evaluate(expression)
        if value:
            return value
        browser.drain(0.01)
    raise TimeoutError(expression)


SITEGEN_ALL = """(async () => {
  const m = { exports: {} };
  new Function("module", await (await fetch("/assets/search.js")).text())(m);
  const s = m.exports, load = (u) => fetch(u).then((r) => r.json());
  const index = new s.Index(document.querySelector("[data-search-index]").getAttribute("data-search-index"), load);
  const r = await s.search(index, %s);
  return Promise.all(r.hits.map(async (h) => (await index.doc(h[0])).u));
})()"""

SITEGEN_DONE = """(() => { const n = document.querySelectorAll(".search-result").length, s = document.querySelector("[data-search-status]").textContent;
  return s && (n >= %d || /없습니다/.test(s) || n >= +((s.match(/(\\d+)개/) || [0, 0])[1])) ? n : 0; })()"""

SITEGEN_TIMER = """(() => { const input = document.querySelector("[data-search-input]"), list = document.getElementById("search-results");
  window.__t0 = 0; window.__t1 = 0;
  input.addEventListener("input", () => { window.__t0 = performance.now(); }, { capture: true, once: true });
  new MutationObserver(() => { if (!window.__t1 && list.querySelector(".search-result")) window.__t1 = performance.now(); })
    .observe(list, { childList: true });
  return performance.getEntriesByType("resource").some((e) => e.name.endsWith("/search/meta.json")); })()"""


def search_bytes(served, prefixes):
    return sum(size for path, size in served if any(path.startswith(p) for p in prefixes))


def measure(browser, server, query):
    base = server.url
    """One query on one site: both engines' result pages, bytes and times."""
    quoted = urllib.parse.quote(query)
    # sitegen: bytes of a cold query showing the first results.
    server.served.clear()
    browser.open(f"{base}/search/?q={quoted}")
    wait(browser, SITEGEN_DONE % SHOWN)
    browser.drain(0.2)
    sg_bytes = search_bytes(server.served, ["/assets/search.js", "/search/meta.json", "/search/i/", "/search/d/"])
    sg_urls = browser.evaluate(SITEGEN_ALL % json.dumps(query), timeout=120)
    # sitegen: time from the input event to the first result, meta.json already loaded.
    browser.open(f"{base}/search/")
    wait(browser, SITEGEN_TIMER)
    browser.page("Runtime.evaluate", {"expression": "document.querySelector('[data-search-input]').focus()"})
    browser.page("Input.insertText", {"text": query})
    sg_ms = wait(browser, "window.__t1 && window.__t1 - window.__t0", 10) if sg_urls else None
    # Pagefind: bytes of the same query showing its first results, then every result's page.
    server.served.clear()
    browser.open(f"{base}/pf.html?q={quoted}")
    done = wait(browser, "window.done")
    browser.drain(0.2)
    pf_bytes = search_bytes(server.served, ["/pagefind/"])
    browser.open(f"{base}/pf.html?all=1&q={quoted}")
    pf_all = wait(browser, "window.done", 120)
    pf_urls = pf_all["urls"]
    norm = lambda urls: {urllib.parse.unquote(u) for u in urls}
    return {"sitegen": sorted(norm(sg_urls)), "pagefind": sorted(norm(pf_urls)), "sitegenBytes": sg_bytes,
            "pagefindBytes": pf_bytes, "sitegenMs": sg_ms, "pagefindMs": done["ms"],
            # Pagefind results whose indexed text holds no such word (its extended build cuts Hangul
            # into single characters, so `시성` matches any page with 시 and 성 somewhere).
            "pagefindWithoutQuery": sorted(norm(pf_all["without"]))}


def build(sitegen, source, output):
    shutil.rmtree(output, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sitegen, "build", "--source", source, "--output", output, "--now", "2026-11-28T00:00:00Z", "--no-cache"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sitegen", default=os.path.join(REPO, ".build", "release", "sitegen"))
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--work", default="/tmp/sitegen-search")
    parser.add_argument("--times-only", type=int, metavar="ROUNDS", default=0,
                        help="only time sitegen's first result, every query ROUNDS times (no Pagefind)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if args.times_only:
        return time_first_results(args)
    python = pagefind_venv()
    sources = {"owner": REPO, "corpus": bench.prepare(args.work, args.shared, 1000)}
    report, sizes = [], {}
    browser = Browser()
    try:
        for site, source in sources.items():
            output = os.path.join(args.work, f"out-{site}")
            build_s = build(args.sitegen, source, output)
            pf_s = run_pagefind(python, output)
            sizes[site] = {"sitegenIndexBytes": folder_bytes(os.path.join(output, "search")),
                           "pagefindIndexBytes": folder_bytes(os.path.join(output, "pagefind")),
                           "sitegenBuildSeconds": build_s, "pagefindSeconds": pf_s}
            server = Server(output)
            try:
                for where, category, query, why in QUERIES:
                    if where == site:
                        row = measure(browser, server, query)
                        row.update(site=site, category=category, query=query, why=why)
                        report.append(row)
                        print(summary_line(row), file=sys.stderr, flush=True)
            finally:
                server.close()
    finally:
        browser.close()
    with open(os.path.join(args.work, "search-compare.json"), "w") as f:
        json.dump({"queries": report, "sizes": sizes}, f, ensure_ascii=False, indent=1)
    print_table(report, sizes)


def first_result_ms(browser, server, query):
    """Time from the input event to the first result, meta.json already loaded (as after the page opens)."""
    browser.open(f"{server.url}/search/")
    wait(browser, SITEGEN_TIMER)
    browser.page("Runtime.evaluate", {"expression": "document.querySelector('[data-search-input]').focus()"})
    browser.page("Input.insertText", {"text": query})
    return wait(browser, "(window.__t1 && window.__t1 - window.__t0) || (/없습니다/.test(document.querySelector('[data-search-status]').textContent) && -1)", 10)


def time_first_results(args):
    """Only the time column, every query `--times-only` rounds, on builds made here."""
    sources = {"owner": REPO, "corpus": bench.prepare(args.work, args.shared, 1000)}
    times = []
    browser = Browser()
    try:
        for site, source in sources.items():
            output = os.path.join(args.work, f"out-{site}")
            build(args.sitegen, source, output)
            server = Server(output)
            try:
                for _ in range(args.times_only):
                    for where, _category, query, _why in QUERIES:
                        if where == site:
                            ms = first_result_ms(browser, server, query)
                            if ms > 0:
                                times.append(ms)
            finally:
                server.close()
    finally:
        browser.close()
    times.sort()
    print(f"sitegen first result over {len(times)} timed queries ({args.times_only} rounds): median {statistics.median(times):.1f} ms, "
          f"p90 {times[int(len(times) * 0.9)]:.1f} ms, max {times[-1]:.1f} ms")


def summary_line(row):
    return f"{row['site']:6} {row['query']:20} pagefind {len(row['pagefind']):4} sitegen {len(row['sitegen']):4}"


def print_table(report, sizes):
    print("| site | category | query | Pagefind finds | of them without the query's text | sitegen finds | sitegen has all of Pagefind's true hits | bytes Pagefind | bytes sitegen | sitegen first result ms |")
    print("| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for r in report:
        superset = set(r["pagefind"]) - set(r["pagefindWithoutQuery"]) <= set(r["sitegen"])
        ms = "—" if r["sitegenMs"] is None else f"{r['sitegenMs']:.1f}"
        print(f"| {r['site']} | {r['category']} | `{r['query']}` | {len(r['pagefind'])} | {len(r['pagefindWithoutQuery'])} | {len(r['sitegen'])} | "
              f"{'yes' if superset else '**no**'} | {r['pagefindBytes']:,} | {r['sitegenBytes']:,} | {ms} |")
    times = [r["sitegenMs"] for r in report if r["sitegenMs"] is not None]
    print()
    print(f"queries: {len(report)}; sitegen found everything Pagefind found in "
          f"{sum(set(r['pagefind']) - set(r['pagefindWithoutQuery']) <= set(r['sitegen']) for r in report)} (true hits); found more in "
          f"{sum(len(set(r['sitegen']) - set(r['pagefind'])) > 0 for r in report)}; "
          f"bytes at most Pagefind's in {sum(r['sitegenBytes'] <= r['pagefindBytes'] for r in report)}")
    if times:
        print(f"sitegen first result: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")
    for site, s in sizes.items():
        print(f"{site}: sitegen index {s['sitegenIndexBytes']:,} bytes (build {s['sitegenBuildSeconds']:.2f} s, whole site); "
              f"Pagefind index {s['pagefindIndexBytes']:,} bytes ({s['pagefindSeconds']:.2f} s)")


if __name__ == "__main__":
    main()
