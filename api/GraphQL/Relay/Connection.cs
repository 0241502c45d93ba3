using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Relay;

/// <summary>One page of a connection; <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.</summary>
public sealed class Connection<T>(IQueryable<T> source, IReadOnlyList<Edge<T>> edges, PageInfo pageInfo)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;
    public Task<int> CountAsync(CancellationToken cancellationToken) => source.CountAsync(cancellationToken);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
