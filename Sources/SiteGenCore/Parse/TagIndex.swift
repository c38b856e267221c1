/// Groups posts by tag. Tags that differ only in case or spacing share one page;
/// the first spelling (newest post) names it.
enum TagIndex {
    static func build(for posts: [Page]) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        for (index, post) in posts.enumerated() {
            for name in post.tags {
                let slug = Slug.makeURLSegment(name)
                guard !slug.isEmpty else { continue }
                if bySlug[slug]?.postIndices.last == index { continue }
                bySlug[slug, default: Tag(name: name, slug: slug, postIndices: [])].postIndices.append(index)
            }
        }
        return bySlug.values.sorted { $0.slug < $1.slug }
    }

    /// Warnings for tags that have no letters or digits, so they would get no page.
    static func unnamedTags(in posts: [Page]) -> [Diagnostic] {
        posts.flatMap { post in
            post.tags.filter { Slug.makeURLSegment($0).isEmpty }.map {
                Diagnostic.warning(post.sourcePath, line: 1, column: 1, "tag \"\($0)\" has no letters or digits and gets no tag page")
            }
        }
    }
}
