/// Every diagnostic Regel can give, with its stable code.
///
/// Codes never change meaning once released; new findings get new codes.
/// R00xx files, R01xx lexing, R02xx parsing, R03xx names, R04xx types,
/// R05xx rule semantics, R06xx cases, R07xx tests.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Files
    case fileTooLarge = "R0001"
    case fileUnreadable = "R0002"
    case tooManyErrors = "R0003"
    case linkOutsideFolder = "R0004"
    case cannotFormat = "R0005"
    // Lexing
    case invalidUTF8 = "R0101"
    case nulByte = "R0102"
    case bidiControl = "R0103"
    case unexpectedCharacter = "R0104"
    case unterminatedString = "R0105"
    case unterminatedTextBlock = "R0106"
    case invalidEscape = "R0107"
    case impossibleDate = "R0108"
    case decimalPoint = "R0109"
    case tabInIndentation = "R0110"
    case identifierTooLong = "R0111"
    case numberTooLong = "R0112"
    case textBlockIndentation = "R0113"
    case durationTooLarge = "R0114"
    case durationNotWhole = "R0115"
    case dateWithDots = "R0116"
    case guillemets = "R0117"
    case foreignUnit = "R0118"
    // Parsing
    case expectedDeclaration = "R0201"
    case expectedName = "R0202"
    case expectedToken = "R0203"
    case expectedExpression = "R0204"
    case unclosedBracket = "R0205"
    case unexpectedClause = "R0206"
    case duplicateClause = "R0207"
    case missingRuleBody = "R0208"
    case expectedType = "R0209"
    case emptyConditionList = "R0210"
    case unexpectedIndentation = "R0211"
    case nestingTooDeep = "R0212"
    case expectedTextBlock = "R0213"
    case trailingTokens = "R0214"
    case invalidCitation = "R0215"
    case conflictingRuleBody = "R0216"
    case caseAfterOtherwise = "R0217"
    case missingExpectations = "R0218"
    case chainedComparison = "R0219"
    case emptyHjemmelTable = "R0220"
    // Names
    case unknownName = "R0301"
    case duplicateDeclaration = "R0302"
    case ruleCycle = "R0303"
    case unknownType = "R0304"
    case importOutsideFolder = "R0305"
    case importNotFound = "R0306"
    case unknownField = "R0307"
    case ambiguousName = "R0308"
    case unknownFunction = "R0309"
    case wrongArgumentCount = "R0310"
    case overlappingVersions = "R0311"
    case unknownLovtekst = "R0312"
    case recordContainsItself = "R0313"
    case parameterClash = "R0314"
    case ruleNeedsArguments = "R0315"
    case ruleNamedLikeBuiltin = "R0316"
    case versionParameters = "R0317"
    // Types
    case typeMismatch = "R0401"
    case operandTypes = "R0402"
    case conditionNotTruth = "R0403"
    case notAConstant = "R0404"
    case calculationFails = "R0405"
    // Rule semantics
    case missingHjemmel = "R0501"
    case unusedFact = "R0502"
    case unreachableCase = "R0503"
    case overlappingExceptions = "R0504"
    case invalidValidity = "R0505"
    case exceptionNeedsValue = "R0506"
    case overlappingNotEncoded = "R0507"
    case hjemmelNeverChosen = "R0508"
    case unusedParameter = "R0510"
    // Cases (JSON): no source position; the message names the JSON path
    case malformedCase = "R0601"
    case undeclaredFact = "R0602"
    case caseValueType = "R0603"
    case caseDate = "R0604"
    // Tests
    case unknownRuleInTest = "R0701"
    case testWithoutDate = "R0702"

    /// The code as shown: `R0203`.
    public var code: String { rawValue }

    /// Errors stop a program from running; warnings do not.
    public var severity: Severity {
        switch self {
        case .missingHjemmel, .unusedFact, .unreachableCase, .overlappingExceptions, .hjemmelNeverChosen,
             .unusedParameter: return .warning
        default: return .error
        }
    }
}
