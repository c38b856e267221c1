import Mustache

/// A text field as the templates see it. swift-mustache renders a plain `String` through
/// `String(describing:)` after failing three protocol casts, and looks names up in it with a
/// `Mirror` when it is a section's object; a `MustacheCustomRenderable` it renders directly, and
/// a `MustacheParent` it asks. Same output, fewer runtime casts per variable (the casts were a
/// third of render time). Transforms (`empty(x)`, `uppercased(x)`) are the string's own.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, CustomStringConvertible {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// What a context's `child(named:)` hands to the template engine for a field: text wrapped in
/// `TemplateText`, anything else as it is (a nil optional stays nil, as templates expect).
@inline(__always) func templateValue(_ value: String) -> Any? { TemplateText(text: value) }
@inline(__always) func templateValue(_ value: String?) -> Any? { value.map { TemplateText(text: $0) } }
@inline(__always) func templateValue(_ value: BodyHTML) -> Any? { TemplateText(text: value.html.string) }
@inline(__always) func templateValue<T>(_ value: T) -> Any? { value }
@inline(__always) func templateValue<T>(_ value: T?) -> Any? { value }
