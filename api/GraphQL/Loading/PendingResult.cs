using GraphQL.DataLoader;

namespace Gateway.Api.GraphQL.Loading;

/// <summary>A deferred value the executor awaits after the current level has queued all its loads.</summary>
public sealed class PendingResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
{
    private Task<T>? result;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => result ??= fetch(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}
