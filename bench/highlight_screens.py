"""Screenshots of highlighted code: a page of this site's own code blocks rendered by
`sitegen highlight`, styled by the site's CSS and script, in headless Chromium at 360 and 1366
pixels wide, light and dark.

    python3 bench/highlight_screens.py --sitegen .build/debug/sitegen --out /tmp/highlight-screens

(Chromium from ../shared/validate/setup.sh.) Until the Markdown stage calls the highlighter,
this is how the look is checked; afterwards, a real post page shows the same.
"""

import argparse
import html
import os
import shutil
import subprocess
import tempfile

from highlight_corpus import site_blocks

# (info string, post file name part, index of the block with that language) shown on the page.
SHOWN = [
    ('kotlin {3-5} title="CouponService.kt" linenos', "redis-distributed-lock", "kotlin", 0),
    ("sql", "cache-strategy", "sql", 0),
    ("yaml", "", "yaml", 0),
    ("bash", "webp", "bash", 0),
    ("lua", "redis", "lua", 0),
    ("console", None, None, None),
    ("diff", None, None, None),
    ("json", None, None, None),
]
EXTRA = {
    "console": "$ ./gradlew test --tests \"*CouponServiceTest\"\n> Task :test\nBUILD SUCCESSFUL in 12s\n$ curl -s localhost:8080/actuator/health | jq .status\n\"UP\"\n",
    "diff": "--- a/application.yml\n+++ b/application.yml\n@@ -3,3 +3,3 @@\n   redis:\n-    timeout: 3s\n+    timeout: 500ms\n",
    "json": '{"couponId": 1024, "message": "재고가 \\"0\\"입니다\\n", "remaining": 0, "soldOut": true, "next": null}\n',
}


def pick(blocks, part, language, index):
    found = [b for b in blocks if b.language == language and part in b.source]
    return found[index].text if len(found) > index else ""


def render(sitegen, info, code):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(code)
    try:
        return subprocess.run([sitegen, "highlight", "--info", info, handle.name], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(handle.name)


def page(body, theme):
    return f"""<!doctype html>
<html lang="ko"{' data-theme="dark"' if theme == 'dark' else ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>코드 하이라이트 미리보기</title><link rel="stylesheet" href="assets/style.css">
<script src="assets/code.js" defer></script></head>
<body><main id="main" class="wrap"><article class="prose"><h1>코드 하이라이트</h1>
<p>이 사이트 글의 코드 블록을 <code>sitegen highlight</code>로 그린 화면입니다.</p>
{body}</article></main></body></html>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--site", default=".")
    parser.add_argument("--out", default="/tmp/highlight-screens")
    parser.add_argument("--chromium", default="chromium")
    args = parser.parse_args()
    blocks = site_blocks(args.site)
    body = ""
    for info, part, language, index in SHOWN:
        code = EXTRA.get(info.split()[0]) if part is None else pick(blocks, part, language, index)
        if code:
            body += f"<p><code>{html.escape(info)}</code></p>\n" + render(args.sitegen, info, code)
    os.makedirs(os.path.join(args.out, "assets"), exist_ok=True)
    for asset in ["style.css", "code.js"]:
        shutil.copy(os.path.join(args.site, "templates", "assets", asset), os.path.join(args.out, "assets", asset))
    for theme in ["light", "dark"]:
        path = os.path.join(args.out, f"{theme}.html")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page(body, theme))
        for width in [360, 1366]:
            shot = os.path.join(args.out, f"{theme}-{width}.png")
            subprocess.run([args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--window-size={width},2400", f"--screenshot={shot}", "file://" + os.path.abspath(path)],
                           capture_output=True, check=False, timeout=120)
            print(shot)


if __name__ == "__main__":
    main()
