import Foundation

/// Single Liquid tags and outputs, and Liquid's whitespace control.
extension LiquidConverter {
    /// Tags that only steer Liquid; removed, their text kept.
    static let controlTags: Set<String> = ["if", "elsif", "else", "endif", "unless", "endunless", "for", "endfor", "case", "when",
                                           "endcase", "assign", "increment", "decrement", "cycle", "tablerow", "endtablerow", "break", "continue"]

    func tag(_ token: LiquidToken, line: Int, log: inout ImportLog) -> String {
        switch token.name {
        case "post_url":
            if let url = links.postURL(token.arguments) {
                log.count("{% post_url %} → post links")
                return url
            }
            log.leave(sourcePath, line: line, "{% post_url \(token.arguments) %} names no post in _posts/; removed")
            return ""
        case "link":
            if let url = links.url(forSourcePath: token.arguments) {
                log.count("{% link %} → site links")
                return url
            }
            let path = "/" + token.arguments.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).drop { $0 == "/" }
            log.count("{% link %} → site links")
            return path
        case "include":
            if let (text, kind) = Self.included(token.arguments) {
                log.count(kind)
                return text
            }
            log.leave(sourcePath, line: line, "{% include \(token.arguments) %} is a theme file sitegen does not have; removed")
            return ""
        default:
            let kept = Self.controlTags.contains(token.name) && !["assign", "increment", "decrement", "cycle", "break", "continue"].contains(token.name)
            log.leave(sourcePath, line: line, "Liquid {% \(token.name) %} cannot be run by sitegen; the tag was removed\(kept ? ", the text inside kept" : "")")
            return ""
        }
    }

    /// Theme includes with a Markdown equivalent, and the kind to count them as: Chirpy's
    /// embeds and Minimal Mistakes' `figure`, `video` and `toc`.
    static func included(_ arguments: String) -> (text: String, kind: String)? {
        if let link = embedLink(arguments) { return (link, "{% include embed/… %} → plain links") }
        let file = arguments.prefix { !$0.isWhitespace }
        let parameters = IncludeParameters.parse(String(arguments.dropFirst(file.count)))
        switch file {
        case "toc", "toc.html":
            return ("", "{% include toc %} removed (sitegen makes its own table of contents)")
        case "figure", "figure.html":
            guard let path = parameters["image_path"] else { return nil }
            let caption = parameters["caption"].map { Self.inlineText($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let alt = parameters["alt"] ?? caption ?? ImportEntry.baseName(path)
            return ("![\(alt)](\(path))" + (caption.map { "\n*\($0)*" } ?? ""), "{% include figure %} → images")
        case "video", "video.html":
            guard let id = parameters["id"] else { return nil }
            let address = ["youtube": "https://www.youtube.com/watch?v=", "vimeo": "https://vimeo.com/"][parameters["provider"] ?? "youtube"]
            guard let address else { return nil }
            return ("[\(parameters["provider"] == "vimeo" ? "Vimeo" : "YouTube"): \(id)](\(address)\(id))", "{% include video %} → plain links")
        default:
            return nil
        }
    }

    /// A caption's text on one line, its Markdown kept.
    private static func inlineText(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Chirpy's `{% include embed/youtube.html id='…' %}` (and `video`, `audio` with `src`) as a link.
    static func embedLink(_ arguments: String) -> String? {
        let file = arguments.prefix { !$0.isWhitespace }
        let parameters = IncludeParameters.parse(String(arguments.dropFirst(file.count)))
        switch file {
        case "embed/youtube.html":
            guard let id = parameters["id"] else { return nil }
            return "[YouTube: \(id)](https://www.youtube.com/watch?v=\(id))"
        case "embed/video.html", "embed/audio.html":
            guard let src = parameters["src"] else { return nil }
            return "[\(file == "embed/video.html" ? "video" : "audio")](\(src))"
        default:
            return nil
        }
    }

    /// `{{ site.baseurl }}`, `{{ "/x" | relative_url }}`, `{{ page.title }}`: the value, or
    /// nothing and a note when it cannot be worked out here.
    func output(_ token: LiquidToken, in text: String, line: Int, log: inout ImportLog) -> String {
        let parts = token.arguments.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let head = parts.first ?? ""
        var value: String?
        var isLink = ["site.baseurl", "site.url"].contains(head)
        if let literal = Self.unquoted(head) {
            value = literal
        } else if head == "site.baseurl" {
            value = ""
        } else if head == "site.url" {
            let rest = text[token.range.upperBound...]
            value = rest.hasPrefix("/") || rest.hasPrefix("{{") || rest.hasPrefix("{%") ? "" : links.siteValues["url"]
        } else if head == "page.title" {
            value = pageTitle
        } else if head.hasPrefix("site.") {
            value = links.siteValues[String(head.dropFirst(5))]
        }
        for filter in parts.dropFirst() {
            let name = filter.prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
            let argument = filter.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            switch name {
            case "relative_url", "absolute_url":
                isLink = true
                value = value.map { $0.hasPrefix("/") || $0.contains("://") ? $0 : "/" + $0 }
            case "prepend" where argument == "site.baseurl" || argument == "site.url": isLink = true
            case "prepend": value = Self.unquoted(argument).flatMap { prefix in value.map { prefix + $0 } }
            case "append": value = Self.unquoted(argument).flatMap { suffix in value.map { $0 + suffix } }
            case "strip": value = value?.trimmingCharacters(in: .whitespaces)
            case "escape", "xml_escape", "uri_escape": continue
            default: value = nil
            }
        }
        guard let value else {
            if isCode || Self.isInCode(token.range.lowerBound, in: text) {
                log.leave(sourcePath, line: line, "{{ \(token.arguments) }} in code kept as written; Jekyll showed nothing there (it read it as a Liquid variable)")
                return String(text[token.range])
            }
            log.leave(sourcePath, line: line, "Liquid {{ \(token.arguments) }} cannot be worked out by sitegen; removed")
            return ""
        }
        log.count(isLink ? "{{ site.baseurl }}, relative_url, absolute_url → site links" : "{{ site.… }}, {{ page.title }} → text")
        return value
    }

    /// Whether `index` is inside a fenced code block or a code span of its line.
    static func isInCode(_ index: String.Index, in text: String) -> Bool {
        var fence: CodeFence?
        let lineStart = text[..<index].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        for line in text[..<lineStart].split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let open = fence { if open.isClosed(by: line) { fence = nil } } else { fence = CodeFence(opening: line) }
        }
        return fence != nil || text[lineStart..<index].filter { $0 == "`" }.count % 2 == 1
    }

    /// `"x"` or `'x'` without its quotes; nil for anything else.
    static func unquoted(_ text: String) -> String? {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return nil }
        return String(text.dropFirst().dropLast())
    }

    // MARK: Whitespace control

    /// Where a token's removal starts: before the white space it strips with `{%-` / `{{-`.
    static func widenedStart(of token: LiquidToken, in text: String) -> String.Index {
        let start = token.range.lowerBound
        guard text[start...].dropFirst(2).hasPrefix("-") else { return start }
        var index = start
        while index > text.startIndex, text[text.index(before: index)].isWhitespace { index = text.index(before: index) }
        return index
    }

    /// Where a token's removal ends: after the white space it strips with `-%}` / `-}}`.
    static func widenedEnd(of token: LiquidToken, in text: String) -> String.Index {
        let end = token.range.upperBound
        guard text[..<end].dropLast(2).hasSuffix("-") else { return end }
        var index = end
        while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
        return index
    }

    /// `range` with its ends widened by the token's whitespace control, never before `cursor`.
    static func widened(_ range: Range<String.Index>, for token: LiquidToken, in text: String, notBefore cursor: String.Index) -> Range<String.Index> {
        let lower = range.lowerBound == token.range.lowerBound ? max(cursor, widenedStart(of: token, in: text)) : range.lowerBound
        let upper = range.upperBound == token.range.upperBound ? widenedEnd(of: token, in: text) : range.upperBound
        return lower..<max(lower, upper)
    }
}

/// `id='x' title="y" z=w` of an include tag, by name.
enum IncludeParameters {
    static func parse(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            var value = rest[rest.index(after: equals)...]
            if let quote = value.first, quote == "'" || quote == "\"" {
                value = value.dropFirst()
                let close = value.firstIndex(of: quote) ?? value.endIndex
                result[name] = String(value[..<close])
                rest = close < value.endIndex ? value[value.index(after: close)...] : ""
            } else {
                let word = value.prefix { !$0.isWhitespace }
                result[name] = String(word)
                rest = value.dropFirst(word.count)
            }
        }
        return result
    }
}
