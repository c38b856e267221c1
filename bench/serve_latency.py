#!/usr/bin/env python3
# Save-to-reload latency of `sitegen serve`: starts the server on SITE and PORT, listens on
# /_sitegen/events, saves POST (write to a temporary file, rename) 15 times and reports the
# time from each save to the `reload` event.
#   python3 bench/serve_latency.py /tmp/sitegen-bench/1000 18123 content/posts/SOME-POST.md [SAVES]
import socket, time, subprocess, sys, os, statistics
port = int(sys.argv[2]); root = sys.argv[1]; target = sys.argv[3]
proc = subprocess.Popen([os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "release", "sitegen"), "serve", "--source", root, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(200):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=1); s.close(); break
        except OSError: time.sleep(0.1)
    time.sleep(2)
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    s.settimeout(5)
    s.recv(4096)
    samples = []
    path = os.path.join(root, target)
    original = open(path, encoding="utf-8").read()
    for i in range(int(sys.argv[4]) if len(sys.argv) > 4 else 15):
        time.sleep(0.4)
        tmp = path + ".tmp"
        start = time.monotonic()
        with open(tmp, "w", encoding="utf-8") as f: f.write(original + f"\nedit {i}\n")
        os.replace(tmp, path)
        buf = b""
        s.settimeout(120)
        while b"reload" not in buf:
            more = s.recv(4096)
            if not more:
                raise SystemExit("the event stream closed before the reload event")
            buf += more
        samples.append((time.monotonic() - start) * 1000)
    open(path, "w", encoding="utf-8").write(original)
    print("median %.0f ms, p90 %.0f ms, min %.0f, max %.0f" % (statistics.median(samples), sorted(samples)[int(len(samples)*0.9)-1], min(samples), max(samples)))
finally:
    proc.terminate(); proc.wait()
