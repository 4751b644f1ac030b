import Foundation

/// A counter on standard error for long `instances` commands, `[done/total] label`, redrawn in
/// place; silent unless standard error is a terminal and the command is not quiet.
struct InstancesProgress {
    private let total: Int
    private let isEnabled: Bool

    /// A counter up to `total`, drawn only on a terminal and when not `quiet`.
    init(total: Int, quiet: Bool) {
        self.total = total
        isEnabled = !quiet && StandardError.isTerminal
    }

    /// Shows that `done` items are finished and what is being worked on.
    func update(done: Int, _ label: String) {
        guard isEnabled else { return }
        StandardError.write("\r\u{1B}[2K[\(done)/\(total)] \(label)")
    }

    /// Erases the counter.
    func finish() {
        guard isEnabled else { return }
        StandardError.write("\r\u{1B}[2K")
    }
}
