import Foundation

/// Which templates a page rendered with one template can use: the template, the partials and
/// parents (`{{>name}}`, `{{<name}}`) it names, and theirs in turn. A template that changes
/// its delimiters (`{{=<% %>=}}`) or names a partial dynamically (`{{>*name}}`) could include
/// any template, so its closure is every template.
enum TemplateClosure {
    /// For each template name, a digest of the texts of its closure.
    static func digests(of files: [SourceFile]) -> [String: String] {
        let texts = Dictionary(files.map { (TemplateSet.templateName(of: $0.sourcePath), $0.text) }, uniquingKeysWith: { first, _ in first })
        let references = texts.mapValues(Self.references)
        let everything = Set(texts.keys)
        var digests: [String: String] = [:]
        for name in texts.keys {
            var closure = Set<String>(), pending = [name]
            while let next = pending.popLast() {
                guard closure.insert(next).inserted else { continue }
                guard let named = references[next] else { continue }
                guard let named else { closure = everything; break }
                pending += named
            }
            var digest = Digest()
            digest.add(TemplateSet.pragma)
            for member in closure.sorted() {
                digest.add(member)
                digest.add(texts[member] ?? "(missing)")
            }
            digests[name] = digest.hex
        }
        return digests
    }

    /// Names a template includes, or nil when it could include any template.
    static func references(in text: String) -> [String]? {
        if text.contains("{{=") { return nil }
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...].drop(while: { $0 == " " })
            guard let sigil = afterOpen.first, sigil == ">" || sigil == "<", let close = afterOpen.range(of: "}}") else {
                rest = rest[open.upperBound...]
                continue
            }
            let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("*") { return nil }
            names.append(name)
            rest = afterOpen[close.upperBound...]
        }
        return names
    }
}
