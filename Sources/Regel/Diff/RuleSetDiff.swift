import RegelSyntax

/// The declarations added, removed and changed between two rule sets: rules and their versions,
/// facts, vurderinger, types, lovtekster, unntak and tests, each with both locations. Layout and
/// comments do not count; see `NormalizedSource`.
///
/// ```swift
/// let diff = RuleSetDiff(old: .init(files: oldCompilation.files), new: .init(files: newCompilation.files))
/// for change in diff.changes { print(change.category, change.name, change.kind) }
/// ```
public struct RuleSetDiff: Sendable {
    /// The files of one side, and how their names are shown.
    public struct Side: Sendable {
        let files: [SourceFile]
        let root: String?
        let shownAs: String?

        /// `files` (as `Compilation.files` gives them); a file under `root` is shown as `shownAs`
        /// followed by its path under `root`, otherwise by its own name.
        public init(files: [SourceFile], root: String? = nil, shownAs: String? = nil) {
            self.files = files
            self.root = root
            self.shownAs = shownAs
        }
    }

    /// Every change, by category (in the order of `DiffChange.Category`) and then by name.
    public let changes: [DiffChange]

    /// Compares the declarations of `old` and `new`.
    public init(old: Side, new: Side) {
        let before = DeclarationInventory(files: old.files, root: old.root, shownAs: old.shownAs).entries
        let after = DeclarationInventory(files: new.files, root: new.root, shownAs: new.shownAs).entries
        var changes: [DiffChange] = []
        let oldGroups = Self.grouped(before), newGroups = Self.grouped(after)
        for key in Set(oldGroups.keys).union(newGroups.keys) {
            changes += Self.compare(oldGroups[key] ?? [], newGroups[key] ?? [])
        }
        let order = Dictionary(uniqueKeysWithValues: DiffChange.Category.allCases.enumerated().map { ($1, $0) })
        self.changes = changes.sorted {
            let left = (order[$0.category] ?? 0, $0.name), right = (order[$1.category] ?? 0, $1.name)
            return left.0 != right.0 ? left.0 < right.0 : left.1.utf8.lexicographicallyPrecedes(right.1.utf8)
        }
    }

    /// Entries by what pairs them: facts and vurderinger share one key, so a faktum that becomes a
    /// vurdering is one change and not a removal and an addition.
    static func grouped(_ entries: [DeclarationInventory.Entry]) -> [String: [DeclarationInventory.Entry]] {
        Dictionary(grouping: entries) { entry in
            let category = entry.category == .judgement ? DiffChange.Category.fact : entry.category
            return category.rawValue + " " + entry.name
        }
    }

    /// The changes within one name: a declaration on one side only is added or removed; several
    /// versions (or unntak for one rule) are paired first by equal period, then in order.
    static func compare(_ old: [DeclarationInventory.Entry], _ new: [DeclarationInventory.Entry]) -> [DiffChange] {
        guard let first = old.first ?? new.first else { return [] }
        let several = old.count > 1 || new.count > 1
        var remainingNew = Array(new.indices)
        var pairs: [(Int, Int)] = []
        var unpairedOld: [Int] = []
        for index in old.indices {
            if let match = remainingNew.firstIndex(where: { new[$0].validity == old[index].validity }) {
                pairs.append((index, remainingNew.remove(at: match)))
            } else {
                unpairedOld.append(index)
            }
        }
        while !unpairedOld.isEmpty, !remainingNew.isEmpty {
            pairs.append((unpairedOld.removeFirst(), remainingNew.removeFirst()))
        }
        // A rule that keeps other versions lost or gained one period; otherwise the rule itself came or went.
        let wholeRule = first.category == .rule && (old.isEmpty || new.isEmpty)
        let singleCategory: (DeclarationInventory.Entry) -> DiffChange.Category = { entry in
            entry.category == .rule && !wholeRule ? .version : entry.category
        }
        var changes: [DiffChange] = []
        for index in unpairedOld {
            let entry = old[index]
            changes.append(DiffChange(category: singleCategory(entry), name: name(entry, several: several && !wholeRule),
                                      kind: .removed, details: [], old: entry.location, new: nil))
        }
        for index in remainingNew {
            let entry = new[index]
            changes.append(DiffChange(category: singleCategory(entry), name: name(entry, several: several && !wholeRule),
                                      kind: .added, details: [], old: nil, new: entry.location))
        }
        for (oldIndex, newIndex) in pairs {
            let details = self.details(old[oldIndex], new[newIndex])
            guard !details.isEmpty else { continue }
            changes.append(DiffChange(category: old[oldIndex].category, name: name(new[newIndex], several: several),
                                      kind: .changed, details: details, old: old[oldIndex].location, new: new[newIndex].location))
        }
        return changes
    }

    /// The name shown: an unntak as `for REGEL`, and with its period when a rule has several versions.
    static func name(_ entry: DeclarationInventory.Entry, several: Bool) -> String {
        let base = entry.category == .exception ? DiffMessages.exceptionName(entry.name) : entry.name
        guard several, let validity = entry.validity else { return base }
        return base + " (" + DiffMessages.period(validity) + ")"
    }

    /// The parts that differ, in the order of `DiffChange.Aspect`; `annet` when only the whole does.
    static func details(_ old: DeclarationInventory.Entry, _ new: DeclarationInventory.Entry) -> [DiffChange.Detail] {
        let found = DiffChange.Aspect.allCases.compactMap { aspect -> DiffChange.Detail? in
            old.parts[aspect] == new.parts[aspect] ? nil : DiffChange.Detail(aspect: aspect, old: old.parts[aspect]?.shown, new: new.parts[aspect]?.shown)
        }
        if found.isEmpty && old.whole != new.whole { return [DiffChange.Detail(aspect: .other, old: old.whole.shown, new: new.whole.shown)] }
        return found
    }
}
