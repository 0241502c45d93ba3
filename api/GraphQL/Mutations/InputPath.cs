using GraphQL;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>Where an input field sits in a mutation's arguments, as an error's <c>path</c> names it.</summary>
internal static class InputPath
{
    /// <summary>The one argument every mutation takes.</summary>
    public const string Argument = "input";

    /// <summary>The path of the input field that the C# property <paramref name="property"/> of the input
    /// becomes.</summary>
    public static IReadOnlyList<string> Of(string property) => [Argument, property.ToCamelCase()];
}
