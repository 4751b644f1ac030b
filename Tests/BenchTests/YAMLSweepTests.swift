import Bench
import Foundation
import GLPK
import MILP
import Testing

/// YAML sweep files: the same fields, types and checks as JSON ones.
@Suite struct YAMLSweepTests {

    private func read(yaml: String) throws -> Sweep {
        try SweepFileReader().read(yaml: yaml, file: "sweep.yaml", baseDirectory: BenchTestSupport.packageRoot)
    }

    private func read(json: String) throws -> Sweep {
        try SweepFileReader().read(Data(json.utf8), file: "sweep.json", baseDirectory: BenchTestSupport.packageRoot)
    }

    @Test func readsTheSameSweepAsJSON() throws {
        let yaml = try read(yaml: """
            # cuts against their absence
            name: demo
            instances:
              files: [Instances/public/p0548.mps, "Instances/public/gt2.mps"]
              library:
                - distribution: setcover
                  level: easy
                  count: 2
            reference: Instances/public/reference.csv
            configurations:
              - glpk-defaults
              - name: pch
                glpk: { base: recommended, branching: pch, cuts: [mir, cover] }
                options: { presolve: true, mipGap: 0.01 }
              - name: race
                portfolio:
                  - { name: a, glpk: recommended }
                  - { name: b, glpk: { backtracking: dfs } }
              - name: glpsol
                command: glpsol --mps {file} --tmlim {time_limit}
            timeLimit: 30
            seeds: [1, 2]
            memoryLimitMiB: 2048
            grace: 5.5
            """)
        let json = try read(json: """
            {"name": "demo",
             "instances": {"files": ["Instances/public/p0548.mps", "Instances/public/gt2.mps"],
                           "library": [{"distribution": "setcover", "level": "easy", "count": 2}]},
             "reference": "Instances/public/reference.csv",
             "configurations": ["glpk-defaults",
               {"name": "pch", "glpk": {"base": "recommended", "branching": "pch", "cuts": ["mir", "cover"]}, "options": {"presolve": true, "mipGap": 0.01}},
               {"name": "race", "portfolio": [{"name": "a", "glpk": "recommended"}, {"name": "b", "glpk": {"backtracking": "dfs"}}]},
               {"name": "glpsol", "command": "glpsol --mps {file} --tmlim {time_limit}"}],
             "timeLimit": 30, "seeds": [1, 2], "memoryLimitMiB": 2048, "grace": 5.5}
            """)
        #expect(yaml == json)
        #expect(yaml.configurations.count == 4 && yaml.references.value(for: "p0548.mps") == .optimal(8691))
    }

    @Test(arguments: [
        ("instances: {files: [x]}\nconfigurations: [recommended]\ntimeLimit: 10\nrepetition: 2\n", "repetition", "unknown field; did you mean \"repetitions\"?"),
        ("instances: {files: [x]}\nconfigurations: [recommended]\ntimeLimit: \"10\"\n", "timeLimit", "a string"),
        ("instances: {files: [x]}\nconfigurations: [no]\ntimeLimit: 10\n", "configurations[0]", "unknown configuration \"no\""),
        ("instances: {files: [x]}\nconfigurations: [recommended]\ntimeLimit: 10\nseeds: [1.5]\n", "seeds[0]", "whole number"),
        ("instances: {files: [x]}\nconfigurations: [{name: a, glpk: {feasibilityPump: yes}}]\ntimeLimit: 10\n", "configurations[0].glpk.feasibilityPump", "true or false"),
    ])
    func refusesWhatJSONRefusesNamingTheField(yaml: String, field: String, phrase: String) {
        do {
            _ = try read(yaml: yaml)
            Issue.record("accepted \(yaml)")
        } catch let error as SweepFileError {
            #expect(error.file == "sweep.yaml" && error.field == field, "\(error)")
            #expect(error.message.contains(phrase), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [
        ("instances: {files: [x]}\ntimeLimit: 10\ntimeLimit: 20\n", "line 2, column 1: a mapping repeats the key \"timeLimit\""),
        ("instances: {files: [x]\ntimeLimit: 10\n", "line 2"),
        ("instances: {files: [x]}\n? [a, b]\n: 1\n", "line 2, column 3: a mapping key must be a string"),
        ("timeLimit: !!binary aGVsbG8=\n", "line 1, column 12: values tagged tag:yaml.org,2002:binary have no JSON equivalent"),
        ("timeLimit: .inf\n", ""),
    ])
    func refusesTextThatIsNotAJSONShapedDocument(yaml: String, phrase: String) {
        #expect {
            _ = try read(yaml: yaml)
        } throws: { error in
            guard let error = error as? SweepFileError else { return false }
            return phrase.isEmpty || (error.field.isEmpty && error.message.hasPrefix("not valid YAML: ") && error.message.contains(phrase))
        }
    }

    @Test func typesPlainScalarsByYAML12sCoreSchema() throws {
        let document = try InputValue(yaml: """
            words: [no, yes, on, off, y, n]
            booleans: [true, False]
            nulls: [~, null]
            empty:
            numbers: [10, -3, +4, 1.5, 1e3, .5, 9223372036854775808]
            quoted: ["10", 'true', "null"]
            """)
        #expect(document == .object([
            "words": .array(["no", "yes", "on", "off", "y", "n"].map(InputValue.string)),
            "booleans": .array([.bool(true), .bool(false)]),
            "nulls": .array([.null, .null]),
            "empty": .null,
            "numbers": .array([.integer(10), .integer(-3), .integer(4), .number(1.5), .number(1000), .number(0.5), .number(9_223_372_036_854_775_808)]),
            "quoted": .array([.string("10"), .string("true"), .string("null")]),
        ]))
    }

    @Test func runsAYAMLSweepFromTheCommandLine() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweepFile = directory.appendingPathComponent("tiny.yaml")
        try Data("""
            instances:
              directory: \(BenchTestSupport.packageRoot.path)/Instances/public
              files: [flugpl.mps]
            reference: \(BenchTestSupport.packageRoot.path)/Instances/public/reference.csv
            configurations: [recommended]
            timeLimit: 20
            """.utf8).write(to: sweepFile)
        let storePath = directory.appendingPathComponent("tiny.db").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BenchTestSupport.milpExecutable)
        process.arguments = ["bench", "run", sweepFile.path, "--store", storePath, "--quiet"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let runs = try ResultStore(readingFrom: storePath).runs()
        #expect(runs.map(\.instance) == ["flugpl.mps"] && runs.map(\.status) == [.optimal] && runs.first?.objective == 1_201_500)
    }
}
