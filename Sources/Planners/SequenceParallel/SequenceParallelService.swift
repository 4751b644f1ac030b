import Foundation
import MILP

/// Plans one batch per line of JSON for a training loop, with the model and cluster loaded
/// once: what `milp plan sp --serve` runs. Each request line gives a batch, each reply line its
/// plan or an error; a bad line gets an error reply and the next line is planned as usual.
///
/// Request: `{"sequences": [4096, 130000, …], "ids": ["doc-7", 12, …], "batch": "step-17"}` —
/// lengths in tokens; `ids` (strings or whole numbers, one per sequence) and `batch` (echoed
/// back) are optional. Reply: `{"batch", "line", "status", "noPlanReason", "stepTime", "lowerBound", "gap",
/// "microBatches": [{"stage", "stepTime", "groups": [{"degree", "parallelism", "gpus",
/// "sequences"}]}], "speedups", "planningTime"}`, the groups' sequences given by id when ids
/// were sent and by position in the request otherwise; times in seconds. A failure replies
/// `{"batch", "line", "error": {"field", "message"}}`.
public struct SequenceParallelService: Sendable {
    /// The model, cluster and degrees every batch is planned for.
    public var setup: SequenceParallelSetup
    /// The planner, with its budget per batch.
    public var planner: SequenceParallelPlanner

    /// A service planning with `planner` for `setup`.
    public init(setup: SequenceParallelSetup, planner: SequenceParallelPlanner) {
        self.setup = setup
        self.planner = planner
    }

    /// The reply line (without a newline) to request `line`, the `number`th line of the input.
    /// The planner's budget counts from here: decoding the line is inside it.
    public func reply(to line: String, number: Int) -> String {
        let received = ContinuousClock.now
        var batch: SequenceID?
        let reply: Reply
        do {
            let request = try InputDecoder().decode(Request.self, fromJSON: Data(line.utf8))
            batch = request.batch
            let problem = try setup.problem(sequences: request.sequences)
            var planner = planner
            if let limit = planner.budget.timeLimit {
                planner.budget.timeLimit = max(limit - (ContinuousClock.now - received), .milliseconds(1))
            }
            let report = try planner.plan(problem)
            reply = .plan(Plan(report: report, batch: batch, line: number, ids: request.ids ?? request.sequences.indices.map(SequenceID.number)))
        } catch let error as InputError {
            reply = .failure(Failure(batch: batch, line: number, error: .init(field: error.field, message: error.message)))
        } catch {
            reply = .failure(Failure(batch: batch, line: number, error: .init(field: "", message: "\(error)")))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(reply)) ?? Data(#"{"line":\#(number),"error":{"field":"","message":"the reply could not be encoded"}}"#.utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A sequence's or batch's name on the wire: a string or a whole number, as the client sent it.
    public enum SequenceID: Sendable, Equatable, Codable {
        /// A whole number.
        case number(Int)
        /// A string.
        case text(String)

        /// Decodes a JSON string or whole number.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                throw InputError(field: InputError.path(decoder.codingPath), "must be a string or a whole number")
            }
        }

        /// Encodes the string or number.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            }
        }
    }

    /// One request line.
    private struct Request: Decodable {
        var sequences: [Int]
        var ids: [SequenceID]?
        var batch: SequenceID?

        private enum CodingKeys: String, CodingKey { case sequences, ids, batch }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sequences = try container.decode([Int].self, forKey: .sequences)
            ids = try container.decodeIfPresent([SequenceID].self, forKey: .ids)
            batch = try container.decodeIfPresent(SequenceID.self, forKey: .batch)
            if let ids, ids.count != sequences.count {
                throw InputError(field: "ids", "has \(ids.count) ids for \(sequences.count) sequences")
            }
        }
    }

    /// One reply line.
    private enum Reply: Encodable {
        case plan(Plan)
        case failure(Failure)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .plan(let plan): try plan.encode(to: encoder)
            case .failure(let failure): try failure.encode(to: encoder)
            }
        }
    }

    /// A plan reply.
    private struct Plan: Encodable {
        struct Group: Encodable {
            var degree: Int
            var parallelism: SequenceParallelism
            var gpus: [Int]
            var sequences: [SequenceID]
        }

        struct MicroBatch: Encodable {
            var stage: SequenceParallelReport.Stage
            @CodedAsSeconds var stepTime: Duration
            var groups: [Group]
        }

        var batch: SequenceID?
        var line: Int
        var status: PlanStatus
        var noPlanReason: SequenceParallelReport.NoPlanReason?
        var stepTime: Double?
        var lowerBound: Double?
        var gap: Double?
        var microBatches: [MicroBatch]
        var speedups: [String: Double]
        @CodedAsSeconds var planningTime: Duration

        init(report: SequenceParallelReport, batch: SequenceID?, line: Int, ids: [SequenceID]) {
            self.batch = batch
            self.line = line
            status = report.status
            noPlanReason = report.noPlanReason
            stepTime = report.plan?.stepTime.inSeconds
            lowerBound = report.lowerBound?.inSeconds
            gap = report.gap
            microBatches = zip(report.stages, report.plan?.microBatches ?? []).map { stage, microBatch in
                MicroBatch(stage: stage, stepTime: microBatch.stepTime, groups: microBatch.groups.map {
                    Group(degree: $0.degree, parallelism: $0.parallelism, gpus: $0.gpus, sequences: $0.sequences.map { ids[$0] })
                })
            }
            speedups = Dictionary(uniqueKeysWithValues: report.baselines.compactMap { result in result.speedup.map { (result.baseline.rawValue, $0) } })
            planningTime = report.planningTime
        }
    }

    /// An error reply.
    private struct Failure: Encodable {
        struct Reason: Encodable {
            var field: String
            var message: String
        }

        var batch: SequenceID?
        var line: Int
        var error: Reason
    }
}
