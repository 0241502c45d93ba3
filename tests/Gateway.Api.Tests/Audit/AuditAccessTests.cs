using Gateway.Api.Audit;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Audit.AuditTestData;

namespace Gateway.Api.Tests.Audit;

/// <summary>Who reads audit records: auditors, each within their unit and below; nobody without audit.read.</summary>
public sealed class AuditAccessTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string RecordFields =
        "id occurredAt actor clientId operation objectIds outcome sourceAddress previousHash hash";

    [Fact]
    public async Task The_county_auditor_reads_every_record_with_who_what_where_and_when()
    {
        var written = await RecordAsync(factory, "nanjing", "test.identity-read", AuditOutcome.Denied,
            "Informant:7", "Informant:9");
        await RecordAsync(factory, "furong", "test.pii-read", AuditOutcome.Succeeded, "Resident:3");
        await using (var system = factory.Services.CreateAsyncScope())
        {
            system.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
            await system.ServiceProvider.GetRequiredService<AuditLog>()
                .RecordAsync(new AuditEntry("test.system", AuditOutcome.Succeeded, []));
        }
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;
        var total = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());

        var records = await auditor.ReadAllAsync("auditRecords", RecordFields);
        var count = (await auditor.QueryAsync("{ auditRecords { totalCount } }"))["auditRecords"]!["totalCount"]!
            .GetValue<int>();

        Assert.Equal(total, records.Count);
        Assert.Equal(total, count);
        Assert.Contains(records, r => r.Str("operation") == "test.system");
        var record = records.Single(r => r.Str("id") == GlobalIdOf(written));
        Assert.Equal("test-nanjing", record.Str("actor"));
        Assert.Equal("test-nanjing", record.Str("clientId"));
        Assert.Equal("test.identity-read", record.Str("operation"));
        Assert.Equal(["Informant:7", "Informant:9"], record.Items("objectIds").Select(i => i.GetValue<string>()));
        Assert.Equal("DENIED", record.Str("outcome"));
        Assert.InRange(
            DateTime.Parse(record.Str("occurredAt"), null, System.Globalization.DateTimeStyles.RoundtripKind),
            DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(64, record.Str("hash").Length);
        var chain = await VerifyChainAsync(auditor);
        Assert.True(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
    }

    [Fact]
    public async Task A_station_auditor_sees_only_records_of_the_station_and_below()
    {
        var (_, stationPath) = await UnitAsync(factory, "xunchang");
        var inside = new[]
        {
            await RecordAsync(factory, "xunchang", "test.station"),
            await RecordAsync(factory, "nanjing", "test.office"),
        };
        var outside = new[]
        {
            await RecordAsync(factory, "furong", "test.other-station"),
            await RecordAsync(factory, "bureau", "test.bureau"),
        };
        await AddUserAsync(factory, "xunchang.auditor", "xunchang", Roles.Auditor);
        var expected = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.TenantPath.StartsWith(stationPath)).Select(r => r.Id).ToListAsync());
        var auditor = (await UserSignIn.SignInAsync(factory, "xunchang.auditor",
            Api.DemoData.DemoPrincipals.UserPassword, totpKey: null)).Client;

        var seen = (await auditor.ReadAllAsync("auditRecords", "id"))
            .Select(r => JsonExtensions.RowId(r.Str("id"), "AuditRecord")).ToList();
        var foreign = await auditor.PostAsync("query($id: ID!) { node(id: $id) { id } }",
            new { id = GlobalIdOf(outside[0]) });
        var chain = await VerifyChainAsync(auditor);

        Assert.Equal(expected.Order(), seen.Order());
        Assert.Subset(seen.ToHashSet(), inside.ToHashSet());
        Assert.DoesNotContain(seen, outside.Contains);
        Assert.Null(foreign.Data?["node"]);
        Assert.Contains("NOT_FOUND", foreign.ErrorCodes);
        // The chain spans every unit: the station auditor learns only that it holds, and how long it is.
        Assert.True(chain["verified"]!.GetValue<bool>(), chain.ToJsonString());
        Assert.True(chain["checkedRecords"]!.GetValue<int>() > seen.Count);
    }

    [Fact]
    public async Task An_auditor_may_sort_and_filter_by_what_it_reads_but_not_through_units_it_may_not_read()
    {
        var auditor = (await UserSignIn.SignInAsync(factory, "auditor")).Client;

        var byTenant = await auditor.PostAsync("{ auditRecords(order: [{ tenant: { name: ASC } }]) { totalCount } }");
        var whereTenant = await auditor.PostAsync(
            "{ auditRecords(where: { tenant: { name: { eq: \"x\" } } }) { totalCount } }");
        var byPath = await auditor.QueryAsync(
            "{ auditRecords(first: 5, order: [{ tenantPath: ASC }, { outcome: DESC }]) { nodes { tenantPath } } }");

        Assert.Equal(["ACCESS_DENIED"], byTenant.ErrorCodes);
        Assert.Null(byTenant.Data?["auditRecords"]);
        Assert.Equal(["ACCESS_DENIED"], whereTenant.ErrorCodes);
        Assert.NotEmpty(byPath["auditRecords"]!.Items("nodes"));
    }
}
