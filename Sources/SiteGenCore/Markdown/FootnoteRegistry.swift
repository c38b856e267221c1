/// The footnotes of one body: their definitions (parsed), the numbers they get in order of first
/// reference, and the ids of the references that point to each.
struct FootnoteRegistry {
    struct Entry {
        var label: String
        var line: Int
        var blocks: [MarkdownNode]
        var number: Int?
        var footnoteID = ""
        var referenceIDs: [String] = []
    }

    private(set) var entries: [Entry] = []
    private var indexByKey: [String: Int] = [:]
    /// Entry indices in order of first reference.
    private(set) var order: [Int] = []
    private(set) var problems: [MarkdownProblem] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Every id the footnotes put on the page (footnotes and references), for anchor checks.
    var ids: [String] { order.flatMap { [entries[$0].footnoteID] + entries[$0].referenceIDs } }

    init(_ definitions: [(FootnoteDefinition, [MarkdownNode])]) {
        for (definition, blocks) in definitions {
            let key = Self.key(definition.label)
            guard indexByKey[key] == nil else {
                problems.append(MarkdownProblem(line: definition.line, column: 1, message: "footnote [^\(definition.label)] is defined twice; the first definition is used"))
                continue
            }
            indexByKey[key] = entries.count
            entries.append(Entry(label: definition.label, line: definition.line, blocks: blocks))
        }
    }

    /// GFM matches labels like link labels: case-insensitively.
    private static func key(_ label: String) -> String { label.lowercased() }

    /// The reference node for `[^label]`, numbering the footnote at its first reference; nil
    /// (and a warning) when no definition has that label.
    mutating func reference(_ label: String, line: Int32, ids: inout UniqueIDs) -> MarkdownNode? {
        guard let index = indexByKey[Self.key(label)] else {
            problems.append(MarkdownProblem(line: Int(line), column: 1, message: "footnote [^\(label)] has no definition; add a line '[^\(label)]: …'"))
            return nil
        }
        if entries[index].number == nil {
            order.append(index)
            entries[index].number = order.count
            entries[index].footnoteID = ids.claim("fn-\(entries[index].label)")
        }
        // The n-th reference to a footnote is `fnref-label-n`, as cmark-gfm numbers them.
        let count = entries[index].referenceIDs.count
        let referenceID = ids.claim("fnref-\(entries[index].label)" + (count == 0 ? "" : "-\(count + 1)"))
        entries[index].referenceIDs.append(referenceID)
        return MarkdownNode(.footnoteReference(number: entries[index].number ?? 0, footnoteID: entries[index].footnoteID, referenceID: referenceID), line: line)
    }

    /// Takes the blocks of the footnote numbered at `position` (for the walk to transform).
    mutating func takeBlocks(at position: Int) -> [MarkdownNode] {
        let index = order[position]
        defer { entries[index].blocks = [] }
        return entries[index].blocks
    }

    /// The footnotes section from transformed blocks (in reference order), and a warning for each
    /// definition nothing refers to.
    mutating func section(with blocks: [[MarkdownNode]]) -> MarkdownNode? {
        for entry in entries where entry.number == nil {
            problems.append(MarkdownProblem(line: entry.line, column: 1, message: "footnote [^\(entry.label)] is never referenced; refer to it with [^\(entry.label)] or remove it"))
        }
        guard !order.isEmpty else { return nil }
        let footnotes = zip(order, blocks).map { index, children in
            MarkdownNode(.footnote(id: entries[index].footnoteID, referenceIDs: entries[index].referenceIDs), children: children)
        }
        return MarkdownNode(.footnotes, children: footnotes)
    }
}

/// Turns `[^label]` in text into footnote references.
enum FootnoteReferences {
    static func apply(to nodes: inout [MarkdownNode], registry: inout FootnoteRegistry, ids: inout UniqueIDs) {
        var result: [MarkdownNode] = []
        for node in nodes {
            guard case .text(let text) = node.kind, text.utf8.contains(0x5E) else {
                result.append(node)
                continue
            }
            result += split(text, line: node.line, registry: &registry, ids: &ids)
        }
        nodes = result
    }

    private static func split(_ text: String, line: Int32, registry: inout FootnoteRegistry, ids: inout UniqueIDs) -> [MarkdownNode] {
        let bytes = Array(text.utf8)
        var nodes: [MarkdownNode] = []
        var start = 0, index = 0
        while index + 3 < bytes.count {
            guard bytes[index] == 0x5B, bytes[index + 1] == 0x5E, let close = labelEnd(bytes, from: index + 2) else {
                index += 1
                continue
            }
            let label = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            guard let reference = registry.reference(label, line: line, ids: &ids) else {
                index = close + 1
                continue
            }
            if index > start { nodes.append(MarkdownNode(.text(String(decoding: bytes[start..<index], as: UTF8.self)), line: line)) }
            nodes.append(reference)
            index = close + 1
            start = index
        }
        if start < bytes.count || nodes.isEmpty { nodes.append(MarkdownNode(.text(String(decoding: bytes[start...], as: UTF8.self)), line: line)) }
        return nodes
    }

    /// The `]` that closes a label starting at `start` (no spaces, brackets or backslashes).
    private static func labelEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x5D: return index > start ? index : nil
            case 0x20, 0x09, 0x0A, 0x5B, 0x5C: return nil
            default: index += 1
            }
        }
        return nil
    }
}
