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
/// number: a syllable term's key is its scalars, a word's is a hash of its UTF-8 (with the bytes
/// kept beside it, so the index can write the word). An open-addressing table a worker reuses
/// for every document it indexes; words are copied into one byte arena, and made strings only
/// once per document in `takeTerms`.
struct SearchTermTable: SearchTermSink {
    private var keys: [UInt64]
    private var fields: [UInt8]
    private var counts: [UInt16]
    /// Per slot, where a word's bytes are in `arena` (length 0 for syllable terms).
    private var spans: [(start: Int32, length: Int32)]
    private var arena: [UInt8] = []
    private var occupied: [Int] = []
    private var mask: Int
    /// The field the terms being scanned belong to.
    var field = SearchFields.body

    init(capacity: Int = 4096) {
        keys = Array(repeating: 0, count: capacity)
        fields = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        spans = Array(repeating: (0, 0), count: capacity)
        mask = capacity - 1
    }

    static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
        1 << 62 | UInt64(first) << 21 | UInt64(second)
    }

    static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return 1 << 63 | hash >> 1
    }

    /// The text of a syllable term's key.
    static func syllableText(_ key: UInt64) -> String {
        var text = String.UnicodeScalarView()
        if let first = Unicode.Scalar(UInt32(truncatingIfNeeded: key >> 21) & 0x1F_FFFF) { text.append(first) }
        if let second = Unicode.Scalar(UInt32(truncatingIfNeeded: key) & 0x1F_FFFF), second.value != 0 { text.append(second) }
        return String(text)
    }

    mutating func syllables(_ first: UInt32, _ second: UInt32) {
        _ = add(Self.key(first, second))
    }

    mutating func word(_ utf8: UnsafeBufferPointer<UInt8>) {
        let slot = add(Self.key(utf8))
        if spans[slot].length == 0 {
            spans[slot] = (Int32(arena.count), Int32(utf8.count))
            arena.append(contentsOf: utf8)
        }
    }

    /// Records one occurrence of `key` in the current field; returns its slot.
    private mutating func add(_ key: UInt64) -> Int {
        if occupied.count * 2 >= keys.count { grow() }
        // (`>>` binds tighter than `&*` in Swift: the product is shifted, not the constant.)
        var slot = Int(truncatingIfNeeded: ((key ^ key >> 29) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
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
        var bigger = SearchTermTable(capacity: keys.count * 2)
        bigger.arena = arena
        bigger.field = field
        for slot in occupied {
            let new = bigger.add(keys[slot])
            bigger.fields[new] = fields[slot]
            bigger.counts[new] = counts[slot]
            bigger.spans[new] = spans[slot]
        }
        self = bigger
    }

    /// The terms recorded since the last call, in first-seen order, and an empty table.
    mutating func takeTerms() -> SearchDocumentTerms {
        var terms = SearchDocumentTerms()
        terms.keys.reserveCapacity(occupied.count)
        terms.weights.reserveCapacity(occupied.count)
        arena.withUnsafeBufferPointer { arena in
            for slot in occupied {
                terms.keys.append(keys[slot])
                terms.weights.append(SearchPosting.weight(fields: SearchFields(rawValue: fields[slot]), count: Int(counts[slot])))
                let span = spans[slot]
                if span.length > 0 {
                    terms.appendWord(key: keys[slot], utf8: UnsafeBufferPointer(rebasing: arena[Int(span.start)..<Int(span.start + span.length)]))
                }
                keys[slot] = 0
                fields[slot] = 0
                counts[slot] = 0
                spans[slot] = (0, 0)
            }
        }
        occupied.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        return terms
    }
}

/// One document's distinct terms: keys, their weights, and the text of its word terms. The
/// texts stay UTF-8 bytes (each followed by a NUL) until the index meets a word it has not seen:
/// a document's words are mostly ones other documents have too, and making every one a string
/// was a fifth of a cached index build.
struct SearchDocumentTerms: Sendable, Equatable {
    var keys: [UInt64] = []
    var weights: [UInt8] = []
    /// The word terms' keys, in order.
    var wordKeys: [UInt64] = []
    /// The word terms' texts in the same order, each followed by a NUL (words never hold one).
    var wordBytes: [UInt8] = []

    init() {}

    /// Terms as stored, or nil when the parts do not add up (a miss, never a wrong index).
    init?(keys: [UInt64], weights: [UInt8], wordKeys: [UInt64], wordBytes: [UInt8]) {
        guard keys.count == weights.count, wordBytes.isEmpty || wordBytes.last == 0,
              wordBytes.reduce(0, { $0 + ($1 == 0 ? 1 : 0) }) == wordKeys.count else { return nil }
        self.keys = keys
        self.weights = weights
        self.wordKeys = wordKeys
        self.wordBytes = wordBytes
    }

    mutating func appendWord(key: UInt64, utf8: UnsafeBufferPointer<UInt8>) {
        wordKeys.append(key)
        wordBytes.append(contentsOf: utf8)
        wordBytes.append(0)
    }

    /// Calls `body` with each word's key and UTF-8, in order.
    func forEachWord(_ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
        wordBytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for key in wordKeys {
                var end = start
                while end < bytes.count && bytes[end] != 0 { end += 1 }
                body(key, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end + 1
            }
        }
    }

    /// Each word's key and text (tests; the index reads `forEachWord`).
    var words: [(key: UInt64, text: String)] {
        var words: [(key: UInt64, text: String)] = []
        forEachWord { words.append(($0, String(decoding: $1, as: UTF8.self))) }
        return words
    }
}

/// How a (term, document) pair is stored: one 6-bit weight, the fields in the low three bits
/// and the body count (capped at 7) above them.
enum SearchPosting {
    static let maxCount = 7

    static func weight(fields: SearchFields, count: Int) -> UInt8 {
        fields.rawValue | UInt8(min(count, maxCount)) << 3
    }
}
