import MILP

/// Reads the statements of a CPLEX LP file section by section, handing what they declare to an
/// ``LPModelBuilder``. Sections and statements may share lines or span them: a statement ends
/// where the next begins.
struct LPParser {
    private typealias Term = LPModelBuilder.Term

    private var lexer: LPLexer
    private var builder: LPModelBuilder
    /// Tokens read ahead, a ring of `lookahead.count` tokens: `count` of them from `head` on.
    private var lookahead = [LPToken](repeating: LPToken(kind: .endOfFile, start: 0, end: 0, line: 1), count: 8)
    private var head = 0
    private var count = 0
    private var section = LPSection.end

    /// One-word sections of other dialects that a linear model cannot hold.
    private static let unsupportedWords: [LPWord: String] = [.pwlobj: "piecewise-linear objectives"]

    init(text: UnsafeBufferPointer<UInt8>, file: String, defaultName: String, isLenient: Bool) {
        lexer = LPLexer(text: text, file: file)
        builder = LPModelBuilder(file: file, defaultName: defaultName, isLenient: isLenient)
    }

    /// Reads the whole file.
    mutating func parse() throws(ParseError) -> ModelFile {
        guard let (first, length) = try sectionKeyword(), case .objective(let sense) = first else {
            throw lexer.error("expected Minimize or Maximize at the start of a CPLEX LP file, found \(lexer.quoted(try peek()))", at: try peek())
        }
        try skip(length)
        builder.sense = sense
        section = first
        try parseObjective()
        while true {
            let token = try peek()
            if token.kind == .endOfFile {
                try builder.complain("the file ends in the \(section.name) section without End, so it may be cut short", line: token.line)
                break
            }
            guard let (next, length) = try sectionKeyword() else { throw unexpected(token) }
            try skip(length)
            section = next
            switch next {
            case .objective:
                throw lexer.error("a second objective: MILPKit reads models with one objective", at: token)
            case .constraints:
                while try !atSectionBoundary() { try parseConstraint() }
            case .bounds:
                while try !atSectionBoundary() { try parseBound() }
            case .generals, .binaries, .semicontinuous:
                try parseNameList(next)
            case .specialOrderedSets:
                while try !atSectionBoundary() { try parseSpecialOrderedSet() }
            case .end:
                let after = try peek()
                if after.kind != .endOfFile { builder.warn("text after End is ignored", line: after.line) }
                return try builder.finish(name: nil)
            }
        }
        return try builder.finish(name: nil)
    }

    // MARK: Tokens

    /// The token `offset` ahead of the next one; the parser looks at most five tokens ahead.
    /// Inlined, so that callers read only the fields they use.
    @inline(__always)
    private mutating func peek(_ offset: Int = 0) throws(ParseError) -> LPToken {
        if count <= offset { try readAhead(offset) }
        return lookahead[(head + offset) & (lookahead.count - 1)]
    }

    /// Lexes tokens into the ring until it holds the one `offset` ahead.
    @inline(never)
    private mutating func readAhead(_ offset: Int) throws(ParseError) {
        assert(offset < lookahead.count, "the parser looks further ahead than its ring holds")
        while count <= offset {
            lookahead[(head + count) & (lookahead.count - 1)] = try lexer.next()
            count += 1
        }
    }

    @inline(__always) @discardableResult
    private mutating func take() throws(ParseError) -> LPToken {
        let token = try peek()
        head = (head + 1) & (lookahead.count - 1)
        count -= 1
        return token
    }

    private mutating func skip(_ count: Int) throws(ParseError) {
        for _ in 0..<count { try take() }
    }

