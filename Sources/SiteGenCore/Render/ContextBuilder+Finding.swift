import Foundation

/// Which of the finding pages the theme has templates for.
struct FindingFeatures: Sendable, Equatable {
    static let searchURL = "/search/"
    static let seriesURL = "/series/"
    static let archiveURL = "/archive/"

    /// `search.mustache`: `/search/` and the index under `search/`.
    var search = false
    /// `series.mustache` and `series-list.mustache`: `/series/<slug>/` and `/series/`.
    var series = false
    /// `archive.mustache`: `/archive/`.
    var archive = false
}

/// What the finding contexts share, computed once per build: each post's series and its
/// related posts.
struct FindingData: Sendable {
    let features: FindingFeatures
    /// For each post, the index of its series in `Site.series`.
    let seriesOfPost: [Int?]
    /// For each post, its related posts (indices into `Site.posts`), best first.
    let related: [[Int]]

    init(site: Site, features: FindingFeatures) {
        self.features = features
        var seriesOfPost = [Int?](repeating: nil, count: site.posts.count)
        for (number, series) in site.series.enumerated() { for post in series.postIndices { seriesOfPost[post] = number } }
        self.seriesOfPost = seriesOfPost
        related = RelatedNotes(site: site).related
    }
}

/// Contexts for the series box, related notes, `/series/`, `/archive/` and `/search/`.
extension ContextBuilder {
    /// The series box of the post at `index`, nil when it is in no series.
    func seriesBox(forPost index: Int) -> SeriesBoxContext? {
        guard let number = finding.seriesOfPost[index] else { return nil }
        let series = site.series[number]
        let position = series.postIndices.firstIndex(of: index) ?? 0
        let parts = series.postIndices.enumerated().map { place, post in
            SeriesPartContext(title: summaries[post].title, url: summaries[post].url, number: place + 1, current: post == index)
        }
        let link = { (place: Int) in PostLinkContext(title: parts[place].title, url: parts[place].url) }
        return SeriesBoxContext(
            name: series.name, url: finding.features.series ? site.config.baseURL.href(series.url) : nil,
            position: position + 1, total: parts.count, parts: parts,
            previous: position > 0 ? link(position - 1) : nil, next: position + 1 < parts.count ? link(position + 1) : nil)
    }

    /// The related notes of the post at `index`.
    func relatedNotes(forPost index: Int) -> [RelatedNoteContext] {
        finding.related[index].map { post in
            let summary = summaries[post]
            return RelatedNoteContext(title: summary.title, url: summary.url, date: summary.date, datetime: summary.datetime)
        }
    }

    func seriesLink(_ series: Series) -> SeriesLinkContext {
        let newest = series.postIndices.min() ?? 0
        return SeriesLinkContext(name: series.name, url: site.config.baseURL.href(series.url), count: series.postIndices.count,
                                 updated: summaries[newest].date)
    }

    /// `/series/`: every series, the one with the newest part first, then by slug.
    func seriesIndex() -> SeriesIndexPageContext {
        let ordered = site.series.sorted { ($0.postIndices.min() ?? 0, $0.slug) < ($1.postIndices.min() ?? 0, $1.slug) }
        let url = site.config.baseURL.href(FindingFeatures.seriesURL)
        return SeriesIndexPageContext(
            site: site(current: url),
            page: meta(title: menuLabel(for: FindingFeatures.seriesURL, default: "시리즈"), description: "", url: FindingFeatures.seriesURL, kind: "series-list"),
            series: ordered.map(seriesLink))
    }

    /// `/series/<slug>/`.
    func seriesPage(_ series: Series) -> SeriesPageContext {
        let link = seriesLink(series)
        return SeriesPageContext(site: site(current: link.url),
                                 page: meta(title: series.name, description: "", url: series.url, kind: "series"),
                                 series: link, posts: series.postIndices.map { summaries[$0] })
    }

    /// `/search/`.
    func search(documents: Int) -> SearchPageContext {
        let url = site.config.baseURL
        return SearchPageContext(
            site: site(current: url.href(FindingFeatures.searchURL)),
            page: meta(title: menuLabel(for: FindingFeatures.searchURL, default: "검색"), description: "", url: FindingFeatures.searchURL, kind: "search"),
            indexURL: url.href("/search/meta.json"), documents: documents)
    }
}
