/// Paths, each with a digest and a file stamp — the source files a build read (`files.bin`),
/// the output files it wrote (`outputs-*.bin`) — in a form that is written and read in bulk:
/// two packed columns instead of a keyed record per path. A 10,000-post site writes 21,500
/// outputs; encoding them a record at a time took a tenth of a second of every build, and
/// decoding them again most of that.
struct StampTable: Codable, Sendable {
    /// Every path, then every digest, each followed by a NUL (neither can hold one).
    let text: PackedArray<UInt8>
    /// Per entry, in the same order: size, modification seconds and nanoseconds, inode.
    let numbers: PackedArray<Int64>

    typealias Entry = (digest: String, stamp: FileStamp)

    init(text: [UInt8], numbers: [Int64]) {
        self.text = PackedArray(text)
        self.numbers = PackedArray(numbers)
    }

    init(_ entries: [String: Entry]) {
        var paths: [UInt8] = [], digests: [UInt8] = [], numbers: [Int64] = []
        numbers.reserveCapacity(entries.count * 4)
        for (path, (digest, stamp)) in entries {
            paths.append(contentsOf: path.utf8)
            paths.append(0)
            digests.append(contentsOf: digest.utf8)
            digests.append(0)
            numbers += [stamp.size, Int64(stamp.mtimeSeconds), Int64(stamp.mtimeNanoseconds), Int64(bitPattern: stamp.inode)]
        }
        self.init(text: paths + digests, numbers: numbers)
    }

    /// The entries by path, or nil when the columns do not add up (a damaged file: a miss).
    var entries: [String: Entry]? {
        let numbers = self.numbers.elements
        guard numbers.count % 4 == 0 else { return nil }
        let count = numbers.count / 4
        var fields: [String] = []
        fields.reserveCapacity(count * 2)
        text.elements.withUnsafeBufferPointer { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            if start != bytes.count { fields.append("") }  // a last field without its NUL: damaged
        }
        guard fields.count == count * 2, text.elements.last.map({ $0 == 0 }) ?? true else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for index in 0..<count {
            let stamp = FileStamp(size: numbers[index * 4], mtimeSeconds: Int(truncatingIfNeeded: numbers[index * 4 + 1]),
                                  mtimeNanoseconds: Int(truncatingIfNeeded: numbers[index * 4 + 2]), inode: UInt64(bitPattern: numbers[index * 4 + 3]))
            entries[fields[index]] = (fields[count + index], stamp)
        }
        return entries
    }
}
