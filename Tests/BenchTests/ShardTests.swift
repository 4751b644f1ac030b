import Bench
import Testing

@Suite struct ShardTests {
    private let keys = (0..<40).flatMap { instance in
        ["glpk-defaults", "recommended", "portfolio"].flatMap { configuration in
            (0..<3).map { TaskKey(instance: "Instances/public/i\(instance).mps", configuration: configuration, repetition: $0) }
        }
    }

    @Test(arguments: 1...6)
    func putsEveryTaskInExactlyOneShard(count: Int) throws {
        let shards = try (0..<count).map { try Shard(index: $0, count: count) }
        for key in keys {
            #expect(shards.filter { $0.contains(key) }.count == 1, "\(key)")
        }
        let sizes = shards.map { shard in keys.filter(shard.contains).count }
        #expect(sizes.reduce(0, +) == keys.count)
        #expect(sizes.allSatisfy { $0 > 0 }, "some shard of \(count) is empty: \(sizes)")
    }

    @Test func dependsOnTheKeyAloneNotOnTheOrder() throws {
        let shard = try Shard(parsing: "1/3")
        #expect(keys.filter(shard.contains) == keys.reversed().filter(shard.contains).reversed())
    }

    @Test func parsesIndexSlashCount() throws {
        let shard = try Shard(parsing: "2/4")
        #expect(shard.index == 2 && shard.count == 4)
        #expect(shard.description == "2/4")
        #expect(Shard.whole == (try Shard(parsing: "0/1")))
    }

    @Test(arguments: ["4/4", "-1/2", "1/0", "1", "a/b", "1/2/3", ""])
    func refusesShardsThatDoNotExist(_ text: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
    }
}
