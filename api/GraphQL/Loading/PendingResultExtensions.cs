using GraphQL.DataLoader;

namespace Gateway.Api.GraphQL.Loading;

public static class PendingResultExtensions
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new PendingResult<TResult>(async cancellationToken => map(await source.GetResultAsync(cancellationToken)));
}
