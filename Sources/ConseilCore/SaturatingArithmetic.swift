extension Int {
    /// A sum that stops at the largest (or smallest) Int instead of trapping. Counts read from
    /// disk are bounded when loaded, but a sum over many files is not, and must never crash.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    mutating func addSaturated(_ other: Int) { self = addingSaturated(other) }
}
