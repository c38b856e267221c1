/// Character classes on single UTF-8 bytes, for the lexers. Bytes of multi-byte characters
/// (0x80 and up) count as letters, so non-ASCII identifiers stay whole.
enum Bytes {
    /// Space, tab, newline or carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 10 || byte == 9 || byte == 13
    }

    /// `0`–`9`.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57
    }

    /// `0`–`9`, `a`–`f`, `A`–`F`.
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 102)
    }

    /// ASCII letters, `_`, and every byte of a non-ASCII character.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == 95 || byte >= 0x80
    }

    /// A letter or a digit.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
    }

    /// `A`–`Z`.
    static func isUpper(_ byte: UInt8) -> Bool {
        byte >= 65 && byte <= 90
    }

    /// ASCII lowercase of a byte (other bytes unchanged).
    static func lower(_ byte: UInt8) -> UInt8 {
        isUpper(byte) ? byte | 0x20 : byte
    }
}
