import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One child process run to its end: spawned in a process group of its own, fed its standard
/// input, its output collected, its memory sampled, killed with its whole group at a wall-clock
/// limit, and reaped.
struct ChildProcess {
    /// How the process ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// It died from this signal.
        case signaled(Int32)
    }

    /// What a finished child did.
    struct Outcome {
        /// How it ended.
        var ending: Ending
        /// Whether it was killed for reaching the wall-clock limit.
        var reachedWallClockLimit: Bool
        /// Its standard output (at most the last ``outputLimit`` bytes).
        var standardOutput: Data
        /// Its standard error (at most the last ``outputLimit`` bytes).
        var standardError: Data
        /// From spawning to the end of its output.
        var wallTime: Duration
        /// The largest resident memory of the process and its descendants seen by sampling, in bytes
        /// (see ``ResidentMemory``).
        var peakMemory: Int
    }

    /// The most output kept per stream; earlier output is dropped.
    static let outputLimit = 8 << 20

    /// The program and its arguments; the program is found through `PATH` unless it has a slash.
    var arguments: [String]
    /// The bytes written to its standard input before closing it.
    var input = Data()
    /// The time after which the process group is killed.
    var wallClockLimit: Duration

    /// Held from making a child's pipes until they are closed on `exec`, so that no child
    /// started meanwhile on another thread inherits them (which would keep them open).
    private static let spawnLock = NSLock()

    /// Runs the process to its end. Throws only when it cannot be started.
    func run(registry: ChildRegistry) throws -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let child = try Self.spawnLock.withLock { try spawn() }
        if !registry.insert(child.pid) { kill(-child.pid, SIGKILL) }
        defer { registry.remove(child.pid) }

        var streams = Streams(input: input, inputDescriptor: child.input,
                              outputDescriptor: child.output, errorDescriptor: child.error)
        let deadline = start + wallClockLimit
        var reachedLimit = false
        var drainDeadline: ContinuousClock.Instant?
        var peakMemory = 0
        var nextSample = start + .milliseconds(20)
        while streams.isOpen {
            let now = clock.now
            if now >= nextSample, !reachedLimit {
                peakMemory = max(peakMemory, ResidentMemory.treeHighWaterMark(of: child.pid))
                nextSample = now + Self.samplingInterval
            }
            if !reachedLimit, now >= deadline {
                kill(-child.pid, SIGKILL)
                reachedLimit = true
            }
            if reachedLimit || registry.isCancelled, drainDeadline == nil {
                // Descendants that left the group may still hold the pipes: stop waiting for them soon.
                drainDeadline = now + .seconds(2)
            }
            if let drainDeadline, now >= drainDeadline { break }
            streams.pump(timeoutMilliseconds: Self.milliseconds((drainDeadline ?? deadline) - now))
        }
        streams.closeAll()
        let end = clock.now

        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0, errno == EINTR {}
        let ending: Ending = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
        return Outcome(
            ending: ending, reachedWallClockLimit: reachedLimit,
            standardOutput: streams.output, standardError: streams.error,
            wallTime: end - start, peakMemory: peakMemory)
    }

    /// A started child: its pid and the parent's ends of its standard streams.
    private struct Started {
        var pid: pid_t
        var input: Int32
        var output: Int32
        var error: Int32
    }

    /// Starts the child with its standard streams on new pipes, in a process group of its own,
    /// with default signal handling and no blocked signals.
    private func spawn() throws -> Started {
        let standardInput = try Pipe.make(), standardOutput = try Pipe.make(), standardError = try Pipe.make()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput.read, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput.write, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError.write, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        close(standardInput.read)
        close(standardOutput.write)
        close(standardError.write)
        guard spawned == 0 else {
            for descriptor in [standardInput.write, standardOutput.read, standardError.read] { close(descriptor) }
            throw ChildProcessError(program: arguments[0], code: spawned)
        }
        return Started(pid: pid, input: standardInput.write, output: standardOutput.read, error: standardError.read)
    }

    /// How often the memory of the process tree is sampled.
    private static let samplingInterval = Duration.milliseconds(100)

    /// The time to wait for output, in milliseconds: at most until the next memory sample.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(1, min(milliseconds, 100)))
    }
}

/// A program that could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    /// The program.
    var program: String
    /// The `errno` of the failed spawn.
    var code: Int32

    var description: String { "cannot start '\(program)': \(String(cString: strerror(code)))" }
}

/// The two ends of a pipe, both closed on `exec`.
private struct Pipe {
    var read: Int32
    var write: Int32

    static func make() throws -> Pipe {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw ChildProcessError(program: "pipe", code: errno) }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return Pipe(read: descriptors[0], write: descriptors[1])
    }
}

/// The parent's ends of a child's three standard streams, moved along with `poll`.
private struct Streams {
    private var input: Data
    private var inputOffset = 0
    private var inputDescriptor: Int32
    private var outputDescriptor: Int32
    private var errorDescriptor: Int32
    private(set) var output = Data()
    private(set) var error = Data()

    init(input: Data, inputDescriptor: Int32, outputDescriptor: Int32, errorDescriptor: Int32) {
        self.input = input
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        self.errorDescriptor = errorDescriptor
        _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// Whether the child may still write output.
    var isOpen: Bool { outputDescriptor >= 0 || errorDescriptor >= 0 }

    /// Waits up to `timeoutMilliseconds` for the streams to be ready, then moves what it can.
    mutating func pump(timeoutMilliseconds: Int32) {
        var descriptors = [
            pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errorDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: inputDescriptor, events: Int16(POLLOUT), revents: 0),
        ]
        guard poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds) > 0 else { return }
        if descriptors[0].revents != 0 { Self.drain(&outputDescriptor, into: &output) }
        if descriptors[1].revents != 0 { Self.drain(&errorDescriptor, into: &error) }
        if descriptors[2].revents & Int16(POLLOUT) != 0 {
            let written = input.withUnsafeBytes { bytes in
                write(inputDescriptor, bytes.baseAddress! + inputOffset, bytes.count - inputOffset)
            }
            if written > 0 { inputOffset += written }
            if written < 0, errno != EAGAIN, errno != EINTR { closeInput() }
            if inputOffset == input.count { closeInput() }
        } else if descriptors[2].revents != 0 {
            closeInput()
        }
    }

    /// Closes whatever is still open.
    mutating func closeAll() {
        closeInput()
        for descriptor in [outputDescriptor, errorDescriptor] where descriptor >= 0 { close(descriptor) }
        outputDescriptor = -1
        errorDescriptor = -1
    }

    private mutating func closeInput() {
        if inputDescriptor >= 0 { close(inputDescriptor) }
        inputDescriptor = -1
    }

    /// Reads what is available; closes the descriptor (setting it to -1) at end of file.
    private static func drain(_ descriptor: inout Int32, into buffer: inout Data) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = read(descriptor, &chunk, chunk.count)
        if count > 0 {
            buffer.append(contentsOf: chunk[..<count])
            if buffer.count > ChildProcess.outputLimit { buffer.removeFirst(buffer.count - ChildProcess.outputLimit) }
        } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
            close(descriptor)
            descriptor = -1
        }
    }
}
