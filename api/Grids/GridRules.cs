using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Grids;

/// <summary>Checks of a grid's drawing as an input sends it, without the database, at the path of each field (a
/// split's parts sit at <c>input.parts.N</c>).</summary>
internal static class GridRules
{
    /// <summary>More households than any grid could hold is a typing error, not a grid.</summary>
    public const int MaxHouseholds = 10_000;

    public static IEnumerable<MutationError> Drawing(IGridDrawing drawing, IReadOnlyList<string> at) =>
        [.. Code(drawing.Code, [.. at, "code"]), .. Name(drawing.Name, [.. at, "name"]),
            .. Streets(drawing.Streets, [.. at, "streets"]), .. Households(drawing.Households, [.. at, "households"]),
            .. Boundary(drawing.Boundary, [.. at, "boundary"])];

    public static IEnumerable<MutationError> Code(string code, IReadOnlyList<string> path)
    {
        if (code.Length is 0 or > Grid.CodeMaxLength
            || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            yield return Invalid(path, $"须为 1 到 {Grid.CodeMaxLength} 个字母、数字、“-”或“_”",
                $"takes 1 to {Grid.CodeMaxLength} letters, digits, '-' or '_'");
    }

    public static IEnumerable<MutationError> Name(string? name, IReadOnlyList<string> path)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) yield return Invalid(path, "不能为空", "must not be empty");
        else if (trimmed.EnumerateRunes().Count() > Grid.NameMaxLength)
            yield return Invalid(path, $"最多 {Grid.NameMaxLength} 个字符",
                $"takes at most {Grid.NameMaxLength} characters");
    }

    /// <summary>At least one street, each named once, none holding the mark that joins them.</summary>
    public static IEnumerable<MutationError> Streets(IReadOnlyList<string>? streets, IReadOnlyList<string> path)
    {
        var trimmed = streets?.Select(s => s.Trim()).ToList() ?? [];
        if (trimmed.Count == 0)
            yield return Invalid(path, "须至少列出一条街道", "must list at least one street");
        else if (trimmed.Any(s => s.Length == 0 || s.Length > Grid.StreetMaxLength
                || s.Contains(Grid.StreetSeparator, StringComparison.Ordinal)))
            yield return Invalid(path, $"每条街道须为 1 到 {Grid.StreetMaxLength} 个字符,且不含“、”",
                $"holds streets of 1 to {Grid.StreetMaxLength} characters, without \"、\"");
        else if (trimmed.Distinct().Count() < trimmed.Count)
            yield return Invalid(path, "中有重复的街道", "names a street twice");
        else if (GridMapper.Joined(trimmed).Length > Grid.StreetsMaxLength)
            yield return Invalid(path, $"合计最多 {Grid.StreetsMaxLength} 个字符",
                $"takes at most {Grid.StreetsMaxLength} characters in all");
    }

    public static IEnumerable<MutationError> Households(int households, IReadOnlyList<string> path)
    {
        if (households is < 0 or > MaxHouseholds)
            yield return Invalid(path, $"须在 0 到 {MaxHouseholds} 之间", $"must be between 0 and {MaxHouseholds}");
    }

    public static IEnumerable<MutationError> Boundary(string? boundary, IReadOnlyList<string> path)
    {
        if (boundary is not null && GridBoundary.ProblemWith(boundary) is { } problem)
            yield return new InvalidBoundaryError(problem, path);
    }

    /// <summary>Warns when <paramref name="households"/> lies outside the 300–500 target: allowed, and said.</summary>
    public static void WarnOfHouseholds(MutationContext context, string code, int households)
    {
        if (Grid.IsWithinTarget(households)) return;
        context.Warn(new MutationWarning("HOUSEHOLDS_OUTSIDE_TARGET", new(
            $"网格 {code} 申报 {households} 户,不在 {Grid.TargetHouseholdsMin}–{Grid.TargetHouseholdsMax} 户的目标之内。",
            $"Grid {code} declares {households} households, outside the target of {Grid.TargetHouseholdsMin}–"
            + $"{Grid.TargetHouseholdsMax}.")));
    }

    public static ValidationError Invalid(IReadOnlyList<string> path, string chinese, string english) =>
        new(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path);
}
