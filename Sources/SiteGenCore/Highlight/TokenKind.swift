/// What a piece of code is, as far as colouring goes: the whole class set of the highlighter.
///
/// Each kind is one short CSS class inside a highlighted block (`pre.hl`), themed in
/// `templates/assets/style.css`. Plain text (identifiers, spaces) gets no span at all.
public enum TokenKind: UInt8, Sendable, CaseIterable {
    /// Identifiers and anything else without a colour: written without a span.
    case plain
    /// Reserved words and modifiers (`fun`, `val`, `SELECT`, `if`). Class `k`.
    case keyword
    /// Type names: built-in types and declared classes (`Int`, `VARCHAR`, `class Foo`). Class `t`.
    case type
    /// String and character literals, including their quotes. Class `s`.
    case string
    /// Escapes and interpolation delimiters inside strings (`\n`, `${`, `}`, `$`). Class `se`.
    case stringEscape
    /// Numeric literals. Class `m`.
    case number
    /// Comments. Class `c`.
    case comment
    /// Documentation comments (`/** … */`, `///`). Class `cd`.
    case docComment
    /// Annotations, attributes and decorators (`@Transactional`, `@Test`, `#[derive]`). Class `a`.
    case annotation
    /// Function and method names where they are declared or called. Class `f`.
    case function
    /// Operators (`=`, `->`, `?:`, `&&`). Class `o`.
    case `operator`
    /// Punctuation (`(`, `{`, `,`, `.`). Class `p`.
    case punctuation
    /// Constants and literal words (`true`, `null`, `NULL`, YAML anchors). Class `l`.
    case constant
    /// Properties, members and variables (`.name`, `$HOME`, `val x`). Class `v`.
    case variable
    /// Markup tag names and Markdown headings (`<div>`, `# Title`). Class `tg`.
    case tag
    /// Markup attribute names (`class=`). Class `at`.
    case attribute
    /// Keys of YAML, JSON, TOML and properties files, HTTP header names. Class `y`.
    case key
    /// Built-in functions and values (`println`, `echo`, `it`, `self`). Class `b`.
    case builtin
    /// The prompt of a console session (`$ `). Class `gp`.
    case prompt
    /// The output of a console session. Class `go`.
    case output
    /// Lines a diff adds. Class `gi`.
    case inserted
    /// Lines a diff removes. Class `gd`.
    case deleted
    /// Diff headers and hunk markers, Markdown emphasis and section markers. Class `gh`.
    case heading

    /// The CSS class written for this kind ("" for plain text, which gets no span).
    public var cssClass: String {
        switch self {
        case .plain: ""
        case .keyword: "k"
        case .type: "t"
        case .string: "s"
        case .stringEscape: "se"
        case .number: "m"
        case .comment: "c"
        case .docComment: "cd"
        case .annotation: "a"
        case .function: "f"
        case .operator: "o"
        case .punctuation: "p"
        case .constant: "l"
        case .variable: "v"
        case .tag: "tg"
        case .attribute: "at"
        case .key: "y"
        case .builtin: "b"
        case .prompt: "gp"
        case .output: "go"
        case .inserted: "gi"
        case .deleted: "gd"
        case .heading: "gh"
        }
    }
}

/// One coloured run of a code block: a kind and a range of UTF-8 byte offsets.
public struct Token: Sendable, Equatable {
    /// What the run is.
    public var kind: TokenKind
    /// Offset of the run's first byte.
    public var start: Int
    /// Offset just past the run's last byte.
    public var end: Int
}
