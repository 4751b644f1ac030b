import MILP

/// Reads MPS files, fixed or free, plain or gzip-compressed, into a ``Model``.
///
/// ```swift
/// let file = try MPSReader().read(contentsOf: URL(fileURLWithPath: "p0548.mps.gz"))
/// for warning in file.warnings { print(warning) }
/// let solution = try solver.solve(file.model)
/// ```
///
/// The format is detected unless ``Options/format`` forces it: the file is read as free MPS
/// and, if that fails, as fixed MPS (whose names may contain spaces); when both fail, the error
/// from the reading that got further is thrown. Gzip data is recognised by its magic bytes.
///
/// Sections: NAME, OBJSENSE (`OBJSENSE MAX` on one line, or `MAX`/`MAXIMIZE`/`MIN`/`MINIMIZE`
/// on the next), OBJNAME, ROWS, COLUMNS with `'MARKER'` `'INTORG'`/`'INTEND'` lines, RHS,
/// RANGES, BOUNDS and ENDATA. Lines starting with `*` or `$` in column 1 are comments; so is
/// the rest of a line from a field starting with `$` or `*` that follows a complete record (free
/// MPS) or from a name in field 3 or 5 starting with `$` (fixed MPS). Lines may end in LF, CR LF
/// or CR. The model is named by the first word after NAME, or after the file when there is none.
///
/// Conventions, where readers differ:
/// - The first row of type N is the objective, unless OBJNAME names another; other N rows are
///   dropped with a warning.
/// - A right-hand side on the objective row is minus the objective constant: `RHS obj 5` adds
///   −5 to the objective, the convention CPLEX documents. (GLPK 5.0's reader adds +5 instead.)
/// - RANGES value `R` on a row with right-hand side `rhs`: E rows get `[rhs, rhs + R]` when
///   `R > 0` and `[rhs + R, rhs]` when `R < 0`; L rows `[rhs − |R|, rhs]`; G rows `[rhs, rhs + |R|]`.
/// - Integer columns (in a MARKER block) that no BOUNDS line mentions get bounds [0, +∞), or
///   [0, 1] with ``IntegerUpperBoundConvention/one``.
/// - A column given a negative upper bound (UP or UI) and no lower bound gets lower bound −∞
///   instead of 0, with a warning naming it.
/// - BV makes a column binary; LI and UI make it integer.
/// - SC makes a column semi-continuous, `x ∈ {0} ∪ [ℓ, u]`, and SI semi-integer: the value is
///   the upper bound `u` (1e30 or more means none), and LO, when given, the lower bound `ℓ`
///   (default 0), whichever comes first; an SC column in an integer block, or given LI or UI, is
///   semi-integer. A later UP changes `u`.
/// - Numbers may have a Fortran exponent: `1.5D3`, `2d-1`.
/// - Only the first RHS, RANGES and BOUNDS set is used; lines of other sets are ignored with a
///   warning. In free MPS the set name may be left out.
/// - Zero coefficients are dropped. A column listing a row twice, a column whose lines are not
///   consecutive, and repeated names are errors.
/// - A file without ENDATA ends inside a section, perhaps inside an integer block: it looks cut
///   short and is refused, unless ``Options/isLenient`` makes that a warning and what the file
///   holds is read. An integer block that no INTEND closes ends with the COLUMNS section, with a
///   warning: complete files in use (`infeasible-mip1` of the public set) leave it open.
public struct MPSReader: ModelTextReader {
    /// How integer columns without bounds are bounded above.
    public enum IntegerUpperBoundConvention: String, Sendable, CaseIterable {
        /// No upper bound: [0, +∞).
        case infinity
        /// Upper bound 1: [0, 1], the original MPSX convention, which GLPK 5.0 and SAS follow.
        case one
    }

    /// Choices about how files are read.
    public struct Options: Sendable {
        /// The layout to read; `nil` detects it.
        public var format: MPSFormat?
        /// The upper bound of integer columns that no BOUNDS line mentions.
        public var integerUpperBoundConvention: IntegerUpperBoundConvention
        /// Whether a file without ENDATA or with an unclosed integer block is read with a warning
        /// instead of refused.
        public var isLenient: Bool

        /// Options with the format detected, integer columns unbounded above, and incomplete files refused.
        public init(format: MPSFormat? = nil, integerUpperBoundConvention: IntegerUpperBoundConvention = .infinity, isLenient: Bool = false) {
            self.format = format
            self.integerUpperBoundConvention = integerUpperBoundConvention
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
            if let format = options.format { return try parse(text, file: file, format: format) }
            do throws(ParseError) {
                return try parse(text, file: file, format: .free)
            } catch let freeError {
                do throws(ParseError) {
                    return try parse(text, file: file, format: .fixed)
                } catch let fixedError {
                    throw fixedError.line > freeError.line ? fixedError : freeError
                }
            }
        }
    }

    private func parse(_ text: UnsafeBufferPointer<UInt8>, file: String, format: MPSFormat) throws(ParseError) -> ModelFile {
        var parser = MPSParser(text: text, file: file, format: format, defaultName: ModelFile.modelName(forFile: file), options: options)
        return try parser.parse()
    }
}
