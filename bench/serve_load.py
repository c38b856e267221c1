#!/usr/bin/env python3
"""Load figures for `sitegen serve` (BENCHMARKS.md, "The dev server under load").

Builds nothing itself: give it the release binary. On the 1,000-post corpus (this repo's
theme, as bench/bench.py prepares it) it measures, against one running `sitegen serve`:

  1. wrk at 50 connections for `/` and for one post: requests/s, p99, errors;
  2. 500 live-reload (SSE) clients: every client must receive every reload; the time from
     each save (write a temporary file, rename it over the post) to the last client's event;
  3. 20,000 hostile connections held open (idle, never sending a request) while a client
     keeps asking for `/`: how many of its requests were answered, the server's descriptors;
  4. optionally (--big-post-mb), `/` under wrk while a client keeps fetching a huge post;
and the server's RSS and open descriptors before, under load and after the clients left.

  python3 bench/serve_load.py --sitegen .build/release/sitegen [--work /tmp/sitegen-bench]
"""
import argparse
import os
import re
import resource
import selectors
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import prepare  # noqa: E402  (same corpus and theme as the build benchmark)


def server_stats(pid):
    """RSS in MiB and open descriptors of a process."""
    with open(f"/proc/{pid}/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return rss / 1024, len(os.listdir(f"/proc/{pid}/fd"))


def start_server(sitegen, root, port):
    process = subprocess.Popen([sitegen, "serve", "--source", root, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if "sitegen: built" in line:
            return process
    raise SystemExit("sitegen serve stopped before its first build")


def wrk(url, seconds, connections=50):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?):\s*(\d+)", out))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {"rps": rate, "p99_ms": float(p99.group(1)) * scale, "errors": errors}


def open_streams(port, count):
    """`count` event streams, each past its `retry:` line."""
    selector = selectors.DefaultSelector()
    streams = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        s.setblocking(False)
        streams.append(s)
        selector.register(s, selectors.EVENT_READ, {"buffer": b"", "reloads": []})
    wait_for(selector, lambda data: b"retry:" in data["buffer"], count, 30)
    return selector, streams


def wait_for(selector, done, count, timeout):
    deadline = time.monotonic() + timeout
    while sum(1 for key in selector.get_map().values() if done(key.data)) < count:
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the event streams")
        for key, _ in selector.select(0.5):
            chunk = key.fileobj.recv(65536)
            key.data["buffer"] += chunk
            if b"event: reload" in chunk:
                key.data["reloads"].append(time.monotonic())


def saves_to_every_stream(selector, post, saves):
    """Saves `post` `saves` times; returns, per save, ms from the rename to the last stream's reload."""
    original = open(post, encoding="utf-8").read()
    latencies = []
    try:
        for index in range(saves):
            time.sleep(1.0)
            for key in selector.get_map().values():
                key.data["reloads"].clear()
            temporary = post + ".tmp"
            with open(temporary, "w", encoding="utf-8") as file:
                file.write(original + f"\n\nedit {index}\n")
            saved = time.monotonic()
            os.replace(temporary, post)
            wait_for(selector, lambda data: len(data["reloads"]) >= 1, len(selector.get_map()), 60)
            latencies.append((max(max(key.data["reloads"]) for key in selector.get_map().values()) - saved) * 1000)
    finally:
        open(post, "w", encoding="utf-8").write(original)
    return latencies


def hold(port, count):
    """Helper process: opens `count` idle connections, prints how many, keeps them until killed."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    held = []
    for _ in range(count):
        try:
            held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            break
    print(len(held), flush=True)
    time.sleep(3600)


def hostile(port, count, seconds, pid):
    """Holds `count` idle connections (from two helper processes, 10,000 descriptors each)
    while asking for `/` once every 50 ms; returns (answered, asked, opened, the server's
    RSS and descriptors while they are held)."""
    helpers = [subprocess.Popen([sys.executable, __file__, "--hold", str(count // 2), "--port", str(port), "--sitegen", "-"],
                                stdout=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        opened = sum(int(helper.stdout.readline() or 0) for helper in helpers)
        answered, asked = 0, 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            asked += 1
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                    s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    if s.recv(64).startswith(b"HTTP/1.1 200"):
                        answered += 1
            except OSError:
                pass
            time.sleep(0.05)
        return answered, asked, opened, server_stats(pid)
    finally:
        for helper in helpers:
            helper.kill()
            helper.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--work", default="/tmp/sitegen-bench")
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared", "bench"))
    parser.add_argument("--port", type=int, default=18231)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--streams", type=int, default=500)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--hostile", type=int, default=20000)
    parser.add_argument("--big-post-mb", type=int, default=0)
    parser.add_argument("--hold", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.hold:
        return hold(args.port, args.hold)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    root = prepare(args.work, os.path.abspath(args.shared), 1000)
    folder = os.path.join(root, "content", "posts")
    # The first published post (the corpus has drafts, which serve answers with 404).
    name = next(n for n in sorted(os.listdir(folder))
                if "\ndraft: true\n" not in open(os.path.join(folder, n), encoding="utf-8").read(2048))
    post_file = os.path.join(folder, name)
    slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", name[:-3])
    if args.big_post_mb:
        with open(os.path.join(root, "content", "posts", "zz-big.md"), "w", encoding="utf-8") as big:
            big.write("---\ntitle: big\ndate: 2020-01-01\n---\n")
            paragraph = "긴 글의 문단입니다. A paragraph with **bold** and `code`.\n\n"
            big.write(paragraph * (args.big_post_mb * 1024 * 1024 // len(paragraph.encode())))
    base = f"http://127.0.0.1:{args.port}"
    server = start_server(os.path.abspath(args.sitegen), root, args.port)
    try:
        report(server, args, base, post_file, slug)
    finally:
        server.terminate()
        server.wait()
        if args.big_post_mb:
            os.remove(os.path.join(root, "content", "posts", "zz-big.md"))


def report(server, args, base, post_file, slug):
    time.sleep(1)
    print("before:        RSS %.0f MiB, %d descriptors" % server_stats(server.pid))
    for name, url in [("/", base + "/"), ("a post", f"{base}/posts/{slug}/")]:
        result = wrk(url, args.seconds)
        print(f"wrk -c50 {name:7s} {result['rps']:9.0f} req/s  p99 {result['p99_ms']:7.2f} ms  errors {result['errors']}")
    print("after wrk:     RSS %.0f MiB, %d descriptors" % server_stats(server.pid))
    selector, streams = open_streams(args.port, args.streams)
    print(f"{args.streams} streams:   RSS %.0f MiB, %d descriptors" % server_stats(server.pid))
    latencies = saves_to_every_stream(selector, post_file, args.saves)
    latencies.sort()
    print(f"save -> last of {args.streams} streams: median {latencies[len(latencies) // 2]:.0f} ms, "
          f"max {latencies[-1]:.0f} ms over {len(latencies)} saves (every stream got every reload)")
    for s in streams:
        s.close()
    time.sleep(5)
    print("streams gone:  RSS %.0f MiB, %d descriptors" % server_stats(server.pid))
    answered, asked, opened, stats = hostile(args.port, args.hostile, args.seconds, server.pid)
    print(f"{opened} hostile connections held: {answered} of {asked} requests for / answered; "
          "server meanwhile: RSS %.0f MiB, %d descriptors" % stats)
    time.sleep(8)
    print("hostile gone:  RSS %.0f MiB, %d descriptors" % server_stats(server.pid))
    if args.big_post_mb:
        fetcher = subprocess.Popen(["bash", "-c", f"while true; do curl -s -o /dev/null {base}/posts/zz-big/; done"])
        try:
            result = wrk(base + "/", args.seconds)
            print(f"wrk -c50 / while a {args.big_post_mb} MB post is fetched in a loop: {result['rps']:.0f} req/s  "
                  f"p99 {result['p99_ms']:.2f} ms  errors {result['errors']}")
        finally:
            fetcher.terminate()
            fetcher.wait()


if __name__ == "__main__":
    main()
