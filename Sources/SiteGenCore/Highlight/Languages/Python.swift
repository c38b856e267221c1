/// Python: triple-quoted strings and docstrings, string prefixes (`f`, `r`, `b`), f-string
/// fields, decorators, `def`/`class` names, `self`.
extension CodeRules {
    static let python = CodeRules(
        keywords: WordSet("""
        and as assert async await break class continue def del elif else except finally for from
        global if import in is lambda nonlocal not or pass raise return try while with yield
        """),
        constants: WordSet("True False None"),
        builtins: WordSet("""
        self cls print abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod
        compile complex delattr dict dir divmod enumerate eval exec filter float format frozenset
        getattr globals hasattr hash help hex id input int isinstance issubclass iter len list
        locals map max memoryview min next object oct open ord pow property range repr reversed
        round set setattr slice sorted staticmethod str sum super tuple type vars zip
        NotImplemented Ellipsis
        """),
        functionIntroducers: WordSet("def"),
        typeIntroducers: WordSet("class"),
        importWords: WordSet("import from"),
        lineComments: [Array("#".utf8)],
        strings: [
            StringForm("\"\"\"", multiline: true),
            StringForm("'''", multiline: true),
            StringForm("\""),
            StringForm("'"),
        ],
        stringPrefixes: WordSet("f r b u rb br fr rf F R B U Rb bR Br RB Fr fR FR rF Rf RF"),
        annotations: true,
        memberKind: .plain,
        operators: Array("+-*/%=<>!&|^~@".utf8)
    )
}
