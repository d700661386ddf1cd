import Foundation

/// The parallel engine under `regel batch` and `regel diff`: reads items a chunk at a time,
/// processes each chunk in slices on several threads while the next chunk is read, and hands the
/// processed slices back in input order. At most two chunks are held at a time, so memory stays
/// bounded however long the input is. What a slice becomes (`Output`) is up to the caller.
struct ChunkPipeline<Output>: Sendable {
    /// How many threads process at once; 1 processes on the calling thread.
    let jobs: Int
    /// Items read and processed together.
    let chunkSize: Int
    /// Processes consecutive items; the second argument is the 1-based number of the first one.
    let process: @Sendable (Slice<UnsafeBufferPointer<BatchItem>>, Int) -> Output

    /// Runs until the input ends or `consume` returns false. `consume` gets each chunk's slices in
    /// order; an error it throws ends the run (after the chunk being processed is cancelled) and is
    /// thrown on. Returns the most chunks that were in memory at once.
    func run<Input: IteratorProtocol>(_ input: inout Input, consume: ([Output]) throws -> Bool) rethrows -> Int
    where Input.Element == BatchItem {
        let chunkSize = max(1, self.chunkSize)
        var nextLine = 1
        var peakInFlight = 0
        // With more than one job, the other threads process a chunk while this one reads the
        // next; then this one helps finish it, starts the next and consumes the finished one while
        // the next is processed. Two chunks in memory at most. One job does it all in turn, here.
        var running: ChunkWork<Output>?
        // The array of the chunk last consumed, reused for the next one read: allocating a fresh
        // one of some hundred kilobytes for every chunk costs a new mapping of zeroed pages each time.
        var chunk: [BatchItem] = []
        while true {
            chunk.reserveCapacity(chunkSize)
            while chunk.count < chunkSize, let item = input.next() { chunk.append(item) }
            let finished = running.map { $0.finish(with: process) }
            let freed = running?.takeItems()
            let next = chunk.isEmpty ? nil : start(chunk, firstLine: nextLine)
            nextLine += chunk.count
            chunk = freed ?? []
            peakInFlight = max(peakInFlight, (finished == nil ? 0 : 1) + (next == nil ? 0 : 1))
            var keepGoing = true
            if let finished {
                do {
                    keepGoing = try consume(finished)
                } catch {
                    next?.cancel()
                    throw error
                }
            }
            guard let next, keepGoing else {
                next?.cancel()
                break
            }
            running = next
        }
        return peakInFlight
    }

    /// Starts processing a chunk: on `jobs` other threads, or with one job right here.
    private func start(_ chunk: [BatchItem], firstLine: Int) -> ChunkWork<Output> {
        let jobs = max(1, min(self.jobs, chunk.count))
        // Slices of at most 256 items (no output buffer then needs a mapping of its own), and
        // enough of them that a thread held up by other work does not leave the others waiting.
        let sliceCount = min(chunk.count, max(jobs == 1 ? 1 : jobs * 8, (chunk.count + 255) / 256))
        let work = ChunkWork<Output>(items: chunk, firstLine: firstLine, sliceCount: sliceCount)
        guard jobs > 1 else {
            work.work(with: process)
            return work
        }
        let process = self.process
        for _ in 0..<jobs {
            work.group.enter()
            DispatchQueue.global().async {
                work.work(with: process)
                work.group.leave()
            }
        }
        return work
    }
}

/// A chunk being processed. Its slices are handed out one at a time to whichever thread asks —
/// the processing threads and the one that reads and consumes alike — so none waits while work is
/// left. Each result is written by the thread that took its slice, and read after `finish`.
final class ChunkWork<Output>: @unchecked Sendable {
    let group = DispatchGroup()
    let firstLine: Int
    let sliceCount: Int
    private(set) var items: [BatchItem]
    private let results: UnsafeMutableBufferPointer<Output?>
    private let lock = NSLock()
    private var next = 0

    init(items: [BatchItem], firstLine: Int, sliceCount: Int) {
        self.items = items
        self.firstLine = firstLine
        self.sliceCount = sliceCount
        results = .allocate(capacity: sliceCount)
        results.initialize(repeating: nil)
    }

    deinit {
        _ = results.deinitialize()
        results.deallocate()
    }

    /// The next slice not yet taken.
    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < sliceCount else { return nil }
        next += 1
        return next - 1
    }

    /// Processes slices until none is left.
    func work(with process: (Slice<UnsafeBufferPointer<BatchItem>>, Int) -> Output) {
        items.withUnsafeBufferPointer { items in
            while let index = take() {
                let range = (index * items.count / sliceCount)..<((index + 1) * items.count / sliceCount)
                results[index] = process(items[range], firstLine + range.lowerBound)
            }
        }
    }

    /// Helps with what is left, waits for the other threads, and gives the slices in order.
    func finish(with process: (Slice<UnsafeBufferPointer<BatchItem>>, Int) -> Output) -> [Output] {
        work(with: process)
        group.wait()
        // Every slice was taken and processed before `group.wait()` returned.
        return results.compactMap { $0 }
    }

    /// Lets the other threads stop after the slice they are on, and waits for them.
    func cancel() {
        lock.lock()
        next = sliceCount
        lock.unlock()
        group.wait()
    }

    /// The chunk's items array, emptied, for the next chunk; call after `finish` or `cancel`.
    func takeItems() -> [BatchItem] {
        var taken: [BatchItem] = []
        swap(&taken, &items)
        taken.removeAll(keepingCapacity: true)
        return taken
    }
}
