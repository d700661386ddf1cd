/// The plan's trivial tables in memory of their own, read through pointers by the evaluator: an
/// array read through a shared class would be retained and released on every access, and on a
/// program shared by threads that reference counting is what stops them from scaling.
final class PlanTables: @unchecked Sendable {
    /// The tables as plain pointers, for an evaluator: copying them counts no references. Sendable
    /// because the memory is written once, before any evaluation, and only read after.
    struct View: @unchecked Sendable {
        let steps: UnsafeMutableBufferPointer<Plan.Step>
        let children: UnsafeMutableBufferPointer<Int32>
        let rules: UnsafeMutableBufferPointer<Plan.Rule>
        let versions: UnsafeMutableBufferPointer<Plan.Version>
        let cases: UnsafeMutableBufferPointer<Plan.Case>
        let exceptions: UnsafeMutableBufferPointer<Plan.Exception>
        let notEncoded: UnsafeMutableBufferPointer<Plan.NotEncoded>
        let constants: UnsafeMutableBufferPointer<Value>
    }

    /// Valid as long as these tables live.
    let view: View

    init(_ plan: Plan) {
        view = View(steps: PlanTables.copy(plan.steps), children: PlanTables.copy(plan.children),
                    rules: PlanTables.copy(plan.rules), versions: PlanTables.copy(plan.versions),
                    cases: PlanTables.copy(plan.cases), exceptions: PlanTables.copy(plan.exceptions),
                    notEncoded: PlanTables.copy(plan.notEncoded), constants: PlanTables.copy(plan.constants))
    }

    deinit {
        view.steps.deallocate()
        view.children.deallocate()
        view.rules.deallocate()
        view.versions.deallocate()
        view.cases.deallocate()
        view.exceptions.deallocate()
        view.notEncoded.deallocate()
        view.constants.deinitialize()
        view.constants.deallocate()
    }

    /// Written once here and never again, which is why sharing between threads is safe.
    static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
    }
}
