/// Automatic summaries from the first paragraph, cut on grapheme boundaries.
enum Summary {
    /// At most `limit` characters (grapheme clusters); cut at the last space before the
    /// limit when there is one, and marked with `…`.
    static func make(from text: String, limit: Int = 160) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        var cut = collapsed.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last.isPunctuation || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }
}