    /// The section the next tokens open and how many tokens that takes, or `nil` when they open
    /// none. A name followed by `:` is a label, never a keyword. Sections of other dialects that
    /// a linear model cannot hold are refused here.
    private mutating func sectionKeyword(at start: Int = 0) throws(ParseError) -> (LPSection, Int)? {
        let first = try peek(start)
        guard let word = first.word, try peek(start + 1).kind != .colon else { return nil }
        // The second word of a pair; only `semi-continuous` and `multi-objectives` have a hyphen.
        func second(_ expected: LPWord) throws(ParseError) -> Int? {
            var offset = 1
            if word == .semi || word == .multi, try peek(start + offset).kind == .minus { offset += 1 }
            return try peek(start + offset).word == expected ? offset + 1 : nil
        }
        for (start, end, feature) in LPSection.unsupported where start == word {
            if try second(end) != nil {
                throw lexer.error("section \(lexer.quoted(first)) is not supported: MILPKit reads linear models, without \(feature)", at: first)
            }
        }
        if let feature = Self.unsupportedWords[word] {
            throw lexer.error("section \(lexer.quoted(first)) is not supported: MILPKit reads linear models, without \(feature)", at: first)
        }
        for (start, end, section) in LPSection.pairs where start == word {
            if let length = try second(end) { return (section, length) }
        }
        return LPSection.keywords[word].map { ($0, 1) }
    }

    /// Whether the next token ends the current section: the end of the file or a section keyword.
    private mutating func atSectionBoundary() throws(ParseError) -> Bool {
        if try peek().kind == .endOfFile { return true }
        return try sectionKeyword() != nil
    }

    /// Whether the token `offset` ahead starts a new statement rather than continuing this one: a
    /// label (a name followed by `:`) or a section keyword.
    private mutating func atStatementStart(at offset: Int = 0) throws(ParseError) -> Bool {
        if try peek(offset + 1).kind == .colon { return true }
        return try sectionKeyword(at: offset) != nil
    }

    /// Whether `token` spells infinity: `inf` or `infinity` in any case.
    private func isInfinity(_ token: LPToken) -> Bool {
        token.word == .inf || token.word == .infinity
    }

    private func unexpected(_ token: LPToken) -> ParseError {
        let expected = switch section {
        case .objective: "a term of the objective, or a section such as Subject To"
        case .constraints: "a constraint, or a section such as Bounds"
        case .bounds: "a bound such as 'x <= 4', '-inf <= x <= 4' or 'x free', or a section such as Generals"
        case .generals, .binaries, .semicontinuous: "a variable name, or a section such as End"
        case .specialOrderedSets: "a set such as 's1: S1:: x:1 y:2', or End"
        case .end: "End"
        }
        return lexer.error("unexpected \(lexer.quoted(token)); expected \(expected)", at: token)
    }

    // MARK: Expressions

    /// Reads `[±] term (± term)…`, where a term is a number, a variable, or a number and a
    /// variable, adding the variables' terms to `terms` and returning the sum of the numbers. It
    /// stops before the first token that cannot continue it, and refuses quadratic terms.
    private mutating func parseExpression(into terms: inout [Term]) throws(ParseError) -> Double {
        var constant = 0.0
        var isFirst = true
        while true {
            var sign = 1.0
            var signToken: LPToken?
            while true {
                let token = try peek()
                guard token.kind == .plus || token.kind == .minus else { break }
                if token.kind == .minus { sign = -sign }
                signToken = try take()
            }
            if signToken == nil, !isFirst { return constant }
            let token = try peek()
            switch token.kind {
            case .number:
                try take()
                let next = try peek()
                if next.kind == .name, !isInfinity(next), try !atStatementStart() {
                    try take()
                    builder.add(sign * token.value, builder.variable(lexer.bytes(next)), to: &terms)
                } else {
                    constant += sign * token.value
                }
            case .name:
                if isInfinity(token) {
                    constant += sign * .infinity
                } else if try atStatementStart() {
                    if let signToken { throw lexer.error("expected a number or a variable after \(lexer.quoted(signToken)), found \(lexer.quoted(token))", at: token) }
                    return constant
                } else {
                    builder.add(sign, builder.variable(lexer.bytes(token)), to: &terms)
                }
                try take()
            case .quadratic:
                throw quadratic(token)
            default:
                if let signToken { throw lexer.error("expected a number or a variable after \(lexer.quoted(signToken)), found \(lexer.quoted(token))", at: token) }
                return constant
            }
            if try peek().kind == .quadratic { throw quadratic(try peek()) }
            isFirst = false
        }
    }

