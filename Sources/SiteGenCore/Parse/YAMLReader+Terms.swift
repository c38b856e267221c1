import Yams

extension YAMLReader {
    /// Tags or categories: a list of text, or one text, which is one term (as Hugo reads it;
    /// Jekyll splits it at spaces, so text with spaces gets a site-wide warning). A list nested
    /// in the list is flattened with a warning; a mapping is an error.
    mutating func terms(_ node: Node, key: String, warnings: inout [SiteWideWarning]) -> [String] {
        if let scalar = node.scalar {
            let term = scalar.string.trimmingCharacters(in: .whitespaces)
            if term.contains(where: \.isWhitespace) {
                let spot = spot(of: node)
                let noun = key.hasPrefix("tag") ? "tag" : "category"
                warnings.append(SiteWideWarning(
                    message: "'\(key)' written as one text with spaces is one \(noun) (Jekyll splits it at the spaces); write a list like [a, b] for several",
                    line: spot.line, column: spot.column))
            }
            return term.isEmpty ? [] : [term]
        }
        guard let sequence = node.sequence else {
            error(at: node, "'\(key)' must be a list, found a \(node.kindName)")
            return []
        }
        var terms: [String] = []
        collect(sequence, key: key, into: &terms)
        return terms
    }

    private mutating func collect(_ sequence: Node.Sequence, key: String, into terms: inout [String]) {
        for item in sequence {
            if let nested = item.sequence {
                warning(at: item, "a list inside '\(key)' was flattened into it; write one list")
                collect(nested, key: key, into: &terms)
            } else if let text = text(item, key: "\(key)[]") {
                let term = text.trimmingCharacters(in: .whitespaces)
                if !term.isEmpty { terms.append(term) }
            }
        }
    }
}
