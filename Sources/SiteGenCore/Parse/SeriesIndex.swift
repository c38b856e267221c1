import Foundation

/// Groups posts into series (`series:` and `seriesOrder:` in front matter) and reports what
/// would make an order ambiguous. Names that differ only in case or spacing are one series,
/// like tags.
enum SeriesIndex {
    /// Every series, sorted by slug, and the problems found.
    static func build(for posts: [Page], pages: [Page] = []) -> ([Series], [Diagnostic]) {
        var groups: [String: [Int]] = [:]
        for (index, post) in posts.enumerated() {
            guard let name = post.series else { continue }
            groups[Slug.makeURLSegment(name), default: []].append(index)
        }
        var diagnostics = strayFields(posts: posts, pages: pages)
        let series = groups.keys.sorted().map { slug -> Series in
            let order = readingOrder(groups[slug] ?? [], posts: posts)
            diagnostics += duplicateOrders(order, posts: posts) + unnumberedParts(order, posts: posts)
            return Series(name: posts[order[0]].series ?? slug, slug: slug, postIndices: order)
        }
        return (series, diagnostics)
    }

    /// By `seriesOrder`, then (parts without one) oldest first, then by slug.
    static func readingOrder(_ indices: [Int], posts: [Page]) -> [Int] {
        indices.sorted { a, b in
            let (x, y) = (posts[a], posts[b])
            let (orderX, orderY) = (x.seriesOrder ?? Int.max, y.seriesOrder ?? Int.max)
            if orderX != orderY { return orderX < orderY }
            let (dateX, dateY) = (x.date ?? .distantPast, y.date ?? .distantPast)
            return dateX != dateY ? dateX < dateY : x.slug < y.slug
        }
    }

    /// An error at each part whose `seriesOrder` an earlier part (by file name) already has.
    private static func duplicateOrders(_ order: [Int], posts: [Page]) -> [Diagnostic] {
        var owners: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for post in order.map({ posts[$0] }).sorted(by: { $0.sourcePath < $1.sourcePath }) {
            guard let number = post.seriesOrder else { continue }
            if let first = owners[number] {
                let spot = post.seriesOrderSpot
                diagnostics.append(.error(spot.sourcePath, line: spot.line, column: spot.column,
                                          "'seriesOrder' \(number) is already used by \(first) in series \"\(post.series ?? "")\"; give each part its own number"))
            } else {
                owners[number] = post.sourcePath
            }
        }
        return diagnostics
    }

    /// A warning at each part without `seriesOrder` when other parts have one.
    private static func unnumberedParts(_ order: [Int], posts: [Page]) -> [Diagnostic] {
        let parts = order.map { posts[$0] }
        guard parts.contains(where: { $0.seriesOrder != nil }) else { return [] }
        return parts.filter { $0.seriesOrder == nil }.map { post in
            .warning(post.seriesSpot.sourcePath, line: post.seriesSpot.line, column: post.seriesSpot.column,
                     "this part of series \"\(post.series ?? "")\" has no 'seriesOrder' while others do; it comes after them, by date")
        }
    }

    /// Warnings for `series:` on a page that is not a post, and `seriesOrder:` without `series:`.
    private static func strayFields(posts: [Page], pages: [Page]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in pages where page.series != nil {
            let spot = page.seriesSpot
            diagnostics.append(.warning(spot.sourcePath, line: spot.line, column: spot.column,
                                        "'series' applies to posts (content/posts/); this page is in no series"))
        }
        for page in posts + pages where page.series == nil && page.seriesOrder != nil {
            let spot = page.seriesOrderSpot
            diagnostics.append(.warning(spot.sourcePath, line: spot.line, column: spot.column,
                                        "'seriesOrder' without 'series' has no effect; add 'series: <name>'"))
        }
        return diagnostics
    }
}
