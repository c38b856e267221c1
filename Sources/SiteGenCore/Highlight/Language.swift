/// A language the highlighter knows: its canonical name, the label shown on a block, and
/// its lexer.
struct Language: Sendable {
    /// The canonical name (`kotlin`), used in the block's `language-…` class.
    let name: String
    /// The label shown on the block (`Kotlin`).
    let label: String
    /// How its code is cut into tokens.
    let lexer: Lexer

    /// The kinds of lexer: one engine for programming languages, one small lexer per data,
    /// markup or line-oriented format.
    enum Lexer: Sendable {
        case code(CodeRules)
        case yaml, json, toml, shell, console, dockerfile, http, properties, diff, markdown, text
        case markup(isHTML: Bool)
    }

    /// Cuts the scanner's text into tokens.
    func lex(_ scanner: inout Scanner) {
        switch lexer {
        case .code(let rules): CodeLexer(rules: rules).lex(&scanner)
        case .yaml: YAMLLexer().lex(&scanner)
        case .json: JSONLexer().lex(&scanner)
        case .toml: TOMLLexer().lex(&scanner)
        case .shell: ShellLexer().lex(&scanner)
        case .console: ConsoleLexer().lex(&scanner)
        case .dockerfile: DockerfileLexer().lex(&scanner)
        case .http: HTTPLexer().lex(&scanner)
        case .properties: PropertiesLexer().lex(&scanner)
        case .diff: DiffLexer().lex(&scanner)
        case .markdown: MarkdownLexer().lex(&scanner)
        case .markup: MarkupLexer(isHTML: isHTMLMarkup).lex(&scanner)
        case .text: break
        }
    }

    private var isHTMLMarkup: Bool {
        if case .markup(let isHTML) = lexer { return isHTML }
        return false
    }

    /// The tokens of `code` in this language.
    func tokens(of code: String) -> [Token] {
        var scanner = Scanner(Array(code.utf8))
        lex(&scanner)
        return scanner.tokens
    }
}
