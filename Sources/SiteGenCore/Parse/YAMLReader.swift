import Foundation
import Yams

/// Reads typed values out of a composed YAML tree, turning every problem into a
/// Diagnostic at the line and column of the file (not of the YAML block).
struct YAMLReader {
    /// Relative to the site root.
    let sourcePath: String
    /// Lines before the YAML text in the file (1 for front matter after `---`).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(sourcePath: String, lineOffset: Int = 0) {
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
    }

    /// Only booleans are told apart from text: all front matter reads is text, dates (parsed
    /// by sitegen from the text) and `draft`. Yams' default resolver tries seven regular
    /// expressions on every scalar, which was a tenth of parsing a post.
    static let frontMatterResolver = Resolver.basic.appending(.bool)

    /// Composes `text`; a syntax error becomes a diagnostic and nil.
    /// The encoding is given: Yams' default reads the whole process environment each time.
    mutating func compose(_ text: String, resolver: Resolver = .default) -> Node? {
        do {
            return try Yams.compose(yaml: text, resolver, .default, .utf8)
        } catch let error as YamlError {
            report(error)
        } catch {
            diagnostics.append(.error(sourcePath, line: lineOffset + 1, column: 1, "invalid YAML: the file could not be read as YAML"))
        }
        return nil
    }

    /// An error at the node's position.
    mutating func error(at node: Node?, _ message: String) {
        let mark = node?.mark
        diagnostics.append(.error(sourcePath, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1, message))
    }

    /// A warning at the node's position.
    mutating func warning(at node: Node?, _ message: String) {
        let mark = node?.mark
        diagnostics.append(.warning(sourcePath, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1, message))
    }

    /// The node as a mapping, or an error naming `what` it should have been.
    mutating func mapping(_ node: Node, what: String) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            error(at: node, "\(what) must be a mapping of 'key: value' lines")
            return nil
        }
        return mapping
    }

    /// A scalar as text; an error for lists and mappings.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            error(at: node, "'\(key)' must be text, found a \(node.kindName)")
            return nil
        }
        return scalar.string
    }

    /// A YAML boolean (`true`/`false`); an error for anything else.
    mutating func bool(_ node: Node, key: String) -> Bool? {
        guard let value = node.bool else {
            error(at: node, "'\(key)' must be true or false, found \(node.quoted)")
            return nil
        }
        return value
    }

    /// A whole number, optionally within a range.
    mutating func int(_ node: Node, key: String, in range: ClosedRange<Int> = Int.min...Int.max) -> Int? {
        guard let value = node.int, range.contains(value) else {
            error(at: node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(node.quoted)")
            return nil
        }
        return value
    }

    /// A list of text items; a single scalar counts as a one-item list.
    mutating func textList(_ node: Node, key: String) -> [String]? {
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = node.sequence else {
            error(at: node, "'\(key)' must be a list, found a \(node.kindName)")
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let text = text(item, key: "\(key)[]") else { continue }
            items.append(text)
        }
        return items
    }

    /// An ISO 8601 date or date-time.
    mutating func date(_ node: Node, key: String, timeZone: TimeZone) -> Date? {
        guard let text = text(node, key: key) else { return nil }
        let date = ISODate.parse(text, timeZone: timeZone)
        if ISODate.hasOutOfRangeYear(text) || date.map({ !ISODate.years.contains(ISODate.year(of: $0, in: timeZone)) }) == true {
            let zone = date == nil ? "" : " in the site's timezone \(timeZone.identifier)"
            error(at: node, "'\(key)' must be a date from 0001-01-01 to 9999-12-31\(zone), found \"\(text)\"")
            return nil
        }
        guard let date else {
            error(at: node, "'\(key)' must be an ISO 8601 date (2024-03-01 or 2024-03-01T09:00:00+09:00), found \"\(text)\"")
            return nil
        }
        return date
    }

    /// A libyaml or Yams error in sitegen's words, at its place in the file. Nothing of the
    /// library's own text that names its internals (function names, its own `line:col:
    /// error:` prefix, a snippet) reaches the diagnostic.
    private mutating func report(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // An unclosed quote or bracket is best shown where it opens; other errors where found.
            let opens = context.map { $0.text.contains("quoted scalar") || $0.text.contains("flow") } ?? false
            let start = opens ? context?.mark ?? mark : mark
            let detail = opens ? "\(context?.text ?? "") starting here, " : ""
            diagnostics.append(.error(sourcePath, line: start.line + lineOffset, column: start.column,
                                      "invalid YAML: \(detail)\(Self.words(for: problem)) (line \(mark.line + lineOffset))"))
        case let .duplicatedKeysInMapping(duplicates, context):
            diagnostics.append(.error(sourcePath, line: context.mark.line + lineOffset, column: context.mark.column,
                                      "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in YAML mapping"))
        case let .reader(problem, offset, value, yaml):
            let (line, column) = Self.position(ofCharacter: offset ?? 0, in: yaml)
            let message = problem.contains("control characters")
                ? "control character U+\(Self.hex(value)) is not allowed; remove it (inside double quotes it can be written as \\u\(Self.hex(value)))"
                : "the text cannot be read here (\(problem))"
            diagnostics.append(.error(sourcePath, line: line + lineOffset, column: column, "invalid YAML: \(message)"))
        default:
            diagnostics.append(.error(sourcePath, line: lineOffset + 1, column: 1, "invalid YAML: the file could not be read as YAML"))
        }
    }

    /// libyaml's problem text, except where it names its own API.
    private static func words(for problem: String) -> String {
        if problem.hasPrefix("Maximum nesting level") { return "lists and mappings are nested too deeply (more than 1000 levels)" }
        return problem.contains("yaml_") ? "the YAML structure cannot be read here" : problem
    }

    /// 1-based line and column (in Unicode scalars) of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(max(0, offset)) {
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }

    private static func hex(_ value: Int32) -> String {
        let digits = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Node {
    /// "mapping", "list", "text" or "alias", for messages.
    var kindName: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    /// The scalar text in double quotes, or the kind of node.
    var quoted: String {
        if let scalar { return "\"\(scalar.string)\"" }
        return "a \(kindName)"
    }
}
