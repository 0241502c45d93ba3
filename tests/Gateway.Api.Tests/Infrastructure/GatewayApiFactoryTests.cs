using Gateway.Api.Offices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>The test harness itself: isolation of databases, environment, and the SQL command counter.</summary>
[Collection(TransportCollection.Name)]
public sealed class GatewayApiFactoryTests(GatewayApiFactory factory)
{
    [SqliteFact("reads the file name out of SQLite's connection string")]
    public async Task The_app_runs_as_Testing_on_a_private_temporary_database()
    {
        var environment = factory.Services.GetRequiredService<IHostEnvironment>();
        var dataSource = await factory.WithDbAsync(db =>
            Task.FromResult(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));

        Assert.Equal(GatewayApiFactory.EnvironmentName, environment.EnvironmentName);
        Assert.Equal(factory.DatabasePath, dataSource);
        Assert.StartsWith(Path.GetTempPath(), dataSource);
        Assert.True(File.Exists(dataSource));
    }

    [SqliteFact("looks for the database files")]
    public async Task Factories_do_not_share_data_and_delete_their_database_on_dispose()
    {
        await using var one = new GatewayApiFactory();
        await using var other = new GatewayApiFactory();
        Assert.NotEqual(one.DatabasePath, other.DatabasePath);
        var before = await other.WithDbAsync(db => db.ExternalOrganisations.CountAsync());

        await one.WithDbAsync(db =>
        {
            db.Add(new ExternalOrganisation { Kind = ExternalOrganisationKind.Department, Name = "Only in one",
                NameZh = "仅此" });
            return db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, await one.WithDbAsync(db => db.ExternalOrganisations.CountAsync()));
        Assert.Equal(before, await other.WithDbAsync(db => db.ExternalOrganisations.CountAsync()));
        await one.DisposeAsync();
        Assert.False(File.Exists(one.DatabasePath), $"{one.DatabasePath} outlived its factory.");
        Assert.True(File.Exists(other.DatabasePath));
    }

    [Fact]
    public async Task The_counter_counts_readers_scalars_and_non_queries_sync_and_async()
    {
        var counts = await factory.WithDbAsync(async db =>
        {
            var creator = db.GetService<IRelationalDatabaseCreator>();
            var seen = new List<int>();
            factory.SqlCommands.Reset();
            _ = db.OrgUnits.Count();                            // reader, sync
            seen.Add(factory.SqlCommands.Count);
            _ = await db.OrgUnits.CountAsync();                 // reader, async
            seen.Add(factory.SqlCommands.Count);
            _ = creator.HasTables();                            // scalar, sync
            seen.Add(factory.SqlCommands.Count);
            _ = await creator.HasTablesAsync();                 // scalar, async
            seen.Add(factory.SqlCommands.Count);
            _ = db.Database.ExecuteSqlRaw("SELECT 1");          // non-query, sync
            seen.Add(factory.SqlCommands.Count);
            _ = await db.Database.ExecuteSqlRawAsync("SELECT 1"); // non-query, async
            seen.Add(factory.SqlCommands.Count);
            return seen;
        });

        Assert.Equal([1, 2, 3, 4, 5, 6], counts);
        factory.SqlCommands.Reset();
        Assert.Equal(0, factory.SqlCommands.Count);
        Assert.Empty(factory.SqlCommands.Commands);
    }

    [Fact]
    public async Task The_counter_sees_the_commands_of_a_graphql_request()
    {
        var client = factory.CreateGraphQLClient();

        factory.SqlCommands.Reset();
        await client.QueryAsync("{ __typename }");
        var withoutData = factory.SqlCommands.Count;
        await client.QueryAsync("{ offices(first: 1) { nodes { code } } }");

        Assert.Equal(0, withoutData);
        Assert.Equal(1, factory.SqlCommands.Count);
        Assert.Contains("OrgUnits", factory.SqlCommands.Commands.Single());
    }
}
