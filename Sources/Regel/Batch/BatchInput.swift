import Foundation

/// One unit of batch input: a line of JSON Lines, or a whole case file.
struct BatchItem {
    var bytes: [UInt8]
    /// The id given from outside the document (a case file's name).
    var fixedID: String?
    /// A problem found before the text could be read (a line too long, a file not readable).
    var problem: CaseError?
    /// Whether `bytes` is a whole file, so JSON errors name line and column.
    var isFile = false
}

/// Splits a file descriptor into lines, reading a fixed-size buffer at a time, so memory stays
/// bounded however large the input is. A final line without a newline is still a line; a `\r`
/// before the newline is dropped.
struct LineReader: IteratorProtocol {
    let descriptor: Int32
    let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The `errno` of a failed read; reading stops there.
    private(set) var readError: Int32?

    init(descriptor: Int32, maxLineBytes: Int, bufferSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    mutating func next() -> BatchItem? {
        var line: [UInt8] = []
        var pending = false, overlong = false
        while true {
            if start < end {
                pending = true
                let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                    guard let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return nil }
                    return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                }
                let stop = newline ?? end
                if !overlong { line.append(contentsOf: buffer[start..<stop]) }
                if line.count > maxLineBytes {
                    overlong = true
                    line = []
                }
                if let newline {
                    start = newline + 1
                    return item(line, overlong: overlong)
                }
                start = end
            }
            if atEnd { return pending ? item(line, overlong: overlong) : nil }
            fill()
        }
    }

    private mutating func fill() {
        start = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { bytes in bytes.baseAddress.map { read(descriptor, $0, bytes.count) } ?? 0 }
            if count > 0 {
                end = count
                return
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { readError = errno }
            atEnd = true
            return
        }
    }

    private func item(_ line: [UInt8], overlong: Bool) -> BatchItem {
        if overlong {
            return BatchItem(bytes: [], problem: CaseError(.malformedCase, path: "$",
                message: BatchMessages.lineTooLong(maxLineBytes)))
        }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return BatchItem(bytes: line)
    }
}

/// Splits JSON Lines held in memory, as `LineReader` splits a file: a final line without a newline
/// is still a line, a `\r` before the newline is dropped, and an overlong line is an error item.
struct BufferLineReader: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxLineBytes: Int
    private var start = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxLineBytes: Int) {
        self.bytes = bytes
        self.maxLineBytes = maxLineBytes
    }

    mutating func next() -> BatchItem? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        let newline = memchr(base + start, 0x0A, bytes.count - start)
            .map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base }
        var stop = newline ?? bytes.count
        let lineStart = start
        start = newline.map { $0 + 1 } ?? bytes.count
        if stop - lineStart > maxLineBytes {
            return BatchItem(bytes: [], problem: CaseError(.malformedCase, path: "$", message: BatchMessages.lineTooLong(maxLineBytes)))
        }
        if stop > lineStart && bytes[stop - 1] == 0x0D { stop -= 1 }
        return BatchItem(bytes: Array(bytes[lineStart..<stop]))
    }
}

/// The `*.json` files of a folder in name order, each read when its turn comes.
struct CaseFolderReader: IteratorProtocol {
    let folder: String
    package let names: [String]
    var index = 0

    /// Lists the folder; throws when it cannot be read.
    init(folder: String) throws {
        self.folder = folder
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    mutating func next() -> BatchItem? {
        guard index < names.count else { return nil }
        let name = names[index]
        index += 1
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) else {
            return BatchItem(bytes: [], fixedID: name,
                             problem: CaseError(.malformedCase, path: "$", message: BatchMessages.unreadableFile(name)))
        }
        return BatchItem(bytes: [UInt8](data), fixedID: name, isFile: true)
    }
}

/// Lines given by a host as strings.
struct StringLineReader<Base: IteratorProtocol>: IteratorProtocol where Base.Element == String {
    var base: Base

    mutating func next() -> BatchItem? {
        base.next().map { BatchItem(bytes: Array($0.utf8)) }
    }
}
