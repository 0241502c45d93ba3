using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

/// <summary>
/// Computes the statistics of one request side by side, each on a database context of its own: a committee's report
/// asks for half a dozen tables, each mostly the database's work, and one after another they kept one core busy while
/// the others idled. The execution strategy awaits a data loader's result only after it has started every other field
/// of the level, so every statistic asked for is queued before the first is awaited, which starts them, the heaviest
/// first (<see cref="StatisticsQueue"/>). Each runs in a service scope of its own, as the request's caller (<see
/// cref="TenantScope.EnterAs"/>, so the same row filters apply) and on the request's database, the primary or the
/// read replica the request was routed to. A statistic asked for alone runs on the request's own context.
/// </summary>
public static class StatisticsWork
{
    public static IDataLoaderResult<TResult> Start<TResult>(IResolveFieldContext<StatisticsRequest> context,
        Func<StatisticsRequest, IServiceProvider, CancellationToken, Task<TResult>> compute,
        StatisticsLoad load = StatisticsLoad.GroupsAndBuckets)
    {
        // Read here, on the request's thread: neither the field's context nor the request's database context may be
        // touched once the strategy has moved on.
        var (request, services, cancellationToken) = (context.Source, context.RequestServices!,
            context.CancellationToken);
        // Awaited by the strategy alone, after every other field, as any data loader's result.
        if (!request.SideBySide) return new PendingResult<TResult>(_ => compute(request, services, cancellationToken));
        var (scopes, caller) = (services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<TenantScope>());
        var database = services.GetRequiredService<GatewayDbContext>().Database.GetConnectionString();
        var work = request.Queue.Add(load, async () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var own = scopes.CreateAsyncScope();
            own.ServiceProvider.GetRequiredService<TenantScope>().EnterAs(caller);
            var db = own.ServiceProvider.GetRequiredService<GatewayDbContext>().Database;
            if (db.GetConnectionString() != database) db.SetConnectionString(database);
            return await compute(request, own.ServiceProvider, cancellationToken);
        });
        return new PendingResult<TResult>(_ =>
        {
            request.Queue.Start();
            return work;
        });
    }
}
