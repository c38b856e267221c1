import Foundation
import Mustache

/// The compiled Mustache templates of `templates/`, each compiled once per build.
/// A template is named by its path below `templates/` without `.mustache`
/// (`post`, `partials/head`), which is also its partial name.
public struct TemplateSet: Sendable {
    /// Templates every site needs, one per page kind.
    public static let required = ["home", "post", "page", "list", "tags", "tag", "404"]

    let library: MustacheLibrary
    let names: Set<String>
    /// The template files, so each render worker can compile its own copy (`copy()`).
    let files: [SourceFile]
    /// For each template, the digest of its text and of every template it can include
    /// (`TemplateClosure`): what a page rendered with it depends on besides its context.
    let closureDigests: [String: String]
    /// Each worker's copy, compiled on its first use and kept for the rest of the build.
    private let copies = WorkerCopies()

    /// Prepended to every template: switches escaping to `FastHTMLEscaping`, which writes the
    /// same entities as swift-mustache's default but returns clean strings untouched (the
    /// default rebuilds every string character by character; it was 14% of a build).
    static let pragma = "{{%CONTENT_TYPE:SITEGEN_HTML}}"

    /// Compiles every template; syntax errors and unknown partials become diagnostics.
    public static func compile(_ files: [SourceFile]) -> (TemplateSet, [Diagnostic]) {
        FastHTMLEscaping.register()
        var library = MustacheLibrary()
        var names: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let name = templateName(of: file.sourcePath)
            do {
                library.register(try MustacheTemplate(string: pragma + file.text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber + 1 - (line == 1 ? pragma.count : 0)
                diagnostics.append(.error(file.sourcePath, line: line, column: max(1, column), message(for: error.error)))
            } catch {
                diagnostics.append(.error(file.sourcePath, "template error: \(error)"))
            }
        }
        for name in required where !names.contains(name) && !files.contains(where: { templateName(of: $0.sourcePath) == name }) {
            diagnostics.append(.error("templates/\(name).mustache", "missing template; every site needs \(required.map { "\($0).mustache" }.joined(separator: ", "))"))
        }
        for file in files {
            diagnostics += PartialReferences.unknown(in: file, known: Set(files.map { templateName(of: $0.sourcePath) }))
        }
        return (TemplateSet(library: library, names: names, files: files, closureDigests: TemplateClosure.digests(of: files)), diagnostics)
    }

    /// The same templates compiled anew: no object of the copy is shared with `self`, so
    /// workers rendering with their own copies never contend on the templates' reference
    /// counts (every render retains and releases each token it walks).
    /// Worker `worker`'s own copy (see `copy()`); the list items and the pages share it.
    func copy(for worker: Int) -> TemplateSet {
        if let existing = copies.get(worker) { return existing }
        let fresh = copy()
        copies.set(worker, fresh)
        return fresh
    }

    func copy() -> TemplateSet {
        var library = MustacheLibrary()
        for file in files {
            guard let template = try? MustacheTemplate(string: Self.pragma + file.text) else { continue }
            library.register(template, named: Self.templateName(of: file.sourcePath))
        }
        return TemplateSet(library: library, names: names, files: files, closureDigests: closureDigests)
    }

    /// The digest of template `name` and everything it includes.
    func closureDigest(of name: String) -> String { closureDigests[name] ?? "missing \(name)" }

    /// Whether a template with this name exists.
    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Renders a context with the named template.
    func render(_ context: Any, with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    static func templateName(of sourcePath: String) -> String {
        var name = Substring(sourcePath)
        if name.hasPrefix("templates/") { name = name.dropFirst("templates/".count) }
        if name.hasSuffix(".mustache") { name = name.dropLast(".mustache".count) }
        return String(name)
    }

    private static func message(for error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "template syntax error: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section close name incorrect; close each {{#name}} with {{/name}}"
        case .unfinishedName: return "unfinished tag; close it with }}"
        case .expectedSectionEnd: return "section is never closed; add {{/name}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} overrides are allowed inside {{<parent}}"
        case .textInsideInheritSection: return "text is not allowed directly inside {{<parent}}; put it in a {{$block}}"
        case .invalidConfigVariableSyntax: return "invalid config variable"
        case .unrecognisedConfigVariable: return "unrecognised config variable"
        @unknown default: return "template syntax error: \(error)"
        }
    }
}

/// Per-worker template copies of one `TemplateSet`.
private final class WorkerCopies: @unchecked Sendable {
    private let lock = NSLock()
    private var copies: [Int: TemplateSet] = [:]

    func get(_ worker: Int) -> TemplateSet? { lock.withLock { copies[worker] } }
    func set(_ worker: Int, _ copy: TemplateSet) { lock.withLock { copies[worker] = copy } }
}

/// Finds `{{> name}}` and `{{< name}}` tags that name no template.
enum PartialReferences {
    static func unknown(in file: SourceFile, known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (lineIndex, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...].drop(while: { $0 == " " })
                guard let sigil = afterOpen.first, sigil == ">" || sigil == "<",
                      let close = afterOpen.range(of: "}}") else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*"), !known.contains(name) {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    diagnostics.append(.error(file.sourcePath, line: lineIndex + 1, column: column,
                                              "unknown partial \"\(name)\"; no templates/\(name).mustache"))
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return diagnostics
    }
}

/// HTML escaping for `{{name}}`: `& < > " '` as swift-mustache writes them, without copying
/// strings that need none. Registered once under the name the template pragma uses.
struct FastHTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }

    private static let registration: Void = MustacheContentTypes.register(FastHTMLEscaping(), named: "SITEGEN_HTML")

    /// Idempotent and thread-safe (a `static let` runs its initializer once).
    static func register() { _ = registration }
}
