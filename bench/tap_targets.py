#!/usr/bin/env python3
"""Tap targets of a built site in headless Chromium, against WCAG 2.2's 2.5.8 (24 x 24 CSS px).

    python3 bench/tap_targets.py PUBLIC_DIR [--width 360] [PATH ...]

Serves PUBLIC_DIR on 127.0.0.1, opens each page (default: one of every kind) at the given
width and lists every visible link, button, summary and input whose box is smaller than
24 x 24 px, except links inside running text (paragraphs, list items of prose, table cells),
which 2.5.8 exempts as "inline". A small target also passes when a 24 px circle centred on it
touches no other target (the spacing exception); those are counted but not listed. Exit status
1 when any page has a failing target.
"""
import argparse
import functools
import http.server
import json
import os
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cdp import Browser  # noqa: E402

PAGES = ["/", "/about/", "/posts/", "/tags/", "/dashboard/", "/resume/", "/search/", "/series/",
         "/archive/", "/posts/sse-vs-long-polling-vs-websocket/"]

AUDIT = r"""
(() => {
  // Inline: inside a block of running text that says more than the link itself.
  const inline = el => {
    const block = el.closest('p, li, td, th, dd, figcaption');
    return !!block && !el.closest('nav, header, footer, .chips, .tags, .toc, .post-nav, .series, .pager')
      && block.textContent.trim().length > el.textContent.trim().length + 2;
  };
  const all = [...document.querySelectorAll('a[href], button, summary, input, select, textarea')]
    .filter(el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; });
  const boxes = all.map(el => el.getBoundingClientRect());
  const failing = [], spaced = [];
  all.forEach((el, i) => {
    const r = boxes[i];
    if (r.width >= 24 && r.height >= 24) return;
    if (el.tagName === 'A' && inline(el)) return;
    // Spacing exception: a 24 px circle on the target's centre must not meet another target.
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const clear = boxes.every((b, j) => {
      if (j === i) return true;
      const dx = Math.max(b.left - cx, 0, cx - b.right), dy = Math.max(b.top - cy, 0, cy - b.bottom);
      return Math.hypot(dx, dy) >= 12;
    });
    const label = (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 30);
    (clear ? spaced : failing).push(`${el.tagName.toLowerCase()} "${label}" ${Math.round(r.width)}x${Math.round(r.height)}`);
  });
  return {count: all.length, failing, spaced: spaced.length};
})()
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("public")
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--width", type=int, default=360)
    args = parser.parse_args()
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_):
            pass
    handler = functools.partial(Quiet, directory=args.public)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    browser = Browser()
    bad = 0
    try:
        for path in args.paths or PAGES:
            if not os.path.exists(os.path.join(args.public, path.strip("/"), "index.html")) and path != "/":
                continue
            browser.open(base + path, width=args.width, height=800, mobile=True)
            result = browser.evaluate(AUDIT)
            bad += len(result["failing"])
            print(f"{path}: {result['count']} targets, {len(result['failing'])} under 24 px, "
                  f"{result['spaced']} small but spaced")
            for line in result["failing"]:
                print("   ", line)
    finally:
        browser.process.kill()
        server.shutdown()
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
