import Foundation

/// The finding pages, each written when the theme has its template: `/search/` and the search
/// index (`search.mustache`), `/series/` and `/series/<slug>/` (`series-list.mustache` and
/// `series.mustache`), `/archive/` (`archive.mustache`).
extension Renderer {
    static let searchTemplate = "search"
    static let seriesTemplate = "series"
    static let seriesListTemplate = "series-list"
    static let archiveTemplate = "archive"

    static func findingFeatures(of templates: TemplateSet) -> FindingFeatures {
        FindingFeatures(search: templates.contains(searchTemplate),
                        series: templates.contains(seriesTemplate) && templates.contains(seriesListTemplate),
                        archive: templates.contains(archiveTemplate))
    }

    /// Builds the search index now, when the theme has a search page, so a build can time it
    /// apart from the rest (`--timings`); returns whether it did.
    public mutating func indexForSearch() -> Bool {
        guard contexts.finding.features.search, searchIndex == nil else { return false }
        searchIndex = SearchIndex(site: site, cache: cache)
        return true
    }

    func planFinding() -> [PlannedFile] {
        let features = contexts.finding.features, contexts = self.contexts
        var files: [PlannedFile] = []
        if features.archive {
            files.append(page(with: Self.archiveTemplate, to: Self.outputPath(for: FindingFeatures.archiveURL)) { contexts.archive() })
        }
        if features.series && !site.series.isEmpty {
            files.append(page(with: Self.seriesListTemplate, to: Self.outputPath(for: FindingFeatures.seriesURL)) { contexts.seriesIndex() })
            files += site.series.map { series in
                page(with: Self.seriesTemplate, to: Self.outputPath(for: series.url)) { contexts.seriesPage(series) }
            }
        }
        if features.search { files += planSearch(searchIndex ?? SearchIndex(site: site, cache: cache)) }
        return files
    }

    /// `/search/`, `search/meta.json`, a file per chunk and one per document. A document file
    /// is known by its inputs' digest, so an unchanged one is neither made nor written again.
    private func planSearch(_ index: SearchIndex) -> [PlannedFile] {
        let contexts = self.contexts, count = index.entries.count
        var files = [page(with: Self.searchTemplate, to: Self.outputPath(for: FindingFeatures.searchURL)) { contexts.search(documents: count) }]
        files.append(PlannedFile(outputPath: "search/meta.json") { _ in index.metaJSON() })
        files += index.chunks.map { chunk in PlannedFile(outputPath: "search/i/\(chunk.name).json") { _ in chunk.json } }
        files += index.entries.indices.map { id in
            PlannedFile(outputPath: "search/d/\(id).json") {
                PreparedFile(digest: index.entries[id].digest.map { "search-document " + $0 }) { _ in index.document(at: id).fragmentJSON() }
            }
        }
        return files
    }

    /// Sitemap entries of the finding pages (the search page is a tool, not content, and is left out).
    func findingSitemapEntries() -> [(String, Date?)] {
        let features = contexts.finding.features
        let newest = site.posts.first?.date
        var entries: [(String, Date?)] = []
        if features.archive { entries.append((FindingFeatures.archiveURL, newest)) }
        if features.series && !site.series.isEmpty {
            entries.append((FindingFeatures.seriesURL, nil))
            entries += site.series.map { ($0.url, $0.postIndices.min().flatMap { site.posts[$0].date }) }
        }
        return entries
    }
}
