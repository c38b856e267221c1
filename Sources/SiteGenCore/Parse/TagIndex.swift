/// Groups posts by tag or by category. Names that differ only in case, spaces, `-` or `_`
/// (`Spring Batch`, `spring-batch`) are one term, named by the first spelling (newest post);
/// two other names whose URLs would be the same (`Node.js`, `nodejs`) are an error naming both.
enum TagIndex {
    /// Term spellings to URL slugs, each worked out once (a site has few terms, used many times).
    struct Slugs {
        private var known: [String: String] = [:]

        /// Every spelling seen so far, with its slug.
        var all: [String: String] { known }

        mutating func callAsFunction(_ name: String) -> String {
            if let slug = known[name] { return slug }
            let slug = Slug.makeURLSegment(name)
            known[name] = slug
            return slug
        }
    }

    /// Which of a post's terms an index groups, and where its pages go.
    enum Taxonomy: Sendable {
        case tags, categories

        /// `tag` or `category`, for messages.
        var noun: String { self == .tags ? "tag" : "category" }
        /// Site path of the index: `/tags/`.
        var base: String { self == .tags ? "/tags/" : "/categories/" }

        func terms(of post: Page) -> [String] { self == .tags ? post.tags : post.categories }
    }

    static func build(for posts: [Page], slugs: inout Slugs) -> [Tag] {
        build(for: posts, taxonomy: .tags, slugs: &slugs).terms
    }

    /// The terms of `taxonomy` sorted by slug, and an error for every two names that would share a URL.
    static func build(for posts: [Page], taxonomy: Taxonomy, slugs: inout Slugs) -> (terms: [Tag], problems: [Diagnostic]) {
        var bySlug: [String: Tag] = [:]
        var firstUse: [String: (name: String, sourcePath: String)] = [:]
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for (index, post) in posts.enumerated() {
            for name in taxonomy.terms(of: post) {
                let slug = slugs(name)
                guard !slug.isEmpty else { continue }
                if let first = firstUse[slug], first.name != name, variantKey(first.name) != variantKey(name) {
                    if reported.insert(post.sourcePath + "\u{0}" + name).inserted {
                        problems.append(.error(post.sourcePath, "\(taxonomy.noun) \"\(name)\" and \"\(first.name)\" (\(first.sourcePath)) would share \(taxonomy.base)\(slug)/; write them the same way, or make them differ in letters or digits"))
                    }
                    continue
                }
                if firstUse[slug] == nil { firstUse[slug] = (name, post.sourcePath) }
                if bySlug[slug]?.postIndices.last == index { continue }
                bySlug[slug, default: Tag(name: name, slug: slug, postIndices: [], base: taxonomy.base)].postIndices.append(index)
            }
        }
        return (bySlug.values.sorted { $0.slug < $1.slug }, problems)
    }

    /// What makes two spellings one term: case, white space, `-` and `_` aside.
    static func variantKey(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" && $0 != "_" }.map(Character.init))
    }

    /// Warnings for tags that have no letters or digits, so they would get no tag page.
    static func unnamedTags(in posts: [Page], slugs: inout Slugs) -> [Diagnostic] {
        posts.flatMap { post in
            (post.tags.map { ($0, "tag") } + post.categories.map { ($0, "category") }).filter { slugs($0.0).isEmpty }.map {
                Diagnostic.warning(post.sourcePath, line: 1, column: 1, "\($0.1) \"\($0.0)\" has no letters or digits and gets no \($0.1) page")
            }
        }
    }
}
