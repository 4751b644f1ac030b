/// The revisions of the binaries that made a set of runs (``RunRecord/gitRevision``), and how
/// many runs each made: results of different builds are not compared or stored together unless
/// asked for, since a change of code can change what is measured.
public struct RevisionCensus: Sendable, Equatable, CustomStringConvertible {
    /// One revision and its runs.
    public struct Entry: Sendable, Equatable {
        /// The revision.
        public var revision: String
        /// How many runs it made.
        public var runs: Int
    }

    /// The revisions, most runs first (ties by revision).
    public private(set) var entries: [Entry]

    /// The census of `runs` and of `upcoming`, revisions whose runs are still to come (counted
    /// as 0 runs unless `runs` has some).
    public init(_ runs: some Sequence<RunRecord>, upcoming: [String] = []) {
        var counts: [String: Int] = [:]
        for run in runs { counts[run.gitRevision, default: 0] += 1 }
        for revision in upcoming where counts[revision] == nil { counts[revision] = 0 }
        entries = counts.map { Entry(revision: $0.key, runs: $0.value) }
            .sorted { ($0.runs, $1.revision) > ($1.runs, $0.revision) }
    }

    /// Whether the runs come from more than one revision.
    public var isMixed: Bool { entries.count > 1 }

    /// `abc… (30 runs), def…-dirty-… (15 runs)`.
    public var description: String {
        entries.map { "\($0.revision) (\($0.runs == 1 ? "1 run" : "\($0.runs) runs"))" }.joined(separator: ", ")
    }
}

/// Runs of different binary revisions met where they would be compared or stored together.
public struct MixedRevisionsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What would mix them: `the report of 'all.db'`, `merging into 'all.db'`.
    public var context: String
    /// The revisions and their runs.
    public var census: RevisionCensus

    /// A sentence naming the revisions.
    public var description: String {
        "\(context) would mix runs of \(census.entries.count) builds of MILPKit: \(census); results of different builds are not mixed unless asked for"
    }
}
