/// Kotlin (also Gradle's Kotlin DSL): string templates, raw strings, nested comments,
/// annotations and labels, `fun`/`class`/`val` declarations.
extension CodeRules {
    static let kotlin = CodeRules(
        keywords: WordSet("""
        as break by catch constructor continue do dynamic else finally get for if init in is out
        reified return set super this throw try typealias typeof vararg when where while
        fun val var class interface object package import
        """),
        types: WordSet("Boolean Byte Char Double Float Int Long Short String Any Unit Nothing"),
        constants: WordSet("true false null"),
        builtins: WordSet("it"),
        modifiers: WordSet("""
        actual abstract annotation companion const crossinline data enum expect external final
        infix inline inner internal lateinit noinline open operator override private protected
        public sealed suspend tailrec value
        """),
        declarationsNeedBlank: true,
        functionIntroducers: WordSet("fun"),
        typeIntroducers: WordSet("class interface object"),
        variableIntroducers: WordSet("val var"),
        importWords: WordSet("package import"),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        nestedComments: true,
        docComments: true,
        strings: [
            StringForm("\"\"\"", multiline: true, interpolation: .dollar).rawText(),
            StringForm("\"", interpolation: .dollar),
            StringForm("'", kind: .string),
        ],
        annotations: true,
        identifierExtras: [],
        memberKind: .variable,
        backtickNames: true,
        operators: Array("+-*/%=<>!&|^~?:[]".utf8)
    )
}
