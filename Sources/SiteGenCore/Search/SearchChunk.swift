/// One file of the index: a run of consecutive terms with their posting lists, as a JSON
/// array `["term", "postings", "term", "postings", …]`.
///
/// A posting list is a string over the URL-safe base64 alphabet: for each document, the gap
/// from the previous document's id minus one (the first counts from -1), five bits per
/// character, low bits first, the 32 bit set on all but the last character; then one character
/// holding the weight (`SearchPosting`: title 1, tag 2, heading 4, body count × 8).
struct SearchChunk: Sendable, Equatable {
    /// The shortest prefix of the chunk's first term that sorts after the previous chunk's last
    /// term: a term belongs to the last chunk whose `start` is not after it.
    var start: String
    /// File name without `.json`: a digest of the contents.
    var name: String
    var json: String

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Cuts sorted terms into chunks of about `limit` bytes and encodes them.
    static func cut(terms: [String], postings: PostingLists, limit: Int) -> [SearchChunk] {
        var ranges: [Range<Int>] = []
        var first = 0, size = 0
        for index in terms.indices {
            let cost = terms[index].utf8.count + 6 + encodedSize(postings[index])
            if size > 0 && size + cost > limit {
                ranges.append(first..<index)
                first = index
                size = 0
            }
            size += cost
        }
        if first < terms.count { ranges.append(first..<terms.count) }
        return ranges.parallelMap { range in
            let json = encode(terms: terms[range], postings: range.map { postings[$0] })
            let previous: String? = range.lowerBound > 0 ? terms[range.lowerBound - 1] : nil
            return SearchChunk(start: shortestStart(terms[range.lowerBound], after: previous), name: digest(json), json: json)
        }
    }

    static func encode(terms: ArraySlice<String>, postings: [ArraySlice<UInt32>]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (term, list) in zip(terms, postings) {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: term.utf8)
            bytes.append(contentsOf: "\",\"".utf8)
            appendPostings(list, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(contentsOf: "]\n".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendPostings(_ list: ArraySlice<UInt32>, to bytes: inout [UInt8]) {
        var previous: Int64 = -1
        for posting in list {
            let document = Int64(posting >> 6)
            var gap = UInt64(document - previous - 1)
            previous = document
            while gap >= 32 {
                bytes.append(alphabet[Int(gap & 31) | 32])
                gap >>= 5
            }
            bytes.append(alphabet[Int(gap)])
            bytes.append(alphabet[Int(posting & 63)])
        }
    }

    static func encodedSize(_ list: ArraySlice<UInt32>) -> Int {
        var previous: Int64 = -1, size = 0
        for posting in list {
            let document = Int64(posting >> 6)
            var gap = UInt64(document - previous - 1)
            previous = document
            size += 2
            while gap >= 32 { size += 1; gap >>= 5 }
        }
        return size
    }

    /// The shortest prefix of `term` (in whole scalars) that sorts after `previous`.
    static func shortestStart(_ term: String, after previous: String?) -> String {
        guard let previous else { return "" }
        var prefix = String.UnicodeScalarView()
        for scalar in term.unicodeScalars {
            prefix.append(scalar)
            if !String(prefix).utf8.lexicographicallyPrecedes(previous.utf8) && String(prefix) != previous { break }
        }
        return String(prefix)
    }

    /// Ten hexadecimal digits of the contents' digest.
    static func digest(_ json: String) -> String {
        var digest = Digest()
        digest.add(json)
        return String(digest.hex.prefix(10))
    }
}

/// Posting lists of many terms in one flat array (an array per term cost a header and an
/// allocation for each of a large site's hundreds of thousands of terms): list `i` is the
/// `order[i]`th range of `flat`.
struct PostingLists: Sendable {
    private let flat: [UInt32]
    /// Range `t` of `flat` is `starts[t]..<starts[t + 1]`.
    private let starts: [Int]
    private let order: [Int]

    init(flat: [UInt32], starts: [Int], order: [Int]) {
        self.flat = flat
        self.starts = starts
        self.order = order
    }

    /// Lists given one by one, in order.
    init(_ lists: [[UInt32]]) {
        var starts = [0]
        for list in lists { starts.append(starts[starts.count - 1] + list.count) }
        self.init(flat: lists.flatMap { $0 }, starts: starts, order: Array(lists.indices))
    }

    subscript(index: Int) -> ArraySlice<UInt32> {
        let range = order[index]
        return flat[starts[range]..<starts[range + 1]]
    }
}