    private func quadratic(_ token: LPToken) -> ParseError {
        lexer.error("quadratic terms ('[ … ]', '^', '*') are not supported: MILPKit solves linear models only", at: token)
    }

    /// A number or an infinity, with optional signs: a right-hand side or a bound.
    private mutating func parseConstant(_ what: String) throws(ParseError) -> Double {
        var sign = 1.0
        while true {
            let token = try peek()
            guard token.kind == .plus || token.kind == .minus else { break }
            if token.kind == .minus { sign = -sign }
            try take()
        }
        let token = try take()
        if token.kind == .number { return sign * token.value }
        if isInfinity(token) { return sign * .infinity }
        throw lexer.error("expected a number for \(what), found \(lexer.quoted(token))", at: token)
    }

    /// A right-hand side: a constant, and further `± number`s that are not terms (no variable
    /// follows them), which add to it.
    private mutating func parseRightHandSide() throws(ParseError) -> Double {
        var value = try parseConstant("the right-hand side")
        while try atConstantTerm() {
            let sign = try take()
            value += (sign.kind == .minus ? -1 : 1) * (try take()).value
        }
        return value
    }

    /// Whether the next tokens are `± number` with no variable after the number.
    private mutating func atConstantTerm() throws(ParseError) -> Bool {
        let sign = try peek()
        guard sign.kind == .plus || sign.kind == .minus, try peek(1).kind == .number else { return false }
        if try peek(2).kind != .name { return true }
        return try atStatementStart(at: 2)
    }

    /// A sense token, or an error saying one was expected after `what` (or, after an expression
    /// and before something that reads as a term, that a sign is missing).
    private mutating func takeSense(after what: String, isAfterExpression: Bool = true) throws(ParseError) -> LPToken {
        let token = try peek()
        guard token.isSense else {
            let isTerm = isAfterExpression && (token.kind == .number || token.kind == .name)
            let missing = isTerm ? "'+' or '-' before another term, or " : ""
            throw lexer.error("expected \(missing)<=, >= or = after \(what), found \(lexer.quoted(token))", at: token)
        }
        return try take()
    }

    /// The bounds `sense value` gives an expression: `<= v` is (−∞, v], `>= v` is [v, +∞), `= v` is [v, v].
    private static func bounds(_ sense: LPToken.Kind, _ value: Double) -> (lower: Double, upper: Double) {
        switch sense {
        case .lessOrEqual: (-.infinity, value)
        case .greaterOrEqual: (value, .infinity)
        default: (value, value)
        }
    }

    /// The sense read from right to left: `3 >= x` is `x <= 3`.
    private static func reversed(_ sense: LPToken.Kind) -> LPToken.Kind {
        switch sense {
        case .lessOrEqual: .greaterOrEqual
        case .greaterOrEqual: .lessOrEqual
        default: sense
        }
    }

    // MARK: Objective and constraints

    /// A name followed by `:`, or a number followed by `:`, which other writers use as names
    /// (PuLP and HiGHS write netlib's row '2' as `2:`).
    private mutating func parseLabel() throws(ParseError) -> LPToken? {
        let token = try peek()
        guard token.kind == .name || token.kind == .number, try peek(1).kind == .colon else { return nil }
        try skip(2)
        return token
    }

    private mutating func parseObjective() throws(ParseError) {
        _ = try parseLabel()
        builder.beginExpression()
        var terms: [Term] = []
        let constant = try parseExpression(into: &terms)
        builder.setObjective(terms, constant: constant)
        if try !atSectionBoundary() { throw unexpected(try peek()) }
    }

