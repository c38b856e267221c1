/// The rules of one programming language for `CodeLexer`: its words, comment, string and
/// number forms, and which names it colours. A language file is one value of this type.
struct CodeRules: Sendable {
    /// Reserved words and modifiers.
    var keywords = WordSet("")
    /// Built-in type names.
    var types = WordSet("")
    /// Literal words: `true`, `false`, `null`.
    var constants = WordSet("")
    /// Built-in functions and values.
    var builtins = WordSet("")
    /// Modifiers that are keywords only in front of another modifier or a declaration word
    /// (Kotlin's `data`, `value`, `open`: plain names elsewhere).
    var modifiers = WordSet("")
    /// Whether `class`, `fun`, `val` are keywords only when a blank follows (Kotlin's `Foo::class`).
    var declarationsNeedBlank = false
    /// Words whose next name is a declared function (`fun`, `def`, `func`).
    var functionIntroducers = WordSet("")
    /// Words whose next name is a declared type (`class`, `interface`, `struct`).
    var typeIntroducers = WordSet("")
    /// Words whose next name is a declared variable (`val`, `var`).
    var variableIntroducers = WordSet("")
    /// Words followed by a dotted module name that stays plain (`package`, `import`).
    var importWords = WordSet("")
    /// Words after which a name followed by `(` is not a declaration (`return`, `new`).
    var controlWords = WordSet("")
    /// Line comment openers (`//`, `#`, `--`).
    var lineComments: [[UInt8]] = []
    /// Block comment delimiters, if the language has them.
    var blockComment: (open: [UInt8], close: [UInt8])?
    /// Whether block comments nest (Kotlin, Swift).
    var nestedComments = false
    /// Whether `/**` and `///` open documentation comments.
    var docComments = false
    /// String forms, longest opener first (`"""` before `"`).
    var strings: [StringForm] = []
    /// Names that may stand right before a quote as a string prefix (Python's `f`, `rb`).
    var stringPrefixes = WordSet("")
    /// Whether `@name` is an annotation (Kotlin, Java) or a decorator (Python).
    var annotations = false
    /// Bytes besides letters and digits that identifiers may hold (`$`).
    var identifierExtras: [UInt8] = []
    /// Whether `/…/flags` after an operator or an opening bracket is a regular expression (JavaScript).
    var regexLiterals = false
    /// The kind of a name right after `.` (`.variable` where Pygments calls it an attribute,
    /// `.plain` where members are never keywords); nil to treat members like other names.
    var memberKind: TokenKind?
    /// The kind of a name directly followed by `(`, when not otherwise known.
    var callKind: TokenKind = .plain
    /// The kind of any other name (Lua colours every name as a variable).
    var plainNames: TokenKind = .plain
    /// Whether `Type name(` (a name after another name and a space) declares a function (Java).
    var typedDeclarations = false
    /// Whether `name:` is a label or map key, coloured with its colon as a constant (Groovy).
    var labels = false
    /// Whether a name after `name:` is a type annotation (TypeScript).
    var annotatedTypes = false
    /// Whether `$0`, `$name` are variables (Swift's closure arguments).
    var dollarVariables = false
    /// Whether `#if`, `#else`, `#endif` lines are compiler directives, coloured as comments.
    var directives = false
    /// Whether `` `any text` `` is a name (Kotlin's test function names).
    var backtickNames = false
    /// Whether capitalised names are types (Swift, Go's exported types are not).
    var capitalizedTypes = false
    /// Operator bytes; any other ASCII symbol is punctuation.
    var operators: [UInt8] = Array("+-*/%=<>!&|^~?:".utf8)
}

/// One way of writing a string literal.
struct StringForm: Sendable {
    /// What opens it (`"`, `"""`, `'`).
    var open: [UInt8]
    /// What closes it.
    var close: [UInt8]
    /// The kind its text is coloured as (strings; quoted identifiers may differ).
    var kind: TokenKind = .string
    /// Whether `\x` escapes the next byte.
    var backslashEscapes = true
    /// Whether a doubled closer is an escaped closer (SQL's `''`).
    var doubledCloser = false
    /// Whether it may span lines; a single-line string ends at the end of its line.
    var multiline = false
    /// Embedded code, if the form has it.
    var interpolation: Interpolation = .none

    /// The embedded-expression syntax of a string form.
    enum Interpolation: Sendable {
        /// None.
        case none
        /// `$name` and `${expression}` (Kotlin, Groovy, shell).
        case dollar
        /// `${expression}` only (JavaScript template literals).
        case dollarBrace
        /// `\(expression)` (Swift).
        case backslashParen
        /// `{expression}` with `{{` as a literal brace (Python's f-strings).
        case brace
    }

    /// A form opened and closed by the same delimiter.
    init(_ delimiter: String, kind: TokenKind = .string, multiline: Bool = false, interpolation: Interpolation = .none) {
        open = Array(delimiter.utf8)
        close = open
        self.kind = kind
        self.multiline = multiline
        self.interpolation = interpolation
    }

    /// The same form without backslash escapes (Kotlin's raw strings keep `\n` as written).
    func rawText() -> StringForm {
        var form = self
        form.backslashEscapes = false
        return form
    }

    /// The same form as SQL writes it: a doubled quote stands for one, backslashes are text,
    /// and it may span lines.
    func sqlQuoted() -> StringForm {
        var form = self
        form.backslashEscapes = false
        form.doubledCloser = true
        form.multiline = true
        return form
    }

    /// A form with distinct opener and closer.
    init(open: String, close: String, multiline: Bool = true, backslashEscapes: Bool = false) {
        self.open = Array(open.utf8)
        self.close = Array(close.utf8)
        self.multiline = multiline
        self.backslashEscapes = backslashEscapes
    }
}
