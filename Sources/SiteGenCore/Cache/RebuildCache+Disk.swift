import Foundation

extension RebuildCache {
    /// Reads what the store holds; anything unreadable is left out.
    func loadFromStore() {
        guard let store else { return }
        let entries = store.read([Keyed<FileEntry>].self, from: "files.bin") ?? []
        let shards = Array(0..<CacheStore.shardCount).parallelMap { shard in
            store.read([Keyed<ParsedEntry>].self, from: "pages-\(shard).bin") ?? []
        }
        let fragments = store.read([Keyed<RenderedEntry>].self, from: "fragments.bin") ?? []
        lock.withLock {
            files = Keyed.dictionary(entries)
            trustedBefore = entries.isEmpty ? Int.min : (FileStamp.of(store.url("files.bin").path)?.mtimeSeconds ?? Int.min)
            for shard in shards {
                for entry in shard where CacheStore.shard(of: entry.key) < CacheStore.shardCount { pages[entry.key] = entry.value }
            }
            self.fragments = Keyed.dictionary(fragments)
        }
    }

    /// Writes what changed since the cache was read or last saved; no-op in memory.
    public func save() {
        guard let store else { return }
        let (fileEntries, shards, fragmentEntries) = lock.withLock { () -> ([Keyed<FileEntry>], [(Int, [Keyed<ParsedEntry>])], [Keyed<RenderedEntry>]?) in
            let dirty = dirtyShards.sorted()
            dirtyShards = []
            var byShard: [Int: [String: ParsedEntry]] = [:]
            for shard in dirty { byShard[shard] = [:] }
            for (path, entry) in pages {
                let shard = CacheStore.shard(of: path)
                if byShard[shard] != nil { byShard[shard]?[path] = entry }
            }
            let changedFragments = fragmentsChanged ? Keyed.array(fragments) : nil
            fragmentsChanged = false
            return (Keyed.array(files), dirty.map { ($0, Keyed.array(byShard[$0] ?? [:])) }, changedFragments)
        }
        _ = shards.parallelMap { (shard, entries) in store.write(entries, to: "pages-\(shard).bin") }
        if let fragmentEntries { store.write(fragmentEntries, to: "fragments.bin") }
        store.write(fileEntries, to: "files.bin")
        // Stamps recorded in the second the file was written (or later) are not trusted.
        let written = FileStamp.of(store.url("files.bin").path)?.mtimeSeconds ?? Int.min
        lock.withLock { trustedBefore = written }
    }
}
