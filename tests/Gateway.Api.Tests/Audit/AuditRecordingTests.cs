using Gateway.Api.Audit;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Audit.AuditTestData;

namespace Gateway.Api.Tests.Audit;

/// <summary>Requests leave records: who, tenant, what, which rows, outcome; masked reads leave none.</summary>
public sealed class AuditRecordingTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task An_unmasked_read_of_ID_numbers_is_recorded_against_the_rows_read()
    {
        var (bureauId, bureauPath) = await UnitAsync(factory, "bureau");
        var before = await LastIdAsync();

        var residents = (await factory.CreateGraphQLClient("demo-bureau")
            .QueryAsync("{ residents(first: 3) { nodes { id idNumber } } }"))["residents"]!.Items("nodes");

        var record = await factory.WithDbAsync(db =>
            db.AuditRecords.SingleAsync(r => r.Id > before && r.Operation == "pii.read:Resident.idNumber"));
        Assert.Equal("demo-bureau", record.ClientId);
        Assert.Equal(bureauId, record.TenantUnitId);
        Assert.Equal(bureauPath, record.TenantPath);
        Assert.Equal(AuditOutcome.Succeeded, record.Outcome);
        Assert.Equal(residents.Select(r => r.Str("id")).Order(), record.ObjectIds.Split(',').Order());
        Assert.True((await factory.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None)).Verified);
    }

    [Fact]
    public async Task A_masked_read_is_not_recorded()
    {
        var before = await LastIdAsync();

        await factory.CreateGraphQLClient("demo-committee").QueryAsync("{ personnel(first: 3) { nodes { phone } } }");

        Assert.False(await factory.WithDbAsync(db =>
            db.AuditRecords.AnyAsync(r => r.Id > before && r.Operation.StartsWith("pii.read:"))));
    }

    [Fact]
    public async Task A_caller_without_audit_read_is_refused_and_the_attempt_is_recorded()
    {
        var before = await LastIdAsync();
        var bureau = factory.CreateGraphQLClient("demo-bureau");

        var records = await bureau.PostAsync("{ auditRecords { totalCount nodes { hash } } }");
        var chain = await bureau.PostAsync(ChainQuery);

        Assert.Null(records.Data?["auditRecords"]);
        Assert.Null(chain.Data?["auditChain"]);
        Assert.NotEmpty(records.ErrorCodes);
        Assert.NotEmpty(chain.ErrorCodes);
        Assert.All(records.ErrorCodes.Concat(chain.ErrorCodes),
            code => Assert.Equal(PermissionValidationRule.AccessDenied, code));
        var denied = await factory.WithDbAsync(db => db.AuditRecords
            .Where(r => r.Id > before && r.ClientId == "demo-bureau" && r.Outcome == AuditOutcome.Denied)
            .Select(r => r.Operation).ToListAsync());
        Assert.Contains(PermissionValidationRule.DeniedOperationPrefix + "Query.auditRecords", denied);
        Assert.Contains(PermissionValidationRule.DeniedOperationPrefix + "Query.auditChain", denied);
    }

    [Fact]
    public async Task Object_ids_beyond_one_record_are_recorded_in_full_over_several_linked_records()
    {
        var before = await LastIdAsync();
        var ids = Enumerable.Range(1, 500).Select(i => GlobalIdOf(1_000_000 + i)).ToList();

        await using (var scope = await CallerScopeAsync(factory, "anmin"))
            await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .RecordAsync(new AuditEntry("test.large-read", AuditOutcome.Succeeded, ids));

        var records = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id > before).OrderBy(r => r.Id).ToListAsync());
        Assert.True(records.Count > 1);
        Assert.All(records, r => Assert.InRange(r.ObjectIds.Length, 1, AuditRecord.ObjectIdsMaxLength));
        Assert.All(records, r => Assert.Equal("test.large-read", r.Operation));
        Assert.Equal(ids, records.SelectMany(r => r.ObjectIds.Split(',')));
        Assert.True((await factory.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None)).Verified);
    }

    private async Task<long> LastIdAsync() =>
        await factory.WithDbAsync(db => db.AuditRecords.MaxAsync(r => (long?)r.Id)) ?? 0;
}
