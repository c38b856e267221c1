#if canImport(Glibc)
import Cmalloc
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's memory: its peak (for `--timings`) and how glibc's allocator is tuned for a
/// build. The one place sitegen calls `getrusage` and `mallopt`.
public enum ProcessMemory {
    /// The process's peak resident memory so far, in bytes (Linux reports KiB, macOS bytes).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// Tunes glibc's allocator for a build, once at start. By default each worker thread's
    /// arena gives memory back to the kernel as soon as 128 KiB at its top are free and takes it
    /// again page by page (`mprotect` per growth, a page fault per page), and buffers above a
    /// sliding threshold get an `mmap` of their own, zeroed and faulted in on every use. A
    /// build frees and allocates hundreds of megabytes in phases (cache files, pages, contexts,
    /// rendered files), so it paid that churn over and over: on a one-post edit of a
    /// 10,000-post site it was about a sixth of the wall time (BENCHMARKS.md). Kept memory is
    /// reused by the next phase; the peak does not grow. No effect on other allocators.
    public static func tuneAllocatorForBuilds() {
        #if canImport(Glibc)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)  // keep freed memory for the next phase
        _ = mallopt(M_TOP_PAD, 64 << 20)  // grow arenas 64 MiB at a time
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)  // buffers up to 32 MiB come from the arenas (glibc's maximum)
        #endif
    }
}
