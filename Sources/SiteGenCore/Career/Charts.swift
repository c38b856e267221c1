/// Inline SVG charts drawn at build time: no JavaScript, no library, no request.
/// Colours come from CSS classes (`chart-*`) so the page's light and dark themes apply;
/// every chart has `role="img"`, a `<desc>` and the same numbers as text beside it.
enum Charts {
    /// A progress ring with the percentage in the middle, 120 × 120.
    static func ring(done: Int, total: Int, label: String) -> String {
        let percent = total == 0 ? 0 : done * 100 / total
        let circumference = 2 * Double.pi * 50
        let filled = circumference * Double(percent) / 100
        return """
        <svg class="chart chart-ring" viewBox="0 0 120 120" width="120" height="120" role="img" aria-label="\(HTML.escape("\(label): \(total)개 중 \(done)개 완료, \(percent)%"))">\
        <desc>\(HTML.escape("\(label): \(done)/\(total) (\(percent)%)"))</desc>\
        <circle class="chart-track" cx="60" cy="60" r="50" fill="none" stroke-width="12"/>\
        <circle class="chart-fill" cx="60" cy="60" r="50" fill="none" stroke-width="12" stroke-linecap="round" \
        stroke-dasharray="\(format(filled)) \(format(circumference))" transform="rotate(-90 60 60)"/>\
        <text class="chart-value" x="60" y="60" text-anchor="middle" dominant-baseline="central" font-size="26" font-weight="700">\(percent)%</text>\
        </svg>
        """
    }

    /// Required versus current level on the scale, as two stacked bars, 300 × 28.
    static func levelBar(requiredRank: Int, currentRank: Int?, levels: [String], label: String) -> String {
        let steps = max(1, levels.count)
        let width = 300.0, step = width / Double(steps)
        let required = Double(requiredRank + 1) * step
        let current = currentRank.map { Double($0 + 1) * step }
        let text = "\(label): 요구 \(levels[safe: requiredRank] ?? "?"), 현재 \(currentRank.flatMap { levels[safe: $0] } ?? "미평가")"
        var svg = "<svg class=\"chart chart-level\" viewBox=\"0 0 300 28\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTML.escape(text))\"><desc>\(HTML.escape(text))</desc>"
        svg += "<rect class=\"chart-track\" x=\"0\" y=\"2\" width=\"300\" height=\"10\" rx=\"3\"/>"
        svg += "<rect class=\"chart-required\" x=\"0\" y=\"2\" width=\"\(format(required))\" height=\"10\" rx=\"3\"/>"
        svg += "<rect class=\"chart-track\" x=\"0\" y=\"16\" width=\"300\" height=\"10\" rx=\"3\"/>"
        if let current { svg += "<rect class=\"chart-fill\" x=\"0\" y=\"16\" width=\"\(format(current))\" height=\"10\" rx=\"3\"/>" }
        for tick in 1..<steps { svg += "<rect class=\"chart-tick\" x=\"\(format(Double(tick) * step - 1))\" y=\"0\" width=\"2\" height=\"28\"/>" }
        return svg + "</svg>"
    }

    /// A horizontal progress bar, 300 × 12.
    static func bar(done: Int, total: Int, label: String) -> String {
        let width = total == 0 ? 0 : 300.0 * Double(done) / Double(total)
        let text = "\(label): \(total)개 중 \(done)개 완료"
        return "<svg class=\"chart chart-bar\" viewBox=\"0 0 300 12\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTML.escape(text))\">"
            + "<desc>\(HTML.escape(text))</desc><rect class=\"chart-track\" x=\"0\" y=\"0\" width=\"300\" height=\"12\" rx=\"6\"/>"
            + "<rect class=\"chart-fill\" x=\"0\" y=\"0\" width=\"\(format(width))\" height=\"12\" rx=\"6\"/></svg>"
    }

    /// Notes and finished to-dos per month as paired columns, 600 × 220.
    static func timeline(_ months: [CareerProgress.Month]) -> String {
        let peak = max(1, months.map { max($0.notes, $0.todosDone) }.max() ?? 1)
        let slot = 600.0 / Double(max(1, months.count)), chartHeight = 160.0
        let text = "월별 기록: " + months.map { "\($0.key) 노트 \($0.notes)개, 완료 \($0.todosDone)개" }.joined(separator: "; ")
        var svg = "<svg class=\"chart chart-timeline\" viewBox=\"0 0 600 220\" role=\"img\" aria-label=\"\(HTML.escape(text))\"><desc>월별 노트와 완료한 할 일</desc>"
        svg += "<line class=\"chart-axis\" x1=\"0\" y1=\"180\" x2=\"600\" y2=\"180\" stroke-width=\"2\"/>"
        for (index, month) in months.enumerated() {
            let x = Double(index) * slot
            let notes = chartHeight * Double(month.notes) / Double(peak)
            let todos = chartHeight * Double(month.todosDone) / Double(peak)
            svg += "<rect class=\"chart-fill\" x=\"\(format(x + slot * 0.18))\" y=\"\(format(180 - notes))\" width=\"\(format(slot * 0.3))\" height=\"\(format(notes))\" rx=\"3\"/>"
            svg += "<rect class=\"chart-required\" x=\"\(format(x + slot * 0.52))\" y=\"\(format(180 - todos))\" width=\"\(format(slot * 0.3))\" height=\"\(format(todos))\" rx=\"3\"/>"
            if month.notes > 0 { svg += "<text class=\"chart-label\" x=\"\(format(x + slot * 0.33))\" y=\"\(format(172 - notes))\" text-anchor=\"middle\" font-size=\"16\">\(month.notes)</text>" }
            let label = Int(month.key.suffix(2)).map { "\($0)월" } ?? month.key
            svg += "<text class=\"chart-label\" x=\"\(format(x + slot / 2))\" y=\"206\" text-anchor=\"middle\" font-size=\"17\">\(label)</text>"
        }
        return svg + "</svg>"
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
