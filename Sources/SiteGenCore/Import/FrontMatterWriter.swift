import Foundation
import Yams

/// Writes sitegen front matter (and `site.yaml`) line by line, every value in a form YAML
/// and sitegen read back unchanged: plain where that is safe, double-quoted otherwise.
struct FrontMatterWriter: Equatable {
    private(set) var lines: [String] = []

    /// `key: value` with the value as it is (dates, booleans, numbers).
    mutating func raw(_ key: String, _ value: String) {
        lines.append("\(key): \(value)")
    }

    /// `key: text`, quoted when needed.
    mutating func text(_ key: String, _ value: String) {
        lines.append("\(key): \(Self.scalar(value))")
    }

    /// `key: [a, b]`.
    mutating func list(_ key: String, _ items: [String]) {
        lines.append("\(key): [\(items.map { Self.scalar($0, inFlow: true) }.joined(separator: ", "))]")
    }

    /// Any value kept from the other generator, lists of text in flow style, tables as blocks.
    mutating func value(_ key: String, _ value: ForeignValue) {
        lines += Self.block(key: Self.scalar(key), value: value, indent: "")
    }

    /// The front matter between `---` lines, ending with a line break.
    var frontMatter: String { "---\n" + lines.map { $0 + "\n" }.joined() + "---\n" }

    private static func block(key: String, value: ForeignValue, indent: String) -> [String] {
        switch value {
        case .null: return ["\(indent)\(key):"]
        case .text(let text): return ["\(indent)\(key): \(scalar(text))"]
        case .number, .bool, .date: return ["\(indent)\(key): \(value.text ?? "")"]
        case .list(let items) where items.allSatisfy({ $0.text != nil }):
            return ["\(indent)\(key): [\(items.map { item in item.text.map { scalar($0, inFlow: true) } ?? "" }.joined(separator: ", "))]"]
        case .list, .table:
            let yaml = (try? Yams.serialize(node: node(value))) ?? ""
            return ["\(indent)\(key):"] + yaml.split(separator: "\n").map { "\(indent)  \($0)" }
        }
    }

    /// The value as a YAML node, for Yams to write.
    private static func node(_ value: ForeignValue) -> Node {
        switch value {
        case .text(let text): return Node(text)
        case .number(let text): return Node(text, Yams.Tag(text.contains(".") ? .float : .int))
        case .bool(let flag): return Node(flag ? "true" : "false", Yams.Tag(.bool))
        case .date(let date): return Node(date.text)
        case .null: return Node("~", Yams.Tag(.null))
        case .list(let items): return Node(items.map(node))
        case .table(let fields): return Node(fields.map { (Node($0.key), node($0.value)) })
        }
    }

    /// The text as a YAML scalar: plain when nothing in it means something to YAML, else
    /// double-quoted.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        plainIsSafe(text, inFlow: inFlow) ? text : YAMLQuoting.doubleQuoted(text)
    }

    private static let specialWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    private static func plainIsSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace, last != ":" else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || specialWords.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") || text.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) { return false }
        if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
        return !(text.allSatisfy { $0.isNumber || ".-+eE_".contains($0) })
    }
}
