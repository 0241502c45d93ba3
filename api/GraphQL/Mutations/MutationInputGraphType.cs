using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// A mutation's input type, generated from <typeparamref name="TInput"/>, which remembers the fields the request wrote:
/// the input's record reads a field left out and a field written <c>null</c> alike, and an update must tell "keep"
/// from "clear".
/// </summary>
public sealed class MutationInputGraphType<TInput> : AutoRegisteringInputObjectGraphType<TInput>
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = base.ParseDictionary(value);
        GivenInputFields.Remember(input, value.Keys);
        return input;
    }
}

/// <summary>The fields each parsed mutation input was written with, for as long as the input lives.</summary>
internal static class GivenInputFields
{
    private static readonly ConditionalWeakTable<object, IReadOnlySet<string>> Given = [];

    public static void Remember(object input, IEnumerable<string> fields) =>
        Given.AddOrUpdate(input, fields.ToHashSet(StringComparer.Ordinal));

    /// <summary>The fields <paramref name="input"/> was written with; null when it was not parsed from a
    /// request.</summary>
    public static IReadOnlySet<string>? Of(object? input) =>
        input is not null && Given.TryGetValue(input, out var fields) ? fields : null;
}
