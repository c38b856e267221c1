/// Groovy and Gradle build scripts: `def`, `name:` map keys, method declarations. GStrings
/// are coloured whole, as Pygments does (their `${ }` is not picked out).
extension CodeRules {
    static let groovy = CodeRules(
        keywords: WordSet("""
        as assert break case catch class const continue default do else enum extends final finally
        for goto if implements import in instanceof interface new package private protected public
        return static super switch this throw throws trait try while abstract native synchronized
        transient volatile strictfp
        """),
        types: WordSet("def var boolean byte char double float int long short void"),
        constants: WordSet("true false null"),
        functionIntroducers: WordSet("def"),
        typeIntroducers: WordSet("class interface enum trait"),
        importWords: WordSet("package import"),
        controlWords: WordSet("assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while in as"),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        docComments: true,
        strings: [
            StringForm("\"\"\"", multiline: true),
            StringForm("'''", multiline: true),
            StringForm("\""),
            StringForm("'"),
        ],
        annotations: true,
        identifierExtras: [36],
        memberKind: .variable,
        typedDeclarations: true,
        labels: true
    )
}
