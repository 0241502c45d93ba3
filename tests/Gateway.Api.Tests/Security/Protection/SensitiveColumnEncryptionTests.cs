using Gateway.Api.Security.Protection;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Protection;

/// <summary>
/// A sensitive column that is not text — a resident's mental-health flag — is ciphertext at rest like ID numbers:
/// nothing in the stored column tells a flagged resident from another, the API still reads the flag, and values
/// stored plain before the column was encrypted are encrypted at start-up.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class SensitiveColumnEncryptionTests(GatewayApiFactory factory)
{
    [SqliteFact("reads the stored value through a SQLite connection")]
    public async Task The_stored_flag_is_ciphertext_and_the_api_reads_it_back()
    {
        var stored = await StoredFlagsAsync(factory);
        var flagged = await factory.WithDbAsync(db => db.Residents.AsNoTracking()
            .Select(r => new { r.Id, r.MentalHealthRisk }).ToListAsync());
        var served = await factory.CreateGraphQLClient().ReadAllAsync("residents", "id mentalHealthRisk");

        Assert.NotEmpty(stored);
        Assert.All(stored.Values, value => Assert.True(value.Length >= ColumnProtector.ShortestProtectedLength,
            $"'{value}' is not ciphertext"));
        // A fresh nonce per value: no two residents' stored flags are alike, so none can be told from another.
        Assert.Equal(stored.Count, stored.Values.Distinct().Count());
        Assert.Equal(31, flagged.Count(r => r.MentalHealthRisk));
        Assert.Equal(31, served.Count(r => r["mentalHealthRisk"]!.GetValue<bool>()));
        Assert.Equal(flagged.Count, served.Count);
    }

    [SqliteFact("writes plain values through a SQLite connection")]
    public async Task Flags_stored_plain_are_encrypted_at_start_up_without_changing_the_records()
    {
        var path = TestDatabases.CopyOfSeededTemplate();
        try
        {
            var versions = await VersionsAsync(path);
            // As the column held them before: integers 0 and 1 (which a TEXT column keeps as "0" and "1") or text.
            await ExecuteAsync(path, """
                UPDATE "Residents" SET "MentalHealthRisk" = CASE "Id" % 4
                    WHEN 0 THEN 1 WHEN 1 THEN '1' WHEN 2 THEN '0' ELSE 0 END
                """);

            await using var restarted = new GatewayApiFactory(path, ownsDatabase: false);
            var stored = await StoredFlagsAsync(restarted);
            var residents = await restarted.WithDbAsync(db => db.Residents.AsNoTracking()
                .Select(r => new { r.Id, r.MentalHealthRisk, r.Version }).ToListAsync());

            Assert.All(stored.Values, value => Assert.True(value.Length >= ColumnProtector.ShortestProtectedLength,
                $"'{value}' is not ciphertext"));
            Assert.All(residents, r => Assert.Equal(r.Id % 4 is 0 or 1, r.MentalHealthRisk));
            // Encrypting a value is no change to the record.
            Assert.All(residents, r => Assert.Equal(versions[r.Id], r.Version));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDatabases.Delete(path);
        }
    }

    [Theory]
    [InlineData(typeof(bool), true)]
    [InlineData(typeof(int), -42)]
    [InlineData(typeof(string), "51152619880517271X")]
    public void Any_type_of_value_goes_through_its_text_and_back(Type type, object value) =>
        Assert.Equal(value, SensitiveText.Read(type, SensitiveText.Write(value)));

    /// <summary>The stored mental-health column of every resident, read raw, as text.</summary>
    private static Task<Dictionary<long, string>> StoredFlagsAsync(GatewayApiFactory app) => app.WithDbAsync(db =>
        db.Database.SqlQueryRaw<StoredFlag>(
                """SELECT "Id", CAST("MentalHealthRisk" AS TEXT) AS "Value" FROM "Residents" """)
            .ToDictionaryAsync(f => f.Id, f => f.Value));

    /// <summary>Every resident's version as stored, read raw.</summary>
    private static async Task<Dictionary<long, int>> VersionsAsync(string path)
    {
        var versions = new Dictionary<long, int>();
        await using (var connection = new SqliteConnection(TestDatabases.ConnectionStringFor(path)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id", "Version" FROM "Residents" """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) versions[reader.GetInt64(0)] = reader.GetInt32(1);
        }
        SqliteConnection.ClearAllPools();
        return versions;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using (var connection = new SqliteConnection(TestDatabases.ConnectionStringFor(path)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.True(await command.ExecuteNonQueryAsync() > 0);
        }
        SqliteConnection.ClearAllPools();
    }

    private sealed class StoredFlag
    {
        public long Id { get; set; }
        public string Value { get; set; } = "";
    }
}
