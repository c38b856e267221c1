import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen markdown`: one Markdown text through the build's Markdown stage, for a quick look
/// and for comparing with other renderers (`bench/markdown_diff.py`).
struct Markdown: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Markdown to HTML as the build does (standard input or a file; no front matter).",
        discussion: "Each '--split' separated document (a line of 'NUL' bytes is awkward in scripts) is rendered on its own."
    )

    @Argument(help: ArgumentHelp("A Markdown file; standard input when omitted.", valueName: "file"))
    var file: String?

    @Flag(name: .long, help: "Pass raw HTML through (site.yaml 'markdown: { unsafe: true }').")
    var unsafe = false

    @Flag(name: .long, help: "Render as for the feed: no heading self-links, plain code blocks.")
    var feed = false

    @Flag(name: .long, help: "Print libcmark's own HTML instead (CommonMark only, no sitegen extensions).")
    var reference = false

    @Option(name: .long, help: ArgumentHelp("Render each part between lines equal to this separator on its own.", valueName: "line"))
    var split: String?

    func run() throws {
        let data = try file.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let parts = split.map { separator in text.components(separatedBy: "\n\(separator)\n") } ?? [text]
        for (index, part) in parts.enumerated() {
            if index > 0, let split { print(split) }
            var options = MarkdownOptions(unsafeHTML: unsafe, forFeed: feed)
            options.rewritesLinks = false
            print(reference ? MarkdownRenderer.referenceHTML(part, unsafe: unsafe) : MarkdownRenderer.render(part, options: options).html, terminator: "")
        }
    }
}
