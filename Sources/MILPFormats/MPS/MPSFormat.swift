import MILP

/// The two layouts of MPS files.
public enum MPSFormat: String, Sendable, CaseIterable {
    /// Fields at fixed columns (2-3, 5-12, 15-22, 25-36, 40-47, 50-61); names up to 8 characters
    /// and may contain spaces.
    case fixed
    /// Fields separated by spaces or tabs; names of any length without spaces.
    case free
}
