/// Hugo's TOML front matter (`+++`), read natively: the file's front matter is rewritten as
/// the YAML sitegen reads (with the import's TOML reader and front matter writer), each field on
/// the line it had where it fits, so diagnostics and the body keep their line numbers. Pure.
enum TOMLFrontMatter {
    /// `text` with its TOML front matter as YAML; an error when the TOML cannot be read.
    static func asYAML(_ text: String, sourcePath: String) -> Result<String, Diagnostic> {
        switch TOMLFormat.frontMatter(LineEndings.normalize(text)) {
        case .failure(let error):
            return .failure(.error(sourcePath, line: error.line, column: 1, "front matter in TOML ('+++') cannot be read: \(error.message)"))
        case .success(let matter):
            let toml = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(max(0, matter.bodyLine - 1)).map { $0.trimmingCharacters(in: .whitespaces) }
            let placed = matter.fields.map { field in (field, line(of: field.key, in: toml) ?? field.line) }
            var lines = ["---"]
            for (field, line) in placed.sorted(by: { $0.1 < $1.1 }) {
                while lines.count < line - 1 { lines.append("") }
                var writer = FrontMatterWriter()
                writer.value(field.key, field.value)
                lines += writer.lines
            }
            while lines.count < matter.bodyLine - 2 { lines.append("") }
            return .success((lines + ["---"]).joined(separator: "\n") + "\n" + matter.body)
        }
    }

    /// The file line of `key = …` or of its table, `[key]` or `[key.…]` (trimmed lines, from line 1).
    private static func line(of key: String, in lines: [String]) -> Int? {
        lines.firstIndex { line in
            line == "[\(key)]" || line.hasPrefix("[\(key).") || line == "[[\(key)]]"
                || (line.hasPrefix(key) && line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }.hasPrefix("="))
        }.map { $0 + 1 }
    }
}
