using Gateway.Api.Security.Protection;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Registry;

/// <summary>The keyed hash that finds ID numbers without decrypting them, and its filling.</summary>
public sealed class BlindIndexTests
{
    private static readonly BlindIndex Index = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Equal_numbers_written_either_way_index_alike_and_another_key_indexes_otherwise()
    {
        Assert.Equal(Index.Of("51152619880517271X"), Index.Of(" 51152619880517271x "));
        Assert.NotEqual(Index.Of("51152619880517271X"), Index.Of("511526198805172710"));
        Assert.NotEqual(Index.Of("51152619880517271X"), new BlindIndex(new byte[32]).Of("51152619880517271X"));
        Assert.Matches("^[0-9a-f]{64}$", Index.Of("51152619880517271X"));
    }

    [SqliteFact("writes the rows of an older database through a SQLite connection")]
    public async Task A_database_from_before_the_index_gets_it_filled_at_start_up()
    {
        var path = TestDatabases.CopyOfSeededTemplate();
        try
        {
            var versions = new Dictionary<long, long>();
            await using (var connection = new SqliteConnection(TestDatabases.ConnectionStringFor(path)))
            {
                await connection.OpenAsync();
                await using var read = connection.CreateCommand();
                read.CommandText = "SELECT \"Id\", \"Version\" FROM \"Residents\"";
                await using (var reader = await read.ExecuteReaderAsync())
                    while (await reader.ReadAsync()) versions[reader.GetInt64(0)] = reader.GetInt64(1);
                // Every 40th resident: each missing index is filled by an update of its own.
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE \"Residents\" SET \"IdNumberIndex\" = NULL WHERE \"Id\" % 40 = 0";
                Assert.True(await command.ExecuteNonQueryAsync() > 100);
            }
            SqliteConnection.ClearAllPools();

            await using var factory = new GatewayApiFactory(path, ownsDatabase: false);
            var index = factory.Services.GetRequiredService<BlindIndex>();
            var residents = await factory.WithDbAsync(db => db.Residents.AsNoTracking()
                .Select(r => new { r.Id, r.IdNumber, r.IdNumberIndex, r.Version }).ToListAsync());

            Assert.All(residents, r => Assert.Equal(index.Of(r.IdNumber), r.IdNumberIndex));
            // Filling the index is no change to the record.
            Assert.All(residents, r => Assert.Equal(versions[r.Id], r.Version));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDatabases.Delete(path);
        }
    }
}
