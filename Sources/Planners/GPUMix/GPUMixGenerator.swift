import Foundation
import MILP

/// Draws realistic ``GPUMixProblem``s from a seed: 6×6 length buckets, the four types L4, A10G,
/// A100-80G and H100, a total rate in 1–32 req/s, and a chat-like, summarisation-like or
/// blended (80% chat, 20% summarisation) request mix. The same seed and settings give the same
/// problem on every run.
///
/// Shares come from log-normal input and output lengths (independent, truncated to the bucket
/// range) with medians and spreads drawn per seed. Profiled rates fall with both lengths,
/// μ = peak / ((1 + in/I)·(1 + out/O)) with per-type constants and ±10% noise, and are 0 where
/// a 24 GB card cannot hold the context; A100 and H100 serve every bucket, so every generated
/// problem is feasible.
public struct GPUMixGenerator: Sendable {
    /// The kind of request mix.
    public enum Workload: String, Codable, Sendable, CaseIterable {
        /// Mostly short prompts and answers (both under 500 tokens).
        case chat
        /// Long inputs (1k–4k tokens) with short outputs.
        case summarization
        /// 80% chat and 20% summarisation.
        case mixed
    }

    /// The request mix; `nil` draws one per seed.
    public var workload: Workload?
    /// The range the total rate λ is drawn from, in requests per second.
    public var rates: ClosedRange<Double>
    /// The slice factor of the generated problems.
    public var sliceFactor: Int
    /// Dollars per GPU-hour by type name; types missing here keep their default price.
    public var prices: [String: Double]

    /// Bucket edges in tokens for chat: {1, 25, 100, 250, 500, 1000, 2000}.
    public static let standardLengthEdges = [1, 25, 100, 250, 500, 1000, 2000]
    /// Bucket edges in tokens for summarisation and blends, powers of two up to 4096.
    public static let powerOfTwoLengthEdges = [4, 16, 64, 256, 1024, 2048, 4096]

    /// A generator; by default the workload is drawn per seed, λ from 1–32 and k = 4.
    public init(workload: Workload? = nil, rates: ClosedRange<Double> = 1...32, sliceFactor: Int = 4, prices: [String: Double] = [:]) {
        self.workload = workload
        self.rates = rates
        self.sliceFactor = sliceFactor
        self.prices = prices
    }

    /// The problem for `seed`.
    public func problem(seed: UInt64) -> GPUMixProblem {
        var random = SeededGenerator(seed: seed)
        let workload = self.workload ?? Workload.allCases[random.integer(in: 0...(Workload.allCases.count - 1))]
        let edges = workload == .chat ? Self.standardLengthEdges : Self.powerOfTwoLengthEdges
        let rate = (random.uniform(rates) * 10).rounded() / 10
        let distribution = Self.distribution(workload, edges: edges, random: &random)
        let types = Self.profiles.map { profile in
            GPUMixProblem.GPUType(
                name: profile.name, price: prices[profile.name] ?? profile.price,
                rates: profile.rates(inputEdges: edges, outputEdges: edges, random: &random))
        }
        return GPUMixProblem(
            slo: "synthetic \(workload.rawValue) profile, seed \(seed)", rate: rate, sliceFactor: sliceFactor, headroom: 1,
            inputLengthEdges: edges, outputLengthEdges: edges, distribution: distribution, types: types)
    }

    /// Shares per (input, output) bucket for `workload`, with buckets under 0.1% dropped.
    private static func distribution(_ workload: Workload, edges: [Int], random: inout SeededGenerator) -> [[Double]] {
        let chat = (input: LengthDistribution(median: random.uniform(60...250), spread: random.uniform(0.8...1.2)),
                    output: LengthDistribution(median: random.uniform(80...300), spread: random.uniform(0.6...1.0)))
        let summary = (input: LengthDistribution(median: random.uniform(1500...2800), spread: random.uniform(0.25...0.45)),
                       output: LengthDistribution(median: random.uniform(60...180), spread: random.uniform(0.4...0.7)))
        let weights: [(Double, (input: LengthDistribution, output: LengthDistribution))] = switch workload {
        case .chat: [(1, chat)]
        case .summarization: [(1, summary)]
        case .mixed: [(0.8, chat), (0.2, summary)]
        }
        var shares = Array(repeating: Array(repeating: 0.0, count: edges.count - 1), count: edges.count - 1)
        for (weight, lengths) in weights {
            let inputs = lengths.input.shares(edges: edges), outputs = lengths.output.shares(edges: edges)
            for row in shares.indices {
                for column in shares[row].indices { shares[row][column] += weight * inputs[row] * outputs[column] }
            }
        }
        shares = shares.map { $0.map { $0 < 0.001 ? 0 : $0 } }
        let total = shares.joined().reduce(0, +)
        return shares.map { $0.map { $0 / total } }
    }

    /// The four GPU types and the constants of their synthetic profiles.
    private static let profiles = [
        TypeProfile(name: "L4", price: 0.80, peak: 9, inputScale: 350, outputScale: 40, contextLimit: 2500),
        TypeProfile(name: "A10G", price: 1.01, peak: 10, inputScale: 400, outputScale: 45, contextLimit: 3000),
        TypeProfile(name: "A100-80G", price: 3.67, peak: 30, inputScale: 1500, outputScale: 80, contextLimit: nil),
        TypeProfile(name: "H100", price: 7.50, peak: 60, inputScale: 2200, outputScale: 130, contextLimit: nil),
    ]

    /// A GPU type's synthetic performance: its rate on the shortest requests and how fast that
    /// falls with input and output length.
    private struct TypeProfile {
        var name: String
        var price: Double
        var peak: Double
        var inputScale: Double
        var outputScale: Double
        /// The longest input + output the card serves within the SLO; `nil` for no limit.
        var contextLimit: Double?

        func rates(inputEdges: [Int], outputEdges: [Int], random: inout SeededGenerator) -> [[Double]] {
            (0..<(inputEdges.count - 1)).map { row in
                let input = (Double(inputEdges[row]) * Double(inputEdges[row + 1])).squareRoot()
                return (0..<(outputEdges.count - 1)).map { column in
                    let output = (Double(outputEdges[column]) * Double(outputEdges[column + 1])).squareRoot()
                    let noise = random.uniform(0.9...1.1)
                    if let contextLimit, input + output > contextLimit { return 0 }
                    let rate = peak / ((1 + input / inputScale) * (1 + output / outputScale)) * noise
                    return max(0.01, (rate * 100).rounded() / 100)
                }
            }
        }
    }

    /// A log-normal distribution of lengths in tokens.
    private struct LengthDistribution {
        var median: Double
        var spread: Double

        /// The probability of each bucket between consecutive `edges`, truncated to the edges' range.
        func shares(edges: [Int]) -> [Double] {
            let cumulative = edges.map { 0.5 * erfc(-(log(Double($0)) - log(median)) / (spread * 2.0.squareRoot())) }
            let inside = cumulative.last! - cumulative.first!
            return (0..<(edges.count - 1)).map { (cumulative[$0 + 1] - cumulative[$0]) / inside }
        }
    }
}
