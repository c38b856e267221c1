#!/usr/bin/env python3
"""End-to-end test of search in headless Chromium (run by `make test`).

    python3 Tests/search/e2e.py SITEGEN_BINARY

Builds this repository's site for a GitHub Pages project address (base path /blog/), serves it
on 127.0.0.1 under /blog/, and checks as a reader would: ?q= runs a query, results link into
/blog/ with a heading anchor and a marked snippet, typing updates the results and the address,
arrow keys move between results, "/" and Ctrl-K reach the search box from any page, "결과 더
보기" shows more, and nothing logs an error. Ends with the line "N passed, N failed".
"""
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "bench"))
from cdp import Browser  # noqa: E402

results = []
page_errors = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(f"{'ok  ' if condition else 'FAIL'} {name}{'' if condition else ': ' + str(detail)}", flush=True)


def wait(browser, expression, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = browser.evaluate(expression)
        if value:
            return value
        browser.drain(0.02)
    return None


def serve(root):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def errors(browser):
    found = []
    for event in browser.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append(params.get("exceptionDetails", {}).get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            found.append(str(params.get("args")))
        elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
            found.append(params["response"]["url"])
    return found


def main(sitegen):
    work = tempfile.mkdtemp(prefix="sitegen-search-e2e-")
    server = browser = None
    try:
        output = os.path.join(work, "blog")
        subprocess.run([sitegen, "build", "--source", REPO, "--output", output, "--base-url", "https://user.github.io/blog/",
                        "--now", "2026-11-28T00:00:00Z", "--no-cache"], check=True, stdout=subprocess.DEVNULL)
        server = serve(work)
        site = f"http://127.0.0.1:{server.server_address[1]}/blog/"
        browser = Browser()
        run(browser, site)
    finally:
        if browser:
            browser.close()
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


def visit(browser, url):
    """Opens a page, keeping the errors of the one before."""
    page_errors.extend(errors(browser))
    browser.open(url)


def run(browser, site):
    first_result = "document.querySelector('.search-result a')"
    # Results show as their files arrive; the list is aria-busy until the page of results is complete.
    settled = "!document.getElementById('search-results').hasAttribute('aria-busy') && "
    visit(browser, site + "search/?q=" + urllib.parse.quote("청크"))
    href = wait(browser, settled + first_result + " && " + first_result + ".getAttribute('href')")
    check("?q= runs a query and links under the base path", href and href.startswith("/blog/posts/"), href)
    check("the result links to the heading before the match", href and "#" in href, href)
    check("the snippet marks the match", browser.evaluate("document.querySelector('.search-snippet mark')?.textContent") == "청크")
    check("the search box shows the query", browser.evaluate("document.querySelector('[data-search-input]').value") == "청크")

    browser.evaluate("(() => { const i = document.querySelector('[data-search-input]'); i.value = ''; i.focus(); })()")
    browser.page("Input.insertText", {"text": "webf"})
    titles = wait(browser, settled + "[...document.querySelectorAll('.search-result-title')].map((e) => e.textContent).join('|').includes('WebFlux') && "
                           "[...document.querySelectorAll('.search-result-title')].map((e) => e.textContent)")
    check("typing a prefix of a Latin word finds it (webf → WebFlux)", titles, titles)
    check("the address follows the query", browser.evaluate("location.search") == "?q=webf")
    browser.key("ArrowDown", keycode=40)
    check("↓ from the box focuses the first result", browser.evaluate(f"document.activeElement === {first_result}"))
    count = browser.evaluate("document.querySelectorAll('.search-result a').length")
    if count > 1:
        browser.key("ArrowDown", keycode=40)
        check("↓ moves to the next result", browser.evaluate("document.activeElement === document.querySelectorAll('.search-result a')[1]"))
        browser.key("ArrowUp", keycode=38)
    browser.key("ArrowUp", keycode=38)
    check("↑ from the first result returns to the box", browser.evaluate("document.activeElement.matches('[data-search-input]')"))

    browser.evaluate("(() => { const i = document.querySelector('[data-search-input]'); i.value = ''; })()")
    browser.page("Input.insertText", {"text": "서비스"})
    more = wait(browser, "document.querySelector('[data-search-status]').textContent.includes('서비스') && "
                         "!document.querySelector('[data-search-more]').hidden && "
                         + settled +
                         "document.querySelectorAll('.search-result').length")
    check("a query with many results shows 5 and '결과 더 보기'", more == 5, more)
    browser.evaluate("document.querySelector('[data-search-more]').click()")
    shown = wait(browser, "document.querySelectorAll('.search-result').length > 5 && document.querySelectorAll('.search-result').length")
    check("'결과 더 보기' shows more results", shown, shown)

    visit(browser, site + "about/")
    browser.key("/", code="Slash", keycode=191)
    arrived = wait(browser, "location.pathname === '/blog/search/' && document.activeElement?.matches('[data-search-input]')")
    check("'/' on another page opens search with the box focused", arrived, browser.evaluate("location.href"))
    visit(browser, site + "posts/")
    browser.key("k", code="KeyK", modifiers=2, keycode=75)
    arrived = wait(browser, "location.pathname === '/blog/search/' && document.activeElement?.matches('[data-search-input]')")
    check("Ctrl-K on another page opens search", arrived, browser.evaluate("location.href"))
    browser.key("k", code="KeyK", modifiers=2, keycode=75)
    check("Ctrl-K on the search page keeps focus in the box", browser.evaluate("document.activeElement.matches('[data-search-input]')"))
    browser.page("Input.insertText", {"text": "존재하지않는낱말"})
    status = wait(browser, "document.querySelector('[data-search-status]').textContent")
    check("a query without results says so", status and "없습니다" in status, status)
    page_errors.extend(errors(browser))
    check("no errors, no failed requests on any page", not page_errors, page_errors)


if __name__ == "__main__":
    if not shutil.which("chromium"):
        print("chromium is not installed (../shared/validate/setup.sh installs it); end-to-end search test not run")
        sys.exit(1)
    sys.exit(main(sys.argv[1]))
