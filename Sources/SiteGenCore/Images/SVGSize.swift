import Foundation

/// The size an SVG declares on its root element: `width` and `height` in pixels (unitless or
/// `px`), else the `viewBox`'s. SVGs are published as they are; only their size is read, for
/// the `<img>`'s `width` and `height`.
enum SVGSize {
    /// Width and height (rounded), nil when the root `<svg>` declares neither usable pixels nor
    /// a viewBox, or the text has no `<svg` element.
    static func read(_ text: String) -> (width: Int, height: Int)? {
        guard let tag = rootTag(of: text) else { return nil }
        let width = attribute("width", in: tag).flatMap(pixels), height = attribute("height", in: tag).flatMap(pixels)
        let box = attribute("viewBox", in: tag).map(viewBox) ?? nil
        switch (width, height, box) {
        case let (width?, height?, _): return rounded(width, height)
        case let (width?, nil, box?) where box.width > 0: return rounded(width, width * box.height / box.width)
        case let (nil, height?, box?) where box.height > 0: return rounded(height * box.width / box.height, height)
        case let (nil, nil, box?): return rounded(box.width, box.height)
        default: return nil
        }
    }

    /// The text of the first `<svg …>` start tag, without `<svg` and `>`.
    static func rootTag(of text: String) -> Substring? {
        var rest = text[...]
        while let open = rest.range(of: "<svg") {
            let after = rest[open.upperBound...]
            if let next = after.first, !(next.isWhitespace || next == ">" || next == "/") {
                rest = after
                continue
            }
            guard let close = after.firstIndex(of: ">") else { return nil }
            return after[..<close]
        }
        return nil
    }

    /// The value of `name="…"` or `name='…'` in a start tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag
        while let found = rest.range(of: name) {
            let before = rest[..<found.lowerBound].last
            var after = rest[found.upperBound...].drop(while: { $0 == " " })
            rest = rest[found.upperBound...]
            guard before?.isWhitespace ?? false, after.first == "=" else { continue }
            after = after.dropFirst().drop(while: { $0 == " " })
            guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
            let value = after.dropFirst()
            guard let end = value.firstIndex(of: quote) else { return nil }
            return String(value[..<end])
        }
        return nil
    }

    /// `800`, `800px`, `800.5` → a positive number of pixels; nil for `%`, `em` and the like.
    private static func pixels(_ value: String) -> Double? {
        var text = value.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("px") { text.removeLast(2) }
        guard let number = Double(text), number > 0, number.isFinite else { return nil }
        return number
    }

    /// `0 0 800 600` (spaces or commas) → its width and height.
    private static func viewBox(_ value: String) -> (width: Double, height: Double)? {
        let numbers = value.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline }).compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0, numbers[2].isFinite, numbers[3].isFinite else { return nil }
        return (numbers[2], numbers[3])
    }

    private static func rounded(_ width: Double, _ height: Double) -> (width: Int, height: Int)? {
        guard width >= 0.5, height >= 0.5, width < 1e6, height < 1e6 else { return nil }
        return (Int(width.rounded()), Int(height.rounded()))
    }
}
