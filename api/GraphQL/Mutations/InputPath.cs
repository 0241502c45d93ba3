using System.Text.RegularExpressions;
using GraphQL;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>Where an input field sits in a mutation's arguments, as an error's <c>path</c> names it.</summary>
internal static partial class InputPath
{
    /// <summary>The one argument every mutation takes.</summary>
    public const string Argument = "input";

    /// <summary>The path of the input field that the C# property <paramref name="property"/> of the input
    /// becomes.</summary>
    public static IReadOnlyList<string> Of(string property) => [Argument, property.ToCamelCase()];

    /// <summary>
    /// The path of the input field an argument expression names, which must be the input's property itself
    /// (<c>input.Name</c>), so the path cannot drift from the schema.
    /// </summary>
    public static IReadOnlyList<string> OfExpression(string expression) =>
        PropertyOfInput().Match(expression) is { Success: true } match
            ? Of(match.Groups["property"].Value)
            : throw new ArgumentException($"Pass the input's property itself (input.Name), not `{expression}`.",
                nameof(expression));

    [GeneratedRegex(@"^\w+\.(?<property>\w+)$")]
    private static partial Regex PropertyOfInput();
}
