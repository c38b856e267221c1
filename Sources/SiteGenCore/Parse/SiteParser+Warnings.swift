/// Warnings the site gives once for all pages.
extension SiteParser {
    /// One warning per message (an unknown front matter field, say) for the whole site, at
    /// its first place in path order, with the number of files that have it.
    static func siteWideWarnings(_ uses: [(sourcePath: String, warning: SiteWideWarning)]) -> [Diagnostic] {
        var byMessage: [String: [(sourcePath: String, warning: SiteWideWarning)]] = [:]
        for use in uses { byMessage[use.warning.message, default: []].append(use) }
        return byMessage.values.map { uses in
            let ordered = uses.sorted { ($0.sourcePath, $0.warning.line) < ($1.sourcePath, $1.warning.line) }
            let first = ordered[0]
            let files = Set(uses.map(\.sourcePath)).count
            let count = files == 1 ? "" : " (in \(files) files; first here)"
            return Diagnostic.warning(first.sourcePath, line: first.warning.line, column: first.warning.column, first.warning.message + count)
        }
    }
}
