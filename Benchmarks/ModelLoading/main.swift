// Measures how long MILPKit takes to build a 1,000,000-nonzero model with the Swift API and
// load it into GLPK, against a direct C-API loop that loads the same matrix in the same process.
//
//   swift run -c release model-loading-benchmark [rows] [columns] [nonzeros-per-row] [repetitions]
import CGLPK
import Foundation
@_spi(Benchmarks) import GLPK
import MILP

/// A random set-cover structure: for each row, the distinct columns that cover it, and a cost per column.
struct SetCover {
    let rows: [[Int32]]
    let costs: [Double]
    let columns: Int

    init(rows rowCount: Int, columns: Int, perRow: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        self.columns = columns
        costs = (0..<columns).map { _ in Double(random.integer(in: 1...100)) }
        rows = (0..<rowCount).map { _ in
            var chosen = Set<Int32>()
            while chosen.count < perRow { chosen.insert(Int32(random.integer(in: 0...(columns - 1)))) }
            return chosen.sorted()
        }
    }
}

/// Builds the model with MILPKit's modelling API.
func buildModel(_ cover: SetCover) -> Model {
    var model = Model(name: "set-cover")
    let x = model.addVariables(count: cover.columns, kind: .binary)
    for row in cover.rows {
        model.addConstraint(LinearExpression(row.map { (x[Int($0)], 1.0) }) >= 1)
    }
    model.minimize(LinearExpression(zip(x, cover.costs)))
    return model
}

/// Loads the same problem straight through GLPK's C API, as a hand-written C program would.
func loadDirectly(_ cover: SetCover) -> Int32 {
    let problem = glp_create_prob()
    defer { glp_delete_prob(problem) }
    glp_set_obj_dir(problem, GLP_MIN)
    glp_add_rows(problem, Int32(cover.rows.count))
    for row in 1...cover.rows.count { glp_set_row_bnds(problem, Int32(row), GLP_LO, 1, 0) }
    glp_add_cols(problem, Int32(cover.columns))
    for column in 1...cover.columns {
        glp_set_col_kind(problem, Int32(column), GLP_BV)
        glp_set_obj_coef(problem, Int32(column), cover.costs[column - 1])
    }
    let nonzeros = cover.rows.reduce(0) { $0 + $1.count }
    var rowIndices = [Int32](repeating: 0, count: nonzeros + 1)
    var columnIndices = [Int32](repeating: 0, count: nonzeros + 1)
    var values = [Double](repeating: 0, count: nonzeros + 1)
    var next = 1
    for (row, columns) in cover.rows.enumerated() {
        for column in columns {
            rowIndices[next] = Int32(row + 1)
            columnIndices[next] = column + 1
            values[next] = 1
            next += 1
        }
    }
    glp_load_matrix(problem, Int32(nonzeros), rowIndices, columnIndices, values)
    return glp_get_num_nz(problem)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let rowCount = arguments.count > 0 ? arguments[0] : 20_000
let columnCount = arguments.count > 1 ? arguments[1] : 50_000
let perRow = arguments.count > 2 ? arguments[2] : 50
let repetitions = arguments.count > 3 ? arguments[3] : 5
let cover = SetCover(rows: rowCount, columns: columnCount, perRow: perRow, seed: 1)
let clock = ContinuousClock()
var builds: [Double] = [], loads: [Double] = [], directs: [Double] = []

for _ in 0..<repetitions {
    var model: Model!
    builds.append(seconds(clock.measure { model = buildModel(cover) }))
    loads.append(seconds(clock.measure { _ = try! Problem(model) }))
    var directNonzeros: Int32 = 0
    directs.append(seconds(clock.measure { directNonzeros = loadDirectly(cover) }))
    precondition(Int(directNonzeros) == model.statistics.nonzeros, "both paths must load the same matrix")
}

let build = median(builds), load = median(loads), direct = median(directs)
print("model: \(rowCount) rows x \(columnCount) columns, \(rowCount * perRow) nonzeros; median of \(repetitions) runs")
print(String(format: "build (Swift API)      %7.3f s", build))
print(String(format: "load into GLPK         %7.3f s", load))
print(String(format: "total                  %7.3f s   (goal <= 1 s)", build + load))
print(String(format: "direct C-API loop      %7.3f s", direct))
print(String(format: "ratio total / direct   %7.2fx   (goal <= 1.5x)", (build + load) / direct))
