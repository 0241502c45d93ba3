namespace Gateway.Api.GraphQL.Paging;

/// <summary>Page sizes of every connection (configuration section <c>GraphQL:Paging</c>).</summary>
public sealed class PagingOptions
{
    public const string Section = "GraphQL:Paging";
    public int DefaultPageSize { get; set; } = 50;
    public int MaxPageSize { get; set; } = 100;
}
