import Foundation

/// The text of a Markdown body as cmark will parse it.
///
/// Most bodies are parsed as written. Three things need the raw text, because cmark has
/// already consumed them when its tree exists: a backslash escape of a character sitegen's
/// extensions read as syntax (`\~`, `\*`, `\_`, `\[`, `\^`) gets a marker after it; `$…$` math
/// becomes a marked code span and `$$` blocks a ```` ```math ```` fence, so no emphasis or escape
/// touches it; footnote definitions (`[^1]: …`) are cut out (cmark would take `[^1]: url` for a
/// link reference definition) and parsed on their own. Line numbers never change.
struct MarkdownSource {
    /// What cmark parses (the body itself unless something had to be inserted).
    private(set) var text: Substring
    private(set) var markers: MarkdownMarkers
    /// The body may hold math or a footnote definition: worth a look after the first parse.
    let mayNeedRewrite: Bool

    init(_ body: Substring) {
        let scan = body.utf8.withContiguousStorageIfAvailable { Scan($0) } ?? Array(body.utf8).withUnsafeBufferPointer { Scan($0) }
        mayNeedRewrite = !scan.hasMarkerCharacters && (scan.hasDollar || scan.hasFootnoteStart)
        markers = MarkdownMarkers()
        text = body
        guard scan.hasBackslash, !scan.hasMarkerCharacters else { return }
        var bytes = Array(body.utf8)
        if EscapeMarkers.insert(into: &bytes) {
            markers.escapes = true
            text = String(decoding: bytes, as: UTF8.self)[...]
        }
    }

    /// Math and footnote definitions rewritten; nil when the body has neither. `protected`
    /// are the 1-based lines of code and raw HTML blocks of the first parse.
    func rewritten(protecting protected: IndexSet) -> (source: MarkdownSource, footnotes: [FootnoteDefinition])? {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        let footnotes = FootnoteExtractor.extract(from: &lines, protected: protected)
        let hasMath = MathRewriter.rewrite(&lines, protected: protected)
        guard hasMath || !footnotes.isEmpty else { return nil }
        var copy = self
        copy.text = String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)[...]
        copy.markers.math = hasMath
        return (copy, footnotes)
    }

    /// One pass over the bytes with `memchr` for the few bytes that matter.
    private struct Scan {
        var hasMarkerCharacters = false
        var hasDollar = false
        var hasFootnoteStart = false
        var hasBackslash = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            let count = bytes.count
            hasDollar = memchr(base, 0x24, count) != nil
            hasBackslash = memchr(base, 0x5C, count) != nil
            hasFootnoteStart = Self.find(in: bytes, 0x5B) { bytes, index in index + 1 < bytes.count && bytes[index + 1] == 0x5E }
            // U+FDD1, U+FDD2 (EF B7 91/92) or U+10100 (F0 90 84 80) already in the text: then no
            // markers are used at all.
            hasMarkerCharacters = Self.find(in: bytes, 0xEF) { bytes, index in
                index + 2 < bytes.count && bytes[index + 1] == 0xB7 && (bytes[index + 2] == 0x91 || bytes[index + 2] == 0x92)
            } || Self.find(in: bytes, 0xF0) { bytes, index in
                index + 3 < bytes.count && bytes[index + 1] == 0x90 && bytes[index + 2] == 0x84 && bytes[index + 3] == 0x80
            }
        }

        private static func find(in bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8,
                                 where matches: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if matches(bytes, index) { return true }
                offset = index + 1
            }
            return false
        }
    }
}

/// Puts U+10100 after each backslash-escaped `~ * _ [ ^` (see `MarkdownMarkers`).
enum EscapeMarkers {
    static let escapable: Set<UInt8> = [0x7E, 0x2A, 0x5F, 0x5B, 0x5E]

    /// True when something was inserted.
    static func insert(into bytes: inout [UInt8]) -> Bool {
        var output: [UInt8] = []
        var index = 0
        var inserted = false
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x5C, index + 1 < bytes.count else {
                output.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            output.append(byte)
            output.append(next)
            index += 2
            if escapable.contains(next) {
                if !inserted { output.reserveCapacity(bytes.count + 64) }
                output.append(contentsOf: MarkdownMarkers.escapeBytes)
                inserted = true
            }
        }
        if inserted { bytes = output }
        return inserted
    }
}
