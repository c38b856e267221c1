/// Groups posts by tag. Tags that differ only in case or spacing share one page;
/// the first spelling (newest post) names it.
enum TagIndex {
    /// Tag spellings to URL slugs, each worked out once (a site has few tags, used many times).
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

    static func build(for posts: [Page], slugs: inout Slugs) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        for (index, post) in posts.enumerated() {
            for name in post.tags {
                let slug = slugs(name)
                guard !slug.isEmpty else { continue }
                if bySlug[slug]?.postIndices.last == index { continue }
                bySlug[slug, default: Tag(name: name, slug: slug, postIndices: [])].postIndices.append(index)
            }
        }
        return bySlug.values.sorted { $0.slug < $1.slug }
    }

    /// Warnings for tags that have no letters or digits, so they would get no page.
    static func unnamedTags(in posts: [Page], slugs: inout Slugs) -> [Diagnostic] {
        posts.flatMap { post in
            post.tags.filter { slugs($0).isEmpty }.map {
                Diagnostic.warning(post.sourcePath, line: 1, column: 1, "tag \"\($0)\" has no letters or digits and gets no tag page")
            }
        }
    }
}
