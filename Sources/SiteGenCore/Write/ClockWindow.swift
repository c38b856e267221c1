import Foundation

/// The span of build clocks for which a site's output stays the same. Output depends on
/// `now` only through which posts are scheduled, the month (timeline, copyright year) and
/// done dates not being in the future; inside this window a rebuild would be identical.
public struct ClockWindow: Codable, Sendable, Equatable {
    /// Earliest clock (seconds since 1970) the output is valid for.
    public var from: Double
    /// First clock at which the output may change.
    public var until: Double

    public func contains(_ date: Date) -> Bool {
        (from..<until).contains(date.timeIntervalSince1970)
    }

    /// The window around `now` for a parsed site and its scheduled posts.
    init(site: Site, scheduled: [Date], now: Date) {
        let zone = site.config.timeZone
        var from = Self.monthStart(of: now, in: zone)
        var until = Self.nextMonthStart(after: now, in: zone)
        for post in site.posts { if let date = post.date, date <= now { from = max(from, date) } }
        for todo in site.career?.areas.flatMap(\.items) ?? [] { if let date = todo.doneDate { from = max(from, date) } }
        for date in scheduled where date > now { until = min(until, date) }
        self.from = from.timeIntervalSince1970
        self.until = until.timeIntervalSince1970
    }

    /// Midnight of the first day of `date`'s month in `zone`.
    static func monthStart(of date: Date, in zone: TimeZone) -> Date {
        let parts = ISODate.civil(date, offset: zone.secondsFromGMT(for: date))
        return startOf(year: parts.year, month: parts.month, in: zone)
    }

    static func nextMonthStart(after date: Date, in zone: TimeZone) -> Date {
        let parts = ISODate.civil(date, offset: zone.secondsFromGMT(for: date))
        return parts.month == 12 ? startOf(year: parts.year + 1, month: 1, in: zone) : startOf(year: parts.year, month: parts.month + 1, in: zone)
    }

    private static func startOf(year: Int, month: Int, in zone: TimeZone) -> Date {
        let local = Date(timeIntervalSince1970: Double(ISODate.daysFromCivil(year: year, month: month, day: 1)) * 86400)
        return local.addingTimeInterval(-Double(zone.secondsFromGMT(for: local)))
    }
}
