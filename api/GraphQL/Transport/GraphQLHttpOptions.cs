namespace Gateway.Api.GraphQL.Transport;

/// <summary>Transport settings (configuration section <c>GraphQL:Http</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";
    /// <summary>Largest accepted request body; larger ones get 413 before any parsing.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;
    /// <summary>Validated documents kept for reuse, least recently used dropped first; 0 turns the cache off.</summary>
    public int CachedDocuments { get; set; } = 1000;
}
