import Foundation

/// A Liquid tag (`{% name arguments %}`) or output (`{{ expression }}`) in a Jekyll text.
struct LiquidToken: Equatable {
    enum Kind: Equatable { case tag, output }

    var kind: Kind
    /// The tag's name (`highlight`, `endraw`); empty for an output.
    var name: String
    /// What follows the name (tags) or the whole expression (outputs), trimmed, without the
    /// whitespace-control dashes (`{%-`, `-%}`).
    var arguments: String
    /// Where it is in the text, delimiters included.
    var range: Range<String.Index>
}

/// Finds Liquid tags and outputs in a text, in order.
enum LiquidScanner {
    /// The first tag or output at or after `start`; an opening without its closing delimiter
    /// is skipped (Jekyll itself refuses such a file).
    static func next(in text: String, from start: String.Index) -> LiquidToken? {
        let utf8 = text.utf8
        var index = start
        while let brace = utf8[index...].firstIndex(of: UInt8(ascii: "{")) {
            let after = utf8.index(after: brace)
            guard after < utf8.endIndex else { return nil }
            let kind: LiquidToken.Kind
            switch utf8[after] {
            case UInt8(ascii: "%"): kind = .tag
            case UInt8(ascii: "{"): kind = .output
            default:
                index = after
                continue
            }
            let contentStart = utf8.index(after: after)
            if let close = closing(in: text, from: contentStart, kind: kind) {
                return token(kind, in: text, content: contentStart..<close.lowerBound, range: brace..<close.upperBound)
            }
            index = after
        }
        return nil
    }

    /// The first tag named one of `names` at or after `start`.
    static func nextTag(named names: Set<String>, in text: String, from start: String.Index) -> LiquidToken? {
        var position = start
        while let token = next(in: text, from: position) {
            if token.kind == .tag, names.contains(token.name) { return token }
            position = token.range.upperBound
        }
        return nil
    }

    private static func closing(in text: String, from start: String.Index, kind: LiquidToken.Kind) -> Range<String.Index>? {
        let delimiter: [UInt8] = kind == .tag ? [UInt8(ascii: "%"), UInt8(ascii: "}")] : [UInt8(ascii: "}"), UInt8(ascii: "}")]
        let utf8 = text.utf8
        var index = start
        while let first = utf8[index...].firstIndex(of: delimiter[0]) {
            let second = utf8.index(after: first)
            guard second < utf8.endIndex else { return nil }
            if utf8[second] == delimiter[1] { return first..<utf8.index(after: second) }
            index = second
        }
        return nil
    }

    private static func token(_ kind: LiquidToken.Kind, in text: String, content: Range<String.Index>, range: Range<String.Index>) -> LiquidToken {
        var inner = Substring(text[content])
        if inner.hasPrefix("-") { inner = inner.dropFirst() }
        if inner.hasSuffix("-") { inner = inner.dropLast() }
        let trimmed = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        guard kind == .tag else { return LiquidToken(kind: .output, name: "", arguments: trimmed, range: range) }
        let name = trimmed.prefix { !$0.isWhitespace }
        let arguments = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines)
        return LiquidToken(kind: .tag, name: String(name), arguments: arguments, range: range)
    }
}
