/// Checks the career data files in `content/data/` for YAML syntax errors; their
/// typed schema is read by the dashboard.
enum DataValidator {
    static func validate(_ files: [SourceFile]) -> [Diagnostic] {
        files.flatMap { file -> [Diagnostic] in
            var reader = YAMLReader(sourcePath: file.sourcePath)
            _ = reader.compose(file.text)
            return reader.diagnostics
        }
    }
}
