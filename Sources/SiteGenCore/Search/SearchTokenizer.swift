import Foundation

/// Receives the terms `SearchTokenizer` finds in a text.
protocol SearchTermSink {
    /// A Hangul (or CJK) bigram, or a lone syllable when `second` is 0 (scalar values).
    mutating func syllables(_ first: UInt32, _ second: UInt32)
    /// A lowercased word term as UTF-8, at most `SearchTokenizer.maxTermLength` scalars.
    mutating func word(_ utf8: UnsafeBufferPointer<UInt8>)
}

/// Splits text into search terms, the same way `templates/assets/search.js` splits a query
/// (`Tests/SiteGenCoreTests/Fixtures/search/tokenizer-cases.json` pins both):
///
/// - Hangul, CJK ideographs and kana: every run gives its syllable bigrams (`스프링배치의` →
///   `스프 프링 링배 배치 치의`), so any part of a compound or a word with a particle matches; a run of
///   one syllable is indexed alone, unless it is glued to a Latin word (`Redis를`: a particle).
/// - Latin words and code identifiers: letters and digits, joined by `_` or `.`, split into parts
///   at `_`, `.`, camelCase and letter/digit boundaries; each part-suffix is one lowercased term
///   (`JobBuilderFactory` → `jobbuilderfactory builderfactory factory`), so a prefix search finds
///   a word from its start or from any of its parts.
///
/// It reads UTF-8 bytes and writes terms as UTF-8, so no string is made per word.
struct SearchTokenizer {
    /// Terms are cut to this many scalars (queries too, so long prefixes still match).
    static let maxTermLength = 30
    /// Part-suffixes indexed per word (a base64 blob has many camelCase "parts").
    static let maxSuffixes = 8

    /// Scalars of the word being read.
    private var word: [UInt32] = []
    /// The word's parts, lowercased, joined without connectors, as UTF-8.
    private var lowered: [UInt8] = []
    /// Where each part starts in `lowered` (bytes), and how many scalars precede it.
    private var partStarts: [(byte: Int, scalar: Int)] = []
    /// Scalars in `lowered`.
    private var scalarCount = 0

    /// `text` in Unicode's composed form (NFC), as the search script reads queries: Hangul
    /// typed as separate jamo (as some macOS tools save it) becomes syllables. Text without
    /// conjoining jamo or combining accents is returned as it is, at the cost of one byte scan.
    static func normalized(_ text: String) -> String {
        var decomposed = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // U+1100–U+11FF: E1 84–87 xx; U+0300–U+036F: CC xx, CD 80–AF.
            if (previous == 0xE1 && byte >= 0x84 && byte <= 0x87) || previous == 0xCC || (previous == 0xCD && byte <= 0xAF) {
                decomposed = true
                break
            }
            previous = byte
        }
        return decomposed ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Every term of `text` (normalized first), in order; for tests and tools.
    static func terms(of text: String) -> [String] {
        var sink = TermList()
        var tokenizer = SearchTokenizer()
        tokenizer.scan(normalized(text), into: &sink)
        return sink.terms
    }

    /// Collects terms as strings.
    struct TermList: SearchTermSink {
        var terms: [String] = []

        mutating func syllables(_ first: UInt32, _ second: UInt32) {
            terms.append(SearchTermTable.syllableText(SearchTermTable.key(first, second)))
        }

        mutating func word(_ utf8: UnsafeBufferPointer<UInt8>) {
            terms.append(String(decoding: utf8, as: UTF8.self))
        }
    }

