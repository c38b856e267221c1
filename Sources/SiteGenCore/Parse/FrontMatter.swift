import Foundation

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter: Equatable {
    /// The YAML between the `---` lines (nil when the file has no front matter).
    var yaml: String?
    /// Everything after the closing `---` line (a slice of the file's text).
    var body: Substring
    /// 1-based line number of the first body line.
    var bodyLine: Int

    /// Why a file could not be split.
    enum Failure: Error, Equatable {
        /// The file opens front matter with `---` but never closes it.
        case unclosed
    }

    /// Splits at a `---` first line and the next line that is exactly `---` or `...`
    /// (trailing spaces and tabs allowed). Works on UTF-8 bytes: a newline is always a
    /// grapheme of its own, so no Character breaking is needed to find lines.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let text = LineEndings.normalize(text)
        let utf8 = text.utf8
        var start = utf8.startIndex
        if text.hasPrefix("\u{FEFF}") { start = utf8.index(start, offsetBy: 3) }
        let newline = UInt8(ascii: "\n")
        guard let firstEnd = utf8[start...].firstIndex(of: newline), isFence(utf8[start..<firstEnd], closing: false) else {
            return .success(FrontMatter(yaml: nil, body: text[...], bodyLine: 1))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: newline) ?? utf8.endIndex
            if isFence(utf8[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(yaml: String(text[yamlStart..<lineStart]), body: text[bodyStart...], bodyLine: lineNumber + 1))
            }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            trimmed = trimmed.dropLast()
        }
        return trimmed.elementsEqual("---".utf8) || (closing && trimmed.elementsEqual("...".utf8))
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
