/// The values of quantifier variables (`hver x i …`) in one evaluation: plain memory, allocated on
/// the first quantifier and freed by `release`, so an evaluator that has none holds nothing that
/// must be counted or destroyed — which is most of what a small rule's evaluation would cost.
struct LocalValues {
    private var storage: UnsafeMutablePointer<Value>?
    private var capacity = 0

    /// A variable not yet bound is `ukjent`.
    subscript(index: Int) -> Value {
        guard let storage, index < capacity else { return .unknown }
        return storage[index]
    }

    mutating func set(_ value: Value, at index: Int) {
        if index >= capacity { grow(to: index + 1) }
        storage?[index] = value
    }

    private mutating func grow(to count: Int) {
        let newCapacity = max(count, capacity * 2, 4)
        let newStorage = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        if let storage {
            newStorage.moveInitialize(from: storage, count: capacity)
            storage.deallocate()
        }
        (newStorage + capacity).initialize(repeating: .unknown, count: newCapacity - capacity)
        storage = newStorage
        capacity = newCapacity
    }

    mutating func release() {
        guard let storage else { return }
        storage.deinitialize(count: capacity)
        storage.deallocate()
        self.storage = nil
        capacity = 0
    }
}
