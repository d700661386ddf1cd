import Foundation

/// `file:` URIs and paths. A document's URI is kept as the client wrote it (clients differ in
/// which characters they percent-encode), so a path is turned back into the client's own URI
/// whenever the document is open.
package enum DocumentURI {
    /// The path of a `file:` URI; other URIs (`untitled:…`) are their own name.
    package static func path(of uri: String) -> String {
        guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return uri }
        let path = url.path
        return path.isEmpty ? uri : path
    }

    /// A `file:` URI for an absolute path; other names are returned as they are.
    package static func uri(for path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path).absoluteString
    }
}
