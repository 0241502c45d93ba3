namespace Gateway.Api.GraphQL.Transport;

/// <summary>Transport settings (configuration section <c>GraphQL:Http</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";
    /// <summary>Largest accepted request body; larger ones get 413 before any parsing.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;
}
