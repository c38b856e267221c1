/// Java: text blocks, annotations with arguments, method declarations (`Type name(`).
extension CodeRules {
    static let java = CodeRules(
        keywords: WordSet("""
        assert break case catch continue default do else finally for if goto instanceof new return
        switch this throw try while abstract const enum exports extends final implements native
        non-sealed open opens permits private protected provides public requires sealed static
        strictfp super synchronized throws to transient transitive uses volatile with yield
        package import class interface record module var
        """),
        types: WordSet("boolean byte char double float int long short void"),
        constants: WordSet("true false null"),
        typeIntroducers: WordSet("class interface record enum"),
        importWords: WordSet("package import"),
        controlWords: WordSet("""
        assert break case catch continue default do else finally for if goto instanceof new return
        switch this throw try while
        """),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        docComments: true,
        strings: [
            StringForm("\"\"\"", multiline: true),
            StringForm("\""),
            StringForm("'"),
        ],
        annotations: true,
        identifierExtras: [36],
        memberKind: .variable,
        typedDeclarations: true,
        operators: Array("+-*/%=<>!&|^~?:[]".utf8)
    )
}
