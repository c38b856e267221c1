import Foundation

/// How Jekyll and Hugo turn names into URL segments, to work out the URLs an imported page had.
enum ForeignSlug {
    /// Jekyll's `Utils.slugify` in `default` mode (`:slug`, categories' pages): runs of
    /// anything but letters, marks and digits become `-`, lowercased, trimmed.
    static func jekyll(_ text: String) -> String {
        slug(text, keeping: "", lowercased: true)
    }

    /// Jekyll's `pretty` mode with `cased` (`:title`): also keeps `._~!$&'()+,;=@`.
    static func jekyllPretty(_ text: String) -> String {
        slug(text, keeping: "._~!$&'()+,;=@", lowercased: false)
    }

    /// Hugo's `urlize`: spaces become `-`, letters, digits, marks and `._-+~@#%` stay, the rest
    /// goes; lowercased (Hugo's default, `disablePathToLower: false`).
    static func hugo(_ text: String, lowercased: Bool = true) -> String {
        var result = ""
        for scalar in text.trimmingCharacters(in: .whitespaces).unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace {
                result.append("-")
            } else if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                        || "._-+~@#%".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return lowercased ? result.lowercased() : result
    }

    private static func slug(_ text: String, keeping extra: String, lowercased: Bool) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let kept = properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark || extra.unicodeScalars.contains(scalar)
            if kept {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return lowercased ? result.lowercased() : result
    }
}
