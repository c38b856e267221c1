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
