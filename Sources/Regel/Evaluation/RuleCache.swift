#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The values of the rules evaluated so far in one evaluation, for programs that use a rule from
/// more than one place. One buffer per thread is reused from evaluation to evaluation: a new
/// generation number makes every older entry stale, so taking the cache costs the same for ten
/// rules as for a hundred thousand.
final class RuleCache {
    private var values: UnsafeMutablePointer<Value>
    private var stamps: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    private var generation: UInt32 = 0
    private var inUse = false
    /// Taken while this thread's cache was in use; owned by the evaluation that took it.
    private var isNested = false

    private init(capacity: Int) {
        self.capacity = capacity
        values = .allocate(capacity: capacity)
        values.initialize(repeating: .unknown, count: capacity)
        stamps = .allocate(capacity: capacity)
        stamps.initialize(repeating: 0, count: capacity)
    }

    deinit {
        values.deinitialize(count: capacity)
        values.deallocate()
        stamps.deallocate()
    }

    /// Values of rules with parameters, by rule and arguments; emptied when an evaluation begins.
    private var calls: [CallKey: Value] = [:]

    @inline(__always) func value(_ rule: Int) -> Value? { stamps[rule] == generation ? values[rule] : nil }

    func value(_ call: CallKey) -> Value? { calls[call] }

    func store(_ value: Value, for call: CallKey) { calls[call] = value }

    @inline(__always) func store(_ value: Value, for rule: Int) {
        values[rule] = value
        stamps[rule] = generation
    }

    /// Starts a new evaluation with room for `count` rules: every entry is stale.
    private func begin(count: Int) {
        if count > capacity {
            values.deinitialize(count: capacity)
            values.deallocate()
            stamps.deallocate()
            capacity = max(count, capacity * 2)
            values = .allocate(capacity: capacity)
            values.initialize(repeating: .unknown, count: capacity)
            stamps = .allocate(capacity: capacity)
            stamps.initialize(repeating: 0, count: capacity)
        }
        if !calls.isEmpty { calls.removeAll(keepingCapacity: true) }
        generation &+= 1
        if generation == 0 {
            stamps.update(repeating: 0, count: capacity)
            generation = 1
        }
        inUse = true
    }

    /// The key of the per-thread cache; the thread's cache is released when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<RuleCache>.fromOpaque(pointer).release()
            #else
            if let pointer { Unmanaged<RuleCache>.fromOpaque(pointer).release() }
            #endif
        }
        return key
    }()

    /// This thread's cache, ready for `program`; a fresh one if it is already in use here. Unmanaged,
    /// so that an evaluator holding it has nothing to count: the thread keeps its own cache alive,
    /// and a nested one is released by `give`.
    static func take(for program: CompiledRuleSet) -> Unmanaged<RuleCache> {
        let count = program.rules.count
        if let pointer = pthread_getspecific(key) {
            let cache = Unmanaged<RuleCache>.fromOpaque(pointer)
            if !cache.takeUnretainedValue().inUse {
                cache.takeUnretainedValue().begin(count: count)
                return cache
            }
            let nested = RuleCache(capacity: max(count, 1))
            nested.isNested = true
            nested.begin(count: count)
            return Unmanaged.passRetained(nested)
        }
        let cache = Unmanaged.passRetained(RuleCache(capacity: max(count, 16)))
        pthread_setspecific(key, cache.toOpaque())
        cache.takeUnretainedValue().begin(count: count)
        return cache
    }

    /// Ends the evaluation that took the cache.
    static func give(_ reference: Unmanaged<RuleCache>) {
        let cache = reference.takeUnretainedValue()
        cache.inUse = false
        if cache.isNested { reference.release() }
    }
}

/// A rule with parameters and the values of its arguments: what its value is kept under. While
/// explaining, also where the arguments come from, so two equal elements of a list are each
/// explained (and their missing fields named) as themselves.
struct CallKey: Hashable {
    let rule: Int
    let arguments: [Value]
    var origins: [ElementOrigin?] = []
}
