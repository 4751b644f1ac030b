import CGLPK
import MILP

/// GLPK's control structures for one solve, filled from ``SolverOptions`` and
/// ``GLPKParameters`` by their descriptions; what depends on the solve's progress (time left,
/// presolve, the simplex variant) is set by the solve itself.
struct GLPKControls {
    /// Simplex controls (`glp_smcp`).
    var simplex = glp_smcp()
    /// Branch-and-cut controls (`glp_iocp`).
    var integer = glp_iocp()
    /// Interior-point controls (`glp_iptcp`).
    var interior = glp_iptcp()
    /// Whether to scale the problem first (`glp_scale_prob` with `GLP_SF_AUTO`): `GLP_ON` or `GLP_OFF`.
    var scales = GLP_ON

    /// GLPK's defaults with `options` and `parameters` applied; GLPK's output on when `logging`.
    init(options: SolverOptions, parameters: GLPKParameters, logging: Bool) {
        glp_init_smcp(&simplex)
        glp_init_iocp(&integer)
        glp_init_iptcp(&interior)
        let messages = logging ? GLP_MSG_ON : GLP_MSG_OFF
        simplex.msg_lev = messages
        integer.msg_lev = messages
        interior.msg_lev = messages
        for parameter in GLPKParameters.table { parameter.apply(parameters, &self) }
        for field in Self.optionFields { field.apply(options, &self) }
    }

    /// The solver-independent options that map to one GLPK field. The others are the solve's
    /// own logic: the time limit (what is left of it, before each GLPK call), the node limit (a
    /// search callback), the LP method, relaxation and presolve (which GLPK routine runs).
    static let optionFields: [GLPKField<SolverOptions>] = [
        GLPKField(SolverOptions.Descriptions.mipGap, sets: \.integer.mip_gap),
        GLPKField(SolverOptions.Descriptions.iterationLimit, sets: \.simplex.it_lim),
        GLPKField(SolverOptions.Descriptions.feasibilityTolerance, sets: \.simplex.tol_bnd),
        GLPKField(SolverOptions.Descriptions.integralityTolerance, sets: \.integer.tol_int),
    ]
}

/// An option and the field of GLPK's control structures it sets.
struct GLPKField<Options: Sendable>: Sendable {
    /// The option's name, flag, summary and accepted values.
    let option: any DescribedOption<Options>
    /// Writes the option's value, when set, into the control structures.
    let apply: @Sendable (Options, inout GLPKControls) -> Void

    /// An option that sets `field` to its value in GLPK's terms.
    init<Value: GLPKControlValue>(_ option: OptionDescription<Options, Value>,
                                  sets field: WritableKeyPath<GLPKControls, Value.Control> & Sendable) {
        self.option = option
        apply = { options, controls in
            if let value = options[keyPath: option.keyPath] { controls[keyPath: field] = value.glpkValue }
        }
    }

    /// An option that sets GLPK's controls its own way.
    init<Value>(_ option: OptionDescription<Options, Value>, apply: @escaping @Sendable (Value, inout GLPKControls) -> Void) {
        self.option = option
        self.apply = { options, controls in
            if let value = options[keyPath: option.keyPath] { apply(value, &controls) }
        }
    }
}

/// A value as GLPK's control structures hold it.
protocol GLPKControlValue {
    /// The type of the control field.
    associatedtype Control
    /// The value in GLPK's terms.
    var glpkValue: Control { get }
}

extension Bool: GLPKControlValue {
    /// `GLP_ON` or `GLP_OFF`.
    var glpkValue: Int32 { self ? GLP_ON : GLP_OFF }
}

extension Double: GLPKControlValue {
    var glpkValue: Double { self }
}

extension Int: GLPKControlValue {
    /// The count, capped at GLPK's largest.
    var glpkValue: Int32 { Int32(clamping: self) }
}

extension Duration: GLPKControlValue {
    /// Whole milliseconds (rounded down), from 0 to GLPK's largest limit.
    var glpkValue: Int32 {
        // A negative duration under a second has zero seconds and negative attoseconds.
        guard self > .zero else { return 0 }
        let (seconds, attoseconds) = components
        guard seconds <= Int64(Int32.max) / 1000 else { return .max }
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}

extension GLPKParameters.BranchingRule: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudocost: GLP_BR_PCH
        // The search's callback chooses the column; GLPK's rule is the fallback.
        case .mostFractionalHeaviest: GLP_BR_MFV
        // A solve resolves the rule for its model first (`resolved(for:)`); without a model,
        // GLPK's default.
        case .automatic: GLP_BR_DTH
        }
    }
}

extension GLPKParameters.Backtracking: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}

extension GLPKParameters.Preprocessing: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .never: GLP_PP_NONE
        case .root: GLP_PP_ROOT
        case .all: GLP_PP_ALL
        }
    }
}

extension GLPKParameters.Pricing: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .standard: GLP_PT_STD
        case .steepestEdge: GLP_PT_PSE
        }
    }
}

extension GLPKParameters.RatioTest: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .standard: GLP_RT_STD
        case .harris: GLP_RT_HAR
        case .longStep: GLP_RT_FLIP
        }
    }
}

extension GLPKParameters.Ordering: GLPKControlValue, OptionValue {
    var glpkValue: Int32 {
        switch self {
        case .natural: GLP_ORD_NONE
        case .quotientMinimumDegree: GLP_ORD_QMD
        case .approximateMinimumDegree: GLP_ORD_AMD
        case .symmetricApproximateMinimumDegree: GLP_ORD_SYMAMD
        }
    }
}

extension GLPKParameters.CutFamily: OptionValue {}
extension GLPKParameters.Separator: OptionValue {}
extension GLPKParameters.Heuristic: OptionValue {}
