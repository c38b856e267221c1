import Foundation

/// A Hugo shortcode in a text: `{{< name args >}}`, `{{% name args %}}`, a closing
/// `{{< /name >}}`, or an escaped one (`{{</* name */>}}`), which stands for its own text.
struct Shortcode: Equatable {
    var name: String
    /// Positional arguments in order.
    var positional: [String] = []
    /// Named arguments (`src="a.png"`).
    var named: [String: String] = [:]
    var isClosing = false
    var isSelfClosing = false
    /// `{{</* … */>}}`: shown as the shortcode's text.
    var isEscaped = false
    /// Where it is in the text, delimiters included.
    var range: Range<String.Index>
    /// The shortcode as written, for messages.
    var written: String

    /// A named argument, else the positional one at `index`.
    func argument(_ name: String, at index: Int? = nil) -> String? {
        if let value = named[name] { return value }
        guard let index, positional.indices.contains(index) else { return nil }
        return positional[index]
    }
}

/// Finds Hugo shortcodes in a text.
enum ShortcodeScanner {
    /// The first shortcode at or after `start`.
    static func next(in text: String, from start: String.Index) -> Shortcode? {
        var index = start
        while let open = text[index...].range(of: "{{") {
            let after = text[open.upperBound...]
            guard let marker = after.first, marker == "<" || marker == "%" else {
                index = open.upperBound
                continue
            }
            let contentStart = after.index(after: after.startIndex)
            guard let close = text[contentStart...].range(of: marker == "<" ? ">}}" : "%}}") else { return nil }
            return parse(text[contentStart..<close.lowerBound], range: open.lowerBound..<close.upperBound, written: String(text[open.lowerBound..<close.upperBound]))
        }
        return nil
    }

    private static func parse(_ inner: Substring, range: Range<String.Index>, written: String) -> Shortcode {
        var content = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        var shortcode = Shortcode(name: "", range: range, written: written)
        if content.hasPrefix("/*") && content.hasSuffix("*/") {
            shortcode.isEscaped = true
            return shortcode
        }
        if content.hasPrefix("/") {
            shortcode.isClosing = true
            content = String(content.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        if content.hasSuffix("/") {
            shortcode.isSelfClosing = true
            content = String(content.dropLast())
        }
        var words = arguments(content)
        shortcode.name = words.isEmpty ? "" : words.removeFirst().value
        for word in words {
            if let key = word.key { shortcode.named[key] = word.value } else { shortcode.positional.append(word.value) }
        }
        return shortcode
    }

    /// Words of a shortcode: bare, `"quoted"`, `` `raw` ``, each optionally `key=`.
    private static func arguments(_ text: String) -> [(key: String?, value: String)] {
        var result: [(String?, String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { return result }
            var key: String?
            let bare = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "\"" && $0 != "`" }
            if rest.dropFirst(bare.count).first == "=" {
                key = String(bare)
                rest = rest.dropFirst(bare.count + 1)
            }
            if let quote = rest.first, quote == "\"" || quote == "`" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: quote) ?? body.endIndex
                result.append((key, String(body[..<end])))
                rest = end < body.endIndex ? body[body.index(after: end)...] : ""
            } else {
                let word = rest.prefix { !$0.isWhitespace }
                result.append((key, String(word)))
                rest = rest.dropFirst(word.count)
            }
        }
    }
}
