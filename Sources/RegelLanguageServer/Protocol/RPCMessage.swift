import Regel

/// An error the protocol sends back instead of a result, with JSON-RPC's and LSP's codes.
package struct ResponseError: Error, Equatable {
    package let code: Int
    /// Norwegian: the client may show it to the user (a refused rename does).
    package let message: String

    package init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    package static let parseError = -32700
    package static let invalidRequest = -32600
    package static let methodNotFound = -32601
    package static let invalidParams = -32602
    package static let internalError = -32603
    package static let serverNotInitialized = -32002
    package static let requestCancelled = -32800
    package static let requestFailed = -32803

    package static func invalidParams(_ message: String) -> ResponseError { ResponseError(invalidParams, message) }
    package static func failed(_ message: String) -> ResponseError { ResponseError(requestFailed, message) }
}

/// One message from the client, sorted by what it asks of the server.
package enum RPCMessage: Equatable {
    /// A request: the server must answer with the same id.
    case request(id: JSONValue, method: String, params: JSONValue?)
    /// A notification: no answer.
    case notification(method: String, params: JSONValue?)
    /// An answer to a request of the server's own (it sends none, so these are read past).
    case response(id: JSONValue)
    /// Not a JSON-RPC message; answered with the error, and with the id when one could be read.
    case invalid(id: JSONValue?, ResponseError)

    /// Sorts one parsed body. Ids are numbers or strings; anything else makes the message invalid.
    package init(_ value: JSONValue) {
        guard case .object = value else {
            self = .invalid(id: nil, ResponseError(ResponseError.invalidRequest, ServerMessages.notAnObject))
            return
        }
        let id = value["id"]
        if let id, !Self.isValidID(id) {
            self = .invalid(id: nil, ResponseError(ResponseError.invalidRequest, ServerMessages.invalidID))
            return
        }
        guard let methodValue = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil {
                self = .response(id: id)
            } else {
                self = .invalid(id: id, ResponseError(ResponseError.invalidRequest, ServerMessages.missingMethod))
            }
            return
        }
        guard let method = methodValue.stringValue else {
            self = .invalid(id: id, ResponseError(ResponseError.invalidRequest, ServerMessages.missingMethod))
            return
        }
        let params = value["params"]
        if let id { self = .request(id: id, method: method, params: params) } else { self = .notification(method: method, params: params) }
    }

    static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .string: return true
        case .number(let text): return Int(text) != nil
        default: return false
        }
    }

    /// Parses and sorts one message body.
    package static func parse(_ body: [UInt8]) -> RPCMessage {
        let parsed: Result<JSONValue, JSONValue.SyntaxError> = body.withUnsafeBufferPointer { bytes in
            do throws(JSONValue.SyntaxError) { return .success(try JSONValue.parse(bytes: bytes)) } catch { return .failure(error) }
        }
        switch parsed {
        case .success(let value): return RPCMessage(value)
        case .failure(let error):
            return .invalid(id: nil, ResponseError(ResponseError.parseError, ServerMessages.malformedJSON(error.message, line: error.line, column: error.column)))
        }
    }
}

/// The messages the server sends.
package enum Outgoing {
    package static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
    }

    package static func error(id: JSONValue?, _ error: ResponseError) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id ?? .null,
                 "error": .object(["code": .int(error.code), "message": .string(error.message)])])
    }

    package static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }
}
