@testable import SiteGenCore

/// The tokens of `code` as "class:text", plain text left out: what a reader sees coloured.
func marks(_ code: String, _ language: String) -> [String] {
    let bytes = Array(code.utf8)
    return (CodeBlockRenderer.tokens(code: code, language: language) ?? []).map {
        "\($0.kind.cssClass):\(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))"
    }
}

/// Only the marks of one class.
func marks(_ code: String, _ language: String, _ cssClass: String) -> [String] {
    marks(code, language).filter { $0.hasPrefix(cssClass + ":") }.map { String($0.dropFirst(cssClass.count + 1)) }
}

/// The inside of `<code>` for a block.
func codeHTML(_ code: String, info: String) -> String {
    let html = CodeBlockRenderer.render(code: code, info: info).html
    guard let open = html.range(of: "\">", range: html.range(of: "<code")!.upperBound..<html.endIndex),
          let close = html.range(of: "</code>") else { return html }
    return String(html[open.upperBound..<close.lowerBound])
}
