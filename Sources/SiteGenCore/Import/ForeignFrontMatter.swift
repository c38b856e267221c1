import Foundation
import Yams

/// A value in another generator's front matter or configuration, whatever format it came in.
indirect enum ForeignValue: Equatable, Sendable {
    case text(String)
    case bool(Bool)
    /// An integer or a float, as written.
    case number(String)
    /// A TOML date or date-time (YAML and JSON dates are text).
    case date(ForeignDate)
    case list([ForeignValue])
    case table([ForeignField])
    case null

    /// The text of a scalar (numbers and booleans as written); nil for lists and tables.
    var text: String? {
        switch self {
        case .text(let text), .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .date(let date): return date.text
        case .null, .list, .table: return nil
        }
    }

    /// The field `key` of a table.
    subscript(key: String) -> ForeignValue? {
        guard case .table(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }
}

/// One key of a front matter or configuration table, with its line in the file (1 when unknown).
struct ForeignField: Equatable, Sendable {
    var key: String
    var value: ForeignValue
    var line = 1
}

/// A Markdown file of another generator split into its front matter (YAML between `---`,
/// TOML between `+++`, or a JSON object) and its body.
struct ForeignFrontMatter: Equatable {
    /// The front matter's fields in the order written (JSON's sorted by key).
    var fields: [ForeignField] = []
    var body: Substring
    /// The file line of the body's first line.
    var bodyLine = 1

    /// The file split and its front matter read; nil front matter fields when the file has
    /// none. A front matter that cannot be read is an error at its line.
    static func read(_ text: String) -> Result<ForeignFrontMatter?, ForeignFormatError> {
        let text = LineEndings.normalize(text)
        if text.hasPrefix("+++") { return TOMLFormat.frontMatter(text).map { $0 } }
        if text.hasPrefix("{") { return JSONFormat.frontMatter(text).map { $0 } }
        switch FrontMatter.split(text) {
        case .failure: return .failure(ForeignFormatError(line: 1, message: "front matter opened with '---' is never closed"))
        case .success(let split):
            guard let yaml = split.yaml else { return .success(nil) }
            return YAMLFormat.table(yaml, lineOffset: 1).map { ForeignFrontMatter(fields: $0, body: split.body, bodyLine: split.bodyLine) }
        }
    }

    /// The body of a file whose front matter cannot be read: what follows its closing fence
    /// (`---` or `+++`), or the whole text when there is none.
    static func withoutFields(_ text: String) -> ForeignFrontMatter {
        let text = LineEndings.normalize(text)
        let fence = text.hasPrefix("+++") ? "+++" : "---"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == fence,
              let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == fence || $0.trimmingCharacters(in: .whitespaces) == "..." }) else {
            return ForeignFrontMatter(body: Substring(text))
        }
        let end = lines[close].endIndex
        return ForeignFrontMatter(body: end < text.endIndex ? text[text.index(after: end)...] : text[text.endIndex...], bodyLine: close + 2)
    }

    /// The first field named one of `keys`, in that order of preference.
    func value(_ keys: String...) -> ForeignValue? {
        for key in keys { if let field = fields.first(where: { $0.key == key }) { return field.value } }
        return nil
    }
}

/// Why a front matter or configuration could not be read, at a line of the file.
struct ForeignFormatError: Error, Equatable {
    var line: Int
    var message: String
}

/// YAML read into `ForeignValue`s with YAML 1.1's types, as Jekyll's and Hugo's readers see them.
enum YAMLFormat {
    static func table(_ yaml: String, lineOffset: Int) -> Result<[ForeignField], ForeignFormatError> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            var reader = YAMLReader(sourcePath: "", lineOffset: lineOffset)
            _ = reader.compose(yaml)
            let problem = reader.diagnostics.first
            return .failure(ForeignFormatError(line: problem?.line ?? lineOffset + 1, message: problem?.message ?? "invalid YAML"))
        }
        guard let node else { return .success([]) }
        guard case .table(let fields) = value(node, lineOffset: lineOffset) else {
            return .failure(ForeignFormatError(line: lineOffset + 1, message: "front matter must be a mapping of 'key: value' lines"))
        }
        return .success(fields)
    }

    static func value(_ node: Node, lineOffset: Int) -> ForeignValue {
        switch node {
        case .scalar(let scalar):
            switch Yams.Tag.Name(rawValue: node.tag.rawValue) {
            case .bool: return .bool(node.bool ?? false)
            case .int, .float: return .number(scalar.string)
            case .null: return .null
            default: return .text(scalar.string)
            }
        case .sequence(let sequence): return .list(sequence.map { value($0, lineOffset: lineOffset) })
        case .mapping(let mapping):
            return .table(mapping.map { key, item in
                ForeignField(key: key.string ?? "", value: value(item, lineOffset: lineOffset), line: (key.mark?.line ?? 1) + lineOffset)
            })
        case .alias: return .null
        }
    }
}
