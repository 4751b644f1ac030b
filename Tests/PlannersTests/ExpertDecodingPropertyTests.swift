import Foundation
import MILP
import Planners
import PropertyBased
import Testing

/// Random and extreme values fed to every decoder of the expert planners — loads as JSON, CSV
/// and NumPy `.npy`, routing traces, replication problems and their hardware costs: each gives a
/// value within the documented limits or an ``InputError``, never a trap.
@Suite("Expert placement: decoding random and extreme inputs")
struct ExpertDecodingPropertyTests {
    /// JSON values that break naive decoders: limits of Int and Double, tiny numbers, wrong types.
    static let numbers = ["0", "-1", "1", "2", "3", "4", "8", "0.5", "1e15", "1e16", "1e300", "-1e300", "1e-320",
                          "9223372036854775807", "-9223372036854775808", "18446744073709551616", "null", "true", "\"7\"", "[]", "{}"]
    /// CSV cells: numbers, spellings Swift's parser accepts but JSON does not, and garbage.
    static let cells = ["0", "1", "2.5", "1e15", "1e16", "-1", "nan", "inf", "-inf", "1e999", "0x10", "", " ", "x", "1,5", "\"1\""]

    /// One of `values`, shrinking towards the first.
    static func one(of values: [String]) -> Generator<String, Shrink.Integer<Int>> {
        Gen<Int>.int(in: 0...(values.count - 1)).map { values[$0] }
    }

    /// The value a field gets: one of ``numbers``, or nothing (the field left out).
    static let field = one(of: numbers).optional(valueRate: 0.8)

    /// `"name": value, ` for a present field, nothing for an absent one.
    static func entry(_ name: String, _ value: String?) -> String {
        value.map { "\"\(name)\": \($0), " } ?? ""
    }

    @Test("JSON loads (2-D, 3-D, under \"loads\") decode to loads within limits or an InputError")
    func jsonLoads() async {
        let rows = Self.one(of: Self.numbers).array(of: 0...4).array(of: 0...3)
        await propertyCheck(count: 300, input: rows.array(of: 1...2), Gen.bool) { windows, wrapped in
            let matrices = windows.map { "[" + $0.map { "[" + $0.joined(separator: ",") + "]" }.joined(separator: ",") + "]" }
            let array = matrices.count == 1 ? matrices[0] : "[" + matrices.joined(separator: ",") + "]"
            let text = wrapped ? #"{"loads": \#(array)}"# : array
            do throws(PlannerInputError) {
                let loads = try ExpertLoads.read(Data(text.utf8), format: .json)
                #expect(loads.windows.allSatisfy { $0.allSatisfy { $0.allSatisfy { (0...ExpertLoads.maximumLoad).contains($0) } } }, "\(text)")
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
            }
        }
    }

    @Test("CSV loads decode to loads within limits or an InputError naming the line and column")
    func csvLoads() async {
        let lines = Self.one(of: Self.cells).array(of: 0...4).array(of: 0...4)
        await propertyCheck(count: 300, input: lines) { lines in
            let text = lines.map { $0.joined(separator: ",") }.joined(separator: "\n")
            do throws(PlannerInputError) {
                let loads = try ExpertLoads.read(Data(text.utf8), format: .csv)
                #expect(loads.windows[0].allSatisfy { $0.allSatisfy { (0...ExpertLoads.maximumLoad).contains($0) } }, "\(text)")
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
            }
        }
    }

    @Test(".npy files with random headers and data decode to loads or an InputError")
    func numPyLoads() async {
        let descriptors = ["<f8", "<f4", "<i8", "<i4", "<i2", "|i1", "|u1", "<u8", "=f8", ">f8", "|b1", "<c16", "<f2", "<U3", "O", "<f"]
        let shape = Gen<Int>.int(in: -1...6).array(of: 0...4)
        let header = zip(Self.one(of: descriptors), Gen.bool, shape, Gen<Int>.int(in: 0...3))
        let data = Gen<Int>.int(in: 0...255).array(of: 0...160)
        await propertyCheck(count: 300, input: header, data) { header, data in
            let (descriptor, fortran, shape, version) = header
            let text = "{'descr': '\(descriptor)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': (\(shape.map(String.init).joined(separator: ", ")),), }\n"
            var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [UInt8(version), 0]
            bytes += version == 2 ? [UInt8(text.utf8.count & 0xff), UInt8(text.utf8.count >> 8), 0, 0] : [UInt8(text.utf8.count & 0xff), UInt8(text.utf8.count >> 8)]
            bytes += Array(text.utf8) + data.map { UInt8($0) }
            do throws(PlannerInputError) {
                let loads = try ExpertLoads.read(Data(bytes), format: .npy)
                #expect(loads.layerCount * loads.expertCount * loads.windowCount == shape.reduce(1, *), "\(text)")
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
            }
        }
    }

