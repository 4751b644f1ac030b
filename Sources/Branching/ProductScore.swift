/// The product score of a branching: `max(Δ⁻, ε) · max(Δ⁺, ε)`, where `Δ⁻` and `Δ⁺` are the
/// objective degradations of the down and up children. It favours variables whose two children
/// both degrade, the usual choice of strong-branching and pseudocost scores; `ε` keeps a
/// one-sided gain from scoring 0.
public enum ProductScore {
    /// The `ε` of the score.
    public static let epsilon = 1e-6

    /// The score of a branching whose children degrade by `down` and `up`.
    public static func of(down: Double, up: Double) -> Double {
        max(down, epsilon) * max(up, epsilon)
    }
}
