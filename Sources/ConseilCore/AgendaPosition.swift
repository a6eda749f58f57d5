extension AgendaItem {
    /// The gap left between items added one after the other, so that reordering never renumbers.
    public static let positionStep = 1000

    /// The position `offset` after `position`, held at the ends of Int instead of trapping: a
    /// position read from disk may be anything.
    public static func position(after position: Int, by offset: Int = positionStep) -> Int {
        let (sum, overflow) = position.addingReportingOverflow(offset)
        guard overflow else { return sum }
        return offset > 0 ? Int.max : Int.min
    }
}
