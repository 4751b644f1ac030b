import Foundation

/// Numbers the names of a CPLEX LP file in the order they first appear, looking each occurrence
/// up by its bytes in the file's text, without making a `String` of it: an open-addressing hash
/// table (FNV-1a, linear probing) whose slots also hold a name's first 8 bytes, so that names of
/// up to 8 bytes are compared without going back to the text.
///
/// Names are equal as Swift strings are, by canonical equivalence, so that reading stays the
/// same whatever the bytes: ASCII names are equal when their bytes are, but a non-ASCII name may
/// equal another spelled with other bytes (the Kelvin sign is a `K`). From the first non-ASCII
/// name on, names are also kept as strings, and a name the bytes do not find is looked up there.
struct LPNameTable {
    /// The bytes each name was first seen as, by number; they point into the text being read.
    private var spellings: [UnsafeBufferPointer<UInt8>] = []
    /// Each slot holds a name's key (see ``number(of:)``), its first 8 bytes, and its number plus
    /// one, or a number of 0 when empty; the count is a power of two.
    private var slots = [Slot](repeating: (0, 0, 0), count: 1024)
    /// The names by string, once a non-ASCII name has appeared; `nil` before.
    private var numbersByString: [String: Int]?

    private typealias Slot = (key: UInt64, head: UInt64, number: Int)

    /// The number of the name `bytes` spell, and its text when it is new (then numbered `count`).
    /// `bytes` must stay valid as long as the table is used.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, newName: String?) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var head: UInt64 = 0
        var isASCII = true
        for (offset, byte) in bytes.enumerated() {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            if offset < 8 { head |= UInt64(byte) << (8 * offset) }
            isASCII = isASCII && byte < 0x80
        }
        // The key is the hash with the length in its top byte: names with equal keys have equal
        // lengths (below 255), so up to 8 bytes, whose zero-padded heads differ when the names do
        // (names hold no zero byte), they are equal when their heads are.
        let key = hash & 0x00FF_FFFF_FFFF_FFFF | UInt64(min(bytes.count, 255)) << 56
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].number != 0 {
            let number = slots[slot].number - 1
            if slots[slot].key == key, slots[slot].head == head,
               bytes.count <= 8 || (spellings[number].count == bytes.count
                   && memcmp(spellings[number].baseAddress!, bytes.baseAddress!, bytes.count) == 0) {
                return (number, nil)
            }
            slot = (slot + 1) & mask
        }
        let name = String(decoding: bytes, as: UTF8.self)
        if !isASCII, numbersByString == nil {
            numbersByString = Dictionary(uniqueKeysWithValues: spellings.enumerated().map { (String(decoding: $1, as: UTF8.self), $0) })
        }
        if let number = numbersByString?[name] { return (number, nil) }
        let number = spellings.count
        spellings.append(bytes)
        numbersByString?[name] = number
        slots[slot] = (key, head, number + 1)
        if 2 * spellings.count > slots.count { grow() }
        return (number, name)
    }

    /// Doubles the slots and places every name again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: (0, 0, 0), count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry.number != 0 {
            var slot = Int(truncatingIfNeeded: entry.key) & mask
            while slots[slot].number != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
