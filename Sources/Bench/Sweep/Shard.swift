/// A deterministic slice of a sweep, `index` of `count` (from 0), so that a scheduler can spread
/// one sweep over machines: every task belongs to exactly one shard.
///
/// A task's shard depends on its key alone (a 64-bit FNV-1a hash of instance, configuration and
/// repetition, modulo `count`), not on the other tasks, so machines that list the instances in a
/// different order still agree.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// The shard's index, from 0 to `count - 1`.
    public let index: Int
    /// How many shards the sweep is split into.
    public let count: Int

    /// The whole sweep as one shard.
    public static let whole = Shard(validIndex: 0, count: 1)

    /// Shard `index` of `count`; throws unless `0 ≤ index < count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw ShardError(text: "\(index)/\(count)", reason: "the shard count must be at least 1") }
        guard (0..<count).contains(index) else {
            throw ShardError(text: "\(index)/\(count)", reason: "the shard index must be from 0 to \(count - 1)")
        }
        self.init(validIndex: index, count: count)
    }

    /// Parses `i/N`, such as `0/4`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError(text: text, reason: "write the shard as INDEX/COUNT with INDEX from 0, such as 0/4")
        }
        try self.init(index: index, count: count)
    }

    private init(validIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Whether the task with `key` belongs to this shard.
    public func contains(_ key: TaskKey) -> Bool {
        count == 1 || Int(Self.hash(key) % UInt64(count)) == index
    }

    /// `index/count`.
    public var description: String { "\(index)/\(count)" }

    /// FNV-1a over the key's fields, separated by a unit-separator byte.
    private static func hash(_ key: TaskKey) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(key.instance.utf8) + [0x1F] + Array(key.configuration.utf8) + [0x1F] + Array(String(key.repetition).utf8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
