import Foundation

/// A solver run as a shell command line, such as `glpsol --mps {file} --tmlim {time_limit}`.
///
/// Placeholders: `{file}` becomes the model file's path (shell-quoted), `{time_limit}` the time
/// limit in whole seconds (rounded up), `{seed}` the repetition's seed (0 without seeds).
public struct ExternalCommand: Sendable, Equatable, Codable {
    /// The command line with placeholders, run by `/bin/sh -c`.
    public var template: String
    /// How to read what the command prints.
    public var output: ExternalOutputFormat

    /// A command whose output is read as `output`; by default, the format its program's name
    /// suggests (`glpsol`, `cbc`), else only the exit status.
    public init(template: String, output: ExternalOutputFormat? = nil) {
        self.template = template
        self.output = output ?? ExternalOutputFormat(guessingFrom: template)
    }

    /// The placeholders a template may use.
    public static let placeholders = ["{file}", "{time_limit}", "{seed}"]

    /// The command line for one run.
    public func commandLine(file: String, timeLimit: Duration, seed: UInt64?) -> String {
        let seconds = timeLimit.components.seconds + (timeLimit.components.attoseconds > 0 ? 1 : 0)
        return template
            .replacingOccurrences(of: "{file}", with: Self.shellQuoted(file))
            .replacingOccurrences(of: "{time_limit}", with: String(seconds))
            .replacingOccurrences(of: "{seed}", with: String(seed ?? 0))
    }

    /// `text` in single quotes, safe as one shell word.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
