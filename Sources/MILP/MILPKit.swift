/// Facts about the MILPKit library itself.
public enum MILPKit {
    /// The library's version.
    public static let version = "0.1.0"
}
