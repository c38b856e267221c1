/// Up to four related posts for every post, from what they share: a series, tags, and
/// competencies of the career plan (whose tags they carry).
///
/// Linear in the site: each shared list (a tag's posts, a series' parts, a competency's posts)
/// is an inverted index; a post looks only at the `window` posts on either side of it in each
/// of its lists (neighbours in time, or in reading order), so a tag on 5,000 posts costs a
/// post no more than a tag on 50. No pair of posts is ever compared outside those windows.
/// Deterministic: ties go to the post nearer in the site's order, then the newer one.
struct RelatedNotes: Sendable {
    static let limit = 4
    static let window = 12

    /// Why two posts are related, and how much it counts.
    enum Signal: Int {
        case series = 6, tag = 3, competency = 1
    }

    /// A list of posts (indices into `Site.posts`) that share one thing.
    struct SharedList {
        var signal: Signal
        var posts: [Int]
    }

    /// For each post, the related posts, best first.
    let related: [[Int]]

    init(site: Site) {
        self.init(postCount: site.posts.count, lists: Self.lists(of: site))
    }

    init(postCount: Int, lists: [SharedList]) {
        var memberships = Array(repeating: [(list: Int, position: Int)](), count: postCount)
        for (number, list) in lists.enumerated() {
            for (position, post) in list.posts.enumerated() { memberships[post].append((number, position)) }
        }
        related = memberships.indices.map { Self.rank(post: $0, memberships: memberships[$0], lists: lists) }
    }

    /// The best `limit` neighbours of `post` across its lists.
    private static func rank(post: Int, memberships: [(list: Int, position: Int)], lists: [SharedList]) -> [Int] {
        var scores: [Int: Int] = [:]
        for (number, position) in memberships {
            let list = lists[number]
            let neighbours = list.posts[max(0, position - window)..<min(list.posts.count, position + window + 1)]
            for other in neighbours where other != post { scores[other, default: 0] += list.signal.rawValue }
        }
        let ranked = scores.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            let (distanceA, distanceB) = (abs(a.key - post), abs(b.key - post))
            return distanceA != distanceB ? distanceA < distanceB : a.key < b.key
        }
        return ranked.prefix(limit).map(\.key)
    }

    /// Series, tag and competency lists of a site; a competency's list is the posts carrying
    /// any of its tags, newest first.
    static func lists(of site: Site) -> [SharedList] {
        var lists = site.series.map { SharedList(signal: .series, posts: $0.postIndices) }
        lists += site.tags.map { SharedList(signal: .tag, posts: $0.postIndices) }
        guard let career = site.career else { return lists }
        let tagsBySlug = Dictionary(site.tags.map { ($0.slug, $0.postIndices) }, uniquingKeysWith: { first, _ in first })
        for competency in career.competencies {
            let slugs = Set(competency.tags.map(Slug.makeURLSegment))
            let posts = Set(slugs.flatMap { tagsBySlug[$0] ?? [] })
            if posts.count > 1 { lists.append(SharedList(signal: .competency, posts: posts.sorted())) }
        }
        return lists
    }
}
