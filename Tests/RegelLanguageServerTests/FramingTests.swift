import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `Content-Length` framing, fed in pieces of every size, and headers that cannot be used.
@Suite struct FramingTests {
    static func frames(_ text: String, pieceSize: Int) -> [MessageFramer.Frame] {
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            framer.append(bytes[index..<min(index + pieceSize, bytes.count)])
            index += pieceSize
            while let frame = framer.next() { frames.append(frame) }
        }
        return frames
    }

    @Test(arguments: [1, 2, 7, 1000])
    func messagesAreCutOutOfAStreamInPiecesOfAnySize(pieceSize: Int) {
        let stream = "Content-Length: 7\r\n\r\n{\"a\":1}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 10\r\n\r\n\"blåbær\""
        #expect(Self.frames(stream, pieceSize: pieceSize) == [.message(Array("{\"a\":1}".utf8)), .message(Array("\"blåbær\"".utf8))])
    }

    @Test func aHeaderWithBareLineFeedsIsAccepted() {
        #expect(Self.frames("content-length: 2\n\n{}", pieceSize: 100) == [.message(Array("{}".utf8))])
    }

    @Test func badHeadersAreReportedAndSkippedAndTheNextMessageIsRead() {
        let stream = "Content-Length: tolv\r\n\r\nContent-Length: -1\r\n\r\nUten kolon\r\n\r\nContent-Type: x\r\n\r\n"
            + "Content-Length: 99999999999\r\n\r\nContent-Length: 2\r\n\r\n{}"
        #expect(Self.frames(stream, pieceSize: 5) == [
            .invalidHeader("«Content-Length: tolv» er ikke et gyldig antall byte; meldingen ble hoppet over"),
            .invalidHeader("«Content-Length: -1» er ikke et gyldig antall byte; meldingen ble hoppet over"),
            .invalidHeader("linjen «Uten kolon» i meldingshodet har ikke formen «Navn: verdi»; meldingen ble hoppet over"),
            .invalidHeader("meldingshodet mangler «Content-Length»; meldingen ble hoppet over"),
            .invalidHeader("«Content-Length: 99999999999» er større enn grensen på 67108864 byte; meldingen ble hoppet over"),
            .message(Array("{}".utf8)),
        ])
    }

    @Test func anEndlessHeaderIsDroppedInsteadOfKeptForever() {
        let frames = Self.frames(String(repeating: "x", count: 9000), pieceSize: 1000)
        #expect(frames == [.invalidHeader("meldingshodet er for langt uten en tom linje etter; hodet ble hoppet over")])
    }

    @Test func aMessageIsFramedWithItsLengthInBytes() {
        #expect(MessageFramer.frame("\"æ\"") == Array("Content-Length: 4\r\n\r\n\"æ\"".utf8))
    }

    @Test func theWriterEscapesAndKeepsMemberOrder() throws {
        let value: JSONValue = .object(["b": .string("linje\n\"sitat\" \u{1}"), "a": .array([.int(1), .bool(true), .null]), "c": nil])
        #expect(value.compactText == #"{"b":"linje\n\"sitat\" \u0001","a":[1,true,null]}"#)
        #expect(try JSONValue.parse(value.compactText) == value)
    }
}
