/// Where in a document a term was found; a term's weight in the index is these bits plus its
/// body count (see `SearchPosting`).
struct SearchFields: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let title = SearchFields(rawValue: 1)
    static let tag = SearchFields(rawValue: 2)
    static let heading = SearchFields(rawValue: 4)
    /// Body text (and an explicit summary): counted, not a bit.
    static let body = SearchFields([])
}

/// The distinct terms of one document with their fields and body counts, keyed by a 64-bit
/// number: a syllable term's key is its scalars, a word's is a hash of its scalars (with the
/// word kept beside it, so the index can check that no two words share a hash). An
/// open-addressing table a worker reuses for every document it indexes.
struct SearchTermTable: SearchTermSink {
    private var keys: [UInt64]
    private var fields: [UInt8]
    private var counts: [UInt16]
    private var occupied: [Int] = []
    private var words: [Int: String] = [:]
    private var mask: Int
    /// The field the terms being scanned belong to.
    var field = SearchFields.body

    init(capacity: Int = 4096) {
        keys = Array(repeating: 0, count: capacity)
        fields = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
        1 << 62 | UInt64(first.value) << 21 | UInt64(second?.value ?? 0)
    }

    static func key(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        return 1 << 63 | hash >> 1
    }

    /// The text of a syllable term's key.
    static func syllableText(_ key: UInt64) -> String {
        var text = String.UnicodeScalarView()
        if let first = Unicode.Scalar(UInt32(truncatingIfNeeded: key >> 21) & 0x1F_FFFF) { text.append(first) }
        if let second = Unicode.Scalar(UInt32(truncatingIfNeeded: key) & 0x1F_FFFF), second.value != 0 { text.append(second) }
        return String(text)
    }

    mutating func syllables(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
        _ = add(Self.key(first, second))
    }

    mutating func word(_ scalars: ArraySlice<Unicode.Scalar>) {
        let slot = add(Self.key(scalars))
        if words[slot] == nil {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            words[slot] = String(text)
        }
    }

    /// Records one occurrence of `key` in the current field; returns its slot.
    private mutating func add(_ key: UInt64) -> Int {
        if occupied.count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: (key ^ key >> 29) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            occupied.append(slot)
        }
        fields[slot] |= field.rawValue
        if field == .body && counts[slot] < UInt16.max { counts[slot] += 1 }
        return slot
    }

    private mutating func grow() {
        let old = (keys, fields, counts, occupied, words)
        self = SearchTermTable(capacity: keys.count * 2)
        for slot in old.3 {
            let new = add(old.0[slot])
            fields[new] = old.1[slot]
            counts[new] = old.2[slot]
            if let word = old.4[slot] { words[new] = word }
        }
    }

    /// The terms recorded since the last call, in first-seen order, and an empty table.
    mutating func takeTerms() -> SearchDocumentTerms {
        var terms = SearchDocumentTerms()
        terms.keys.reserveCapacity(occupied.count)
        for slot in occupied {
            terms.keys.append(keys[slot])
            terms.weights.append(SearchPosting.weight(fields: SearchFields(rawValue: fields[slot]), count: Int(counts[slot])))
            if let word = words[slot] { terms.words.append((keys[slot], word)) }
            keys[slot] = 0
            fields[slot] = 0
            counts[slot] = 0
        }
        occupied.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        return terms
    }
}

/// One document's distinct terms: keys, their weights, and the text of its word terms.
struct SearchDocumentTerms: Sendable {
    var keys: [UInt64] = []
    var weights: [UInt8] = []
    var words: [(key: UInt64, text: String)] = []
}

/// How a (term, document) pair is stored: one 6-bit weight, the fields in the low three bits
/// and the body count (capped at 7) above them.
enum SearchPosting {
    static let maxCount = 7

    static func weight(fields: SearchFields, count: Int) -> UInt8 {
        fields.rawValue | UInt8(min(count, maxCount)) << 3
    }
}
