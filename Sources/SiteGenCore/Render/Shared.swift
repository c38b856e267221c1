import Mustache

/// A template context held by reference.
///
/// swift-mustache hands every value it looks up around as `Any`. A struct wider than three
/// words is copied into a fresh heap box each time (`{{post.title}}` copied the whole post:
/// every string retained, a box allocated and freed). Pieces that many lookups or many pages
/// touch (the site, a page's metadata, a post, list entries, tag and menu links) are
/// therefore `Shared`: a one-word struct around a class, so it fits in `Any` without a box
/// and is passed with one retain. It is a struct, not the class itself, because the runtime
/// answers `as? SomeProtocol` for a struct in about 60% of the time it takes for a class,
/// and swift-mustache asks several such questions of every value it looks at. Equality and
/// hashing are the value's, so the rebuild cache still compares contents; `context.site.title`
/// reads through to the value.
///
/// A shared value is digested once, when it is made: a page's input digest (`DigestEncoder`)
/// takes that digest instead of walking the value again, so a list page that shows a thousand
/// post summaries digests a thousand short strings, not a thousand summaries.
@dynamicMemberLookup
public struct Shared<Value: Hashable & Sendable & MustacheParent & Encodable>: Hashable, Sendable, MustacheParent, Encodable {
    private final class Storage: Sendable {
        let value: Value
        let digest: String
        init(_ value: Value, digest: String? = nil) {
            self.value = value
            self.digest = digest ?? DigestEncoder.digest(of: value).hex
        }
    }

    private let storage: Storage

    public init(_ value: Value) { storage = Storage(value) }

    /// A value that a pure function made from `inputs` alone (the code is the binary's, and
    /// the build cache is the binary's too): digested as those inputs instead of walking the
    /// value. For values that cost far more to digest than what they are made of — a table
    /// of contents (entries and markup) from a page's headings.
    init(_ value: Value, madeFrom inputs: Digest) { storage = Storage(value, digest: inputs.hex) }

    /// Digests as the value's digest; encodes as the value otherwise.
    public func encode(to encoder: Encoder) throws {
        if DigestEncoder.isDigesting(encoder) {
            var container = encoder.singleValueContainer()
            try container.encode(storage.digest)
        } else {
            try storage.value.encode(to: encoder)
        }
    }

    public var value: Value { storage.value }

    public subscript<T>(dynamicMember keyPath: KeyPath<Value, T>) -> T { storage.value[keyPath: keyPath] }

    public static func == (lhs: Shared, rhs: Shared) -> Bool { lhs.storage === rhs.storage || lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { storage.value.hash(into: &hasher) }

    public func child(named name: String) -> Any? { storage.value.child(named: name) }
}

/// Lets tests walk through `Shared` to the value inside.
protocol SharedContext {
    var sharedValue: Any { get }
}

extension Shared: SharedContext {
    var sharedValue: Any { value }
}
