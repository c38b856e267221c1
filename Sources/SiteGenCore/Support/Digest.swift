/// A 128-bit non-cryptographic digest that is the same in every process (unlike `Hasher`),
/// for telling whether a site's inputs changed since the last build.
struct Digest {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var length: UInt64 = 0

    /// Adds a string and a separator, so ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0xFF)) { add($0) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        for offset in index..<bytes.count { tail |= UInt64(bytes[offset]) << (8 * UInt64(offset - index)) }
        mix(tail ^ (UInt64(bytes.count - index) << 56))
        length &+= UInt64(bytes.count)
    }

    private mutating func mix(_ word: UInt64) {
        first = (first ^ word) &* 0x0000_0100_0000_01B3
        second = (second &+ word &+ (second << 6) &+ (second >> 2)) &* 0xff51_afd7_ed55_8ccd
        second ^= second >> 33
    }

    /// 32 hexadecimal digits (written digit by digit: every output and shared value of a build
    /// is known by one, and `String(radix:)` with padding was a tenth of making a context).
    var hex: String {
        let words = (first ^ length, second &+ length)
        return String(unsafeUninitializedCapacity: 32) { buffer in
            let digits: StaticString = "0123456789abcdef"
            for (offset, word) in [words.0, words.1].enumerated() {
                for position in 0..<16 {
                    let nibble = Int(truncatingIfNeeded: word >> (60 - 4 * UInt64(position))) & 15
                    buffer[offset * 16 + position] = digits.utf8Start[nibble]
                }
            }
            return 32
        }
    }
}
