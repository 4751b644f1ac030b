import GLPK
import MILP

extension SweepFile {
    /// One entry of a sweep file's `configurations`: a built-in name, or an object with a `name`
    /// and exactly one of `glpk`, `portfolio` or `command`.
    public enum Configuration: Codable, Sendable, Equatable {
        /// A built-in configuration by name (``SolverConfiguration/presetNames``).
        case preset(String)
        /// GLPK in a worker process: `glpk` (a parameter preset, or parameters over a `base`
        /// preset), beside it `options` and `branchingPolicy`.
        case glpk(name: String, settings: GLPKSettings)
        /// A race of entrants; `nil` for `"standard"`, the standard portfolio.
        case portfolio(name: String, entrants: [PortfolioEntrant]?)
        /// An external command: `command` (the template) and `output`.
        case command(name: String, ExternalCommand)

        /// The three kinds of definition, as their fields are named.
        private static let kinds = ["glpk", "portfolio", "command"]

        /// Reads a name or a definition.
        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self = .preset(name)
                return
            }
            let container = try decoder.container(keyedBy: FieldKey.self)
            let name = try container.decode(String.self, forKey: FieldKey("name"))
            let kinds = Self.kinds.filter { container.contains(FieldKey($0)) }
            guard kinds.count == 1 else {
                throw InputError(field: InputError.path(decoder.codingPath), kinds.isEmpty
                    ? "needs one of \"glpk\", \"portfolio\" or \"command\""
                    : "has both \"\(kinds[0])\" and \"\(kinds[1])\"; a configuration is one of them")
            }
            switch kinds[0] {
            case "glpk":
                self = .glpk(name: name, settings: try GLPKSettings(fromFieldsOf: container))
            case "portfolio":
                let key = FieldKey("portfolio")
                if let word = try? container.decode(String.self, forKey: key) {
                    guard word == "standard" else {
                        throw InputError(field: InputError.path(container.codingPath + [key]),
                                         "expected \"standard\" or an array of entrants, got \"\(word)\"")
                    }
                    self = .portfolio(name: name, entrants: nil)
                } else {
                    self = .portfolio(name: name, entrants: try container.decode([FileEntrant].self, forKey: key).map(\.entrant))
                }
            default:
                let template = try container.decode(String.self, forKey: FieldKey("command"))
                let output = try container.decodeIfPresent(ExternalOutputFormat.self, forKey: FieldKey("output"))
                self = .command(name: name, ExternalCommand(template: template, output: output))
            }
        }

        /// Writes a name, or the definition in the sweep file's form.
        public func encode(to encoder: any Encoder) throws {
            if case let .preset(name) = self {
                var container = encoder.singleValueContainer()
                try container.encode(name)
                return
            }
            var container = encoder.container(keyedBy: FieldKey.self)
            switch self {
            case .preset: break
            case let .glpk(name, settings):
                try container.encode(name, forKey: FieldKey("name"))
                try settings.encodeFields(to: &container)
            case let .portfolio(name, entrants):
                try container.encode(name, forKey: FieldKey("name"))
                if let entrants {
                    try container.encode(entrants.map(FileEntrant.init), forKey: FieldKey("portfolio"))
                } else {
                    try container.encode("standard", forKey: FieldKey("portfolio"))
                }
            case let .command(name, command):
                try container.encode(name, forKey: FieldKey("name"))
                try container.encode(command.template, forKey: FieldKey("command"))
                try container.encode(command.output, forKey: FieldKey("output"))
            }
        }
    }

    /// A portfolio entrant as a sweep file writes it: `name` beside the GLPK fields.
    private struct FileEntrant: Codable {
        var entrant: PortfolioEntrant

        init(_ entrant: PortfolioEntrant) { self.entrant = entrant }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldKey.self)
            entrant = PortfolioEntrant(name: try container.decode(String.self, forKey: FieldKey("name")),
                                       settings: try GLPKSettings(fromFieldsOf: container))
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FieldKey.self)
            try container.encode(entrant.name, forKey: FieldKey("name"))
            try entrant.settings.encodeFields(to: &container)
        }
    }
}

extension GLPKSettings {
    /// Reads `glpk`, `options` and `branchingPolicy` from a configuration or portfolio entrant.
    init(fromFieldsOf container: KeyedDecodingContainer<FieldKey>) throws {
        self.init(parameters: try container.decode(ParameterChoice.self, forKey: FieldKey("glpk")).parameters,
                  options: try container.decodeIfPresent(SolverOptions.self, forKey: FieldKey("options")) ?? SolverOptions(),
                  branchingPolicy: try container.decodeIfPresent(String.self, forKey: FieldKey("branchingPolicy")))
    }

    /// Writes `glpk` (every parameter set, so no base is needed), `options` and `branchingPolicy`.
    func encodeFields(to container: inout KeyedEncodingContainer<FieldKey>) throws {
        try container.encode(parameters, forKey: FieldKey("glpk"))
        if options != SolverOptions() { try container.encode(options, forKey: FieldKey("options")) }
        try container.encodeIfPresent(branchingPolicy, forKey: FieldKey("branchingPolicy"))
    }
}

/// GLPK parameters in a sweep file: a preset name, or parameters over a `base` preset
/// (`glpk-defaults` when absent).
private struct ParameterChoice: Decodable {
    enum Preset: String, Decodable, CaseIterable {
        case recommended
        case glpkDefaults = "glpk-defaults"

        var parameters: GLPKParameters { self == .recommended ? .recommended : .glpkDefaults }
    }

    var parameters: GLPKParameters

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if (try? value.decode(String.self)) != nil {
            parameters = try value.decode(Preset.self).parameters
            return
        }
        let base = try decoder.container(keyedBy: FieldKey.self).decodeIfPresent(Preset.self, forKey: FieldKey("base"))
        parameters = (base?.parameters ?? .glpkDefaults).overridden(by: try GLPKParameters(from: decoder))
    }
}
