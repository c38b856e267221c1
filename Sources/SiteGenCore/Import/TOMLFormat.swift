import Foundation
import TOMLKit

/// TOML (Hugo's front matter between `+++` lines and its `hugo.toml`) read into `ForeignValue`s
/// with TOMLKit.
enum TOMLFormat {
    /// The front matter between the `+++` first line and the next `+++` line, and the body.
    static func frontMatter(_ text: String) -> Result<ForeignFrontMatter, ForeignFormatError> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "+++" }) else {
            return .failure(ForeignFormatError(line: 1, message: "front matter opened with '+++' is never closed"))
        }
        let toml = lines[..<close].joined(separator: "\n")
        let closingEnd = lines[close].endIndex
        let body = closingEnd < text.endIndex ? text[text.index(after: closingEnd)...] : text[text.endIndex...]
        return table(toml, lineOffset: 1).map { ForeignFrontMatter(fields: $0, body: body, bodyLine: close + 3) }
    }

    /// A whole TOML document's top-level table.
    static func table(_ toml: String, lineOffset: Int = 0) -> Result<[ForeignField], ForeignFormatError> {
        do {
            guard case .table(let fields) = value(try TOMLTable(string: toml)) else { return .success([]) }
            return .success(fields.map { ForeignField(key: $0.key, value: $0.value, line: line(of: $0.key, in: toml) + lineOffset) })
        } catch let error as TOMLParseError {
            return .failure(ForeignFormatError(line: error.source.begin.line + lineOffset, message: "invalid TOML: \(error.description)"))
        } catch {
            return .failure(ForeignFormatError(line: lineOffset + 1, message: "invalid TOML"))
        }
    }

    /// The first line that starts with `key` (TOMLKit keeps no positions).
    private static func line(of key: String, in toml: String) -> Int {
        for (index, line) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix(key) { return index + 1 }
        return 1
    }

    static func value(_ value: TOMLValueConvertible) -> ForeignValue {
        let toml = value.tomlValue
        switch toml.type {
        case .table:
            guard let table = toml.table else { return .null }
            return .table(table.keys.sorted().compactMap { key in table[key].map { ForeignField(key: key, value: self.value($0)) } })
        case .array: return .list(toml.array.map { $0.map { self.value($0) } } ?? [])
        case .string: return .text(toml.string ?? "")
        case .int: return .number(toml.int.map(String.init) ?? "0")
        case .double: return .number(toml.double.map { String($0) } ?? "0")
        case .bool: return .bool(toml.bool ?? false)
        case .date:
            guard let date = toml.date else { return .null }
            return .date(ForeignDate(year: date.year, month: date.month, day: date.day))
        case .dateTime:
            guard let stamp = toml.dateTime else { return .null }
            return .date(ForeignDate(year: stamp.date.year, month: stamp.date.month, day: stamp.date.day, hour: stamp.time.hour,
                                     minute: stamp.time.minute, second: stamp.time.second, hasTime: true, offset: stamp.offset.map { $0.offset * 60 }))
        case .time:
            return .text(toml.time.map { "\($0.hour):\($0.minute):\($0.second)" } ?? "")
        }
    }
}

/// Hugo's JSON front matter: an object at the very start of the file.
enum JSONFormat {
    static func frontMatter(_ text: String) -> Result<ForeignFrontMatter, ForeignFormatError> {
        guard let end = objectEnd(in: text) else { return .failure(ForeignFormatError(line: 1, message: "JSON front matter is never closed")) }
        let json = text[...end]
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)), let dictionary = object as? [String: Any] else {
            return .failure(ForeignFormatError(line: 1, message: "invalid JSON front matter"))
        }
        var body = text[text.index(after: end)...]
        if body.hasPrefix("\n") { body = body.dropFirst() }
        let bodyLine = json.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 2
        return .success(ForeignFrontMatter(fields: dictionary.keys.sorted().map { ForeignField(key: $0, value: value(dictionary[$0] as Any)) },
                                           body: body, bodyLine: bodyLine))
    }

    /// The index of the `}` that closes the object opening the text (strings skipped).
    private static func objectEnd(in text: String) -> String.Index? {
        var depth = 0, inString = false, escaped = false
        for index in text.indices {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" { inString = true
            } else if character == "{" { depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static func value(_ any: Any) -> ForeignValue {
        switch any {
        case let text as String: return .text(text)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
            return .number(number.stringValue)
        case let list as [Any]: return .list(list.map(value))
        case let object as [String: Any]: return .table(object.keys.sorted().map { ForeignField(key: $0, value: value(object[$0] as Any)) })
        default: return .null
        }
    }
}
