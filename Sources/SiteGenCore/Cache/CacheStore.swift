import Foundation

/// The build cache's files under `.sitegen-cache/build/`: `files.bin` (source stamps and
/// digests), `pages-NN.bin` (parsed pages, in shards so one edit rewrites one shard),
/// `fragments.bin` (post list entries) and `outputs-<folder>.bin` (per output folder: each
/// file's input digest and identity). Each file starts with a header naming the format and
/// the binary that wrote it; a file with another header, or that does not decode, is ignored.
/// Files are written beside their name and renamed into place, so a reader sees a whole file.
struct CacheStore: Sendable {
    static let formatVersion = 2
    static let shardCount = 32

    let folder: URL
    let toolVersion: String

    var header: String { "sitegen-build-cache \(Self.formatVersion) \(toolVersion)\n" }

    static func shard(of sourcePath: String) -> Int {
        var digest = Digest()
        digest.add(sourcePath)
        return Int(digest.hex.prefix(4), radix: 16).map { $0 % shardCount } ?? 0
    }

    static func folderKey(_ output: URL) -> String {
        var digest = Digest()
        digest.add(output.standardizedFileURL.path)
        return String(digest.hex.prefix(16))
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The decoded contents of a cache file, nil when missing, foreign or corrupt.
    func read<Value: Decodable>(_ type: Value.Type, from name: String) -> Value? {
        guard case .success(let bytes) = POSIXFiles.read(url(name).path) else { return nil }
        let expected = Array(header.utf8)
        guard bytes.count >= expected.count, bytes[..<expected.count].elementsEqual(expected) else { return nil }
        return try? BinaryCoder.decode(type, from: bytes, startingAt: expected.count)
    }

    /// Writes a cache file whole; a failure only costs the next build its reuse.
    func write<Value: Encodable>(_ value: Value, to name: String) {
        guard let payload = try? BinaryCoder.encode(value) else {
            try? FileManager.default.removeItem(at: url(name))
            return
        }
        let temporary = url(".\(name).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try (Array(header.utf8) + payload).withUnsafeBytes { try POSIXFiles.write($0, to: temporary.path) }
            guard rename(temporary.path, url(name).path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    func loadOutputs(folder key: String) -> [String: RebuildCache.OutputEntry] {
        (read(StampTable.self, from: "outputs-\(key).bin")?.entries ?? [:]).mapValues { RebuildCache.OutputEntry(digest: $0.digest, stamp: $0.stamp) }
    }

    func saveOutputs(_ entries: [String: RebuildCache.OutputEntry], folder key: String) {
        write(StampTable(entries.mapValues { ($0.digest, $0.stamp) }), to: "outputs-\(key).bin")
    }
}

/// A dictionary entry as the binary coder stores it (it writes no dictionaries: their keys
/// would have to be listed before reading).
struct Keyed<Value: Codable & Sendable>: Codable, Sendable {
    var key: String
    var value: Value

    static func array(_ dictionary: [String: Value]) -> [Keyed] {
        dictionary.sorted { $0.key < $1.key }.map { Keyed(key: $0.key, value: $0.value) }
    }

    static func dictionary(_ entries: [Keyed]) -> [String: Value] {
        Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
