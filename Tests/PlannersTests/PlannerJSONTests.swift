import Foundation
import Planners
import Testing

@Suite("Planner JSON")
struct PlannerJSONTests {
    struct Fleet: Codable {
        struct GPUType: Codable { var name: String; var price: Double }
        var types: [GPUType]
    }

    @Test("a wrong type names the field path")
    func typeMismatchNamesPath() {
        let json = Data(#"{"types": [{"name": "A10G", "price": 1.01}, {"name": "A100", "price": "cheap"}]}"#.utf8)
        #expect(throws: PlannerInputError.self) { try PlannerJSON.decode(Fleet.self, from: json) }
        do {
            _ = try PlannerJSON.decode(Fleet.self, from: json)
        } catch {
            #expect(error.field == "types[1].price")
            #expect(error.message.contains("a number"))
        }
    }

    @Test("a missing field is named")
    func missingField() {
        let json = Data(#"{"types": [{"name": "A10G"}]}"#.utf8)
        do {
            _ = try PlannerJSON.decode(Fleet.self, from: json)
            Issue.record("decoding should fail")
        } catch {
            #expect(error.description == "types[0].price: is missing")
        }
    }

    @Test("malformed JSON is reported, not crashed on")
    func malformed() {
        #expect(throws: PlannerInputError.self) { try PlannerJSON.decode(Fleet.self, from: Data("{".utf8)) }
    }
}
