using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Offices;

/// <summary>
/// <c>renameOrgUnit</c> end to end over HTTP: the change, its audit record in the chain, and every refusal leaving the
/// unit as it was with only a record of the refusal. Runs on its own copy of the county.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class RenameOrgUnitTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Operation = MutationRunner.AuditOperationPrefix + "renameOrgUnit";

    [Fact]
    public async Task A_unit_renames_itself_the_names_are_stored_trimmed_and_the_change_is_audited_in_the_chain()
    {
        var before = await factory.UnitAsync("anmin");
        var lastAudit = await factory.LastAuditIdAsync();
        var client = factory.CreateGraphQLClient("demo-anmin");

        var response = await client.RenameAsync(IdOf(before), "  Anmin Road Office ", " 安民路警务室\t");

        response.AssertSuccess();
        var payload = response.Data!["renameOrgUnit"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal(IdOf(before), payload["orgUnit"]!.Str("id"));
        Assert.Equal("Anmin Road Office", payload["orgUnit"]!.Str("name"));
        Assert.Equal("安民路警务室", payload["orgUnit"]!.Str("nameZh"));
        var after = await factory.UnitAsync("anmin");
        Assert.Equal(("Anmin Road Office", "安民路警务室"), (after.Name, after.NameZh));
        Assert.Equal((before.Code, before.Path, before.ParentId, before.Kind),
            (after.Code, after.Path, after.ParentId, after.Kind));
        var read = await client.QueryAsync("query($id: ID!) { node(id: $id) { ... on OrgUnit { name nameZh } } }",
            new { id = IdOf(before) });
        Assert.Equal("Anmin Road Office", read["node"]!.Str("name"));

        var record = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id > lastAudit));
        Assert.Equal((Operation, AuditOutcome.Succeeded, IdOf(before)),
            (record.Operation, record.Outcome, record.ObjectIds));
        Assert.Equal(("demo-anmin", before.Id, before.Path), (record.ClientId, record.TenantUnitId, record.TenantPath));
        var chain = await factory.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(chain.Verified, chain.Reason);
        Assert.Equal(record.Id, chain.Checkpoint!.HeadId);
    }

    [Fact]
    public async Task Each_rename_raises_the_version_and_one_from_a_stale_read_changes_nothing_and_gets_CONFLICT()
    {
        var unit = await factory.UnitAsync("longxiang");
        var client = factory.CreateGraphQLClient("demo-longxiang");

        var first = await client.RenameAsync(IdOf(unit), "Longxiang One", "龙翔一", version: unit.Version);
        Assert.Null(first.Data!["renameOrgUnit"]!["errors"]);
        Assert.Equal(unit.Version + 1, first.Data!["renameOrgUnit"]!["orgUnit"]!["version"]!.GetValue<int>());
        var lastAudit = await factory.LastAuditIdAsync();

        var stale = await client.RenameAsync(IdOf(unit), "Longxiang Stale", "龙翔旧", version: unit.Version);

        var payload = stale.Data!["renameOrgUnit"]!;
        Assert.Null(payload["orgUnit"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("ConflictError", "CONFLICT"), (error.Str("__typename"), error.Str("code")));
        Assert.Equal(["input", "version"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var after = await factory.UnitAsync("longxiang");
        Assert.Equal(("Longxiang One", unit.Version + 1), (after.Name, after.Version));
        var record = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id > lastAudit));
        Assert.Equal((Operation, AuditOutcome.Failed), (record.Operation, record.Outcome));
    }

    [Fact]
    public async Task Of_two_renames_sent_at_once_from_the_same_read_one_wins_and_the_other_gets_CONFLICT()
    {
        var unit = await factory.UnitAsync("xinqiao");
        var client = factory.CreateGraphQLClient("demo-xinqiao");

        var answers = await Task.WhenAll(
            client.RenameAsync(IdOf(unit), "Xinqiao A", "新桥甲", version: unit.Version),
            client.RenameAsync(IdOf(unit), "Xinqiao B", "新桥乙", version: unit.Version));

        var codes = answers.Select(a => a.Data!["renameOrgUnit"]!["errors"]?.AsArray().Single()!.Str("code"))
            .OrderBy(c => c).ToList();
        Assert.Equal([null, "CONFLICT"], codes);
        var after = await factory.UnitAsync("xinqiao");
        Assert.Equal(unit.Version + 1, after.Version);
        Assert.Contains(after.Name, new[] { "Xinqiao A", "Xinqiao B" });
    }

    [Fact]
    public async Task A_station_renames_an_office_below_it()
    {
        var office = await factory.UnitAsync("xinqiao");

        var response = await factory.CreateGraphQLClient("demo-station")
            .RenameAsync(IdOf(office), "Xinqiao Office", "新桥警务室");

        response.AssertSuccess();
        Assert.Null(response.Data!["renameOrgUnit"]!["errors"]);
        Assert.Equal("新桥警务室", (await factory.UnitAsync("xinqiao")).NameZh);
    }

    [Fact]
    public async Task
        Invalid_names_are_validation_errors_at_their_fields_nothing_changes_and_only_the_refusal_is_audited()
    {
        var before = await factory.UnitAsync("longxiang");
        var lastAudit = await factory.LastAuditIdAsync();

        var response = await factory.CreateGraphQLClient("demo-longxiang")
            .RenameAsync(IdOf(before), " \t ", new string('龙', OrgUnit.NameMaxLength + 1));

        response.AssertSuccess();
        var payload = response.Data!["renameOrgUnit"]!;
        Assert.Null(payload["orgUnit"]);
        var errors = payload.Items("errors");
        Assert.Equal(["ValidationError", "ValidationError"], errors.Select(e => e.Str("__typename")));
        Assert.All(errors, e => Assert.Equal("VALIDATION", e.Str("code")));
        Assert.Equal(["input.name", "input.nameZh"], errors.Select(PathOf));
        Assert.Equal(before.Name, (await factory.UnitAsync("longxiang")).Name);
        var records = await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Id > lastAudit).ToListAsync());
        var record = Assert.Single(records);
        Assert.Equal((Operation, AuditOutcome.Failed, IdOf(before)),
            (record.Operation, record.Outcome, record.ObjectIds));
    }

    [Fact]
    public async Task A_name_of_exactly_the_maximum_length_is_taken()
    {
        var unit = await factory.UnitAsync("nanjing");
        var longest = new string('南', OrgUnit.NameMaxLength);

        var response = await factory.CreateGraphQLClient("demo-nanjing").RenameAsync(IdOf(unit), "Nanjing", longest);

        response.AssertSuccess();
        Assert.Null(response.Data!["renameOrgUnit"]!["errors"]);
        Assert.Equal(longest, (await factory.UnitAsync("nanjing")).NameZh);
    }

    public static TheoryData<string> ForeignOrMissingIds =>
        new() { "longxiang", "xunchang", "bureau", "missing", "wrong-type", "malformed" };

    [Theory]
    [MemberData(nameof(ForeignOrMissingIds))]
    public async Task Another_units_id_a_missing_id_and_a_malformed_id_read_the_same_not_found(string target)
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var id = target switch
        {
            "missing" => GlobalId.Encode("OrgUnit", 999_999),
            "wrong-type" => GlobalId.Encode("Grid", nanjing.Id),
            "malformed" => "not-a-global-id",
            _ => IdOf(await factory.UnitAsync(target)),
        };
        var names = await factory.WithDbAsync(db =>
            db.OrgUnits.OrderBy(u => u.Id).Select(u => u.Name + "|" + u.NameZh).ToListAsync());
        var lastAudit = await factory.LastAuditIdAsync();

        var response = await factory.CreateGraphQLClient("demo-nanjing").RenameAsync(id, "Taken", "被改名");

        response.AssertSuccess();
        var payload = response.Data!["renameOrgUnit"]!;
        Assert.Null(payload["orgUnit"]);
        var error = Assert.Single(payload.Items("errors"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"),
            (error.Str("__typename"), error.Str("code"), PathOf(error)));
        Assert.Equal($"未找到 id 为“{id}”的对象。", error.Str("message"));
        Assert.Equal(names, await factory.WithDbAsync(db =>
            db.OrgUnits.OrderBy(u => u.Id).Select(u => u.Name + "|" + u.NameZh).ToListAsync()));
        var record = Assert.Single(await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id > lastAudit).ToListAsync()));
        Assert.Equal((Operation, AuditOutcome.Denied, id), (record.Operation, record.Outcome, record.ObjectIds));
    }

    [Fact]
    public async Task A_caller_without_staffing_write_gets_the_request_level_permission_error_and_nothing_runs()
    {
        var unit = await factory.UnitAsync("bureau");
        var lastAudit = await factory.LastAuditIdAsync();

        var response = await factory.CreateGraphQLClient("demo-dashboard")
            .RenameAsync(IdOf(unit), "Taken", "被改名");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.Equal([PermissionValidationRule.AccessDenied], response.ErrorCodes);
        Assert.Equal(unit.Name, (await factory.UnitAsync("bureau")).Name);
        var record = Assert.Single(await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id > lastAudit).ToListAsync()));
        Assert.Equal((PermissionValidationRule.DeniedOperationPrefix + "Mutation.renameOrgUnit", AuditOutcome.Denied),
            (record.Operation, record.Outcome));
    }

    [Fact]
    public async Task A_rename_sent_over_get_is_refused_with_405_and_changes_nothing()
    {
        var unit = await factory.UnitAsync("anmin");

        var response = await factory.CreateGraphQLClient("demo-anmin")
            .GetAsync(Document, new { input = new { id = IdOf(unit), name = "Taken", nameZh = "被改名", version = 0 } });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Allow);
        Assert.Equal(unit.Name, (await factory.UnitAsync("anmin")).Name);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("zh-CN", false)]
    [InlineData("en", true)]
    [InlineData("en-US,en;q=0.9", true)]
    [InlineData("fr-FR, en;q=0.5, zh;q=0.3", true)]
    [InlineData("zh-TW, en;q=0.8", false)]
    [InlineData("en;q=0.2, zh-Hans;q=0.9", false)]
    [InlineData("de", false)]
    public async Task Error_messages_follow_accept_language_in_chinese_by_default(string? acceptLanguage, bool english)
    {
        var unit = await factory.UnitAsync("bureau");

        var response = await factory.CreateGraphQLClient("demo-bureau")
            .RenameAsync(IdOf(unit), "", "县局", acceptLanguage);

        response.AssertSuccess();
        var error = Assert.Single(response.Data!["renameOrgUnit"]!.Items("errors"));
        Assert.Equal(english ? "`name` must not be empty." : "“name”不能为空。", error.Str("message"));
    }

    private static string PathOf(JsonNode error) =>
        string.Join('.', error.Items("path").Select(p => p.GetValue<string>()));
}
