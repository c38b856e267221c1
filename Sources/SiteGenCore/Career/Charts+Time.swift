import Foundation

/// Charts over time: the monthly record and a competency's level history. Both are drawn
/// narrow (320 units wide) with 13-unit text, so at a 360 px phone, where the page is about
/// 328 px wide, their labels render at 13 px; the theme caps their width on wide screens.
extension Charts {
    /// Notes written and to-dos done per month, one row per month labelled with its year
    /// (`2026.09`), two bars per row with their counts; 320 × 26 per month.
    static func timeline(_ months: [CareerProgress.Month]) -> String {
        let peak = Double(max(1, months.map { max($0.notes, $0.todosDone) }.max() ?? 1))
        let rowHeight = 26.0, barStart = 66.0, barSpan = 224.0
        let height = rowHeight * Double(months.count) + 4
        let text = "월별 기록: " + months.map { "\($0.key) 노트 \($0.notes)개, 완료한 할 일 \($0.todosDone)개" }.joined(separator: "; ")
        var svg = "<svg class=\"chart chart-timeline\" viewBox=\"0 0 320 \(format(height))\" role=\"img\" aria-label=\"\(HTML.escape(text))\"><desc>월별 노트와 완료한 할 일</desc>"
        for (index, month) in months.enumerated() {
            let y = Double(index) * rowHeight + 2
            svg += "<text class=\"chart-label\" x=\"0\" y=\"\(format(y + 13))\" dominant-baseline=\"central\" font-size=\"13\">\(HTML.escape(month.key.replacingOccurrences(of: "-", with: ".")))</text>"
            svg += row(count: month.notes, peak: peak, x: barStart, span: barSpan, y: y + 4, kind: "chart-fill")
            svg += row(count: month.todosDone, peak: peak, x: barStart, span: barSpan, y: y + 14, kind: "chart-done")
        }
        svg += "<line class=\"chart-axis\" x1=\"\(format(barStart - 2))\" y1=\"0\" x2=\"\(format(barStart - 2))\" y2=\"\(format(height))\" stroke-width=\"1.5\"/>"
        return svg + "</svg>"
    }

    /// One bar of a timeline row and its count after it (nothing for zero).
    private static func row(count: Int, peak: Double, x: Double, span: Double, y: Double, kind: String) -> String {
        guard count > 0 else { return "" }
        let width = max(3, (span - 24) * Double(count) / peak)
        return "<rect class=\"\(kind)\" x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(width))\" height=\"8\" rx=\"2\"/>"
            + "<text class=\"chart-label\" x=\"\(format(x + width + 4))\" y=\"\(format(y + 4))\" dominant-baseline=\"central\" font-size=\"12\">\(count)</text>"
    }

    /// A competency's dated self-assessments as a step line over time: one row per level
    /// (labelled on the left), a dot per assessment, the first and last dates below; 320 wide.
    static func history(_ assessments: [Assessment], levels: [String], timeZone: TimeZone, label: String) -> String {
        guard let first = assessments.first, let last = assessments.last, !levels.isEmpty else { return "" }
        let rowHeight = 30.0, left = 40.0, right = 306.0
        let plotHeight = rowHeight * Double(levels.count)
        let span = last.date.timeIntervalSince(first.date)
        func x(_ date: Date) -> Double { span <= 0 ? (left + right) / 2 : left + (right - left) * date.timeIntervalSince(first.date) / span }
        func y(_ level: String) -> Double { plotHeight - (Double(levels.firstIndex(of: level) ?? 0) + 0.5) * rowHeight }
        let text = "\(label) 수준 변화: " + assessments.map { "\(ISODate.day($0.date, timeZone: timeZone)) \($0.level)" }.joined(separator: ", ")
        var svg = "<svg class=\"chart chart-history\" viewBox=\"0 0 320 \(format(plotHeight + 26))\" role=\"img\" aria-label=\"\(HTML.escape(text))\"><desc>\(HTML.escape(text))</desc>"
        for level in levels {
            svg += "<text class=\"chart-label\" x=\"0\" y=\"\(format(y(level)))\" dominant-baseline=\"central\" font-size=\"13\">\(HTML.escape(level))</text>"
            svg += "<line class=\"chart-axis\" x1=\"\(format(left - 8))\" y1=\"\(format(y(level)))\" x2=\"320\" y2=\"\(format(y(level)))\" stroke-width=\"1\"/>"
        }
        var path = "M\(format(x(first.date))) \(format(y(first.level)))"
        for assessment in assessments.dropFirst() { path += " H\(format(x(assessment.date))) V\(format(y(assessment.level)))" }
        svg += "<path class=\"chart-line\" d=\"\(path)\" fill=\"none\" stroke-width=\"3\"/>"
        for assessment in assessments {
            svg += "<circle class=\"chart-dot\" cx=\"\(format(x(assessment.date)))\" cy=\"\(format(y(assessment.level)))\" r=\"5\"/>"
        }
        let dates = first.date == last.date ? [(first.date, "middle")] : [(first.date, "start"), (last.date, "end")]
        for (date, anchor) in dates {
            svg += "<text class=\"chart-label\" x=\"\(format(x(date)))\" y=\"\(format(plotHeight + 16))\" text-anchor=\"\(anchor)\" font-size=\"12\">\(ISODate.day(date, timeZone: timeZone))</text>"
        }
        return svg + "</svg>"
    }
}
