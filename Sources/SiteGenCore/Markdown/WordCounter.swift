/// Counts Hangul syllables and other words for reading time, straight on cmark's UTF-8
/// bytes (this runs over every text node of every page, so it avoids Unicode property lookups).
enum WordCounter {
    static func count(_ text: UnsafePointer<CChar>, into count: inout WordCount) {
        var pointer = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var inWord = false
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if byte < 0x80 {
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
                if isWordByte && !inWord { count.otherWords += 1 }
                inWord = isWordByte
                pointer += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if length == 3, pointer[1] != 0, pointer[2] != 0, isHangulSyllable(pointer) {
                count.hangulSyllables += 1
                inWord = false
            } else if !inWord {
                count.otherWords += 1
                inWord = true
            }
            var step = 1
            while step < length, pointer[step] != 0 { step += 1 }
            pointer += step
        }
    }

    /// U+AC00 (EA B0 80) through U+D7A3 (ED 9E A3).
    private static func isHangulSyllable(_ bytes: UnsafePointer<UInt8>) -> Bool {
        let scalar = (UInt32(bytes[0] & 0x0F) << 12) | (UInt32(bytes[1] & 0x3F) << 6) | UInt32(bytes[2] & 0x3F)
        return scalar >= 0xAC00 && scalar <= 0xD7A3
    }
}
