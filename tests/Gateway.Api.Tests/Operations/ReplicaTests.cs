using System.Net;
using System.Net.Sockets;
using Gateway.Api.Hosting;
using Gateway.Api.Tests.Integrations;
using Gateway.Api.Offices;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Offices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Operations;

/// <summary>
/// Reads from a streaming standby (<c>ConnectionStrings:GatewayReplica</c>): queries are answered by it, a caller that
/// has written reads its writes from the primary until the standby has replayed them, and a standby that cannot be
/// reached leaves every read on the primary. The data tell which server answered: while the standby's replay is paused,
/// a change made on the primary alone is seen only by reads from the primary.
/// </summary>
public sealed class ReplicaTests(ReplicaTests.Hosts hosts) : IClassFixture<ReplicaTests.Hosts>
{
    private const string Standby = "streaming standby";
    private const int LagBoundSeconds = 2;
    private const string NameQuery = "query($id: ID!) { node(id: $id) { ... on OrgUnit { name } } }";
    private const string CamerasQuery = """
        query { statistics(from: "2026-10-01", to: "2026-11-01", groupBy: SCOPE, bucket: MONTH) {
          teamsAndCameras { cameras } } }
        """;

    [PostgresCompanionFact(PostgresCompanions.ReplicaVariable, Standby)]
    public async Task Queries_over_POST_and_GET_published_documents_statistics_and_CSV_are_read_from_the_replica()
    {
        var factory = hosts.Reading;
        var unit = await factory.UnitAsync("anmin");
        var bureau = factory.CreateGraphQLClient("demo-bureau");
        var dashboard = factory.CreateGraphQLClient("demo-dashboard");
        var camerasBefore = await CamerasAsync(dashboard);

        await WhileReplayIsPausedAsync(factory, async () =>
        {
            await OnPrimaryAsync(factory, """
                UPDATE "OrgUnits" SET "Name" = 'Anmin (primary only)' WHERE "Code" = 'anmin';
                UPDATE "CameraPoints" SET "Cameras" = "Cameras" + 1000
                WHERE "Id" = (SELECT MIN("Id") FROM "CameraPoints");
                """);
            Assert.Equal("Anmin (primary only)", (await factory.UnitAsync("anmin")).Name);

            Assert.Equal(unit.Name, await NameAsync(bureau, unit));
            var overGet = await bureau.GetAsync(NameQuery, new { id = IdOf(unit) });
            overGet.AssertSuccess();
            Assert.Equal(unit.Name, overGet.Data!["node"]!.Str("name"));
            var published = await bureau.GetRawAsync(
                "?documentId=" + Uri.EscapeDataString(GraphQLWebSocket.DocumentIdOf("UnitChoices.graphql")));
            published.AssertSuccess();
            Assert.Contains(published.Data!["orgUnits"]!["nodes"]!.AsArray(),
                node => node!.Str("code") == "anmin" && node!.Str("name") == unit.Name);
            Assert.Equal(camerasBefore, await CamerasAsync(dashboard));
            var table = await bureau.PostAsync(
                """query { orgUnits(where: { code: { eq: "anmin" } }) { nodes { code name } } }""",
                accept: "text/csv");
            Assert.Equal(HttpStatusCode.OK, table.Status);
            Assert.Contains(unit.Name, table.Body);
            Assert.DoesNotContain("primary only", table.Body);
        });

        await EventuallyAsync(async () => await NameAsync(bureau, unit) == "Anmin (primary only)",
            "the standby's answer after it resumed");
        Assert.Equal(camerasBefore + 1000, await CamerasAsync(dashboard));
    }

