import Foundation

/// ISO 8601 dates as front matter writes them, parsed and formatted by hand:
/// fast, thread-safe and free of locale surprises.
enum ISODate {
    /// Parses `2024-03-05`, `2024-03-05T09:00`, `2024-03-05 09:00:00`,
    /// `2024-03-05T09:00:00.5Z` or `2024-03-05T09:00:00+09:00`, and the forms Jekyll and Hugo
    /// write: `2024-03-05 09:00:00 +0900`, `… +09:00`, `… -0700 MST` (the zone name is ignored).
    /// Without an offset the time is read in `timeZone`; a date alone is midnight there.
    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2),
              scanner.skip("-"), let day = scanner.number(2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = 0.0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let hour = scanner.number(2), scanner.skip(":"), let minute = scanner.number(2),
                  hour < 24, minute < 60 else { return nil }
            var second = 0
            if scanner.skip(":") {
                guard let value = scanner.number(2), value < 61 else { return nil }
                second = value
                if scanner.skip(".") { guard scanner.fraction() != nil else { return nil } }
            }
            seconds = Double(hour * 3600 + minute * 60 + second)
        }
        let local = Double(daysFromCivil(year: year, month: month, day: day)) * 86400 + seconds
        if scanner.atEnd {
            let guess = Date(timeIntervalSince1970: local)
            let offset = timeZone.secondsFromGMT(for: guess.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: guess))))
            return Date(timeIntervalSince1970: local - Double(offset))
        }
        scanner.skipSpaces()
        guard let offset = scanner.offset() else { return nil }
        if !scanner.atEnd { guard scanner.skipSpaces(), scanner.skipLetters() else { return nil } }
        guard scanner.atEnd else { return nil }
        return Date(timeIntervalSince1970: local - Double(offset))
    }

    /// Years a date may have where it is shown (RFC 3339 and HTML write four digits).
    static let years = 1...9999

    /// The year of `date` in `timeZone`.
    static func year(of date: Date, in timeZone: TimeZone) -> Int {
        civil(date, offset: timeZone.secondsFromGMT(for: date)).year
    }

    /// Whether `text` starts like a date whose year has more or fewer than four digits or a
    /// sign (`10000-01-01`, `-0001-01-01`, `+2024-01-01`), which `parse` refuses.
    static func hasOutOfRangeYear(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unsigned = trimmed.drop { $0 == "-" || $0 == "+" }
        let digits = unsigned.prefix { $0.isASCII && $0.isNumber }
        guard unsigned.dropFirst(digits.count).hasPrefix("-"), !digits.isEmpty else { return false }
        return digits.count != 4 || unsigned.count != trimmed.count
    }

    /// RFC 3339 in the given zone: `2024-03-05T09:00:00+09:00`. An offset with seconds
    /// (local mean time before time zones, e.g. Seoul's +08:27:52 before 1908) cannot be
    /// written in RFC 3339, so such instants are written in UTC.
    static func rfc3339(_ date: Date, timeZone: TimeZone) -> String {
        var offset = timeZone.secondsFromGMT(for: date)
        if offset % 60 != 0 { offset = 0 }
        let parts = civil(date, offset: offset)
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : "\(sign)\(pad(abs(offset) / 3600)):\(pad(abs(offset) % 3600 / 60))"
        return "\(padYear(parts.year))-\(pad(parts.month))-\(pad(parts.day))T\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))\(zone)"
    }

    /// Calendar date in the given zone: `2024-03-05`.
    static func day(_ date: Date, timeZone: TimeZone) -> String {
        let parts = civil(date, offset: timeZone.secondsFromGMT(for: date))
        return "\(padYear(parts.year))-\(pad(parts.month))-\(pad(parts.day))"
    }

    /// Year, month, day, hour, minute, second of `date` shifted by `offset` seconds.
    static func civil(_ date: Date, offset: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let total = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(total) / 86400).rounded(.down))
        let secondOfDay = total - days * 86400
        let (year, month, day) = civilFromDays(days)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Four digits: `0042`.
    private static func padYear(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Reads fixed-width digit fields and separators from ASCII bytes.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// Skips spaces; false when there were none.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index > start
    }

    /// Skips ASCII letters (a zone name like `KST`); false when there were none.
    mutating func skipLetters() -> Bool {
        let start = index
        while index < bytes.count, (65...90).contains(bytes[index]) || (97...122).contains(bytes[index]) { index += 1 }
        return index > start
    }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + width] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += width
        return value
    }

    mutating func fraction() -> Int? {
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        return index > start ? index - start : nil
    }

    /// `Z` or `±HH:MM` (also `±HHMM`), in seconds east of UTC.
    mutating func offset() -> Int? {
        if skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2), hours < 24 else { return nil }
        _ = skip(":")
        guard let minutes = number(2), minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}

extension Date {
    /// Parses an ISO 8601 date or date-time as front matter and `--now` accept it;
    /// without an offset the time is read in `timeZone`.
    public init?(iso8601 text: String, timeZone: TimeZone = .gmt) {
        guard let date = ISODate.parse(text, timeZone: timeZone) else { return nil }
        self = date
    }
}
