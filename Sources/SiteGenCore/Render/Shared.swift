import Mustache

/// A template context held by reference.
///
/// swift-mustache hands every value it looks up around as `Any`. A struct wider than three
/// words is copied into a fresh heap box each time (`{{post.title}}` copied the whole post:
/// every string retained, a box allocated and freed); a class is passed with one retain.
/// Pieces that many lookups or many pages touch (the site, a page's metadata, a post, list
/// entries, tag and menu links) are therefore `Shared`. Equality and hashing are the
/// value's, so the rebuild cache still compares contents; `context.site.title` still reads
/// through to the value.
@dynamicMemberLookup
public final class Shared<Value: Hashable & Sendable & MustacheParent>: Hashable, Sendable, MustacheParent {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    public subscript<T>(dynamicMember keyPath: KeyPath<Value, T>) -> T { value[keyPath: keyPath] }

    public static func == (lhs: Shared, rhs: Shared) -> Bool { lhs === rhs || lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }

    public func child(named name: String) -> Any? { value.child(named: name) }
}

/// Lets tests walk through `Shared` to the value inside.
protocol SharedContext {
    var sharedValue: Any { get }
}

extension Shared: SharedContext {
    var sharedValue: Any { value }
}
