/// The lines `sitegen import` ends with.
extension ImportPlan {
    /// What was imported, converted, left out and left for a hand, and what became of
    /// `site.yaml` (`wroteSettings`: written; else the settings it would have set).
    public func summary(from source: String, wroteSettings: Bool) -> [String] {
        let drafts = self.drafts > 0 ? " (\(self.drafts) draft\(self.drafts == 1 ? "" : "s"))" : ""
        var lines = ["sitegen: imported \(Self.count(posts, "post"))\(drafts), \(Self.count(pages, "page")) and \(Self.count(copies, "file")) from \(source)"]
        if !log.converted.isEmpty {
            lines.append("  converted:")
            lines += Self.itemized(log.converted)
        }
        if !log.dropped.isEmpty {
            lines.append("  front matter fields left out (a theme's switches): " + log.dropped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
        let math = (log.dropped["math"] ?? 0) + (log.dropped["use_math"] ?? 0) + (log.dropped["katex"] ?? 0)
        if math > 0 {
            lines.append("  math: \(Self.count(math, "post")) asked for math rendering; sitegen renders it with KaTeX in the theme when site.yaml has 'markdown: { math: true }' (README, 'Markdown')")
        }
        if !skipped.isEmpty {
            lines.append("  not imported:")
            lines += Self.itemized(skipped)
        }
        lines.append("  left for a hand: \(log.warnings.count)\(log.warnings.isEmpty ? "" : " (the warnings above)")")
        if wroteSettings {
            lines.append("  site.yaml: written from the other site's configuration")
        } else {
            lines.append("  site.yaml: kept as it is; the import would have set:")
            lines += settings.lines.map { "      " + $0 }
        }
        return lines
    }

    /// One line per kind, the most frequent first: `    5 × {% highlight %} → fenced code`.
    private static func itemized(_ counts: [String: Int]) -> [String] {
        let width = String(counts.values.max() ?? 0).count
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { kind, number in
            "    " + String(repeating: " ", count: width - String(number).count) + "\(number) × \(kind)"
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
