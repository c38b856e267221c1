/// Go: raw strings in backticks, runes, built-in types and functions.
extension CodeRules {
    static let go = CodeRules(
        keywords: WordSet("""
        break case chan const continue default defer else fallthrough for func go goto if import
        interface map package range return select struct switch type var
        """),
        types: WordSet("""
        bool byte complex128 complex64 error float32 float64 int int16 int32 int64 int8 rune
        string uint uint16 uint32 uint64 uint8 uintptr any
        """),
        constants: WordSet("true false nil iota"),
        builtins: WordSet("append cap close complex copy delete imag len make new panic print println real recover min max clear"),
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        strings: [
            StringForm(open: "`", close: "`"),
            StringForm("\""),
            StringForm("'"),
        ]
    )
}
