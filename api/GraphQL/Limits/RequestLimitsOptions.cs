namespace Gateway.Api.GraphQL.Limits;

/// <summary>
/// Bounds on what one GraphQL request may ask for (configuration section <c>GraphQL:Limits</c>). Defaults follow
/// GraphQL Armor's; a rejected document gets a generic error that does not disclose them.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "GraphQL:Limits";
    public int MaxDepth { get; set; } = 10;
    /// <summary>Introspection documents (only <c>__schema</c>/<c>__type</c> at the root) nest type references deeper:
    /// graphql-js 16's getIntrospectionQuery follows <c>ofType</c> 9 deep. <see cref="IntrospectionNestingRule"/>
    /// bounds how deep their lists nest.</summary>
    public int MaxIntrospectionDepth { get; set; } = 15;
    /// <summary>Estimated objects and values the request may produce: list sizes come from <c>first</c>/<c>last</c>,
    /// else the defaults below.</summary>
    public int MaxComplexity { get; set; } = 50_000;
    /// <summary>Assumed rows of a nested list that has no page size.</summary>
    public int AssumedListSize { get; set; } = 10;
    /// <summary>Assumed rows a <c>where</c> is checked against, and related rows each of its
    /// <c>some</c>/<c>none</c>/<c>all</c>
    /// reads for every one of them: one such condition counts 100 × 100, one nested inside it 100 × 100 × 100
    /// more.</summary>
    public int AssumedFilteredRows { get; set; } = 100;
    public int MaxAliases { get; set; } = 15;
    public int MaxDirectives { get; set; } = 50;
    public int MaxTokens { get; set; } = 1_000;
    public int MaxCharacters { get; set; } = 15_000;
    public int ExecutionTimeoutSeconds { get; set; } = 15;
    /// <summary>Errors one answer carries at most, the last saying how many more were left out.</summary>
    public int MaxErrors { get; set; } = 10;
}
