/// Warnings the site gives once for all pages.
extension SiteParser {
    /// One warning per message (an unknown front matter field, say) for the whole site, at
    /// its first place in path order, with the number of files that have it.
    static func siteWideWarnings(_ uses: [(sourcePath: String, warning: SiteWideWarning)]) -> [Diagnostic] {
        var byMessage: [String: [(sourcePath: String, warning: SiteWideWarning)]] = [:]
        for use in uses { byMessage[use.warning.message, default: []].append(use) }
        // Sorted by message, then by place: a Dictionary's order must not reach the output.
        return byMessage.keys.sorted().compactMap { message in
            let uses = byMessage[message] ?? []
            guard let first = uses.min(by: { ($0.sourcePath, $0.warning.line) < ($1.sourcePath, $1.warning.line) }) else { return nil }
            let files = Set(uses.map(\.sourcePath)).count
            let count = files == 1 ? "" : " (in \(files) files; first here)"
            return Diagnostic.warning(first.sourcePath, line: first.warning.line, column: first.warning.column, first.warning.message + count)
        }.sorted { ($0.sourcePath, $0.line ?? 0) < ($1.sourcePath, $1.line ?? 0) }
    }
}
