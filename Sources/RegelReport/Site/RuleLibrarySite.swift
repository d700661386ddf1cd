import Regel

/// The rule library as a static site (`regel dokumenter`): a page per rule file with the statute
/// text beside the rules that encode it, a page of laws and paragraphs, and a start page with
/// search. Every page is self-contained HTML and works without JavaScript.
public enum RuleLibrarySite {
    /// One file of the site.
    public struct Page: Sendable {
        /// The file name in the site's folder (`index.html`, `barnekoordinator.html`).
        public let path: String
        /// The whole document.
        public let html: String
    }

    /// The pages for the rules in `paths` (files or folders, read as `regel test` reads them),
    /// start page first; or the diagnostics when the rules have errors, and no pages.
    public static func build(paths: [String]) -> Result<[Page], DiagnosticList> {
        RuleLibrary.load(paths: paths).map { library in
            let hjemler = HjemmelIndex(library)
            return [Page(path: SitePaths.start, html: StartPage.render(library, hjemler: hjemler)),
                    Page(path: SitePaths.hjemler, html: HjemmelPage.render(hjemler, library: library))]
                + library.files.map { Page(path: $0.page, html: FilePage(file: $0, library: library).render()) }
        }
    }
}
