/// A `grades` poll (majority judgment): each ballot gives every option one grade of the poll's
/// scale. Its answers line up with the options, one per option, the grade's label or "" for an
/// option left ungraded, which counts as the lowest grade (docs/DECISIONS.md, Majority judgment).
extension Poll {
    public static let defaultGrades = [
        "Excellent", "Très bien", "Bien", "Assez bien", "Passable", "Insuffisant", "À rejeter",
    ]
    public static let gradeScaleSizes = 2...10
    public static let maxGradeLength = 50

    /// The scale a facilitator asked for (the default when none), refused when a ballot could
    /// not name each grade apart.
    static func gradeScale(_ asked: [String]) throws -> [String] {
        let labels = asked.isEmpty ? defaultGrades : asked.map(\.trimmingASCIISpaces)
        guard gradeScaleProblem(labels) == nil else {
            throw ConseilError(
                fr:
                    "l'échelle demande de \(gradeScaleSizes.lowerBound) à \(gradeScaleSizes.upperBound) mentions distinctes, sans « = », de \(maxGradeLength) caractères au plus, de la meilleure à la pire",
                en:
                    "the scale needs \(gradeScaleSizes.lowerBound) to \(gradeScaleSizes.upperBound) distinct grades, without “=”, at most \(maxGradeLength) characters each, best first",
                field: .grades)
        }
        return labels
    }

    /// Why a scale cannot be used, from `poll new` or from a poll.json read back.
    static func gradeScaleProblem(_ labels: [String]) -> Localized? {
        guard gradeScaleSizes.contains(labels.count) else {
            return .outOfRange("grades", labels.count, gradeScaleSizes)
        }
        var seen = Set<String>()
        for label in labels {
            // Typed votes split OPTION=GRADE at the last « = », and name grades folded.
            guard !label.isEmpty, label.count <= maxGradeLength, !label.contains("="),
                seen.insert(TextFolding.foldAccentsAndCase(label)).inserted
            else {
                return Localized(
                    fr: "mention vide, trop longue, en double ou avec « = » : « \(InertText.make(label)) »",
                    en: "empty, too long, duplicate or “=” grade: “\(InertText.make(label))”")
            }
        }
        return nil
    }

    /// The scale, best first: the poll's own, or the default for a file that lost it.
    public var scale: [String] { grades ?? Poll.defaultGrades }

    /// Answers from typed `OPTION=GRADE` pairs, option and grade by label (folded) or number.
    func gradeAnswers(_ typed: [String]) throws -> [String] {
        var picked = [Int?](repeating: nil, count: options.count)
        for pair in typed {
            guard let equals = pair.lastIndex(of: "=") else {
                throw ConseilError(
                    fr:
                        "écrivez OPTION=MENTION (par exemple « \(InertText.make(options.first ?? "A"))=\(InertText.make(scale[scale.count / 2])) »), une paire par argument",
                    en:
                        "write OPTION=GRADE (for example “\(InertText.make(options.first ?? "A"))=\(InertText.make(scale[scale.count / 2]))”), one pair per argument"
                )
            }
            let option = try optionIndex(matching: String(pair[..<equals]))
            let gradeText = String(pair[pair.index(after: equals)...]).trimmingASCIISpaces
            guard let grade = LabelMatch.index(of: gradeText, in: scale) else {
                throw ConseilError(
                    fr:
                        "mention inconnue : « \(InertText.make(gradeText)) » ; choisissez parmi : \(LabelMatch.list(scale))",
                    en:
                        "unknown grade: “\(InertText.make(gradeText))”; choose among: \(LabelMatch.list(scale))"
                )
            }
            guard picked[option] == nil else {
                throw ConseilError(
                    fr: "« \(InertText.make(options[option])) » est noté deux fois : une mention par option",
                    en: "“\(InertText.make(options[option]))” is graded twice: one grade per option")
            }
            picked[option] = grade
        }
        return try answers(grading: picked)
    }

    /// Answers from a grade index per option (nil: ungraded), as the ballot screen gives them.
    public func answers(grading picked: [Int?]) throws -> [String] {
        guard kind == .grades, picked.count == options.count, picked.contains(where: { $0 != nil }),
            picked.allSatisfy({ $0.map(scale.indices.contains) ?? true })
        else {
            throw ConseilError(
                fr: "notez au moins une option parmi : \(optionList)",
                en: "grade at least one option among: \(optionList)")
        }
        return picked.map { $0.map { scale[$0] } ?? "" }
    }

    /// The grade index (0 the best) each answer of a ballot gives, the lowest for "" or a stray.
    public func gradeIndices(_ answers: [String]) -> [Int] {
        options.indices.map { index in
            guard index < answers.count, let grade = scale.firstIndex(of: answers[index]) else {
                return scale.count - 1
            }
            return grade
        }
    }
}
