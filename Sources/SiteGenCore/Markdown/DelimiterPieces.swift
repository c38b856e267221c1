/// The inlines of one container cut into delimiter runs and everything else.
struct DelimiterPieces {
    /// A run of one delimiter character (`***`, `~~`) that may open or close.
    struct Run {
        var byte: UInt8
        var count: Int
        /// The length as written, for CommonMark's rule of 3.
        let original: Int
        var canOpen = false
        var canClose = false
        let line: Int32
    }

    enum Item {
        case node(MarkdownNode)
        case run(Run)
    }

    var items: [Item] = []
    private let style: DelimiterPass.Style

    var runCount: Int { items.reduce(0) { count, item in if case .run = item { return count + 1 } else { return count } } }

    init(_ nodes: [MarkdownNode], style: DelimiterPass.Style) {
        self.style = style
        for node in nodes {
            guard case .text(let text) = node.kind else {
                items.append(.node(node))
                continue
            }
            split(text, line: node.line)
        }
    }

    /// Text and runs: `*`/`_` runs of any length, `~` runs of one or two (longer runs stay text).
    private mutating func split(_ text: String, line: Int32) {
        let bytes = Array(text.utf8)
        let delimiters: [UInt8] = style == .emphasis ? [0x2A, 0x5F] : [0x7E]
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard delimiters.contains(byte) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == byte { end += 1 }
            let length = end - index
            if style == .strikethrough && length > 2 {
                index = end
                continue
            }
            if index > start { items.append(.node(MarkdownNode(.text(String(decoding: bytes[start..<index], as: UTF8.self)), line: line))) }
            items.append(.run(Run(byte: byte, count: length, original: length, line: line)))
            index = end
            start = end
        }
        if start < bytes.count { items.append(.node(MarkdownNode(.text(String(decoding: bytes[start...], as: UTF8.self)), line: line))) }
    }

    /// Sets what each run can do; false when nothing would change (emphasis: no run's flanking
    /// differs between CommonMark's rules and the CJK-friendly ones, so cmark's result stands).
    mutating func resolveFlanking() -> Bool {
        var anyDifference = style == .strikethrough
        for index in items.indices {
            guard case .run(var run) = items[index] else { continue }
            let before = index > 0 ? Self.lastScalar(of: items[index - 1]) : "\n"
            let after = index + 1 < items.count ? Self.firstScalar(of: items[index + 1]) : "\n"
            let flanking = Flanking(before: before, after: after, cjkFriendly: true)
            if style == .emphasis, flanking != Flanking(before: before, after: after, cjkFriendly: false) { anyDifference = true }
            if run.byte == 0x5F {
                run.canOpen = flanking.left && (!flanking.right || CharacterClass.isPunctuation(before))
                run.canClose = flanking.right && (!flanking.left || CharacterClass.isPunctuation(after))
            } else {
                run.canOpen = flanking.left
                run.canClose = flanking.right
            }
            items[index] = .run(run)
        }
        return anyDifference
    }

    private static func lastScalar(of item: Item) -> Unicode.Scalar {
        switch item {
        case .node(let node): return node.lastScalar
        case .run(let run): return Unicode.Scalar(run.byte)
        }
    }

    private static func firstScalar(of item: Item) -> Unicode.Scalar {
        switch item {
        case .node(let node): return node.firstScalar
        case .run(let run): return Unicode.Scalar(run.byte)
        }
    }

    /// Items back to nodes: unmatched runs become text, adjacent text joins up.
    static func nodes(from items: [Item]) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        for item in items {
            let node: MarkdownNode
            switch item {
            case .node(let value): node = value
            case .run(let run):
                guard run.count > 0 else { continue }
                node = MarkdownNode(.text(String(repeating: Character(Unicode.Scalar(run.byte)), count: run.count)), line: run.line)
            }
            if case .text(let text) = node.kind, let last = nodes.last, case .text(let previous) = last.kind {
                nodes[nodes.count - 1].kind = .text(previous + text)
            } else {
                nodes.append(node)
            }
        }
        return nodes
    }
}