    /// Calls `sink` with every term of `text`, in order.
    mutating func scan<Sink: SearchTermSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { scan($0, into: &sink) }
    }

    private mutating func scan<Sink: SearchTermSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var previousSyllable: UInt32 = 0
        var runLength = 0, runGlued = false, lastWasWord = false
        var index = 0
        while index < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: index)
            index += length
            let kind = Self.kind(of: scalar)
            if kind == .syllable {
                if !word.isEmpty { flushWord(into: &sink) }
                if previousSyllable != 0 { sink.syllables(previousSyllable, scalar) } else { runGlued = lastWasWord }
                previousSyllable = scalar
                runLength += 1
                lastWasWord = false
                continue
            }
            if kind == .letter || kind == .digit {
                word.append(scalar)
                lastWasWord = true
            } else if kind == .connector && lastWasWord {
                word.append(scalar)
                lastWasWord = false
            } else {
                if !word.isEmpty { flushWord(into: &sink) }
                lastWasWord = false
            }
            if previousSyllable != 0 {
                if runLength == 1 && !runGlued { sink.syllables(previousSyllable, 0) }
                previousSyllable = 0
                runLength = 0
            }
        }
        if !word.isEmpty { flushWord(into: &sink) }
        if previousSyllable != 0, runLength == 1, !runGlued { sink.syllables(previousSyllable, 0) }
    }

    /// One scalar decoded from UTF-8 (the text is valid UTF-8) and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3) }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Emits the part-suffix terms of the word collected so far and clears it.
    private mutating func flushWord<Sink: SearchTermSink>(into sink: inout Sink) {
        while let last = word.last, last == 0x5F || last == 0x2E { word.removeLast() }
        splitParts()
        let total = scalarCount
        lowered.withUnsafeBufferPointer { utf8 in
            for start in partStarts.prefix(Self.maxSuffixes) {
                let end = Self.byteOffset(utf8, from: start.byte, scalars: min(total - start.scalar, Self.maxTermLength))
                sink.word(UnsafeBufferPointer(rebasing: utf8[start.byte..<end]))
            }
        }
        word.removeAll(keepingCapacity: true)
    }

    /// The byte offset `scalars` scalars after `start`.
    private static func byteOffset(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int) -> Int {
        var index = start, counted = 0
        while index < utf8.count && counted < scalars {
            let lead = utf8[index]
            index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            counted += 1
        }
        return index
    }

    /// Fills `lowered` with the word's parts, lowercased and joined without connectors, and
    /// `partStarts` with where each part begins in it.
    private mutating func splitParts() {
        lowered.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        scalarCount = 0
        var atPartStart = true
        for index in word.indices {
            let scalar = word[index]
            if scalar == 0x5F || scalar == 0x2E {
                atPartStart = true
                continue
            }
            if atPartStart || Self.isBoundary(word, at: index) {
                partStarts.append((lowered.count, scalarCount))
                atPartStart = false
            }
            scalarCount += Self.appendLowercased(scalar, to: &lowered)
        }
    }

    /// A camelCase or letter/digit boundary before `index` (ASCII case rules).
    static func isBoundary(_ word: [UInt32], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = word[index - 1], current = word[index]
        if previous == 0x5F || previous == 0x2E { return false }
        if isDigit(previous) != isDigit(current) { return true }
        if isLower(previous) && isUpper(current) { return true }
        return isUpper(previous) && isUpper(current) && index + 1 < word.count && isLower(word[index + 1])
    }

    /// Appends the lowercase form as UTF-8; returns how many scalars that is.
    static func appendLowercased(_ value: UInt32, to bytes: inout [UInt8]) -> Int {
        if value < 0x80 {
            bytes.append(UInt8(isUpper(value) ? value + 32 : value))
            return 1
        }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        let lower = properties.changesWhenLowercased ? properties.lowercaseMapping : String(scalar)
        bytes.append(contentsOf: lower.utf8)
        return lower.unicodeScalars.count
    }

    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }
    static func isUpper(_ value: UInt32) -> Bool { value >= 0x41 && value <= 0x5A }
    static func isLower(_ value: UInt32) -> Bool { value >= 0x61 && value <= 0x7A }

    /// What a scalar is to the tokenizer.
    enum Kind: Equatable { case syllable, letter, digit, connector, separator }

    static func kind(of value: UInt32) -> Kind {
        if value < 0x80 {
            if isDigit(value) { return .digit }
            if isUpper(value) || isLower(value) { return .letter }
            return value == 0x5F || value == 0x2E ? .connector : .separator
        }
        if isSyllable(value) { return .syllable }
        guard value <= 0xFFFF, let scalar = Unicode.Scalar(value) else { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .letter
        default:
            return .separator
        }
    }

    static func kind(of scalar: Unicode.Scalar) -> Kind { kind(of: scalar.value) }

    /// Hangul syllables, CJK ideographs (and extension A), hiragana and katakana.
    static func isSyllable(_ value: UInt32) -> Bool {
        (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x3040 && value <= 0x30FF)
    }
}