    /// One constraint: `[name:] expression sense constant`, `[name:] constant sense expression`,
    /// the ranged `[name:] constant sense expression sense constant` (both senses `<=`, or both
    /// `>=`), or the indicator `[name:] binary = 0|1 -> expression sense constant`.
    private mutating func parseConstraint() throws(ParseError) {
        let start = try peek()
        var name: String?
        if let label = try parseLabel() {
            let (labelName, line) = builder.nameConstraint(lexer.bytes(label), line: start.line)
            guard let labelName else {
                throw lexer.error("duplicate constraint name \(lexer.quoted(label)) (first on line \(line))", at: label)
            }
            name = labelName
        }
        builder.beginExpression()
        var left: [Term] = []
        let leftConstant = try parseExpression(into: &left)
        if left.isEmpty, leftConstant == 0, try !peek().isSense {
            throw unexpected(try peek())
        }
        let sense = try takeSense(after: "the left-hand side")
        if left.isEmpty {
            // A constant on the left: `3 >= x + y`, or the range `-3 <= x + y <= 5`.
            builder.beginExpression()
            var middle: [Term] = []
            let middleConstant = try parseExpression(into: &middle)
            if try peek().isSense {
                let second = try take()
                guard second.kind == sense.kind, sense.kind != .equal else {
                    throw lexer.error("a ranged constraint reads 'lower <= expression <= upper' (or '>=' twice)", at: second)
                }
                let far = try parseConstant("the range's other end")
                let (lower, upper) = sense.kind == .lessOrEqual ? (leftConstant, far) : (far, leftConstant)
                builder.addConstraint(name: name, terms: middle, lower: lower - middleConstant, upper: upper - middleConstant)
            } else {
                let (lower, upper) = Self.bounds(Self.reversed(sense.kind), leftConstant - middleConstant)
                builder.addConstraint(name: name, terms: middle, lower: lower, upper: upper)
            }
            return
        }
        let rightHandSide = try parseRightHandSide()
        let next = try peek()
        if next.kind == .implies {
            try take()
            try parseIndicator(name: name, condition: (left, leftConstant, sense, rightHandSide), start: start)
            return
        }
        if next.isSense {
            throw lexer.error("a ranged constraint starts with its lower end: '-3 <= x + y <= 5'", at: next)
        }
        let (lower, upper) = Self.bounds(sense.kind, rightHandSide - leftConstant)
        builder.addConstraint(name: name, terms: left, lower: lower, upper: upper)
    }

    /// The constraint after `->` of an indicator whose condition has been read.
    private mutating func parseIndicator(
        name: String?, condition: (terms: [Term], constant: Double, sense: LPToken, value: Double), start: LPToken
    ) throws(ParseError) {
        guard condition.sense.kind == .equal, condition.terms.count == 1, condition.terms[0].coefficient == 1,
              condition.constant == 0, condition.value == 0 || condition.value == 1 else {
            throw lexer.error("an indicator constraint starts with 'binary = 1 ->' or 'binary = 0 ->'", at: start)
        }
        builder.beginExpression()
        var terms: [Term] = []
        let constant = try parseExpression(into: &terms)
        let sense = try takeSense(after: "the indicator's left-hand side")
        let (lower, upper) = Self.bounds(sense.kind, try parseConstant("the right-hand side") - constant)
        builder.indicators.append(LPModelBuilder.Indicator(
            name: name, binary: condition.terms[0].index, activeValue: Int(condition.value), terms: terms,
            lower: lower, upper: upper, line: start.line))
    }

    // MARK: Bounds

