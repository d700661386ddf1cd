import Foundation
import Regel

/// SplitMix64: the same cases on every run.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Counts of outcomes, so every variant can be checked against the others and the mix reported.
struct Tally: Equatable {
    var yes = 0, no = 0, unknown = 0, other = 0

    mutating func add(_ value: Value) {
        switch value {
        case .truth(true): yes += 1
        case .truth(false): no += 1
        case .unknown: unknown += 1
        default: other += 1
        }
    }

    mutating func add(_ value: Bool?) {
        switch value {
        case true?: yes += 1
        case false?: no += 1
        case nil: unknown += 1
        }
    }

    var total: Int { yes + no + unknown + other }

    var mix: String {
        func share(_ count: Int) -> String { String(format: "%.1f %%", 100 * Double(count) / Double(max(total, 1))) }
        return "ja \(share(yes)), nei \(share(no)), ukjent \(share(unknown))" + (other > 0 ? ", annet \(share(other))" : "")
    }
}

/// Nanoseconds per item of the fastest of three runs, and the tally of the last run.
func measure(_ count: Int, _ body: () -> Tally) -> (ns: Double, tally: Tally) {
    var best = Double.infinity
    var tally = Tally()
    for _ in 0..<3 {
        let begin = DispatchTime.now().uptimeNanoseconds
        tally = body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - begin) / Double(count))
    }
    return (best, tally)
}

/// Runs `work(part)` for parts 0..<threads on that many threads at once; seconds elapsed.
func onThreads(_ threads: Int, _ work: @escaping @Sendable (Int) -> Void) -> Double {
    let begin = DispatchTime.now().uptimeNanoseconds
    DispatchQueue.concurrentPerform(iterations: threads) { work($0) }
    return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
}

/// Peak resident memory of this process in bytes (Linux).
func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}

func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}

func report(_ label: String, _ ns: Double, against baseline: Double? = nil, _ note: String = "") {
    let ratio = baseline.map { String(format: "  %6.2f×", ns / $0) } ?? ""
    print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: " %9.1f ns/case", ns) + ratio + (note.isEmpty ? "" : "  " + note))
}

/// Kleene `og` and `eller` over the library's `Value`, for the hand-written baselines.
func and(_ a: Value, _ b: Value) -> Value {
    if a == .truth(false) || b == .truth(false) { return .truth(false) }
    return a == .unknown || b == .unknown ? .unknown : .truth(true)
}

func or(_ a: Value, _ b: Value) -> Value {
    if a == .truth(true) || b == .truth(true) { return .truth(true) }
    return a == .unknown || b == .unknown ? .unknown : .truth(false)
}
