// A Markdown body through the whole Markdown stage (parse, transforms, HTML), with the
// options a site can set chosen by the first byte. Besides crashes, it fails on output that
// safe mode must never produce: a raw <script> element or a javascript: link.
@testable import SiteGenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let flags = bytes.first ?? 0
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let options = MarkdownOptions(unsafeHTML: flags & 1 != 0, rootPrefix: flags & 2 != 0 ? "/blog/" : "/",
                                  sourceFolder: flags & 4 != 0 ? "/posts/" : "/", forFeed: flags & 8 != 0)
    let rendered = MarkdownRenderer.render(text, options: options)
    if !options.unsafeHTML {
        let html = rendered.html.lowercased()
        if html.contains("<script") || html.contains("href=\"javascript:") || html.contains("src=\"javascript:") {
            fatalError("safe mode let markup through: \(rendered.html)")
        }
    }
    return 0
}
