import Foundation

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter: Equatable {
    /// The YAML between the `---` lines (nil when the file has no front matter).
    var yaml: String?
    /// Everything after the closing `---` line.
    var body: String
    /// 1-based line number of the first body line.
    var bodyLine: Int

    /// Why a file could not be split.
    enum Failure: Error, Equatable {
        /// The file opens front matter with `---` but never closes it.
        case unclosed
    }

    /// Splits at a `---` first line and the next line that is exactly `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let text = LineEndings.normalize(text)
        var rest = Substring(text)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard let firstEnd = rest.firstIndex(of: "\n"), isFence(rest[..<firstEnd], closing: false) else {
            return .success(FrontMatter(yaml: nil, body: text, bodyLine: 1))
        }
        var lineStart = rest.index(after: firstEnd)
        var lineNumber = 2
        while lineStart < rest.endIndex {
            let lineEnd = rest[lineStart...].firstIndex(of: "\n") ?? rest.endIndex
            if isFence(rest[lineStart..<lineEnd], closing: true) {
                let yaml = String(rest[rest.index(after: firstEnd)..<lineStart])
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(yaml: yaml, body: String(rest[bodyStart...]), bodyLine: lineNumber + 1))
            }
            lineStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while trimmed.last == "\r" || trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

/// CRLF and CR line endings become LF, so every stage sees one kind of line.
enum LineEndings {
    static func normalize(_ text: String) -> String {
        guard hasCarriageReturn(text) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// `memchr` over the UTF-8 bytes: this runs on every file of every build.
    private static func hasCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 13, bytes.count) != nil
        }
    }
}
