import MILP

/// Reads models in the CPLEX LP format, plain or gzip-compressed, as CPLEX, Gurobi and HiGHS
/// document it; errors name the file, line and column.
///
/// ```swift
/// let file = try LPReader().read(contentsOf: URL(fileURLWithPath: "plan.lp"))
/// let solution = try solver.solve(file.model)
/// ```
///
/// What is read:
/// - Sections, with keywords in any case: the objective (`Minimize`, `Minimum`, `Min`,
///   `Maximize`, `Maximum`, `Max`, and the British `-ise` spellings), constraints (`Subject To`,
///   `Such That`, `st`, `s.t.`, and Gurobi's and CPLEX's `Lazy Constraints` and `User Cuts`, which
///   are read as constraints), `Bounds`, `Generals`/`General`/`Gen`/`Integers`, `Binaries`/
///   `Binary`/`Bin`, `Semi-Continuous`/`Semis`/`Semi`, `SOS`, and `End`. Statements may share a
///   line or span several: a whole model may be one line.
/// - A name followed by `:` labels the objective or a statement, so constraints may be named
///   after keywords (`bounds: x + y <= 2`).
/// - Expressions: terms `3 x`, `3x`, `- x`, and numbers anywhere, which are constants: the
///   objective keeps its constant, and a constraint's constants move to its bounds. A constraint
///   is `expression sense constant`, `constant sense expression`, or the range
///   `-3 <= x + y <= 5`; its left side may be empty after moving constants (`0 >= -1`). Senses are
///   `<`, `<=`, `=<`, `>`, `>=`, `=>` and `=`. `inf` and `infinity` (signed, any case) are
///   infinite.
/// - Bounds: `x <= 4`, `x >= -2`, `x = 3`, `2 <= x`, `-inf <= x <= 4`, `x free`; the default is
///   [0, +∞). A binary variable with bounds takes the integers of [0, 1] within them.
/// - Variables in both Generals and Semi-Continuous are semi-integer; semi-continuous variables
///   take 0 or a value within their bounds.
/// - Special ordered sets (`s1: S1:: x:1 y:2 z:3`, weights ordering the members) and indicator
///   constraints (`c: b = 1 -> x + y <= 3`, `b` binary) are written with binary variables and
///   rows (see ``LPReformulation``); they need finite bounds on their variables and are refused,
///   naming the set or constraint, when those are infinite.
/// - Comments: `\` to the end of the line, `\*` to `*\`.
///
/// Refused with a message: quadratic terms (`[ … ]`), and Gurobi's general constraints,
/// piecewise-linear objectives and multiple objectives, since MILPKit solves linear models. A
/// file that ends without `End` may be cut short and is refused, unless ``Options/isLenient``
/// makes that a warning. Variables are numbered in the order they first appear.
public struct LPReader: ModelTextReader {
    /// Choices about how files are read.
    public struct Options: Sendable {
        /// Whether a file without `End` is read with a warning instead of refused.
        public var isLenient: Bool

        /// Options that refuse a file without `End` unless `isLenient`.
        public init(isLenient: Bool = false) {
            self.isLenient = isLenient
        }
    }

    /// How files are read.
    public var options: Options

    /// A reader with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads the text of a file, already decompressed; `file` names it.
    public func read(text bytes: [UInt8], file: String) throws(ParseError) -> ModelFile {
        try bytes.withUnsafeBufferPointer { text throws(ParseError) in
            var parser = LPParser(text: text, file: file, defaultName: ModelFile.modelName(forFile: file), isLenient: options.isLenient)
            return try parser.parse()
        }
    }
}
