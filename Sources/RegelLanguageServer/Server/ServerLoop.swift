import Foundation
import Regel

/// What the reader thread hands to the server's thread.
package enum Incoming {
    case message(RPCMessage)
    /// The client closed its end: the server exits.
    case end
}

/// The messages read but not yet handled, shared by the reader thread and the server's thread.
/// `$/cancelRequest` is taken care of here, as it arrives, so a request still waiting in the queue
/// is answered with RequestCancelled without being worked on.
package final class MessageQueue: @unchecked Sendable {
    // NSCondition guards `items` and `cancelled`: the only state the two threads share.
    private let condition = NSCondition()
    private var items: [Incoming] = []
    private var cancelled: Set<String> = []

    package init() {}

    package func push(_ item: Incoming) {
        condition.lock()
        defer { condition.unlock() }
        if case .message(.notification("$/cancelRequest", let params)) = item, let id = params?["id"] {
            cancelled.insert(id.compactText)
            return
        }
        items.append(item)
        condition.signal()
    }

    /// The next item; waits until one arrives, or until `deadline` passes (then nil).
    package func pop(until deadline: ContinuousClock.Instant?) -> Incoming? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty {
            if let deadline {
                let remaining = ContinuousClock.now.duration(to: deadline)
                guard remaining > .zero else { return nil }
                let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
                _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
            } else {
                condition.wait()
            }
        }
        return items.removeFirst()
    }

    /// Whether the client cancelled the request with this id; forgets it once asked.
    package func takeCancelled(_ id: JSONValue) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled.remove(id.compactText) != nil
    }
}

/// Runs a server over a byte stream: one thread reads and frames messages into the queue, the
/// calling thread handles them one at a time and publishes debounced diagnostics when they are due.
package enum ServerLoop {
    /// Handles queued messages until `exit` or the end of input; returns the exit code.
    package static func run(_ server: LanguageServer, queue: MessageQueue) -> Int32 {
        while server.exitCode == nil {
            // Due diagnostics go out before the next message, so a stream of requests (hovers
            // while typing) cannot hold them back.
            if let deadline = server.diagnosticsDeadline, deadline <= ContinuousClock.now {
                server.publishPendingDiagnostics()
            }
            guard let item = queue.pop(until: server.diagnosticsDeadline) else {
                server.publishPendingDiagnostics()
                continue
            }
            switch item {
            case .end:
                // The client went away: nothing more can be said to it.
                return server.exitCode ?? (server.hasShutDown ? 0 : 1)
            case .message(let message):
                if case .request(let id, _, _) = message, queue.takeCancelled(id) { server.cancel(id) }
                server.handle(message)
            }
        }
        return server.exitCode ?? 0
    }

    /// Reads framed messages from the file descriptor `input` on a thread of its own into
    /// `queue`, until end of input or a read error. POSIX `read`, not `FileHandle`, whose errors
    /// end the process.
    package static func startReading(_ input: Int32, into queue: MessageQueue) {
        let thread = Thread {
            var framer = MessageFramer()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                framer.append(buffer[0..<count])
                while let frame = framer.next() {
                    switch frame {
                    case .message(let body): queue.push(.message(RPCMessage.parse(body)))
                    case .invalidHeader(let problem):
                        queue.push(.message(.invalid(id: nil, ResponseError(ResponseError.parseError, problem))))
                    }
                }
            }
            queue.push(.end)
        }
        // Deeply nested JSON is refused at 512 levels, well within the default stack.
        thread.start()
    }

    /// Serves the protocol on standard input and output until the client exits or goes away.
    package static func serveStandardIO(options: LanguageServer.Options = .init()) -> Int32 {
        // A client that goes away must not kill the server with SIGPIPE mid-write; the write
        // fails instead, and the end of input ends the loop.
        signal(SIGPIPE, SIG_IGN)
        let server = LanguageServer(options: options) { message in
            writeAll(1, MessageFramer.frame(message.compactText))
        }
        let queue = MessageQueue()
        startReading(0, into: queue)
        return run(server, queue: queue)
    }

    /// Writes every byte, or stops at the first error (the client is gone).
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            written += count
        }
    }
}
