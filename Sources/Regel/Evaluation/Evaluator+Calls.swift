import Foundation

/// Rules applied to arguments, membership in a list and a list's elements.
extension Evaluator {
    /// A rule with parameters: the arguments become the first variables of the rule's body, and its
    /// value is kept under the rule and the arguments' values for the rest of the evaluation.
    mutating func ruleCall(_ number: Int, _ start: Int32, _ count: Int32) -> Value {
        let keeps = tables.rules[number].keepsCalls
        if !Trace.isActive && !keeps && count == 1 { return ruleCall(number, argument: tables.children[Int(start)]) }
        let arguments = values(start, count)
        // Where each argument came from, for the explanation to name the element; read before the
        // caller's variables are replaced by the callee's.
        let argumentOrigins = Trace.isActive ? (0..<Int(count)).map { origin(of: tables.children[Int(start) + $0]) } : []
        let key = CallKey(rule: number, arguments: arguments, origins: argumentOrigins)
        if keeps, let cache, let cached = cache.value(key) {
            if Trace.isActive { tracer.reuseCall(key) }
            return cached
        }
        var saved: [Value] = []
        saved.reserveCapacity(arguments.count)
        for (index, argument) in arguments.enumerated() {
            saved.append(locals[index])
            locals.set(argument, at: index)
        }
        let savedOrigins = origins
        if Trace.isActive { origins.bind(argumentOrigins) }
        let value = rule(number)
        for (index, previous) in saved.enumerated() { locals.set(previous, at: index) }
        origins = savedOrigins
        if keeps { cache?.store(value, for: key) }
        if Trace.isActive { tracer.endCall(keeps ? key : nil, element: CalledElement.first(of: arguments, argumentOrigins)) }
        return value
    }

    /// A rule with one parameter, used from one place, value only: nothing to keep or to name, so no
    /// arrays — the common case of a rule applied to each element of a list.
    mutating func ruleCall(_ number: Int, argument step: Int32) -> Value {
        // `alle t i l der r(t)` in a rule without parameters, and `r(t)` inside a rule whose first
        // parameter is `t`: the argument is variable 0 already, which is where the callee reads it.
        let code = tables.steps[Int(step)]
        if code.code == .local && code.a == 0 { return rule(number) }
        let argument = value(step)
        let saved = locals[0]
        locals.set(argument, at: 0)
        let result = rule(number)
        locals.set(saved, at: 0)
        return result
    }

    /// `[verdi for t i liste der vilkår]`: the value for each element the condition holds for. If the
    /// condition is open for one, which elements belong is not known, and the list is ukjent; every
    /// element is still visited, so an explanation names each field that is missing.
    mutating func collect(_ listStep: Int32, _ valueStep: Int32, _ condition: Int32, _ local: Int) -> Value {
        let list = value(listStep)
        guard case .list(let items) = list else { return list.isUndetermined ? list : .unknown }
        let saved = locals[local]
        let listOrigin = Trace.isActive ? origin(of: listStep) : nil
        let savedOrigin = Trace.isActive ? origins[local] : nil
        var result: [Value] = []
        result.reserveCapacity(items.count)
        var open: Value?
        for (position, item) in items.enumerated() {
            locals.set(item, at: local)
            if Trace.isActive { origins[local] = listOrigin?.element(position) ?? ElementOrigin(parent: "", position: position) }
            if condition >= 0 {
                let holds = value(condition)
                if case .truth(false) = holds { continue }
                if holds.isUndetermined { open = open.map { Operations.undetermined($0, holds) } ?? holds }
            }
            result.append(value(valueStep))
        }
        locals.set(saved, at: local)
        if Trace.isActive { origins[local] = savedOrigin }
        return open ?? .list(result)
    }

    /// `x i liste`, by Kleene: ja if a known element equals `x`, nei if no element could, else ukjent.
    mutating func membership(_ elementStep: Int32, _ listStep: Int32) -> Value {
        let (element, list) = (value(elementStep), value(listStep))
        guard case .list(let items) = list else { return list.isUndetermined ? list : .unknown }
        var open: Value?
        for item in items {
            switch Operations.couldEqual(item, element) {
            case .yes: return .truth(true)
            case .no: continue
            default: open = element.isUndetermined ? element : .unknown
            }
        }
        if items.isEmpty { return .truth(false) }
        return open ?? .truth(false)
    }

