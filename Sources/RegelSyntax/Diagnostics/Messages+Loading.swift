/// Messages about reading files and following imports, for a reader who knows folders but not
/// symbolic links by that name.
package enum LoadingMessages {
    package static func importThroughLink(_ path: String) -> String {
        "«\(path)» er en snarvei (symbolsk lenke) som fører ut av regelmappen; den leses ikke. Kopier filen inn i regelmappen i stedet"
    }
    package static func linkOutside(_ path: String, folder: String, isFolder: Bool) -> String {
        "«\(path)» er en snarvei (symbolsk lenke) som fører ut av mappen «\(folder)»; den leses ikke. "
            + (isFolder ? "Kopier mappen den peker til, inn i «\(folder)» i stedet" : "Kopier filen inn i mappen i stedet")
    }
}
