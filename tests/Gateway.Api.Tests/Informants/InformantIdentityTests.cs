using System.Globalization;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Informants;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Informants;

/// <summary>
/// An informant's real identity is read only by the officers handling or controlling the informant now and by holders
/// of informants.identity in scope, and by either only after signing in with an authenticator code; they see it whole,
/// and every identity served, or withheld from someone who asked, is audited.
/// </summary>
public sealed class InformantIdentityTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Selection = "id identity { realName idNumber phone }";

    [Fact]
    public async Task A_machine_client_gets_no_identity_and_each_refusal_is_audited()
    {
        var informants = (await factory.CreateGraphQLClient()
            .QueryAsync("{ informants(first: 5) { nodes { id identity { realName } } } }"))["informants"]!
            .Items("nodes");

        Assert.Equal(5, informants.Count);
        Assert.All(informants, i => Assert.Null(i["identity"]));
        var records = await factory.AuditRecordsAsync(
            InformantIdentityType.IdentityRead, GatewayApiFactory.DefaultClientId);
        Assert.Equal(AuditOutcome.Denied, records[^1].Outcome);
        Assert.Equal(informants.Select(i => i.Str("id")).Order(), records[^1].Objects().Order());
        Assert.DoesNotContain(records, r => r.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task The_intelligence_officer_reads_every_identity_in_scope_whole_and_each_read_is_audited()
    {
        var session = await UserSignIn.SignInAsync(factory, "intel.officer");

        var informants = await session.Client.ReadAllAsync("informants", Selection);

        var stored = await factory.WithDbAsync(db =>
            db.InformantIdentities.ToDictionaryAsync(i => GlobalId.Encode("Informant", i.InformantId)));
        Assert.Equal(stored.Keys.Order(), informants.Select(i => i.Str("id")).Order());
        Assert.All(informants, i =>
        {
            var identity = stored[i.Str("id")];
            Assert.Equal(identity.RealName, i["identity"]!.Str("realName"));
            Assert.Equal(identity.IdNumber, i["identity"]!.Str("idNumber"));
            Assert.Equal(identity.Phone, i["identity"]!.Str("phone"));
        });
        var reads = await IdentityRecordsOfAsync("intel.officer");
        Assert.All(reads, r => Assert.Equal(AuditOutcome.Succeeded, r.Outcome));
        Assert.Equal(stored.Keys.Order(), reads.SelectMany(r => r.Objects()).Order());
    }

    [Fact]
    public async Task A_handler_signed_in_with_a_password_alone_reads_no_identity_and_each_refusal_is_audited()
    {
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");

        var informants = await session.Client.ReadAllAsync("informants", Selection);

        var personId = await PersonOfAsync("nanjing.officer");
        Assert.True(await factory.WithDbAsync(db => db.InformantHandlings.AnyAsync(h => h.PersonId == personId
            && h.To == null)), "The officer should handle informants now.");
        Assert.All(informants, i => Assert.Null(i["identity"]));
        var records = await IdentityRecordsOfAsync("nanjing.officer");
        Assert.DoesNotContain(records, r => r.Outcome == AuditOutcome.Succeeded);
        Assert.Equal(informants.Select(i => i.Str("id")).Order(),
            records.Single(r => r.Outcome == AuditOutcome.Denied).Objects().Order());
    }

    [Fact]
    public async Task A_handler_signed_in_with_a_code_reads_only_the_identities_of_the_informants_he_handles_now()
    {
        var session = await UserSignIn.SignInAsync(factory, "station.handler");

        var informants = await session.Client.ReadAllAsync("informants", Selection);

        var personId = await PersonOfAsync("station.handler");
        var handledNow = await factory.WithDbAsync(db => db.InformantHandlings
            .Where(h => h.PersonId == personId && h.To == null)
            .Select(h => h.InformantId).Distinct().ToListAsync());
        var expected = handledNow.Select(id => GlobalId.Encode("Informant", id)).Order().ToList();
        var withIdentity = informants.Where(i => i["identity"] is not null).Select(i => i.Str("id")).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < informants.Count,
            "The officer should see informants of his station that others handle.");
        Assert.Equal(expected, withIdentity);
        var records = await IdentityRecordsOfAsync("station.handler");
        Assert.Equal(expected,
            records.Where(r => r.Outcome == AuditOutcome.Succeeded).SelectMany(r => r.Objects()).Order());
        Assert.Equal(informants.Select(i => i.Str("id")).Except(expected).Order(),
            records.Where(r => r.Outcome == AuditOutcome.Denied).SelectMany(r => r.Objects()).Order());
    }

    private Task<long?> PersonOfAsync(string userName) => factory.WithDbAsync(db =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId).SingleAsync());

    private Task<List<AuditRecord>> IdentityRecordsOfAsync(string userName) => factory.WithDbAsync(async db =>
    {
        var actor = (await db.Users.SingleAsync(u => u.UserName == userName)).Id.ToString(CultureInfo.InvariantCulture);
        return await db.AuditRecords
            .Where(r => r.Operation == InformantIdentityType.IdentityRead && r.Actor == actor).ToListAsync();
    });
}
