/// `Page.body` is a slice of its file's text; in the build cache it is kept as a string of its
/// own (decoded, it is a slice of that string, equal in value).
extension Substring: @retroactive Codable {
    public init(from decoder: Decoder) throws {
        self = Substring(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(self))
    }
}
