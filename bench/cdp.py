"""A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (no port, no package).

Used by bench/search_compare.py and Tests/search/e2e.py: start headless Chromium, open a page,
evaluate JavaScript, read network events, take screenshots. Loopback only: every host but
127.0.0.1 resolves to nothing.
"""
import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--proxy-server=http://127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


class Browser:
    """One Chromium process and one page (target) in it."""

    def __init__(self, chrome="chromium"):
        self.profile = tempfile.mkdtemp(prefix="sitegen-cdp-")
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()

        def pipes():  # Chromium reads commands on fd 3 and writes replies on fd 4
            os.dup2(os.dup(r1), 3)
            os.dup2(os.dup(w2), 4)

        self.process = subprocess.Popen(
            [chrome] + FLAGS + ["--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=pipes, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r1)
        os.close(w2)
        self.write, self.read = w1, r2
        self.buffer, self.next_id, self.events = b"", 0, []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.page(domain)
        self.page("Network.setCacheDisabled", {"cacheDisabled": True})

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self.receive(deadline - time.time())
            if reply is None:
                raise TimeoutError(f"{method}: no answer in {timeout} s")
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def page(self, method, params=None, timeout=30):
        return self.send(method, params, self.session, timeout)

    def receive(self, timeout):
        while b"\0" not in self.buffer:
            if timeout <= 0:
                return None
            start = time.time()
            ready, _, _ = select.select([self.read], [], [], timeout)
            timeout -= time.time() - start
            if not ready:
                return None
            chunk = os.read(self.read, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(line)

    def drain(self, seconds):
        """Collects events for `seconds`."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            event = self.receive(deadline - time.time())
            if event is not None:
                self.events.append(event)

    def open(self, url, width=1366, height=900, mobile=False):
        """Navigates and waits for the load event."""
        self.page("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        self.events.clear()
        self.page("Page.navigate", {"url": url})
        deadline = time.time() + 15
        while time.time() < deadline:
            if any(e.get("method") == "Page.loadEventFired" for e in self.events):
                return
            event = self.receive(0.1)
            if event is not None:
                self.events.append(event)
        raise TimeoutError(f"{url}: no load event in 15 s")

    def evaluate(self, expression, timeout=30):
        """The value of a JavaScript expression (awaited when it is a promise)."""
        result = self.page("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise RuntimeError(json.dumps(result["exceptionDetails"])[:500])
        return result.get("result", {}).get("value")

    def type(self, text):
        """Types text as key events into the focused element."""
        for character in text:
            self.page("Input.dispatchKeyEvent", {"type": "keyDown", "text": character, "key": character})
            self.page("Input.dispatchKeyEvent", {"type": "keyUp", "key": character})

    def key(self, key, code=None, modifiers=0, keycode=0):
        for kind in ("rawKeyDown", "keyUp"):
            self.page("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code or key,
                                                 "modifiers": modifiers, "windowsVirtualKeyCode": keycode})

    def bytes_loaded(self, since=0):
        """Bytes received per URL from the network events collected since index `since`."""
        urls, sizes = {}, {}
        for event in self.events[since:]:
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
            elif method == "Network.loadingFinished" and params["requestId"] in urls:
                sizes[urls[params["requestId"]]] = int(params.get("encodedDataLength", 0))
        return sizes

    def screenshot(self, path, full_page=True):
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            metrics = self.page("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": metrics["width"], "height": min(metrics["height"], 6000), "scale": 1}
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.page("Page.captureScreenshot", params)["data"]))

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        shutil.rmtree(self.profile, ignore_errors=True)
