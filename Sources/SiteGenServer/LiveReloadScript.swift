import Foundation

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
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + element
        }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: element)
    }
}
