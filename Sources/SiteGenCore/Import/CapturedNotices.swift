/// Minimal Mistakes' notice with Markdown inside, as its documentation writes it:
///
///     {% capture note %}
///     **주의**: 한 번만 소비할 수 있습니다.
///     {% endcapture %}
///     <div class="notice--warning">{{ note | markdownify }}</div>
///
/// becomes a callout where the capture was (the same number of lines, so warnings further on
/// keep their line numbers) and the `<div>` line goes. Runs before Liquid, which then converts
/// what the notice holds. Other captures are left to the Liquid converter. Pure.
enum CapturedNotices {
    static func convert(_ text: String, log: inout ImportLog) -> String {
        guard text.contains("capture"), text.contains("markdownify") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            guard let name = tagArgument(lines[index], tag: "capture"),
                  let end = lines[(index + 1)...].firstIndex(where: { tagArgument($0, tag: "endcapture") == "" }),
                  let use = lines[(end + 1)...].firstIndex(where: { noticeKind($0, name: name) != nil }),
                  let kind = noticeKind(lines[use], name: name) else {
                index += 1
                continue
            }
            let body = lines[(index + 1)..<end].map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? ">" : "> " + $0 }
            lines.replaceSubrange(index...end, with: ["> [!\(kind)]"] + body + [""])
            lines[use] = ""
            log.count("{% capture %} and <div class=\"notice…\"> → callouts")
            index = end + 1
        }
        return lines.joined(separator: "\n")
    }

    /// `x` of a line that is only `{% tag x %}` (whitespace control allowed); "" without one.
    static func tagArgument(_ line: String, tag: String) -> String? {
        var inner = Substring(line.trimmingCharacters(in: .whitespaces))
        guard inner.hasPrefix("{%"), inner.hasSuffix("%}") else { return nil }
        inner = inner.dropFirst(2).dropLast(2)
        if inner.hasPrefix("-") { inner = inner.dropFirst() }
        if inner.hasSuffix("-") { inner = inner.dropLast() }
        let words = inner.split(whereSeparator: \.isWhitespace)
        guard words.first.map(String.init) == tag, words.count <= 2 else { return nil }
        return words.count == 2 ? String(words[1]) : ""
    }

    /// The callout kind of a line `<div class="notice--warning">{{ name | markdownify }}</div>`.
    static func noticeKind(_ line: String, name: String) -> String? {
        let compact = line.filter { !$0.isWhitespace }
        guard compact.hasPrefix("<divclass=\""), compact.hasSuffix("{{\(name)|markdownify}}</div>") else { return nil }
        let classes = compact.dropFirst("<divclass=\"".count).prefix { $0 != "\"" }
        guard compact.dropFirst("<divclass=\"".count + classes.count) == "\">{{\(name)|markdownify}}</div>" else { return nil }
        return KramdownConverter.callouts[String(classes)]
    }
}
