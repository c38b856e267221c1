/// What a fenced code block's info string asks for: `kotlin {3-5,8} title="CouponService.kt" linenos`.
///
/// The first word is the language (unless it is an option). Options, in any order:
/// `{3-5,8}` (or Hugo's `hl_lines="3-5 8"`) marks lines, `title="…"` shows a file name,
/// `linenos` shows line numbers. Anything else is reported in `problems`, never fatal.
struct InfoString: Equatable {
    /// The language tag as written (`kotlin`, `Kotlin`, `c++`), "" when none.
    var language = ""
    /// The lines to mark, 1-based, in the order written.
    var markedLines: [ClosedRange<Int>] = []
    /// The file name to show above the code.
    var title: String?
    /// Whether to number the lines.
    var showsLineNumbers = false
    /// What could not be understood, as diagnostic messages.
    var problems: [String] = []

    init(_ info: String) {
        var words = InfoWords(info)
        if let first = words.peek(), !first.hasPrefix("{"), !first.contains("="), first != "linenos" {
            language = first
            words.next()
        }
        while let word = words.next() {
            read(word)
        }
    }

    private mutating func read(_ word: String) {
        if word.hasPrefix("{") {
            readLines(String(word.dropFirst().prefix { $0 != "}" }), separators: ",")
        } else if word == "linenos" || word == "linenos=true" || word == "linenos=table" || word == "linenos=inline" {
            showsLineNumbers = true
        } else if word.hasPrefix("title=") {
            title = Self.unquoted(String(word.dropFirst(6)))
        } else if word.hasPrefix("hl_lines=") {
            readLines(Self.unquoted(String(word.dropFirst(9))), separators: " ,")
        } else {
            problems.append("unknown code block option '\(word)'; options are {3-5,8}, title=\"file name\" and linenos")
        }
    }

    /// `3-5,8`: single lines and inclusive ranges.
    private mutating func readLines(_ text: String, separators: String) {
        for part in text.split(whereSeparator: { separators.contains($0) }) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.filter { $0 != " " }) }
            if ends.count == 1, let line = ends[0], line > 0 {
                markedLines.append(line...line)
            } else if ends.count == 2, let low = ends[0], let high = ends[1], low > 0, low <= high {
                markedLines.append(low...high)
            } else {
                problems.append("line range '\(part)' in code block options is not a line number or a range like 3-5")
            }
        }
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }
}

/// The words of an info string: split on blanks, except inside quotes and braces.
struct InfoWords {
    private var words: [String] = []

    init(_ info: String) {
        var current = ""
        var quote: Character?
        var inBraces = false
        for character in info {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "{" {
                if !current.isEmpty && !inBraces { words.append(current); current = "" }
                inBraces = true
            } else if character == "}" {
                inBraces = false
            } else if (character == " " || character == "\t"), !inBraces {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        words.reverse()
    }

    /// The next word, without taking it.
    func peek() -> String? { words.last }

    /// Takes the next word.
    @discardableResult
    mutating func next() -> String? { words.popLast() }
}
