/// What an import converted and what it left for a hand, collected over every file: the
/// summary at the end of `sitegen import` and the `file:line: warning:` lines before it.
public struct ImportLog: Sendable, Equatable {
    /// How many constructs of each kind were converted (`{% highlight %} → fenced code`).
    public private(set) var converted: [String: Int] = [:]
    /// Constructs left as they were or removed, each a warning at its place in the import
    /// source (paths relative to it); each is one item left for a hand.
    public private(set) var warnings: [Diagnostic] = []
    /// Notes that need no hand (front matter keys dropped, by key).
    public private(set) var dropped: [String: Int] = [:]

    public init() {}

    /// Counts one converted construct of `kind`.
    mutating func count(_ kind: String, _ times: Int = 1) {
        guard times > 0 else { return }
        converted[kind, default: 0] += times
    }

    /// A construct that could not be converted, at `sourcePath:line`.
    mutating func leave(_ sourcePath: String, line: Int?, _ message: String) {
        warnings.append(.warning(sourcePath, line: line, column: line == nil ? nil : 1, message))
    }

    /// A front matter key that means nothing to sitegen (a theme's switch) and was left out.
    mutating func drop(_ key: String) {
        dropped[key, default: 0] += 1
    }

    /// Another log's counts and warnings added to these.
    mutating func merge(_ other: ImportLog) {
        converted.merge(other.converted, uniquingKeysWith: +)
        dropped.merge(other.dropped, uniquingKeysWith: +)
        warnings += other.warnings
    }
}

/// Line numbers of positions in a text, found by binary search over the line starts.
struct LineIndex {
    private let starts: [Int]
    private let text: String

    init(_ text: String) {
        self.text = text
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.starts = starts
    }

    /// 1-based line of `index`.
    func line(of index: String.Index) -> Int {
        let offset = text.utf8.distance(from: text.startIndex, to: index)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
