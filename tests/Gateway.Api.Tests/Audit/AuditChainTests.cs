using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Audit.AuditTestData;

namespace Gateway.Api.Tests.Audit;

/// <summary>
/// The hash chain: it verifies as written, concurrent writers never fork it, and any change or removal is found.
/// </summary>
public sealed class AuditChainTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Auditor = "auditor";

    [Fact]
    public async Task The_chain_of_a_fresh_county_verifies_every_record()
    {
        await RecordAsync(factory, "nanjing", "test.read", AuditOutcome.Succeeded, "a");
        await RecordAsync(factory, "xunchang", "test.read", AuditOutcome.Denied, "b");
        var auditor = (await UserSignIn.SignInAsync(factory, Auditor)).Client;
        var total = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());

        var chain = await VerifyChainAsync(auditor);

        Assert.True(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Equal(total, chain["checkedRecords"]!.GetValue<int>());
        Assert.Null(chain["firstBrokenRecord"]);
        Assert.Null(chain["reason"]);
    }

    [Fact]
    public async Task Each_record_links_to_the_one_before_it_from_the_genesis_hash()
    {
        await RecordAsync(factory, "nanjing", "test.first");
        await RecordAsync(factory, "anmin", "test.second");

        var records = await factory.WithDbAsync(db => db.AuditRecords.OrderBy(r => r.Id).ToListAsync());

        Assert.Equal(AuditLog.GenesisHash, records[0].PreviousHash);
        Assert.All(records.Zip(records.Skip(1)), pair => Assert.Equal(pair.First.Hash, pair.Second.PreviousHash));
        var key = factory.Services.GetRequiredService<AuditChainKey>();
        Assert.All(records, r => Assert.Equal(key.HashOf(r), r.Hash));
    }

    [Fact]
    public async Task Twenty_parallel_writers_never_fork_the_chain()
    {
        var before = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());
        var scopes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CallerScopeAsync(factory, "longxiang")));

        await Task.WhenAll(scopes.Select((scope, i) => Task.Run(() =>
            scope.ServiceProvider.GetRequiredService<AuditLog>()
                .RecordAsync(new AuditEntry("test.parallel", AuditOutcome.Succeeded, [$"{i}"])))));
        foreach (var scope in scopes) await scope.DisposeAsync();

        var previousHashes = await factory.WithDbAsync(db => db.AuditRecords.Select(r => r.PreviousHash).ToListAsync());
        Assert.Equal(before + 20, previousHashes.Count);
        Assert.Equal(previousHashes.Count, previousHashes.Distinct().Count());
        var verification = await factory.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None);
        Assert.True(verification.Verified, verification.Reason);
        Assert.Equal(before + 20, verification.CheckedRecords);
    }

    [Theory]
    [InlineData("UPDATE \"AuditRecords\" SET \"ObjectIds\" = 'Resident:2' WHERE \"Id\" = {0}")]
    [InlineData("UPDATE \"AuditRecords\" SET \"Outcome\" = 'Succeeded' WHERE \"Id\" = {0}")]
    // moved to Furong, out of Xunchang's auditors' sight
    [InlineData("UPDATE \"AuditRecords\" SET \"TenantPath\" = '/1/3/' WHERE \"Id\" = {0}")]
    public async Task Changing_a_record_is_reported_at_that_record(string tampering)
    {
        await RecordAsync(factory, "nanjing", "test.before");
        var changed = await RecordAsync(factory, "nanjing", "test.changed", AuditOutcome.Denied, "Resident:1");
        await RecordAsync(factory, "nanjing", "test.after");

        // Raw SQL, as someone with database access would: the write guard and row security only stand in the app's way.
        await PastTheAppAsync(tampering, changed);
        var chain = await VerifyChainAsync((await UserSignIn.SignInAsync(factory, Auditor)).Client);

        Assert.False(chain["verified"]!.GetValue<bool>());
        Assert.Equal(GlobalIdOf(changed), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("hash", chain["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("DELETE FROM \"AuditRecords\" WHERE \"Id\" = {0}")]
    // out of the tree: no scope, not even the system's, sees it
    [InlineData("UPDATE \"AuditRecords\" SET \"TenantPath\" = 'nowhere' WHERE \"Id\" = {0}")]
    public async Task Removing_a_record_is_reported_at_the_record_after_it(string removal)
    {
        await RecordAsync(factory, "nanjing", "test.before");
        var removed = await RecordAsync(factory, "nanjing", "test.removed");
        var next = await RecordAsync(factory, "nanjing", "test.after");

        await PastTheAppAsync(removal, removed);
        var chain = await VerifyChainAsync((await UserSignIn.SignInAsync(factory, Auditor)).Client);

        Assert.False(chain["verified"]!.GetValue<bool>());
        Assert.Equal(GlobalIdOf(next), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("link", chain["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chain_longer_than_one_batch_is_walked_across_the_batch_boundary()
    {
        await RecordAsync(factory, "nanjing", "test.head");
        var (_, bureauPath) = await UnitAsync(factory, "bureau");
        var key = factory.Services.GetRequiredService<AuditChainKey>();
        // Appended in one go, linked exactly as AuditLog links them, so the walk needs more than one batch.
        var ids = await factory.WithDbAsync(async db =>
        {
            var previous = await db.AuditRecords.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstAsync();
            var records = new List<AuditRecord>();
            for (var i = 0; i < AuditChainVerifier.BatchSize + 10; i++)
            {
                var record = new AuditRecord
                {
                    OccurredAt = WholeMicroseconds(DateTime.UtcNow), Actor = "bulk", TenantPath = bureauPath,
                    Operation = "test.bulk", ObjectIds = $"{i}", Outcome = AuditOutcome.Succeeded,
                    PreviousHash = previous,
                };
                record.Hash = previous = key.HashOf(record);
                records.Add(record);
            }
            db.AuditRecords.AddRange(records);
            await db.SaveChangesAsync();
            return records.Select(r => r.Id).ToList();
        });
        var verifier = factory.Services.GetRequiredService<AuditChainVerifier>();
        var total = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());

        var whole = await verifier.VerifyAsync(CancellationToken.None);
        var lateRecord = ids[^5];
        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditRecords\" SET \"Actor\" = 'someone else' WHERE \"Id\" = {lateRecord}"));
        var broken = await verifier.VerifyAsync(CancellationToken.None);

        Assert.True(whole.Verified, whole.Reason);
        Assert.Equal(total, whole.CheckedRecords);
        Assert.False(broken.Verified);
        Assert.Equal(lateRecord, broken.FirstBrokenRecordId);
        Assert.Equal(total - 4, broken.CheckedRecords);
    }

    [Fact]
    public async Task The_app_refuses_to_change_or_remove_an_audit_record()
    {
        var id = await RecordAsync(factory, "nanjing", "test.kept");

        var update = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var record = await db.AuditRecords.SingleAsync(r => r.Id == id);
            record.Outcome = AuditOutcome.Failed;
            await db.SaveChangesAsync();
        }));
        var remove = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditRecords.Remove(await db.AuditRecords.SingleAsync(r => r.Id == id));
            await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", remove.Message);
        var kept = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id == id));
        Assert.Equal(AuditOutcome.Succeeded, kept.Outcome);
        Assert.True((await factory.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None)).Verified);
    }

    /// <summary>An instant PostgreSQL stores as it is (it keeps microseconds): its hash holds when read
    /// back.</summary>
    private static DateTime WholeMicroseconds(DateTime instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Runs <paramref name="sql"/> (its <c>{0}</c> the record's id) on the database past the app.</summary>
    private async Task PastTheAppAsync(string sql, long recordId)
    {
        await using var connection = TestDatabases.OpenConnection(factory.DatabasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{0}", "@id", StringComparison.Ordinal);
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.Value = recordId;
        command.Parameters.Add(id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
