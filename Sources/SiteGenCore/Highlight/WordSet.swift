/// A set of words looked up by a slice of the code's bytes, without building a String.
///
/// Words are bucketed by length and first letter, so a lookup compares a handful of
/// candidates byte by byte. Case-insensitive sets (SQL) store and compare lowercase.
struct WordSet: Sendable {
    private var buckets: [[[UInt8]]]
    /// Whether `SELECT`, `select` and `Select` are the same word.
    let ignoresCase: Bool

    private static let maxLength = 32

    /// A set of the space-separated words in `words`.
    init(_ words: String, ignoringCase: Bool = false) {
        ignoresCase = ignoringCase
        buckets = Array(repeating: [], count: WordSet.maxLength * 32)
        for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var bytes = Array(word.utf8)
            if ignoringCase { bytes = bytes.map(Bytes.lower) }
            guard bytes.count < WordSet.maxLength else { continue }
            buckets[Self.bucket(count: bytes.count, first: bytes[0])].append(bytes)
        }
    }

    private static func bucket(count: Int, first: UInt8) -> Int {
        count * 32 + Int(Bytes.lower(first) & 31)
    }

    /// True when `bytes[range]` is one of the words.
    func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count > 0, count < WordSet.maxLength else { return false }
        for word in buckets[Self.bucket(count: count, first: bytes[range.lowerBound])]
        where matches(word, bytes, from: range.lowerBound) {
            return true
        }
        return false
    }

    private func matches(_ word: [UInt8], _ bytes: [UInt8], from start: Int) -> Bool {
        for offset in word.indices {
            let byte = ignoresCase ? Bytes.lower(bytes[start + offset]) : bytes[start + offset]
            if byte != word[offset] { return false }
        }
        return true
    }
}