    /// One bound: `x <= u`, `x >= l`, `x = v`, `l <= x`, `l <= x <= u` (or with `>=`), `x free`.
    private mutating func parseBound() throws(ParseError) {
        let start = try peek()
        if start.kind == .name, !isInfinity(start) {
            let variable = builder.variable(lexer.bytes(try take()))
            let next = try peek()
            if next.word == .free {
                try take()
                builder.setBounds(variable, lower: -.infinity, upper: .infinity)
                return
            }
            let sense = try takeSense(after: "the variable \(lexer.quoted(start)) (or 'free')", isAfterExpression: false)
            let (lower, upper) = Self.bounds(sense.kind, try parseConstant("the bound"))
            builder.setBounds(variable, lower: sense.kind == .lessOrEqual ? nil : lower, upper: sense.kind == .greaterOrEqual ? nil : upper)
            if try peek().isSense { throw lexer.error("a bound with two ends starts with the lower one: '2 <= x <= 4'", at: try peek()) }
            return
        }
        let value = try parseConstant("the bound")
        let sense = try takeSense(after: "the bound", isAfterExpression: false)
        let name = try take()
        guard name.kind == .name, !isInfinity(name) else {
            throw lexer.error("expected a variable after \(lexer.string(sense)), found \(lexer.quoted(name))", at: name)
        }
        let variable = builder.variable(lexer.bytes(name))
        // `value <= x` is a lower bound, `value >= x` an upper one.
        let (lower, upper) = Self.bounds(Self.reversed(sense.kind), value)
        builder.setBounds(variable, lower: sense.kind == .greaterOrEqual ? nil : lower, upper: sense.kind == .lessOrEqual ? nil : upper)
        guard try peek().isSense else { return }
        let second = try take()
        guard second.kind == sense.kind, sense.kind != .equal else {
            throw lexer.error("a bound with two ends reads 'lower <= x <= upper' (or '>=' twice)", at: second)
        }
        let (secondLower, secondUpper) = Self.bounds(second.kind, try parseConstant("the bound"))
        builder.setBounds(variable, lower: second.kind == .lessOrEqual ? nil : secondLower, upper: second.kind == .greaterOrEqual ? nil : secondUpper)
    }

    // MARK: Lists of variables and special ordered sets

    /// The variables of a Generals, Binaries or Semi-Continuous section.
    private mutating func parseNameList(_ list: LPSection) throws(ParseError) {
        while try !atSectionBoundary() {
            let token = try take()
            guard token.kind == .name else {
                throw lexer.error("expected a variable name in the \(list.name) section, found \(lexer.quoted(token))", at: token)
            }
            let variable = builder.variable(lexer.bytes(token))
            switch list {
            case .generals: builder.markGeneral(variable)
            case .binaries: builder.markBinary(variable)
            default: builder.markSemicontinuous(variable)
            }
        }
    }

    /// Whether the next tokens are a member of a set and its weight: `x : 1`.
    private mutating func atWeightedMember() throws(ParseError) -> Bool {
        guard try peek().kind == .name, try peek(1).kind == .colon else { return false }
        return try peek(2).kind == .number
    }

    /// One set: `[name:] S1:: x:1 y:2 z:3` (or `S2::`), members followed by their weights.
    private mutating func parseSpecialOrderedSet() throws(ParseError) {
        let start = try peek()
        let label = try parseLabel()
        let typeToken = try take()
        let type = lexer.string(typeToken).uppercased()
        guard typeToken.kind == .name, type == "S1" || type == "S2", try peek().kind == .doubleColon else {
            throw lexer.error("expected 'S1::' or 'S2::' to start a special ordered set, found \(lexer.quoted(typeToken))", at: typeToken)
        }
        try take()
        var members: [(index: Int, weight: Double)] = []
        var weights: [Double: LPToken] = [:]
        while try atWeightedMember() {
            let member = try take()
            try take()
            let weight = try take()
            if let earlier = weights.updateValue(member, forKey: weight.value) {
                throw lexer.error("\(lexer.quoted(member)) and \(lexer.quoted(earlier)) have the same weight \(lexer.string(weight)); weights order a set's members", at: weight)
            }
            members.append((builder.variable(lexer.bytes(member)), weight.value))
        }
        let name = label.map(lexer.string) ?? "sos\(builder.sets.count + 1)"
        builder.sets.append(LPModelBuilder.SpecialOrderedSet(name: name, type: type == "S1" ? 1 : 2, members: members, line: start.line))
    }
}
