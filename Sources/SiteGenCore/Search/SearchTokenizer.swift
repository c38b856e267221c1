import Foundation

/// Receives the terms `SearchTokenizer` finds in a text.
protocol SearchTermSink {
    /// A Hangul (or CJK) bigram, or a lone syllable when `second` is nil.
    mutating func syllables(_ first: Unicode.Scalar, _ second: Unicode.Scalar?)
    /// A lowercased word term, at most `SearchTokenizer.maxTermLength` scalars.
    mutating func word(_ scalars: ArraySlice<Unicode.Scalar>)
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
struct SearchTokenizer {
    /// Terms are cut to this many scalars (queries too, so long prefixes still match).
    static let maxTermLength = 30
    /// Part-suffixes indexed per word (a base64 blob has many camelCase "parts").
    static let maxSuffixes = 8

    private var word: [Unicode.Scalar] = []
    private var lowered: [Unicode.Scalar] = []
    private var partStarts: [Int] = []

    /// `text` in Unicode's composed form (NFC), as the search script reads queries: Hangul
    /// typed as separate jamo (as some macOS tools save it) becomes syllables. Most text needs
    /// no change, and is returned as it is without the cost of normalizing.
    static func normalized(_ text: String) -> String {
        let decomposed = text.unicodeScalars.contains { ($0.value >= 0x1100 && $0.value <= 0x11FF) || ($0.value >= 0x0300 && $0.value <= 0x036F) }
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

        mutating func syllables(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
            terms.append(String(first) + (second.map(String.init) ?? ""))
        }

        mutating func word(_ scalars: ArraySlice<Unicode.Scalar>) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            terms.append(String(text))
        }
    }

    /// Calls `sink` with every term of `text`, in order.
    mutating func scan<Sink: SearchTermSink>(_ text: String, into sink: inout Sink) {
        var previousCJK: Unicode.Scalar?
        var runLength = 0
        var runGlued = false
        var lastWasWord = false
        for scalar in text.unicodeScalars {
            switch Self.kind(of: scalar) {
            case .syllable:
                if !word.isEmpty { flushWord(into: &sink) }
                if let previous = previousCJK {
                    sink.syllables(previous, scalar)
                } else {
                    runGlued = lastWasWord
                }
                previousCJK = scalar
                runLength += 1
                lastWasWord = false
                continue
            case .letter, .digit:
                word.append(scalar)
                lastWasWord = true
            case .connector where lastWasWord:
                word.append(scalar)
                lastWasWord = false
            default:
                if !word.isEmpty { flushWord(into: &sink) }
                lastWasWord = false
            }
            if let previous = previousCJK {
                if runLength == 1 && !runGlued { sink.syllables(previous, nil) }
                previousCJK = nil
                runLength = 0
            }
        }
        if !word.isEmpty { flushWord(into: &sink) }
        if let previous = previousCJK, runLength == 1, !runGlued { sink.syllables(previous, nil) }
    }

    /// Emits the part-suffix terms of the word collected so far and clears it.
    private mutating func flushWord<Sink: SearchTermSink>(into sink: inout Sink) {
        while let last = word.last, Self.kind(of: last) == .connector { word.removeLast() }
        splitParts()
        for start in partStarts.prefix(Self.maxSuffixes) {
            let end = min(lowered.count, start + Self.maxTermLength)
            sink.word(lowered[start..<end])
        }
        word.removeAll(keepingCapacity: true)
    }

    /// Fills `lowered` with the word's parts, lowercased and joined without connectors, and
    /// `partStarts` with where each part begins in it.
    private mutating func splitParts() {
        lowered.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        var atPartStart = true
        for index in word.indices {
            let scalar = word[index]
            if Self.kind(of: scalar) == .connector {
                atPartStart = true
                continue
            }
            if atPartStart || (index > 0 && Self.isBoundary(word, at: index)) {
                partStarts.append(lowered.count)
                atPartStart = false
            }
            Self.appendLowercased(scalar, to: &lowered)
        }
    }

    /// A camelCase or letter/digit boundary before `index` (ASCII case rules).
    static func isBoundary(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        let previous = word[index - 1], current = word[index]
        if kind(of: previous) == .connector { return false }
        if isDigit(previous) != isDigit(current) { return true }
        if isLower(previous) && isUpper(current) { return true }
        return isUpper(previous) && isUpper(current) && index + 1 < word.count && isLower(word[index + 1])
    }

    static func appendLowercased(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        if scalar.isASCII {
            scalars.append(isUpper(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
        } else if scalar.properties.changesWhenLowercased {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            scalars.append(scalar)
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x61 && scalar.value <= 0x7A }

    /// What a scalar is to the tokenizer.
    enum Kind: Equatable { case syllable, letter, digit, connector, separator }

    static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if isDigit(scalar) { return .digit }
            if isUpper(scalar) || isLower(scalar) { return .letter }
            return value == 0x5F || value == 0x2E ? .connector : .separator
        }
        if isSyllable(value) { return .syllable }
        if value > 0xFFFF { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .letter
        default:
            return .separator
        }
    }

    /// Hangul syllables, CJK ideographs (and extension A), hiragana and katakana.
    static func isSyllable(_ value: UInt32) -> Bool {
        (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x3040 && value <= 0x30FF)
    }
}
