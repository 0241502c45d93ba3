using System.Runtime.CompilerServices;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// Checks of one mutation input, each failing one a <see cref="ValidationError"/> at the path of the field checked:
/// <c>new InputRules().RequiredText(input.Name, 100).Errors</c>. The field is named by the expression passed, which
/// must be the input's property itself (<c>input.Name</c>), so the path cannot drift from the schema.
/// </summary>
public sealed class InputRules
{
    private readonly List<MutationError> errors = [];

    public IReadOnlyList<MutationError> Errors => errors;

    /// <summary>
    /// Text that holds more than white space and, trimmed as it is stored, fits <paramref name="maxLength"/>
    /// characters.
    /// </summary>
    public InputRules RequiredText(string? value, int maxLength,
        [CallerArgumentExpression(nameof(value))] string field = "")
    {
        var path = PathOf(field);
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            errors.Add(new ValidationError(new($"“{path[^1]}”不能为空。", $"`{path[^1]}` must not be empty."), path));
        // Characters as PostgreSQL counts them (code points), not UTF-16 units.
        else if (trimmed.EnumerateRunes().Count() > maxLength)
            errors.Add(new ValidationError(
                new($"“{path[^1]}”最多 {maxLength} 个字符。", $"`{path[^1]}` takes at most {maxLength} characters."), path));
        return this;
    }

    /// <summary>Text that may be left out; given, it is stored trimmed and must fit <paramref name="maxLength"/>
    /// characters.</summary>
    public InputRules OptionalText(string? value, int maxLength,
        [CallerArgumentExpression(nameof(value))] string field = "") =>
        value is null ? this : RequiredText(value, maxLength, field);

    /// <summary>A code for programs: 1 to <paramref name="maxLength"/> ASCII letters, digits, '-' and '_'.</summary>
    public InputRules Code(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string field = "")
    {
        var path = PathOf(field);
        if (string.IsNullOrEmpty(value) || value.Length > maxLength || !value.All(c => char.IsAsciiLetterOrDigit(c)
                || c is '-' or '_'))
            errors.Add(new ValidationError(new($"“{path[^1]}”须为 1 到 {maxLength} 个字母、数字、“-”或“_”。",
                $"`{path[^1]}` takes 1 to {maxLength} letters, digits, '-' or '_'."), path));
        return this;
    }

    /// <summary>A count of things: 0 or more, and at most <paramref name="max"/>.</summary>
    public InputRules Count(int value, int max, [CallerArgumentExpression(nameof(value))] string field = "")
    {
        var path = PathOf(field);
        if (value < 0 || value > max)
            errors.Add(new ValidationError(
                new($"“{path[^1]}”须在 0 到 {max} 之间。", $"`{path[^1]}` must be between 0 and {max}."), path));
        return this;
    }

    private static IReadOnlyList<string> PathOf(string field) => InputPath.OfExpression(field);
}
