import Foundation

/// Read, parse and render results kept between builds in one process (`sitegen serve`), so a
/// rebuild after one edit redoes only what that edit touched. Parsed and rendered entries are
/// reused only when their inputs are equal (the file text and parse settings; the template set
/// and the whole page context); file texts when size and modification time are unchanged, as
/// the watcher that triggered the rebuild sees them.
public final class RebuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: ParsedEntry] = [:]
    private var rendered: [String: RenderedEntry] = [:]
    private var templateKey: [SourceFile] = []
    private var texts: [String: (stamp: String, file: SourceFile)] = [:]

    public init() {}

    struct ParsedEntry {
        var text: String
        var settings: ParseSettings
        var page: Page?
        var problems: [Diagnostic]
    }

    struct RenderedEntry {
        var template: String
        var context: AnyHashable
        var contents: String
    }

    /// What parsing a page depends on besides its text.
    struct ParseSettings: Equatable {
        var timeZone: TimeZone
        var options: MarkdownOptions
    }

    /// A file read before with the same size and modification time.
    func text(of sourcePath: String, stamp: String) -> SourceFile? {
        lock.withLock { texts[sourcePath].flatMap { $0.stamp == stamp ? $0.file : nil } }
    }

    func store(_ file: SourceFile, stamp: String) {
        lock.withLock { texts[file.sourcePath] = (stamp, file) }
    }

    func parsed(_ file: SourceFile, settings: ParseSettings) -> ParsedEntry? {
        lock.withLock {
            guard let entry = pages[file.sourcePath], entry.text == file.text, entry.settings == settings else { return nil }
            return entry
        }
    }

    func store(_ entry: ParsedEntry, for sourcePath: String) {
        lock.withLock { pages[sourcePath] = entry }
    }

    /// Forgets every rendered page when any template changed.
    func useTemplates(_ files: [SourceFile]) {
        lock.withLock {
            if templateKey != files { rendered.removeAll() }
            templateKey = files
        }
    }

    /// The page rendered last time for an equal context and template, if any.
    func rendered(_ outputPath: String, template: String, context: AnyHashable) -> String? {
        lock.withLock {
            guard let entry = rendered[outputPath], entry.template == template, entry.context == context else { return nil }
            return entry.contents
        }
    }

    func store(_ contents: String, for outputPath: String, template: String, context: AnyHashable) {
        lock.withLock { rendered[outputPath] = RenderedEntry(template: template, context: context, contents: contents) }
    }
}
