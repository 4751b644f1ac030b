import MILP
import Testing

@Suite("Input decoding")
struct InputDecoderTests {
    enum Speed: String, Codable, CaseIterable { case slow, fast }

    struct Fleet: Codable, Equatable {
        struct GPUType: Codable, Equatable {
            var name: String
            var price: Double
            var count: Int?
        }
        var types: [GPUType]
        var speed: Speed?
        var labels: [String: Double]?
    }

    /// Another schema's document: fields it does not read are its own business.
    struct Foreign: LenientDecodable { var name: String }

    struct Wrapper: Decodable { var fleet: Fleet; var foreign: Foreign? }

    private func error<T: Decodable>(_ type: T.Type, _ json: String, strict: Bool = true) -> InputError? {
        do {
            _ = try InputDecoder(rejectsUnknownFields: strict).decode(type, fromJSON: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("a document decodes to the same value the types hold")
    func roundTrip() throws {
        let fleet = try InputDecoder().decode(Fleet.self, fromJSON: Array(#"""
            {"types": [{"name": "A10G", "price": 1.01, "count": 3}, {"name": "H\u00e9", "price": 2}],
             "speed": "fast", "labels": {"x": 1e-3}}
            """#.utf8))
        #expect(fleet == Fleet(types: [.init(name: "A10G", price: 1.01, count: 3), .init(name: "Hé", price: 2)],
                               speed: .fast, labels: ["x": 0.001]))
    }

    @Test("an unknown field is named with its path and the nearest known field")
    func unknownFieldSuggestsTheNearest() {
        let error = error(Fleet.self, #"{"types": [{"name": "A", "price": 1}, {"name": "B", "price": 2, "cuont": 1}]}"#)
        #expect(error == InputError(field: "types[1].cuont", #"unknown field; did you mean "count"?"#))
    }

    @Test("an unknown field far from every known one lists them")
    func unknownFieldListsTheKnown() {
        let error = error(Fleet.self, #"{"types": [], "colour": "red"}"#)
        #expect(error == InputError(field: "colour", #"unknown field; expected one of "labels", "speed", "types""#))
    }

    @Test("a misspelt required field is reported as the misspelling, not as missing")
    func misspeltRequiredField() {
        #expect(error(Fleet.self, #"{"types": [{"name": "A", "prise": 1}]}"#)
            == InputError(field: "types[0].prise", #"unknown field; did you mean "price"?"#))
        #expect(error(Fleet.self, #"{"types": [{"name": "A"}]}"#) == InputError(field: "types[0].price", "is missing"))
    }

    @Test("without strictness unknown fields are ignored")
    func lenientDecoding() {
        #expect(error(Fleet.self, #"{"types": [], "colour": "red"}"#, strict: false) == nil)
    }

    @Test("a lenient type keeps its unknown fields to itself, its neighbours stay strict")
    func lenientSubtree() {
        #expect(error(Wrapper.self, #"{"fleet": {"types": []}, "foreign": {"name": "x", "extra": 1}}"#) == nil)
        #expect(error(Wrapper.self, #"{"fleet": {"types": [], "extra": 1}, "foreign": {"name": "x"}}"#)?.field == "fleet.extra")
    }

    @Test("a value of the wrong kind says what was expected and what was found")
    func mismatch() {
        #expect(error(Fleet.self, #"{"types": [{"name": "A", "price": "cheap"}]}"#)
            == InputError(field: "types[0].price", #"expected a number, got a string ("cheap")"#))
        #expect(error(Fleet.self, #"{"types": {"name": "A"}}"#) == InputError(field: "types", "expected an array, got an object"))
        #expect(error(Fleet.self, #"[1]"#) == InputError(field: "", "expected an object, got an array"))
        #expect(error(Fleet.self, #"{"types": [{"name": null, "price": 1}]}"#) == InputError(field: "types[0].name", "expected a string, got null"))
    }

    @Test("whole numbers convert only when they fit exactly", arguments: [
        ("1.5", "expected a whole number, got 1.5"),
        ("1e30", "expected a whole number from \(Int.min) to \(Int.max), got 1e+30"),
        ("9223372036854775808", "expected a whole number from \(Int.min) to \(Int.max), got 9.223372036854776e+18"),
        ("true", "expected a whole number, got true"),
    ])
    func wholeNumbers(text: String, message: String) throws {
        #expect(error(Fleet.self, #"{"types": [{"name": "A", "price": 1, "count": \#(text)}]}"#)
            == InputError(field: "types[0].count", message))
        let exact = try InputDecoder().decode(Fleet.self, fromJSON: Array(#"{"types": [{"name": "A", "price": 1, "count": 4.0}]}"#.utf8))
        #expect(exact.types[0].count == 4)
    }

    @Test("an unknown choice lists the choices and suggests the nearest")
    func choices() {
        #expect(error(Fleet.self, #"{"types": [], "speed": "fsat"}"#)
            == InputError(field: "speed", #"expected one of "slow", "fast", got "fsat"; did you mean "fast"?"#))
    }

    @Test("syntax errors name the line and column", arguments: [
        ("{\"types\": [}", "line 1, column 12: expected a value, found '}'"),
        ("{\"types\": [],\n  \"speed\" \"fast\"}", "line 2, column 11: expected ':' after a field name"),
        ("{\"types\": [", "line 1, column 12: the document ends where a value should start"),
        ("{\"a\": 1, \"a\": 2}", "line 1, column 10: the field \"a\" appears twice in one object"),
        ("{\"a\": 1e999}", "line 1, column 7: the number 1e999 is too large"),
        ("{\"a\": 01}", "line 1, column 7: a number must not start with 0"),
        ("{} x", "line 1, column 4: unexpected text after the JSON value"),
    ])
    func syntaxErrors(json: String, message: String) {
        #expect(error(Fleet.self, json) == InputError(field: "", "not valid JSON: \(message)"))
    }

    @Test("nesting deeper than the limit is refused, not a stack overflow")
    func deepNesting() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error([Int].self, json)?.message.contains("nested more than \(InputValue.maximumDepth) deep") == true)
    }

    @Test("a range check names the field, the range, the unit and the value")
    func ranges() throws {
        #expect(throws: InputError(field: "rate", "must be greater than 0 and at most 1000000 requests per second, got 1e+300")) {
            try InputRange(above: 0, through: 1e6).check(1e300, field: "rate", unit: "requests per second")
        }
        #expect(throws: InputError(field: "gap", "must be at least 0 and less than 1, got nan")) { try InputRange(0.0..<1).check(.nan, field: "gap") }
        #expect(throws: InputError(field: "repetitions", "must be at least 1 and at most 10000, got 0")) { try InputRange(1...10_000).check(0, field: "repetitions") }
        #expect(try InputRange(1...10_000).check(10_000, field: "repetitions") == 10_000)
        #expect(throws: InputError(field: "timeLimit", "must be greater than 0 and at most 31536000 seconds, got 1e+16")) {
            try Duration(seconds: 1e16, field: "timeLimit", in: InputRange(above: 0, through: 31_536_000))
        }
    }

    @Test("suggestions are near misses only")
    func nearestNames() {
        #expect(nearestName(to: "comunicationWeight", in: ["communicationWeight", "gpus"]) == "communicationWeight")
        #expect(nearestName(to: "Rate", in: ["rate", "types"]) == "rate")
        #expect(nearestName(to: "colour", in: ["types", "speed"]) == nil)
    }
}
