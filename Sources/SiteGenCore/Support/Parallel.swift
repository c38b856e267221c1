import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps elements on all cores, keeping order; `transform` must be pure.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < elements.count {
                    results.store(transform(elements[index]), at: index)
                    index += chunks
                }
            }
        }
        return results.values()
    }
}

extension Array where Element: Sendable {
    /// `parallelMap` where each worker first makes its own `State` (say, its own copy of
    /// something every element reads). Reference counts of objects that all cores touch are
    /// atomic read-modify-writes on one shared cache line; per-worker copies keep them apart.
    func parallelMap<State, T: Sendable>(perWorker makeState: @Sendable () -> State,
                                         _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        guard count > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let results = ResultSlots<T>(count: count)
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        // Interleaved batches of 16 share the work out evenly without a lock.
        let batch = 16
        let next = AtomicCounter()
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = makeState()
                while true {
                    let start = next.add(batch)
                    guard start < elements.count else { break }
                    for index in start..<Swift.min(start + batch, elements.count) {
                        results.store(transform(&state, elements[index]), at: index)
                    }
                }
            }
        }
        return results.values()
    }
}

/// A counter workers take turns on.
private final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Adds `amount` and returns the value before.
    func add(_ amount: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let old = value
        value += amount
        return old
    }
}

/// Write-once result slots for `parallelMap`; each index is written by exactly one worker,
/// into memory allocated once, so no Swift exclusivity check sees overlapping access.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}
