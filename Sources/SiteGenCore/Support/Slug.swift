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
            // Hangul syllables are letters without case: most of a Korean heading.
            if scalar.value >= 0xAC00 && scalar.value <= 0xD7A3 {
                result.unicodeScalars.append(scalar)
                continue
            }
            let properties = scalar.properties
            if !properties.changesWhenLowercased {
                appendOther(scalar, properties, to: &result)
            } else {
                for lower in properties.lowercaseMapping.unicodeScalars { appendOther(lower, lower.properties, to: &result) }
            }
        }
        return result
    }

    /// Keeps letters, digits and marks; white space becomes `-`.
    private static func appendOther(_ scalar: Unicode.Scalar, _ properties: Unicode.Scalar.Properties, to result: inout String) {
        if properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
            result.unicodeScalars.append(scalar)
        } else if properties.isWhitespace {
            result.append("-")
        }
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

    /// Like `make`, but also collapses runs of `-` and trims them at the ends, and spells out
    /// `+` and `#` after a letter or digit, so `C`, `C++` and `C#` get three URLs (`c`,
    /// `c-plus-plus`, `c-sharp`); used for URL slugs of tags, categories and new posts.
    static func makeURLSegment(_ text: String) -> String {
        let raw = make(spellingOutPlusAndSharp(text))
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

    /// `+` and `#` right after a letter, digit or another of them become words (`C++` →
    /// `C plus  plus `); a leading `#` (`#java`) stays, and `make` drops it.
    private static func spellingOutPlusAndSharp(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "#") }) else { return text }
        var result = ""
        var afterWord = false
        for character in text {
            if afterWord, character == "+" || character == "#" {
                result += character == "+" ? " plus " : " sharp "
                continue
            }
            result.append(character)
            afterWord = character.isLetter || character.isNumber
        }
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
/// Ids compare by code points, as HTML compares them (no Unicode normalization, which
/// Swift's `String` hashing would do on every Korean id).
struct UniqueIDs {
    private var used: Set<Bytes> = []

    /// A string compared and hashed by its UTF-8 bytes, hashed in one call.
    private struct Bytes: Hashable {
        let utf8: [UInt8]
        init(_ text: String) { utf8 = Array(text.utf8) }
        func hash(into hasher: inout Hasher) { utf8.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    mutating func claim(_ base: String) -> String {
        let base = base.isEmpty ? "section" : base
        var candidate = base
        var counter = 0
        while used.contains(Bytes(candidate)) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(Bytes(candidate))
        return candidate
    }
}

extension UniqueIDs {
    /// Starts with `reserved` already taken.
    init(reserved: Set<String>) {
        self.init()
        for id in reserved.sorted() { _ = claim(id) }
    }
}
