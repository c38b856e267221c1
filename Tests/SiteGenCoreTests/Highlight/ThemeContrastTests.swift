import Foundation
import Testing

/// Reads the site theme (`templates/assets/style.css`) and checks every token colour of the
/// code highlighting block against the code background in the light and the dark theme
/// (WCAG 2 contrast ratio, at least 4.5:1).
@Suite("Highlight theme contrast")
struct ThemeContrastTests {
    static let css: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)) ?? ""
    }()

    static let tokenVariables = ["k", "t", "f", "s", "se", "m", "l", "c", "cd", "a", "v", "tg", "at", "y", "b",
                                 "gp", "go", "gi", "gd", "gh", "ln"].map { "--hl-\($0)" }

    @Test(arguments: [":root", ":root[data-theme=\"dark\"]", ":root:not([data-theme=\"light\"])"])
    func everyTokenColourMeetsAA(selector: String) throws {
        let light = Self.variables(of: ":root")
        let values = light.merging(Self.variables(of: selector)) { $1 }
        for background in ["--code-bg", "--hl-mark-bg"] {
            let backdrop = try #require(values[background].flatMap(Self.rgb), "\(selector) \(background)")
            for name in Self.tokenVariables {
                let colour = try #require(values[name].flatMap(Self.rgb), "\(selector) \(name)")
                #expect(Self.contrast(colour, backdrop) >= 4.5, "\(selector) \(name) on \(background): \(Self.contrast(colour, backdrop))")
            }
        }
        for (name, background) in [("--hl-gi", "--hl-gi-bg"), ("--hl-gd", "--hl-gd-bg")] {
            let ratio = Self.contrast(try #require(values[name].flatMap(Self.rgb)), try #require(values[background].flatMap(Self.rgb)))
            #expect(ratio >= 4.5, "\(selector) \(name) on \(background): \(ratio)")
        }
    }

    @Test func contrastFormulaMatchesKnownValues() {
        #expect(abs(Self.contrast((0, 0, 0), (1, 1, 1)) - 21) < 0.01)
        #expect(abs(Self.contrast(Self.rgb("#777777")!, (1, 1, 1)) - 4.48) < 0.01)
        #expect(Self.rgb("#fff") == nil && Self.variables(of: ".nothing").isEmpty)
        #expect(Self.variables(of: ":root")["--code-bg"] != nil && Self.variables(of: ":root")["--code-bg"] != "#fff")
    }

    /// `--name: #rrggbb` declarations of every rule whose selector is exactly `selector` (rules
    /// inside `@media print` left out), later rules overriding earlier ones.
    static func variables(of selector: String) -> [String: String] {
        var found: [String: String] = [:]
        var rest = css[...]
        while let open = rest.range(of: selector + " {") {
            defer { rest = rest[open.upperBound...] }
            if isInsidePrintRule(open.lowerBound) { continue }
            let body = rest[open.upperBound...].prefix { $0 != "}" }
            for declaration in body.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if parts.count == 2, parts[0].hasPrefix("--") { found[parts[0]] = parts[1] }
            }
        }
        return found
    }

    /// Whether `index` lies inside an `@media print { … }` block.
    static func isInsidePrintRule(_ index: String.Index) -> Bool {
        guard let media = css[..<index].range(of: "@media print", options: .backwards) else { return false }
        var depth = 0
        for position in css[media.upperBound...].indices {
            if css[position] == "{" { depth += 1 }
            if css[position] == "}" { depth -= 1 }
            if depth == 0, css[position] == "}" { return index < position }
        }
        return true
    }

    /// `#rrggbb` as red, green, blue in 0...1 (nil for any other form).
    static func rgb(_ hex: String) -> (Double, Double, Double)? {
        guard hex.hasPrefix("#"), hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        return (Double(value >> 16) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255)
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        func luminance(_ c: (Double, Double, Double)) -> Double { 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2) }
        let (high, low) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (high + 0.05) / (low + 0.05)
    }
}
