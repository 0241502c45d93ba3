using Gateway.Api.Data;
using Gateway.Api.Security.Protection;
using Gateway.Api.Statistics;
using Gateway.Api.Tenancy;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Statistics;

/// <summary>
/// The statistics of one request run side by side (<see cref="StatisticsWork"/>), each in a service scope of its own
/// as the request's caller, on a database context of its own pointed at the request's database; one asked for alone
/// runs on the request's own.
/// </summary>
public sealed class StatisticsWorkTests
{
    private const string RequestDatabase = "Data Source=request.db";

    [Fact]
    public async Task Statistics_run_at_once_up_to_the_cores_each_as_the_caller_on_its_own_context()
    {
        await using var services = Services();
        await using var requestScope = services.CreateAsyncScope();
        var request = requestScope.ServiceProvider;
        var caller = request.GetRequiredService<TenantScope>();
        caller.Enter(5, "/1/2/5/", new HashSet<string> { "statistics.read" }, "person:9", "demo-nanjing", 9,
            signedInWithSecondFactor: true);
        var requestContext = request.GetRequiredService<GatewayDbContext>();
        // The request was routed to another server (a read replica) before its statistics started.
        requestContext.Database.SetConnectionString(RequestDatabase);
        var context = new ResolveFieldContext<StatisticsRequest>
        {
            Source = StatisticsRequestOf(sideBySide: true), RequestServices = request,
            CancellationToken = CancellationToken.None,
        };

        var statistics = 4;
        var expected = Math.Min(Environment.ProcessorCount, statistics);
        var (running, mostAtOnce) = (0, 0);
        var results = Enumerable.Range(0, statistics).Select(n => StatisticsWork.Start(context, async (_, own, _) =>
        {
            var atOnce = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, atOnce);
            // Each waits a second for all the others to run beside it: only as many as may run at once come.
            for (var waited = 0; Volatile.Read(ref running) < statistics && waited < 40; waited++) await Task.Delay(25);
            Interlocked.Decrement(ref running);
            var (scope, db) = (own.GetRequiredService<TenantScope>(), own.GetRequiredService<GatewayDbContext>());
            return (n, scope, db, db.Database.GetConnectionString());
        })).ToList();

        var answers = new List<(int, TenantScope Scope, GatewayDbContext Db, string? Database)>();
        foreach (var result in results) answers.Add(await result.GetResultAsync());

        Assert.Equal(expected, mostAtOnce);
        Assert.Equal(Enumerable.Range(0, statistics), answers.Select(a => a.Item1));
        Assert.All(answers, answer =>
        {
            Assert.NotSame(caller, answer.Scope);
            Assert.NotSame(requestContext, answer.Db);
            Assert.Equal(RequestDatabase, answer.Database);
            Assert.Equal((caller.UnitId, caller.UnitPath, caller.UnitPathEnd, caller.Actor, caller.ClientId),
                (answer.Scope.UnitId, answer.Scope.UnitPath, answer.Scope.UnitPathEnd, answer.Scope.Actor,
                    answer.Scope.ClientId));
            Assert.Equal((caller.PersonId, caller.SignedInWithSecondFactor, caller.IsSystem),
                (answer.Scope.PersonId, answer.Scope.SignedInWithSecondFactor, answer.Scope.IsSystem));
            Assert.Equal(caller.UnitLine, answer.Scope.UnitLine);
            Assert.Equal(caller.Permissions.Order(), answer.Scope.Permissions.Order());
        });
        Assert.Equal(statistics, answers.Select(a => a.Db).Distinct().Count());
    }

    [Fact]
    public async Task A_statistic_asked_for_alone_runs_on_the_requests_own_context_when_awaited()
    {
        await using var services = Services();
        await using var requestScope = services.CreateAsyncScope();
        var request = requestScope.ServiceProvider;
        var context = new ResolveFieldContext<StatisticsRequest>
        {
            Source = StatisticsRequestOf(sideBySide: false), RequestServices = request,
            CancellationToken = CancellationToken.None,
        };
        var started = false;

        var result = StatisticsWork.Start(context, (_, own, _) =>
        {
            started = true;
            return Task.FromResult(own);
        });

        Assert.False(started);
        Assert.Same(request, await result.GetResultAsync());
    }

    [Fact]
    public void A_scope_entered_as_the_system_stays_the_system_and_an_unset_one_is_refused()
    {
        var system = new TenantScope();
        system.EnterSystem();
        var copy = new TenantScope();

        copy.EnterAs(system);

        Assert.True(copy.IsSystem);
        Assert.Throws<InvalidOperationException>(() => new TenantScope().EnterAs(new TenantScope()));
    }

    [Fact]
    public async Task A_failing_statistic_fails_its_own_field_and_a_cancelled_request_stops_those_not_begun()
    {
        await using var services = Services();
        await using var requestScope = services.CreateAsyncScope();
        var request = requestScope.ServiceProvider;
        request.GetRequiredService<TenantScope>().Enter(5, "/1/2/5/", new HashSet<string>(), "person:9", null, 9);
        using var cancellation = new CancellationTokenSource();
        var context = new ResolveFieldContext<StatisticsRequest>
        {
            Source = StatisticsRequestOf(sideBySide: true), RequestServices = request,
            CancellationToken = cancellation.Token,
        };

        var failing = StatisticsWork.Start<int>(context, (_, _, _) => throw new ExecutionError("refused"));
        Assert.Equal("refused", (await Assert.ThrowsAsync<ExecutionError>(() => failing.GetResultAsync())).Message);
        cancellation.Cancel();
        var cancelled = StatisticsWork.Start(context, (_, _, _) => Task.FromResult(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.GetResultAsync());
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddScoped<TenantScope>();
        services.AddSingleton(new ColumnProtector(new byte[32]));
        services.AddDbContext<GatewayDbContext, SqliteGatewayDbContext>(o => o.UseSqlite("Data Source=unused.db"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static StatisticsRequest StatisticsRequestOf(bool sideBySide) => new(
        StatisticsPeriod.Checked(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), StatisticsBucket.Month),
        StatisticsGrouping.Scope, new StatisticsUnit(5, "/1/2/5/", "南井"), null, null, [new(5, "nanjing", "南井")],
        1000) { SideBySide = sideBySide };

    internal static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
