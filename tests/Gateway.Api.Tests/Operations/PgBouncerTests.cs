using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Offices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Operations;

/// <summary>
/// The app behind PgBouncer in transaction pooling mode: every transaction may run on another server connection, so
/// nothing may lean on session state. Start-up (migrations, the admin page's client), tokens, queries, a mutation with
/// its audit record in the chain, and statistics all run through it.
/// </summary>
public sealed class PgBouncerTests(PgBouncerTests.Host host) : IClassFixture<PgBouncerTests.Host>
{
    [PostgresCompanionFact(PostgresCompanions.PgBouncerVariable, "PgBouncer")]
    public async Task Tokens_queries_a_mutation_with_its_audit_and_statistics_run_through_transaction_pooling()
    {
        var factory = host.App;
        var unit = await factory.UnitAsync("anmin");
        var client = factory.CreateGraphQLClient("demo-anmin");
        var lastAudit = await factory.LastAuditIdAsync();

        var renamed = await client.RenameAsync(IdOf(unit), "Anmin Pooled", "安民池", version: unit.Version);

        renamed.AssertSuccess();
        Assert.Null(renamed.Data!["renameOrgUnit"]!["errors"]);
        var read = await client.QueryAsync("query($id: ID!) { node(id: $id) { ... on OrgUnit { name version } } }",
            new { id = IdOf(unit) });
        Assert.Equal(("Anmin Pooled", unit.Version + 1),
            (read["node"]!.Str("name"), read["node"]!["version"]!.GetValue<int>()));
        var record = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id > lastAudit));
        Assert.Equal((MutationRunner.AuditOperationPrefix + "renameOrgUnit", AuditOutcome.Succeeded, "demo-anmin"),
            (record.Operation, record.Outcome, record.ClientId));
        var chain = await factory.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(chain.Verified, chain.Reason);

        var statistics = await factory.CreateGraphQLClient("demo-dashboard").QueryAsync("""
            query { statistics(from: "2026-10-01", to: "2026-11-01", groupBy: UNIT, bucket: MONTH) {
              teamsAndCameras { unitCode teams cameras } } }
            """);
        var expectedCameras = await factory.WithDbAsync(db => db.CameraPoints.SumAsync(p => p.Cameras));
        Assert.Equal(expectedCameras, statistics["statistics"]!["teamsAndCameras"]!.AsArray()
            .Sum(row => row!["cameras"]!.GetValue<int>()));
    }

    /// <summary>The app, started on first use only (never on SQLite), its database reached through PgBouncer.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly Lazy<PooledApiFactory> app = new(() => new PooledApiFactory());

        public PooledApiFactory App => app.Value;

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (app.IsValueCreated) await app.Value.DisposeAsync();
        }
    }

    public sealed class PooledApiFactory : GatewayApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // No DISCARD ALL when Npgsql returns a connection to its pool: PgBouncer resets nothing in transaction
            // mode, and the statement would only cost a round trip. No automatic preparation (Npgsql's default).
            builder.UseSetting("ConnectionStrings:Gateway", new NpgsqlConnectionStringBuilder(
                PostgresCompanions.ConnectionStringFor(PostgresCompanions.PgBouncerVariable, DatabasePath))
            {
                NoResetOnClose = true,
            }.ConnectionString);
        }
    }
}