    @Test("routing traces with extreme counts, costs and record ids decode to a valid problem or an InputError")
    func traces() async {
        let counts = zip(Self.field, Self.field, Self.field, Self.field, Self.field, Self.field)
        let record = zip(Self.one(of: Self.numbers), Self.one(of: Self.numbers), Self.one(of: Self.numbers))
        await propertyCheck(count: 300, input: counts, record.array(of: 0...3), Gen.bool) { counts, records, logged in
            let (gpus, perNode, slots, intra, inter, weight) = counts
            let fields = Self.entry("gpus", gpus) + Self.entry("gpusPerNode", perNode) + Self.entry("slotsPerGPU", slots)
                + Self.entry("intraNodeCost", intra) + Self.entry("interNodeCost", inter) + Self.entry("communicationWeight", weight)
            let log = records.enumerated().map { #"{"token": \#($0), "layer": \#($1.0), "experts": [\#($1.1), \#($1.2)]}"# }
            let text = logged
                ? "{\(fields)\"routingLog\": [\(log.joined(separator: ","))]}"
                : "{\(fields)\"loads\": [[3, 1], [2, 2]], \"transitions\": [[[1, 2], [0, 1]]]}"
            do throws(PlannerInputError) {
                let problem = try ExpertPlacementProblem.decode(from: Data(text.utf8))
                #expect((1...ExpertPlacementProblem.limits.gpus).contains(problem.gpus), "\(text)")
                #expect(problem.slotsPerGPU * problem.gpus >= problem.expertCount, "\(text)")
                #expect(problem.communicationWeight.isFinite && problem.interNodeCost >= problem.intraNodeCost, "\(text)")
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
            }
        }
    }

    @Test("replication problems with extreme counts and hardware costs decode to a valid problem or an InputError")
    func replicationProblems() async {
        let counts = zip(Self.field, Self.field, Self.field, Self.field, Self.field, Self.field, Self.field)
        let costs = zip(Self.field, Self.one(of: ["\"bf16\"", "\"fp8\"", "\"int4\"", "2"]), Self.field, Self.field, Self.field)
        await propertyCheck(count: 300, input: counts, costs.optional(valueRate: 0.5)) { counts, costs in
            let (replicas, gpus, nodes, groups, topK, perToken, slotsLimit) = counts
            var text = "{\"loads\": [[5, 1, 1, 1], [1, 2, 3, 4]], " + Self.entry("replicas", replicas) + Self.entry("gpus", gpus)
                + Self.entry("nodes", nodes) + Self.entry("groups", groups) + Self.entry("topK", topK)
                + Self.entry("groupsPerToken", perToken) + Self.entry("slotsPerGPULimit", slotsLimit)
            if let (hidden, dtype, intra, inter, time) = costs {
                text += "\"costs\": {" + Self.entry("hiddenSize", hidden) + Self.entry("intraNodeBandwidth", intra)
                    + Self.entry("interNodeBandwidth", inter) + Self.entry("expertTimePerToken", time) + "\"dtype\": \(dtype)}, "
            }
            text = String(text.dropLast(2)) + "}"
            do throws(PlannerInputError) {
                let problem = try ExpertReplicationProblem.decode(from: Data(text.utf8))
                #expect(problem.replicas % problem.gpus == 0 && problem.gpus % problem.nodes == 0, "\(text)")
                if let costs = problem.costs {
                    #expect(costs.intraNodeCost.isFinite && costs.interNodeCost >= costs.intraNodeCost, "\(text)")
                }
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
            }
        }
    }
}
