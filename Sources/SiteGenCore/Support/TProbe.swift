import Foundation
import Synchronization
public enum TProbe {
    static let totals = Mutex<[String: UInt64]>([:])
    @inline(__always) static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func add(_ key: String, _ start: UInt64) { let d = now() - start; totals.withLock { $0[key, default: 0] += d } }
    public static func dump() {
        guard ProcessInfo.processInfo.environment["SITEGEN_PROBE"] != nil else { return }
        totals.withLock { for (k, v) in $0.sorted(by: { $0.key < $1.key }) { FileHandle.standardError.write(Data("  \(k) \(Double(v)/1e6) ms\n".utf8)) } }
    }
}
