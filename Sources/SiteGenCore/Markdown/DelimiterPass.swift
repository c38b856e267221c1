/// Delimiter-run matching over the inlines of one container, after cmark: CommonMark's
/// "process emphasis" algorithm on the runs cmark left as text.
///
/// - `.emphasis`: `*` and `_` runs cmark could not match, read again with the CJK-friendly
///   flanking rules, so `**스프링 배치(Spring Batch)**를` is strong. It changes nothing unless a
///   CJK character next to some run changes that run's flanking, so text without CJK renders
///   exactly as cmark renders it.
/// - `.strikethrough`: GFM's `~x~` and `~~x~~` (runs of one or two tildes, opener and closer of
///   the same length), with the same CJK-friendly flanking.
struct DelimiterPass {
    enum Style { case emphasis, strikethrough }

    let style: Style
    /// Runs beyond this in one paragraph are left as text (bounds the quadratic search).
    static let maximumRuns = 1000

    /// Callers run it only where `InlineFeatures` found a run worth a look.
    func apply(to nodes: inout [MarkdownNode]) {
        var pieces = DelimiterPieces(nodes, style: style)
        guard (1...Self.maximumRuns).contains(pieces.runCount), pieces.resolveFlanking() else { return }
        match(&pieces.items)
        nodes = DelimiterPieces.nodes(from: pieces.items)
    }

    private func match(_ items: inout [DelimiterPieces.Item]) {
        var index = 0
        while index < items.count {
            guard case .run(var closer) = items[index], closer.canClose, closer.count > 0,
                  let openerIndex = opener(for: closer, before: index, in: items),
                  case .run(var opener) = items[openerIndex] else {
                index += 1
                continue
            }
            let used = style == .strikethrough ? closer.count : (opener.count >= 2 && closer.count >= 2 ? 2 : 1)
            let kind: MarkdownNode.Kind = style == .strikethrough ? .strikethrough : used == 2 ? .strong : .emphasis
            let inner = DelimiterPieces.nodes(from: Array(items[(openerIndex + 1)..<index]))
            opener.count -= used
            closer.count -= used
            var replacement: [DelimiterPieces.Item] = []
            if opener.count > 0 { replacement.append(.run(opener)) }
            replacement.append(.node(MarkdownNode(kind, children: inner, line: opener.line)))
            if closer.count > 0 { replacement.append(.run(closer)) }
            items.replaceSubrange(openerIndex...index, with: replacement)
            index = openerIndex + (opener.count > 0 ? 2 : 1)
        }
    }

    /// The nearest opener a closer may take (CommonMark's "rule of 3" for `*`/`_`; GFM's
    /// same-length rule for `~`).
    private func opener(for closer: DelimiterPieces.Run, before index: Int, in items: [DelimiterPieces.Item]) -> Int? {
        var candidate = index - 1
        while candidate >= 0 {
            if case .run(let opener) = items[candidate], opener.byte == closer.byte, opener.canOpen, opener.count > 0 {
                if style == .strikethrough { return opener.count == closer.count ? candidate : nil }
                let sum = opener.original + closer.original
                let oddMatch = (opener.canClose || closer.canOpen) && sum % 3 == 0 && !(opener.original % 3 == 0 && closer.original % 3 == 0)
                if !oddMatch { return candidate }
            }
            candidate -= 1
        }
        return nil
    }
}

extension MarkdownNode {
    /// Whether this is a text node holding any of `bytes`.
    func textContains(_ bytes: [UInt8]) -> Bool {
        guard case .text(let text) = kind else { return false }
        return text.utf8.contains(where: { bytes.contains($0) })
    }

    /// The character cmark saw just before the next inline (for flanking): the last character
    /// of text, or the end of this inline's syntax.
    var lastScalar: Unicode.Scalar {
        switch kind {
        case .text(let text), .escaped(let text): return text.unicodeScalars.last ?? "\n"
        case .code: return "`"
        case .htmlInline: return ">"
        case .emphasis, .strong: return "*"
        case .strikethrough: return "~"
        case .link, .image: return ")"
        case .mathInline: return "$"
        case .footnoteReference: return "]"
        case .softBreak, .lineBreak: return "\n"
        default: return " "
        }
    }

    /// The character cmark saw at the start of this inline.
    var firstScalar: Unicode.Scalar {
        switch kind {
        case .text(let text): return text.unicodeScalars.first ?? "\n"
        case .escaped: return "\\"
        case .code: return "`"
        case .htmlInline: return "<"
        case .emphasis, .strong: return "*"
        case .strikethrough: return "~"
        case .link, .footnoteReference, .taskMarker: return "["
        case .image: return "!"
        case .mathInline: return "$"
        case .softBreak, .lineBreak: return "\n"
        default: return " "
        }
    }
}
