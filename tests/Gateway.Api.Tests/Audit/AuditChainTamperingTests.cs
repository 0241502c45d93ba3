using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Audit.AuditChainAttacks;
using static Gateway.Api.Tests.Audit.AuditTestData;

namespace Gateway.Api.Tests.Audit;

/// <summary>
/// The chain is keyed and checkpointed: cutting the newest records, rewriting records and recomputing the chain without
/// the key, or removing a record and relinking the rest with it, are all found.
/// </summary>
public sealed class AuditChainTamperingTests(GatewayApiFactory factory)
    : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string ChainWithCheckpointQuery =
        "query($filed: String) { auditChain(checkpoint: $filed) { " +
        "verified checkedRecords firstBrokenRecord reason checkpoint } }";

    [Fact]
    public async Task Deleting_the_newest_records_is_found_against_the_last_checkpoint()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        await RecordAsync(factory, "nanjing", "test.kept");
        var firstCut = await RecordAsync(factory, "nanjing", "test.cut");
        await RecordAsync(factory, "nanjing", "test.cut");

        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditRecords\" WHERE \"Id\" >= {firstCut}"));
        var chain = await VerifyChainAsync(auditor);

        Assert.False(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Equal(GlobalIdOf(firstCut), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("checkpoint", chain["reason"]!.GetValue<string>());
        Assert.Contains("removed", chain["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rewriting_a_record_and_recomputing_the_plain_SHA_256_chain_from_it_is_found_at_that_record()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        var rewritten = await RecordAsync(factory, "nanjing", "test.read", AuditOutcome.Succeeded, "Informant:7");
        await RecordAsync(factory, "nanjing", "test.after");

        await RelinkFromAsync(factory, rewritten, PlainHash, rewritten, "Informant:8");
        var chain = await VerifyChainAsync(auditor);

        Assert.False(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Equal(GlobalIdOf(rewritten), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("hash", chain["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rewriting_a_record_and_recomputing_the_chain_with_another_key_is_found_at_that_record()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        var rewritten = await RecordAsync(factory, "nanjing", "test.read", AuditOutcome.Succeeded, "Informant:7");
        await RecordAsync(factory, "nanjing", "test.after");
        var written = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id == rewritten));

        await RelinkFromAsync(factory, rewritten, KeyedHash(RandomNumberGenerator.GetBytes(32)),
            rewritten, "Informant:8");
        var chain = await VerifyChainAsync(auditor);

        // The app's own hash is the configured key's: only the key differs in the attack.
        Assert.Equal(KeyedHash(ConfiguredKey(factory))(written), written.Hash);
        Assert.False(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Equal(GlobalIdOf(rewritten), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("hash", chain["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Removing_a_middle_record_and_relinking_the_rest_even_with_the_key_is_found_at_the_gap()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        await RecordAsync(factory, "nanjing", "test.before");
        var removed = await RecordAsync(factory, "nanjing", "test.removed");
        var next = await RecordAsync(factory, "nanjing", "test.after");

        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditRecords\" WHERE \"Id\" = {removed}"));
        await RelinkFromAsync(factory, next, KeyedHash(ConfiguredKey(factory)));
        var chain = await VerifyChainAsync(auditor);

        Assert.False(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Equal(GlobalIdOf(next), chain["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains($"record {removed} is missing", chain["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_verified_chain_hands_out_a_signed_checkpoint_of_its_head()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        var head = await RecordAsync(factory, "nanjing", "test.head");
        var count = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());
        var hash = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id == head).Select(r => r.Hash).SingleAsync());

        var chain = await VerifyWithCheckpointAsync(auditor, null);

        Assert.True(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Matches(
            $"^audit-checkpoint head={head} count={count} hash={hash} at=\\S+Z key=[0-9a-f]{{8}} mac=[0-9a-f]{{64}}$",
            chain["checkpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cutting_records_and_rewinding_the_head_row_is_found_against_a_filed_checkpoint()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        await RecordAsync(factory, "nanjing", "test.kept");
        var older = await HeadCheckpointOf(factory);
        var cut = await RecordAsync(factory, "nanjing", "test.cut");
        var filed = (await VerifyWithCheckpointAsync(auditor, null))["checkpoint"]!.GetValue<string>();

        // The owner kept a copy of the head row from before the cut records: it holds its signature.
        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditRecords\" WHERE \"Id\" >= {cut}"));
        await SetHeadCheckpointAsync(factory, older);
        var withoutFiled = await VerifyWithCheckpointAsync(auditor, null);
        var withFiled = await VerifyWithCheckpointAsync(auditor, filed);

        // The head row alone is the owner's to rewind: that is why operators file checkpoints elsewhere.
        Assert.True(withoutFiled["verified"]!.GetValue<bool>(), withoutFiled.ToJsonString());
        Assert.False(withFiled["verified"]!.GetValue<bool>(), withFiled.ToJsonString());
        Assert.Equal(GlobalIdOf(cut), withFiled["firstBrokenRecord"]!.GetValue<string>());
        Assert.Contains("removed", withFiled["reason"]!.GetValue<string>());
        Assert.Null(withFiled["checkpoint"]);
    }

    [Theory]
    [InlineData("count=", "count=1")]
    [InlineData("mac=", "mac=0")]
    public async Task A_checkpoint_altered_in_the_head_row_or_when_filed_is_refused(string field, string replacement)
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        await RecordAsync(factory, "nanjing", "test.one");
        var filed = (await VerifyWithCheckpointAsync(auditor, null))["checkpoint"]!.GetValue<string>();
        var altered = filed.Replace(field, replacement);

        var refusedFiled = await VerifyWithCheckpointAsync(auditor, altered);
        await SetHeadCheckpointAsync(factory, altered);
        var refusedInHead = await VerifyChainAsync(auditor);

        Assert.False(refusedFiled["verified"]!.GetValue<bool>(), refusedFiled.ToJsonString());
        Assert.Contains("signature", refusedFiled["reason"]!.GetValue<string>());
        Assert.False(refusedInHead["verified"]!.GetValue<bool>(), refusedInHead.ToJsonString());
        Assert.Contains("signature", refusedInHead["reason"]!.GetValue<string>());
        Assert.Null(refusedInHead["firstBrokenRecord"]);
    }

    [Fact]
    public async Task A_chain_whose_head_checkpoint_was_cleared_is_not_verified()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        await RecordAsync(factory, "nanjing", "test.one");

        await SetHeadCheckpointAsync(factory, null);
        var chain = await VerifyChainAsync(auditor);

        Assert.False(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.Contains("no checkpoint", chain["reason"]!.GetValue<string>());
    }

    private static async Task<JsonNode> VerifyWithCheckpointAsync(GraphQLClient client, string? filed) =>
        (await client.QueryAsync(ChainWithCheckpointQuery, new { filed }))["auditChain"]!;
}
