/// Swift: nested comments, `\( )` interpolation, raw and multi-line strings, attributes.
extension CodeRules {
    static let swift = CodeRules(
        keywords: WordSet("""
        as async await break case catch continue default defer do else fallthrough for guard if in
        is repeat return rethrows switch throw throws try where while associatedtype class deinit
        enum extension func import init inout internal let operator private fileprivate protocol
        public open static struct subscript typealias var actor nonisolated isolated convenience
        dynamic final indirect lazy mutating nonmutating optional override required unowned weak
        some get set willSet didSet Type
        """),
        constants: WordSet("true false nil self Self super _"),
        builtins: WordSet("""
        String Int Int8 Int16 Int32 Int64 UInt UInt8 UInt16 UInt32 UInt64 Double Float Bool
        Character Array Dictionary Set Optional Result Error Void Never Any AnyObject Equatable
        Hashable Comparable Codable Decodable Encodable Sendable Sequence Collection Substring
        print debugPrint assert precondition fatalError min max abs zip stride repeatElement
        dump map filter reduce count sorted contains first last forEach compactMap flatMap
        """),
        functionIntroducers: WordSet("func"),
        typeIntroducers: WordSet("class struct enum protocol extension actor"),
        variableIntroducers: WordSet("let var"),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        nestedComments: true,
        docComments: true,
        strings: [
            StringForm("\"\"\"", multiline: true, interpolation: .backslashParen),
            StringForm(open: "#\"", close: "\"#", multiline: false),
            StringForm("\"", interpolation: .backslashParen),
        ],
        annotations: true,
        identifierExtras: [36],
        dollarVariables: true,
        directives: true
    )
}
