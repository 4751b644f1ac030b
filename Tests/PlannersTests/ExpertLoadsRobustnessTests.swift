import Foundation
import MILP
import Planners
import Testing

/// Random and extreme inputs to every expert-replication decoder: each gives a value or a typed
/// error, never a trap. Seeded, so a failure replays.
@Suite("Expert replication inputs: random and extreme values")
struct ExpertLoadsRobustnessTests {
    static let extremes: [String] = ["0", "-1", "1e15", "1e16", "1e300", "-1e300", "9223372036854775807", "-9223372036854775808",
                                     "18446744073709551616", "0.5", "NaN", "null", "true", "\"7\"", "[]", "{}", "1e-320"]

    @Test("JSON loads with extreme numbers decode or are refused with an InputError")
    func jsonLoads() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<400 {
            let rows = (0..<random.integer(in: 1...3)).map { _ in
                "[" + (0..<random.integer(in: 0...3)).map { _ in Self.extremes[random.integer(in: 0...(Self.extremes.count - 1))] }
                    .joined(separator: ",") + "]"
            }
            let text = random.integer(in: 0...1) == 0 ? "[\(rows.joined(separator: ","))]" : #"{"loads": [\#(rows.joined(separator: ","))]}"#
            do {
                let loads = try ExpertLoads.read(Data(text.utf8), format: .json)
                #expect(loads.windows.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0 >= 0 && $0 <= ExpertLoads.maximumLoad } } })
            } catch {
                #expect(error is InputError, "\(text): \(error)")
            }
        }
    }

    @Test("random bytes after a .npy magic and header decode or are refused with an InputError")
    func numPyBytes() {
        var random = SeededGenerator(seed: 12)
        let descriptors = ["<f8", "<f4", "<i8", "<i4", "|u1", "<u8", ">f8", "|b1", "<c16", "<f2", "O"]
        for _ in 0..<400 {
            let shape = (0..<random.integer(in: 0...4)).map { _ in String(random.integer(in: -1...5)) }.joined(separator: ", ")
            let descriptor = descriptors[random.integer(in: 0...(descriptors.count - 1))]
            let header = "{'descr': '\(descriptor)', 'fortran_order': \(random.integer(in: 0...1) == 0 ? "False" : "True"), 'shape': (\(shape),), }\n"
            var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [UInt8(random.integer(in: 1...3)), 0]
            bytes += [UInt8(header.utf8.count & 0xff), UInt8(header.utf8.count >> 8)]
            if bytes[6] == 2 { bytes += [0, 0] }
            bytes += Array(header.utf8)
            bytes += (0..<random.integer(in: 0...200)).map { _ in UInt8(random.integer(in: 0...255)) }
            do {
                _ = try ExpertLoads.read(Data(bytes), format: .npy)
            } catch {
                #expect(error is InputError)
            }
        }
    }

    @Test("extreme replica, GPU, node and group counts are accepted or refused naming the field, never trapped on")
    func problemCounts() throws {
        let loads = try ExpertLoads([[1, 2, 3, 4], [4, 3, 2, 1]])
        let values = [Int.min, -1, 0, 1, 2, 3, 4, 8, 1_000_000, 1_000_001, Int.max]
        for replicas in values {
            for gpus in values {
                for nodes in [Int.min, 0, 1, 2, Int.max] {
                    do {
                        let problem = try ExpertReplicationProblem(loads: loads, replicas: replicas, gpus: gpus, nodes: nodes, groups: 2)
                        #expect(problem.replicas % problem.gpus == 0)
                    } catch {
                        #expect(["replicas", "gpus", "nodes", "groups", "mode"].contains(error.field))
                    }
                }
            }
        }
    }
}
