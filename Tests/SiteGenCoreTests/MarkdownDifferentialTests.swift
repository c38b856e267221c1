import Testing
@testable import SiteGenCore

/// The Swift tree and writer against libcmark itself: thousands of generated documents.
@Suite("Markdown against cmark")
struct MarkdownDifferentialTests {
    /// CommonMark-only documents (no character any sitegen extension reads) render byte for byte
    /// as cmark renders them, once heading ids are taken out (and cmark's empty `title=""`).
    @Test func plainCommonMarkMatchesCmark() {
        var generator = DocumentGenerator(seed: 0x5EED, pieces: DocumentGenerator.commonMarkPieces)
        var mismatches: [String] = []
        for _ in 0..<4000 {
            let document = generator.next()
            for unsafe in [false, true] {
                let ours = Self.withoutHeadingIDs(MarkdownRenderer.render(document, options: MarkdownOptions(unsafeHTML: unsafe, forFeed: true)).html)
                // cmark writes `title=""` for reference links without a title; sitegen leaves it out.
                let reference = MarkdownRenderer.referenceHTML(document, unsafe: unsafe).replacingOccurrences(of: " title=\"\"", with: "")
                if ours != reference { mismatches.append(document) }
            }
        }
        #expect(mismatches.isEmpty, "first mismatch: \(mismatches.first.map { String(reflecting: $0) } ?? "")")
    }

    /// Every construct sitegen adds, mixed with CommonMark in every container, thousands of
    /// times: nothing crashes, every link is found, and the HTML always closes what it opens.
    @Test func extendedDocumentsNeverCrash() {
        var generator = DocumentGenerator(seed: 42, pieces: DocumentGenerator.commonMarkPieces + DocumentGenerator.extensionPieces)
        for _ in 0..<3000 {
            let document = generator.next()
            let result = MarkdownRenderer.render(document, options: MarkdownOptions(rootPrefix: "/blog/", sourceFolder: "/posts/"))
            for tag in ["table", "div", "section", "del", "sup", "figure"] {
                let opened = result.html.components(separatedBy: "<\(tag)").count, closed = result.html.components(separatedBy: "</\(tag)>").count
                #expect(opened == closed, "unbalanced <\(tag)> for \(String(reflecting: document))")
            }
        }
    }

    /// cmark's heading ids and self-links are sitegen's own; the rest must match.
    static func withoutHeadingIDs(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<h") {
            result += rest[..<start.lowerBound]
            rest = rest[start.lowerBound...]
            if let idStart = rest.range(of: " id=\""), idStart.lowerBound == rest.index(rest.startIndex, offsetBy: 3),
               let idEnd = rest[idStart.upperBound...].firstIndex(of: "\"") {
                result += rest[..<idStart.lowerBound]
                rest = rest[rest.index(after: idEnd)...]
            } else {
                result += rest.prefix(2)
                rest = rest.dropFirst(2)
            }
        }
        return result + rest
    }
}

/// Random Markdown from pieces, reproducible from a seed.
struct DocumentGenerator {
    private var state: UInt64
    let pieces: [String]

    init(seed: UInt64, pieces: [String]) {
        state = seed
        self.pieces = pieces
    }

    /// SplitMix64.
    mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    mutating func next() -> String {
        var text = ""
        for _ in 0..<(1 + random(40)) { text += pieces[random(pieces.count)] }
        return text
    }

    /// CommonMark syntax and text with none of the characters sitegen's extensions read
    /// (`~ | $ ^ @`, `www.`, `://`, `[!`, task markers, CJK, image titles).
    static let commonMarkPieces = [
        "foo", "bar", " ", " ", "\n", "\n", "\n\n", "\n\n", "*", "**", "_", "__", "***", "`", "``", "[", "]", ")",
        "![", "](/x)", "](/a.png)", "[ref]", "\n\n[ref]: /url\n", "\\", "\\*", "\\_", "\\[", "\\\\", "<", ">", "&amp;",
        "&", "&#42;", "# ", "## ", "- ", "+ ", "1. ", "2) ", "> ", "    ", "\t", "```\n", "```kotlin\n", "\n```\n",
        "<div>", "</div>", "<span a=\"1\">", "</span>", "<!-- c -->", "<foo:bar>", "---\n", "===\n", "  \n", ".", ",", "!",
        "\"", "'", "(/x)", "a_b", "*a*", "**b**", "`c`", "<b>", "\u{00A0}", "é",
    ]

    /// Everything sitegen adds, for the crash and balance test.
    static let extensionPieces = [
        "|", " | ", "\n|---|---|\n", "|:-:|\n", "~", "~~", "\\~", "$", "$$", "\n$$\n", "$a_1$", "$$x^2$$", "[^1]", "[^n]",
        "\n\n[^1]: note\n", "\n[^n]: ", "    more\n", "www.example.com", "https://e.com/a_(b)", "me@example.com", "> [!NOTE]\n",
        "> [!warning] 제목\n", "- [ ] ", "- [x] ", "스프링", "(Spring)**를", "**(ISR)**의", "![a](p.png \"title\")", "```math\n",
        "<script>", "<title>", "한글", "。", "「", "」",
    ]
}
