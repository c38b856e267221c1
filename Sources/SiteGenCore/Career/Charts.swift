/// Inline SVG charts drawn at build time: no JavaScript, no library, no request.
/// Colours come from CSS classes (`chart-*`) so the page's light and dark themes apply:
/// `chart-track` is an outline (the theme gives it at least 3:1 contrast), `chart-fill` and
/// `chart-done` are data, `chart-required` marks a target level. Every chart has `role="img"`,
/// an `aria-label` and the same numbers as text beside it. No text sits on a stroke.
enum Charts {
    /// A progress ring with the percentage in the middle, 120 × 120. The track is a thin
    /// outline and the filled arc a thick stroke; the label stays clear of both.
    static func ring(done: Int, total: Int, label: String) -> String {
        let percent = total == 0 ? 0 : done * 100 / total
        let circumference = 2 * Double.pi * 50
        let filled = circumference * Double(percent) / 100
        return """
        <svg class="chart chart-ring" viewBox="0 0 120 120" width="120" height="120" role="img" aria-label="\(HTML.escape("\(label): \(total)개 중 \(done)개 완료, \(percent)%"))">\
        <desc>\(HTML.escape("\(label): \(done)/\(total) (\(percent)%)"))</desc>\
        <circle class="chart-track" cx="60" cy="60" r="50" fill="none" stroke-width="2"/>\
        <circle class="chart-fill" cx="60" cy="60" r="50" fill="none" stroke-width="10" stroke-linecap="butt" \
        stroke-dasharray="\(format(filled)) \(format(circumference))" transform="rotate(-90 60 60)"/>\
        <text class="chart-value" x="60" y="60" text-anchor="middle" dominant-baseline="central" font-size="22" font-weight="700">\(percent)%</text>\
        </svg>
        """
    }

    /// The level scale as one outlined segment per level, filled up to the current level,
    /// with a marker after the required level when there is one; 300 × 20. Empty when the
    /// current level is unknown (nothing is drawn for a level nobody stated).
    static func levelBar(requiredRank: Int?, currentRank: Int?, levels: [String], label: String) -> String {
        guard let currentRank, !levels.isEmpty else { return "" }
        let step = 300.0 / Double(levels.count)
        let target = requiredRank.flatMap { levels[safe: $0] }.map { ", 목표 \($0)" } ?? ", 목표 수준 미정"
        let text = "\(label): 현재 \(levels[safe: currentRank] ?? "?")\(target) (\(levels.joined(separator: " < ")))"
        var svg = "<svg class=\"chart chart-level\" viewBox=\"0 0 300 20\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTML.escape(text))\"><desc>\(HTML.escape(text))</desc>"
        for index in levels.indices {
            let x = Double(index) * step + 1
            if index <= currentRank {
                svg += "<rect class=\"chart-fill\" x=\"\(format(x))\" y=\"3\" width=\"\(format(step - 4))\" height=\"14\" rx=\"2\"/>"
            }
            svg += "<rect class=\"chart-track\" x=\"\(format(x))\" y=\"3\" width=\"\(format(step - 4))\" height=\"14\" rx=\"2\" fill=\"none\" stroke-width=\"1.5\"/>"
        }
        if let requiredRank, levels.indices.contains(requiredRank) {
            svg += "<rect class=\"chart-required\" x=\"\(format(Double(requiredRank + 1) * step - 3))\" y=\"0\" width=\"3\" height=\"20\"/>"
        }
        return svg + "</svg>"
    }

    /// A horizontal progress bar, 300 × 12: an outlined track and the done part filled.
    static func bar(done: Int, total: Int, label: String) -> String {
        let width = total == 0 ? 0 : 298.0 * Double(done) / Double(total)
        let text = "\(label): \(total)개 중 \(done)개 완료"
        return "<svg class=\"chart chart-bar\" viewBox=\"0 0 300 12\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTML.escape(text))\">"
            + "<desc>\(HTML.escape(text))</desc>"
            + "<rect class=\"chart-fill\" x=\"1\" y=\"1\" width=\"\(format(width))\" height=\"10\" rx=\"5\"/>"
            + "<rect class=\"chart-track\" x=\"1\" y=\"1\" width=\"298\" height=\"10\" rx=\"5\" fill=\"none\" stroke-width=\"1.5\"/></svg>"
    }

    /// Two decimals at most, no trailing zeros: deterministic and short.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
