import Foundation

/// A date and time as another generator's front matter writes it, read as leniently as
/// Jekyll (Ruby's `Time.parse`) and Hugo read it, for writing it back in a form sitegen reads.
struct ForeignDate: Equatable {
    var year: Int, month: Int, day: Int
    var hour = 0, minute = 0, second = 0
    /// Whether a time of day was written.
    var hasTime = false
    /// Seconds east of UTC, when a usable offset was written; nil means the site's time zone
    /// (Ruby ignores `+/-0900` and `+ 0900`, so Jekyll read those in the site's zone too).
    var offset: Int?

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, hasTime: Bool = false, offset: Int? = nil) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
        self.hasTime = hasTime
        self.offset = offset
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `2024-3-5`, `2024/03/05 9:00`, `2024.03.05`, `2024-03-05 09:00:00 +/-0900`,
    /// `2024-03-05T09:00:00.000+09:00`, `Tue, 05 Mar 2024 09:00:00 +0900`, `05 Mar 2024`.
    init?(_ text: String) {
        var words = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t"))
            .split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isNumber == true, let t = first.firstIndex(where: { $0 == "T" || $0 == "t" }) {
            words[0...0] = [String(first[..<t]), String(first[first.index(after: t)...])]
        }
        if let time = words.dropFirst().first, let zone = time.firstIndex(where: { "Zz+-".contains($0) }), time.first?.isNumber == true {
            words[1...1] = [String(time[..<zone]), String(time[zone...])]
        }
        if let first = words.first, first.count >= 3, Self.months.contains(first.prefix(3).lowercased()) == false,
           first.allSatisfy(\.isLetter) { words.removeFirst() }  // a weekday
        guard !words.isEmpty, let date = Self.calendarDate(&words) else { return nil }
        (year, month, day) = date
        guard (1...12).contains(month), (1...31).contains(day), ISODate.parse("\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(day))", timeZone: .gmt) != nil else { return nil }
        if let time = words.first.flatMap(Self.time) {
            (hour, minute, second) = time
            hasTime = true
            words.removeFirst()
        }
        offset = words.first.flatMap(Self.offset)
    }

    /// Year, month and day from the first words: `2024-03-05`, `2024/3/5`, `05 Mar 2024`.
    private static func calendarDate(_ words: inout [String]) -> (Int, Int, Int)? {
        let parts = words[0].split(whereSeparator: { "-/.".contains($0) }).map(String.init)
        if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            words.removeFirst()
            return (year, month, day)
        }
        guard words.count >= 3, let day = Int(words[0]), let month = months.firstIndex(of: words[1].prefix(3).lowercased()),
              let year = Int(words[2]), words[2].count == 4 else { return nil }
        words.removeFirst(3)
        return (year, month + 1, day)
    }

    /// `9:05`, `09:05:30`, `09:05:30.250` (the fraction dropped).
    private static func time(_ word: String) -> (Int, Int, Int)? {
        let parts = word.split(separator: ".", maxSplits: 1)[0].split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), let hour = parts[0], let minute = parts[1], hour < 24, minute < 60 else { return nil }
        let second = parts.count == 3 ? parts[2] ?? 0 : 0
        return second < 61 ? (hour, minute, second) : nil
    }

    /// `Z`, `UTC`, `+09:00`, `+0900`, `-7`; nil for anything Ruby would not read as an offset.
    private static func offset(_ word: String) -> Int? {
        if ["z", "utc", "gmt"].contains(word.lowercased()) { return 0 }
        guard let sign = word.first, sign == "+" || sign == "-" else { return nil }
        let digits = word.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isNumber), [1, 2, 4].contains(digits.count), let value = Int(digits) else { return nil }
        let (hours, minutes) = digits.count == 4 ? (value / 100, value % 100) : (value, 0)
        guard hours < 24, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// As sitegen reads it: `2024-03-05`, `2024-03-05T09:00:00`, `2024-03-05T09:00:00+09:00`.
    var text: String {
        let day = "\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(self.day))"
        guard hasTime || offset != nil else { return day }
        let time = "T\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))"
        guard let offset else { return day + time }
        let zone = offset == 0 ? "Z" : "\(offset < 0 ? "-" : "+")\(Self.pad(abs(offset) / 3600)):\(Self.pad(abs(offset) % 3600 / 60))"
        return day + time + zone
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The instant, with `timeZone` standing in for a missing offset.
    func date(in timeZone: TimeZone) -> Date? {
        ISODate.parse(text, timeZone: timeZone)
    }
}
