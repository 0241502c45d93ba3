using System.Runtime.CompilerServices;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// Checks of one mutation input, each failing one a <see cref="ValidationError"/> at the path of the field checked:
/// <c>new InputRules().RequiredText(input.Name, 100).Errors</c>. The field is named by the expression passed, which
/// must be the input's property itself (<c>input.Name</c>), so the path cannot drift from the schema.
/// </summary>
public sealed class InputRules(IReadOnlyList<string>? prefix = null)
{
    private readonly List<MutationError> errors = [];

    /// <summary>Checks of one item of a list in the input, whose fields' paths start with the item's:
    /// <c>InputRules.ForItem(nameof(input.Events), i)</c> names <c>input.events.3.count</c>.</summary>
    public static InputRules ForItem(string listProperty, int index) => new(ItemPath(listProperty, index));

    /// <summary>The path of item <paramref name="index"/> of the input's list
    /// <paramref name="listProperty"/>.</summary>
    public static IReadOnlyList<string> ItemPath(string listProperty, int index) =>
        [.. InputPath.Of(listProperty), index.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The path of the input's property <paramref name="property"/>: under the item's path for the checks of
    /// an item.</summary>
    public IReadOnlyList<string> PathOfProperty(string property) =>
        prefix is null ? InputPath.Of(property) : [.. prefix, InputPath.Of(property)[^1]];

    private IReadOnlyList<string> PathOf(string field) =>
        prefix is null ? InputPath.OfExpression(field) : [.. prefix, InputPath.OfExpression(field)[^1]];

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

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public InputRules Between(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string field = "")
    {
        var path = PathOf(field);
        if (value < min || value > max)
            errors.Add(new ValidationError(
                new($"“{path[^1]}”须在 {min} 到 {max} 之间。", $"`{path[^1]}` must be between {min} and {max}."), path));
        return this;
    }

    /// <summary>A failed check of the input's property <paramref name="property"/> (<c>nameof(input.To)</c>), whose
    /// name begins each message.</summary>
    public InputRules Invalid(string property, string chinese, string english)
    {
        var path = PathOfProperty(property);
        errors.Add(new ValidationError(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path));
        return this;
    }
}
