import Yams

extension YAMLReader {
    /// The fields of a mapping by key. Missing `required` keys are errors at the mapping,
    /// keys outside `known` are warnings at the key (they catch typos).
    mutating func fields(_ node: Node, what: String, known: Set<String>, required: [String] = []) -> [String: Node]? {
        guard let mapping = mapping(node, what: what) else { return nil }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if known.contains(name) {
                fields[name] = value
            } else {
                warning(at: key, "unknown field '\(name)' in \(what) (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
        for key in required where fields[key] == nil {
            error(at: node, "missing '\(key)' in \(what)")
        }
        return fields
    }

    /// A list node's items; an error for anything else.
    mutating func list(_ node: Node?, key: String) -> [Node] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            error(at: node, "'\(key)' must be a list, found a \(node.kindName)")
            return []
        }
        return Array(sequence)
    }

    /// A number (integer or decimal).
    mutating func number(_ node: Node, key: String) -> Double? {
        guard let value = node.float ?? node.int.map(Double.init) else {
            error(at: node, "'\(key)' must be a number, found \(node.quoted)")
            return nil
        }
        return value
    }

    /// The 1-based line of a node in the file.
    func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

    /// Where a node is in the file.
    func spot(of node: Node?) -> SourceSpot {
        SourceSpot(sourcePath: sourcePath, line: (node?.mark?.line ?? 1) + lineOffset, column: node?.mark?.column ?? 1)
    }

    /// A list of text items with where each was written; one scalar is a one-item list.
    mutating func locatedTextList(_ node: Node?, key: String) -> [(String, SourceSpot)] {
        guard let node else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [(scalar.string, spot(of: node))] }
        return list(node, key: key).compactMap { item in text(item, key: "\(key)[]").map { ($0, spot(of: item)) } }
    }
}
