import Regel

/// `hva skal til [ja|nei] [REGEL]`: «hva skal til» for the session's case.
extension ReplSession {
    func whatWouldChange(target: Bool?, rule: Fragment?, input: String) -> String {
        guard let program, let givenCase else { return "" }
        guard let name = rule?.text ?? askedRules.last else { return SessionMessages.whatWouldChangeNeedsRule }
        if let info = program.rule(named: name), info.type != .truth { return SessionMessages.whatWouldChangeNeedsTruth(name) }
        do throws(RegelError) {
            let result = try program.whatWouldChange(name, in: givenCase, options: .init(target: target))
            if !askedRules.contains(name) { askedRules.append(name) }
            return WhatWouldChangeText.render(result)
        } catch {
            return rule.map { InputDiagnostics.render(error.description, at: $0, input: input) } ?? error.description
        }
    }
}
