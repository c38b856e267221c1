import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps elements on all cores, keeping order; `transform` must be pure.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(perWorker: { _ in () }) { _, element in transform(element) }
    }

    /// `parallelMap` where each worker first makes its own `State` from its number
    /// (`0..<activeProcessorCount`), say its own copy of something every element reads:
    /// reference counts of objects that all cores touch are atomic read-modify-writes on one
    /// shared cache line, and per-worker copies keep them apart. Workers take small batches
    /// from a shared counter, so a slow batch never leaves a core idle for long.
    func parallelMap<State, T: Sendable>(perWorker makeState: @Sendable (Int) -> State,
                                         _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        guard count > 1 else {
            var state = makeState(0)
            return map { transform(&state, $0) }
        }
        let results = ResultSlots<T>(count: count)
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        let batch = Swift.max(1, Swift.min(16, count / (workers * 8)))
        let next = AtomicCounter()
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var state = makeState(worker)
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
