/// JavaScript and TypeScript: template literals with `${ }`, regular expression literals,
/// `$` in names; TypeScript adds its type words.
extension CodeRules {
    private static let scriptKeywords = """
    break case catch continue debugger default delete do else finally for if in instanceof new
    return switch this throw try typeof void while with yield await async of import export from
    as class const extends function let var static super constructor abstract byte char
    double enum final float goto implements int interface long native package private protected
    public short synchronized throws transient volatile
    """

    static let javaScript = CodeRules(
        keywords: WordSet(scriptKeywords + " boolean"),
        constants: WordSet("true false null undefined NaN Infinity"),
        builtins: WordSet("""
        Array Boolean Date BigInt Function Math ArrayBuffer Number Object RegExp String Promise
        Proxy decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN
        parseFloat parseInt DataView document window globalThis global arguments Symbol Intl
        WeakSet WeakMap Set Map Reflect JSON Atomics
        """),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        docComments: true,
        strings: scriptStrings,
        identifierExtras: [36],
        regexLiterals: true
    )

    static let typeScript: CodeRules = {
        var rules = javaScript
        rules.keywords = WordSet(scriptKeywords + """
         type declare readonly override
        """)
        rules.types = WordSet("string number boolean")
        rules.annotations = true
        rules.annotatedTypes = true
        return rules
    }()

    private static let scriptStrings = [
        StringForm("`", multiline: true, interpolation: .dollarBrace),
        StringForm("\""),
        StringForm("'"),
    ]
}
