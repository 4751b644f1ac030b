import Foundation
import MILP
import Planners
import Testing

@Suite("Expert loads: JSON, CSV and NumPy input")
struct ExpertLoadsInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("a float64 .npy written by NumPy decodes to its values")
    func numPyFloat64() throws {
        let loads = try ExpertLoads.read(try Data(contentsOf: Self.fixtures.appendingPathComponent("loads-3x4-f8.npy")), format: .npy)
        #expect(loads.windows == [[[10, 0, 5, 1], [2, 2, 2, 2], [7, 1, 0, 3.5]]])
    }

    @Test("a Fortran-order int32 3-D .npy written by NumPy decodes to windows in C order")
    func numPyFortranWindows() throws {
        let loads = try ExpertLoads.read(try Data(contentsOf: Self.fixtures.appendingPathComponent("loads-2x3x4-i4-fortran.npy")), format: .npy)
        // np.arange(24).reshape(2, 3, 4): element [t][l][e] is 12t + 4l + e.
        var expected: [[[Double]]] = []
        for window in 0..<2 {
            var layers: [[Double]] = []
            for layer in 0..<3 { layers.append((0..<4).map { Double(12 * window + 4 * layer + $0) }) }
            expected.append(layers)
        }
        #expect(loads.windows == expected)
    }

    @Test("a .npy that ends early, is big-endian, holds booleans or has another version is refused by name", arguments: [
        ("truncated", "ends early"), ("big-endian", "big-endian"), ("booleans", "booleans"), ("version 3", "version 3.0"),
    ])
    func numPyRefusals(kind: String, message: String) throws {
        var bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("loads-3x4-f8.npy")))
        let header = String(decoding: bytes[10..<128], as: UTF8.self)
        func replacing(_ old: String, _ new: String) -> [UInt8] {
            Array(bytes[0..<10]) + Array(header.replacingOccurrences(of: old, with: new).utf8) + Array(bytes[128...])
        }
        switch kind {
        case "truncated": bytes.removeLast(3)
        case "big-endian": bytes = replacing("'<f8'", "'>f8'")
        case "booleans": bytes = replacing("'<f8'", "'|b1'")
        default: bytes[6] = 3
        }
        #expect { try ExpertLoads.read(Data(bytes), format: .npy) } throws: { error in
            (error as? PlannerInputError)?.description.contains(message) == true
        }
    }

    @Test("JSON: a 2-D array, an object with loads, and a 3-D history decode alike")
    func jsonForms() throws {
        let plain = try ExpertLoads.read(Data("[[1, 2], [3, 4]]".utf8), format: .json)
        let object = try ExpertLoads.read(Data(#"{"loads": [[1, 2], [3, 4]]}"#.utf8), format: .json)
        let history = try ExpertLoads.read(Data("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]".utf8), format: .json)
        #expect(plain == object)
        #expect(plain.windows == [[[1, 2], [3, 4]]])
        #expect(history.windowCount == 2)
        #expect(history.summed == [[6, 8], [10, 12]])
    }

    @Test("JSON: a misspelt key is refused with a suggestion, a bad element is named by its path")
    func jsonStrictness() {
        #expect { try ExpertLoads.read(Data(#"{"lods": [[1, 2]]}"#.utf8), format: .json) } throws: { error in
            let error = error as? PlannerInputError
            return error?.field == "lods" && error?.message.contains("did you mean") == true && error?.message.contains("loads") == true
        }
        #expect { try ExpertLoads.read(Data(#"{"loads": [[1, 2], [3, "x"]]}"#.utf8), format: .json) } throws: { error in
            (error as? PlannerInputError)?.field == "loads[1][1]"
        }
        #expect { try ExpertLoads.read(Data("[[1, 2], [3]]".utf8), format: .json) } throws: { error in
            (error as? PlannerInputError)?.field == "loads[1]"
        }
    }

    @Test("CSV: one line per layer; a bad cell is named by line and column")
    func csv() throws {
        let loads = try ExpertLoads.read(Data("1,2,3\n4,5,6\n".utf8), format: .csv)
        #expect(loads.windows == [[[1, 2, 3], [4, 5, 6]]])
        #expect { try ExpertLoads.read(Data("1,2,3\n4,x,6\n".utf8), format: .csv) } throws: { error in
            (error as? PlannerInputError)?.field == "line 2, column 3"
        }
    }

    @Test("negative, infinite and absurdly large loads are refused naming the element", arguments: [-1.0, .infinity, 1e300])
    func loadRange(value: Double) {
        #expect { try ExpertLoads([[1, value]]) } throws: { error in (error as? PlannerInputError)?.field == "loads[0][1]" }
    }
}
