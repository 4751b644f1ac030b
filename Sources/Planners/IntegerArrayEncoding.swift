extension KeyedEncodingContainer {
    /// Encodes `rows` number by number through the encoder's `Int` entry point. Nested arrays
    /// encoded as a whole go through the generic entry point instead, where `JSONEncoder` checks
    /// every number's type at run time: about three times slower, which counts for plans with
    /// millions of slots. The JSON is the same.
    mutating func encode(integers rows: [[Int]], forKey key: Key) throws {
        var container = nestedUnkeyedContainer(forKey: key)
        try container.encode(integers: rows)
    }

    /// Encodes `layers` as ``encode(integers:forKey:)`` does rows.
    mutating func encode(integers layers: [[[Int]]], forKey key: Key) throws {
        var container = nestedUnkeyedContainer(forKey: key)
        for rows in layers {
            var layer = container.nestedUnkeyedContainer()
            try layer.encode(integers: rows)
        }
    }
}

extension UnkeyedEncodingContainer {
    /// Encodes each row as a nested array, number by number through the `Int` entry point.
    fileprivate mutating func encode(integers rows: [[Int]]) throws {
        for row in rows {
            var container = nestedUnkeyedContainer()
            for value in row { try container.encode(value) }
        }
    }
}
