/// Category pages: the second taxonomy, beside tags.
extension Renderer {
    /// `/categories/` and a page per category, when any post has one; with the theme's
    /// `categories` and `category` templates, else its `tags` and `tag` templates.
    func planCategories() -> [PlannedFile] {
        guard !site.categories.isEmpty else { return [] }
        let contexts = self.contexts
        let index = templates.contains("categories") ? "categories" : "tags", single = templates.contains("category") ? "category" : "tag"
        return [page(with: index, to: "categories/index.html") { contexts.categoryIndex() }]
            + site.categories.map { category in page(with: single, to: Self.outputPath(for: category.url)) { contexts.category(category) } }
    }
}
