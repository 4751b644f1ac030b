import Instances
import Testing

@Suite("Instance ids")
struct InstanceIDTests {
    @Test("an id names its distribution, level, split, index and seed")
    func parts() throws {
        let id = try InstanceID("setcover-easy-test-00017")
        #expect(id == InstanceID(distribution: "setcover", level: .easy, split: .test, index: 17))
        #expect(id.seed == 2_200_017)
        #expect(id.description == "setcover-easy-test-00017")
        #expect(try InstanceID("indset-ba-tiny-valid-3").description == "indset-ba-tiny-valid-00003")
    }

    @Test("malformed or unknown ids are rejected with the valid choices", arguments: [
        ("setcover-easy-test", "is not an instance id"),
        ("setcover-easy-test-x1", "is not an instance id"),
        ("setcover-easy-test-+1", "is not an instance id"),
        ("sudoku-easy-test-00001", "valid distributions: setcover, auction"),
        ("setcover-trivial-test-00001", "valid levels: tiny, easy, medium, hard"),
        ("setcover-easy-holdout-00001", "valid splits: train, valid, test"),
        ("setcover-easy-test-00100", "that split has 100 instances"),
    ])
    func rejected(text: String, message: String) {
        #expect {
            _ = try InstanceID(text)
        } throws: { error in
            (error as? InstanceLibraryError)?.description.contains(message) == true
        }
    }
}
