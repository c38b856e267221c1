import NIOCore

/// The script `sitegen serve` adds to every HTML page it serves (never to `public/`).
/// It listens on `/_sitegen/events`: `reload` reloads the page, `error` shows the build's
/// diagnostics in an overlay (set with `textContent`, so nothing in them is markup), and a
/// page whose connection dropped reloads once the server is back.
enum LiveReloadScript {
    /// The path of the event stream.
    static let eventsPath = "/_sitegen/events"

    /// The `<script>` element, dependency-free and small.
    static let element = """
    <script>/* sitegen serve: live reload */(() => {
      let lost = false;
      const show = (text) => {
        let box = document.getElementById("sitegen-overlay");
        if (!box) {
          box = document.createElement("pre");
          box.id = "sitegen-overlay";
          box.style.cssText = "position:fixed;inset:0;z-index:2147483647;margin:0;padding:2rem;overflow:auto;" +
            "background:rgba(24,24,27,.95);color:#fecaca;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
          document.body.appendChild(box);
        }
        box.textContent = text;
      };
      const connect = () => {
        const events = new EventSource("\(eventsPath)");
        events.addEventListener("open", () => { if (lost) location.reload(); });
        events.addEventListener("reload", () => location.reload());
        events.addEventListener("error", (event) => {
          if (typeof event.data === "string") { show(event.data); return; }
          lost = true;
          if (events.readyState === EventSource.CLOSED) { events.close(); setTimeout(connect, 1000); }
        });
      };
      connect();
    })();</script>
    """

    /// The page with the script before its last `</body>` (or at the end without one).
    static func inject(into html: String) -> String {
        String(buffer: injected(into: ByteBuffer(string: html)))
    }

    /// The same on bytes, in one backwards scan with no text decoding, so a 50 MB page costs
    /// one copy (done once per build, not per request).
    static func injected(into html: ByteBuffer) -> ByteBuffer {
        let script = ByteBuffer(string: element)
        var result = ByteBufferAllocator().buffer(capacity: html.readableBytes + script.readableBytes)
        let split = html.withUnsafeReadableBytes { lastBodyClose(in: $0) } ?? html.readableBytes
        var head = html.getSlice(at: html.readerIndex, length: split) ?? ByteBuffer()
        var tail = html.getSlice(at: html.readerIndex + split, length: html.readableBytes - split) ?? ByteBuffer()
        var scriptCopy = script
        result.writeBuffer(&head)
        result.writeBuffer(&scriptCopy)
        result.writeBuffer(&tail)
        return result
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Offset of the last `</body>` in any letter case.
    private static func lastBodyClose(in bytes: UnsafeRawBufferPointer) -> Int? {
        let tag = Array("</body>".utf8)
        guard bytes.count >= tag.count else { return nil }
        var start = bytes.count - tag.count
        while start >= 0 {
            if bytes[start] == UInt8(ascii: "<"), (0..<tag.count).allSatisfy({ lowercased(bytes[start + $0]) == tag[$0] }) {
                return start
            }
            start -= 1
        }
        return nil
    }
}
