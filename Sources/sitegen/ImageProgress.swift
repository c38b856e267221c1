import Foundation
import SiteGenCore

/// The image lines of the command line: a one-line counter on standard error while images are
/// encoded (only on a terminal, at most ten updates a second), and the summary after a build.
enum ImageLines {
    /// A progress callback for `BuildOptions.imageProgress`, or nil when standard error is
    /// not a terminal (nothing is printed then).
    static func progress() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let counter = ImageProgressLine()
        return { done, total in counter.show(done, total) }
    }

    /// `images: 212 (12 encoded in 3.4 s, 197 from the cache, 3 as they are); AVIF: 197 files, 41.2 MB → 6.1 MB; …`,
    /// nil when the site has no images. Before → after compares each original with the widest
    /// rendition kept in that format.
    static func summary(_ report: ImageReport) -> String? {
        let total = report.processed + report.cached + report.asIs
        guard total > 0 else { return nil }
        var parts: [String] = []
        if report.processed > 0 { parts.append("\(report.processed) encoded in \(String(format: "%.1f", report.seconds)) s") }
        if report.cached > 0 { parts.append("\(report.cached) from the cache") }
        if report.asIs > 0 { parts.append("\(report.asIs) as they are") }
        var line = "images: \(total) (\(parts.joined(separator: ", ")))"
        for format in [ImageFormat.avif, .webp] {
            guard let totals = report.formats[format] else { continue }
            line += "; \(format.name): \(totals.files) files, \(bytes(totals.originalBytes)) → \(bytes(totals.bytes))"
        }
        return line
    }

    /// `1234567` → `1.2 MB`, `5300` → `5.3 kB`.
    static func bytes(_ count: Int) -> String {
        if count >= 1_000_000 { return String(format: "%.1f MB", Double(count) / 1e6) }
        if count >= 1_000 { return String(format: "%.1f kB", Double(count) / 1e3) }
        return "\(count) B"
    }
}

/// `images 12/200` rewritten in place on standard error, cleared when the last image is done.
private final class ImageProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastShown: UInt64 = 0
    private var shown = false

    func show(_ done: Int, _ total: Int) {
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            if done == total {
                if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                return
            }
            guard now - lastShown > 100_000_000 else { return }
            lastShown = now
            shown = true
            FileHandle.standardError.write(Data("\rimages \(done)/\(total)".utf8))
        }
    }
}
