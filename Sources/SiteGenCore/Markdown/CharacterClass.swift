/// Character classes for delimiter runs: CommonMark's Unicode whitespace and punctuation (as
/// libcmark 0.30 defines them), and the CJK characters of the CommonMark CJK-friendly amendment
/// (github.com/tats-u/markdown-cjk-friendly, `ranges.md`, Unicode 17).
enum CharacterClass {
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// ASCII punctuation, or a Unicode character of a punctuation (P) category.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// A CJK character: East Asian Width W, F or H and not a default emoji, or Hangul.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if value >= 0xAC00 && value <= 0xD7A3 { return true }  // Hangul syllables, the common case here
        var low = 0, high = cjkRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = cjkRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }

    /// An ideographic variation selector (U+E0100–U+E01EF).
    static func isIdeographicVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0100...0xE01EF).contains(scalar.value)
    }

    private static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF, 0x20A9...0x20A9, 0x2329...0x232A, 0x2630...0x2637, 0x268A...0x268F,
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x303E, 0x3041...0x3096,
        0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E,
        0x3220...0x3247, 0x3250...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
        0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
        0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF,
        0xFFD2...0xFFD7, 0xFFDA...0xFFDC, 0xFFE0...0xFFE6, 0xFFE8...0xFFEE, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF6, 0x17000...0x18CD5, 0x18CFF...0x18D1E, 0x18D80...0x18DF2, 0x1AFF0...0x1AFF3,
        0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
        0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1D300...0x1D356, 0x1D360...0x1D376,
        0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219, 0x1F21B...0x1F22E, 0x1F230...0x1F231,
        0x1F237...0x1F237, 0x1F23B...0x1F23B, 0x1F240...0x1F248, 0x1F260...0x1F265, 0x20000...0x3FFFD,
    ]
}

/// Whether a delimiter run can open and close, by CommonMark's rules or, with `cjkFriendly`,
/// by the CJK-friendly amendment (a CJK character next to the run counts like punctuation).
struct Flanking: Equatable {
    var left: Bool
    var right: Bool

    init(before: Unicode.Scalar, after: Unicode.Scalar, cjkFriendly: Bool) {
        typealias Class = CharacterClass
        guard cjkFriendly else {
            left = !Class.isWhitespace(after) && (!Class.isPunctuation(after) || Class.isWhitespace(before) || Class.isPunctuation(before))
            right = !Class.isWhitespace(before) && (!Class.isPunctuation(before) || Class.isWhitespace(after) || Class.isPunctuation(after))
            return
        }
        let afterIsNonCJKPunctuation = Class.isPunctuation(after) && !Class.isCJK(after)
        let beforeIsNonCJKPunctuation = Class.isPunctuation(before) && !Class.isCJK(before)
        left = !Class.isWhitespace(after) && (!afterIsNonCJKPunctuation || Class.isWhitespace(before) || beforeIsNonCJKPunctuation
                                                || Class.isCJK(before) || Class.isIdeographicVariationSelector(before))
        right = !Class.isWhitespace(before) && (!beforeIsNonCJKPunctuation || Class.isWhitespace(after) || afterIsNonCJKPunctuation
                                                  || Class.isCJK(after))
    }
}
