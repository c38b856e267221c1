/// Lua (Redis scripts): `--` and `--[[ ]]` comments, long strings, names as variables.
extension CodeRules {
    static let lua = CodeRules(
        keywords: WordSet("and break do else elseif end for function goto if in local not or repeat return then until while"),
        constants: WordSet("true false nil"),
        builtins: WordSet("""
        assert error ipairs next pairs pcall print select tonumber tostring type unpack rawget
        rawset setmetatable getmetatable require string table math os io coroutine
        """),
        functionIntroducers: WordSet("function"),
        lineComments: [Array("--".utf8)],
        blockComment: (Array("--[[".utf8), Array("]]".utf8)),
        strings: [
            StringForm(open: "[[", close: "]]"),
            StringForm("\""),
            StringForm("'"),
        ],
        callKind: .function,
        plainNames: .variable
    )
}
