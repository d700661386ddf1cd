import Foundation
import Regel

/// The language server's state and its answer to each message. It does no I/O of its own: each
/// message goes in through `handle`, and every answer and notification goes out through `send`,
/// so tests drive it message by message (`ServerLoop` connects it to stdin and stdout).
/// Not thread-safe: one thread at a time, as the loop guarantees.
package final class LanguageServer {
    /// What a host or test may set.
    package struct Options {
        /// How long after the last edit diagnostics are published; zero publishes at once.
        package var debounce: Duration

        package init(debounce: Duration = .milliseconds(200)) {
            self.debounce = debounce
        }
    }

    enum Phase {
        case starting, running, shuttingDown
    }

    let options: Options
    let send: (JSONValue) -> Void
    package let workspace = Workspace()
    let syntax = SyntaxCache()
    package internal(set) var encoding: PositionEncoding = .utf16
    var phase = Phase.starting
    /// Whether the client accepts snippets in completions (`${1:x}`).
    var snippets = false
    var hierarchicalSymbols = false
    /// Whether completion documentation may be Markdown (`completionItem.documentationFormat`);
    /// otherwise it is sent as plain text.
    var completionMarkdown = false
    /// Whether hovers may be Markdown: unless the client lists formats without it (`hover.contentFormat`).
    var hoverMarkdown = true
    /// The files whose last published diagnostics were not empty, by URI: they must be cleared
    /// once their diagnostics are gone.
    var published: Set<String> = []
    /// Requests the client gave up on before they were answered, by id text.
    var cancelled: Set<String> = []
    let clock = ContinuousClock()
    /// When the debounced diagnostics are due; nil when none are.
    package private(set) var diagnosticsDeadline: ContinuousClock.Instant?
    /// Set by `exit`: 0 after `shutdown`, 1 without, as the protocol says.
    package private(set) var exitCode: Int32?

    package init(options: Options = Options(), send: @escaping (JSONValue) -> Void) {
        self.options = options
        self.send = send
    }

    /// Whether `shutdown` was received.
    package var hasShutDown: Bool { phase == .shuttingDown }

    /// Marks a request as cancelled; if it has not been answered yet, it is answered with
    /// RequestCancelled instead.
    package func cancel(_ id: JSONValue) {
        cancelled.insert(id.compactText)
    }

    /// Answers or acts on one message.
    package func handle(_ message: RPCMessage) {
        switch message {
        case .request(let id, let method, let params):
            if cancelled.remove(id.compactText) != nil {
                send(Outgoing.error(id: id, ResponseError(ResponseError.requestCancelled, ServerMessages.cancelled)))
                return
            }
            switch request(method, params) {
            case .success(let result): send(Outgoing.response(id: id, result: result))
            case .failure(let error): send(Outgoing.error(id: id, error))
            }
        case .notification(let method, let params):
            notification(method, params)
        case .response:
            break
        case .invalid(let id, let error):
            send(Outgoing.error(id: id, error))
        }
    }

    /// The result of a request, or the error to answer with.
    func request(_ method: String, _ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        if method == "initialize" {
            guard phase == .starting else { return .failure(ResponseError(ResponseError.invalidRequest, ServerMessages.initializedTwice)) }
            return .success(initialize(params))
        }
        guard phase != .starting else { return .failure(ResponseError(ResponseError.serverNotInitialized, ServerMessages.notInitialized)) }
        guard phase == .running else { return .failure(ResponseError(ResponseError.invalidRequest, ServerMessages.shuttingDown)) }
        do throws(ResponseError) {
            switch method {
            case "shutdown":
                phase = .shuttingDown
                return .success(.null)
            case "textDocument/hover": return .success(try hover(params))
            case "textDocument/definition": return .success(try definition(params))
            case "textDocument/references": return .success(try references(params))
            case "textDocument/prepareRename": return .success(try prepareRename(params))
            case "textDocument/rename": return .success(try rename(params))
            case "textDocument/documentSymbol": return .success(try documentSymbols(params))
            case "workspace/symbol": return .success(workspaceSymbols(params))
            case "textDocument/completion": return .success(try completion(params))
            case "textDocument/codeAction": return .success(try codeActions(params))
            case "textDocument/formatting": return .success(try formatting(params))
            case "textDocument/semanticTokens/full": return .success(try semanticTokens(params))
            default: return .failure(ResponseError(ResponseError.methodNotFound, ServerMessages.unknownMethod(method)))
            }
        } catch {
            return .failure(error)
        }
    }

    func notification(_ method: String, _ params: JSONValue?) {
        switch method {
        case "exit":
            exitCode = phase == .shuttingDown ? 0 : 1
        case "$/cancelRequest":
            if let id = params?["id"] { cancel(id) }
        case "initialized":
            break
        default:
            // Before `initialize` notifications are dropped, as the protocol says; after
            // `shutdown` nothing changes any more.
            guard phase == .running else { return }
            switch method {
            case "textDocument/didOpen": didOpen(params)
            case "textDocument/didChange": didChange(params)
            case "textDocument/didClose": didClose(params)
            case "textDocument/didSave": didSave(params)
            default: break  // `$/…` and other notifications the server does not take are ignored
            }
        }
    }

    /// Schedules publishing after the debounce delay, or publishes at once without one.
    func scheduleDiagnostics(immediately: Bool) {
        if immediately || options.debounce <= .zero {
            diagnosticsDeadline = nil
            publishDiagnostics()
        } else {
            diagnosticsDeadline = clock.now.advanced(by: options.debounce)
        }
    }

    /// Publishes the diagnostics that are due (the loop calls this when the deadline passes).
    package func publishPendingDiagnostics() {
        guard diagnosticsDeadline != nil else { return }
        diagnosticsDeadline = nil
        publishDiagnostics()
    }
}
