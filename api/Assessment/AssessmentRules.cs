using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Assessment;

/// <summary>Checks of assessment inputs without the database: periods, scores, comments and weights.</summary>
internal static class AssessmentRules
{
    public const decimal MaxScore = 100m;

    /// <summary>A month, a quarter or a year: the last day not before the first, and at most a year after
    /// it.</summary>
    public static IEnumerable<MutationError> Period(IAssessmentPeriod period)
    {
        if (period.To < period.From)
            yield return Invalid(nameof(period.To), "不能早于首日", "must not be before `from`");
        else if (period.To >= period.From.AddYears(1))
            yield return Invalid(nameof(period.To), "距首日不能超过一年", "must be less than a year after `from`");
    }

    /// <summary>0 to 100, at most one decimal place, as the assessment forms record it.</summary>
    public static IEnumerable<MutationError> Score(decimal score, string property)
    {
        if (score < 0 || score > MaxScore || decimal.Round(score, 1) != score)
            yield return Invalid(property, "须在 0 到 100 之间,至多一位小数",
                "must be between 0 and 100, with at most one decimal place");
    }

    public static IEnumerable<MutationError> Comment(string? comment, int maxLength, string property)
    {
        if (comment?.Trim().EnumerateRunes().Count() > maxLength)
            yield return Invalid(property, $"最多 {maxLength} 个字符", $"takes at most {maxLength} characters");
    }

    /// <summary>Three percentages, none negative, summing to 100.</summary>
    public static IEnumerable<MutationError> Weights(SetAssessmentWeightsInput input)
    {
        var sum = input.Bureau + input.Community + input.Residents;
        if (input.Bureau < 0 || input.Community < 0 || input.Residents < 0 || sum != 100)
            yield return new WeightsMustSumTo100Error(sum, InputPath.Of(nameof(input.Bureau)));
    }

    /// <summary>A validation error at the input field <paramref name="property"/>, whose name begins each
    /// message.</summary>
    public static ValidationError Invalid(string property, string chinese, string english)
    {
        var path = InputPath.Of(property);
        return new ValidationError(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path);
    }

    /// <summary>Optional text left blank is stored as none, other text trimmed.</summary>
    public static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
