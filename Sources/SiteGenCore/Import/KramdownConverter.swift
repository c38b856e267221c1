import Foundation

/// kramdown's attribute lists in a Jekyll text. Chirpy's `{: .prompt-tip }` and Minimal
/// Mistakes' `{: .notice--warning}` after a block make that block a callout (`> [!TIP]`);
/// `{:toc}` goes with its list (sitegen makes its own table of contents); every other
/// attribute list, block or inline (`{:target="_blank"}`), and `{::comment}` are dropped.
/// Code, fenced or inline, is left as it is. Pure.
struct KramdownConverter {
    /// Relative to the import source, for the log.
    let sourcePath: String
    /// The file line of the text's first line.
    var firstLine = 1

    /// Callout kinds by class: Chirpy's prompts and Minimal Mistakes' notices.
    static let callouts: [String: String] = [
        "prompt-tip": "TIP", "prompt-info": "NOTE", "prompt-warning": "WARNING", "prompt-danger": "CAUTION",
        "notice": "NOTE", "notice--info": "NOTE", "notice--primary": "IMPORTANT", "notice--success": "TIP",
        "notice--warning": "WARNING", "notice--danger": "CAUTION",
    ]

    func convert(_ text: String, log: inout ImportLog) -> String {
        var output: [String] = []
        var fence: CodeFence?
        var skipping: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let open = fence {
                output.append(line)
                if open.isClosed(by: line) { fence = nil }
                continue
            }
            let (quote, rest) = Self.splitQuote(line)
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if let end = skipping {
                if trimmed.hasPrefix(end) { skipping = nil }
                continue
            }
            if let open = CodeFence(opening: line) {
                fence = open
                output.append(line)
            } else if trimmed.hasPrefix("{::") {
                skipping = extensionTag(trimmed, log: &log)
            } else if trimmed.hasPrefix("{:/") {
                continue
            } else if trimmed.hasPrefix("{:"), trimmed.hasSuffix("}"), !trimmed.dropLast().dropFirst(2).contains("}") {
                applyBlockAttributes(String(trimmed), quoted: !quote.isEmpty, to: &output, log: &log)
            } else {
                output.append(Self.removingInlineAttributes(line, log: &log))
            }
        }
        return output.joined(separator: "\n")
    }

    /// `{::comment}` skips to `{:/comment}`; `{::nomarkdown}` and `{::options … /}` lines go.
    private func extensionTag(_ line: String, log: inout ImportLog) -> String? {
        log.count("kramdown extensions ({::…}) removed")
        if line.hasPrefix("{::comment}") { return line.contains("{:/comment}") ? nil : "{:/comment}" }
        return nil
    }

    /// A block attribute list after a block: a callout class turns the block into a callout,
    /// `toc` removes the list it follows, anything else is dropped.
    private func applyBlockAttributes(_ list: String, quoted: Bool, to output: inout [String], log: inout ImportLog) {
        let words = list.dropFirst(2).dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let kind = words.lazy.filter({ $0.hasPrefix(".") }).compactMap({ Self.callouts[String($0.dropFirst())] }).first {
            Self.makeCallout(kind, in: &output)
            log.count("{: .prompt-… } and {: .notice… } → callouts")
        } else if let file = IncludeParameters.parse(String(list.dropFirst(2).dropLast()))["file"], Self.nameCodeBlock(file, in: &output) {
            log.count("{: file=\"…\" } after code → the code block's title")
        } else if words.contains(where: { $0 == "toc" || $0 == ".toc" }) {
            while let last = output.last, Self.isListItem(last) { output.removeLast() }
            log.count("{:toc} → sitegen's own table of contents")
        } else {
            log.count("kramdown attribute lists ({: …}) dropped")
        }
    }
}
