/// Unicode-preserving slugs and heading ids, GitHub style:
/// `## 설치 전 할 일` → `설치-전-할-일`, `Spring Batch 5!` → `spring-batch-5`.
enum Slug {
    /// Lowercases, keeps letters, digits, marks, `-` and `_`, turns white space into `-`,
    /// and drops everything else.
    static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &result)
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                let properties = lower.properties
                if properties.isAlphabetic || properties.numericType != nil
                    || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                    result.unicodeScalars.append(lower)
                } else if properties.isWhitespace {
                    result.append("-")
                }
            }
        }
        return result
    }

    /// The ASCII rules without Unicode property lookups (most ids are mostly ASCII).
    private static func appendASCII(_ byte: UInt8, to result: inout String) {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): result.unicodeScalars.append(Unicode.Scalar(byte + 32))
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            result.unicodeScalars.append(Unicode.Scalar(byte))
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
            result.append("-")
        default:
            break
        }
    }

    /// Like `make`, but also collapses runs of `-` and trims them at the ends;
    /// used for URL slugs of tags and new posts.
    static func makeURLSegment(_ text: String) -> String {
        let raw = make(text)
        var result = ""
        var lastWasHyphen = true
        for character in raw {
            if character == "-" {
                if !lastWasHyphen { result.append("-") }
                lastWasHyphen = true
            } else {
                result.append(character)
                lastWasHyphen = false
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// Whether a front matter `slug` is safe as one URL segment and one folder name:
    /// no `/`, `\`, `..`, leading dot, control characters or white space.
    static func isSafeSegment(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("."), slug.utf8.count <= 200 else { return false }
        return !slug.unicodeScalars.contains { scalar in
            "/\\?#%:*\"<>|".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control
        }
    }
}

/// Deduplicates ids within one page: `a`, `a-1`, `a-2`.
struct UniqueIDs {
    private var used: Set<String> = []

    mutating func claim(_ base: String) -> String {
        let base = base.isEmpty ? "section" : base
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
