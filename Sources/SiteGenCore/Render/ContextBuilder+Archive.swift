import Foundation

/// `/archive/`: every post by year and month in the site's time zone, newest first.
extension ContextBuilder {
    func archive() -> ArchivePageContext {
        let url = site.config.baseURL.href(FindingFeatures.archiveURL)
        return ArchivePageContext(
            site: site(current: url),
            page: meta(title: menuLabel(for: FindingFeatures.archiveURL, default: "보관함"), description: "", url: FindingFeatures.archiveURL, kind: "archive"),
            total: site.posts.count, years: archiveYears())
    }

    /// Posts grouped by (year, month); posts are already newest first, so groups are runs.
    func archiveYears() -> [ArchiveYearContext] {
        let zone = site.config.timeZone
        var years: [ArchiveYearContext] = []
        for (index, post) in site.posts.enumerated() {
            guard let date = post.date else { continue }
            let civil = ISODate.civil(date, offset: zone.secondsFromGMT(for: date))
            let summary = summaries[index]
            let entry = ArchiveEntryContext(title: summary.title, url: summary.url, date: summary.date, datetime: summary.datetime)
            let year = String(civil.year)
            if years.last?.year != year { years.append(ArchiveYearContext(year: year, count: 0, months: [])) }
            let monthID = year + (civil.month < 10 ? "-0" : "-") + String(civil.month)
            if years[years.count - 1].months.last?.id != monthID {
                years[years.count - 1].months.append(ArchiveMonthContext(id: monthID, month: civil.month, count: 0, posts: []))
            }
            years[years.count - 1].count += 1
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].count += 1
            years[years.count - 1].months[last].posts.append(entry)
        }
        return years
    }
}
