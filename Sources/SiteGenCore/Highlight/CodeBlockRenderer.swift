/// Turns one fenced code block into highlighted HTML. The Markdown stage calls this for every
/// fenced or indented code block (the only call site), with the block's literal text and its
/// info string ("" for indented blocks).
///
/// The HTML is a `div.code` holding a header (file name if given, language label; the copy
/// button is added there by `assets/code.js`) and `pre.hl > code.language-x`, whose tokens
/// are `<span class="k|t|s|…">` (see `TokenKind`). Unknown languages are escaped plain text.
public enum CodeBlockRenderer {
    /// Lines longer than this many columns get the `code-wide` class: on small screens the
    /// theme shows a hint that the block scrolls sideways.
    static let wideColumns = 40

    /// The HTML for one code block, the language it was highlighted as, and any problem in its
    /// info string.
    public static func render(code: String, info: String) -> RenderedCodeBlock {
        var options = InfoString(info)
        let language = Language.named(options.language)
        let bytes = Array(code.utf8)
        var scanner = Scanner(bytes)
        language?.lex(&scanner)
        let lineCount = CodeMetrics.lineCount(bytes)
        for range in options.markedLines where range.upperBound > lineCount {
            options.problems.append("marked line \(range.upperBound) is past the end of the code block (\(lineCount) lines)")
        }
        let body = CodeBlockHTML(
            bytes: bytes,
            tokens: scanner.tokens,
            markedLines: Set(options.markedLines.flatMap { Array($0.clamped(to: 1...max(lineCount, 1))) }),
            showsLineNumbers: options.showsLineNumbers
        ).body()
        let html = frame(body, options: options, language: language, wide: CodeMetrics.widestLine(bytes) > wideColumns)
        return RenderedCodeBlock(
            html: html,
            language: options.language,
            isKnownLanguage: language != nil,
            problems: options.problems
        )
    }

    /// The block around the highlighted code: header with title and label, then `pre > code`.
    private static func frame(_ body: String, options: InfoString, language: Language?, wide: Bool) -> String {
        let name = language?.name ?? options.language
        let label = language?.label ?? options.language
        var html = "<div class=\"code\(wide ? " code-wide" : "")\">\n<div class=\"code-head\">"
        if let title = options.title, !title.isEmpty {
            html += "<span class=\"code-title\">\(HTML.escape(title))</span>"
        }
        html += "<span class=\"code-lang\">\(HTML.escape(label))</span></div>\n"
        let classes = "hl" + (options.showsLineNumbers ? " linenos" : "")
        html += "<pre class=\"\(classes)\"><code class=\"language-\(HTML.escape(name))\">\(body)</code></pre>\n</div>\n"
        return html
    }
}

/// One code block as HTML.
public struct RenderedCodeBlock: Sendable, Equatable {
    /// The whole block, ending in a newline.
    public var html: String
    /// The language named by the info string's first word ("" when none).
    public var language: String
    /// False when the language has no highlighter (a warning names it once per site).
    public var isKnownLanguage: Bool
    /// Problems in the info string (an unknown option, a bad line range), as diagnostic
    /// messages without a location: the caller adds the block's file and line.
    public var problems: [String] = []
}

/// Sizes of a code block's text.
enum CodeMetrics {
    /// The number of lines (a final newline ends the last line, it does not start another).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        for byte in bytes where byte == 10 { count += 1 }
        return bytes.last == 10 || bytes.isEmpty ? count : count + 1
    }

    /// The widest line in columns: a tab counts 4, an East Asian character (3-byte UTF-8) 2.
    static func widestLine(_ bytes: [UInt8]) -> Int {
        var widest = 0
        var width = 0
        for byte in bytes {
            switch byte {
            case 10: widest = max(widest, width); width = 0
            case 9: width += 4
            case 0x80..<0xC0: break
            case 0xE0..<0xF0: width += 2
            default: width += 1
            }
        }
        return max(widest, width)
    }
}

extension CodeBlockRenderer {
    /// The tokens of `code` in the language `tag` names, or nil when no lexer knows it
    /// (for the accuracy benchmark; plain text between tokens is not listed).
    public static func tokens(code: String, language tag: String) -> [Token]? {
        Language.named(tag)?.tokens(of: code)
    }
}
