/// What the C interface says when a call itself is wrong.
enum CMessages {
    static func missingArgument(_ name: String) -> String { "argumentet «\(name)» mangler (NULL)" }
    static func notUTF8(_ name: String) -> String { "argumentet «\(name)» er ikke gyldig UTF-8" }
    static func tooManyJobs(_ jobs: UInt32) -> String { "«jobs» kan være høyst 1024; fikk \(jobs)" }
}
