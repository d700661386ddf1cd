/// Cuts a byte stream into the protocol's messages: header lines ending in an empty line, of which
/// `Content-Length` gives the size of the body that follows. Bytes arrive in pieces of any size,
/// so the framer keeps what it has not used yet.
package struct MessageFramer {
    /// One thing read from the stream.
    package enum Frame: Equatable {
        /// The body of one message, not yet parsed.
        case message([UInt8])
        /// A header the framer could not use (it was skipped); the text says why, in Norwegian.
        case invalidHeader(String)
    }

    /// The largest body accepted; a larger `Content-Length` is refused rather than waited for.
    package static let maxContentLength = 64 * 1024 * 1024
    /// The longest header block accepted before its empty line.
    package static let maxHeaderLength = 8 * 1024

    private var buffer: [UInt8] = []
    /// Where the unread bytes in `buffer` start: dropping bytes from the front one message at a
    /// time would copy the rest every time.
    private var start = 0
    /// The body length of the message being read, once its header is read.
    private var expectedLength: Int?

    package init() {}

    /// Adds bytes read from the stream.
    package mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start * 2 >= buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    package mutating func next() -> Frame? {
        if let length = expectedLength {
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<start + length])
            start += length
            expectedLength = nil
            return .message(body)
        }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maxHeaderLength {
                start = buffer.count
                return .invalidHeader(ServerMessages.headerTooLong)
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end.headerEnd], as: UTF8.self)
        start = end.bodyStart
        switch Self.contentLength(in: header) {
        case .success(let length):
            expectedLength = length
            return next()
        case .failure(let problem):
            return .invalidHeader(problem.message)
        }
    }

    /// Where the header block ends (before its empty line) and the body starts. Lines end in CRLF
    /// as the protocol says; a bare LF is accepted too, so a hand-typed message also works.
    private func headerEnd() -> (headerEnd: Int, bodyStart: Int)? {
        var index = start
        while index < buffer.count {
            if buffer[index] == 0x0A {
                // An empty line: LF LF, or LF CR LF.
                if index + 1 < buffer.count && buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < buffer.count && buffer[index + 1] == 0x0D && buffer[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    struct HeaderProblem: Error {
        let message: String
    }

    /// The `Content-Length` of a header block; other fields (`Content-Type`) are read past.
    static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return .failure(HeaderProblem(message: ServerMessages.headerLine(String(line)))) }
            let name = line[..<colon].trimmingCharacters(in: " \t")
            guard name.lowercased() == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            guard let number = Int(value), number >= 0 else { return .failure(HeaderProblem(message: ServerMessages.contentLengthInvalid(value))) }
            guard number <= maxContentLength else { return .failure(HeaderProblem(message: ServerMessages.contentLengthTooLarge(number))) }
            length = number
        }
        guard let length else { return .failure(HeaderProblem(message: ServerMessages.contentLengthMissing)) }
        return .success(length)
    }

    /// A message as the protocol frames it.
    package static func frame(_ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
    }
}

extension Substring {
    func trimmingCharacters(in blanks: String) -> String {
        let set = Set(blanks)
        var text = self[...]
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
