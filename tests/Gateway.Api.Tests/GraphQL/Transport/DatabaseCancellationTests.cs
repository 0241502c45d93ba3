using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Api.Tests.GraphQL.Limits;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// The execution budget and a client hanging up stop the SQL too, not only the executor. The document is one the cost
/// limit refuses (see <see cref="FilterCostTests"/>); with that limit raised it keeps SQLite busy for 40 s and more.
/// PostgreSQL plans it well and answers at once, so there the field work is locked by another transaction, and the
/// statement waits on the server until it is cancelled.
/// </summary>
public sealed class DatabaseCancellationTests
{
    /// <summary>
    /// Far below the unbounded run time of <see cref="FilterCostTests.NestedToManyFilter"/> (41–196 s).
    /// </summary>
    private static readonly TimeSpan FarBelowTheUnboundedRun = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_request_past_its_budget_stops_its_sql_answers_TIMEOUT_and_leaves_the_connection_usable()
    {
        await using var app = new SlowQueryApiFactory(executionTimeoutSeconds: 1);
        var client = app.CreateGraphQLClient("demo-nanjing");
        var blocker = await BlockFieldWorkOnPostgresAsync(app);

        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(FilterCostTests.NestedToManyFilter);
        clock.Stop();
        if (blocker is not null) await blocker.DisposeAsync();

        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.SequenceEqual(["TIMEOUT"]),
            response.ToString());
        Assert.Null(response.Data?["fieldWork"]);
        Assert.True(clock.Elapsed < FarBelowTheUnboundedRun,
            $"The request ran {clock.Elapsed} against a budget of 1 s.");
        // The interrupted connection goes back to the pool; the next requests on it run whole.
        for (var i = 0; i < 3; i++)
        {
            var data = await client.QueryAsync("{ fieldWork(first: 2) { totalCount nodes { occurredAt } } }");
            Assert.True(data["fieldWork"]!["totalCount"]!.GetValue<int>() > 0);
        }
    }

    [Fact]
    public async Task A_client_hanging_up_stops_its_sql()
    {
        await using var app = new SlowQueryApiFactory(executionTimeoutSeconds: 600);
        var client = app.CreateGraphQLClient("demo-nanjing");
        var blocker = await BlockFieldWorkOnPostgresAsync(app);
        app.SqlCommands.Reset();

        using var hangUp = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent(
                new JsonObject { ["query"] = FilterCostTests.NestedToManyFilter }.ToJsonString(),
                Encoding.UTF8, "application/json"),
        };
        // The in-memory server runs the request on the caller's thread until it first waits, and SQLite never does.
        var sending = Task.Run(() => client.Http.SendAsync(request, hangUp.Token));
        await WaitUntilAsync(() => app.SqlCommands.Commands.Any(c => c.Contains("EXISTS")),
            "the query never reached the database");
        await Task.Delay(200); // into the statement's run, past the checks made before it starts
        var clock = Stopwatch.StartNew();
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await WaitUntilAsync(() => app.FinishedRequests > 0, "the request kept running after the client left");
        Assert.True(clock.Elapsed < FarBelowTheUnboundedRun,
            $"The request ran on for {clock.Elapsed} after the client left.");
        if (blocker is not null) await blocker.DisposeAsync();
        (await client.PostAsync("{ fieldWork(first: 1) { totalCount } }")).AssertSuccess();
    }

    /// <summary>On PostgreSQL, a transaction holding the field work's table lock until disposed; null on
    /// SQLite.</summary>
    private static async Task<DbConnection?> BlockFieldWorkOnPostgresAsync(GatewayApiFactory app)
    {
        if (!TestDatabases.OnPostgres) return null;
        var connection = TestDatabases.OpenConnection(app.DatabasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN; LOCK TABLE \"FieldWorkEvents\" IN ACCESS EXCLUSIVE MODE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < FarBelowTheUnboundedRun, failure);
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// The app with the cost limit raised so the slow document runs, counting the requests that finished.
    /// </summary>
    private sealed class SlowQueryApiFactory(int executionTimeoutSeconds) : GatewayApiFactory
    {
        private int finishedRequests;

        public int FinishedRequests => Volatile.Read(ref finishedRequests);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:MaxComplexity", "100000000");
            builder.UseSetting("GraphQL:Limits:ExecutionTimeoutSeconds", executionTimeoutSeconds.ToString());
            builder.ConfigureServices(services =>
                services.AddSingleton<IStartupFilter>(new FinishedRequestCounter(this)));
        }

        private sealed class FinishedRequestCounter(SlowQueryApiFactory factory) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (context, nextMiddleware) =>
                {
                    try
                    {
                        await nextMiddleware(context);
                    }
                    finally
                    {
                        if (context.Request.Path == GraphQLClient.Path)
                            Interlocked.Increment(ref factory.finishedRequests);
                    }
                });
                next(app);
            };
        }
    }
}
