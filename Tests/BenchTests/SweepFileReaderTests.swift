import Bench
import Foundation
import GLPK
import MILP
import Testing

@Suite struct SweepFileReaderTests {

    private func read(_ json: String) throws -> Sweep {
        try SweepFileReader().read(Data(json.utf8), file: "sweep.json", baseDirectory: BenchTestSupport.packageRoot)
    }

    @Test func readsEveryKindOfConfiguration() throws {
        let sweep = try read("""
            {
              "name": "demo",
              "instances": { "files": ["Instances/public/p0548.mps"] },
              "configurations": [
                "glpk-defaults",
                "portfolio",
                { "name": "pch", "glpk": { "base": "recommended", "branching": "pch", "cuts": ["mir", "cover"],
                                           "separators": ["path-mir"], "cutPool": false, "heuristics": ["rens"] },
                  "options": { "presolve": true, "mipGap": 0.01 } },
                { "name": "race", "portfolio": [ { "name": "a", "glpk": "recommended" }, { "name": "b", "glpk": { "backtracking": "dfs" } } ] },
                { "name": "glpsol", "command": "/usr/bin/glpsol --mps {file} --tmlim {time_limit}" },
                { "name": "script", "command": "true {file}", "output": "exit-status" }
              ],
              "timeLimit": 30,
              "seeds": [1, 2],
              "memoryLimitMiB": 2048,
              "grace": 5
            }
            """)
        #expect(sweep.name == "demo")
        #expect(sweep.repetitions == 2)
        #expect(sweep.seeds == [1, 2])
        #expect(sweep.limits == RunLimits(timeLimit: .seconds(30), grace: .seconds(5), memoryLimit: 2048 << 20))
        #expect(sweep.configurations.map(\.name) == ["glpk-defaults", "portfolio", "pch", "race", "glpsol", "script"])
        #expect(sweep.configurations[0].kind == .glpk(GLPKSettings(parameters: .glpkDefaults)))
        #expect(sweep.configurations[1].kind == .portfolio(PortfolioEntrant.standard))
        var pch = GLPKParameters.recommended
        pch.branching = .hybridPseudocost
        pch.cuts = [.mixedIntegerRounding, .cover]
        pch.separators = [.pathMIR]
        pch.cutPool = false
        pch.heuristics = [.rens]
        #expect(sweep.configurations[2].kind == .glpk(GLPKSettings(parameters: pch, options: SolverOptions(mipGap: 0.01, presolve: true))))
        #expect(sweep.configurations[3].kind == .portfolio([
            PortfolioEntrant(name: "a", settings: GLPKSettings(parameters: .recommended)),
            PortfolioEntrant(name: "b", settings: GLPKSettings(parameters: GLPKParameters(backtracking: .depthFirst))),
        ]))
        #expect(sweep.configurations[4].kind == .external(ExternalCommand(template: "/usr/bin/glpsol --mps {file} --tmlim {time_limit}", output: .glpsol)))
        #expect(sweep.configurations[5].kind == .external(ExternalCommand(template: "true {file}", output: .exitStatus)))
        let tasks = try sweep.tasks()
        #expect(tasks.count == 6 * 2)
        #expect(tasks[0].key == TaskKey(instance: "Instances/public/p0548.mps", configuration: "glpk-defaults", repetition: 0))
        #expect(tasks[1].seed == 2)
    }

    @Test func guessesTheOutputFormatFromTheProgram() {
        #expect(ExternalCommand(template: "cbc {file} -sec {time_limit} -solve -quit").output == .cbc)
        #expect(ExternalCommand(template: "/opt/bin/glpsol --freemps {file}").output == .glpsol)
        #expect(ExternalCommand(template: "highs {file} --time_limit {time_limit}").output == .highs)
        #expect(ExternalCommand(template: "scip -f {file}").output == .exitStatus)
    }

    @Test func fillsPlaceholdersWithAQuotedFileAndWholeSeconds() {
        let command = ExternalCommand(template: "solver {file} --limit {time_limit} --seed {seed}")
        #expect(command.commandLine(file: "/data/it's.mps", timeLimit: .milliseconds(1500), seed: 7)
            == "solver '/data/it'\\''s.mps' --limit 2 --seed 7")
    }

    /// Sweep files that must be refused, the field the error names, and a phrase of its message.
    static let invalidFiles: [(json: String, field: String, phrase: String)] = [
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "repetition": 2}"#, "repetition", "unknown field"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": "10"}"#, "timeLimit", "expected a number, got a string"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 0}"#, "timeLimit", "greater than 0"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"]}"#, "timeLimit", "is missing"),
        (#"{"instances": {"files": "x"}, "configurations": ["recommended"], "timeLimit": 10}"#, "instances.files", "expected an array"),
        (#"{"instances": {}, "configurations": ["recommended"], "timeLimit": 10}"#, "instances", "needs \"files\" or \"library\""),
        (#"{"instances": {"library": [{"distribution": "setcover", "lvl": "easy"}]}, "configurations": ["recommended"], "timeLimit": 10}"#, "instances.library[0].lvl", "unknown field"),
        (#"{"instances": {"files": ["x"]}, "configurations": [], "timeLimit": 10}"#, "configurations", "must not be empty"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["fastest"], "timeLimit": 10}"#, "configurations[0]", "unknown configuration \"fastest\""),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"glpk": "recommended"}], "timeLimit": 10}"#, "configurations[0].name", "is missing"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a"}], "timeLimit": 10}"#, "configurations[0]", "needs one of"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": "recommended", "command": "x {file}"}], "timeLimit": 10}"#, "configurations[0]", "has both"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": {"brnching": "pch"}}], "timeLimit": 10}"#, "configurations[0].glpk.brnching", "unknown field"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": {"cuts": ["mir", "gomori"]}}], "timeLimit": 10}"#, "configurations[0].glpk.cuts[1]", "got \"gomori\""),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": {"feasibilityPump": 1}}], "timeLimit": 10}"#, "configurations[0].glpk.feasibilityPump", "expected true or false"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": {"objectiveTolerance": 2}}], "timeLimit": 10}"#, "configurations[0]", "objectiveTolerance"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": "recommended", "options": {"mipGap": 3}}], "timeLimit": 10}"#, "configurations[0].options", "mipGap"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": "recommended", "options": {"timeLimit": 3}}], "timeLimit": 10}"#, "configurations[0].options.timeLimit", "set it there"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "glpk": "recommended", "branchingPolicy": "oracle"}], "timeLimit": 10}"#, "configurations[0].branchingPolicy", "unknown policy \"oracle\""),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "portfolio": "best"}], "timeLimit": 10}"#, "configurations[0].portfolio", "expected \"standard\""),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "command": "glpsol --mps model.mps"}], "timeLimit": 10}"#, "configurations[0].command", "must contain {file}"),
        (#"{"instances": {"files": ["x"]}, "configurations": [{"name": "a", "command": "x {file}", "output": "scip"}], "timeLimit": 10}"#, "configurations[0].output", "got \"scip\""),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended", "recommended"], "timeLimit": 10}"#, "configurations[1].name", "names two configurations"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "repetitions": 3, "seeds": [1, 2]}"#, "seeds", "2 seeds for 3 repetitions"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "seeds": [1.5]}"#, "seeds[0]", "expected a whole number"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "memoryLimitMiB": 16}"#, "memoryLimitMiB", "at least 64"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "reference": "Instances/public/none.solu"}"#, "reference", "none.solu: error: cannot read the file"),
        (#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "reference": "Instances/public/p0548.mps"}"#, "reference", "must be a MIPLIB .solu file or a .csv file"),
        (#"["recommended"]"#, "", "expected an object, got an array"),
        (#"{"instances": "#, "", "not valid JSON"),
    ]

    @Test(arguments: invalidFiles)
    func refusesInvalidFilesNamingTheField(_ example: (json: String, field: String, phrase: String)) {
        do {
            _ = try read(example.json)
            Issue.record("accepted \(example.json)")
        } catch let error as SweepFileError {
            #expect(error.file == "sweep.json")
            #expect(error.field == example.field, "\(error)")
            #expect(error.message.contains(example.phrase), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func reportsAPatternThatMatchesNothing() throws {
        let sweep = try read(#"{"instances": {"files": ["Instances/public/*.nothing"]}, "configurations": ["recommended"], "timeLimit": 10}"#)
        #expect(throws: SweepFileError(field: "instances.files", message: "no file matches \"Instances/public/*.nothing\"")) {
            try sweep.tasks()
        }
    }

    @Test func readsTheReferenceFileRelativeToTheSweepFile() throws {
        let sweep = try read(#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "reference": "Instances/public/reference.csv"}"#)
        #expect(sweep.references.value(for: "Instances/public/p0548.mps") == .optimal(8691))
    }

    @Test func expandsGlobsRelativeToTheSweepFile() throws {
        let sweep = try read(#"{"instances": {"files": ["Instances/public/p05*.mps", "Instances/public/p0548.mps"]}, "configurations": ["recommended"], "timeLimit": 10}"#)
        #expect(try sweep.instances().map(\.id) == ["Instances/public/p0548.mps"])
        #expect(try sweep.instances().first?.reference == .file(BenchTestSupport.publicInstance("p0548.mps")))
    }

    @Test func loadsEverySweepFileInBenchmarks() throws {
        let folder = BenchTestSupport.packageRoot.appendingPathComponent("Benchmarks")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["json", "yaml", "yml"].contains($0.pathExtension) && $0.lastPathComponent != "kubernetes-sweep.yaml" }
        #expect(files.contains { $0.pathExtension == "json" } && files.contains { $0.pathExtension == "yaml" })
        for file in files {
            let sweep = try SweepFileReader().read(contentsOf: file)
            #expect(sweep.name == file.deletingPathExtension().lastPathComponent)
        }
    }

    @Test func suggestsTheFieldAMisspeltOneResembles() {
        #expect(throws: SweepFileError(file: "sweep.json", field: "repetition", message: #"unknown field; did you mean "repetitions"?"#)) {
            try read(#"{"instances": {"files": ["x"]}, "configurations": ["recommended"], "timeLimit": 10, "repetition": 2}"#)
        }
        #expect(throws: SweepFileError(file: "sweep.json", field: "configurations[0]",
                                       message: #"unknown configuration "recomended"; expected one of "glpk-defaults", "recommended", "portfolio", or an object; did you mean "recommended"?"#)) {
            try read(#"{"instances": {"files": ["x"]}, "configurations": ["recomended"], "timeLimit": 10}"#)
        }
    }

    /// Numbers that once trapped or overflowed, and the field each must be refused by.
    static let formerTraps: [(field: String, json: String)] = [
        ("timeLimit", #""timeLimit": 1e16"#),
        ("timeLimit", #""timeLimit": 1e300"#),
        ("grace", #""timeLimit": 10, "grace": 1e16"#),
        ("repetitions", #""timeLimit": 10, "repetitions": 1e9"#),
        ("memoryLimitMiB", #""timeLimit": 10, "memoryLimitMiB": 8796093022208"#),
        ("instances.library[0].count", #""timeLimit": 10, "instances": {"library": [{"count": 9223372036854775807}]}"#),
    ]

    @Test(arguments: formerTraps)
    func refusesNumbersBeyondTheLimits(_ example: (field: String, json: String)) {
        let instances = example.json.contains("instances") ? "" : #""instances": {"files": ["x"]}, "#
        do {
            _ = try read(#"{\#(instances)"configurations": ["recommended"], \#(example.json)}"#)
            Issue.record("accepted \(example.json)")
        } catch let error as SweepFileError {
            #expect(error.field == example.field, "\(error)")
            #expect(error.message.contains("must be"), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aSweepFileReadsBackFromItsOwnJSON() throws {
        let file = SweepFile(
            name: "demo", instances: .init(directory: "data", files: ["*.mps"], library: [LibrarySelection(distribution: "setcover", count: 3)]),
            configurations: [
                .preset("recommended"),
                .glpk(name: "pch", settings: GLPKSettings(parameters: GLPKParameters(branching: .hybridPseudocost, cuts: [.cover]),
                                                          options: SolverOptions(mipGap: 0.01), branchingPolicy: "pseudocost")),
                .portfolio(name: "standard", entrants: nil),
                .portfolio(name: "race", entrants: [PortfolioEntrant(name: "a", settings: GLPKSettings(parameters: .recommended))]),
                .command(name: "glpsol", ExternalCommand(template: "glpsol --mps {file}")),
            ],
            timeLimit: 2.5, repetitions: 2, seeds: [1, 2], memoryLimitMiB: 1024, grace: 3)
        let json = try JSONEncoder().encode(file)
        #expect(try InputDecoder().decode(SweepFile.self, fromJSON: json) == file)
    }
}
