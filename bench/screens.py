#!/usr/bin/env python3
"""Screenshots of a built site in headless Chromium, light and dark, at several widths.

    python3 bench/screens.py PUBLIC_DIR OUT_DIR [--widths 360,1366] [PATH ...]

Serves PUBLIC_DIR on 127.0.0.1 and writes OUT_DIR/<page>-<width>-<scheme>.png (the top 6,000 px
of each page) for every page given (default: one of every kind the site has), with
prefers-color-scheme emulated. Prints each file it wrote, and any page whose document is wider
than the viewport (sideways scrolling).
"""
import argparse
import functools
import http.server
import os
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cdp import Browser  # noqa: E402

PAGES = ["/", "/about/", "/posts/", "/tags/", "/dashboard/", "/resume/", "/search/?q=캐시",
         "/series/", "/archive/", "/categories/", "/posts/sse-vs-long-polling-vs-websocket/",
         "/posts/webp-lossless-webtoon-images/", "/404.html"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("public")
    parser.add_argument("out")
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--widths", default="360,1366")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=args.public))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    browser = Browser()
    try:
        for path in args.paths or PAGES:
            local = path.split("?")[0].strip("/")
            if path != "/" and not (os.path.exists(os.path.join(args.public, local, "index.html"))
                                    or os.path.isfile(os.path.join(args.public, local))):
                continue
            name = local.replace("/", "_").replace(".html", "") or "home"
            for width in (int(w) for w in args.widths.split(",")):
                for scheme in ("light", "dark"):
                    browser.page("Emulation.setEmulatedMedia",
                                 {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                    browser.open(base + path, width=width, height=900, mobile=width < 768)
                    browser.drain(0.3)
                    wide = browser.evaluate("document.documentElement.scrollWidth")
                    if wide > width:
                        print(f"{path} at {width} px: the page is {wide} px wide (scrolls sideways)")
                    file = os.path.join(args.out, f"{name}-{width}-{scheme}.png")
                    browser.screenshot(file)
                    print(file)
    finally:
        browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
