import Yams

/// Markdown settings shared by `site.yaml` and front matter: table of contents levels and
/// callout titles.
enum MarkdownSettings {
    /// `{ min: 2, max: 3 }`, either bound optional; levels 1–6 with min ≤ max.
    static func tocLevels(_ node: Node, key: String, base: TOCLevels = TOCLevels(), reader: inout YAMLReader) -> TOCLevels? {
        guard let fields = reader.mapping(node, what: "'\(key)'") else { return nil }
        var levels = base
        for (keyNode, value) in fields {
            switch keyNode.string ?? "" {
            case "min": levels.min = reader.int(value, key: "\(key).min", in: 1...6) ?? levels.min
            case "max": levels.max = reader.int(value, key: "\(key).max", in: 1...6) ?? levels.max
            default: reader.warning(at: keyNode, "unknown '\(key)' option '\(keyNode.string ?? "")' (known: min, max)")
            }
        }
        guard levels.min <= levels.max else {
            reader.error(at: node, "'\(key)' needs min ≤ max, found min \(levels.min) and max \(levels.max)")
            return nil
        }
        return levels
    }

    /// `{ note: 메모, warning: 조심 }`: titles for the callout kinds.
    static func readCalloutTitles(_ node: Node, into labels: inout MarkdownLabels, reader: inout YAMLReader) {
        guard let fields = reader.mapping(node, what: "'markdown.callouts'") else { return }
        for (keyNode, value) in fields {
            let name = keyNode.string ?? ""
            guard let kind = CalloutKind(rawValue: name) else {
                reader.warning(at: keyNode, "unknown callout '\(name)' (known: \(CalloutKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            if let title = reader.text(value, key: "markdown.callouts.\(name)"), !title.isEmpty { labels.setTitle(title, of: kind) }
        }
    }
}
