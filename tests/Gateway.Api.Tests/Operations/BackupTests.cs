using Gateway.Api.Operations;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Operations;

/// <summary>The backup command copies the live database while the service serves, into one checked file that a
/// restore can put in the database's place.</summary>
public sealed class BackupTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [SqliteFact("copies the SQLite file with SQLite's backup API")]
    public async Task A_backup_taken_while_serving_is_one_intact_file_with_every_row_committed_before_it()
    {
        var client = factory.CreateGraphQLClient();
        var target = TestDatabases.NewPath();
        var output = new StringWriter();
        try
        {
            // Requests write (audit, account standings) while the copy is read.
            var load = Task.WhenAll(Enumerable.Range(0, 20)
                .Select(_ => client.QueryAsync("{ viewer { __typename } }")));
            var exit = await DatabaseBackup.RunAsync(factory.ConnectionString, target, output);
            await load;

            Assert.True(exit == 0, output.ToString());
            Assert.False(File.Exists(target + "-wal"));
            await using var copy = new SqliteConnection(TestDatabases.ConnectionStringFor(target) + ";Pooling=False");
            await copy.OpenAsync();
            Assert.Equal("delete", await ScalarAsync(copy, "PRAGMA journal_mode"));
            Assert.Equal("ok", await ScalarAsync(copy, "PRAGMA integrity_check"));
            var residents = await factory.WithDbAsync(db => db.Residents.CountAsync());
            Assert.Equal(residents, Convert.ToInt32(await ScalarAsync(copy, "SELECT count(*) FROM Residents")));
        }
        finally
        {
            TestDatabases.Delete(target);
        }
    }

    [SqliteFact("copies the SQLite file with SQLite's backup API")]
    public async Task A_backup_never_overwrites_a_file_and_needs_a_target()
    {
        var existing = TestDatabases.NewPath();
        await File.WriteAllTextAsync(existing, "kept");
        try
        {
            Assert.Equal(2, await DatabaseBackup.RunAsync(factory.ConnectionString, existing, TextWriter.Null));
            Assert.Equal(2, await DatabaseBackup.RunAsync(factory.ConnectionString, null, TextWriter.Null));
            Assert.Equal("kept", await File.ReadAllTextAsync(existing));
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
