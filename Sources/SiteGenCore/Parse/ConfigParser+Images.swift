import Foundation
import Yams

extension ConfigParser {
    /// Fields of `images:` in site.yaml.
    static let imageFields: Set<String> = ["widths", "sizes", "formats", "quality", "maxPixels", "socialWidth"]

    /// Reads `images:`; every field is optional and checked.
    static func readImages(_ value: Node, into settings: inout ImageSettings, reader: inout YAMLReader) {
        guard let fields = reader.fields(value, what: "'images'", known: imageFields) else { return }
        if let node = fields["widths"] { settings.widths = widths(node, reader: &reader) ?? settings.widths }
        if let node = fields["sizes"], let text = reader.text(node, key: "images.sizes") {
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.contains("\"") {
                reader.error(at: node, "'images.sizes' must be a sizes attribute like \"(min-width: 44rem) 42rem, 100vw\", found \"\(text)\"")
            } else {
                settings.sizes = text
            }
        }
        if let node = fields["formats"] { settings.formats = formats(node, reader: &reader) ?? settings.formats }
        if let node = fields["quality"] { readQuality(node, into: &settings, reader: &reader) }
        if let node = fields["maxPixels"] { settings.maxPixels = reader.int(node, key: "images.maxPixels", in: 1...1_000_000_000) ?? settings.maxPixels }
        if let node = fields["socialWidth"] { settings.socialWidth = reader.int(node, key: "images.socialWidth", in: 200...4000) ?? settings.socialWidth }
    }

    /// A non-empty list of widths from 16 to 8192 pixels, sorted, duplicates dropped.
    private static func widths(_ node: Node, reader: inout YAMLReader) -> [Int]? {
        let items = reader.list(node, key: "images.widths")
        guard !items.isEmpty else {
            if node.sequence != nil { reader.error(at: node, "'images.widths' must list at least one width, like [480, 960, 1440]") }
            return nil
        }
        let widths = items.compactMap { reader.int($0, key: "images.widths[]", in: 16...8192) }
        return widths.count == items.count ? Array(Set(widths)).sorted() : nil
    }

    /// `avif` and/or `webp`, in order of preference; an empty list makes no modern formats.
    private static func formats(_ node: Node, reader: inout YAMLReader) -> [ImageFormat]? {
        guard node.sequence != nil else {
            reader.error(at: node, "'images.formats' must be a list like [avif, webp], found \(node.quoted)")
            return nil
        }
        var formats: [ImageFormat] = []
        for item in reader.list(node, key: "images.formats") {
            guard let name = reader.text(item, key: "images.formats[]") else { return nil }
            guard let format = ImageFormat(rawValue: name.lowercased()), format == .avif || format == .webp else {
                reader.error(at: item, "unknown image format \"\(name)\" in 'images.formats' (known: avif, webp)")
                return nil
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    private static func readQuality(_ node: Node, into settings: inout ImageSettings, reader: inout YAMLReader) {
        guard let fields = reader.fields(node, what: "'images.quality'", known: ["avif", "webp", "jpeg"]) else { return }
        if let value = fields["avif"] { settings.avifQuality = reader.int(value, key: "images.quality.avif", in: 1...100) ?? settings.avifQuality }
        if let value = fields["webp"] { settings.webpQuality = reader.int(value, key: "images.quality.webp", in: 1...100) ?? settings.webpQuality }
        if let value = fields["jpeg"] { settings.jpegQuality = reader.int(value, key: "images.quality.jpeg", in: 1...100) ?? settings.jpegQuality }
    }
}