    [PostgresCompanionFact(PostgresCompanions.ReplicaVariable, Standby)]
    public async Task A_caller_that_wrote_reads_its_write_from_the_primary_while_others_read_the_replica()
    {
        var factory = hosts.Reading;
        var unit = await factory.UnitAsync("longxiang");
        var writer = factory.CreateGraphQLClient("demo-longxiang");
        var other = factory.CreateGraphQLClient("demo-bureau");

        await WhileReplayIsPausedAsync(factory, async () =>
        {
            var renamed = await writer.RenameAsync(IdOf(unit), "Longxiang Written", "龙翔已改",
                version: unit.Version);
            renamed.AssertSuccess();
            Assert.Null(renamed.Data!["renameOrgUnit"]!["errors"]);
            Assert.Equal("Longxiang Written", await NameAsync(writer, unit));
            Assert.Equal(unit.Name, await NameAsync(other, unit));
        });

        // Once the standby has replayed the write, the writer reads from it again: a change on the primary alone is
        // hidden from the writer too.
        await EventuallyAsync(async () => await NameAsync(other, unit) == "Longxiang Written",
            "the write in the standby's answer to another caller");
        await WhileReplayIsPausedAsync(factory, async () =>
        {
            await OnPrimaryAsync(factory,
                """UPDATE "OrgUnits" SET "Name" = 'Longxiang (primary only)' WHERE "Code" = 'longxiang'""");
            Assert.Equal("Longxiang Written", await NameAsync(writer, unit));
        });
    }

    [PostgresCompanionFact(PostgresCompanions.ReplicaVariable, Standby)]
    public async Task A_mutation_then_an_immediate_query_by_the_same_caller_sees_the_write()
    {
        var factory = hosts.Reading;
        var unit = await factory.UnitAsync("nanjing");
        var client = factory.CreateGraphQLClient("demo-nanjing");
        var version = unit.Version;
        for (var round = 1; round <= 5; round++)
        {
            var renamed = await client.RenameAsync(IdOf(unit), $"Nanjing {round}", $"南京{round}", version);
            renamed.AssertSuccess();
            version = renamed.Data!["renameOrgUnit"]!["orgUnit"]!["version"]!.GetValue<int>();
            Assert.Equal($"Nanjing {round}", await NameAsync(client, unit));
        }
    }

    [PostgresCompanionFact(PostgresCompanions.ReplicaVariable, Standby)]
    public async Task With_the_replica_unreachable_reads_go_to_the_primary_and_a_warning_says_so_once()
    {
        var factory = hosts.Unreachable;
        var unit = await factory.UnitAsync("anmin");
        var client = factory.CreateGraphQLClient("demo-bureau");
        await OnPrimaryAsync(factory, """UPDATE "OrgUnits" SET "Name" = 'Anmin (primary)' WHERE "Code" = 'anmin'""");

        for (var read = 0; read < 3; read++) Assert.Equal("Anmin (primary)", await NameAsync(client, unit));
        var renamed = await client.RenameAsync(IdOf(unit), "Anmin Renamed", "安民已改", version: unit.Version);
        renamed.AssertSuccess();
        Assert.Equal("Anmin Renamed", await NameAsync(client, unit));

        var warning = Assert.Single(factory.Log.Lines, line => line.Contains("Reads go to the primary"));
        Assert.StartsWith("Warning", warning);
        Assert.Contains("cannot be reached", warning);
    }

    [PostgresCompanionFact(PostgresCompanions.ReplicaVariable, Standby)]
    public async Task A_replica_lagging_beyond_the_bound_leaves_reads_on_the_primary_and_a_warning_says_so()
    {
        var factory = hosts.Lagging;
        var unit = await factory.UnitAsync("xinqiao");
        var client = factory.CreateGraphQLClient("demo-bureau");

        await WhileReplayIsPausedAsync(factory, async () =>
        {
            await OnPrimaryAsync(factory,
                """UPDATE "OrgUnits" SET "Name" = 'Xinqiao (primary only)' WHERE "Code" = 'xinqiao'""");
            // The paused standby keeps the older name however long it waits; past the bound the primary answers.
            await EventuallyAsync(async () => await NameAsync(client, unit) == "Xinqiao (primary only)",
                "the primary's answer once the paused standby lags beyond the bound");
        });

        var warning = Assert.Single(factory.Log.Lines, line => line.Contains("Reads go to the primary"));
        Assert.Contains($"beyond {LagBoundSeconds} s", warning);
    }