    /// `liste[n]`: the element at position `n`, counted from 0; a position outside the list is an explained ukjent.
    mutating func element(_ index: Int32, _ listStep: Int32, _ positionStep: Int32) -> Value {
        let (list, position) = (value(listStep), value(positionStep))
        if list.isUndetermined || position.isUndetermined { return Operations.undetermined(list.isUndetermined ? list : position, position) }
        guard case .list(let items) = list, case .number(let number) = position else { return .unknown }
        guard let offset = number.int32, offset >= 0, Int(offset) < items.count else {
            return outcome(of: index, .failure(.indexOutsideList), operands: [position])
        }
        return items[Int(offset)]
    }

    /// Where the value of a step comes from in the case: a path like `tjenester[1].lov`, and the
    /// position in its list when it is an element. Only read while explaining.
    func origin(of index: Int32) -> ElementOrigin? {
        let step = tables.steps[Int(index)]
        switch step.code {
        case .fact: return ElementOrigin(parent: program.facts[Int(step.a)].name, position: nil)
        case .local: return origins[Int(step.a)]
        case .field:
            guard let base = origin(of: step.a) else { return nil }
            // The field node's text is the path up to the field (`tjeneste.lov`); its last part is the field.
            let text = program.nodeSources[program.plan.nodes[Int(index)].id].text
            let name = text.split(separator: ".").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? text
            return ElementOrigin(parent: base.path + "." + name, position: nil)
        case .index:
            let positionStep = tables.steps[Int(step.b)]
            guard let base = origin(of: step.a), positionStep.code == .constant,
                  case .number(let number) = tables.constants[Int(positionStep.a)], let position = number.int32 else { return nil }
            return base.element(Int(position))
        default: return nil
        }
    }
}

/// Where a value in an evaluation comes from: its path in the case (`tjenester[1]`, 0-based as in
/// JSON) and, for an element of a list, its position there. The path is put together only when
/// read: most elements are never named in a missing field or a failed test.
struct ElementOrigin: Sendable, Hashable {
    /// The path of the list the element is in, or the whole path when it is not an element.
    let parent: String
    let position: Int?

    var path: String { position.map { "\(parent)[\($0)]" } ?? parent }

    /// The origin of the element at `position` of a list with this origin.
    func element(_ position: Int) -> ElementOrigin { ElementOrigin(parent: path, position: position) }
}

/// The element a call was applied to, kept while recording: its label is written only when the
/// explanation is built.
struct CalledElement: Sendable {
    let origin: ElementOrigin
    let value: Value
    let position: Int

    /// The first argument that is an element of a list.
    static func first(of arguments: [Value], _ origins: [ElementOrigin?]) -> CalledElement? {
        for (argument, origin) in zip(arguments, origins) {
            guard let origin, let position = origin.position else { continue }
            return CalledElement(origin: origin, value: argument, position: position)
        }
        return nil
    }

    var label: ElementLabel {
        ElementLabel(path: origin.parent.isEmpty ? nil : origin.path, text: ElementLabel.describe(value, position: position))
    }
}

/// Where quantifier variables and parameters come from, by variable number: kept only while explaining.
struct LocalOrigins {
    private var origins: [ElementOrigin?] = []

    subscript(index: Int) -> ElementOrigin? {
        get { index < origins.count ? origins[index] : nil }
        set {
            if index >= origins.count { origins += Array(repeating: nil, count: index + 1 - origins.count) }
            origins[index] = newValue
        }
    }

    /// The arguments' origins as the callee's first variables.
    mutating func bind(_ arguments: [ElementOrigin?]) {
        for (index, origin) in arguments.enumerated() { self[index] = origin }
    }
}

/// How an explanation names an element a rule was applied to: «tjeneste 2 (NAV-kontoret)».
public struct ElementLabel: Sendable, Equatable {
    /// The element's path in the case, 0-based as in JSON: `tjenester[1]`; nil when it is not from a fact.
    public let path: String?
    /// For people: the record type's name in small letters, the position counted from 1, and the
    /// element's `navn` (or first text field) in brackets when it has one.
    public let text: String

    static func describe(_ value: Value, position: Int) -> String {
        guard case .record(let type, let fields) = value else { return ExplanationMessages.element(ExplanationMessages.elementWord, position + 1, nil) }
        let nameField = type.fieldIndex("navn").flatMap { type.fields[$0].type == .text ? $0 : nil }
            ?? type.fields.firstIndex { $0.type == .text }
        var name: String?
        if let nameField, nameField < fields.count, case .text(let text) = fields[nameField] { name = text }
        return ExplanationMessages.element(type.name.lowercased(), position + 1, name)
    }
}
