import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One child process run to its end: spawned in a process group of its own with a ``RunTag`` in
/// its environment, fed its standard input, its output collected, its memory sampled, killed with
/// its whole group at a wall-clock limit, reaped, and whatever it left behind killed.
struct ChildProcess {
    /// What a finished child did.
    struct Outcome {
        /// How it ended.
        var ending: ProcessEnding
        /// Whether it was killed for reaching the wall-clock limit.
        var reachedWallClockLimit: Bool
        /// Its standard output (at most the last ``outputLimit`` bytes).
        var standardOutput: Data
        /// Its standard error (at most the last ``outputLimit`` bytes).
        var standardError: Data
        /// From spawning the process to its end (the moment it is seen to have exited).
        var wallTime: Duration
        /// The largest resident memory of the process tree seen by sampling, in bytes (see
        /// ``ResidentMemory``).
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
    /// Whether the process itself counts in the memory samples, or only its descendants (when it
    /// only supervises them, as a worker running an external command does).
    var measuresItself = true

    /// Held from making a child's pipes until they are closed on `exec`, so that no child
    /// started meanwhile on another thread inherits them (which would keep them open).
    private static let spawnLock = Mutex(())

    /// Runs the process to its end. Throws only when it cannot be started.
    ///
    /// The process is polled alongside its pipes, so neither closing its output early nor leaving
    /// descendants that hold it open changes when its run ends: that is when the process exits,
    /// or when the wall-clock limit is reached and its process group is killed. Then what is left
    /// of its group is killed, and so are the processes that carry its tag and were re-parented
    /// to this one (see ``RunTag/endLeftovers()``), and the rest of its output is read.
    func run(registry: ChildRegistry) throws -> Outcome {
        let clock = ContinuousClock()
        let tag = RunTag.next()
        let start = clock.now
        let child = try Self.spawnLock.withLock { _ in try spawn(tag: tag) }
        if !registry.insert(child.pid) { kill(-child.pid, SIGKILL) }

        var streams = Streams(input: input, inputDescriptor: child.input,
                              outputDescriptor: child.output, errorDescriptor: child.error)
        let deadline = start + wallClockLimit
        var reachedLimit = false
        var peakMemory = 0
        var nextSample = start + .milliseconds(20)
        while !Self.hasExited(child.pid) {
            let now = clock.now
            if now >= nextSample {
                peakMemory = max(peakMemory, ResidentMemory.treeHighWaterMark(of: child.pid, includingRoot: measuresItself))
                nextSample = now + Self.samplingInterval
            }
            if !reachedLimit, now >= deadline {
                kill(-child.pid, SIGKILL)
                reachedLimit = true
            }
            streams.pump(timeoutMilliseconds: Self.milliseconds(min(nextSample - now, Self.pollInterval)))
        }
        let end = clock.now
        // The exited child keeps its process id, so its group cannot be another's yet.
        kill(-child.pid, SIGKILL)
        registry.remove(child.pid)
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0, errno == EINTR {}
        tag.endLeftovers()
        streams.drain(until: clock.now + Self.drainTime)
        streams.closeAll()
        return Outcome(
            ending: ProcessEnding(waitStatus: status), reachedWallClockLimit: reachedLimit,
            standardOutput: streams.output, standardError: streams.error,
            wallTime: end - start, peakMemory: peakMemory)
    }

    /// Whether process `pid`, a child of this process, has ended (or cannot be waited for); it
    /// is left unreaped.
    private static func hasExited(_ pid: pid_t) -> Bool {
        var information = siginfo_t()
        guard waitid(P_PID, id_t(pid), &information, WEXITED | WNOHANG | WNOWAIT) == 0 else { return errno != EINTR }
        return information._sifields._sigchld.si_pid == pid
    }

    /// A started child: its pid and the parent's ends of its standard streams.
    private struct Started {
        var pid: pid_t
        var input: Int32
        var output: Int32
        var error: Int32
    }

    /// Starts the child with its standard streams on new pipes, in a process group of its own,
    /// with `tag` in its environment.
    private func spawn(tag: RunTag) throws -> Started {
        let standardInput = try Pipe.make(), standardOutput = try Pipe.make(), standardError = try Pipe.make()
        defer { for descriptor in [standardInput.read, standardOutput.write, standardError.write] { close(descriptor) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput.read, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput.write, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError.write, 2)
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != RunTag.variable }.map { "\($0.key)=\($0.value)" }
        do {
            let pid = try spawnProcess(arguments, inNewProcessGroup: true, environment: environment + [tag.environmentEntry], actions: &actions)
            return Started(pid: pid, input: standardInput.write, output: standardOutput.read, error: standardError.read)
        } catch {
            for descriptor in [standardInput.write, standardOutput.read, standardError.read] { close(descriptor) }
            throw error
        }
    }

    /// How often the memory of the process tree is sampled.
    private static let samplingInterval = Duration.milliseconds(100)

    /// The longest wait for output before looking again whether the process has exited: how late
    /// the end of a process that closed or passed on its output can be seen.
    private static let pollInterval = Duration.milliseconds(5)

    /// How long output is still read after the process and its leftovers are gone: enough for
    /// what is already in the pipes, bounded in case a process that escaped holds them open.
    private static let drainTime = Duration.seconds(1)

    /// `duration` in whole milliseconds for `poll`, at least 1.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(1, milliseconds))
    }
}

/// How a process ended.
public enum ProcessEnding: Sendable, Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// It died from this signal.
    case signaled(Int32)
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

    /// Reads output until both streams end or `deadline` passes.
    mutating func drain(until deadline: ContinuousClock.Instant) {
        let clock = ContinuousClock()
        while isOpen, clock.now < deadline {
            pump(timeoutMilliseconds: 10)
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