    [Fact]
    public void A_replica_on_SQLite_is_refused_at_start_with_the_reason()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Database:Provider"] = DataSetup.SqliteProvider;
        builder.Configuration["ConnectionStrings:Gateway"] = "Data Source=unused.db";
        builder.Configuration["ConnectionStrings:GatewayReplica"] = "Host=127.0.0.1;Database=gateway";

        var refusal = Assert.Throws<InvalidOperationException>(() => builder.AddGatewayData());

        Assert.Contains("ConnectionStrings:GatewayReplica", refusal.Message);
        Assert.Contains($"Database:Provider '{DataSetup.PostgresProvider}'", refusal.Message);
    }

    private static async Task<string> NameAsync(GraphQLClient client, OrgUnit unit) =>
        (await client.QueryAsync(NameQuery, new { id = IdOf(unit) }))["node"]!.Str("name");

    private static async Task<int> CamerasAsync(GraphQLClient client) =>
        (await client.QueryAsync(CamerasQuery))["statistics"]!["teamsAndCameras"]!.AsArray()
            .Sum(row => row!["cameras"]!.GetValue<int>());

    /// <summary>Runs <paramref name="work"/> while the standby, caught up first, replays nothing.</summary>
    private static async Task WhileReplayIsPausedAsync(GatewayApiFactory factory, Func<Task> work)
    {
        await PostgresCompanions.CatchUpAsync(factory.DatabasePath);
        await PostgresCompanions.PauseReplayAsync();
        try
        {
            await work();
        }
        finally
        {
            await PostgresCompanions.ResumeReplayAsync();
        }
    }

    /// <summary>Changes the primary past the app, as no caller.</summary>
    private static async Task OnPrimaryAsync(GatewayApiFactory factory, string sql)
    {
        await using var connection = TestDatabases.OpenConnection(factory.DatabasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string awaited)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen within a minute: {awaited}.");
            await Task.Delay(50);
        }
    }

    /// <summary>The apps of these tests, each started on first use only (never on SQLite).</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        private readonly Lazy<ReplicaApiFactory> reading = new(() => new ReplicaApiFactory(path =>
            PostgresCompanions.ConnectionStringFor(PostgresCompanions.ReplicaVariable, path)));

        /// <summary>A replica on a loopback port nothing listens on.</summary>
        private readonly Lazy<ReplicaApiFactory> unreachable = new(() => new ReplicaApiFactory(_ =>
            new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = UnusedPort(), Username = "postgres", Database = "gateway",
            }.ConnectionString));

        /// <summary>A replica whose lag bound a paused replay soon passes.</summary>
        private readonly Lazy<ReplicaApiFactory> lagging = new(() => new ReplicaApiFactory(path =>
            PostgresCompanions.ConnectionStringFor(PostgresCompanions.ReplicaVariable, path), LagBoundSeconds));

        public ReplicaApiFactory Reading => reading.Value;
        public ReplicaApiFactory Lagging => lagging.Value;
        public ReplicaApiFactory Unreachable => unreachable.Value;

        private static int UnusedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (reading.IsValueCreated) await reading.Value.DisposeAsync();
            if (unreachable.IsValueCreated) await unreachable.Value.DisposeAsync();
            if (lagging.IsValueCreated) await lagging.Value.DisposeAsync();
        }
    }

    /// <summary>The app with a replica, its log captured.</summary>
    public sealed class ReplicaApiFactory(Func<string, string> replicaOf, int maxLagSeconds = 600) : GatewayApiFactory
    {
        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:GatewayReplica", replicaOf(DatabasePath));
            // By default replay stays paused for the length of a test, however slow the machine.
            builder.UseSetting("Database:Replica:MaxLagSeconds", maxLagSeconds.ToString());
            // A loaded machine may take seconds to answer; a replica that only seems unreachable sends reads to the
            // primary, and the reads would not tell which server answered.
            builder.UseSetting("Database:Replica:ProbeTimeoutSeconds", "30");
            // Answers of shared aggregates would otherwise come from the result cache, not from either server.
            builder.UseSetting("GraphQL:ResultCache:Seconds", "0");
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }
}
