import MILP
import Testing

@Suite("Semi-continuous reformulation")
struct SemicontinuousReformulationTests {
    @Test("one binary and two rows per variable whose domain leaves out 0; the variable keeps its index")
    func structure() throws {
        var model = Model()
        let plain = model.addVariable("plain", upperBound: 3)
        let scale = model.addVariable("scale", kind: .semicontinuous, lowerBound: 2, upperBound: 5)
        let batch = model.addVariable("batch", kind: .semiinteger, lowerBound: -6, upperBound: -1)
        let spans = model.addVariable("spans", kind: .semicontinuous, lowerBound: -1, upperBound: 4)
        model.addConstraint(plain + scale + batch + spans <= 10, name: "sum")
        let reformulated = try SemicontinuousReformulation(model).model

        #expect(reformulated.variableCount == 6)
        #expect(reformulated.constraintCount == 5)
        #expect(reformulated.variableDescriptions.map(\.kind) == [.continuous, .continuous, .integer, .continuous, .binary, .binary])
        #expect(reformulated[scale].lowerBound == 0 && reformulated[scale].upperBound == 5)
        #expect(reformulated[batch].lowerBound == -6 && reformulated[batch].upperBound == 0)
        #expect(reformulated[spans].lowerBound == -1 && reformulated[spans].upperBound == 4)
        #expect(!reformulated.hasSemicontinuousVariables)
        // scale − 2 z ≥ 0 and scale − 5 z ≤ 0, with z the first added binary.
        let rows = reformulated.constraintDescriptions
        #expect(rows[1].terms.map(\.coefficient) == [1, -2] && rows[1].lowerBound == 0 && rows[1].upperBound == .infinity)
        #expect(rows[2].terms.map(\.coefficient) == [1, -5] && rows[2].lowerBound == -.infinity && rows[2].upperBound == 0)
        #expect(rows[1].terms.map(\.variable.index) == [scale.index, 4])
    }

    @Test("a model without semi-continuous variables is left as it is")
    func unchanged() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, upperBound: 4)
        model.addConstraint(2 * x >= 3)
        let reformulated = try SemicontinuousReformulation(model).model
        #expect(reformulated.variableDescriptions == model.variableDescriptions)
        #expect(reformulated.constraintCount == 1)
    }

    @Test("solutions come back in the original variables and rows")
    func originalSolution() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .semicontinuous, lowerBound: 2, upperBound: 5)
        model.addConstraint(LinearExpression(x) <= 4)
        let reformulation = try SemicontinuousReformulation(model)
        let solved = Solution(termination: Termination(.optimal), objectiveValue: 3, values: [3, 1], activities: [3, 1, -2],
                              duals: [0, 0, 0], reducedCosts: [0, 0])
        let original = reformulation.originalSolution(solved)
        #expect(original.values == [3])
        #expect(original.activities == [3])
        #expect(original.duals == [0])
        #expect(original.reducedCosts == [0])
        #expect(original.objectiveValue == 3)
    }

    @Test("the bound away from 0 must be finite", arguments: [(2.0, Double.infinity), (-Double.infinity, -3.0)] as [(Double, Double)])
    func unbounded(lower: Double, upper: Double) {
        var model = Model()
        model.addVariable("x", kind: .semicontinuous, lowerBound: lower, upperBound: upper)
        #expect(throws: ModelError.unboundedSemicontinuousVariable(variable: "x", lower: lower, upper: upper)) {
            try SemicontinuousReformulation(model)
        }
    }

    @Test("relaxing gives the hull of {0} ∪ [ℓ, u]")
    func relaxation() {
        var model = Model()
        model.addVariable(kind: .semicontinuous, lowerBound: 2, upperBound: 5)
        model.addVariable(kind: .semiinteger, lowerBound: -4, upperBound: -1)
        let relaxed = model.relaxed()
        #expect(relaxed.variableDescriptions.map(\.lowerBound) == [0, -4])
        #expect(relaxed.variableDescriptions.map(\.upperBound) == [5, 0])
        #expect(relaxed.variableDescriptions.allSatisfy { $0.kind == .continuous })
    }
}
