/// The words a CPLEX LP file gives a meaning, in lower case: section keywords and the words of
/// two-word ones, the words of bounds, and sections of other dialects that are refused.
///
/// The lexer recognises them once per name token, in any case, from the bytes, so that the parser
/// compares words rather than strings.
enum LPWord: String, CaseIterable {
    case minimize, minimise, minimum, min, maximize, maximise, maximum, max
    case st, sDotTDot = "s.t.", stDot = "st.", subject, to, such, that
    case bounds, bound, general, generals, gen, integer, integers
    case binary, binaries, bin, semi, semis, continuous, sos, end
    case lazy, constraints, user, cuts, multi, objectives, pwlobj
    case free, inf, infinity

    /// The longest word, in bytes: longer names are never compared.
    private static let longest = allCases.map(\.rawValue.utf8.count).max()!

    /// A word of up to 16 bytes packed into two integers.
    private typealias Key = (head: UInt64, tail: UInt64)

    /// The words by length, each packed as ``packed(_:)`` packs it.
    private static let byLength: [[(key: Key, word: LPWord)]] = {
        var table = [[(key: Key, word: LPWord)]](repeating: [], count: longest + 1)
        for word in allCases {
            let bytes = Array(word.rawValue.utf8)
            bytes.withUnsafeBufferPointer { table[bytes.count].append((packed($0), word)) }
        }
        return table
    }()

    /// The word `bytes` spell in any case, if they spell one.
    static func spelled(by bytes: UnsafeBufferPointer<UInt8>) -> LPWord? {
        guard bytes.count <= longest else { return nil }
        let key = packed(bytes)
        for entry in byLength[bytes.count] where entry.key == key { return entry.word }
        return nil
    }

    /// Up to 16 bytes in two integers, with ASCII letters in lower case. Setting the 0x20 bit
    /// changes other name bytes too (`@` to `` ` ``), but none into a letter or a period, so
    /// only the words' own spellings in other cases meet their keys.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        var key: Key = (0, 0)
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 {
                key.head = key.head << 8 | UInt64(byte | 0x20)
            } else {
                key.tail = key.tail << 8 | UInt64(byte | 0x20)
            }
        }
        return key
    }
}
