namespace Gateway.Api.GraphQL.Paging;

/// <summary>One page of a connection; <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo,
    Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;
    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
