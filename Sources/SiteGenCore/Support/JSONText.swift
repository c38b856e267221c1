/// Builds JSON text by hand, for files whose every byte sitegen decides (the search index):
/// strings keep non-ASCII characters as they are (Hangul stays 3 bytes, not a 6-byte `\u` escape).
struct JSONText {
    private(set) var text = ""

    /// Appends JSON punctuation or a number as it is.
    mutating func raw(_ piece: String) {
        text += piece
    }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ value: String) {
        text.append("\"")
        var clean = true
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            clean = false
            break
        }
        if clean {
            text += value
        } else {
            for scalar in value.unicodeScalars { append(scalar) }
        }
        text.append("\"")
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "\"": text += "\\\""
        case "\\": text += "\\\\"
        case "\n": text += "\\n"
        case "\t": text += "\\t"
        case "\r": text += "\\r"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
    }
}
