/// Every language the highlighter knows, by the names and aliases info strings use.
extension Language {
    /// The language an info string's tag names (case-insensitive), or nil when unknown.
    /// The empty tag is plain text.
    static func named(_ tag: String) -> Language? {
        switch tag.lowercased() {
        case "kotlin", "kt", "kts", "gradle.kts": Language(name: "kotlin", label: "Kotlin", lexer: .code(.kotlin))
        case "java": Language(name: "java", label: "Java", lexer: .code(.java))
        case "swift": Language(name: "swift", label: "Swift", lexer: .code(.swift))
        case "go", "golang": Language(name: "go", label: "Go", lexer: .code(.go))
        case "python", "py", "python3", "py3": Language(name: "python", label: "Python", lexer: .code(.python))
        case "javascript", "js", "mjs", "cjs", "jsx", "node": Language(name: "javascript", label: "JavaScript", lexer: .code(.javaScript))
        case "typescript", "ts", "tsx", "mts": Language(name: "typescript", label: "TypeScript", lexer: .code(.typeScript))
        case "sql", "mysql", "postgresql", "postgres", "pgsql", "plpgsql", "mariadb", "sqlite":
            Language(name: "sql", label: "SQL", lexer: .code(.sql))
        case "groovy", "gradle": Language(name: "groovy", label: tag.lowercased() == "gradle" ? "Gradle" : "Groovy", lexer: .code(.groovy))
        case "lua": Language(name: "lua", label: "Lua", lexer: .code(.lua))
        case "yaml", "yml": Language(name: "yaml", label: "YAML", lexer: .yaml)
        case "json", "jsonc", "json5", "geojson": Language(name: "json", label: "JSON", lexer: .json)
        case "toml": Language(name: "toml", label: "TOML", lexer: .toml)
        case "bash", "sh", "shell", "zsh", "ksh", "shellscript": Language(name: "bash", label: "Bash", lexer: .shell)
        case "console", "shell-session", "shellsession", "sh-session", "terminal", "shellconsole", "bash-session":
            Language(name: "console", label: "Console", lexer: .console)
        case "dockerfile", "docker", "containerfile": Language(name: "dockerfile", label: "Dockerfile", lexer: .dockerfile)
        case "http", "https": Language(name: "http", label: "HTTP", lexer: .http)
        case "xml", "svg", "xsd", "xsl", "pom", "plist": Language(name: "xml", label: "XML", lexer: .markup(isHTML: false))
        case "html", "htm", "xhtml": Language(name: "html", label: "HTML", lexer: .markup(isHTML: true))
        case "properties", "ini", "cfg", "conf", "dosini", "editorconfig", "env", "dotenv":
            Language(name: "properties", label: tag.lowercased() == "ini" ? "INI" : "Properties", lexer: .properties)
        case "diff", "patch", "udiff": Language(name: "diff", label: "Diff", lexer: .diff)
        case "markdown", "md": Language(name: "markdown", label: "Markdown", lexer: .markdown)
        case "", "text", "txt", "plain", "plaintext", "none", "output", "log": Language(name: "text", label: "Text", lexer: .text)
        default: nil
        }
    }
}
