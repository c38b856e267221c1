import Foundation

extension RebuildCache {
    /// Reads the source stamps the store holds (all an up-to-date check needs); anything
    /// unreadable is left out.
    func loadFromStore() {
        guard let store else { return }
        let entries = store.read(StampTable.self, from: "files.bin")?.entries ?? [:]
        lock.withLock {
            files = entries.mapValues { FileEntry(stamp: $0.stamp, digest: $0.digest) }
            trustedBefore = entries.isEmpty ? Int.min : (FileStamp.of(store.url("files.bin").path)?.mtimeSeconds ?? Int.min)
        }
    }

    /// Reads the parsed pages and list entries the store holds, once (a build that is skipped
    /// whole never needs them).
    public func loadEntries() {
        guard let store else { return }
        guard lock.withLock({ () -> Bool in
            defer { entriesLoaded = true }
            return !entriesLoaded
        }) else { return }
        let shards = Array(0..<CacheStore.shardCount).parallelMap { shard in
            store.read([Keyed<ParsedEntry>].self, from: "pages-\(shard).bin") ?? []
        }
        let fragments = store.read([Keyed<RenderedEntry>].self, from: "fragments.bin") ?? []
        lock.withLock {
            // Entries stored since (this build's) win over what was on disk; pages of files no
            // longer in the site (the loader has listed them by now) are dropped.
            for (index, shard) in shards.enumerated() {
                for entry in shard where CacheStore.shard(of: entry.key) == index && pages[entry.key] == nil {
                    if files[entry.key] == nil { dirtyShards.insert(index) } else { pages[entry.key] = entry.value }
                }
            }
            for entry in fragments where self.fragments[entry.key] == nil { self.fragments[entry.key] = entry.value }
        }
    }

    /// Writes what changed since the cache was read or last saved; no-op in memory. Saves
    /// run one at a time; a build may go on meanwhile.
    public func save() {
        guard let store else { return }
        saveLock.withLock { write(to: store) }
    }

    private func write(to store: CacheStore) {
        let (fileEntries, shards, fragmentEntries) = lock.withLock { () -> (StampTable, [(Int, [Keyed<ParsedEntry>])], [Keyed<RenderedEntry>]?) in
            let dirty = dirtyShards.sorted()
            dirtyShards = []
            var byShard: [Int: [String: ParsedEntry]] = [:]
            for shard in dirty { byShard[shard] = [:] }
            for (path, entry) in pages {
                let shard = CacheStore.shard(of: path)
                if byShard[shard] != nil { byShard[shard]?[path] = entry }
            }
            if !usedFragments.isEmpty && usedFragments.count < fragments.count {
                fragments = fragments.filter { usedFragments.contains($0.key) }
                fragmentsChanged = true
            }
            usedFragments = []
            let changedFragments = fragmentsChanged ? Keyed.array(fragments) : nil
            fragmentsChanged = false
            return (StampTable(files.mapValues { ($0.digest, $0.stamp) }), dirty.map { ($0, Keyed.array(byShard[$0] ?? [:])) }, changedFragments)
        }
        _ = shards.parallelMap { (shard, entries) in store.write(entries, to: "pages-\(shard).bin") }
        if let fragmentEntries { store.write(fragmentEntries, to: "fragments.bin") }
        store.write(fileEntries, to: "files.bin")
        // Stamps recorded in the second the file was written (or later) are not trusted.
        let written = FileStamp.of(store.url("files.bin").path)?.mtimeSeconds ?? Int.min
        lock.withLock { trustedBefore = written }
    }
}
